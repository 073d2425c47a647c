// URI references as the schemas and catalogue links use them (RFC 3986): resolution against a base,
// fragments, percent-decoding. Shared by the schema bundler ("$ref") and the link walker (hrefs).
#pragma once

#include <string>
#include <string_view>

namespace mlmlint {

// RFC 3986 reference resolution (enough for schema URIs: scheme, authority, path, fragment).
std::string resolve_uri(std::string_view base, std::string_view reference);
// Drops the fragment (and a trailing empty "#").
std::string strip_fragment(std::string_view uri);
// Decodes %XX escapes (URI references: link hrefs, "$ref" fragments); a malformed escape is kept as it is.
std::string percent_decode(std::string_view text);

}  // namespace mlmlint
