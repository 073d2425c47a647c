// Schemas beyond the bundle: --schema-map, the persistent cache, and opt-in downloads. Every download
// goes to a real HTTP server on 127.0.0.1 run by the test itself (a thread with a socket on port 0: no
// extra dependency, no startup race); HTTPS-only policy is tested through libcurl's protocol restrictions
// with plain-http loopback URLs (allow_http for the first request, redirects still restricted to https).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/schema/schema_sources.h"
#include "rule_harness.h"
#include "mlmlint/schema/schema_registry.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::TempDir;

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// --- a loopback HTTP/1.1 server ------------------------------------------------------------------

struct Response {
  int status = 200;
  std::string body;
  std::string location;       // for 3xx
  bool hang = false;          // accept, read the request, never answer (timeouts)
  bool no_length = false;     // no Content-Length: the body ends when the connection closes
};
Response ok(std::string body) {
  Response r;
  r.body = std::move(body);
  return r;
}
Response redirect(std::string location) {
  Response r;
  r.status = 302;
  r.location = std::move(location);
  return r;
}

class LoopbackServer {
 public:
  LoopbackServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // only 127.0.0.1, never a public interface
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || ::listen(fd_, 16) != 0) {
      ADD_FAILURE() << "cannot listen on 127.0.0.1";
      return;
    }
    port_ = ntohs(addr.sin_port);
    // Listening before the thread starts: a client can connect at once (the kernel queues it).
    thread_ = std::thread([this] { serve(); });
  }
  ~LoopbackServer() { stop(); }

  void stop() {
    if (stopping_.exchange(true)) return;
    if (thread_.joinable()) thread_.join();
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  void route(const std::string& path, Response response) {
    std::lock_guard lock(mutex_);
    routes_[path] = std::move(response);
  }
  std::string url(const std::string& path) const { return fmt::format("http://127.0.0.1:{}{}", port_, path); }
  int requests() const { return requests_.load(); }
  int requests_for(const std::string& path) const {
    std::lock_guard lock(mutex_);
    auto it = hits_.find(path);
    return it == hits_.end() ? 0 : it->second;
  }

 private:
  void serve() {
    // Bounded: every wait is a short poll re-checking `stopping_`, so a test can never hang on the server.
    std::vector<int> held;  // connections of hanging responses, closed at stop
    while (!stopping_) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const int conn = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (conn < 0) continue;
      const std::string path = read_request_path(conn);
      ++requests_;
      Response r;
      {
        std::lock_guard lock(mutex_);
        ++hits_[path];
        auto it = routes_.find(path);
        r = it == routes_.end() ? [] { Response r = ok("not found"); r.status = 404; return r; }() : it->second;
      }
      if (r.hang) {
        held.push_back(conn);
        continue;
      }
      std::string head = fmt::format("HTTP/1.1 {} X\r\nConnection: close\r\n", r.status);
      if (!r.location.empty()) head += "Location: " + r.location + "\r\n";
      if (!r.no_length) head += fmt::format("Content-Length: {}\r\n", r.body.size());
      const std::string all = head + "\r\n" + r.body;
      std::size_t sent = 0;
      while (sent < all.size()) {
        const ssize_t n = ::send(conn, all.data() + sent, all.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;  // the client gave up (size limit): fine
        sent += static_cast<std::size_t>(n);
      }
      ::shutdown(conn, SHUT_WR);
      ::close(conn);
    }
    for (int c : held) ::close(c);
  }

  static std::string read_request_path(int conn) {
    std::string request;
    char buf[1024];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (request.find("\r\n\r\n") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      pollfd p{conn, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const ssize_t n = ::recv(conn, buf, sizeof buf, 0);
      if (n <= 0) break;
      request.append(buf, static_cast<std::size_t>(n));
    }
    // "GET /path HTTP/1.1"
    const auto a = request.find(' ');
    const auto b = request.find(' ', a + 1);
    return a == std::string::npos || b == std::string::npos ? std::string() : request.substr(a + 1, b - a - 1);
  }

  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> requests_{0};
  mutable std::mutex mutex_;
  std::map<std::string, Response> routes_;
  std::map<std::string, int> hits_;
};


// An extension schema: "ext:foo" in Item properties must be a string.
const std::string kExtSchema = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {"properties": {"type": "object", "properties": {"ext:foo": {"type": "string"}}}}
})";

