// MLM510: a construct of T3 that was introduced after the effective MLM version is used. Older schemas
// reject some of these and silently ignore others (additional keys of input/output objects).
#include <fmt/format.h>

#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_fields.h"

namespace mlmlint::rules {

namespace {

// Collects the findings first: every one carries the same fix, which needs the highest version they ask for.
class Reporter {
 public:
  Reporter(const RuleContext& ctx, RuleSink& sink) : ctx_(ctx), sink_(sink) {}

  bool too_new(const Version& since) const { return ctx_.mlm.version < since; }

  // "<construct> was/were introduced in MLM <since> but the document declares <v>; declare <since> or later,
  // or <remedy>."
  // `anchor`: kKey when the construct is a key (a field, "item_assets"), not a value.
  void report(const std::string& pointer, std::string_view construct, bool plural, const Version& since,
              std::string_view remedy, Anchor anchor = Anchor::kValue) {
    add(pointer,
        fmt::format("{} {} introduced in MLM {} but {}; declare {} or later, or {}.", construct,
                    plural ? "were" : "was", since.str(), declared(), since.str(), remedy),
        since, anchor);
  }

  void add(std::string pointer, std::string message, const Version& since, Anchor anchor = Anchor::kValue) {
    Finding f{std::move(pointer), std::move(message), {}};
    f.anchor = anchor;
    findings_.push_back(std::move(f));
    if (needed_ < since) needed_ = since;
  }

  std::string declared() const {
    // An unknown declared version is validated as the highest known version below it (MLM502).
    // With no MLM URI, the version is assumed, and the message says why (run_rule).
    if (ctx_.mlm.source == VersionSource::kUndeclared) {
      return fmt::format("the document is checked as {}", ctx_.mlm.version.str());
    }
    return ctx_.mlm.source == VersionSource::kUnknown
               ? fmt::format("the document is validated as {}", ctx_.mlm.version.str())
               : fmt::format("the document declares {}", ctx_.mlm.version.str());
  }

  // Reports what was collected, each finding with the fix.
  void finish() {
    if (findings_.empty()) return;
    const auto fix = raise_fix();
    for (auto& f : findings_) {
      if (f.anchor == Anchor::kKey) sink_.report_key(std::move(f.pointer), std::move(f.message), {}, fix);
      else sink_.report(std::move(f.pointer), std::move(f.message), {}, fix);
    }
    findings_.clear();
  }

 private:
  // Fix (suggest): declare the lowest version that has every construct used (MLM504 offers the rest of the
  // way to the latest). Only for a single declared MLM URI; several are MLM503's.
  std::optional<Fix> raise_fix() const {
    if (ctx_.mlm.declared.size() != 1 || !is_known_mlm_version(needed_)) return std::nullopt;
    const std::string uri = canonical_mlm_uri(needed_);
    return suggested_fix(fmt::format("declare MLM {} ({})", needed_.str(), quoted(uri)),
                         {replace_edit(fmt::format("/stac_extensions/{}", ctx_.mlm.declared.front().index),
                                       quoted(uri))});
  }

