// The MLM version a document that declares no MLM URI (MLM501) is most likely written for, and why.
#pragma once

#include <string>

#include "mlmlint/rules/rule.h"

namespace mlmlint::rules {

struct AssumedVersion {
  Version version = kLatestMlm;
  // "assuming MLM v1.3.0 because no MLM URI is declared and \"norm_by_channel\" exists only in MLM v1.0.0 to
  // v1.3.0"
  std::string assumption;
};

// Reads only fields whose introduction or removal the MLM changelog records (RULES.md §2.3 T3): a field removed
// in vN bounds the version from above, a field or construct introduced in vM from below. The assumption is the
// highest released version within the bounds; when they contradict (a v1.4.0 field next to a leftover of
// v1.3.0), the field that exists wins: the leftover is what MLM508 reports.
AssumedVersion assume_undeclared_version(const RuleContext& ctx);

}  // namespace mlmlint::rules
