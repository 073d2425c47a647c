// HTTP(S) downloads of schemas with libcurl: the only code in mlm-lint that opens a socket, reached only
// through SchemaSources with allow_remote (or `mlm-lint schemas fetch`).
//
// libcurl is loaded with dlopen on the first download, not linked: with its TLS, Kerberos, LDAP and SSH
// dependencies it brought 30 shared libraries into every start-up, about half of the CPU time of checking
// one file (the pre-commit case), for a feature that is off by default.
#include <curl/curl.h>
#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>

#include <fmt/format.h>

#include "mlmlint/schema/schema_sources.h"

namespace mlmlint {

namespace {

struct Sink {
  std::string body;
  std::size_t limit = 0;
  bool too_large = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  // CURLOPT_MAXFILESIZE only helps when the server announces a Content-Length; chunked or
  // close-delimited bodies are limited here.
  if (sink->body.size() + n > sink->limit) {
    sink->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  sink->body.append(data, n);
  return n;
}

// Remembers the last Location header: after a refused redirect libcurl reports no redirect URL, and the
// message should say where the server wanted to send us.
std::size_t read_header(char* data, std::size_t size, std::size_t count, void* user) {
  const std::size_t n = size * count;
  std::string_view line(data, n);
  constexpr std::string_view kLocation = "location:";
  if (line.size() > kLocation.size()) {
    std::string name(line.substr(0, kLocation.size()));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name == kLocation) {
      std::string_view value = line.substr(kLocation.size());
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
      while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.remove_suffix(1);
      *static_cast<std::string*>(user) = std::string(value);
    }
  }
  return n;
}

// The libcurl functions mlm-lint calls, resolved from libcurl.so.4 (Debian's libcurl4) on first use.
struct CurlApi {
  CURLcode (*global_init)(long flags) = nullptr;
  CURL* (*easy_init)() = nullptr;
  CURLcode (*easy_setopt)(CURL* curl, CURLoption option, ...) = nullptr;
  CURLcode (*easy_perform)(CURL* curl) = nullptr;
  CURLcode (*easy_getinfo)(CURL* curl, CURLINFO info, ...) = nullptr;
  void (*easy_cleanup)(CURL* curl) = nullptr;
  const char* (*easy_strerror)(CURLcode code) = nullptr;
};

template <typename F>
bool resolve(void* library, const char* name, F& function) {
  function = reinterpret_cast<F>(dlsym(library, name));
  return function != nullptr;
}

// Loads and initialises libcurl once per process (curl_global_init is not thread-safe in older libcurl).
// nullptr with `error` set if it cannot be loaded.
const CurlApi* curl_api(std::string& error) {
  static CurlApi api;
  static std::string load_error;
  static std::once_flag once;
  std::call_once(once, [] {
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
      const char* why = dlerror();
      load_error = fmt::format("libcurl could not be loaded ({}); downloads need the libcurl4 package",
                               why ? why : "libcurl.so.4 not found");
      return;
    }
    const bool ok = resolve(library, "curl_global_init", api.global_init) &&
                    resolve(library, "curl_easy_init", api.easy_init) &&
                    resolve(library, "curl_easy_setopt", api.easy_setopt) &&
                    resolve(library, "curl_easy_perform", api.easy_perform) &&
                    resolve(library, "curl_easy_getinfo", api.easy_getinfo) &&
                    resolve(library, "curl_easy_cleanup", api.easy_cleanup) &&
                    resolve(library, "curl_easy_strerror", api.easy_strerror);
    if (!ok) {
      load_error = "libcurl.so.4 lacks the functions mlm-lint needs";
      return;
    }
    const CURLcode code = api.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) load_error = fmt::format("libcurl could not be initialised: {}", api.easy_strerror(code));
  });
  if (!load_error.empty()) {
    error = load_error;
    return nullptr;
  }
  return &api;
}

std::string seconds(long ms) {
  return ms % 1000 == 0 ? fmt::format("{} s", ms / 1000) : fmt::format("{:.1f} s", static_cast<double>(ms) / 1000);
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

FetchResult http_get(const std::string& url, const FetchPolicy& policy) {
  FetchResult result;
  if (!starts_with(url, "https://") && !(policy.allow_http && starts_with(url, "http://"))) {
    result.error = starts_with(url, "http://") ? "plain http is not allowed (--allow-http allows it)"
                                               : "only https:// URLs can be downloaded";
    return result;
  }
  const CurlApi* api = curl_api(result.error);
  if (!api) return result;
  CURL* curl = api->easy_init();
  if (!curl) {
    result.error = "libcurl could not be initialised";
    return result;
  }
  Sink sink;
  sink.limit = policy.max_bytes;
  char errbuf[CURL_ERROR_SIZE] = {};
  const char* protocols = policy.allow_http ? "http,https" : "https";
  const char* redirect_protocols = policy.allow_http_redirects ? "http,https" : "https";
  api->easy_setopt(curl, CURLOPT_URL, url.c_str());
  api->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, protocols);
  // The schema that validates a document must come from where its URL says, over TLS all the way: a
  // redirect to http:// would let anyone on the path substitute the schema.
  api->easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, redirect_protocols);
  api->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  api->easy_setopt(curl, CURLOPT_MAXREDIRS, policy.max_redirects);
  api->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, policy.connect_timeout_ms);
  api->easy_setopt(curl, CURLOPT_TIMEOUT_MS, policy.total_timeout_ms);
  api->easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(policy.max_bytes));
  api->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM-based DNS timeouts
  api->easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
  api->easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  api->easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  std::string location;
  api->easy_setopt(curl, CURLOPT_HEADERFUNCTION, read_header);
  api->easy_setopt(curl, CURLOPT_HEADERDATA, &location);
  api->easy_setopt(curl, CURLOPT_USERAGENT, "mlm-lint (schema download)");
  api->easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // any encoding libcurl can decode

  const CURLcode code = api->easy_perform(curl);
  long status = 0;
  api->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  const char* redirect = nullptr;
  api->easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect);
  const std::string redirect_url = redirect ? std::string(redirect) : location;
  api->easy_cleanup(curl);

  const std::string too_large = fmt::format("the response is larger than the limit of {} bytes", policy.max_bytes);
  switch (code) {
    case CURLE_OK:
      if (status < 200 || status > 299) {
        result.error = fmt::format("HTTP {}", status);
      } else {
        result.body = std::move(sink.body);
      }
      return result;
    case CURLE_OPERATION_TIMEDOUT:
      result.error = fmt::format("timed out (limits: {} to connect, {} in total)", seconds(policy.connect_timeout_ms),
                                 seconds(policy.total_timeout_ms));
      return result;
    case CURLE_FILESIZE_EXCEEDED: result.error = too_large; return result;
    case CURLE_WRITE_ERROR:
      result.error = sink.too_large ? too_large : fmt::format("cannot store the response: {}", errbuf);
      return result;
    case CURLE_TOO_MANY_REDIRECTS:
      result.error = fmt::format("more than {} redirects", policy.max_redirects);
      return result;
    case CURLE_UNSUPPORTED_PROTOCOL:
      if (status >= 300 && status < 400) {
        result.error = fmt::format("redirected to {}, which is not https; refused (--allow-http allows plain http)",
                                   redirect_url.empty() ? std::string("a non-https URL") : redirect_url);
        return result;
      }
      break;
    default: break;
  }
  result.error = errbuf[0] ? std::string(errbuf) : std::string(api->easy_strerror(code));
  return result;
}

}  // namespace mlmlint
