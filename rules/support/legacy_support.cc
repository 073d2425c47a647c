#include "legacy_support.h"

#include <set>

#include <fmt/format.h>

#include "asset_support.h"
#include "structure_support.h"
#include "mlmlint/core/tables_assets.h"

namespace mlmlint::rules {

namespace {

class MappingList {
 public:
  void add(std::string entry) {
    if (seen_.insert(entry).second) entries_.push_back(std::move(entry));
  }
  std::vector<std::string> take() { return std::move(entries_); }

 private:
  std::set<std::string> seen_;
  std::vector<std::string> entries_;
};

bool is_field_holder(MlmObjectKind kind) {
  return kind == MlmObjectKind::kItemProperties || kind == MlmObjectKind::kCollectionRoot || is_asset_kind(kind);
}

void ml_model_mappings(const RuleContext& ctx, MappingList& out) {
  for (const auto& obj : mlm_objects(ctx)) {
    if (!is_field_holder(obj.kind)) continue;
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("ml-model:")) continue;
      const MlModelField* field = find_ml_model_field(e.key);
      out.add(fmt::format("{} → {}", e.key, field ? field->mapping : "no MLM equivalent"));
    }
  }
  for (const auto& holder : role_holders(ctx)) {
    for (const auto& entry : role_entries(holder)) {
      const MlModelRole* role = find_ml_model_role(entry.role);
      if (!role) continue;
      std::string mapped = std::string(role->replacement);
      if (role->replacement == "mlm:checkpoint") mapped += " " + checkpoint_advice(asset_framework(ctx, holder));
      out.add(fmt::format("role {} → {}", role->role, mapped));
    }
  }
  if (auto links = member(ctx.root, "links")) {
    for (const auto& link : array_entries(*links, "/links")) {
      auto rel = string_member(link.value, "rel");
      const MlModelRelation* relation = rel ? find_ml_model_relation(*rel) : nullptr;
      if (relation) out.add(fmt::format("link {} → {}", relation->rel, relation->mapping));
    }
  }
}

void dlm_mappings(const RuleContext& ctx, MappingList& out) {
  for (const auto& obj : mlm_objects(ctx)) {
    if (!is_field_holder(obj.kind)) continue;
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("dlm:")) continue;
      if (e.key == "dlm:task") {
        out.add("dlm:task → mlm:tasks");
        continue;
      }
      bool any = false;
      for (const auto& sub : dlm_subfields()) {
        if (sub.parent != e.key || !has_subfield(e.value, sub.key)) continue;
        out.add(fmt::format("{}.{} → {}", e.key, sub.key, sub.mlm));
        any = true;
      }
      if (any) continue;
      const DlmField* field = find_dlm_field(e.key);
      out.add(field ? fmt::format("{}: {}", e.key, field->summary) : fmt::format("{} → no MLM equivalent", e.key));
    }
  }
}

}  // namespace

bool declares_legacy(const RuleContext& ctx, LegacyExtension ext) {
  auto extensions = array_member(ctx.root, "stac_extensions");
  if (!extensions) return false;
  for (auto entry : *extensions) {
    if (auto uri = as_string(entry); uri && legacy_extension_of(*uri) == ext) return true;
  }
  return false;
}

bool declares_mlm(const RuleContext& ctx) { return !ctx.mlm.declared.empty(); }

bool legacy_only(const RuleContext& ctx, LegacyExtension ext) {
  return !declares_mlm(ctx) && declares_legacy(ctx, ext);
}

std::vector<std::string> legacy_mappings(const RuleContext& ctx, LegacyExtension ext) {
  MappingList out;
  if (ext == LegacyExtension::kMlModel) ml_model_mappings(ctx, out);
  if (ext == LegacyExtension::kDlm) dlm_mappings(ctx, out);
  return out.take();
}

std::vector<std::string> legacy_field_pointers(const RuleContext& ctx, LegacyExtension ext) {
  const std::string_view prefix = ext == LegacyExtension::kMlModel ? "ml-model:" : "dlm:";
  std::vector<std::string> out;
  if (ext == LegacyExtension::kNone) return out;
  for (const auto& obj : mlm_objects(ctx)) {
    if (!is_field_holder(obj.kind)) continue;
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (e.key.starts_with(prefix)) out.push_back(e.pointer);
    }
  }
  return out;
}

bool has_subfield(element value, std::string_view key) {
  if (as_object(value)) return has_member(value, key);
  if (auto arr = as_array(value)) {
    for (auto entry : *arr) {
      if (has_member(entry, key)) return true;
    }
  }
  return false;
}

FrameworkFamilies asset_framework(const RuleContext& ctx, const Located& asset) {
  const auto framework = effective_member(asset, level_member(model_level(ctx), "mlm:framework"), "mlm:framework");
  if (auto text = framework ? as_string(framework->value) : std::nullopt) {
    if (auto family = framework_family(*text); family.known()) return family;
  }
  auto type = string_member(asset.value, "type");
  if (!type) return {};
  const ParsedMediaType parsed = parse_media_type(*type);
  if (parsed.ok()) {
    for (std::string_view name : {"framework", "application"}) {
      if (auto value = parsed.parameter(name)) return framework_family(*value);
    }
  }
  if (auto keyword = custom_media_type_keyword(media_type_essence(*type))) return framework_family(*keyword);
  return {};
}

std::string checkpoint_advice(const FrameworkFamilies& family) {
  constexpr std::string_view kLead = "together with \"mlm:model\" and \"mlm:artifact_type\"";
  if (family.any || !family.known()) return fmt::format("{} (how the checkpoint was saved)", kLead);
  if (family.bits == framework_family("PyTorch").bits) {
    return fmt::format("{} (a PyTorch checkpoint: e.g. \"torch.save\")", kLead);
  }
  return fmt::format("{} (how the {} checkpoint was saved)", kLead, family.describe());
}

}  // namespace mlmlint::rules
