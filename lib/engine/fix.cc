#include "mlmlint/engine/fix.h"

#include <algorithm>

#include "mlmlint/core/atomic_write.h"
#include "mlmlint/core/json_edit.h"
#include "mlmlint/core/json_patch.h"
#include "mlmlint/core/json_pointer.h"
#include "fix_guard.h"

namespace mlmlint {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The JSON Patch of a fix, or nullopt when a value is not valid JSON (a rule bug: never apply it).
std::optional<JsonValue> patch_of(const Fix& fix) {
  JsonValue::Array ops;
  for (const auto& edit : fix.edits) {
    JsonValue::Object op;
    op.emplace_back("op", JsonValue(edit.op));
    op.emplace_back("path", JsonValue(edit.path));
    if (!edit.from.empty() || edit.op == "move") op.emplace_back("from", JsonValue(edit.from));
    if (edit.op == "add" || edit.op == "replace") {
      auto value = JsonValue::parse(edit.value);
      if (!value) return std::nullopt;
      op.emplace_back("value", std::move(*value));
    }
    ops.push_back(JsonValue(std::move(op)));
  }
  return JsonValue(std::move(ops));
}

// The places an edit changes: the member itself, or the whole array for array element operations
// (indices shift).
std::vector<std::vector<std::string>> touched_by(const JsonValue& document, const FixEdit& edit) {
  std::vector<std::vector<std::string>> places;
  for (const std::string* path : {&edit.path, &edit.from}) {
    if (path == &edit.from && edit.from.empty()) continue;
    auto tokens = split_pointer(*path);
    if (!tokens.empty()) {
      const JsonValue* parent = &document;
      for (std::size_t i = 0; parent && i + 1 < tokens.size(); ++i) {
        if (parent->object()) {
          parent = const_cast<JsonValue*>(parent)->find(tokens[i]);
        } else if (const auto* arr = parent->array()) {
          std::size_t index = 0;
          bool ok = !tokens[i].empty();
          for (char c : tokens[i]) ok = ok && c >= '0' && c <= '9';
          if (ok) index = std::stoul(tokens[i]);
          parent = ok && index < arr->size() ? &(*arr)[index] : nullptr;
        } else {
          parent = nullptr;
        }
      }
      if (parent && parent->array()) tokens.pop_back();
    }
    places.push_back(std::move(tokens));
  }
  return places;
}

// Fixes that depend on which fields the whole document uses (declare or drop an extension). Another fix of
// the same round can change that (MLM208 renames a key into the classification extension while MLM506
// drops it as unused), so these apply only in a round where no other fix changed the document.
bool depends_on_whole_document(std::string_view code) {
  return code == "MLM501" || code == "MLM505" || code == "MLM506" || code == "MLM701";
}

bool overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n), b.begin());
}

}  // namespace

