#include "mlmlint/core/json_scan.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/utf8.h"

namespace mlmlint {

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  LineColumn lc{1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = static_cast<std::uint32_t>(offset - line_start + 1);
  return lc;
}

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string describe_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return fmt::format("'{}'", c);
  return fmt::format("byte 0x{:02x}", u);
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t max_depth) : text_(text), max_depth_(max_depth) {}

  SyntaxError run() {
    skip_ws();
    if (pos_ >= text_.size()) return fail(SyntaxProblem::kInvalidJson, text_.empty() ? "empty file" : "file contains only whitespace");
    if (!value(0)) return error_;
    skip_ws();
    if (at_comment()) return fail(SyntaxProblem::kInvalidJson, std::string(kNoComments));
    if (pos_ < text_.size()) return fail(SyntaxProblem::kInvalidJson, "unexpected content after the end of the JSON document");
    return {};
  }

 private:
  SyntaxError fail(SyntaxProblem problem, std::string message) {
    error_ = {problem, pos_, std::move(message)};
    return error_;
  }
  bool failed(SyntaxProblem problem, std::string message) {
    fail(problem, std::move(message));
    return false;
  }
  bool failed_at(std::size_t offset, SyntaxProblem problem, std::string message) {
    pos_ = offset;
    return failed(problem, std::move(message));
  }
  // A '/' where a value, key, ',' or closing bracket belongs: JSONC-style comments are the usual cause.
  bool at_comment() const {
    return pos_ + 1 < text_.size() && text_[pos_] == '/' && (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*');
  }
  static constexpr std::string_view kNoComments = "comments are not allowed in JSON";

  void skip_ws() {
    while (pos_ < text_.size() && is_ws(text_[pos_])) ++pos_;
  }

  // `depth` is the number of containers around this value. The root value is level 1 and a document may
  // nest values max_depth levels deep: exactly simdjson's limit, which counts a container only when it
  // has members (so "[[]]" is 2 levels, "[[1]]" is 3).
  bool value(std::size_t depth) {
    skip_ws();
    if (pos_ >= text_.size()) return failed(SyntaxProblem::kInvalidJson, "unexpected end of file (truncated document?)");
    if (depth + 1 > max_depth_) return failed(SyntaxProblem::kTooDeep, fmt::format("nesting deeper than {} levels", max_depth_));
    const char c = text_[pos_];
    switch (c) {
      case '{': return object(depth + 1);
      case '[': return array(depth + 1);
      case '"': return string();
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      case '\'': return failed(SyntaxProblem::kInvalidJson, "strings must use double quotes, not single quotes");
      case '/': return failed(SyntaxProblem::kInvalidJson, std::string(kNoComments));
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (text_.substr(pos_, 3) == "NaN" || text_.substr(pos_, 8) == "Infinity") {
          return failed(SyntaxProblem::kInvalidJson, "NaN and Infinity are not valid JSON numbers");
        }
        return failed(SyntaxProblem::kInvalidJson, "unexpected " + describe_char(c) + "; expected a JSON value");
    }
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) {
      return failed(SyntaxProblem::kInvalidJson, fmt::format("invalid literal; did you mean {}?", word));
    }
    pos_ += word.size();
    return true;
  }

  bool object(std::size_t depth) {
    ++pos_;  // '{'
    skip_ws();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    while (true) {
      skip_ws();
      if (pos_ >= text_.size()) return failed(SyntaxProblem::kInvalidJson, "unexpected end of file inside an object");
      if (text_[pos_] == '}') return failed(SyntaxProblem::kInvalidJson, "trailing comma before '}'");
      if (at_comment()) return failed(SyntaxProblem::kInvalidJson, std::string(kNoComments));
      if (text_[pos_] != '"') {
        return failed(SyntaxProblem::kInvalidJson,
                      text_[pos_] == '\'' ? "object keys must use double quotes"
                                          : "expected a double-quoted object key, found " + describe_char(text_[pos_]));
      }
      if (!string()) return false;
      skip_ws();
      if (pos_ >= text_.size() || text_[pos_] != ':') {
        return failed(SyntaxProblem::kInvalidJson, "expected ':' after an object key");
      }
      ++pos_;
      if (!value(depth)) return false;
      skip_ws();
      if (pos_ >= text_.size()) return failed(SyntaxProblem::kInvalidJson, "unexpected end of file inside an object");
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (text_[pos_] == '}') {
        ++pos_;
        return true;
      }
      if (at_comment()) return failed(SyntaxProblem::kInvalidJson, std::string(kNoComments));
      return failed(SyntaxProblem::kInvalidJson, "expected ',' or '}' after an object member (missing comma?)");
    }
  }

  bool array(std::size_t depth) {
    ++pos_;  // '['
    skip_ws();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    while (true) {
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ']') return failed(SyntaxProblem::kInvalidJson, "trailing comma before ']'");
      if (!value(depth)) return false;
      skip_ws();
      if (pos_ >= text_.size()) return failed(SyntaxProblem::kInvalidJson, "unexpected end of file inside an array");
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (text_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (at_comment()) return failed(SyntaxProblem::kInvalidJson, std::string(kNoComments));
      return failed(SyntaxProblem::kInvalidJson, "expected ',' or ']' after an array element (missing comma?)");
    }
  }

  bool hex4(std::uint32_t& out) {
    if (pos_ + 4 > text_.size()) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = text_[pos_ + static_cast<std::size_t>(i)];
      out <<= 4;
      if (h >= '0' && h <= '9') {
        out |= static_cast<std::uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        out |= static_cast<std::uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        out |= static_cast<std::uint32_t>(h - 'A' + 10);
      } else {
        return false;
      }
    }
    pos_ += 4;
    return true;
  }

  bool string() {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        // Escape errors are reported at the backslash, where the bad escape starts.
        const std::size_t escape = pos_;
        ++pos_;
        if (pos_ >= text_.size()) break;
        const char e = text_[pos_];
        if (e == 'u') {
          ++pos_;
          std::uint32_t cp;
          if (!hex4(cp)) return failed_at(escape, SyntaxProblem::kInvalidJson, "invalid \\u escape (expected 4 hex digits)");
          if (cp >= 0xd800 && cp <= 0xdbff) {
            std::uint32_t low;
            if (text_.substr(pos_, 2) != "\\u" || (pos_ += 2, !hex4(low)) || low < 0xdc00 || low > 0xdfff) {
              return failed_at(escape, SyntaxProblem::kInvalidJson, "invalid \\u escape: unpaired UTF-16 surrogate");
            }
          } else if (cp >= 0xdc00 && cp <= 0xdfff) {
            return failed_at(escape, SyntaxProblem::kInvalidJson, "invalid \\u escape: unpaired UTF-16 surrogate");
          }
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          // The byte itself only when it is printable: it could be a control character or half of a UTF-8
          // sequence, which the message must not carry raw.
          const auto byte = static_cast<unsigned char>(e);
          return failed_at(escape, SyntaxProblem::kInvalidJson,
                           byte > 0x20 && byte < 0x7f ? "invalid escape sequence \\" + std::string(1, e)
                                                      : fmt::format("invalid escape sequence (byte 0x{:02x} after \\)",
                                                                    static_cast<unsigned>(byte)));
        }
        ++pos_;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        return failed(SyntaxProblem::kInvalidJson,
                      c == '\n' ? "unterminated string (newline inside a string)"
                                : fmt::format("unescaped control character 0x{:02x} in a string", static_cast<unsigned>(c)));
      }
      char32_t cp = 0;
      const std::size_t n = decode_utf8(text_, pos_, cp);
      if (n == 0) {
        return failed(SyntaxProblem::kInvalidJson,
                      fmt::format("invalid UTF-8 (byte 0x{:02x})", static_cast<unsigned char>(c)));
      }
      pos_ += n;
    }
    return failed(SyntaxProblem::kInvalidJson, "unterminated string");
  }

  bool number() {
    const std::size_t start = pos_;
    bool negative = false;
    if (text_[pos_] == '-') {
      negative = true;
      ++pos_;
    }
    auto digit_at = [&](std::size_t i) { return i < text_.size() && text_[i] >= '0' && text_[i] <= '9'; };
    if (negative && text_.substr(pos_, 8) == "Infinity") {
      pos_ = start;
      return failed(SyntaxProblem::kInvalidJson, "NaN and Infinity are not valid JSON numbers");
    }
    if (!digit_at(pos_)) return failed(SyntaxProblem::kInvalidJson, "invalid number: expected a digit");
    if (text_[pos_] == '0' && digit_at(pos_ + 1)) {
      return failed(SyntaxProblem::kInvalidJson, "invalid number: leading zeros are not allowed");
    }
    while (digit_at(pos_)) ++pos_;
    bool is_integer = true;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      is_integer = false;
      ++pos_;
      if (!digit_at(pos_)) return failed(SyntaxProblem::kInvalidJson, "invalid number: expected a digit after '.'");
      while (digit_at(pos_)) ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      is_integer = false;
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      if (!digit_at(pos_)) return failed(SyntaxProblem::kInvalidJson, "invalid number: expected a digit in the exponent");
      while (digit_at(pos_)) ++pos_;
    }
    const std::string literal(text_.substr(start, pos_ - start));
    if (is_integer) {
      // Within int64 (negative) or uint64 (positive), as simdjson accepts.
      const std::string digits = negative ? literal.substr(1) : literal;
      const std::string limit = negative ? "9223372036854775808" : "18446744073709551615";
      if (digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit)) {
        pos_ = start;
        return failed(SyntaxProblem::kNumberOutOfRange,
                      fmt::format("the integer {} does not fit in 64 bits", literal));
      }
    } else {
      errno = 0;
      const double d = std::strtod(literal.c_str(), nullptr);
      if (std::isinf(d) || errno == ERANGE) {
        if (std::isinf(d)) {
          pos_ = start;
          return failed(SyntaxProblem::kNumberOutOfRange,
                        fmt::format("the number {} is beyond the range of a double", literal));
        }
      }
    }
    return true;
  }

  std::string_view text_;
  std::size_t max_depth_;
  std::size_t pos_ = 0;
  SyntaxError error_;
};

