// Shortcuts for the regular expressions the STAC and MLM schemas use on every document. std::regex
// (libstdc++'s backtracking executor) was 7 % of a check; the common shapes below are decided by plain
// string operations with exactly the answer std::regex_search gives (ECMAScript grammar, "C" locale).
// Any other pattern has no shortcut and keeps std::regex.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mlmlint {

class RegexShortcut {
 public:
  // A shortcut for `pattern`, or nullopt.
  static std::optional<RegexShortcut> recognize(std::string_view pattern);
  // What std::regex_search(text, std::regex(pattern)) returns.
  bool search(std::string_view text) const;

 private:
  enum class Kind {
    kPrefix,          // ^literal
    kNotPrefix,       // ^(?!literal)
    kUtcSuffix,       // (\+00:00|Z)$
    kWordCharsOnly,   // ^[\w\-\.\+]+$
  };
  RegexShortcut(Kind kind, std::string literal) : kind_(kind), literal_(std::move(literal)) {}
  Kind kind_;
  std::string literal_;
};

}  // namespace mlmlint
