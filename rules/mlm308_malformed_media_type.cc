// MLM308: asset and link "type" values follow the media-type grammar of RFC 6838 / RFC 9110 (T9): type/subtype
// with optional "; name=value" parameters. Clients dispatch on this value, so a malformed one is lost.
#include <algorithm>
#include <array>
#include <cctype>

#include "support/asset_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_assets.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

// Parameter names worth repairing "name-value" / "name:value" into "name=value".
constexpr std::array<std::string_view, 6> kKnownParameters = {
    "framework", "application", "profile", "charset", "version", "compression",
};

std::string_view trim_view(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string before(std::string_view text, std::size_t position) {
  constexpr std::size_t kMax = 40;
  const std::string_view prefix = text.substr(0, position);
  if (prefix.size() <= kMax) return quote(prefix);
  const std::string shortened = "..." + std::string(prefix.substr(prefix.size() - kMax));
  return quote(std::string_view(shortened));
}

// A corrected value for the common mistakes, if the correction is itself valid.
std::optional<std::string> repair(std::string_view text, const ParsedMediaType& parsed) {
  std::string candidate;
  switch (parsed.problem) {
    case MediaTypeProblem::kLeadingWhitespace: candidate = std::string(trim_view(text)); break;
    case MediaTypeProblem::kWhitespaceAroundSlash: {
      const std::size_t slash = text.find('/');
      if (slash == std::string_view::npos) return std::nullopt;
      candidate = std::string(trim_view(text.substr(0, slash))) + "/" + std::string(trim_view(text.substr(slash + 1)));
      break;
    }
    case MediaTypeProblem::kTrailingSemicolon:
      candidate = std::string(trim_view(text.substr(0, parsed.position)));
      if (parsed.position + 1 < text.size()) candidate += std::string(text.substr(parsed.position + 1));
      break;
    case MediaTypeProblem::kParameterWithoutValue: {
      const std::string_view parameter = parsed.detail;
      const std::size_t separator = parameter.find_first_of("-: ");
      if (separator == std::string_view::npos) return std::nullopt;
      const std::string_view name = parameter.substr(0, separator);
      if (std::find_if(kKnownParameters.begin(), kKnownParameters.end(),
                       [&](std::string_view known) { return iequals(known, name); }) == kKnownParameters.end()) {
        return std::nullopt;
      }
      const std::string_view value = trim_view(parameter.substr(separator + 1));
      candidate = std::string(text.substr(0, parsed.position)) + std::string(name) + "=" + std::string(value) +
                  std::string(text.substr(parsed.position + parameter.size()));
      break;
    }
    case MediaTypeProblem::kUnterminatedQuote: candidate = std::string(trim_view(text)) + "\""; break;
    default: return std::nullopt;
  }
  if (!parse_media_type(candidate).ok()) return std::nullopt;
  return candidate;
}

std::string reason(std::string_view text, const ParsedMediaType& parsed) {
  switch (parsed.problem) {
    case MediaTypeProblem::kNone: return {};
    case MediaTypeProblem::kEmpty: return "it is empty";
    case MediaTypeProblem::kLeadingWhitespace: return "it starts with whitespace";
    case MediaTypeProblem::kMissingSlash: return "there is no \"/\" between type and subtype";
    case MediaTypeProblem::kWhitespaceAroundSlash: return "whitespace around \"/\" is not allowed";
    case MediaTypeProblem::kMissingSubtype: return "the subtype after \"/\" is missing";
    case MediaTypeProblem::kInvalidCharacter:
      if (trim_view(parsed.detail).empty()) return "unexpected whitespace after " + before(text, parsed.position);
      return "unexpected character " + quote(parsed.detail) + " after " + before(text, parsed.position);
    case MediaTypeProblem::kTrailingSemicolon: return "a \";\" is not followed by a parameter";
    case MediaTypeProblem::kParameterWithoutValue:
      return "parameter " + quote(parsed.detail) + " has no \"=value\"";
    case MediaTypeProblem::kEmptyParameterValue: return "parameter " + quote(parsed.detail) + " has an empty value";
    case MediaTypeProblem::kUnterminatedQuote:
      return "the quoted value of parameter " + quote(parsed.detail) + " has no closing quote";
  }
  return {};
}

void check_type(const Located& holder, RuleSink& sink) {
  auto type = string_member(holder.value, "type");
  if (!type) return;
  const ParsedMediaType parsed = parse_media_type(*type);
  if (parsed.ok()) return;
  std::string message = quote(*type) + " is not a valid media type (" + reason(*type, parsed) + "); ";
  if (auto fixed = repair(*type, parsed)) {
    message += "e.g. " + quote(std::string_view(*fixed)) + ".";
  } else {
    message += "expected \"type/subtype\", optionally followed by \"; name=value\" parameters.";
  }
  sink.report(pointer_append(holder.pointer, "type"), std::move(message));
}

// ml-model v1.0.0 prescribes "type": "docker-image" on its container-image links: not a media type, but what
// that extension asks for.
bool prescribed_image_type(element link) {
  auto rel = string_member(link, "rel");
  return rel && (*rel == "ml-model:inferencing-image" || *rel == "ml-model:training-image") &&
         string_member(link, "type") == std::optional<std::string_view>("docker-image");
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& asset : role_holders(ctx)) check_type(asset, sink);
  if (auto links = member(ctx.root, "links")) {
    for (const auto& link : array_entries(*links, "/links")) {
      if (!prescribed_image_type(link.value)) check_type(link, sink);
    }
  }
}

const RuleInfo kMlm308 = {
    .code = "MLM308",
    .name = "malformed-media-type",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "asset and link media types follow the type/subtype; name=value grammar",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
