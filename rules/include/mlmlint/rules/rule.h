// The rule interface. A rule is one small unit: identity (code, name, severity, versions, fix class,
// relation to the schema) plus one check function over the parsed document. Rules never print: they
// report pointers and messages through a RuleSink, and the engine positions, filters and renders them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/core/mlm_version.h"

namespace mlmlint {

enum class FixClass { kNone, kSafe, kSuggest };
std::string_view fix_class_name(FixClass fix);  // "no", "safe", "suggest"

// How the official schema relates to the rule (RULES.md §1.4); drives explain mode.
enum class SchemaRelation { kNo, kPartial, kYes };

struct VersionRange {
  Version min = kOldestMlm;
  Version max = kLatestMlm;
  bool contains(const Version& v) const { return min <= v && v <= max; }
  bool all() const { return min == kOldestMlm && max == kLatestMlm; }
};
inline constexpr VersionRange kAllVersions{};

enum class DocumentKind { kItem, kCollection, kOther };

// The lists most rules start from (inputs, outputs, assets, MLM objects), built once per document by the
// first rule that asks (rules/support/support.cc); the DOM is immutable, so they never go stale.
struct RuleMemo;

struct RuleContext {
  simdjson::dom::element root;
  DocumentKind kind = DocumentKind::kOther;
  EffectiveMlm mlm;
  std::string_view stac_version;  // "" when absent or not a string
  // The document declares MLM or has a member or string starting with "mlm:" (a plain STAC Catalog or Item
  // does not: the model rules leave it alone).
  bool uses_mlm = false;
  // No MLM URI declared: mlm.version is the version the fields suggest (rules/support/version_support.h) and this
  // says so ("assuming MLM v1.3.0 because ..."); every finding that depends on the version carries it.
  std::string assumption;
  mutable std::shared_ptr<RuleMemo> memo;
};

struct Finding {
  std::string pointer;
  std::string message;
  std::string hint;
  std::optional<Fix> fix = std::nullopt;
  // Subtrees whose raw schema errors the finding accounts for, besides its own location: explain mode drops
  // them (MLM601 on a legacy-only document stands for every error of the legacy fields it maps).
  std::vector<std::string> explains = {};
  Anchor anchor = Anchor::kValue;  // kKey: the finding is about the key of `pointer` (report_key)
};

class RuleSink {
 public:
  void report(std::string pointer, std::string message, std::string hint = {}, std::optional<Fix> fix = {}) {
    findings_.push_back({std::move(pointer), std::move(message), std::move(hint), std::move(fix)});
  }
  // A finding about the key of `pointer` itself (unknown, misspelled, misplaced, renamed or deprecated): its
  // line:column mark the key, not the value, in every output format.
  void report_key(std::string pointer, std::string message, std::string hint = {}, std::optional<Fix> fix = {}) {
    report(std::move(pointer), std::move(message), std::move(hint), std::move(fix));
    findings_.back().anchor = Anchor::kKey;
  }
  void report_explaining(std::string pointer, std::string message, std::string hint, std::optional<Fix> fix,
                         std::vector<std::string> explains) {
    findings_.push_back(
        {std::move(pointer), std::move(message), std::move(hint), std::move(fix), std::move(explains)});
  }
  const std::vector<Finding>& findings() const { return findings_; }
  std::vector<Finding> take() { return std::move(findings_); }

 private:
  std::vector<Finding> findings_;
};

using CheckFn = void (*)(const RuleContext& ctx, RuleSink& sink);

struct RuleInfo {
  std::string_view code;       // "MLM102"
  std::string_view name;       // "input-stacked-count-mismatch"
  Severity severity;           // default severity
  SchemaRelation schema;
  VersionRange versions;
  FixClass fix;
  std::string_view summary;    // one line: what the rule checks
  CheckFn check;
  // Whether the rule applies to STAC documents that do not use MLM at all (plain STAC, legacy ml-model or
  // DLM, TrainingDML-AI). Model rules would only report MLM's absence there.
  bool any_stac_document = false;
  // Whether the findings depend on the MLM version although `versions` is all of them (the rule reads the
  // version, or names it): with an assumed version they say so, as those of version-specific rules do.
  bool version_dependent = false;
};

}  // namespace mlmlint

namespace mlmlint {
// Builds the context every rule sees from a parsed document root.
RuleContext make_rule_context(simdjson::dom::element root);
// Runs one rule if the document's effective MLM version is in its range; returns its findings.
std::vector<Finding> run_rule(const RuleInfo& rule, const RuleContext& ctx);
}  // namespace mlmlint
