#include "report_util.h"

#include <fmt/format.h>

#include "mlmlint/core/utf8.h"

namespace mlmlint::report_detail {

namespace {

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C;
}

}  // namespace

std::string escape_for_terminal(std::string_view text, std::string_view tab) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(
      text,
      [&](char32_t cp, std::string_view bytes) {
        if (cp == '\t') {
          out += tab;
        } else if (cp < 0x20 || cp == 0x7F) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
          out += fmt::format("\\u{{{:x}}}", static_cast<unsigned>(cp));
        } else {
          out += bytes;
        }
      },
      [&](unsigned char byte) { out += fmt::format("\\x{:02x}", static_cast<unsigned>(byte)); });
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(
      text,
      [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          case '\'': out += "&apos;"; break;
          default:
            if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF) {
              out += fmt::format("\\u{{{:x}}}", static_cast<unsigned>(cp));
            } else {
              out += bytes;
            }
        }
      },
      [&](unsigned char) { out += kReplacementCharacter; });
  return out;
}

std::size_t token_length(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return 1;
  const char c = text[offset];
  if (c == '"') {
    for (std::size_t i = offset + 1; i < text.size(); ++i) {
      if (text[i] == '\\') {
        ++i;
      } else if (text[i] == '"') {
        return i - offset + 1;
      }
    }
    return text.size() - offset;  // cut by the window: underline to its end
  }
  auto in_token = [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' ||
           ch == '+' || ch == '.';
  };
  if (!in_token(c)) return 1;
  std::size_t i = offset;
  while (i < text.size() && in_token(text[i])) ++i;
  return i - offset;
}

}  // namespace mlmlint::report_detail
