// MLM307: the media type of a model asset should describe the artifact itself: present, not a web page or
// metadata type, and preferably not a custom framework-specific type that HTTP servers may refuse (T9).
#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_assets.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

// The framework= value to suggest for a custom type: its keyword when that names a framework, else the
// family of the asset's artifact type or effective mlm:framework (for "safetensors" / "pickle" types).
std::optional<std::string> suggested_framework(std::string_view keyword, const Located& asset,
                                               const std::optional<Sourced>& item_framework) {
  if (keyword == "torch" || keyword == "pytorch") return "pytorch";
  if (keyword != "safetensors" && keyword != "pickle") return std::string(keyword);
  if (auto framework = effective_member(asset, item_framework, "mlm:framework")) {
    if (auto text = as_string(framework->value)) {
      if (auto canonical = canonical_framework_name(*text); canonical && *canonical != "Hugging Face") {
        std::string out = ascii_lower(*canonical);
        std::erase(out, ' ');
        return out;
      }
    }
  }
  if (auto artifact = string_member(asset.value, "mlm:artifact_type")) {
    const FrameworkFamilies families = artifact_type_family(*artifact);
    if (families.known() && !families.any) {
      const std::string name = families.describe();
      return ascii_lower(name.substr(0, name.find('/')));
    }
  }
  return std::nullopt;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto item_framework = level_member(model_level(ctx), "mlm:framework");
  for (const auto& asset : model_assets(ctx)) {
    auto type_value = member(asset.value, "type");
    if (!type_value) {
      sink.report(asset.pointer, "the model asset has no \"type\"; give the media type of the artifact (e.g. "
                                 "\"application/octet-stream; framework=pytorch\").");
      continue;
    }
    auto type = as_string(*type_value);
    if (!type) continue;  // wrong JSON type: reported by the STAC core schema
    const std::string pointer = pointer_append(asset.pointer, "type");
    const std::string essence = media_type_essence(*type);
    switch (classify_model_media_type(essence)) {
      case ModelMediaTypeKind::kUnsuitable:
        sink.report(pointer, "the model asset has the media type " + quote(*type) +
                                 ", which describes a web page or metadata, not a model artifact; point \"href\" "
                                 "to the artifact itself (e.g. \"application/octet-stream; framework=pytorch\") "
                                 "and reference pages such as a model card in a separate asset or link.");
        break;
      case ModelMediaTypeKind::kCustomFramework: {
        const auto keyword = custom_media_type_keyword(essence);
        const auto framework = suggested_framework(keyword.value_or(""), asset, item_framework);
        const std::string preferred =
            framework ? "application/octet-stream; framework=" + *framework : std::string("application/octet-stream");
        // The Fix line's replacement names the framework family; without one there is nothing to suggest
        // that keeps the information the custom type carried.
        std::optional<Fix> fix;
        if (framework) {
          fix = suggested_fix("replace the media type with " + quote(preferred),
                              {replace_edit(pointer, quote(preferred))});
        }
        sink.report(pointer,
                    "the custom media type " + quote(*type) + " may be refused by HTTP servers (406 Not "
                        "Acceptable); prefer " + quote(std::string_view(preferred)) +
                        " and describe the specifics with mlm:framework / mlm:artifact_type.",
                    {}, std::move(fix));
        break;
      }
      case ModelMediaTypeKind::kRecommended:
      case ModelMediaTypeKind::kArchive:
      case ModelMediaTypeKind::kOther:
        break;
    }
  }
}

const RuleInfo kMlm307 = {
    .code = "MLM307",
    .name = "model-asset-media-type",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "a model asset has a media type suitable for the artifact (present, not a page, not custom)",
    .check = &check,
};

}  // namespace mlmlint::rules
