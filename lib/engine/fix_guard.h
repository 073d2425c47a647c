// The re-check behind "a safe fix never makes a file worse" (fix.cc): comparing the findings of a document
// before and after a fix, and turning the safe fixes that failed it into explained suggestions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/fix.h"

namespace mlmlint {

// nullopt when `after` has, for every code, no more error findings than `before`; otherwise why the change is
// refused, naming one finding it adds: "not applied: it would make the document invalid against <schema> at
// <pointer>: <message>" for a new schema error ("add a schema error against" when the document was invalid
// already), "not applied: it would add error <code> ..." otherwise.
// Counting per code (not per pointer) keeps findings that only move with a renamed member the same.
std::optional<std::string> worsening(const FileReport& before, const FileReport& after);

bool is_withheld(const Diagnostic& d, const std::vector<WithheldFix>& withheld);

// The diagnostics of `report` whose fix was withheld become suggestions that say why.
void mark_withheld(FileReport& report, const std::vector<WithheldFix>& withheld);

}  // namespace mlmlint
