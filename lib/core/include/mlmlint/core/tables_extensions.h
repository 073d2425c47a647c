// RULES.md §2.8 (T6): STAC extensions whose fields are recognised by their key prefix, with the URI
// pattern of their schemas and the default URI that fixes add.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mlmlint {

struct ExtensionInfo {
  std::string_view prefix;           // key prefix, e.g. "eo:"
  std::string_view name;             // extension name used in messages, e.g. "scientific"
  std::string_view path;             // URI path segment: https://stac-extensions.github.io/{path}/v{V}/schema.json
  std::string_view default_version;  // "v1.1.0"; empty when fixes must not add a URI
};

// The whole table, in RULES.md order. Each extension has exactly one entry (one prefix).
std::span<const ExtensionInfo> extension_table();

// The extension whose prefix starts `key` ("sci:doi" -> scientific); nullptr for other keys.
const ExtensionInfo* extension_for_key(std::string_view key);
// Look-up by extension name ("classification").
const ExtensionInfo* extension_by_name(std::string_view name);

// The version part ("v1.1.0") if `uri` is a schema URI of `ext`
// (`http(s)://stac-extensions.github.io/{path}/v{V}/schema.json`), else nullopt.
std::optional<std::string_view> extension_uri_version(const ExtensionInfo& ext, std::string_view uri);
// True if `uri` is a schema URI of `ext`, any version.
bool uri_belongs_to(const ExtensionInfo& ext, std::string_view uri);
// The extension a stac_extensions URI belongs to, or nullptr.
const ExtensionInfo* extension_for_uri(std::string_view uri);

// STAC 0.x up to 1.0.0-beta.2 let stac_extensions name an extension by its short identifier ("eo", "scientific",
// "dl-model", "checksum"); from 1.0.0-rc.1 on the entries are schema URIs.
bool allows_extension_identifiers(std::string_view stac_version);
// An entry that is such an identifier: no scheme, no path, no file name.
bool is_extension_identifier(std::string_view entry);
// True if the identifier names `ext` ("eo", "scientific", "sci").
bool identifier_names(const ExtensionInfo& ext, std::string_view identifier);

// https://stac-extensions.github.io/{path}/{default_version}/schema.json; empty without a default.
std::string default_extension_uri(const ExtensionInfo& ext);

}  // namespace mlmlint
