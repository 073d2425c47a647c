// Class lists of the classification extension (RULES.md §4.3, MLM204–MLM208).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

// Keys under which model outputs are seen to carry their classes instead of "classification:classes"
// (stac-model aliases, official examples). The schema ignores them.
inline constexpr std::array<std::string_view, 4> kMisspelledClassKeys = {
    "classification_classes", "classes", "classification:class", "classification-classes"};

// Every "classification:classes" value of the document: in mlm:output[*], in Item properties, on every asset
// and Collection item_asset, and in every raster:bands[*] / bands[*] of those. `pointer` is the array's
// pointer, `key` is "classification:classes". Only array values are returned.
std::vector<Located> class_arrays(const RuleContext& ctx);

// Arrays under one of kMisspelledClassKeys in mlm:output[*]; `key` is the key used.
std::vector<Located> misspelled_class_arrays(const RuleContext& ctx);

// "classification:classes/0 (\"other\")": how messages refer to an earlier class of the same array.
std::string class_label(std::string_view array_key, std::size_t index, element class_object);

// The entries of an array, without building a pointer for each (class lists can be very long; pointers are
// only needed for the few entries that are reported).
std::vector<element> elements_of(element array_value);

// A class whose color_hint is not the classification extension's format (six hex digits, no "#").
struct ColorHintProblem {
  std::size_t index = 0;     // the class's position in its array
  std::string got;           // how the value is described: "\"#FF0000\"", "the RGB array [255, 0, 0]", "null"
  std::string example;       // a correct value: the same colour when it can be recovered, else "FF0000"
  std::optional<std::string> replacement;  // the JSON the safe fix writes (quoted hex); nullopt with remove_value
  bool remove_value = false;               // a null color_hint: the safe fix removes it
  bool fixable() const { return replacement.has_value() || remove_value; }
};
// The color_hint problems of one class array, in order.
std::vector<ColorHintProblem> color_hint_problems(element classes);
// The problems for a message, classes with the same wrong value together and runs of positions shortened:
// "classes 0 to 9: null" or "class 0: null and class 1: the RGB array [0, 255, 0]".
std::string describe_color_hint_problems(const std::vector<ColorHintProblem>& problems);

// Compact JSON with object members sorted by key, so that two objects equal as JSON values (the meaning of
// uniqueItems) render the same.
std::string canonical_json(element value);

}  // namespace mlmlint::rules
