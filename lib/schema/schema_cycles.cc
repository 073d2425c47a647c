#include "schema_cycles.h"

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/uri.h"

namespace mlmlint {

namespace {

using simdjson::dom::element;

struct Edge {
  std::string pointer;
  element schema;
  bool same_value;  // applies to the same value (a cycle of these never ends), or descends into it
};

class SchemaGraph {
 public:
  explicit SchemaGraph(element root) : root_(root) {}

  // The subschemas of the schema at `pointer` (which must be an object), as valijson 1.0 draft 7 reads
  // them: a "$ref" replaces its siblings.
  std::vector<Edge> edges(const std::string& pointer, element schema) const {
    // Only objects are schemas with subschemas of their own; booleans and the rest end here.
    std::vector<Edge> out;
    simdjson::dom::object object;
    if (schema.get(object) != simdjson::SUCCESS) return out;
    std::string_view ref;
    if (object["$ref"].get(ref) == simdjson::SUCCESS) {
      if (!ref.empty() && ref.front() == '#') {
        const std::string target = percent_decode(ref.substr(1));
        element resolved;
        if (root_.at_pointer(target).get(resolved) == simdjson::SUCCESS && resolved.is_object()) {
          out.push_back({target, resolved, true});
        }
      }
      return out;
    }
    for (auto [key, value] : object) {
      const std::string at = pointer_append(pointer, key);
      if (key == "allOf" || key == "anyOf" || key == "oneOf") {
        add_items(at, value, true, out);
      } else if (key == "not" || key == "if" || key == "then" || key == "else") {
        add(at, value, true, out);
      } else if (key == "dependencies") {
        add_members(at, value, true, out);  // array values (property dependencies) are no schemas: skipped
      } else if (key == "properties" || key == "patternProperties") {
        add_members(at, value, false, out);
      } else if (key == "items") {
        if (value.is_array()) add_items(at, value, false, out);
        else add(at, value, false, out);
      } else if (key == "additionalItems" || key == "additionalProperties" || key == "contains" ||
                 key == "propertyNames") {
        add(at, value, false, out);
      }
    }
    return out;
  }

 private:
  static void add(const std::string& at, element value, bool same_value, std::vector<Edge>& out) {
    if (value.is_object()) out.push_back({at, value, same_value});
  }
  static void add_items(const std::string& at, element value, bool same_value, std::vector<Edge>& out) {
    simdjson::dom::array array;
    if (value.get(array) != simdjson::SUCCESS) return;
    std::size_t index = 0;
    for (element item : array) add(pointer_append(at, index++), item, same_value, out);
  }
  static void add_members(const std::string& at, element value, bool same_value, std::vector<Edge>& out) {
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS) return;
    for (auto [key, member] : object) add(pointer_append(at, key), member, same_value, out);
  }

  element root_;
};

std::string shown(const std::string& pointer) { return "#" + pointer; }

}  // namespace

std::string find_same_value_cycle(element root) {
  if (!root.is_object()) return {};
  const SchemaGraph graph(root);
  // Depth-first over every subschema reachable from the root, without recursion. A node is "open" while
  // the same-value edges below it are explored: meeting an open node through same-value edges only is a
  // cycle. Descending edges start a fresh same-value path.
  enum class State { kOpen, kDone };
  std::unordered_map<std::string, State> state;
  struct Frame {
    std::string pointer;
    std::vector<Edge> edges;
    std::size_t next = 0;
  };
  std::vector<Edge> pending{{"", root, false}};  // starts of same-value paths
  while (!pending.empty()) {
    const Edge start = std::move(pending.back());
    pending.pop_back();
    if (state.count(start.pointer)) continue;
    std::vector<Frame> stack;
    state[start.pointer] = State::kOpen;
    stack.push_back({start.pointer, graph.edges(start.pointer, start.schema)});
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next == top.edges.size()) {
        state[top.pointer] = State::kDone;
        stack.pop_back();
        continue;
      }
      const Edge edge = top.edges[top.next++];
      if (!edge.same_value) {
        pending.push_back(edge);
        continue;
      }
      auto it = state.find(edge.pointer);
      if (it != state.end() && it->second == State::kOpen) {
        std::string cycle;
        bool in_cycle = false;
        for (const Frame& frame : stack) {
          in_cycle = in_cycle || frame.pointer == edge.pointer;
          if (in_cycle) cycle += shown(frame.pointer) + " -> ";
        }
        return cycle + shown(edge.pointer);
      }
      if (it != state.end()) continue;  // done: no cycle through it
      state[edge.pointer] = State::kOpen;
      stack.push_back({edge.pointer, graph.edges(edge.pointer, edge.schema)});
    }
  }
  return {};
}

}  // namespace mlmlint