// Baseline document B declaring `url` with "ext:foo": 5, which kExtSchema rejects.
std::string document_with(const std::string& url) {
  return test::patched_b(fmt::format(R"([
      {{"op": "add", "path": "/stac_extensions/-", "value": "{}"}},
      {{"op": "add", "path": "/properties/ext:foo", "value": 5}}])",
                                     url));
}

// "CODE pointer: message", schema findings only.
std::vector<std::string> schema_findings(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(fmt::format("{} {}: {}", d.code, d.pointer, d.message));
  return out;
}

LintOptions options(const TempDir& cache, bool allow_remote) {
  LintOptions o;
  o.run_rules = false;
  o.schemas.cache_dir = cache.path();
  o.schemas.allow_remote = allow_remote;
  o.schemas.fetch.allow_http = true;  // loopback tests speak plain http (see the file comment)
  o.schemas.fetch.connect_timeout_ms = 2000;
  o.schemas.fetch.total_timeout_ms = 2000;
  return o;
}

const std::string kExtFinding = "MLM000 /properties/ext:foo: ";

bool has_ext_finding(const FileReport& report) {
  for (const auto& d : report.diagnostics) {
    if (d.code == "MLM000" && d.pointer == "/properties/ext:foo") return true;
  }
  return false;
}

FetchPolicy loopback_policy() {
  FetchPolicy p;
  p.allow_http = true;
  p.connect_timeout_ms = 2000;
  p.total_timeout_ms = 2000;
  return p;
}

// --- units: hashing, mappings ----------------------------------------------------------------------

TEST(SchemaSources, Sha256KnownAnswers) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(SchemaSources, ParseSchemaMapping) {
  std::string error;
  auto exact = parse_schema_mapping("https://example.com/ext/v1.0.0/schema.json#=./a=b.json", &error);
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->url, "https://example.com/ext/v1.0.0/schema.json");
  EXPECT_EQ(exact->path, "./a=b.json");
  EXPECT_FALSE(exact->prefix());
  auto prefix = parse_schema_mapping("https://example.com/ext/=schemas", &error);
  ASSERT_TRUE(prefix);
  EXPECT_TRUE(prefix->prefix());
  EXPECT_EQ(prefix->path, "schemas/");
  EXPECT_FALSE(parse_schema_mapping("schema.json=./x.json", &error));
  EXPECT_THAT(error, HasSubstr("expected URL=PATH"));
  EXPECT_FALSE(parse_schema_mapping("https://example.com/x.json", &error));
  EXPECT_FALSE(parse_schema_mapping("https://example.com/x.json=", &error));
}

TEST(SchemaSources, SchemaTextProblem) {
  EXPECT_EQ(schema_text_problem(kExtSchema), "");
  EXPECT_EQ(schema_text_problem("true"), "");
  EXPECT_THAT(schema_text_problem("<html>404</html>"), HasSubstr("not valid JSON"));
  EXPECT_EQ(schema_text_problem("[1]"), "the document is an array, not a JSON schema (an object)");
}

// --- mapped schemas --------------------------------------------------------------------------------

TEST(SchemaSources, ExactMappingValidatesAnUnbundledExtension) {
  TempDir dir;
  const std::string url = "https://example.com/ext/v1.0.0/schema.json";
  LintOptions o = options(dir, false);
  o.schemas.map.push_back({url, dir.write("ext.json", kExtSchema)});
  const Linter linter(o);
  const FileReport report = linter.lint_buffer("t.json", document_with(url));
  EXPECT_TRUE(has_ext_finding(report)) << ::testing::PrintToString(schema_findings(report));
  EXPECT_THAT(schema_findings(report), Not(Contains(HasSubstr("MLM902"))));
  EXPECT_EQ(linter.schemas().sources()->origin(url), SchemaOrigin::kMapped);
}

