// The schemas embedded in the binary at build time (schemas/, generated embedded_schemas.cc), found by URL
// through index.json and the $id aliases of id_aliases.json. The bottom of the schema layer: the source
// chain (schema_sources) and the registry both read it, neither through the other.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mlmlint {

// The text of an embedded schema by URL (the fragment is ignored), or nullopt.
std::optional<std::string> embedded_schema_text(const std::string& url);
// Every URL the embedded index knows, in the index's order.
std::vector<std::string> embedded_schema_urls();

}  // namespace mlmlint
