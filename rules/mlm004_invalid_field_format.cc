// MLM004: format constraints whose raw schema errors are bare regular expressions (mlm:name,
// mlm:framework, mlm:framework_version, dim_order entries, mlm:hyperparameters keys), restated in words.
#include <cctype>
#include <unordered_map>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/mlm_fields.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint::rules {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// SemVer 2.0.0 numeric identifier: 0 or no leading zero.
bool numeric_identifier(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return s.size() == 1 || s.front() != '0';
}

bool identifier_chars(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_alnum(c) && c != '-') return false;
  }
  return true;
}

template <typename Pred>
bool dot_separated(std::string_view s, Pred ok) {
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = s.find('.', start);
    if (!ok(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start))) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

bool valid_semver(std::string_view s) {
  const std::size_t plus = s.find('+');
  if (plus != std::string_view::npos) {
    if (!dot_separated(s.substr(plus + 1), identifier_chars)) return false;
    s = s.substr(0, plus);
  }
  const std::size_t dash = s.find('-');
  if (dash != std::string_view::npos) {
    auto pre_ok = [](std::string_view id) {
      if (!identifier_chars(id)) return false;
      bool all_digits = true;
      for (char c : id) all_digits = all_digits && is_digit(c);
      return !all_digits || numeric_identifier(id);
    };
    if (!dot_separated(s.substr(dash + 1), pre_ok)) return false;
    s = s.substr(0, dash);
  }
  int parts = 0;
  bool ok = dot_separated(s, [&](std::string_view p) {
    ++parts;
    return numeric_identifier(p);
  });
  return ok && parts == 3;
}

// A valid version close to `text` ("2.1" -> "2.1.0", "v2.1.0" -> "2.1.0"), if one is obvious.
std::optional<std::string> semver_example(std::string_view text) {
  if (!text.empty() && (text.front() == 'v' || text.front() == 'V')) text.remove_prefix(1);
  std::vector<std::string> numbers;
  std::size_t i = 0;
  while (numbers.size() < 3 && i < text.size() && is_digit(text[i])) {
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    std::string_view digits = text.substr(i, j - i);
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    numbers.emplace_back(digits);
    i = j;
    if (i < text.size() && text[i] == '.' && i + 1 < text.size() && is_digit(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  if (numbers.empty()) return std::nullopt;
  while (numbers.size() < 3) numbers.emplace_back("0");
  std::string candidate = numbers[0] + "." + numbers[1] + "." + numbers[2];
  if (i < text.size()) candidate += text.substr(i);
  if (valid_semver(candidate)) return candidate;
  return std::nullopt;
}

// ^[a-z-_]+$
bool valid_dimension_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_')) return false;
  }
  return true;
}

// ^[0-9a-zA-Z_.-]+$
bool valid_hyperparameter_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_alnum(c) && c != '_' && c != '.' && c != '-') return false;
  }
  return true;
}

void check_name(const RuleContext&, element value, const std::string& pointer, RuleSink& sink) {
  auto s = as_string(value);
  if (!s || is_valid_mlm_name(*s)) return;
  sink.report(pointer, fmt::format("mlm:name {} must start with a letter, end with a letter or digit, be at least 3 "
                                   "characters long and contain only letters, digits, whitespace, \"_\", \".\" and "
                                   "\"-\".",
                                   quote(*s)));
}

void check_framework(const RuleContext& ctx, element value, const std::string& pointer, RuleSink& sink) {
  auto s = as_string(value);
  if (!s) return;
  if (s->empty()) {
    sink.report(pointer, "mlm:framework is an empty string; name the framework (e.g. \"PyTorch\").");
    return;
  }
  // The free-text pattern exists since v1.1.0; v1.0.0 only required a non-empty string.
  if (ctx.mlm.version < Version{1, 1, 0}) return;
  for (auto canonical : kCanonicalFrameworks) {
    if (*s == canonical) return;
  }
  if (is_valid_framework_text(*s)) return;
  sink.report(pointer, fmt::format("mlm:framework {} must not start or end with whitespace, \".\", \"_\" or \"-\" and "
                                   "must be a single line.",
                                   quote(*s)));
}

