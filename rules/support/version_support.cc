#include "support/version_support.h"

#include <fmt/format.h>

#include "mlmlint/core/tables_fields.h"
#include "support/structure_support.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

// The lowest version the document needs and the highest it allows, each with the construct that says so.
struct Bounds {
  Version lower = kOldestMlm;
  std::string lower_construct;
  Version upper = kLatestMlm;  // the last version in which every field used still exists
  std::string upper_construct;

  void introduced(const Version& since, std::string construct) {
    if (since <= lower) return;
    lower = since;
    lower_construct = std::move(construct);
  }
  void removed_in(const Version& removed, std::string construct) {
    Version last = kOldestMlm;
    for (const auto& v : known_mlm_versions()) {
      if (v < removed) last = v;
    }
    if (last >= upper) return;
    upper = last;
    upper_construct = std::move(construct);
  }
};

void read_keys(Bounds& b, element object, std::span<const VersionedField> table) {
  auto obj = as_object(object);
  if (!obj) return;
  for (auto field : *obj) {
    const VersionedField* known = find_field(table, field.key);
    if (!known) continue;
    b.introduced(known->since, quote(field.key));
    if (known->removed != kNeverRemoved) b.removed_in(known->removed, quote(field.key));
  }
}

void read_tasks(Bounds& b, std::optional<element> tasks) {
  if (!tasks) return;
  for (const auto& t : array_entries(*tasks, "")) {
    if (as_string(t.value) == "downscaling") b.introduced(kDownscalingTaskSince, "the task \"downscaling\"");
  }
}

void read_processing(Bounds& b, element io, std::string_view key) {
  auto fn = member(io, key);
  if (!fn) return;
  if (!as_array(*fn)) {
    if (as_object(*fn) && has_member(*fn, "description")) {
      b.introduced(kProcessingDescriptionSince, "\"description\" in a Processing Expression");
    }
    return;
  }
  b.introduced(kProcessingFunctionArraySince, fmt::format("a list of Processing Expressions in {}", quote(key)));
  for (const auto& e : array_entries(*fn, "")) {
    if (as_object(e.value) && has_member(e.value, "description")) {
      b.introduced(kProcessingDescriptionSince, "\"description\" in a Processing Expression");
    }
  }
}

void read_band_entries(Bounds& b, element io) {
  auto bands = array_member(io, "bands");
  if (!bands) return;
  for (auto entry : *bands) {
    if (as_object(entry)) {
      b.introduced(kObjectBandEntriesSince, "object-form band entries");
      return;
    }
  }
}

}  // namespace

AssumedVersion assume_undeclared_version(const RuleContext& ctx) {
  Bounds b;
  for (const auto& obj : mlm_objects(ctx)) {
    read_keys(b, obj.value, mlm_fields());
    read_tasks(b, member(obj.value, "mlm:tasks"));
  }
  for (const auto& input : mlm_inputs(ctx)) {
    read_keys(b, input.value, input_keys());
    read_band_entries(b, input.value);
    read_processing(b, input.value, "pre_processing_function");
  }
  for (const auto& output : mlm_outputs(ctx)) {
    read_keys(b, output.value, output_keys());
    read_band_entries(b, output.value);
    read_tasks(b, member(output.value, "tasks"));
    read_processing(b, output.value, "post_processing_function");
  }

  AssumedVersion out;
  if (b.lower <= b.upper && !b.upper_construct.empty()) {
    out.version = b.upper;
    out.assumption = fmt::format("assuming MLM {} because no MLM URI is declared and {} exists only in MLM {} to {}",
                                 b.upper.str(), b.upper_construct, kOldestMlm.str(), b.upper.str());
  } else if (b.lower > kOldestMlm && !b.lower_construct.empty()) {
    out.assumption = fmt::format("assuming MLM {}, the latest, because no MLM URI is declared and {} exists only "
                                 "from MLM {} on",
                                 kLatestMlm.str(), b.lower_construct, b.lower.str());
  } else {
    out.assumption = fmt::format("assuming MLM {}, the latest, because no MLM URI is declared and no field is "
                                 "specific to an earlier version",
                                 kLatestMlm.str());
  }
  return out;
}

}  // namespace mlmlint::rules