FixOutcome fix_text(const Linter& linter, const std::string& display_path, std::string_view text, bool unsafe,
                    const RuleSelection& rules) {
  FixOutcome outcome;
  outcome.text = std::string(text);
  outcome.report = linter.lint_buffer(display_path, outcome.text, rules);
  // A round that applies nothing (every fix of it withheld) costs no pass: it withholds at least one fix
  // for good, so there are at most as many of them as fixes.
  for (int pass = 0; pass < kMaxFixPasses;) {
    std::vector<const Diagnostic*> candidates;
    for (const auto& d : outcome.report.diagnostics) {
      if (d.fix && (d.fix->safe || unsafe) && !is_withheld(d, outcome.withheld)) candidates.push_back(&d);
    }
    if (candidates.empty()) break;
    // RULES.md §1.6: fixes are applied in code order.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Diagnostic* a, const Diagnostic* b) { return a->code < b->code; });
    const std::string_view body = std::string_view(outcome.text).substr(
        std::string_view(outcome.text).starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
    auto document = JsonValue::parse(body);
    if (!document) break;
    const JsonValue before_round = *document;
    struct Step {
      const Diagnostic* finding;
      JsonValue patch;
    };
    std::vector<Step> steps;
    std::vector<std::vector<std::string>> touched;
    auto plan_round = [&](bool defer_whole_document) {
      for (const Diagnostic* d : candidates) {
        if (defer_whole_document && depends_on_whole_document(d->code)) continue;
        auto patch = patch_of(*d->fix);
        if (!patch) continue;
        std::vector<std::vector<std::string>> places;
        for (const auto& edit : d->fix->edits) {
          for (auto& place : touched_by(*document, edit)) places.push_back(std::move(place));
        }
        const bool conflict = std::any_of(places.begin(), places.end(), [&](const auto& place) {
          return std::any_of(touched.begin(), touched.end(), [&](const auto& t) { return overlaps(place, t); });
        });
        if (conflict) continue;  // the next round, against the re-linted document
        JsonValue candidate = *document;
        if (!apply_json_patch(candidate, *patch).empty()) continue;  // preconditions no longer hold
        *document = std::move(candidate);
        touched.insert(touched.end(), places.begin(), places.end());
        steps.push_back({d, std::move(*patch)});
      }
    };
    plan_round(true);
    if (steps.empty()) plan_round(false);  // only whole-document fixes were left
    if (steps.empty()) break;
    auto rendered = render_preserving(outcome.text, *document);
    if (!rendered || *rendered == outcome.text) break;  // nothing really changed: these fixes did nothing
    FileReport after = linter.lint_buffer(display_path, *rendered, rules);
    if (unsafe || !worsening(outcome.report, after)) {  // the common case: one lint per round
      for (const Step& step : steps) {
        outcome.applied.push_back({step.finding->code, step.finding->pointer, step.finding->fix->description});
      }
      outcome.text = std::move(*rendered);
      outcome.report = std::move(after);
      ++pass;
      continue;
    }
    // Some fix of the round makes the document worse: redo the round one fix at a time (in the same order,
    // so every patch still applies), keeping each fix only if the re-check passes.
    JsonValue current = before_round;
    std::string current_text = outcome.text;
    FileReport current_report = outcome.report;
    std::vector<AppliedFix> kept;
    std::vector<WithheldFix> refused;
    for (const Step& step : steps) {
      JsonValue candidate = current;
      if (!apply_json_patch(candidate, step.patch).empty()) continue;
      auto step_text = render_preserving(current_text, candidate);
      if (!step_text || *step_text == current_text) continue;
      FileReport step_report = linter.lint_buffer(display_path, *step_text, rules);
      const Diagnostic& d = *step.finding;
      if (auto reason = worsening(current_report, step_report)) {
        refused.push_back({d.code, d.pointer, d.fix->description, std::move(*reason)});
        continue;
      }
      kept.push_back({d.code, d.pointer, d.fix->description});
      current = std::move(candidate);
      current_text = std::move(*step_text);
      current_report = std::move(step_report);
    }
    // The findings of the round come from the document before it: later rounds look them up there.
    outcome.withheld.insert(outcome.withheld.end(), refused.begin(), refused.end());
    if (kept.empty() && refused.empty()) break;
    if (kept.empty()) continue;
    outcome.applied.insert(outcome.applied.end(), kept.begin(), kept.end());
    outcome.text = std::move(current_text);
    outcome.report = std::move(current_report);
    ++pass;
  }
  mark_withheld(outcome.report, outcome.withheld);
  return outcome;
}

}  // namespace mlmlint

namespace mlmlint {

FileFix fix_file(const Linter& linter, const std::string& path, bool unsafe, bool write, const RuleSelection& rules) {
  FileFix result;
  auto data = linter.read_input(path, result.outcome.report);
  if (!data) return result;
  result.original = std::move(*data);
  result.outcome = fix_text(linter, path, result.original, unsafe, rules);
  if (!write || !result.outcome.changed()) return result;
  std::string error;
  if (write_file_atomically(path, result.outcome.text, error)) {
    result.written = true;
  } else {
    // The fixes were not saved: report the findings of the file as it still is, and why.
    result.outcome.report = linter.lint_buffer(path, result.original, rules);
    result.outcome.applied.clear();
    result.outcome.report.diagnostics.insert(
        result.outcome.report.diagnostics.begin(),
        Diagnostic{std::string(kIoError.code), std::string(kIoError.name), kIoError.severity, "", 1, 1,
                   "cannot write the fixed file: " + error, ""});
  }
  return result;
}

}  // namespace mlmlint
