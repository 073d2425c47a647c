// `mlm-lint new`: print a minimal MLM v1.5.2 Item with "TODO" placeholders (lib/migrate/skeleton.cc).
#include <iostream>

#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"

namespace mlmlint::app {

int run_new(const SkeletonOptions& options) {
  SkeletonResult skeleton = make_skeleton(options);
  if (!skeleton.ok) {
    spdlog::error("{}", skeleton.error);
    return kExitError;
  }
  std::cout << skeleton.text;
  return kExitClean;
}

}  // namespace mlmlint::app
