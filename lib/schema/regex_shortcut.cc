#include "regex_shortcut.h"

#include <algorithm>

namespace mlmlint {

namespace {

// Characters that stand for themselves in an ECMAScript pattern (no escapes, no metacharacters).
bool is_plain_literal(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' ||
           c == '-' || c == '@' || c == '#' || c == '%' || c == '=' || c == ',' || c == ';' || c == '<' || c == '>' ||
           c == '\'' || c == '"' || c == '!' || c == '&' || c == '~' || c == '`';
  });
}

bool is_word_char_or_sign(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == '+';
}

}  // namespace

std::optional<RegexShortcut> RegexShortcut::recognize(std::string_view pattern) {
  if (pattern == R"((\+00:00|Z)$)") return RegexShortcut(Kind::kUtcSuffix, {});
  if (pattern == R"(^[\w\-\.\+]+$)") return RegexShortcut(Kind::kWordCharsOnly, {});
  if (pattern.starts_with("^(?!") && pattern.ends_with(")")) {
    const std::string_view literal = pattern.substr(4, pattern.size() - 5);
    if (is_plain_literal(literal)) return RegexShortcut(Kind::kNotPrefix, std::string(literal));
  }
  if (pattern.starts_with("^")) {
    const std::string_view literal = pattern.substr(1);
    if (is_plain_literal(literal)) return RegexShortcut(Kind::kPrefix, std::string(literal));
  }
  return std::nullopt;
}

bool RegexShortcut::search(std::string_view text) const {
  switch (kind_) {
    case Kind::kPrefix: return text.starts_with(literal_);
    case Kind::kNotPrefix: return !text.starts_with(literal_);
    // "$" without the multiline flag matches only at the very end.
    case Kind::kUtcSuffix: return text.ends_with("+00:00") || text.ends_with("Z");
    case Kind::kWordCharsOnly: return !text.empty() && std::all_of(text.begin(), text.end(), is_word_char_or_sign);
  }
  return false;
}

}  // namespace mlmlint
