// Files embedded into the binary at build time (scripts/embed.cc).
#pragma once

#include <span>
#include <string_view>

namespace mlmlint {

struct EmbeddedFile {
  std::string_view name;  // path relative to the embedded folder, '/'-separated
  std::string_view data;
};

// schemas/**/*.json (including index.json and id_aliases.json), sorted by name.
std::span<const EmbeddedFile> embedded_schemas();
// rules/docs/*.md, sorted by name ("MLM102.md").
std::span<const EmbeddedFile> embedded_rule_docs();

}  // namespace mlmlint
