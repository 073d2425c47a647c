#include "simdjson_adapter.h"

#include <string_view>
#include <unordered_set>

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

std::size_t distinct_member_count(simdjson::dom::object object) {
  // Small objects (nearly all of STAC) are compared pairwise: no allocation on the validation fast path.
  constexpr std::size_t kSmall = 16;
  std::string_view small[kSmall];
  std::size_t count = 0;
  std::unordered_set<std::string_view> seen;
  for (auto field : object) {
    const std::string_view key = field.key;
    if (count < kSmall && seen.empty()) {
      bool repeated = false;
      for (std::size_t i = 0; i < count && !repeated; ++i) repeated = small[i] == key;
      if (!repeated) small[count++] = key;
      continue;
    }
    if (seen.empty()) seen.insert(small, small + count);
    if (seen.insert(key).second) ++count;
  }
  return count;
}

}  // namespace mlmlint::simdjson_adapter_detail
