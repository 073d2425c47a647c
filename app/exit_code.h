#pragma once

namespace mlmlint::app {

// The same contract as ruff, ESLint and friends.
inline constexpr int kExitClean = 0;     // no finding at or above the --fail-on severity
inline constexpr int kExitFindings = 1;  // findings at or above --fail-on, or more than --max-warnings warnings
inline constexpr int kExitError = 2;     // usage, configuration or internal error

}  // namespace mlmlint::app