void check_framework_version(const RuleContext&, element value, const std::string& pointer, RuleSink& sink) {
  auto s = as_string(value);
  if (!s || valid_semver(*s)) return;
  std::string message =
      fmt::format("{} is not a full semantic version (MAJOR.MINOR.PATCH[-pre][+build])", quote(*s));
  if (auto example = semver_example(*s)) {
    message += fmt::format("; e.g. {}.", quote(*example));
  } else {
    message += ".";
  }
  sink.report(pointer, std::move(message));
}

void check_hyperparameters(const RuleContext&, element value, const std::string& pointer, RuleSink& sink) {
  auto obj = as_object(value);
  if (!obj) return;
  if (obj->size() == 0) {
    sink.report(pointer, "mlm:hyperparameters is an empty object; list at least one hyperparameter or remove the "
                         "field.");
    return;
  }
  for (const auto& e : object_entries(value, pointer)) {
    if (valid_hyperparameter_name(e.key)) continue;
    sink.report(e.pointer, fmt::format("hyperparameter name {} may only contain letters, digits, \"_\", \".\" and "
                                       "\"-\".",
                                       quote(e.key)));
  }
}

void check_dim_order(element structure, const std::string& structure_pointer, RuleSink& sink) {
  auto dim_order = member(structure, "dim_order");
  if (!dim_order) return;
  std::unordered_map<std::string_view, std::size_t> first_index;
  for (const auto& e : array_entries(*dim_order, pointer_append(structure_pointer, "dim_order"))) {
    auto s = as_string(e.value);
    if (!s) continue;
    if (!valid_dimension_name(*s)) {
      std::string lowered;
      for (char c : *s) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string message = fmt::format("dimension name {} may only contain lower-case letters, \"-\" and \"_\"",
                                        quote(*s));
      if (valid_dimension_name(lowered)) {
        message += fmt::format("; use {}.", quote(lowered));
      } else {
        message += " (no digits or spaces).";
      }
      sink.report(e.pointer, std::move(message));
    }
    auto [it, inserted] = first_index.emplace(*s, e.index);
    if (!inserted) {
      sink.report(e.pointer, fmt::format("dimension name {} appears more than once in dim_order (first at index "
                                         "{}); dimension names must be unique.",
                                         quote(*s), it->second));
    }
  }
}

using FieldCheck = void (*)(const RuleContext&, element, const std::string&, RuleSink&);
struct FieldRule {
  std::string_view key;
  FieldCheck check;
};
constexpr FieldRule kFieldRules[] = {
    {"mlm:name", &check_name},
    {"mlm:framework", &check_framework},
    {"mlm:framework_version", &check_framework_version},
    {"mlm:hyperparameters", &check_hyperparameters},
};

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& obj : mlm_objects(ctx)) {
    // Links only name models; summaries hold lists of values, not the fields themselves.
    if (obj.kind == MlmObjectKind::kItemLink || obj.kind == MlmObjectKind::kCollectionSummaries) continue;
    for (const auto& rule : kFieldRules) {
      if (auto value = member(obj.value, rule.key)) {
        rule.check(ctx, *value, pointer_append(obj.pointer, rule.key), sink);
      }
    }
  }
  for (const auto& input : mlm_inputs(ctx)) {
    if (auto s = member(input.value, "input")) check_dim_order(*s, pointer_append(input.pointer, "input"), sink);
  }
  for (const auto& output : mlm_outputs(ctx)) {
    if (auto s = member(output.value, "result")) check_dim_order(*s, pointer_append(output.pointer, "result"), sink);
  }
}

const RuleInfo kMlm004 = {
    .code = "MLM004",
    .name = "invalid-field-format",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "mlm:name, mlm:framework, mlm:framework_version, dim_order and hyperparameter names are well-formed",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
