// MLM001: MLM metadata is only defined for STAC Items and Collections. When this rule fires the engine
// skips every other rule, so it must recognise every shape of root and `type`.
#include <fmt/format.h>

#include "rule_list.h"
#include "support/support.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kSupported =
    "MLM metadata is only defined for STAC Items (\"Feature\") and Collections (\"Collection\")";

std::string_view json_type_name(element value) {
  switch (value.type()) {
    case simdjson::dom::element_type::ARRAY: return "an array";
    case simdjson::dom::element_type::OBJECT: return "an object";
    case simdjson::dom::element_type::STRING: return "a string";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return "a number";
    case simdjson::dom::element_type::BOOL: return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE: return "null";
  }
  return "a value";
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (!as_object(ctx.root)) {
    sink.report("", fmt::format("the document is {}, not a JSON object; {}.", json_type_name(ctx.root), kSupported));
    return;
  }
  auto type = member(ctx.root, "type");
  if (!type) {
    // From v1.3.0 the schema dispatches on "type" with if/then; without a match it checks nothing.
    const bool schema_silent = ctx.mlm.version >= Version{1, 3, 0};
    sink.report("", fmt::format("document has no \"type\"; {}{}.", kSupported,
                                schema_silent ? ", and the MLM schema validated nothing" : ""));
    return;
  }
  auto text = as_string(*type);
  if (!text) {
    sink.report("/type", fmt::format("\"type\" must be the string \"Feature\" or \"Collection\", got {}; {}.",
                                     render(*type), kSupported));
    return;
  }
  if (*text == "Feature" || *text == "Collection") return;
  if (iequals(*text, "Feature") || iequals(*text, "Collection")) {
    const std::string_view expected = iequals(*text, "Feature") ? "Feature" : "Collection";
    sink.report("/type", fmt::format("\"type\" is case-sensitive: use {} instead of {}.", quote(expected),
                                     quote(*text)));
    return;
  }
  if (*text == "Catalog") {
    // A plain Catalog links the models of a catalogue, it is not one: only a Catalog that uses MLM is wrong.
    if (!ctx.uses_mlm) return;
    sink.report("/type",
                "MLM is not defined for STAC Catalogs; describe the model in an Item (\"Feature\") or a "
                "Collection (\"Collection\") and link it from the Catalog.");
    return;
  }
  std::string hint;
  if (*text == "FeatureCollection") hint = "Lint each Feature of the collection as a separate STAC Item.";
  sink.report("/type", fmt::format("unsupported document type {}; {}.", quote(*text), kSupported), hint);
}

const RuleInfo kMlm001 = {
    .code = "MLM001",
    .name = "unsupported-document-type",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "the document is a STAC Item (\"Feature\") or Collection (\"Collection\")",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
