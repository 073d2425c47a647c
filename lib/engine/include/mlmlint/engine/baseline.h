// Baselines: record today's findings (--write-baseline) and report only new ones (--baseline), so
// that a large catalogue can adopt mlm-lint without fixing everything first.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "mlmlint/core/diagnostic.h"

namespace mlmlint {

class Baseline {
 public:
  // A finding is identified by its file, code, JSON pointer and a hash of its message: not by line and
  // column, so that edits elsewhere in a file do not turn recorded findings into new ones.
  struct Key {
    std::string path;  // relative to the baseline file's folder, '/'-separated
    std::string code;
    std::string pointer;
    std::string message_hash;
    auto operator<=>(const Key&) const = default;
  };

  // An empty baseline whose paths are relative to the folder of `baseline_path`.
  explicit Baseline(const std::string& baseline_path);

  // Reads a baseline file; nullopt (with `error`) if it cannot be read or is malformed.
  static std::optional<Baseline> load(const std::string& path, std::string& error);

  void add(const FileReport& report);
  // Removes the findings of `report` recorded in the baseline (each recorded finding suppresses one
  // occurrence) and returns how many it removed.
  std::size_t suppress(FileReport& report);
  // Writes the baseline as JSON, sorted, one finding per line (readable diffs).
  bool write(const std::string& path, std::string& error) const;

  std::size_t size() const;
  Key key(const std::string& file, const Diagnostic& diagnostic) const;

 private:
  std::filesystem::path dir_;
  std::map<Key, std::size_t> counts_;
};

// The hash stored for a message: FNV-1a 64, 16 hex digits (stable across platforms and runs).
std::string message_hash(std::string_view message);

}  // namespace mlmlint
