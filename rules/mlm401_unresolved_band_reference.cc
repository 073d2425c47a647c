// MLM401: every band an input or output references by name is defined in a band list of the Item
// (README: references "MUST refer to corresponding Band Object"; the schema never compares names).
// One finding per input or output: a list written with the wrong case or the wrong naming scheme is one mistake,
// however many of its entries it breaks.
#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_frameworks.h"
#include "support/band_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// What the reference most likely meant; empty when nothing is close. Only near-certain matches: the same name
// in another case ("BLUE" for "blue"), a common name, or a defined name that starts with the reference ("B04"
// for "B04 - red"). Edit distance would pair "B13" with "B12": never that.
struct Meant {
  std::string_view name;  // the band meant; empty: nothing close
  bool by_common_name = false;
};

Meant likely_meant(std::string_view ref, const BandIndex& index) {
  for (std::string_view name : index.names_in_order) {
    if (iequals(name, ref)) return {name};
  }
  if (auto it = index.common_names.find(ref); it != index.common_names.end()) return {it->second, true};
  for (std::string_view name : index.names_in_order) {
    if (name.size() > ref.size() && name.substr(0, ref.size()) == ref && !is_name_char(name[ref.size()])) {
      return {name};
    }
  }
  return {};
}

std::string known_names(const BandIndex& index) {
  if (index.names_in_order.empty()) return "the band lists give no band names (each band needs a \"name\")";
  return fmt::format("known band names: {}", join_names(index.names_in_order));
}

struct Unresolved {
  const Reference* ref;
  Meant meant;
};

void report_io(const std::string& io_pointer, const std::vector<Unresolved>& unresolved, const BandIndex& index,
               RuleSink& sink) {
  constexpr std::string_view kWhere = "is not defined in any band list of this Item (eo:bands, raster:bands or bands)";
  if (unresolved.size() == 1) {
    const Unresolved& u = unresolved.front();
    std::string why = known_names(index);
    if (u.meant.by_common_name) {
      why = fmt::format("it is the common name of band {} — reference bands by their name", quote(u.meant.name));
    } else if (!u.meant.name.empty()) {
      why = fmt::format("did you mean {}?", quote(u.meant.name));
    }
    sink.report(u.ref->pointer, fmt::format("band {} {}; {}", quote(*u.ref->name), kWhere, why) +
                                    (why.back() == '?' ? "" : "."));
    return;
  }
  std::vector<std::string> items;
  bool any_unexplained = false;
  for (const Unresolved& u : unresolved) {
    std::string item = quote(*u.ref->name);
    if (u.meant.by_common_name) {
      item += fmt::format(" (the common name of {})", quote(u.meant.name));
    } else if (!u.meant.name.empty()) {
      item += fmt::format(" (did you mean {}?)", quote(u.meant.name));
    }
    any_unexplained = any_unexplained || u.meant.name.empty();
    items.push_back(std::move(item));
  }
  // A long list is one mistake repeated (names in another case, a prefix left off): a few examples say it.
  constexpr std::size_t kShown = 5;
  if (items.size() > kShown + 1) {
    const std::size_t more = items.size() - kShown;
    items.resize(kShown);
    items.push_back(fmt::format("{} more", more));
  }
  const std::string listed = join_with_and(items);
  const std::string_view io = io_pointer.find("/mlm:output/") != std::string::npos ? "output" : "input";
  std::string message = fmt::format("{} bands of this {} are not defined in any band list of this Item (eo:bands, "
                                    "raster:bands or bands): {}",
                                    unresolved.size(), io, listed);
  if (any_unexplained) message += "; " + known_names(index);
  sink.report(pointer_append(io_pointer, "bands"), message + ".", "reference each band by the \"name\" of its band object");
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  const BandIndex index = build_band_index(ctx);
  if (!index.any_entries()) return;  // nothing to resolve against: MLM402's finding
  const std::vector<Reference> refs = references(ctx, "bands");
  std::vector<Unresolved> unresolved;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Reference& ref = refs[i];
    if (!ref.is_virtual && ref.name && !index.defines(*ref.name)) unresolved.push_back({&ref, likely_meant(*ref.name, index)});
    const bool io_ends = i + 1 == refs.size() || refs[i + 1].io_pointer != ref.io_pointer;
    if (io_ends && !unresolved.empty()) {
      report_io(ref.io_pointer, unresolved, index, sink);
      unresolved.clear();
    }
  }
}

const RuleInfo kMlm401 = {
    .code = "MLM401",
    .name = "unresolved-band-reference",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "band names referenced by inputs/outputs are defined in a band list of the Item",
    .check = &check,
};

}  // namespace mlmlint::rules
