#include "mlmlint/engine/fix.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

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

// One fix of a round, with its JSON Patch.
struct Step {
  const Diagnostic* finding;
  JsonValue patch;
};

// The feature a fix stays in ("/features/3" when every edit of it lies under that feature of a
// FeatureCollection), or "" when it is about the whole document.
std::string scope_of(const Fix& fix) {
  std::string scope;
  for (const auto& edit : fix.edits) {
    for (const std::string* path : {&edit.path, &edit.from}) {
      if (path->empty() && path == &edit.from) continue;
      const auto tokens = split_pointer(*path);
      if (tokens.size() < 3 || tokens[0] != "features") return "";
      const std::string here = "/features/" + tokens[1];
      if (!scope.empty() && scope != here) return "";
      scope = here;
    }
  }
  return scope;
}

// The findings of `report` inside `scope` ("" = all of them).
FileReport within(const FileReport& report, const std::string& scope) {
  if (scope.empty()) return report;
  FileReport out;
  for (const auto& d : report.diagnostics) {
    if (d.pointer == scope || std::string_view(d.pointer).starts_with(scope + "/")) out.diagnostics.push_back(d);
  }
  return out;
}

struct Redone {
  std::vector<AppliedFix> kept;
  std::vector<WithheldFix> refused;
  std::string text;
  FileReport report;
};

// A round whose fixes together made the document worse, redone from the document before it (`base`, its
// text and report) so that only the fixes that pass the re-check are kept, in the round's order (so every
// patch still applies). A lone Item: one fix at a time. A FeatureCollection whose fixes each stay in one
// feature: features are checked independently, so the features the whole round (`after`) left no worse keep
// all their fixes in one lint, and the others try their fixes one at a time side by side (one lint per step
// of the longest feature, not per fix): a large collection stays linear.
Redone redo_round(const Linter& linter, const std::string& display_path, const RuleSelection& rules,
                  const JsonValue& base, const std::string& base_text, const FileReport& base_report,
                  const FileReport& after, const std::vector<Step>& steps) {
  Redone out{{}, {}, base_text, base_report};
  JsonValue current = base;
  std::vector<std::string> scopes;
  for (const Step& step : steps) scopes.push_back(scope_of(*step.finding->fix));
  const bool by_feature = std::none_of(scopes.begin(), scopes.end(), [](const auto& s) { return s.empty(); });
  if (!by_feature) std::fill(scopes.begin(), scopes.end(), std::string());

  // Applies the steps `batch` (those whose patch still applies) to the current document and lints it;
  // nullopt when the text does not change.
  struct Tried {
    JsonValue document;
    std::string text;
    FileReport report;
    std::vector<std::size_t> applied;
  };
  auto try_batch = [&](const std::vector<std::size_t>& batch) -> std::optional<Tried> {
    Tried t{current, {}, {}, {}};
    for (std::size_t i : batch) {
      JsonValue candidate = t.document;
      if (!apply_json_patch(candidate, steps[i].patch).empty()) continue;
      t.document = std::move(candidate);
      t.applied.push_back(i);
    }
    auto text = render_preserving(out.text, t.document);
    if (!text || *text == out.text) return std::nullopt;
    t.text = std::move(*text);
    t.report = linter.lint_buffer(display_path, t.text, rules);
    return t;
  };
  auto accept = [&](Tried& t) {
    for (std::size_t i : t.applied) {
      const Diagnostic& d = *steps[i].finding;
      out.kept.push_back({d.code, d.pointer, d.fix->description});
    }
    current = std::move(t.document);
    out.text = std::move(t.text);
    out.report = std::move(t.report);
  };
  auto refuse = [&](std::size_t i, std::string reason) {
    const Diagnostic& d = *steps[i].finding;
    out.refused.push_back({d.code, d.pointer, d.fix->description, std::move(reason)});
  };
  // One step on its own: kept or refused with the reason.
  auto one = [&](std::size_t i) {
    auto t = try_batch({i});
    if (!t) return;
    if (auto reason = worsening(out.report, t->report)) {
      refuse(i, std::move(*reason));
    } else {
      accept(*t);
    }
  };

  // The groups (features, or the whole document), in the order of their first step.
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (!groups.contains(scopes[i])) order.push_back(scopes[i]);
    groups[scopes[i]].push_back(i);
  }
  std::vector<std::string> bad = order;
  if (by_feature) {
    std::vector<std::size_t> fine;
    bad.clear();
    for (const auto& scope : order) {
      if (worsening(within(base_report, scope), within(after, scope))) {
        bad.push_back(scope);
      } else {
        fine.insert(fine.end(), groups[scope].begin(), groups[scope].end());
      }
    }
    std::sort(fine.begin(), fine.end());
    auto t = fine.empty() ? std::nullopt : try_batch(fine);
    if (t && !worsening(out.report, t->report)) {
      accept(*t);
    } else if (t) {
      bad = order;  // not independent after all: every group one step at a time
    }
  }
  for (std::size_t step = 0;; ++step) {
    std::vector<std::size_t> batch;
    for (const auto& scope : bad) {
      if (step < groups[scope].size()) batch.push_back(groups[scope][step]);
    }
    if (batch.empty()) break;
    if (batch.size() == 1) {
      one(batch[0]);
      continue;
    }
    auto t = try_batch(batch);
    if (!t) continue;
    if (!worsening(out.report, t->report)) {
      accept(*t);
      continue;
    }
    // Judge each feature on its own findings; what cannot be told apart is tried alone.
    std::vector<std::size_t> good;
    std::vector<std::size_t> unclear;
    for (std::size_t i : t->applied) {
      if (auto reason = worsening(within(out.report, scopes[i]), within(t->report, scopes[i]))) {
        refuse(i, std::move(*reason));
      } else {
        good.push_back(i);
      }
    }
    if (good.size() == t->applied.size()) {
      unclear = std::move(good);  // the harm is outside every feature
    } else if (!good.empty()) {
      auto g = try_batch(good);
      if (g && !worsening(out.report, g->report)) {
        accept(*g);
      } else if (g) {
        unclear = std::move(good);
      }
    }
    for (std::size_t i : unclear) one(i);
  }
  return out;
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
    // Some fix of the round makes the document worse: redo the round without it (redo_round).
    auto [kept, refused, current_text, current_report] =
        redo_round(linter, display_path, rules, before_round, outcome.text, outcome.report, after, steps);
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
