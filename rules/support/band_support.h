// Band and variable definitions of an Item and the references to them from mlm:input / mlm:output
// (RULES.md §4.5, used by MLM4xx). Everything here is linear in the document: name lookups use hash sets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

// The three keys under which an Item can define bands.
inline constexpr std::string_view kEoBands = "eo:bands";
inline constexpr std::string_view kRasterBands = "raster:bands";
inline constexpr std::string_view kCoreBands = "bands";  // STAC 1.1 common metadata

// One band list: an array under eo:bands / raster:bands / bands in Item properties or on an asset.
struct BandList {
  std::string_view key;       // kEoBands, kRasterBands or kCoreBands
  std::string pointer;        // "/properties/eo:bands", "/assets/model/raster:bands"
  std::string owner_pointer;  // "/properties" or "/assets/model"
  bool in_properties = false;
  bool on_model_asset = false;
  element value;              // the array
  std::size_t size = 0;
};

// Every band list of the Item, properties first, then assets in document order. Non-array values are
// skipped (the schema reports their type).
std::vector<BandList> band_lists(const RuleContext& ctx);

// The bands defined by all band lists, for resolving references.
struct BandIndex {
  std::vector<BandList> lists;
  std::unordered_set<std::string_view> names;
  std::vector<std::string_view> names_in_order;  // unique, in order of first definition
  // common_name / eo:common_name -> name of the first band that carries it
  std::unordered_map<std::string_view, std::string_view> common_names;

  bool any_entries() const;  // some band list is non-empty
  bool defines(std::string_view name) const { return names.count(name) > 0; }
};
BandIndex build_band_index(const RuleContext& ctx);

// Variable definitions: keys of every cube:variables object (Item properties or any asset).
struct VariableIndex {
  std::vector<Located> objects;  // the cube:variables objects; `pointer` is ".../cube:variables"
  std::unordered_set<std::string_view> names;
  std::vector<std::string_view> names_in_order;  // unique, in order of first definition
  bool defines(std::string_view name) const { return names.count(name) > 0; }
};
VariableIndex build_variable_index(const RuleContext& ctx);

// One entry of the `bands` or `variables` list of an input or output.
struct Reference {
  std::string io_pointer;             // "/properties/mlm:input/0"
  std::string pointer;                // the string entry, or ".../name" for the object form
  std::optional<std::string_view> name;
  bool is_virtual = false;
};
// Every entry of `list_key` ("bands" / "variables") of every input, then every output.
std::vector<Reference> references(const RuleContext& ctx, std::string_view list_key);

// An input or output whose `list_key` list is a non-empty array.
struct ReferencingIo {
  std::string io_pointer;
  std::string list_pointer;  // io_pointer + "/bands" (or "/variables")
  std::size_t size = 0;
};
std::vector<ReferencingIo> referencing_ios(const RuleContext& ctx, std::string_view list_key);

// "B02, B03, B04" — at most `limit` names, then "… (N more)".
std::string join_names(const std::vector<std::string_view>& names, std::size_t limit = 20);

// A stac_extensions entry "https://stac-extensions.github.io/<extension>/v<version>/schema.json".
struct DeclaredExtension {
  std::size_t index = 0;
  std::string_view uri;
  std::string_view version;  // "1.1.0", "2.0.0-beta.1"
  std::optional<int> major;
};
std::vector<DeclaredExtension> declared_extensions(const RuleContext& ctx, std::string_view extension);
// Some declared URI of `extension` has this major version (the schema patterns, e.g. raster v1.x.y).
bool declares_major(const RuleContext& ctx, std::string_view extension, int major);

// stac_version is 1.1 or later (the schema's stac_version_1.1 pattern); nullopt when absent or unparseable.
std::optional<bool> stac_1_1_or_later(const RuleContext& ctx);

// MLM403's situation for one of eo/raster: a non-empty `<ext>:bands` list exists, no v1.x URI of the
// extension is declared, but another major version is (e.g. raster v2.0.0, which moved to STAC 1.1 bands).
// Not reported when STAC 1.1 `properties.bands` (stac_version >= 1.1) can resolve the references instead.
struct UnsupportedBandExtension {
  std::string_view extension;  // "eo" or "raster"
  DeclaredExtension declared;  // the first declared URI with a major version other than 1
};
std::vector<UnsupportedBandExtension> unsupported_band_extensions(const RuleContext& ctx,
                                                                  const std::vector<BandList>& lists);

}  // namespace mlmlint::rules
