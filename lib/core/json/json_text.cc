#include "mlmlint/core/json_text.h"

#include <fmt/format.h>
#include <simdjson.h>

namespace mlmlint {

namespace {

// The length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

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
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
      if (length > 0 && i + length <= text.size() && simdjson::validate_utf8(text.data() + i, length)) {
        append_escaped(out, text.substr(i, length));
        i += length;
      } else {
        out += "\xEF\xBF\xBD";
        ++i;
      }
    }
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