// Walks a (valid) JSON text recording the offset of every value whose pointer is wanted.
class Locator {
 public:
  Locator(std::string_view text, const std::vector<std::string>& pointers) : text_(text) {
    for (const auto& p : pointers) {
      // Every ancestor is recorded too (fallback for pointers that name nothing), and every ancestor is a prefix we must descend into.
      std::string_view q = p;
      while (true) {
        prefixes_.insert(std::string(q));
        if (q.empty()) break;
        q = pointer_parent(q);
      }
    }
  }

  PointerLocations run() {
    std::string pointer;
    skip_ws();
    if (pos_ < text_.size()) value(pointer);
    return std::move(result_);
  }

 private:
  void skip_ws() {
    while (pos_ < text_.size() && is_ws(text_[pos_])) ++pos_;
  }

  void value(std::string& pointer) {
    skip_ws();
    if (pos_ >= text_.size()) return;
    if (!prefixes_.count(pointer)) {
      skip_value();
      return;
    }
    result_.offsets[pointer].push_back(pos_);
    const char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        return;
      }
      while (pos_ < text_.size()) {
        skip_ws();
        const std::size_t key_at = pos_;
        std::string key = read_string();
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
        const std::size_t saved = pointer.size();
        pointer += '/';
        pointer += escape_pointer_token(key);
        if (prefixes_.count(pointer)) result_.key_offsets[pointer].push_back(key_at);
        value(pointer);
        pointer.resize(saved);
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < text_.size()) ++pos_;  // '}'
        return;
      }
    } else if (c == '[') {
      ++pos_;
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ']') {
        ++pos_;
        return;
      }
      std::size_t index = 0;
      while (pos_ < text_.size()) {
        const std::size_t saved = pointer.size();
        pointer += '/';
        pointer += std::to_string(index++);
        value(pointer);
        pointer.resize(saved);
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < text_.size()) ++pos_;  // ']'
        return;
      }
    } else {
      skip_value();
    }
  }

  // Reads a string token, decoding escapes (\uXXXX to UTF-8), and leaves pos_ after it.
  std::string read_string() {
    std::string out;
    if (pos_ >= text_.size() || text_[pos_] != '"') return out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      char c = text_[pos_++];
      if (c != '\\' || pos_ >= text_.size()) {
        out += c;
        continue;
      }
      const char e = text_[pos_++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          std::uint32_t cp = parse_hex4();
          if (cp >= 0xd800 && cp <= 0xdbff && text_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            const std::uint32_t low = parse_hex4();
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          append_utf8(cp, out);
          break;
        }
        default: out += e;
      }
    }
    ++pos_;  // closing quote
    return out;
  }

  std::uint32_t parse_hex4() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4 && pos_ < text_.size(); ++i, ++pos_) {
      const char h = text_[pos_];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
    }
    return v;
  }

  static void append_utf8(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }

  // Skips one value without recording anything (iterative: no recursion on deep input).
  void skip_value() {
    std::size_t depth = 0;
    do {
      skip_ws();
      if (pos_ >= text_.size()) return;
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        ++pos_;
      } else if (c == '{' || c == '[') {
        ++depth;
        ++pos_;
      } else if (c == '}' || c == ']') {
        if (depth > 0) --depth;
        ++pos_;
      } else if (c == ',' || c == ':') {
        ++pos_;
      } else {
        while (pos_ < text_.size() && !is_ws(text_[pos_]) && text_[pos_] != ',' && text_[pos_] != '}' &&
               text_[pos_] != ']') {
          ++pos_;
        }
      }
    } while (depth > 0 && pos_ < text_.size());
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::unordered_set<std::string> prefixes_;
  PointerLocations result_;
};

}  // namespace

SyntaxError find_syntax_error(std::string_view text, std::size_t max_depth) { return Scanner(text, max_depth).run(); }

PointerLocations locate_pointers(std::string_view text, const std::vector<std::string>& pointers) {
  PointerLocations result = Locator(text, pointers).run();
  // Pointers that name nothing (e.g. a missing member) fall back to their nearest existing ancestor.
  for (const auto& p : pointers) {
    if (result.offsets.count(p)) continue;
    std::string_view q = p;
    while (!q.empty()) {
      q = pointer_parent(q);
      auto it = result.offsets.find(std::string(q));
      if (it != result.offsets.end()) {
        result.offsets[p] = it->second;
        break;
      }
    }
  }
  return result;
}

}  // namespace mlmlint
