#include "mlmlint/core/tables_frameworks.h"

#include <algorithm>

namespace mlmlint {

namespace {

// One bit per family; the order is the order used by describe().
enum FamilyBit : std::uint32_t {
  kPyTorch = 1u << 0,
  kTensorFlow = 1u << 1,
  kKeras = 1u << 2,
  kOnnx = 1u << 3,
  kJax = 1u << 4,
  kFlax = 1u << 5,
  kPaddle = 1u << 6,
  kScikitLearn = 1u << 7,
  kRgee = 1u << 8,
  kSpatialRf = 1u << 9,
  kMxNet = 1u << 10,
  kCaffe = 1u << 11,
  kPyMc = 1u << 12,
  kWeka = 1u << 13,
};

struct FamilyName {
  std::uint32_t bit;
  std::string_view name;
};
constexpr std::array<FamilyName, 14> kFamilyNames = {{
    {kPyTorch, "PyTorch"},
    {kTensorFlow, "TensorFlow"},
    {kKeras, "Keras"},
    {kOnnx, "ONNX"},
    {kJax, "JAX"},
    {kFlax, "Flax"},
    {kPaddle, "Paddle"},
    {kScikitLearn, "scikit-learn"},
    {kRgee, "rgee"},
    {kSpatialRf, "spatialRF"},
    {kMxNet, "MXNet"},
    {kCaffe, "Caffe"},
    {kPyMc, "PyMC"},
    {kWeka, "Weka"},
}};

constexpr std::uint32_t kTensorFlowKeras = kTensorFlow | kKeras;
constexpr std::uint32_t kJaxFlax = kJax | kFlax;

FrameworkFamilies bits(std::uint32_t b) { return {b, false}; }
FrameworkFamilies any_family() { return {0, true}; }

// Families of the canonical names. TensorFlow/Keras and JAX/Flax go together (see the header).
FrameworkFamilies canonical_family(std::string_view canonical) {
  if (canonical == "PyTorch") return bits(kPyTorch);
  if (canonical == "TensorFlow" || canonical == "Keras") return bits(kTensorFlowKeras);
  if (canonical == "JAX" || canonical == "Flax") return bits(kJaxFlax);
  if (canonical == "ONNX") return bits(kOnnx);
  if (canonical == "Paddle") return bits(kPaddle);
  if (canonical == "scikit-learn") return bits(kScikitLearn);
  if (canonical == "rgee") return bits(kRgee);
  if (canonical == "spatialRF") return bits(kSpatialRf);
  if (canonical == "MXNet") return bits(kMxNet);
  if (canonical == "Caffe") return bits(kCaffe);
  if (canonical == "PyMC") return bits(kPyMc);
  if (canonical == "Weka") return bits(kWeka);
  if (canonical == "Hugging Face") return any_family();
  return {};
}

struct Keyword {
  std::string_view keyword;
  std::uint32_t family;
};
// Substring keywords of §2.6 ("segmentation_models_pytorch..." -> PyTorch).
constexpr std::array<Keyword, 7> kKeywords = {{
    {"torch", kPyTorch},
    {"tensorflow", kTensorFlowKeras},
    {"keras", kTensorFlowKeras},
    {"onnx", kOnnx},
    {"jax", kJaxFlax},
    {"flax", kJaxFlax},
    {"paddle", kPaddle},
}};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<std::string_view> canonical_framework_name(std::string_view name) {
  for (std::string_view canonical : kCanonicalFrameworks) {
    if (iequals(name, canonical)) return canonical;
  }
  for (const auto& alias : kFrameworkAliases) {
    if (iequals(name, alias.alias)) return alias.canonical;
  }
  return std::nullopt;
}

FrameworkFamilies FrameworkFamilies::intersect(const FrameworkFamilies& other) const {
  if (any) return other;
  if (other.any) return *this;
  return bits & other.bits ? FrameworkFamilies{bits & other.bits, false} : FrameworkFamilies{};
}

std::string FrameworkFamilies::describe() const {
  if (any) return "any framework";
  std::string out;
  for (const auto& family : kFamilyNames) {
    if ((bits & family.bit) == 0) continue;
    if (!out.empty()) out += '/';
    out += family.name;
  }
  return out.empty() ? "unknown" : out;
}

FrameworkFamilies framework_family(std::string_view name) {
  if (auto canonical = canonical_framework_name(name)) return canonical_family(*canonical);
  const std::string lower = ascii_lower(name);
  FrameworkFamilies out;
  for (const auto& k : kKeywords) {
    if (lower.find(k.keyword) != std::string::npos) out.bits |= k.family;
  }
  return out;
}

bool FrameworkFamilies::is_onnx_only() const { return !any && bits == kOnnx; }

FrameworkFamilies artifact_type_family(std::string_view artifact_type) {
  const std::string type = ascii_lower(artifact_type);
  if (starts_with(type, "safetensors.")) {
    const std::string_view rest = std::string_view(type).substr(12);
    const std::string_view fw = rest.substr(0, rest.find('.'));
    if (fw == "torch") return bits(kPyTorch);
    if (fw == "tensorflow") return bits(kTensorFlowKeras);
    if (fw == "flax") return bits(kJaxFlax);
    if (fw == "paddle") return bits(kPaddle);
    if (fw == "numpy" || fw == "mlx") return any_family();
    return {};
  }
  // torch.onnx.export writes ONNX from PyTorch: both families are plausible.
  if (type == "torch.onnx.export" || starts_with(type, "torch.onnx.")) return bits(kPyTorch | kOnnx);
  if (type == "onnx" || starts_with(type, "onnx.") || type.find("2onnx") != std::string::npos) return bits(kOnnx);
  if (starts_with(type, "torch.")) return bits(kPyTorch);
  if (starts_with(type, "tf.") || starts_with(type, "keras.")) return bits(kTensorFlowKeras);
  if (starts_with(type, "jax.") || starts_with(type, "flax.")) return bits(kJaxFlax);
  if (starts_with(type, "paddle.")) return bits(kPaddle);
  return {};
}

}  // namespace mlmlint
