#include "mlmlint/core/json_pointer.h"

#include <charconv>

namespace mlmlint {

void append_pointer_token(std::string& out, std::string_view token) {
  // Most tokens need no escaping: append them whole. One pass over the bytes: find_first_of("~/") is a
  // memchr of the two-character set per byte of the token, which was 5 % of a full check.
  bool plain = true;
  for (const char c : token) plain &= (c != '~') & (c != '/');
  if (plain) {
    out += token;
    return;
  }
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  append_pointer_token(out, token);
  return out;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  std::size_t pos = pointer.front() == '/' ? 1 : 0;
  while (true) {
    const std::size_t next = pointer.find('/', pos);
    std::string_view raw = pointer.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return tokens;
}

std::string pointer_append(std::string_view base, std::string_view token) {
  std::string out;
  out.reserve(base.size() + 1 + token.size());
  out += base;
  out += '/';
  append_pointer_token(out, token);
  return out;
}

std::string pointer_append(std::string_view base, std::size_t index) {
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, index);
  std::string out;
  out.reserve(base.size() + 1 + static_cast<std::size_t>(end - digits));
  out += base;
  out += '/';
  out.append(digits, end);
  return out;
}

std::string_view pointer_parent(std::string_view pointer) {
  const std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : pointer.substr(0, slash);
}

bool pointer_is_ancestor_or_self(std::string_view ancestor, std::string_view pointer) {
  if (ancestor.size() > pointer.size()) return false;
  if (pointer.substr(0, ancestor.size()) != ancestor) return false;
  return ancestor.size() == pointer.size() || pointer[ancestor.size()] == '/';
}

}  // namespace mlmlint
