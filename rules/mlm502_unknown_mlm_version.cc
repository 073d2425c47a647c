// MLM502: an MLM URI with a version that was never released, or a near-miss of the MLM URI pattern
// (http, missing "/schema.json", trailing slash, version without "v"). Runs for every effective version:
// it explains which version the document is validated with.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kHosts[] = {"stac-extensions.github.io/mlm", "crim-ca.github.io/mlm-extension"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Position just after an MLM host in `uri` (host followed by "/" or the end), if any.
std::optional<std::size_t> after_mlm_host(std::string_view uri) {
  const std::string low = lower(uri);
  for (auto host : kHosts) {
    std::size_t pos = low.find(host);
    while (pos != std::string::npos) {
      const std::size_t end = pos + host.size();
      if (end == low.size() || low[end] == '/') return end;
      pos = low.find(host, pos + 1);
    }
  }
  return std::nullopt;
}

std::string known_range() {
  const auto& known = known_mlm_versions();
  return fmt::format("known: {} to {}", known.front().str(), known.back().str());
}

// Describes what is wrong with a URI that names an MLM host but does not match the §2.1 pattern.
void report_near_miss(const RuleContext& ctx, std::string_view uri, std::size_t host_end, std::string pointer,
                      RuleSink& sink) {
  std::vector<std::string> issues;
  const std::string low = lower(uri);
  if (low.starts_with("http://")) {
    issues.push_back("\"http\" instead of \"https\"");
  } else if (!low.starts_with("https://")) {
    issues.push_back("it does not start with \"https://\"");
  }
  if (uri.substr(0, host_end) != lower(uri.substr(0, host_end))) issues.push_back("upper-case letters in the host");

  std::string_view rest = uri.substr(host_end);  // "/v1.5.2/schema.json" when well-formed
  std::optional<Version> version;
  if (rest.starts_with("/")) rest.remove_prefix(1);
  const std::size_t slash = rest.find('/');
  const std::string_view segment = rest.substr(0, slash);
  if (!segment.empty()) {
    version = parse_version(segment);
    if (version && segment.front() != 'v') issues.push_back("the version lacks its leading \"v\"");
  }
  const std::string_view tail = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
  if (tail.empty() || tail == "/") {
    issues.push_back(tail.empty() ? "missing \"/schema.json\"" : "a trailing slash instead of \"/schema.json\"");
  } else if (tail == "/schema.json/") {
    issues.push_back("a trailing slash");
  } else if (tail != "/schema.json") {
    issues.push_back("it does not end with \"/schema.json\"");
  }
  if (issues.empty()) issues.push_back("it does not match the MLM URI pattern");

  std::string joined;
  for (std::size_t i = 0; i < issues.size(); ++i) {
    if (i > 0) joined += ", ";
    joined += issues[i];
  }
  std::string advice;
  if (version && is_known_mlm_version(*version)) {
    advice = fmt::format("use {}", quote(canonical_mlm_uri(*version)));
  } else {
    advice = fmt::format("MLM URIs have the form \"https://stac-extensions.github.io/mlm/v{{VERSION}}/schema.json\" "
                         "({})",
                         known_range());
  }
  std::string validated;
  if (ctx.mlm.declared.empty()) validated = fmt::format("; validating against {}", ctx.mlm.version.str());
  sink.report(std::move(pointer),
              fmt::format("{} is not a valid MLM schema URI ({}); {}{}.", quote(uri), joined, advice, validated));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return;
  for (const auto& e : array_entries(*extensions, "/stac_extensions")) {
    auto uri = as_string(e.value);
    if (!uri) continue;
    auto host_end = after_mlm_host(*uri);
    if (!host_end) continue;
    auto match = match_mlm_uri(*uri);
    if (match && !(match->version && is_known_mlm_version(*match->version))) {
      sink.report(e.pointer, fmt::format("unknown MLM version {} ({}); validating against {}.",
                                         quote("v" + match->version_text), known_range(), ctx.mlm.version.str()));
    } else if (!match || uri->starts_with("http://")) {
      report_near_miss(ctx, *uri, *host_end, e.pointer, sink);
    }
  }
}

const RuleInfo kMlm502 = {
    .code = "MLM502",
    .name = "unknown-mlm-version",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "the declared MLM URI names a released MLM version and matches the URI pattern",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
