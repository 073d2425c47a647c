// MLM306: the framework a model asset is made for can be read from three places — its mlm:artifact_type, the
// framework=/application= parameter of its media type, and the effective mlm:framework. They must not name
// incompatible frameworks (T4/T5 families; unknown values and Hugging Face never conflict). ONNX is an
// exchange format that every training framework exports to (torch.onnx, tf2onnx, skl2onnx, …), while
// mlm:framework names the framework the model was trained with: an ONNX artifact or media type is compatible
// with any mlm:framework. Two descriptions of the file itself (artifact type against media type) must agree.
#include "support/asset_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_assets.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

enum class SourceKind { kArtifactType, kMediaType, kFramework };

struct Source {
  SourceKind kind;
  std::string text;  // the value as written ("torch.save", "framework=pytorch", "TensorFlow")
  FrameworkFamilies families;
  std::string pointer;
  bool own;  // defined on the asset itself

  std::string subject() const {
    switch (kind) {
      case SourceKind::kArtifactType: return "artifact type " + quote(std::string_view(text));
      case SourceKind::kMediaType: return "media type parameter " + quote(std::string_view(text));
      case SourceKind::kFramework: return "mlm:framework " + quote(std::string_view(text));
    }
    return {};
  }
  // "<subject> indicates PyTorch"; mlm:framework names its framework directly.
  std::string statement() const {
    if (kind == SourceKind::kFramework) return "mlm:framework is " + quote(std::string_view(text));
    return subject() + " indicates " + families.describe();
  }
};

std::optional<Source> artifact_source(const Located& asset) {
  auto value = member(asset.value, "mlm:artifact_type");
  auto text = value ? as_string(*value) : std::nullopt;
  if (!text) return std::nullopt;
  return Source{SourceKind::kArtifactType, std::string(*text), artifact_type_family(*text),
                pointer_append(asset.pointer, "mlm:artifact_type"), true};
}

std::optional<Source> media_type_source(const Located& asset) {
  auto type = string_member(asset.value, "type");
  if (!type) return std::nullopt;
  const ParsedMediaType parsed = parse_media_type(*type);
  if (!parsed.ok()) return std::nullopt;  // MLM308 reports malformed types
  for (std::string_view name : {"framework", "application"}) {
    for (const auto& p : parsed.parameters) {
      if (!iequals(p.name, name)) continue;
      return Source{SourceKind::kMediaType, std::string(p.name) + "=" + std::string(p.value),
                    framework_family(p.value), pointer_append(asset.pointer, "type"), true};
    }
  }
  return std::nullopt;
}

std::optional<Source> framework_source(const Located& asset, const std::optional<Sourced>& item_framework) {
  auto framework = effective_member(asset, item_framework, "mlm:framework");
  auto text = framework ? as_string(framework->value) : std::nullopt;
  if (!text) return std::nullopt;
  return Source{SourceKind::kFramework, std::string(*text), framework_family(*text), framework->pointer,
                framework->own};
}

bool compatible(const Source& a, const Source& b) {
  auto onnx_file = [](const Source& s) { return s.kind != SourceKind::kFramework && s.families.is_onnx_only(); };
  if ((onnx_file(a) && b.kind == SourceKind::kFramework) || (onnx_file(b) && a.kind == SourceKind::kFramework)) {
    return true;
  }
  return a.families.compatible_with(b.families);
}

// Where to report: the disagreeing source when it lives on the asset, else the asset's artifact type
// (or its media type), so that one asset yields one pointer.
std::string report_pointer(const Located& asset, const std::vector<Source>& sources, const Source* outlier) {
  if (outlier && outlier->own) return outlier->pointer;
  for (const auto& s : sources) {
    if (s.kind == SourceKind::kArtifactType) return s.pointer;
  }
  for (const auto& s : sources) {
    if (s.own) return s.pointer;
  }
  return asset.pointer;
}

void check_asset(const Located& asset, const std::optional<Sourced>& item_framework, RuleSink& sink) {
  std::vector<Source> sources;  // in the order artifact type, media type, framework
  for (auto source : {artifact_source(asset), media_type_source(asset), framework_source(asset, item_framework)}) {
    // Unknown families and "any framework" (Hugging Face, safetensors.numpy) cannot conflict.
    if (source && source->families.known() && !source->families.any) sources.push_back(std::move(*source));
  }
  if (sources.size() < 2) return;

  std::vector<std::pair<std::size_t, std::size_t>> conflicts;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    for (std::size_t j = i + 1; j < sources.size(); ++j) {
      if (!compatible(sources[i], sources[j])) conflicts.emplace_back(i, j);
    }
  }
  if (conflicts.empty()) return;

  if (conflicts.size() == 1) {
    // Exactly one disagreeing pair; a third source, if any, is compatible with both and is not mentioned.
    const auto [i, j] = conflicts.front();
    const Source& first = sources[i];
    const Source& second = sources[j];
    sink.report(report_pointer(asset, sources, &second), first.statement() + ", but " + second.statement() + ".");
    return;
  }

  if (sources.size() == 3 && conflicts.size() == 2) {
    // Two sources agree, the third (in both conflicting pairs) is the outlier.
    std::size_t outlier = 0;
    for (std::size_t candidate = 0; candidate < 3; ++candidate) {
      bool in_all = true;
      for (const auto& [i, j] : conflicts) in_all = in_all && (i == candidate || j == candidate);
      if (in_all) outlier = candidate;
    }
    std::vector<const Source*> agreeing;
    for (std::size_t i = 0; i < 3; ++i) {
      if (i != outlier) agreeing.push_back(&sources[i]);
    }
    const FrameworkFamilies common = agreeing[0]->families.intersect(agreeing[1]->families);
    if (!common.known()) {
      // The two agree only because one is an ONNX file (exchange format): no family to name in common.
      sink.report(report_pointer(asset, sources, &sources[outlier]),
                  sources[outlier].statement() + ", but " + agreeing[0]->statement() + " and " +
                      agreeing[1]->statement() + ".");
      return;
    }
    sink.report(report_pointer(asset, sources, &sources[outlier]),
                agreeing[0]->subject() + " and " + agreeing[1]->subject() + " indicate " + common.describe() +
                    ", but " + sources[outlier].statement() + ".");
    return;
  }

  // All three disagree with each other.
  sink.report(report_pointer(asset, sources, nullptr),
              sources[0].statement() + ", " + sources[1].statement() + " and " + sources[2].statement() +
                  "; these frameworks are incompatible.");
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto item_framework = level_member(model_level(ctx), "mlm:framework");
  for (const auto& asset : model_assets(ctx)) check_asset(asset, item_framework, sink);
}

const RuleInfo kMlm306 = {
    .code = "MLM306",
    .name = "artifact-framework-mismatch",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = {.min = {1, 4, 0}},
    .fix = FixClass::kNone,
    .summary = "artifact type, media-type framework parameter and mlm:framework of a model asset agree",
    .check = &check,
};

}  // namespace mlmlint::rules
