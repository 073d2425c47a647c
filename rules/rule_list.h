// Declarations of every rule defined in rules/mlmNNN_*.cc; registry.cc lists them in one table.
#pragma once

#include "rule.h"

namespace mlmlint::rules {

// --- MLM0xx: structure, STAC core, model-level fields
// --- MLM1xx: model inputs
extern const RuleInfo kMlm102;
// --- MLM2xx: model outputs
// --- MLM3xx: assets, roles, media types, runtime
// --- MLM4xx: band and variable references
// --- MLM5xx: versions and stac_extensions
// --- MLM6xx: legacy ml-model and DLM
// --- MLM7xx: best practices

}  // namespace mlmlint::rules
