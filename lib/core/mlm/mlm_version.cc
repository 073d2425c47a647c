#include "mlmlint/core/mlm_version.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace mlmlint {

std::string Version::str() const {
  return "v" + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

const std::vector<Version>& known_mlm_versions() {
  static const std::vector<Version> kVersions = {{1, 0, 0}, {1, 1, 0}, {1, 2, 0}, {1, 3, 0},
                                                 {1, 4, 0}, {1, 5, 0}, {1, 5, 1}, {1, 5, 2}};
  return kVersions;
}

bool is_known_mlm_version(const Version& version) {
  const auto& known = known_mlm_versions();
  return std::find(known.begin(), known.end(), version) != known.end();
}

std::string canonical_mlm_uri(const Version& version) {
  // The schemas up to v1.3.0 were published (and require themselves) under the crim-ca host.
  if (version <= Version{1, 3, 0}) {
    return "https://crim-ca.github.io/mlm-extension/" + version.str() + "/schema.json";
  }
  return "https://stac-extensions.github.io/mlm/" + version.str() + "/schema.json";
}

std::optional<Version> parse_version(std::string_view text) {
  if (!text.empty() && text.front() == 'v') text.remove_prefix(1);
  int parts[3] = {0, 0, 0};
  const char* p = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    auto [next, ec] = std::from_chars(p, end, parts[i]);
    if (ec != std::errc{} || next == p) return std::nullopt;
    p = next;
    if (i < 2) {
      if (p == end || *p != '.') return std::nullopt;
      ++p;
    }
  }
  if (p != end) return std::nullopt;
  return Version{parts[0], parts[1], parts[2]};
}

bool is_version_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '+' ||
         c == '-';
}

std::optional<MlmUri> match_mlm_uri(std::string_view uri) {
  // RULES.md §2.1:
  //   ^https?://(stac-extensions\.github\.io/mlm|crim-ca\.github\.io/mlm-extension)/v([0-9A-Za-z.+-]+)/schema\.json$
  // matched by hand: every rule asks about every declared extension, and std::regex made that 3 % of a check.
  auto consume = [&uri](std::string_view prefix) {
    if (!uri.starts_with(prefix)) return false;
    uri.remove_prefix(prefix.size());
    return true;
  };
  const std::string_view whole = uri;
  if (!consume("https://") && !consume("http://")) return std::nullopt;
  if (!consume("stac-extensions.github.io/mlm/v") && !consume("crim-ca.github.io/mlm-extension/v")) return std::nullopt;
  constexpr std::string_view kSuffix = "/schema.json";
  if (!uri.ends_with(kSuffix) || uri.size() == kSuffix.size()) return std::nullopt;
  const std::string_view version = uri.substr(0, uri.size() - kSuffix.size());
  if (!std::all_of(version.begin(), version.end(), is_version_char)) return std::nullopt;
  MlmUri out;
  out.uri = std::string(whole);
  out.version_text = std::string(version);
  out.version = parse_version(out.version_text);
  return out;
}

std::optional<MlmUri> match_near_miss_mlm_uri(std::string_view uri) {
  if (match_mlm_uri(uri)) return std::nullopt;
  std::string low(uri);
  for (auto& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view rest = low;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (rest.starts_with(scheme)) {
      rest.remove_prefix(scheme.size());
      break;
    }
  }
  bool host = false;
  for (std::string_view prefix : {"stac-extensions.github.io/mlm/", "crim-ca.github.io/mlm-extension/"}) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
      host = true;
      break;
    }
  }
  if (!host) return std::nullopt;
  std::string_view segment = rest.substr(0, rest.find('/'));
  if (segment.starts_with("v")) segment.remove_prefix(1);
  const std::optional<Version> version = parse_version(segment);
  if (!version || !is_known_mlm_version(*version)) return std::nullopt;
  MlmUri out;
  out.uri = std::string(uri);
  out.version_text = std::string(segment);
  out.version = version;
  return out;
}

EffectiveMlm effective_mlm(simdjson::dom::element root) {
  EffectiveMlm result;
  simdjson::dom::array extensions;
  if (root["stac_extensions"].get(extensions) != simdjson::SUCCESS) return result;
  std::size_t index = 0;
  for (auto entry : extensions) {
    std::string_view uri;
    if (entry.get(uri) == simdjson::SUCCESS) {
      if (auto m = match_mlm_uri(uri)) {
        m->index = index;
        result.declared.push_back(std::move(*m));
      }
    }
    ++index;
  }
  if (result.declared.empty()) {
    // Undeclared: the version a near miss names (validated as what it was meant to be, RULES.md §2.1), else latest.
    index = 0;
    for (auto entry : extensions) {
      std::string_view uri;
      if (entry.get(uri) == simdjson::SUCCESS) {
        if (auto m = match_near_miss_mlm_uri(uri)) {
          m->index = index;
          result.version = *m->version;
          result.source = VersionSource::kNearMiss;
          result.near_miss = std::move(*m);
          break;
        }
      }
      ++index;
    }
    return result;
  }

  std::optional<Version> highest_known;
  for (const auto& d : result.declared) {
    if (d.version && is_known_mlm_version(*d.version) && (!highest_known || *d.version > *highest_known)) {
      highest_known = d.version;
    }
  }
  if (result.declared.size() > 1 && highest_known) {
    result.version = *highest_known;
    result.source = VersionSource::kHighestOfMany;
    return result;
  }
  const MlmUri& first = result.declared.front();
  if (highest_known) {
    result.version = *highest_known;
    result.source = first.uri == canonical_mlm_uri(*highest_known) ? VersionSource::kDeclared : VersionSource::kAlias;
    return result;
  }
  // Unknown version(s): the highest known version <= the declared one, else the latest.
  result.source = VersionSource::kUnknown;
  result.version = kLatestMlm;
  if (first.version) {
    std::optional<Version> best;
    for (const auto& v : known_mlm_versions()) {
      if (v <= *first.version) best = v;
    }
    if (best) result.version = *best;
  }
  return result;
}

}  // namespace mlmlint
