// One entry point per subcommand; main.cc only parses the command line.
#pragma once

#include <string>
#include <vector>

#include "mlmlint/diagnostic.h"

namespace mlmlint::app {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool no_rules = false;
  unsigned jobs = 0;  // 0 = all cores
  bool quiet = false;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> rule_overrides;  // CODE=error|warning|info|off
  std::string fail_on = "error";
  long max_warnings = -1;  // -1 = no limit
};

int run_check(const CheckOptions& options);
int run_rules(const std::string& format);
int run_explain(const std::string& code);

}  // namespace mlmlint::app
