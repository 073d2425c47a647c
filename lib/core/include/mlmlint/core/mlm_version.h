// MLM versions, MLM extension URIs and the effective MLM version of a document (RULES.md §2.1).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace mlmlint {

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;
  auto operator<=>(const Version&) const = default;
  std::string str() const;  // "v1.5.2"
};

inline constexpr Version kLatestMlm{1, 5, 2};
inline constexpr Version kOldestMlm{1, 0, 0};

// Every released MLM version v1.0.0 ... v1.5.2, ascending.
const std::vector<Version>& known_mlm_versions();
bool is_known_mlm_version(const Version& version);
// The URI each version's schema requires in stac_extensions (crim-ca host up to v1.3.0).
std::string canonical_mlm_uri(const Version& version);
// Parses "1.5.2" / "v1.5.2" (prerelease/build suffixes are rejected).
std::optional<Version> parse_version(std::string_view text);

// One entry of stac_extensions recognised as an MLM URI.
struct MlmUri {
  std::string uri;
  std::string version_text;           // capture group 2 of the §2.1 pattern, e.g. "1.5.2" or "1.0.0-beta.3"
  std::optional<Version> version;     // parsed, when it is a plain MAJOR.MINOR.PATCH
  std::size_t index = 0;              // position in stac_extensions
};
std::optional<MlmUri> match_mlm_uri(std::string_view uri);
// A near miss of the §2.1 pattern that still names one released version: "http:", upper-case host, no "v",
// a trailing slash, a misspelled or missing "schema.json" (MLM502 says what is wrong). Not for exact matches.
std::optional<MlmUri> match_near_miss_mlm_uri(std::string_view uri);
// The characters of the version segment of an extension schema URI (".../v1.2.0-beta+x/schema.json").
bool is_version_char(char c);

enum class VersionSource {
  kDeclared,      // exactly one known version declared with its canonical URI
  kAlias,         // known version declared under the other host (e.g. stac-extensions.github.io/mlm/v1.3.0)
  kHighestOfMany, // several MLM URIs: the highest known one (MLM503)
  kUnknown,       // unknown version declared: highest known <= it, else latest (MLM502)
  kNearMiss,      // no MLM URI, but a near miss of one naming a released version: that version (MLM502)
  kUndeclared,    // no MLM URI at all: latest (MLM501)
};

struct EffectiveMlm {
  Version version = kLatestMlm;
  VersionSource source = VersionSource::kUndeclared;
  std::vector<MlmUri> declared;   // every MLM URI in stac_extensions, in order
  std::optional<MlmUri> near_miss;  // with kNearMiss: the mistyped URI the document is validated for
  // The URL of the bundled schema to validate with (canonical URI of `version`).
  std::string schema_url() const { return canonical_mlm_uri(version); }
  // True when the declared URI differs from what the substitute schema's const check requires.
  bool const_check_substituted() const {
    return source == VersionSource::kAlias || source == VersionSource::kUnknown || source == VersionSource::kNearMiss;
  }
};

// Reads stac_extensions of a parsed document. Never fails: non-arrays and non-strings are skipped.
EffectiveMlm effective_mlm(simdjson::dom::element root);

}  // namespace mlmlint