  const RuleContext& ctx_;
  RuleSink& sink_;
  std::vector<Finding> findings_;
  Version needed_{0, 0, 0};
};

void check_keys(Reporter& r, element object, std::string_view pointer, std::span<const VersionedField> table) {
  for (const auto& e : object_entries(object, pointer)) {
    const VersionedField* field = find_field(table, e.key);
    if (field && r.too_new(field->since)) r.report(e.pointer, quoted(e.key), false, field->since, "remove the field", Anchor::kKey);
  }
}

void check_tasks(Reporter& r, element holder, std::string_view pointer, std::string_view key) {
  if (!r.too_new(kDownscalingTaskSince)) return;
  auto tasks = member(holder, key);
  if (!tasks) return;
  for (const auto& t : array_entries(*tasks, pointer_append(pointer, key))) {
    if (auto s = as_string(t.value); s && *s == "downscaling") {
      r.report(t.pointer, "the task \"downscaling\"", false, kDownscalingTaskSince, "use another task name");
    }
  }
}

void check_processing(Reporter& r, const Located& io, std::string_view key) {
  auto fn = member(io.value, key);
  if (!fn) return;
  const std::string pointer = pointer_append(io.pointer, key);
  std::vector<Located> expressions;
  if (as_array(*fn)) {
    if (r.too_new(kProcessingFunctionArraySince)) {
      r.report(pointer, fmt::format("a list of Processing Expressions in {}", quoted(key)), false,
               kProcessingFunctionArraySince, "use a single Processing Expression");
    }
    expressions = array_entries(*fn, pointer);
  } else {
    expressions.push_back({*fn, pointer, {}, 0});
  }
  if (!r.too_new(kProcessingDescriptionSince)) return;
  for (const auto& e : expressions) {
    if (as_object(e.value) && has_member(e.value, "description")) {
      r.report(pointer_append(e.pointer, "description"), "\"description\" in a Processing Expression", false,
               kProcessingDescriptionSince, "remove it", Anchor::kKey);
    }
  }
}

void check_band_entries(Reporter& r, const Located& io) {
  if (!r.too_new(kObjectBandEntriesSince)) return;
  auto bands = member(io.value, "bands");
  if (!bands) return;
  for (const auto& b : array_entries(*bands, pointer_append(io.pointer, "bands"))) {
    if (as_object(b.value)) {
      r.report(b.pointer, "object-form band entries", true, kObjectBandEntriesSince, "use plain band names");
      return;  // one finding per list
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  Reporter r(ctx, sink);
  for (const auto& obj : mlm_objects(ctx)) {
    check_keys(r, obj.value, obj.pointer, mlm_fields());
    if (obj.kind == MlmObjectKind::kItemProperties || is_asset_kind(obj.kind) ||
        obj.kind == MlmObjectKind::kCollectionRoot) {
      check_tasks(r, obj.value, obj.pointer, "mlm:tasks");
    }
  }
  if (ctx.kind == DocumentKind::kCollection && has_member(ctx.root, "item_assets") && r.too_new(kItemAssetsSince)) {
    r.report("/item_assets", "\"item_assets\" in MLM Collections", true, kItemAssetsSince, "remove item_assets", Anchor::kKey);
  }
  for (const auto& input : mlm_inputs(ctx)) {
    if (!as_object(input.value)) continue;
    check_keys(r, input.value, input.pointer, input_keys());
    check_band_entries(r, input);
    check_processing(r, input, "pre_processing_function");
    if (!has_member(input.value, "bands") && r.too_new(kInputBandsOptionalSince)) {
      r.add(input.pointer,
            fmt::format("inputs without \"bands\" are allowed only from MLM {} but {}; declare {} or later, or add "
                        "\"bands\" (an empty list if the input has no bands).",
                        kInputBandsOptionalSince.str(), r.declared(), kInputBandsOptionalSince.str()),
            kInputBandsOptionalSince);
    }
  }
  for (const auto& output : mlm_outputs(ctx)) {
    if (!as_object(output.value)) continue;
    check_keys(r, output.value, output.pointer, output_keys());
    // Output bands are themselves a v1.5.0 construct; their entries are only checked when bands are allowed.
    const VersionedField* bands = find_field(output_keys(), "bands");
    if (bands && !r.too_new(bands->since)) check_band_entries(r, output);
    check_tasks(r, output.value, output.pointer, "tasks");
    check_processing(r, output, "post_processing_function");
  }
  r.finish();
}

const RuleInfo kMlm510 = {
    .code = "MLM510",
    .name = "feature-newer-than-declared-version",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = {.min = kOldestMlm, .max = Version{1, 5, 1}},
    .fix = FixClass::kSuggest,
    .summary = "no field or construct newer than the declared MLM version is used",
    .check = &check,
    .any_stac_document = true,
    .version_dependent = true,
};

}  // namespace mlmlint::rules
