#include "mlmlint/core/json_text.h"

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/utf8.h"

namespace mlmlint {

namespace {

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  if (simdjson::validate_utf8(text.data(), text.size())) {
    append_escaped(out, text);
  } else {
    // Text that is not UTF-8 (a file name in Latin-1, say) would make the whole output invalid JSON: each
    // byte that does not start a valid sequence becomes U+FFFD, as in the SARIF and JUnit reports.
    for_each_code_point(
        text, [&](char32_t, std::string_view bytes) { append_escaped(out, bytes); },
        [&](unsigned char) { out += kReplacementCharacter; });
  }
  out += '"';
}

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text);
  return out;
}

}  // namespace mlmlint