TEST(SchemaSources, PrefixMappingResolvesRefsInsideTheFolder) {
  TempDir dir;
  // The extension schema refs a sibling document by a relative URL: both come from the mapped folder.
  dir.write("ext/v1.0.0/schema.json", R"({"type": "object", "properties": {"properties": {"$ref": "defs.json"}}})");
  dir.write("ext/v1.0.0/defs.json", R"({"type": "object", "properties": {"ext:foo": {"type": "string"}}})");
  LintOptions o = options(dir, false);
  o.schemas.map.push_back({"https://example.com/", dir.path() + "/"});
  const Linter linter(o);
  const FileReport report = linter.lint_buffer("t.json", document_with("https://example.com/ext/v1.0.0/schema.json"));
  EXPECT_TRUE(has_ext_finding(report)) << ::testing::PrintToString(schema_findings(report));
}

TEST(SchemaSources, AReferenceToAnUnavailableDocumentIsAnMlm902NotASilentPass) {
  TempDir dir;
  const std::string url = "https://example.com/ext/v1.0.0/schema.json";
  const std::string defs = "https://example.com/elsewhere/defs.json";
  LintOptions o = options(dir, false);
  o.schemas.map.push_back({url, dir.write("ext.json", R"({"type": "object", "properties": {"properties": {"$ref": ")" +
                                                          defs + R"("}}})")});
  const Linter linter(o);
  EXPECT_THAT(schema_findings(linter.lint_buffer("t.json", document_with(url))),
              Contains(fmt::format("MLM902 /stac_extensions/5: the schema {} references {}, which is not available, so "
                                   "that part was not checked; map it to a local copy with --schema-map URL=FILE, or "
                                   "allow downloading it with --allow-remote",
                                   url, defs)));
}

TEST(SchemaSources, MissingMappedFileIsAClearMlm902) {
  TempDir dir;
  const std::string url = "https://example.com/ext/v1.0.0/schema.json";
  LintOptions o = options(dir, false);
  o.schemas.map.push_back({url, dir.path() + "/nope.json"});
  const Linter linter(o);
  EXPECT_THAT(schema_findings(linter.lint_buffer("t.json", document_with(url))),
              ElementsAre(fmt::format("MLM902 /stac_extensions/5: the schema {} is mapped to {}/nope.json, which cannot "
                                      "be read (No such file or directory), so the fields it describes were not checked",
                                      url, dir.path())));
}

TEST(SchemaSources, ExactMappingOverridesTheBundleButAPrefixDoesNot) {
  TempDir dir;
  const std::string mlm = "https://stac-extensions.github.io/mlm/v1.5.2/schema.json";
  const std::string doc = test::patched_b("[]");
  {
    // A prefix over the whole host, with nothing in the folder: the bundled MLM schema is still used.
    LintOptions o = options(dir, false);
    o.schemas.map.push_back({"https://stac-extensions.github.io/", dir.path() + "/"});
    EXPECT_THAT(schema_findings(Linter(o).lint_buffer("t.json", doc)), IsEmpty());
  }
  {
    // The exact URL: the user's file wins (here one that requires a field B does not have).
    LintOptions o = options(dir, false);
    o.schemas.map.push_back({mlm, dir.write("strict.json", R"({"required": ["mlm:strict"]})")});
    EXPECT_THAT(schema_findings(Linter(o).lint_buffer("t.json", doc)),
                Contains(HasSubstr("required property \"mlm:strict\" is missing")));
  }
}

// --- offline by default ----------------------------------------------------------------------------

TEST(SchemaSources, OfflineByDefaultNeverTouchesTheNetwork) {
  LoopbackServer server;
  server.route("/ext.json", ok(kExtSchema));
  TempDir dir;
  const std::string url = server.url("/ext.json");
  LintOptions o = options(dir, false);
  const Linter linter(o);
  EXPECT_THAT(schema_findings(linter.lint_buffer("t.json", document_with("https://example.com/x/schema.json"))),
              ElementsAre("MLM902 /stac_extensions/5: the schema https://example.com/x/schema.json is not bundled with "
                          "mlm-lint, so the fields of this extension were not checked; map it to a local copy with "
                          "--schema-map URL=FILE, or allow downloading it with --allow-remote"));
  EXPECT_THAT(schema_findings(linter.lint_buffer("t.json", document_with(url))),
              Contains(HasSubstr("allow downloading it with --allow-remote")));
  EXPECT_EQ(server.requests(), 0);
}

