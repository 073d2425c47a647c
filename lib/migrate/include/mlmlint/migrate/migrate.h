// `mlm-lint migrate`: rewriting ml-model, DLM and older MLM documents as MLM v1.5.2 (RULES.md §2.9 T10,
// §4.7 T11/T12, the MLM CHANGELOG). A pure text-to-text function: the command line reads and writes files.
//
// Nothing is dropped silently: every value that is removed or replaced is kept, with its pointer, in a
// note of the result, and notes that need a person (a placeholder to fill, a field with no MLM
// counterpart, an inferred value to confirm) make manual_work_remaining() true.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/core/mlm_version.h"

namespace mlmlint {

enum class MigrationNoteKind {
  kChanged,  // a mechanical mapping from the specification tables; nothing to do
  kReview,   // done, but the value was inferred or repaired: confirm it
  kManual,   // a person must act: a placeholder to fill in, or a value with no place in MLM (see `original`)
};

std::string_view migration_note_kind_name(MigrationNoteKind kind);  // "changed", "review", "manual"

struct MigrationNote {
  // Where the value is in the migrated document; for a removed value, where it was.
  std::string pointer;
  MigrationNoteKind kind = MigrationNoteKind::kChanged;
  std::string message;     // what happened: "renamed to \"mlm:architecture\""
  std::string suggestion;  // what a person should do; empty when nothing
  // The removed or replaced value as compact JSON; nullopt when nothing was lost.
  std::optional<std::string> original = std::nullopt;
};

struct MigrationOptions {
  Version target = kLatestMlm;  // only v1.5.2 is supported
};

struct MigrationResult {
  bool ok = false;     // false: the input is not valid JSON (`error` says why) and nothing else is set
  std::string error;
  // What the document was described with: "ml-model v1.0.0", "DLM", "MLM v1.3.0", "MLM v1.5.2";
  // several joined by " + "; empty when it holds no model metadata at all (nothing to migrate).
  std::string source;
  std::string text;  // the migrated document; byte for byte the input when nothing changed
  bool changed = false;
  std::vector<MigrationNote> notes;  // in document order of the migration steps

  bool manual_work_remaining() const;
};

// Migrates one JSON document. Deterministic, and idempotent: migrating `text` of a result again
// changes nothing. Key order and indentation are kept (render_preserving); a UTF-8 byte order mark is kept.
MigrationResult migrate_text(std::string_view text, const MigrationOptions& options = {});

}  // namespace mlmlint
