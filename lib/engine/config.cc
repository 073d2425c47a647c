#include "mlmlint/engine/config.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/json_scan.h"
#include "mlmlint/engine/discover.h"
#include "mlmlint/engine/glob.h"
#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/edit_distance.h"
#include "mlmlint/core/json_text.h"
#include "mlmlint/rules/registry.h"

namespace mlmlint {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxConfigSize = 1u << 20;
constexpr unsigned kMaxJobs = 1024;
constexpr std::string_view kKeys =
    "select, ignore, rules, per-file-ignores, fail-on, jobs, include, exclude, schema-map, max-file-size, "
    "max-depth";

// Paths in messages: relative to the current folder when the file is below it (stable in tests and
// short), absolute otherwise.
std::string display_path(const fs::path& absolute) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (!ec) {
    const fs::path rel = absolute.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  }
  return absolute.generic_string();
}

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) a = p;
  return a.lexically_normal();
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class ConfigParser {
 public:
  ConfigParser(std::string display_path, fs::path dir, std::string_view text, std::string& error)
      : text_(text), error_(error) {
    config_.path = std::move(display_path);
    config_.dir = std::move(dir);
  }

  std::optional<Config> run() {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (text_.size() > kMaxConfigSize) {
      error_ = fmt::format("{}: the file is larger than {} bytes", config_.path, kMaxConfigSize);
      return std::nullopt;
    }
    if (parser.parse(text_.data(), text_.size()).get(root) != simdjson::SUCCESS) {
      const SyntaxError syntax = find_syntax_error(text_, 64);
      const LineColumn lc = line_column_at(text_, syntax.offset);
      error_ = fmt::format("{}:{}:{}: invalid JSON: {}", config_.path, lc.line, lc.column,
                           syntax.message.empty() ? "cannot be parsed" : syntax.message);
      return std::nullopt;
    }
    simdjson::dom::object object;
    if (root.get(object) != simdjson::SUCCESS) return fail("", "expected an object with the keys " + std::string(kKeys));
    std::set<std::string_view> seen;
    for (auto [key, value] : object) {
      const std::string pointer = "/" + escape_pointer_token(key);
      if (!seen.insert(key).second) {
        return fail(pointer, fmt::format("the key \"{}\" appears twice", key), true, true);
      }
      bool ok = true;
      if (key == "select") {
        std::vector<std::string> codes;
        ok = codes_value(value, pointer, codes);
        config_.select = std::move(codes);
      } else if (key == "ignore") {
        ok = codes_value(value, pointer, config_.ignore);
      } else if (key == "rules") {
        ok = rules_value(value, pointer);
      } else if (key == "per-file-ignores") {
        ok = per_file_ignores_value(value, pointer);
      } else if (key == "fail-on") {
        ok = fail_on_value(value, pointer);
      } else if (key == "jobs") {
        ok = jobs_value(value, pointer);
      } else if (key == "include") {
        ok = patterns_value(value, pointer, config_.include);
      } else if (key == "exclude") {
        ok = patterns_value(value, pointer, config_.exclude);
      } else if (key == "schema-map") {
        ok = schema_map_value(value, pointer);
      } else if (key == "max-file-size") {
        ok = max_file_size_value(value, pointer);
      } else if (key == "max-depth") {
        ok = max_depth_value(value, pointer);
      } else {
        return fail(pointer, fmt::format("unknown key \"{}\"; the keys are {}", key, kKeys), true);
      }
      if (!ok) return std::nullopt;
    }
    return std::move(config_);
  }

 private:
  // Sets the error ("PATH:LINE:COL: POINTER: message") and returns nullopt / false.
  // `at_key`: point at the key rather than its value; `last`: at the last occurrence of a repeated key.
  std::nullopt_t fail(const std::string& pointer, std::string_view message, bool at_key = false, bool last = false) {
    std::size_t offset = 0;
    const PointerLocations locations = locate_pointers(text_, {pointer});
    if (auto it = locations.offsets.find(pointer); it != locations.offsets.end() && !it->second.empty()) {
      offset = last ? it->second.back() : it->second.front();
      if (at_key) offset = key_offset(offset);
    }
    const LineColumn lc = line_column_at(text_, offset);
    error_ = fmt::format("{}:{}:{}: {}: {}", config_.path, lc.line, lc.column, pointer.empty() ? "(root)" : pointer,
                         message);
    return std::nullopt;
  }

  // The opening quote of the key whose value starts at `value_offset` (or the value itself if the text
  // does not look as expected): "unknown key" should point at the key.
  std::size_t key_offset(std::size_t value_offset) const {
    std::size_t i = value_offset;
    while (i > 0 && is_ws(text_[i - 1])) --i;
    if (i == 0 || text_[i - 1] != ':') return value_offset;
    --i;
    while (i > 0 && is_ws(text_[i - 1])) --i;
    if (i == 0 || text_[i - 1] != '"') return value_offset;
    --i;  // the closing quote
    while (i > 0) {
      --i;
      if (text_[i] == '"') {
        std::size_t backslashes = 0;
        while (i >= backslashes + 1 && text_[i - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return i;
      }
    }
    return value_offset;
  }

  static std::string_view type_name(simdjson::dom::element value) {
    switch (value.type()) {
      case simdjson::dom::element_type::ARRAY: return "an array";
      case simdjson::dom::element_type::OBJECT: return "an object";
      case simdjson::dom::element_type::STRING: return "a string";
      case simdjson::dom::element_type::BOOL: return "a boolean";
      case simdjson::dom::element_type::NULL_VALUE: return "null";
      default: return "a number";
    }
  }

  bool strings_value(simdjson::dom::element value, const std::string& pointer, std::string_view what,
                     std::vector<std::pair<std::string, std::string>>& out) {
    simdjson::dom::array array;
    if (value.get(array) != simdjson::SUCCESS) {
      fail(pointer, fmt::format("expected an array of {}, got {}", what, type_name(value)));
      return false;
    }
    std::size_t index = 0;
    for (auto item : array) {
      const std::string item_pointer = pointer_append(pointer, index++);
      std::string_view text;
      if (item.get(text) != simdjson::SUCCESS) {
        fail(item_pointer, fmt::format("expected {}, got {}", what, type_name(item)));
        return false;
      }
      out.emplace_back(item_pointer, std::string(text));
    }
    return true;
  }

  bool codes_value(simdjson::dom::element value, const std::string& pointer, std::vector<std::string>& codes) {
    std::vector<std::pair<std::string, std::string>> items;
    if (!strings_value(value, pointer, "rule codes, prefixes or names", items)) return false;
    for (const auto& [item_pointer, text] : items) {
      auto code = normalize_code(text, false);
      if (!code) {
        fail(item_pointer, fmt::format("unknown rule code, prefix or name {} ({})", json_quote(text),
                                       unknown_code_hint(text)));
        return false;
      }
      codes.push_back(std::move(*code));
    }
    return true;
  }

  bool rules_value(simdjson::dom::element value, const std::string& pointer) {
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS) {
      fail(pointer, fmt::format("expected an object of rule code -> \"error\", \"warning\", \"info\" or \"off\", got {}",
                                type_name(value)));
      return false;
    }
    for (auto [key, level] : object) {
      const std::string item_pointer = pointer_append(pointer, key);
      auto code = normalize_code(key, true);
      if (!code) {
        fail(item_pointer,
             fmt::format("unknown rule {} (a code such as MLM703 or a name; {})", json_quote(key), unknown_code_hint(key)),
             true);
        return false;
      }
      std::string_view text;
      std::optional<Severity> severity;
      const bool is_string = level.get(text) == simdjson::SUCCESS;
      if (is_string && text != "off") severity = parse_severity(text);
      if (!is_string || (text != "off" && !severity)) {
        fail(item_pointer, fmt::format("expected \"error\", \"warning\", \"info\" or \"off\", got {}",
                                       is_string ? json_quote(text) : std::string(type_name(level))));
        return false;
      }
      config_.rules[*code] = severity;
    }
    return true;
  }

  bool schema_map_value(simdjson::dom::element value, const std::string& pointer) {
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS) {
      fail(pointer, fmt::format("expected an object of schema URL -> local file or folder, got {}", type_name(value)));
      return false;
    }
    for (auto [url, target] : object) {
      const std::string item_pointer = pointer_append(pointer, url);
      std::string_view path;
      if (url.empty()) {
        fail(item_pointer, "the schema URL is empty", true);
        return false;
      }
      if (target.get(path) != simdjson::SUCCESS || path.empty()) {
        fail(item_pointer, fmt::format("expected a file or folder path (a non-empty string), got {}",
                                       target.is_string() ? std::string("\"\"") : std::string(type_name(target))));
        return false;
      }
      // A folder mapping ("URL/" -> "dir/") keeps its trailing "/" after being made absolute.
      std::string absolute = (config_.dir / std::filesystem::path(path)).lexically_normal().string();
      if (path.back() == '/' && (absolute.empty() || absolute.back() != '/')) absolute += '/';
      config_.schema_map.emplace_back(std::string(url), std::move(absolute));
    }
    return true;
  }

  bool per_file_ignores_value(simdjson::dom::element value, const std::string& pointer) {
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS) {
      fail(pointer, fmt::format("expected an object of path pattern -> array of codes, got {}", type_name(value)));
      return false;
    }
    for (auto [key, codes_element] : object) {
      const std::string item_pointer = pointer_append(pointer, key);
      if (key.empty()) {
        fail(item_pointer, "the path pattern is empty", true);
        return false;
      }
      std::vector<std::string> codes;
      if (!codes_value(codes_element, item_pointer, codes)) return false;
      config_.per_file_ignores.emplace_back(std::string(key), std::move(codes));
    }
    return true;
  }

  bool fail_on_value(simdjson::dom::element value, const std::string& pointer) {
    std::string_view text;
    const bool is_string = value.get(text) == simdjson::SUCCESS;
    if (is_string) config_.fail_on = parse_severity(text);
    if (!config_.fail_on) {
      fail(pointer, fmt::format("expected \"error\", \"warning\" or \"info\", got {}",
                                is_string ? json_quote(text) : std::string(type_name(value))));
      return false;
    }
    return true;
  }

  bool jobs_value(simdjson::dom::element value, const std::string& pointer) {
    std::int64_t jobs = 0;
    if (value.get(jobs) != simdjson::SUCCESS || jobs < 0 || jobs > kMaxJobs) {
      fail(pointer, fmt::format("expected a whole number from 0 (all cores) to {}, got {}", kMaxJobs,
                                simdjson::to_string(value)));
      return false;
    }
    config_.jobs = static_cast<unsigned>(jobs);
    return true;
  }

  bool max_file_size_value(simdjson::dom::element value, const std::string& pointer) {
    std::uint64_t bytes = 0;
    std::string_view text;
    std::optional<std::size_t> size;
    if (value.get(bytes) == simdjson::SUCCESS) size = static_cast<std::size_t>(bytes);
    else if (value.get(text) == simdjson::SUCCESS) size = parse_byte_size(text);
    if (!size || *size == 0 || *size > kMaxFileSizeLimit) {
      fail(pointer, fmt::format("expected a size in bytes from 1 to {} (a number, or a string such as \"64M\"), got {}",
                                kMaxFileSizeLimit, simdjson::to_string(value)));
      return false;
    }
    config_.max_file_size = *size;
    return true;
  }

  bool max_depth_value(simdjson::dom::element value, const std::string& pointer) {
    std::uint64_t depth = 0;
    if (value.get(depth) != simdjson::SUCCESS || depth == 0 || depth > kMaxDepthLimit) {
      fail(pointer,
           fmt::format("expected a whole number from 1 to {}, got {}", kMaxDepthLimit, simdjson::to_string(value)));
      return false;
    }
    config_.max_depth = static_cast<std::size_t>(depth);
    return true;
  }

  bool patterns_value(simdjson::dom::element value, const std::string& pointer, std::vector<std::string>& out) {
    std::vector<std::pair<std::string, std::string>> items;
    if (!strings_value(value, pointer, "path patterns", items)) return false;
    for (auto& [item_pointer, text] : items) {
      if (text.empty()) {
        fail(item_pointer, "the path pattern is empty");
        return false;
      }
      out.push_back(std::move(text));
    }
    return true;
  }

  std::string_view text_;
  std::string& error_;
  Config config_;
};

