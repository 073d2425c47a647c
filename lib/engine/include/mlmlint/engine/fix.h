// --fix and --diff: apply the fixes attached to findings, re-lint, repeat until nothing more applies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/linter.h"

namespace mlmlint {

struct AppliedFix {
  std::string code;     // "MLM305"
  std::string pointer;  // where the finding was
  std::string description;
};

// A safe fix that --fix did not apply because the re-check found that it makes the document worse.
struct WithheldFix {
  std::string code;
  std::string pointer;
  std::string description;
  std::string reason;  // "not applied: it would make the document invalid against <schema> at <pointer>: <message>"
};

struct FixOutcome {
  std::string text;                 // the fixed document (== the input when nothing applied)
  std::vector<AppliedFix> applied;  // in the order applied
  std::vector<WithheldFix> withheld;  // safe fixes not applied (only without `unsafe`)
  FileReport report;                // the findings that remain in `text`; withheld fixes are suggestions there
  bool changed() const { return !applied.empty(); }
};

// Lints `text` and applies every fix the selection reports (safe ones; also suggested ones when
// `unsafe`) in code order, then lints again: up to kMaxFixPasses rounds, as one fix can reveal or
// enable the next. Fixes whose edits touch the same place as an earlier fix of the round wait for the
// next round; a fix whose edits no longer apply is skipped. Documents that do not parse are returned
// unchanged with their report.
//
// Safe fixes never make a document worse: each round is re-checked with the same linter, and a round that
// adds an error finding of some code (counted per code: a new MLM000 makes a schema-valid document invalid)
// is redone one fix at a time; a fix that still makes it worse is withheld, reported as a suggestion with
// the reason (Fix::withheld) and never applied by this run. So without `unsafe` the result has, for every
// code, no more error findings than the input. With `unsafe` every fix is the user's call and is applied as
// before (a suggestion may reveal errors, e.g. MLM304's new model asset needs an mlm:artifact_type).
inline constexpr int kMaxFixPasses = 10;
FixOutcome fix_text(const Linter& linter, const std::string& display_path, std::string_view text, bool unsafe,
                    const RuleSelection& rules);

}  // namespace mlmlint

namespace mlmlint {

struct FileFix {
  std::string original;  // the bytes read ("" when the file could not be read)
  FixOutcome outcome;    // outcome.report also carries a failed write as MLM900
  bool written = false;
};

// Reads `path`, fixes it, and when `write` and something changed replaces the file atomically
// (write_file_atomically). A file that cannot be read or parsed is never written.
FileFix fix_file(const Linter& linter, const std::string& path, bool unsafe, bool write, const RuleSelection& rules);

}  // namespace mlmlint
