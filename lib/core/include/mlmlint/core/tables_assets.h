// RULES.md §2.4 (T7, MLM asset roles) and §2.10 (T9, model-asset media types and the media-type grammar).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlmlint {

// --- T7: asset roles ------------------------------------------------------------------------------

inline constexpr std::array<std::string_view, 7> kMlmRoles = {
    "mlm:model",       "mlm:weights",           "mlm:checkpoint",       "mlm:compiled",
    "mlm:source_code", "mlm:inference-runtime", "mlm:training-runtime",
};
// Sub-roles that require "mlm:model" on the same asset.
inline constexpr std::array<std::string_view, 3> kModelSubRoles = {"mlm:weights", "mlm:checkpoint", "mlm:compiled"};
// Asset *keys* suggested by the README (§Assets Objects); they are not roles.
inline constexpr std::array<std::string_view, 5> kSuggestedAssetKeys = {
    "mlm:model", "mlm:source_code", "mlm:container", "mlm:training", "mlm:inference",
};

bool is_mlm_role(std::string_view role);
bool is_model_sub_role(std::string_view role);

// --- T9: media types ------------------------------------------------------------------------------

// Why a string does not match the media-type grammar of §2.10. The grammar is parsed by hand (linear time,
// no regex) so that hostile input cannot cause catastrophic backtracking.
enum class MediaTypeProblem {
  kNone,
  kEmpty,                  // ""
  kLeadingWhitespace,      // " application/json"
  kMissingSlash,           // "octet-stream"
  kWhitespaceAroundSlash,  // "application / json"
  kMissingSubtype,         // "application/"
  kInvalidCharacter,       // a character outside the token set (detail = the character)
  kTrailingSemicolon,      // "application/json;"
  kParameterWithoutValue,  // "application/octet-stream; application-pytorch" (detail = the parameter)
  kEmptyParameterValue,    // "text/plain; charset=" (detail = the parameter name)
  kUnterminatedQuote,      // "text/plain; charset=\"utf-8" (detail = the parameter name)
};

struct MediaParameter {
  std::string_view name;
  std::string_view value;  // without the quotes of a quoted value
};

struct ParsedMediaType {
  MediaTypeProblem problem = MediaTypeProblem::kNone;
  std::size_t position = 0;  // byte offset of the problem
  std::string_view detail;   // see MediaTypeProblem
  std::string_view type;
  std::string_view subtype;
  std::vector<MediaParameter> parameters;

  bool ok() const { return problem == MediaTypeProblem::kNone; }
  // The first parameter with this name (names compare case-insensitively).
  std::optional<std::string_view> parameter(std::string_view name) const;
};

// Parses `text` against
// ^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*
//  (\s*;\s*[A-Za-z0-9!#$&^_.+-]+=("[^"]*"|[A-Za-z0-9!#$&^_.+-]+))*\s*$
ParsedMediaType parse_media_type(std::string_view text);

// "type/subtype" in lower case, without parameters and surrounding whitespace (the part before ';').
std::string media_type_essence(std::string_view text);

enum class ModelMediaTypeKind {
  kRecommended,      // application/octet-stream (parameters allowed)
  kArchive,          // application/zip, application/gzip, application/x-tar
  kUnsuitable,       // a page or metadata type: text/html, text/plain, text/markdown, JSON, GeoJSON, image/*
  kCustomFramework,  // a framework-specific custom type such as application/x-pytorch
  kOther,
};

// Classifies a media-type essence (see media_type_essence) for a model asset.
ModelMediaTypeKind classify_model_media_type(std::string_view essence);
// The framework keyword in the subtype of a custom framework-specific type ("pytorch" for
// "application/x-pytorch"), if any.
std::optional<std::string_view> custom_media_type_keyword(std::string_view essence);

}  // namespace mlmlint
