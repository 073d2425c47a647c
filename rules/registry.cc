#include "registry.h"

#include <algorithm>
#include <array>

#include "embedded_docs.h"
#include "rule_list.h"

namespace mlmlint {

namespace {

using namespace rules;

// The one table of rules, sorted by code (registry_test checks the order).
constexpr std::array kRules = {
    // --- MLM0xx
    // --- MLM1xx
    &kMlm102,
    // --- MLM2xx
    // --- MLM3xx
    // --- MLM4xx
    // --- MLM5xx
    // --- MLM6xx
    // --- MLM7xx
};

}  // namespace

std::string_view fix_class_name(FixClass fix) {
  switch (fix) {
    case FixClass::kNone: return "no";
    case FixClass::kSafe: return "safe";
    case FixClass::kSuggest: return "suggest";
  }
  return "no";
}

std::span<const RuleInfo* const> all_rules() { return {kRules.data(), kRules.size()}; }

const RuleInfo* find_rule(std::string_view code_or_name) {
  for (const RuleInfo* rule : kRules) {
    if (rule->code == code_or_name || rule->name == code_or_name) return rule;
  }
  return nullptr;
}

std::string_view rule_doc(std::string_view code) { return find_embedded_doc(code); }

}  // namespace mlmlint
