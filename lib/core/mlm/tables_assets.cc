#include "mlmlint/core/tables_assets.h"

#include <algorithm>

#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint {

bool is_mlm_role(std::string_view role) {
  return std::find(kMlmRoles.begin(), kMlmRoles.end(), role) != kMlmRoles.end();
}

bool is_model_sub_role(std::string_view role) {
  return std::find(kModelSubRoles.begin(), kModelSubRoles.end(), role) != kModelSubRoles.end();
}

namespace {

bool is_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// RFC 6838 restricted-name characters, as in the §2.10 grammar: [A-Za-z0-9!#$&^_.+-].
bool is_token_char(char c) {
  if (is_alnum(c)) return true;
  switch (c) {
    case '!': case '#': case '$': case '&': case '^': case '_': case '.': case '+': case '-': return true;
    default: return false;
  }
}

// ECMAScript \s restricted to ASCII (the grammar is applied to bytes).
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

class MediaTypeParser {
 public:
  explicit MediaTypeParser(std::string_view text) : text_(text) {}

  ParsedMediaType parse() {
    if (text_.empty()) return fail(MediaTypeProblem::kEmpty, 0, {});
    if (is_space(text_[0])) return fail(MediaTypeProblem::kLeadingWhitespace, 0, {});
    // type
    if (!name(result_.type)) return invalid_at(pos_);
    // "/"
    if (at_end()) return fail(MediaTypeProblem::kMissingSlash, pos_, {});
    if (text_[pos_] != '/') {
      const std::size_t after_space = skip_space(pos_);
      if (after_space > pos_ && after_space < text_.size() && text_[after_space] == '/') {
        return fail(MediaTypeProblem::kWhitespaceAroundSlash, pos_, {});
      }
      return invalid_at(pos_);
    }
    ++pos_;
    // subtype
    if (at_end()) return fail(MediaTypeProblem::kMissingSubtype, pos_, {});
    if (is_space(text_[pos_])) return fail(MediaTypeProblem::kWhitespaceAroundSlash, pos_, {});
    if (!name(result_.subtype)) return invalid_at(pos_);
    // parameters
    for (;;) {
      pos_ = skip_space(pos_);
      if (at_end()) return result_;
      if (text_[pos_] != ';') return invalid_at(pos_);
      const std::size_t semicolon = pos_;
      pos_ = skip_space(pos_ + 1);
      if (at_end()) return fail(MediaTypeProblem::kTrailingSemicolon, semicolon, {});
      const std::size_t name_start = pos_;
      while (!at_end() && is_token_char(text_[pos_])) ++pos_;
      const std::string_view parameter_name = text_.substr(name_start, pos_ - name_start);
      if (at_end() || text_[pos_] != '=') {
        // Without "=": report the whole parameter text up to the next ';' unless it has an '=' later
        // (then the problem is a stray character inside the name).
        const std::size_t end = std::min(text_.find(';', name_start), text_.size());
        const std::string_view parameter = trim(text_.substr(name_start, end - name_start));
        if (parameter.find('=') == std::string_view::npos && !parameter.empty()) {
          return fail(MediaTypeProblem::kParameterWithoutValue, name_start, parameter);
        }
        if (parameter_name.empty() && !at_end() && text_[pos_] == ';') {
          return fail(MediaTypeProblem::kTrailingSemicolon, semicolon, {});
        }
        return invalid_at(pos_);
      }
      if (parameter_name.empty()) return invalid_at(pos_);
      ++pos_;  // '='
      std::string_view value;
      if (!at_end() && text_[pos_] == '"') {
        const std::size_t close = text_.find('"', pos_ + 1);
        if (close == std::string_view::npos) {
          return fail(MediaTypeProblem::kUnterminatedQuote, pos_, parameter_name);
        }
        value = text_.substr(pos_ + 1, close - pos_ - 1);
        pos_ = close + 1;
      } else {
        const std::size_t value_start = pos_;
        while (!at_end() && is_token_char(text_[pos_])) ++pos_;
        if (pos_ == value_start) {
          if (at_end() || text_[pos_] == ';' || is_space(text_[pos_])) {
            return fail(MediaTypeProblem::kEmptyParameterValue, value_start, parameter_name);
          }
          return invalid_at(pos_);
        }
        value = text_.substr(value_start, pos_ - value_start);
      }
      result_.parameters.push_back({parameter_name, value});
    }
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }

  std::size_t skip_space(std::size_t from) const {
    while (from < text_.size() && is_space(text_[from])) ++from;
    return from;
  }

  // [A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*
  bool name(std::string_view& out) {
    if (at_end() || !is_alnum(text_[pos_])) return false;
    const std::size_t start = pos_;
    while (!at_end() && is_token_char(text_[pos_])) ++pos_;
    out = text_.substr(start, pos_ - start);
    return true;
  }

  ParsedMediaType invalid_at(std::size_t position) {
    if (position >= text_.size()) return fail(MediaTypeProblem::kMissingSubtype, position, {});
    return fail(MediaTypeProblem::kInvalidCharacter, position, text_.substr(position, 1));
  }

  ParsedMediaType fail(MediaTypeProblem problem, std::size_t position, std::string_view detail) {
    ParsedMediaType out;
    out.problem = problem;
    out.position = position;
    out.detail = detail;
    return out;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  ParsedMediaType result_;
};

constexpr std::array<std::string_view, 5> kUnsuitableTypes = {
    "text/html", "text/plain", "text/markdown", "application/json", "application/geo+json",
};
constexpr std::array<std::string_view, 3> kArchiveTypes = {"application/zip", "application/gzip", "application/x-tar"};
constexpr std::array<std::string_view, 10> kCustomKeywords = {
    "pytorch", "torch", "tensorflow", "keras", "onnx", "safetensors", "pickle", "jax", "flax", "paddle",
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view value) {
  return std::find(table.begin(), table.end(), value) != table.end();
}

}  // namespace

std::optional<std::string_view> ParsedMediaType::parameter(std::string_view name) const {
  for (const auto& p : parameters) {
    if (iequals(p.name, name)) return p.value;
  }
  return std::nullopt;
}

ParsedMediaType parse_media_type(std::string_view text) { return MediaTypeParser(text).parse(); }

std::string media_type_essence(std::string_view text) {
  return ascii_lower(trim(text.substr(0, text.find(';'))));
}

std::optional<std::string_view> custom_media_type_keyword(std::string_view essence) {
  const std::size_t slash = essence.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string subtype = ascii_lower(essence.substr(slash + 1));
  // "pytorch" before "torch" so that the more specific keyword is reported.
  for (std::string_view keyword : kCustomKeywords) {
    if (subtype.find(keyword) != std::string::npos) return keyword;
  }
  return std::nullopt;
}

ModelMediaTypeKind classify_model_media_type(std::string_view essence) {
  if (essence == "application/octet-stream") return ModelMediaTypeKind::kRecommended;
  if (contains(kArchiveTypes, essence)) return ModelMediaTypeKind::kArchive;
  if (contains(kUnsuitableTypes, essence) || essence.substr(0, 6) == "image/") return ModelMediaTypeKind::kUnsuitable;
  if (custom_media_type_keyword(essence)) return ModelMediaTypeKind::kCustomFramework;
  return ModelMediaTypeKind::kOther;
}

}  // namespace mlmlint