// --- downloads -------------------------------------------------------------------------------------

TEST(SchemaFetch, Ok) {
  LoopbackServer server;
  server.route("/ext.json", ok(kExtSchema));
  const FetchResult r = http_get(server.url("/ext.json"), loopback_policy());
  ASSERT_TRUE(r.body) << r.error;
  EXPECT_EQ(*r.body, kExtSchema);
}

TEST(SchemaFetch, NotFound) {
  LoopbackServer server;
  const FetchResult r = http_get(server.url("/missing.json"), loopback_policy());
  EXPECT_FALSE(r.body);
  EXPECT_EQ(r.error, "HTTP 404");
}

TEST(SchemaFetch, Timeout) {
  LoopbackServer server;
  server.route("/slow.json", [] { Response r; r.hang = true; return r; }());
  FetchPolicy policy = loopback_policy();
  policy.total_timeout_ms = 1000;
  const auto start = std::chrono::steady_clock::now();
  const FetchResult r = http_get(server.url("/slow.json"), policy);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_FALSE(r.body);
  EXPECT_EQ(r.error, "timed out (limits: 2 s to connect, 1 s in total)");
  EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(SchemaFetch, OversizedBodyWithAndWithoutContentLength) {
  LoopbackServer server;
  const std::string big = "{\"a\": \"" + std::string(5000, 'x') + "\"}";
  server.route("/big.json", ok(big));
  server.route("/big-chunked.json", [&] { Response r = ok(big); r.no_length = true; return r; }());
  FetchPolicy policy = loopback_policy();
  policy.max_bytes = 1000;
  for (const char* path : {"/big.json", "/big-chunked.json"}) {
    const FetchResult r = http_get(server.url(path), policy);
    EXPECT_FALSE(r.body) << path;
    EXPECT_EQ(r.error, "the response is larger than the limit of 1000 bytes") << path;
  }
  policy.max_bytes = 1u << 20;
  EXPECT_TRUE(http_get(server.url("/big-chunked.json"), policy).body);
}

TEST(SchemaFetch, RedirectToHttpIsRefused) {
  LoopbackServer server;
  server.route("/moved.json", redirect(server.url("/ext.json")));
  server.route("/ext.json", ok(kExtSchema));
  FetchPolicy policy = loopback_policy();  // the first request may be http (a loopback test) ...
  policy.allow_http_redirects = false;     // ... but, as in production, a redirect must stay on https
  const FetchResult r = http_get(server.url("/moved.json"), policy);
  EXPECT_FALSE(r.body);
  EXPECT_EQ(r.error, fmt::format("redirected to {}, which is not https; refused (--allow-http allows plain http)",
                                 server.url("/ext.json")));
  EXPECT_EQ(server.requests_for("/ext.json"), 0);
  // --allow-http allows the redirect too.
  policy.allow_http_redirects = true;
  EXPECT_TRUE(http_get(server.url("/moved.json"), policy).body);
}

TEST(SchemaFetch, PlainHttpNeedsAllowHttp) {
  LoopbackServer server;
  server.route("/ext.json", ok(kExtSchema));
  FetchPolicy policy = loopback_policy();
  policy.allow_http = false;
  const FetchResult r = http_get(server.url("/ext.json"), policy);
  EXPECT_FALSE(r.body);
  EXPECT_EQ(r.error, "plain http is not allowed (--allow-http allows it)");
  EXPECT_EQ(server.requests(), 0);
}

// --- the linter with --allow-remote ----------------------------------------------------------------

TEST(SchemaSources, AllowRemoteDownloadsOnceAndTheNextRunUsesTheCacheWithoutNetwork) {
  TempDir dir;
  auto server = std::make_unique<LoopbackServer>();
  server->route("/ext/v1.0.0/schema.json", ok(kExtSchema));
  const std::string url = server->url("/ext/v1.0.0/schema.json");
  {
    const Linter linter(options(dir, true));
    // Two files declaring it in one run: one request.
    EXPECT_TRUE(has_ext_finding(linter.lint_buffer("a.json", document_with(url))));
    EXPECT_TRUE(has_ext_finding(linter.lint_buffer("b.json", document_with(url))));
    EXPECT_EQ(linter.schemas().sources()->origin(url), SchemaOrigin::kDownloaded);
  }
  EXPECT_EQ(server->requests(), 1);
  EXPECT_TRUE(fs::exists(SchemaCache(dir.path()).path_for(url)));
  // The second run: no server at all, and the same verdict from the cache.
  server.reset();
  const Linter linter(options(dir, true));
  const FileReport report = linter.lint_buffer("a.json", document_with(url));
  EXPECT_TRUE(has_ext_finding(report)) << ::testing::PrintToString(schema_findings(report));
  EXPECT_EQ(linter.schemas().sources()->origin(url), SchemaOrigin::kCached);
  // Cached schemas are used offline too (a cache warmed by `schemas fetch`).
  EXPECT_TRUE(has_ext_finding(Linter(options(dir, false)).lint_buffer("a.json", document_with(url))));
}

TEST(SchemaSources, DownloadFailuresAreMlm902NamingTheUrlAndTheReason) {
  TempDir dir;
  LoopbackServer server;
  server.route("/html.json", ok("<html>moved</html>"));
  server.route("/array.json", ok("[1, 2]"));
  server.route("/moved.json", redirect(server.url("/html.json")));
  LintOptions o = options(dir, true);
  o.schemas.fetch.allow_http_redirects = false;
  const Linter linter(o);
  auto finding = [&](const std::string& path) {
    const auto all = schema_findings(linter.lint_buffer("t.json", document_with(server.url(path))));
    return all.empty() ? std::string() : all.front();
  };
  EXPECT_EQ(finding("/missing.json"),
            fmt::format("MLM902 /stac_extensions/5: the schema {} could not be downloaded (HTTP 404), so the fields it "
                        "describes were not checked",
                        server.url("/missing.json")));
  EXPECT_EQ(finding("/html.json"),
            fmt::format("MLM902 /stac_extensions/5: the schema downloaded from {} is not valid JSON: unexpected '<'; "
                        "expected a JSON value at line 1, column 1, so the fields it describes were not checked",
                        server.url("/html.json")));
  EXPECT_THAT(finding("/array.json"), HasSubstr("is the document is an array, not a JSON schema (an object)"));
  EXPECT_THAT(finding("/moved.json"), HasSubstr("which is not https; refused"));
  // A failure is remembered for the run: the second file does not ask again.
  const int before = server.requests();
  EXPECT_THAT(finding("/missing.json"), HasSubstr("HTTP 404"));
  EXPECT_EQ(server.requests(), before);
  // Nothing invalid was cached.
  EXPECT_THAT(SchemaCache(dir.path()).list(), IsEmpty());
}

TEST(SchemaSources, CorruptedCacheEntryIsRecovered) {
  TempDir dir;
  LoopbackServer server;
  server.route("/ext.json", ok(kExtSchema));
  const std::string url = server.url("/ext.json");
  const SchemaCache cache(dir.path());
  std::string error;
  ASSERT_TRUE(cache.write(url, kExtSchema, &error)) << error;
  std::ofstream(cache.path_for(url), std::ios::binary | std::ios::trunc) << "{\"truncated";
  {
    // Offline: a clear MLM902 that says what to do.
    const Linter linter(options(dir, false));
    EXPECT_THAT(schema_findings(linter.lint_buffer("t.json", document_with(url))),
                ElementsAre(AllOf(HasSubstr("the cached copy of the schema " + url + " is corrupted"),
                                  HasSubstr("run `mlm-lint schemas fetch " + url + "`"))));
  }
  EXPECT_EQ(server.requests(), 0);
  {
    // With --allow-remote: downloaded again, with a warning, and the entry is repaired.
    const Linter linter(options(dir, true));
    EXPECT_TRUE(has_ext_finding(linter.lint_buffer("t.json", document_with(url))));
    EXPECT_THAT(linter.schemas().sources()->take_warnings(),
                ElementsAre(HasSubstr("the cached copy of " + url + " was corrupted")));
  }
  EXPECT_EQ(server.requests(), 1);
  EXPECT_EQ(cache.read(url), kExtSchema);
}

// --- the cache and `schemas fetch` -------------------------------------------------------------------

TEST(SchemaCacheTest, WriteReadListClear) {
  TempDir dir;
  const SchemaCache cache(dir.path());
  std::string error;
  ASSERT_TRUE(cache.write("https://example.com/b.json", "{}", &error)) << error;
  ASSERT_TRUE(cache.write("https://example.com/a.json#frag", "true", &error)) << error;
  EXPECT_EQ(cache.read("https://example.com/a.json"), "true");
  EXPECT_EQ(cache.read("https://example.com/c.json"), std::nullopt);
  const auto entries = cache.list();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].url, "https://example.com/a.json");
  EXPECT_EQ(entries[0].path, dir.path() + "/schemas/" + sha256_hex("https://example.com/a.json") + ".json");
  EXPECT_EQ(entries[1].bytes, 2u);
  // Atomic writes leave no temporary files behind.
  for (const auto& f : fs::directory_iterator(dir.path() + "/schemas")) {
    EXPECT_THAT(f.path().filename().string(), Not(HasSubstr(".tmp-")));
  }
  // An entry recorded under another URL (a stray file, a collision) is a miss, not a wrong schema.
  std::ofstream(dir.path() + "/schemas/" + sha256_hex("https://example.com/a.json") + ".url", std::ios::trunc)
      << "https://example.com/other.json";
  EXPECT_EQ(cache.read("https://example.com/a.json"), std::nullopt);
  EXPECT_EQ(cache.clear(&error), 2);
  EXPECT_THAT(cache.list(), IsEmpty());
  EXPECT_EQ(cache.clear(&error), 0);
}