bool matches_any(const std::vector<std::string>& patterns, const std::string& relative) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return path_matches(p, relative); });
}

}  // namespace

std::optional<std::string> normalize_code(std::string_view text, bool exact) {
  if (const RuleInfo* rule = find_rule(text)) return std::string(rule->code);
  if (const PipelineCode* pipeline = find_pipeline_code(text)) return std::string(pipeline->code);
  if (exact) return std::nullopt;
  // A prefix: "MLM" and up to two digits, in any case, that some rule or pipeline code starts with.
  if (text.size() < 3 || text.size() > 5) return std::nullopt;
  std::string prefix(text);
  for (auto& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (prefix.substr(0, 3) != "MLM") return std::nullopt;
  if (!std::all_of(prefix.begin() + 3, prefix.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  auto starts = [&](std::string_view code) { return code.substr(0, prefix.size()) == prefix; };
  const auto rules = all_rules();
  const bool known = std::any_of(rules.begin(), rules.end(), [&](const RuleInfo* r) { return starts(r->code); }) ||
                     std::any_of(std::begin(kPipelineCodes), std::end(kPipelineCodes),
                                 [&](const PipelineCode* p) { return starts(p->code); });
  if (!known) return std::nullopt;
  return prefix;
}

std::string_view suggest_code(std::string_view text) {
  std::vector<std::string_view> candidates;
  for (const RuleInfo* rule : all_rules()) {
    candidates.push_back(rule->code);
    candidates.push_back(rule->name);
  }
  for (const PipelineCode* p : kPipelineCodes) {
    candidates.push_back(p->code);
    candidates.push_back(p->name);
  }
  return closest_match(text, candidates);
}

std::string unknown_code_hint(std::string_view text) {
  const std::string_view suggestion = suggest_code(text);
  return suggestion.empty() ? std::string("see `mlm-lint rules`")
                            : fmt::format("did you mean '{}'? see `mlm-lint rules`", suggestion);
}

std::optional<std::size_t> parse_byte_size(std::string_view text) {
  std::size_t digits = 0;
  std::size_t value = 0;
  for (; digits < text.size() && text[digits] >= '0' && text[digits] <= '9'; ++digits) {
    const auto digit = static_cast<std::size_t>(text[digits] - '0');
    if (value > (SIZE_MAX - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  if (digits == 0) return std::nullopt;
  std::string_view unit = text.substr(digits);
  if (unit.empty()) return value;
  if (unit.size() == 3 && unit.substr(1) == "iB") unit = unit.substr(0, 1);
  int shift = 0;
  if (unit == "K") shift = 10;
  else if (unit == "M") shift = 20;
  else if (unit == "G") shift = 30;
  else return std::nullopt;
  if (value > (SIZE_MAX >> shift)) return std::nullopt;
  return value << shift;
}

void ignore_codes(RuleSelection& selection, const std::vector<std::string>& codes) {
  for (const auto& code : codes) {
    selection.ignore.push_back(code);
    // RuleSelection lets an explicit severity win over ignore; a per-file ignore must win over both.
    for (auto& [key, severity] : selection.severity) {
      if (key.rfind(code, 0) == 0) severity = std::nullopt;
    }
  }
}

std::string Config::relative(const std::string& file) const {
  return absolute_normal(file).lexically_relative(dir).generic_string();
}

bool Config::wants(const std::string& file, bool named) const {
  const std::string rel = relative(file);
  if (matches_any(exclude, rel)) return false;
  if (named) return true;
  if (include.empty()) return is_lintable_name(file);
  return matches_any(include, rel);
}

std::vector<std::string> Config::ignores_for(const std::string& file) const {
  std::vector<std::string> codes;
  if (per_file_ignores.empty()) return codes;
  const std::string rel = relative(file);
  for (const auto& [pattern, pattern_codes] : per_file_ignores) {
    if (path_matches(pattern, rel)) codes.insert(codes.end(), pattern_codes.begin(), pattern_codes.end());
  }
  return codes;
}

std::optional<Config> parse_config(std::string display_path, fs::path dir, std::string_view text, std::string& error) {
  return ConfigParser(std::move(display_path), std::move(dir), text, error).run();
}

std::optional<Config> load_config(const std::string& path, std::string& error) {
  const fs::path absolute = absolute_normal(path);
  const std::string shown = display_path(absolute);
  std::error_code ec;
  if (!fs::is_regular_file(absolute, ec)) {
    error = fmt::format("{}: cannot read the configuration file: {}", shown,
                        fs::exists(absolute, ec) ? "not a regular file" : "no such file");
    return std::nullopt;
  }
  std::ifstream in(absolute, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    error = fmt::format("{}: cannot read the configuration file", shown);
    return std::nullopt;
  }
  return parse_config(shown, absolute.parent_path(), buffer.str(), error);
}

ConfigResolver ConfigResolver::discovering() { return ConfigResolver(Mode::kDiscover); }
ConfigResolver ConfigResolver::isolated() { return ConfigResolver(Mode::kNone); }

std::optional<ConfigResolver> ConfigResolver::fixed(const std::string& path, std::string& error) {
  auto config = load_config(path, error);
  if (!config) return std::nullopt;
  ConfigResolver resolver(Mode::kFixed);
  resolver.fixed_ = std::make_shared<const Config>(std::move(*config));
  return resolver;
}

const Config* ConfigResolver::lookup(const std::string& path, bool is_dir, std::string& error) {
  switch (mode_) {
    case Mode::kNone: return nullptr;
    case Mode::kFixed: return fixed_.get();
    case Mode::kDiscover: break;
  }
  if (path == "-") return in_folder(absolute_normal(fs::path(".")), error);
  const fs::path absolute = absolute_normal(path);
  return in_folder(is_dir ? absolute : absolute.parent_path(), error);
}

const Config* ConfigResolver::in_folder(const fs::path& dir, std::string& error) {
  if (auto it = by_folder_.find(dir); it != by_folder_.end()) return it->second.get();
  std::shared_ptr<const Config> found;
  bool here = false;
  for (const std::string_view name : kConfigNames) {
    std::error_code ec;
    const fs::path candidate = dir / name;
    if (!fs::is_regular_file(candidate, ec)) continue;
    auto config = load_config(candidate.string(), error);
    if (!config) return nullptr;
    found = std::make_shared<const Config>(std::move(*config));
    here = true;
    break;
  }
  if (!here && dir.has_parent_path() && dir.parent_path() != dir) {
    const Config* parent = in_folder(dir.parent_path(), error);
    if (!error.empty()) return nullptr;
    if (parent) found = by_folder_[dir.parent_path()];
  }
  by_folder_[dir] = found;
  return found.get();
}

}  // namespace mlmlint
