#include "fix_guard.h"

#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace mlmlint {

namespace {

std::map<std::string_view, std::size_t> error_counts(const FileReport& report) {
  std::map<std::string_view, std::size_t> counts;
  for (const auto& d : report.diagnostics) {
    if (d.severity == Severity::kError) ++counts[d.code];
  }
  return counts;
}

std::string where(const std::string& pointer) { return pointer.empty() ? "the document root" : pointer; }

// The schema a raw MLM000 was checked against, from its hint ("checked against <url>").
std::string schema_of(const Diagnostic& d) {
  constexpr std::string_view kPrefix = "checked against ";
  const std::size_t at = d.hint.find(kPrefix);
  return at == std::string::npos ? std::string("its schema") : d.hint.substr(at + kPrefix.size());
}

}  // namespace

std::optional<std::string> worsening(const FileReport& before, const FileReport& after) {
  const auto old_counts = error_counts(before);
  std::set<std::string_view> grown;
  for (const auto& [code, n] : error_counts(after)) {
    auto it = old_counts.find(code);
    if (n > (it == old_counts.end() ? 0 : it->second)) grown.insert(code);
  }
  if (grown.empty()) return std::nullopt;
  // Name a finding that is new (not the same code, pointer and message as before), a schema error first:
  // that is the one the user asked us never to cause.
  std::set<std::tuple<std::string_view, std::string_view, std::string_view>> old_findings;
  for (const auto& d : before.diagnostics) old_findings.emplace(d.code, d.pointer, d.message);
  const Diagnostic* named = nullptr;
  int named_rank = 0;  // 3: a new schema error, 2: another new error, 1: an error of a grown code
  for (const auto& d : after.diagnostics) {
    if (d.severity != Severity::kError || !grown.contains(d.code)) continue;
    const bool is_new = !old_findings.contains({d.code, d.pointer, d.message});
    const int rank = !is_new ? 1 : d.code == kSchemaError.code ? 3 : 2;
    if (rank > named_rank) {
      named = &d;
      named_rank = rank;
    }
  }
  if (named->code == kSchemaError.code) {
    const bool was_valid = !old_counts.contains(kSchemaError.code);
    return fmt::format("not applied: it would {} {} at {}: {}",
                       was_valid ? "make the document invalid against" : "add a schema error against",
                       schema_of(*named), where(named->pointer), named->message);
  }
  return fmt::format("not applied: it would add error {} {} at {}: {}", named->code, named->name,
                     where(named->pointer), named->message);
}

namespace {

const WithheldFix* withheld_entry(const Diagnostic& d, const std::vector<WithheldFix>& withheld) {
  if (!d.fix) return nullptr;
  for (const auto& w : withheld) {
    if (w.code == d.code && w.pointer == d.pointer && w.description == d.fix->description) return &w;
  }
  return nullptr;
}

}  // namespace

bool is_withheld(const Diagnostic& d, const std::vector<WithheldFix>& withheld) {
  return withheld_entry(d, withheld) != nullptr;
}

void mark_withheld(FileReport& report, const std::vector<WithheldFix>& withheld) {
  for (auto& d : report.diagnostics) {
    if (!d.fix || !d.fix->safe) continue;
    if (const WithheldFix* w = withheld_entry(d, withheld)) {
      d.fix->safe = false;
      d.fix->withheld = w->reason;
    }
  }
}

}  // namespace mlmlint