TEST(SchemaCacheTest, DefaultFolderFollowsXdgCacheHome) {
  const char* old = std::getenv("XDG_CACHE_HOME");
  const std::string saved = old ? old : "";
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(default_cache_dir(), "/tmp/xdg-test/mlm-lint");
  if (old) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else ::unsetenv("XDG_CACHE_HOME");
}

TEST(SchemaSources, RefreshDownloadsReferencesAndKeepsTheCachedCopyWhenTheNetworkFails) {
  TempDir dir;
  auto server = std::make_unique<LoopbackServer>();
  server->route("/ext.json", ok(R"({"properties": {"properties": {"$ref": "defs.json"}}})"));
  server->route("/defs.json", ok(R"({"properties": {"ext:foo": {"type": "string"}}})"));
  const std::string url = server->url("/ext.json");
  SchemaSourceOptions o;
  o.cache_dir = dir.path();
  o.allow_remote = true;
  o.fetch = loopback_policy();
  {
    SchemaSources sources(o);
    std::vector<std::string> notes, warnings;
    EXPECT_TRUE(sources.refresh(url, notes, warnings));
    EXPECT_THAT(notes, ElementsAre(HasSubstr("fetched " + url), HasSubstr("fetched " + server->url("/defs.json"))));
    EXPECT_THAT(warnings, IsEmpty());
  }
  EXPECT_EQ(server->requests(), 2);
  // Offline, the referenced document comes from the cache too: the extension is fully checked.
  server.reset();
  EXPECT_TRUE(has_ext_finding(Linter(options(dir, false)).lint_buffer("t.json", document_with(url))));
  // The network is down (nothing listens on that port any more): the cached copy is kept, with a warning.
  SchemaSources sources(o);
  std::vector<std::string> notes, warnings;
  EXPECT_TRUE(sources.refresh(url, notes, warnings));
  EXPECT_THAT(warnings, Contains(AllOf(HasSubstr("could not be downloaded"), HasSubstr("keeping the cached copy"))));
  // ... and a URL that was never cached is a failure.
  notes.clear();
  warnings.clear();
  EXPECT_FALSE(sources.refresh("http://127.0.0.1:1/never.json", notes, warnings));
  EXPECT_THAT(warnings, ElementsAre(HasSubstr("could not be downloaded")));
}

}  // namespace
}  // namespace mlmlint
