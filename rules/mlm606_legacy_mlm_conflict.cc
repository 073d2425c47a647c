// MLM606: a legacy ml-model / DLM field and the MLM field that replaced it both exist but disagree, so
// readers of either vocabulary see a different model.
#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kRemedy = "remove the legacy field once migrated.";

void check_object(const MlmObject& obj, RuleSink& sink) {
  const element props = obj.value;
  const auto architecture = string_member(props, "mlm:architecture");

  if (auto legacy = string_member(props, "ml-model:architecture"); legacy && architecture &&
                                                                   !iequals(*legacy, *architecture)) {
    sink.report(pointer_append(obj.pointer, "ml-model:architecture"),
                fmt::format("legacy value {} contradicts mlm:architecture {}; {}", quoted(*legacy),
                            quoted(*architecture), kRemedy));
  }

  if (auto legacy = string_member(props, "ml-model:prediction_type")) {
    auto tasks = member(props, "mlm:tasks");
    auto task_list = tasks ? as_array(*tasks) : std::nullopt;
    if (task_list) {
      bool found = false;
      const simdjson::dom::array list = *task_list;
      for (auto t : list) {
        if (auto s = as_string(t); s && iequals(*s, *legacy)) found = true;
      }
      if (!found) {
        sink.report(pointer_append(obj.pointer, "ml-model:prediction_type"),
                    fmt::format("legacy value {} is not among mlm:tasks {}; add the matching task to mlm:tasks or {}",
                                quoted(*legacy), render(*tasks), kRemedy));
      }
    }
  }

  if (auto dlm = member(props, "dlm:architecture"); dlm && as_object(*dlm)) {
    const std::string base = pointer_append(obj.pointer, "dlm:architecture");
    if (auto type = string_member(*dlm, "type"); type && architecture && !iequals(*type, *architecture)) {
      sink.report(pointer_append(base, "type"), fmt::format("legacy value {} contradicts mlm:architecture {}; {}",
                                                            quoted(*type), quoted(*architecture), kRemedy));
    }
    auto legacy_count = member(*dlm, "total_nb_parameters");
    auto count = member(props, "mlm:total_parameters");
    if (legacy_count && count) {
      auto a = as_number(*legacy_count);
      auto b = as_number(*count);
      if (a && b && *a != *b) {
        sink.report(pointer_append(base, "total_nb_parameters"),
                    fmt::format("legacy value {} contradicts mlm:total_parameters {}; {}", render(*legacy_count),
                                render(*count), kRemedy));
      }
    }
  }

  if (auto runtime = member(props, "dlm:runtime"); runtime && as_object(*runtime)) {
    auto legacy = string_member(*runtime, "framework");
    auto framework = string_member(props, "mlm:framework");
    if (legacy && framework) {
      const FrameworkFamilies a = framework_family(*legacy);
      const FrameworkFamilies b = framework_family(*framework);
      if (a.known() && b.known() && !a.compatible_with(b)) {
        sink.report(pointer_append(pointer_append(obj.pointer, "dlm:runtime"), "framework"),
                    fmt::format("legacy value {} ({}) contradicts mlm:framework {} ({}); {}", quoted(*legacy),
                                a.describe(), quoted(*framework), b.describe(), kRemedy));
      }
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& obj : mlm_objects(ctx)) {
    if (obj.kind == MlmObjectKind::kItemProperties || obj.kind == MlmObjectKind::kCollectionRoot) {
      check_object(obj, sink);
    }
  }
}

const RuleInfo kMlm606 = {
    .code = "MLM606",
    .name = "legacy-mlm-conflict",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "legacy ml-model / DLM fields do not contradict the MLM fields that replace them",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules
