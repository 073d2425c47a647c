#include "mlmlint/core/mlm_fields.h"

#include <cstddef>

namespace mlmlint {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// ECMAScript \s for the ASCII range plus the common Unicode spaces in UTF-8.
std::size_t whitespace_length(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') return 1;
  auto at = [&](std::string_view seq) { return s.substr(i, seq.size()) == seq; };
  if (at("\xC2\xA0") ) return 2;                                 // U+00A0
  if (at("\xEF\xBB\xBF") || at("\xE3\x80\x80")) return 3;        // U+FEFF, U+3000
  if (at("\xE1\x9A\x80") || at("\xE2\x80\xA8") || at("\xE2\x80\xA9") || at("\xE2\x80\xAF") ||
      at("\xE2\x81\x9F")) {
    return 3;  // U+1680, U+2028, U+2029, U+202F, U+205F
  }
  if (s.size() >= i + 3 && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) >= 0x80 && static_cast<unsigned char>(s[i + 2]) <= 0x8A) {
    return 3;  // U+2000..U+200A
  }
  return 0;
}

}  // namespace

bool is_valid_mlm_name(std::string_view s) {
  if (s.size() < 3 || !is_alpha(s.front()) || !is_alnum(s.back())) return false;
  for (std::size_t i = 1; i + 1 < s.size();) {
    const char c = s[i];
    if (is_alnum(c) || c == '_' || c == '.' || c == '-') {
      ++i;
    } else if (std::size_t n = whitespace_length(s, i); n > 0) {
      i += n;
    } else {
      return false;
    }
  }
  return true;
}

bool is_valid_framework_text(std::string_view s) {
  if (s.empty()) return false;
  auto edge_ok = [](char c) { return c != '.' && c != '_' && c != '-'; };
  if (!edge_ok(s.front()) || whitespace_length(s, 0) > 0) return false;
  if (!edge_ok(s.back())) return false;
  // The last character must not be (the end of) a whitespace sequence.
  for (std::size_t len : {1u, 2u, 3u}) {
    if (s.size() >= len && whitespace_length(s, s.size() - len) == len) return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || s[i] == '\r') return false;
    if (s.substr(i, 3) == "\xE2\x80\xA8" || s.substr(i, 3) == "\xE2\x80\xA9") return false;
  }
  return true;
}

}  // namespace mlmlint
