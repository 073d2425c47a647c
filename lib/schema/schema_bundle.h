// Schema bundling: turns a root schema and everything it references into ONE self-contained JSON
// document, so that valijson 1.0 never resolves a URI itself. valijson 1.0 ignores "$id", joins relative
// refs by plain concatenation and caches "#/..." refs of different documents under one key; all three
// are wrong for the STAC/MLM schemas (see ../shared/design/valijson-simdjson.md §3).
//
// The bundle has the shape
//   {"definitions": {"__bundle__": {"0": <root>, "1": <doc>, ...}}, "allOf": [{"$ref": "#/definitions/__bundle__/0"}]}
// and while copying, the bundler
//   - resolves every "$ref" against the base URI in force (document URL, "$id", nested "$id") and rewrites
//     it to a local pointer into the bundle; anchors ("$id": "#name") resolve too;
//   - renames keywords that mlm-lint implements itself (custom valijson constraints, see
//     schema_constraints.h): type, enum, const, pattern, format, `not: {required: [...]}` and
//     `contains: {const: X}`, for readable messages, precompiled regexes and string-only formats;
//   - drops "$id"/"id"/"$schema", non-string title/description and non-schema entries of schema maps
//     (MLM v1.0–v1.2 put "$comment" strings inside "properties"), and turns integral doubles of
//     count keywords (maxItems: 2.0) into integers — all things valijson 1.0 would throw on.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/schema/schema_sources.h"

namespace mlmlint {

struct SchemaBundle {
  std::string json;                    // the bundled document (empty on error)
  std::vector<std::string> missing;    // referenced documents the loader did not know (refs become `true`)
  std::string error;                   // non-empty if the root itself could not be loaded/parsed
};

SchemaBundle bundle_schema(const std::string& root_url, const SchemaLoader& loader);

}  // namespace mlmlint
