// Declarations of every rule defined in rules/mlmNNN_*.cc; registry.cc lists them in one table.
#pragma once

#include "mlmlint/rules/rule.h"

namespace mlmlint::rules {

// --- MLM0xx: structure, STAC core, model-level fields
extern const RuleInfo kMlm001;
extern const RuleInfo kMlm002;
extern const RuleInfo kMlm003;
extern const RuleInfo kMlm004;
extern const RuleInfo kMlm005;
extern const RuleInfo kMlm006;
extern const RuleInfo kMlm007;
extern const RuleInfo kMlm008;
extern const RuleInfo kMlm009;
extern const RuleInfo kMlm010;
// --- MLM1xx: model inputs
extern const RuleInfo kMlm101;
extern const RuleInfo kMlm102;
extern const RuleInfo kMlm103;
extern const RuleInfo kMlm104;
extern const RuleInfo kMlm105;
extern const RuleInfo kMlm106;
extern const RuleInfo kMlm107;
extern const RuleInfo kMlm108;
extern const RuleInfo kMlm109;
extern const RuleInfo kMlm110;
// --- MLM2xx: model outputs
extern const RuleInfo kMlm201;
extern const RuleInfo kMlm202;
extern const RuleInfo kMlm203;
extern const RuleInfo kMlm204;
extern const RuleInfo kMlm205;
extern const RuleInfo kMlm206;
extern const RuleInfo kMlm207;
extern const RuleInfo kMlm208;
extern const RuleInfo kMlm209;
extern const RuleInfo kMlm210;
// --- MLM3xx: assets, roles, media types, runtime
extern const RuleInfo kMlm301;
extern const RuleInfo kMlm302;
extern const RuleInfo kMlm303;
extern const RuleInfo kMlm304;
extern const RuleInfo kMlm305;
extern const RuleInfo kMlm306;
extern const RuleInfo kMlm307;
extern const RuleInfo kMlm308;
extern const RuleInfo kMlm309;
extern const RuleInfo kMlm310;
extern const RuleInfo kMlm311;
extern const RuleInfo kMlm312;
extern const RuleInfo kMlm313;
extern const RuleInfo kMlm314;
extern const RuleInfo kMlm315;
extern const RuleInfo kMlm316;
// --- MLM4xx: band and variable references
extern const RuleInfo kMlm401;
extern const RuleInfo kMlm402;
extern const RuleInfo kMlm403;
extern const RuleInfo kMlm404;
extern const RuleInfo kMlm405;
extern const RuleInfo kMlm406;
extern const RuleInfo kMlm407;
extern const RuleInfo kMlm408;
extern const RuleInfo kMlm409;
// --- MLM5xx: versions and stac_extensions
extern const RuleInfo kMlm501;
extern const RuleInfo kMlm502;
extern const RuleInfo kMlm503;
extern const RuleInfo kMlm504;
extern const RuleInfo kMlm505;
extern const RuleInfo kMlm506;
extern const RuleInfo kMlm507;
extern const RuleInfo kMlm508;
extern const RuleInfo kMlm509;
extern const RuleInfo kMlm510;
extern const RuleInfo kMlm511;
// --- MLM6xx: legacy ml-model and DLM
extern const RuleInfo kMlm601;
extern const RuleInfo kMlm602;
extern const RuleInfo kMlm603;
extern const RuleInfo kMlm604;
extern const RuleInfo kMlm605;
extern const RuleInfo kMlm606;
// --- MLM7xx: best practices
extern const RuleInfo kMlm701;
extern const RuleInfo kMlm702;
extern const RuleInfo kMlm703;
extern const RuleInfo kMlm704;
extern const RuleInfo kMlm705;
extern const RuleInfo kMlm706;
extern const RuleInfo kMlm707;

}  // namespace mlmlint::rules
