// The configuration file (mlm-lint.json / .mlm-lint.json): rule selection, per-path ignores, file
// patterns and run settings, found by walking up from each checked file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/linter.h"

namespace mlmlint {

// The names looked for in each folder, in this order (the first one present wins).
inline constexpr std::string_view kConfigNames[] = {"mlm-lint.json", ".mlm-lint.json"};

struct Config {
  std::string path;            // as shown in messages
  std::filesystem::path dir;   // absolute, normalised: the base of every relative pattern

  std::optional<std::vector<std::string>> select;  // codes or prefixes (names resolved to codes)
  std::vector<std::string> ignore;
  std::map<std::string, std::optional<Severity>> rules;  // code -> severity; nullopt = off
  std::vector<std::pair<std::string, std::vector<std::string>>> per_file_ignores;  // glob -> codes
  std::optional<Severity> fail_on;
  std::optional<unsigned> jobs;  // 0 = all cores
  std::vector<std::string> include;  // empty = is_lintable_name() (*.json, *.geojson, *.ndjson, *.jsonl)
  std::vector<std::string> exclude;
  // "schema-map": URL (or URL prefix ending in "/") -> file (or folder), relative paths made absolute
  // against `dir`. Like --schema-map, whose mappings win over these.
  std::vector<std::pair<std::string, std::string>> schema_map;
  // "max-file-size" (bytes, or "64M"-style) and "max-depth": as --max-file-size / --max-depth.
  std::optional<std::size_t> max_file_size;
  std::optional<std::size_t> max_depth;

  // `file` relative to `dir`, '/'-separated ("../x.json" for a file outside it).
  std::string relative(const std::string& file) const;
  // Whether to check `file`. Excluded files are never checked; files found in a folder must also
  // match `include` (default: is_lintable_name()); files named on the command line need not.
  bool wants(const std::string& file, bool named) const;
  // The codes per-file-ignores turns off for `file`, in file order.
  std::vector<std::string> ignores_for(const std::string& file) const;
};

// Parses the text of a configuration file. On error returns nullopt and sets `error` to
// "PATH:LINE:COL: POINTER: what is wrong".
std::optional<Config> parse_config(std::string display_path, std::filesystem::path dir, std::string_view text,
                                   std::string& error);
// Reads and parses a configuration file.
std::optional<Config> load_config(const std::string& path, std::string& error);

// A code, prefix or rule name as the configuration and the command line accept it, in any case ("MLM1",
// "mlm102", "invalid-accelerator" -> "MLM102"; pipeline codes such as MLM902 too); nullopt if it names
// nothing (a prefix no code starts with, such as MLM8). `exact`: a whole code or name, not a prefix.
std::optional<std::string> normalize_code(std::string_view text, bool exact);
// The code or name `text` is most plausibly a typo of ("MLM1O2" -> "MLM102"); empty if none.
std::string_view suggest_code(std::string_view text);
// "did you mean 'MLM102'? see `mlm-lint rules`", or "see `mlm-lint rules`": the tail of an unknown-code error.
std::string unknown_code_hint(std::string_view text);

// A size in bytes as --max-file-size and "max-file-size" accept it: digits, optionally followed by K, M or G
// (KiB, MiB, GiB: powers of 1024). nullopt if malformed or beyond std::size_t.
std::optional<std::size_t> parse_byte_size(std::string_view text);

// Turns `codes` off in `selection` whatever else says (per-file-ignores): adds them to the ignore list
// and switches off explicit severities they cover.
void ignore_codes(RuleSelection& selection, const std::vector<std::string>& codes);

// Finds the configuration of each file: the nearest mlm-lint.json / .mlm-lint.json in its folder or
// a parent (one look-up per folder), a fixed file (--config) or none (--isolated).
class ConfigResolver {
 public:
  static ConfigResolver discovering();
  static ConfigResolver isolated();
  // Loads `path` now; returns nullopt (with `error`) if it cannot be read or is invalid.
  static std::optional<ConfigResolver> fixed(const std::string& path, std::string& error);

  // The configuration of a file, or of a folder's files when `is_dir`; nullptr if none applies or
  // on error (then `error` is set). "-" (stdin) uses the current folder.
  const Config* lookup(const std::string& path, bool is_dir, std::string& error);

 private:
  enum class Mode { kDiscover, kFixed, kNone };
  explicit ConfigResolver(Mode mode) : mode_(mode) {}
  const Config* in_folder(const std::filesystem::path& dir, std::string& error);

  Mode mode_;
  std::shared_ptr<const Config> fixed_;
  std::map<std::filesystem::path, std::shared_ptr<const Config>> by_folder_;  // nullptr: none
};

}  // namespace mlmlint
