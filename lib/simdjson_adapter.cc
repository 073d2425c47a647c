#include "simdjson_adapter.h"

namespace mlmlint::simdjson_adapter_detail {

namespace {
// One parser per container, so that neither document is ever re-parsed (which would invalidate it).
simdjson::dom::element parse_once(simdjson::dom::parser& parser, const char* json) {
  return parser.parse(json, std::char_traits<char>::length(json)).value();
}
}  // namespace

simdjson::dom::element empty_object() {
  static simdjson::dom::parser parser;
  static const simdjson::dom::element kEmpty = parse_once(parser, "{}");
  return kEmpty;
}

simdjson::dom::element empty_array() {
  static simdjson::dom::parser parser;
  static const simdjson::dom::element kEmpty = parse_once(parser, "[]");
  return kEmpty;
}

}  // namespace mlmlint::simdjson_adapter_detail
