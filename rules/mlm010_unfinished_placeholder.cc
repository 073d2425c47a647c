// MLM010: metadata left unfinished. The placeholders `mlm-lint new` and `mlm-lint migrate` write — string values
// starting with "TODO", and the empty mlm:input / mlm:output lists migrate adds because they are required —
// are valid JSON and pass the schema, so without this rule an unfinished model description passes CI.
#include <cctype>

#include <fmt/format.h>

#include "rule_list.h"
#include "support/structure_support.h"

namespace mlmlint::rules {

namespace {

// "TODO", "TODO: ...", "TODO model name"; not "TODOS" or "Todo list" (a word, not the marker).
bool is_placeholder(std::string_view text) {
  constexpr std::string_view kMarker = "TODO";
  if (!text.starts_with(kMarker)) return false;
  return text.size() == kMarker.size() || !std::isalnum(static_cast<unsigned char>(text[kMarker.size()]));
}

// The placeholder as the message shows it: whole, unless it is long (the TODO text says what to write).
std::string shown(std::string_view text) {
  constexpr std::size_t kMax = 120;
  if (text.size() <= kMax) return quote(text);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return quote(std::string(text.substr(0, cut)) + "…");
}

constexpr std::string_view kIoAdvice[] = {
    "describe each model input (name, bands, the input structure's shape, dim_order and data_type)",
    "describe each model output (name, tasks, the result structure's shape, dim_order and data_type)",
};

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  walk_keys(ctx.root, "", [&](const KeyVisit& v) {
    auto text = as_string(v.value);
    if (text && is_placeholder(*text)) {
      sink.report(v.pointer(), fmt::format("{} is a placeholder left to fill: {}; replace it with the real value.",
                                           quote(v.key), shown(*text)));
    }
    return true;
  });
  // The lists are required, so migrate adds them empty; a model without inputs or outputs describes nothing.
  std::optional<element> holder = ctx.kind == DocumentKind::kCollection ? std::optional<element>(ctx.root)
                                                                         : properties(ctx);
  if (!holder) return;
  const std::string base = ctx.kind == DocumentKind::kCollection ? "" : "/properties";
  const std::string_view keys[] = {"mlm:input", "mlm:output"};
  for (std::size_t i = 0; i < 2; ++i) {
    auto list = array_member(*holder, keys[i]);
    if (list && list->size() == 0) {
      sink.report(base + "/" + std::string(keys[i]),
                  fmt::format("{} is an empty list, a placeholder left to fill: {}.", quote(keys[i]), kIoAdvice[i]));
    }
  }
}

const RuleInfo kMlm010 = {
    .code = "MLM010",
    .name = "unfinished-placeholder",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "no \"TODO\" placeholder value and no empty mlm:input / mlm:output list is left to fill",
    .check = &check,
    // A placeholder is unfinished in any STAC document (a legacy one, a Catalog linking the models).
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
