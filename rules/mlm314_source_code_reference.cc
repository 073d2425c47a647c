// MLM314: the source-code asset should be directly usable and reproducible: raw contents rather than a rendered
// "blob" page, and a pinned revision rather than a bare repository URL (README §Source Code Asset).
#include "rule_list.h"
#include "support/support.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

struct HostedUrl {
  std::string scheme_host;              // "https://github.com"
  std::string host;                     // lower case
  std::vector<std::string_view> parts;  // path segments after the host (may include empty ones)
};

// Splits "http(s)://host/seg/seg..." (hand-written instead of std::regex, which recurses per character).
std::optional<HostedUrl> split_url(std::string_view href) {
  std::size_t start = 0;
  if (iequals(href.substr(0, 8), "https://")) {
    start = 8;
  } else if (iequals(href.substr(0, 7), "http://")) {
    start = 7;
  } else {
    return std::nullopt;
  }
  HostedUrl url;
  std::string_view rest = href.substr(start);
  const std::size_t slash = rest.find('/');
  url.host = ascii_lower(rest.substr(0, slash));
  url.scheme_host = std::string(href.substr(0, start + url.host.size()));
  if (slash == std::string_view::npos) return url;
  rest.remove_prefix(slash + 1);
  for (;;) {
    const std::size_t next = rest.find('/');
    url.parts.push_back(rest.substr(0, next));
    if (next == std::string_view::npos) break;
    rest.remove_prefix(next + 1);
  }
  return url;
}

// ^https?://(github\.com|gitlab\.com)/[^/]+/[^/]+/(-/)?blob/  -> the raw-contents URL, when derivable.
std::optional<std::string> blob_page(const HostedUrl& url) {
  if (url.host != "github.com" && url.host != "gitlab.com") return std::nullopt;
  const auto& p = url.parts;
  if (p.size() < 4 || p[0].empty() || p[1].empty()) return std::nullopt;
  std::size_t blob = 2;
  if (p[2] == "-") blob = 3;  // GitLab: /owner/repo/-/blob/ref/path
  if (p.size() < blob + 2 || p[blob] != "blob") return std::nullopt;
  std::string tail;
  for (std::size_t i = blob + 1; i < p.size(); ++i) {
    tail += '/';
    tail += p[i];
  }
  const std::string repo = std::string(p[0]) + "/" + std::string(p[1]);
  if (url.host == "github.com") return "https://raw.githubusercontent.com/" + repo + tail;
  return url.scheme_host + "/" + repo + "/-/raw" + tail;
}

// ^https?://(github\.com|gitlab\.com|bitbucket\.org)/[^/]+/[^/]+/?(\.git)?$
bool unpinned_repository(const HostedUrl& url) {
  if (url.host != "github.com" && url.host != "gitlab.com" && url.host != "bitbucket.org") return false;
  const auto& p = url.parts;
  if (p.size() < 2 || p[0].empty() || p[1].empty()) return false;
  return p.size() == 2 || (p.size() == 3 && (p[2].empty() || p[2] == ".git"));
}

// A `blob` URL whose last segment has no file extension names a folder (GitHub redirects `blob/<ref>/<folder>`
// to the folder's page, which the README allows for a repository): there is no raw-contents URL to suggest.
bool names_a_folder(const HostedUrl& url) {
  const std::string_view last = url.parts.empty() ? std::string_view{} : url.parts.back();
  return last.empty() || last.find('.') == std::string_view::npos;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& asset : assets(ctx)) {
    if (!has_role(asset.value, "code") && !has_role(asset.value, "mlm:source_code")) continue;
    auto href = string_member(asset.value, "href");
    if (!href) continue;
    const auto url = split_url(*href);
    if (!url) continue;
    const std::string pointer = pointer_append(asset.pointer, "href");
    if (auto raw = blob_page(*url); raw && !names_a_folder(*url)) {
      sink.report(pointer, "the URL is the rendered web page of a file, not its contents; reference the raw file "
                           "instead (e.g. " + quote(std::string_view(*raw)) + ").");
    } else if (!raw && unpinned_repository(*url)) {
      sink.report(pointer, "the repository URL does not pin a commit, tag or branch; reference a specific revision "
                           "(e.g. \".../tree/v1.0.0\") so the described model can be reproduced.");
    }
  }
}

const RuleInfo kMlm314 = {
    .code = "MLM314",
    .name = "source-code-reference",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "source-code assets reference raw files and pinned revisions",
    .check = &check,
};

}  // namespace mlmlint::rules
