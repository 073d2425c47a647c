// RULES.md §2.6 (T4, artifact types -> framework families) and §2.7 (T5, framework names and aliases).
// Used by MLM306 (artifact/framework mismatch), MLM307 (custom media types) and MLM704 (canonical names).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mlmlint {

// The canonical framework names of the v1.5.x `mlm:framework` enum, in schema order.
inline constexpr std::array<std::string_view, 15> kCanonicalFrameworks = {
    "PyTorch", "TensorFlow", "scikit-learn", "Hugging Face", "Keras", "ONNX",  "rgee",   "spatialRF",
    "JAX",     "Flax",       "MXNet",        "Caffe",        "PyMC",  "Weka", "Paddle",
};

struct FrameworkAlias {
  std::string_view alias;      // compared case-insensitively
  std::string_view canonical;  // an entry of kCanonicalFrameworks
};

// T5 aliases. Case variants of a canonical name need no entry (the comparison ignores case).
inline constexpr std::array<FrameworkAlias, 6> kFrameworkAliases = {{
    {"torch", "PyTorch"},  // "pytorch" is a case variant of "PyTorch"
    {"tf", "TensorFlow"},
    {"sklearn", "scikit-learn"},  // "Scikit-learn" (v1.0.0 enum spelling) is a case variant
    {"huggingface", "Hugging Face"},  // also the v1.0.0 enum spelling "Huggingface"
    {"hf", "Hugging Face"},
    {"paddlepaddle", "Paddle"},
}};

// The canonical name `name` stands for: itself, a case variant or an alias (T5); nullopt for other names.
std::optional<std::string_view> canonical_framework_name(std::string_view name);

// A set of framework families. Several bits mean "any of these" (e.g. torch.onnx.export is PyTorch or ONNX);
// `any` marks sources compatible with every family (Hugging Face, safetensors.numpy); empty = unknown.
struct FrameworkFamilies {
  std::uint32_t bits = 0;
  bool any = false;

  bool known() const { return any || bits != 0; }
  // Unknown families and "any" never conflict; otherwise the two sets must share a family.
  bool compatible_with(const FrameworkFamilies& other) const {
    return !known() || !other.known() || any || other.any || (bits & other.bits) != 0;
  }
  // Exactly the ONNX family: an ONNX file, which any training framework can have exported.
  bool is_onnx_only() const;
  // The common families of two compatible sets (an "any" side yields the other side).
  FrameworkFamilies intersect(const FrameworkFamilies& other) const;
  // Human-readable: "PyTorch", "TensorFlow/Keras", "any framework", "unknown".
  std::string describe() const;
};

// Family of an `mlm:framework` value or of a media-type `framework=` / `application=` parameter: the T5
// name or alias; else every family whose keyword (torch, tensorflow, keras, onnx, jax, flax, paddle) the
// string contains; else unknown. TensorFlow and Keras, and JAX and Flax, are treated as one family each
// (T4 lists them together: tf.keras artifacts are TensorFlow *or* Keras, flax artifacts Flax *or* JAX).
FrameworkFamilies framework_family(std::string_view name);

// Family of an `mlm:artifact_type` value (T4): known types, safetensors.{fw}.{method} and the framework
// prefixes torch./tf./keras./jax./flax./paddle./onnx and the ONNX converters (skl2onnx, tf2onnx, …: "2onnx");
// unknown otherwise.
FrameworkFamilies artifact_type_family(std::string_view artifact_type);

// ASCII case-insensitive helpers shared by the table users.
bool iequals(std::string_view a, std::string_view b);
std::string ascii_lower(std::string_view text);

}  // namespace mlmlint
