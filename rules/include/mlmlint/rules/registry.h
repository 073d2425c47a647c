// The rule catalogue: one table, sorted by code.
#pragma once

#include <span>
#include <string_view>

#include "mlmlint/rules/rule.h"

namespace mlmlint {

std::span<const RuleInfo* const> all_rules();
// By code or name, in any case ("mlm102", "input-stacked-count-mismatch"); nullptr if none.
const RuleInfo* find_rule(std::string_view code_or_name);
// The rule's embedded documentation page (rules/docs/<CODE>.md); empty if missing.
std::string_view rule_doc(std::string_view code);

}  // namespace mlmlint
