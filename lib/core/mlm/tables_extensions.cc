#include "mlmlint/core/tables_extensions.h"

#include <algorithm>
#include <iterator>

#include "mlmlint/core/mlm_version.h"

namespace mlmlint {

namespace {

constexpr ExtensionInfo kExtensions[] = {
    {"eo:", "eo", "eo", "v1.1.0"},
    {"raster:", "raster", "raster", "v1.1.0"},
    {"cube:", "datacube", "datacube", "v2.3.0"},
    {"classification:", "classification", "classification", "v1.1.0"},
    {"processing:", "processing", "processing", "v1.1.0"},
    {"file:", "file", "file", "v2.1.0"},
    {"sci:", "scientific", "scientific", "v1.0.0"},
    {"ml-aoi:", "ml-aoi", "ml-aoi", "v0.2.0"},
    {"label:", "label", "label", "v1.0.1"},
    {"proj:", "projection", "projection", ""},
    {"view:", "view", "view", ""},
    {"sat:", "sat", "sat", ""},
    {"storage:", "storage", "storage", ""},
};

constexpr std::string_view kHost = "stac-extensions.github.io/";
static_assert(std::all_of(std::begin(kExtensions), std::end(kExtensions),
                             [](const ExtensionInfo& e) { return e.prefix.ends_with(':'); }),
              "extension_for_key skips keys without ':'");

constexpr std::string_view kSchemaSuffix = "/schema.json";

}  // namespace

std::span<const ExtensionInfo> extension_table() { return kExtensions; }

const ExtensionInfo* extension_for_key(std::string_view key) {
  // Every prefix ends with ':' (asserted below the table); most keys have none, and this runs per key.
  if (key.find(':') == std::string_view::npos) return nullptr;
  for (const auto& ext : kExtensions) {
    if (key.starts_with(ext.prefix)) return &ext;
  }
  return nullptr;
}

const ExtensionInfo* extension_by_name(std::string_view name) {
  for (const auto& ext : kExtensions) {
    if (ext.name == name) return &ext;
  }
  return nullptr;
}

std::optional<std::string_view> extension_uri_version(const ExtensionInfo& ext, std::string_view uri) {
  if (uri.starts_with("https://")) {
    uri.remove_prefix(8);
  } else if (uri.starts_with("http://")) {
    uri.remove_prefix(7);
  } else {
    return std::nullopt;
  }
  if (!uri.starts_with(kHost)) return std::nullopt;
  uri.remove_prefix(kHost.size());
  if (!uri.starts_with(ext.path) || uri.size() <= ext.path.size() || uri[ext.path.size()] != '/') return std::nullopt;
  uri.remove_prefix(ext.path.size() + 1);
  if (!uri.ends_with(kSchemaSuffix)) return std::nullopt;
  uri.remove_suffix(kSchemaSuffix.size());
  // What remains is the version: "v" followed by at least one version character.
  if (uri.size() < 2 || uri.front() != 'v') return std::nullopt;
  for (char c : uri.substr(1)) {
    if (!is_version_char(c)) return std::nullopt;
  }
  return uri;
}

bool allows_extension_identifiers(std::string_view version) {
  if (version.starts_with('v')) version.remove_prefix(1);
  return version.starts_with("0.") || version == "1.0.0-beta.1" || version == "1.0.0-beta.2";
}

bool is_extension_identifier(std::string_view entry) {
  return !entry.empty() && entry.find_first_of(":/.") == std::string_view::npos;
}

bool identifier_names(const ExtensionInfo& ext, std::string_view identifier) {
  std::string_view prefix = ext.prefix;
  prefix.remove_suffix(1);  // "sci:" -> "sci"
  return identifier == ext.name || identifier == ext.path || identifier == prefix;
}

bool uri_belongs_to(const ExtensionInfo& ext, std::string_view uri) {
  return extension_uri_version(ext, uri).has_value();
}

const ExtensionInfo* extension_for_uri(std::string_view uri) {
  for (const auto& ext : kExtensions) {
    if (uri_belongs_to(ext, uri)) return &ext;
  }
  return nullptr;
}

std::string default_extension_uri(const ExtensionInfo& ext) {
  if (ext.default_version.empty()) return {};
  return "https://" + std::string(kHost) + std::string(ext.path) + "/" + std::string(ext.default_version) +
         std::string(kSchemaSuffix);
}

}  // namespace mlmlint
