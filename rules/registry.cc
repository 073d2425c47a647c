#include "mlmlint/rules/registry.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "embedded_docs.h"
#include "rule_list.h"

namespace mlmlint {

namespace {

using namespace rules;

// The one table of rules, sorted by code (registry_test checks the order).
constexpr std::array kRules = {
    // --- MLM0xx
    &kMlm001,
    &kMlm002,
    &kMlm003,
    &kMlm004,
    &kMlm005,
    &kMlm006,
    &kMlm007,
    &kMlm008,
    &kMlm009,
    &kMlm010,
    // --- MLM1xx
    &kMlm101,
    &kMlm102,
    &kMlm103,
    &kMlm104,
    &kMlm105,
    &kMlm106,
    &kMlm107,
    &kMlm108,
    &kMlm109,
    &kMlm110,
    // --- MLM2xx
    &kMlm201,
    &kMlm202,
    &kMlm203,
    &kMlm204,
    &kMlm205,
    &kMlm206,
    &kMlm207,
    &kMlm208,
    &kMlm209,
    &kMlm210,
    // --- MLM3xx
    &kMlm301,
    &kMlm302,
    &kMlm303,
    &kMlm304,
    &kMlm305,
    &kMlm306,
    &kMlm307,
    &kMlm308,
    &kMlm309,
    &kMlm310,
    &kMlm311,
    &kMlm312,
    &kMlm313,
    &kMlm314,
    &kMlm315,
    &kMlm316,
    // --- MLM4xx
    &kMlm401,
    &kMlm402,
    &kMlm403,
    &kMlm404,
    &kMlm405,
    &kMlm406,
    &kMlm407,
    &kMlm408,
    &kMlm409,
    // --- MLM5xx
    &kMlm501,
    &kMlm502,
    &kMlm503,
    &kMlm504,
    &kMlm505,
    &kMlm506,
    &kMlm507,
    &kMlm508,
    &kMlm509,
    &kMlm510,
    &kMlm511,
    // --- MLM6xx
    &kMlm601,
    &kMlm602,
    &kMlm603,
    &kMlm604,
    &kMlm605,
    &kMlm606,
    // --- MLM7xx
    &kMlm701,
    &kMlm702,
    &kMlm703,
    &kMlm704,
    &kMlm705,
    &kMlm706,
    &kMlm707,
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
  // Codes and names in any case: `--select mlm102`, `explain Input-Shape-Invalid`.
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const RuleInfo* rule : kRules) {
    if (same(rule->code, code_or_name) || same(rule->name, code_or_name)) return rule;
  }
  return nullptr;
}

std::string_view rule_doc(std::string_view code) { return find_embedded_doc(code); }

}  // namespace mlmlint
