#include "schema_bundle.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <unordered_map>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/json_text.h"
#include "mlmlint/core/uri.h"

namespace mlmlint {

// ---------------------------------------------------------------------------------------------
// Bundling

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

enum class Position { kSchema, kSchemaMap, kSchemaArray, kSchemaOrArray, kDependencies, kValue };

// Where a keyword's value sits in draft-07 terms.
Position keyword_position(std::string_view key) {
  static const std::unordered_map<std::string_view, Position> kPositions = {
      {"properties", Position::kSchemaMap},      {"patternProperties", Position::kSchemaMap},
      {"definitions", Position::kSchemaMap},     {"$defs", Position::kSchemaMap},
      {"dependencies", Position::kDependencies}, {"items", Position::kSchemaOrArray},
      {"allOf", Position::kSchemaArray},         {"anyOf", Position::kSchemaArray},
      {"oneOf", Position::kSchemaArray},         {"additionalItems", Position::kSchema},
      {"additionalProperties", Position::kSchema}, {"contains", Position::kSchema},
      {"propertyNames", Position::kSchema},      {"if", Position::kSchema},
      {"then", Position::kSchema},               {"else", Position::kSchema},
      {"not", Position::kSchema},
  };
  auto it = kPositions.find(key);
  return it == kPositions.end() ? Position::kValue : it->second;
}

bool is_count_keyword(std::string_view key) {
  return key == "maxItems" || key == "minItems" || key == "maxLength" || key == "minLength" ||
         key == "maxProperties" || key == "minProperties";
}

struct Doc {
  std::string url;                         // canonical URL it was loaded under
  std::unique_ptr<simdjson::dom::parser> parser;
  element root;
};

struct Target {
  std::size_t doc = 0;
  std::string pointer;  // escaped JSON pointer inside the document
};

class Bundler {
 public:
  explicit Bundler(const SchemaLoader& loader) : loader_(loader) {}

  SchemaBundle run(const std::string& root_url) {
    SchemaBundle result;
    if (!load(root_url)) {
      result.error = "schema " + root_url + " is not available or is not valid JSON";
      return result;
    }
    // Documents are appended while emitting (refs discover them), so loop by index.
    std::vector<std::string> emitted;
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      std::string out;
      const std::string url = docs_[i].url;  // docs_ may grow (and move) while emitting
      emit_schema(docs_[i].root, i, url, "", out);
      emitted.push_back(std::move(out));
    }
    std::string& json = result.json;
    json = "{\"definitions\":{\"__bundle__\":{";
    for (std::size_t i = 0; i < emitted.size(); ++i) {
      if (i) json += ',';
      json += fmt::format("\"{}\":", i);
      json += emitted[i];
    }
    json += "},\"__side__\":{";
    for (std::size_t i = 0; i < side_.size(); ++i) {
      if (i) json += ',';
      json += fmt::format("\"{}\":", i);
      json += side_[i];
    }
    json += "}},\"allOf\":[{\"$ref\":\"#/definitions/__bundle__/0\"}]}";
    result.missing = missing_;
    return result;
  }

 private:
  // Loads a document (once) and indexes its "$id"s. Returns false if unknown or unparseable.
  bool load(const std::string& url) {
    if (by_uri_.count(url)) return true;
    if (failed_.count(url)) return false;
    auto text = loader_(url);
    if (!text) {
      failed_[url] = true;
      return false;
    }
    Doc doc;
    doc.url = url;
    doc.parser = std::make_unique<simdjson::dom::parser>();
    if (doc.parser->parse(simdjson::padded_string(*text)).get(doc.root) != simdjson::SUCCESS) {
      failed_[url] = true;
      return false;
    }
    const std::size_t index = docs_.size();
    docs_.push_back(std::move(doc));
    by_uri_[url] = {index, ""};
    index_ids(docs_[index].root, index, url, "");
    return true;
  }

  // The schema's "$id", unless a sibling "$ref" makes every other keyword meaningless (draft-07).
  static std::optional<std::string_view> id_of(element schema) {
    std::string_view id;
    element ref;
    if (schema["$ref"].get(ref) == simdjson::SUCCESS) return std::nullopt;
    if (schema["$id"].get(id) == simdjson::SUCCESS) return id;
    return std::nullopt;
  }

  // Registers every "$id" (absolute URIs and "#anchor" forms) with the subschema it names.
  void index_ids(element schema, std::size_t doc, const std::string& base_in, const std::string& pointer) {
    std::string base = base_in;
    if (auto id = id_of(schema)) {
      const std::string resolved = resolve_uri(base, *id);
      const std::string key = resolved.size() && resolved.back() == '#' ? resolved.substr(0, resolved.size() - 1) : resolved;
      if (!by_uri_.count(key)) by_uri_[key] = {doc, pointer};
      if (key.find('#') == std::string::npos) base = key;
    }
    for_each_subschema(schema, pointer, [&](element child, const std::string& child_pointer) {
      index_ids(child, doc, base, child_pointer);
    });
  }

  template <typename Fn>
  static void for_each_subschema(element schema, const std::string& pointer, Fn&& fn) {
    simdjson::dom::object obj;
    if (schema.get(obj) != simdjson::SUCCESS) return;
    for (auto field : obj) {
      const std::string here = pointer_append(pointer, field.key);
      switch (keyword_position(field.key)) {
        case Position::kSchema: fn(field.value, here); break;
        case Position::kSchemaMap:
        case Position::kDependencies: {
          simdjson::dom::object map;
          if (field.value.get(map) != simdjson::SUCCESS) break;
          for (auto entry : map) {
            if (entry.value.is_object()) fn(entry.value, pointer_append(here, entry.key));
          }
          break;
        }
        case Position::kSchemaArray:
        case Position::kSchemaOrArray: {
          simdjson::dom::array arr;
          if (field.value.get(arr) == simdjson::SUCCESS) {
            std::size_t i = 0;
            for (auto item : arr) fn(item, pointer_append(here, i++));
          } else {
            fn(field.value, here);
          }
          break;
        }
        case Position::kValue: break;
      }
    }
  }

  // Resolves a "$ref" to "#/definitions/__bundle__/N/..." (or "" when the target is unknown).
  // Resolves a "$ref" to a subschema of a loaded document (its pointer as in the original document), or
  // nullopt when the target is unknown (recorded in missing_).
  std::optional<Target> resolve_ref(std::string_view ref, const std::string& base) {
    const std::string absolute = resolve_uri(base, ref);
    const std::size_t hash = absolute.find('#');
    const std::string doc_uri = absolute.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : absolute.substr(hash + 1);
    if (!fragment.empty() && fragment[0] != '/') {
      // Plain-name fragment: an anchor declared with "$id": "#name".
      auto it = by_uri_.find(absolute);
      if (it == by_uri_.end() && !load(doc_uri)) return missing(doc_uri);
      it = by_uri_.find(absolute);
      if (it == by_uri_.end()) return missing(absolute);
      return it->second;
    }
    auto it = by_uri_.find(doc_uri);
    if (it == by_uri_.end()) {
      if (!load(doc_uri)) return missing(doc_uri);
      it = by_uri_.find(doc_uri);
    }
    Target target = it->second;
    target.pointer += fragment;
    return target;
  }

  // Resolves a "$ref" to "#/definitions/__bundle__/N/..." (or "" when the target is unknown).
  std::string rewrite_ref(std::string_view ref, const std::string& base) {
    const std::optional<Target> target = resolve_ref(ref, base);
    if (!target) return {};
    return fmt::format("#/definitions/__bundle__/{}{}", target->doc, bundle_pointer(target->doc, target->pointer));
  }

  // The bundle moves some subschemas: allOf members into a chain (emit_all_of_chain) and oneOf/anyOf
  // branches into an allOf after their marker. Maps a pointer into an original document to the place the
  // same subschema has in the bundle, walking the document to know which tokens are keywords.
  std::string bundle_pointer(std::size_t doc, const std::string& pointer) const {
    const std::vector<std::string> tokens = split_pointer(pointer);
    std::string out;
    element current = docs_[doc].root;
    std::size_t i = 0;
    while (i < tokens.size()) {
      const std::string& keyword = tokens[i];
      element value;
      if (!current.is_object() || current[keyword].get(value) != simdjson::SUCCESS) break;
      const Position position = keyword_position(keyword);
      if (position == Position::kValue) break;
      out += '/' + escape_pointer_token(keyword);
      ++i;
      current = value;
      if (position == Position::kSchema || i == tokens.size()) continue;
      const std::string& sub = tokens[i];
      if (position == Position::kSchemaMap || position == Position::kDependencies) {
        if (current[sub].get(value) != simdjson::SUCCESS) break;
        out += '/' + escape_pointer_token(sub);
        ++i;
        current = value;
        continue;
      }
      simdjson::dom::array members;
      if (current.get(members) != simdjson::SUCCESS) continue;  // "items" as one schema: `sub` is its keyword
      char* end = nullptr;
      const std::size_t index = std::strtoull(sub.c_str(), &end, 10);
      if (sub.empty() || *end != '\0' || members.at(index).get(value) != simdjson::SUCCESS) break;
      ++i;
      current = value;
      const std::size_t count = members.size();
      if (keyword == "allOf" && count > 1) {
        out += "/0";
        for (std::size_t k = 0; k < index; ++k) out += "/then";
        if (index + 1 < count) out += "/allOf/0";
      } else if (keyword == "oneOf" || keyword == "anyOf") {
        out += fmt::format("/{}/allOf/1", index);
      } else {
        out += fmt::format("/{}", index);
      }
    }
    for (; i < tokens.size(); ++i) out += '/' + escape_pointer_token(tokens[i]);
    return out;
  }

  // For a schema that is only {"$ref": R}: the subschema R names, if it can be found.
  std::optional<element> ref_only_target(element schema, const std::string& base) {
    simdjson::dom::object obj;
    std::string_view ref;
    if (schema.get(obj) != simdjson::SUCCESS || obj.size() != 1 || obj["$ref"].get(ref) != simdjson::SUCCESS) {
      return std::nullopt;
    }
    const std::optional<Target> resolved = resolve_ref(ref, base);
    element target;
    if (!resolved || docs_[resolved->doc].root.at_pointer(resolved->pointer).get(target) != simdjson::SUCCESS) {
      return std::nullopt;
    }
    return target;
  }

  std::nullopt_t missing(const std::string& uri) {
    if (std::find(missing_.begin(), missing_.end(), uri) == missing_.end()) missing_.push_back(uri);
    return std::nullopt;
  }

  static void emit_string(std::string_view s, std::string& out) { append_json_string(out, s); }

  static bool is_false_schema(element value) {
    bool b = true;
    return value.get(b) == simdjson::SUCCESS && !b;
  }

  // `false`, or `{"not": {}}` / `{"not": true}`, which accept nothing either: STAC's item schema writes
  // `"collection": {"not": {}}` in the `else` of its collection-link condition, and valijson's message for it
  // ("has a form the schema forbids here") named neither the member nor the reason.
  static bool accepts_nothing(element value) {
    if (is_false_schema(value)) return true;
    simdjson::dom::object obj;
    element negated;
    if (value.get(obj) != simdjson::SUCCESS || obj["not"].get(negated) != simdjson::SUCCESS) return false;
    bool b = false;
    if (negated.get(b) == simdjson::SUCCESS) return b;
    simdjson::dom::object inner;
    return negated.get(inner) == simdjson::SUCCESS && inner.size() == 0;
  }

  // valijson 1.0 compiles a `false` subschema to "always invalid" and rejects the value without recording
  // any error: the only message left is its parent's wrapper ("Failed to validate against schema associated
  // with property name ..."), which error shaping drops, so a document rejected by the verdict came out with
  // no finding, i.e. valid. x-false fails with a message of its own. `member`: the value of a member named
  // in "properties"/"patternProperties", which the message names ("eo:bands" is not allowed in Item
  // properties). `additionalProperties`/`additionalItems: false` stay literal: valijson gives them a message.
  // `unless_` (inside the `else` of a condition mlm-lint can put in words) becomes the member's reason.
  void emit_false_schema(bool member, std::string& out) const {
    if (member && !unless_.empty()) {
      out += "{\"x-false\":{\"member\":true,\"unless\":";
      emit_string(unless_, out);
      out += "}}";
      return;
    }
    out += member ? "{\"x-false\":\"member\"}" : "{\"x-false\":true}";
  }

  // Words for the common shape of an `if` whose `else` forbids a member: `{"properties": {P: {"contains":
  // {"properties": {K: {"const": V}}, ...}}}}` (STAC items: a link with "rel": "collection"). Empty: no words.
  static std::string describe_condition(element condition) {
    simdjson::dom::object obj, properties;
    if (condition.get(obj) != simdjson::SUCCESS || obj["properties"].get(properties) != simdjson::SUCCESS ||
        properties.size() != 1) {
      return {};
    }
    for (auto property : properties) {
      simdjson::dom::object item_properties;
      if (property.value["contains"]["properties"].get(item_properties) != simdjson::SUCCESS ||
          item_properties.size() != 1) {
        return {};
      }
      for (auto member : item_properties) {
        element value;
        if (member.value["const"].get(value) != simdjson::SUCCESS) return {};
        std::string out = "unless \"";
        out += property.key;
        out += "\" has an item with \"";
        out += member.key;
        out += "\": ";
        out += simdjson::minify(value);
        return out;
      }
    }
    return {};
  }


  void emit_value(element value, std::string& out) { out += simdjson::minify(value); }

  // `not: {"required": [...]}`: the "field is forbidden here" idiom. Annotations and `"type": "object"`
  // may accompany it (x-forbidden ignores non-objects, as `not` of an object-only schema does), and so
  // may `properties` of required names only: MLM's HasArtifactType is {type: object, required: [f],
  // properties: {f: <f's definition>}}. Strictly, `not` then passes when f is present but invalid; the
  // MLM schemas validate f against the same definition on every asset (`fields`), so the verdict is
  // the same and the message names the field instead of "has a form the schema forbids here".
  static bool is_forbidden_idiom(element value) {
    simdjson::dom::object obj;
    simdjson::dom::array required;
    if (value.get(obj) != simdjson::SUCCESS || obj["required"].get(required) != simdjson::SUCCESS) return false;
    for (auto field : obj) {
      const std::string_view k = field.key;
      if (k == "required" || k == "$comment" || k == "title" || k == "description") continue;
      std::string_view type;
      if (k == "type" && field.value.get(type) == simdjson::SUCCESS && type == "object") continue;
      simdjson::dom::object properties;
      if (k != "properties" || field.value.get(properties) != simdjson::SUCCESS) return false;
      for (auto property : properties) {
        bool is_required = false;
        for (auto name : required) {
          std::string_view n;
          is_required = is_required || (name.get(n) == simdjson::SUCCESS && n == property.key);
        }
        if (!is_required) return false;
      }
    }
    return true;
  }

  // `not: {anyOf: [{required: [a]}, {required: [b]}, ...]}`: none of these fields may appear.
  static bool is_forbidden_any_idiom(element value) {
    simdjson::dom::object obj;
    simdjson::dom::array any;
    if (value.get(obj) != simdjson::SUCCESS || obj.size() != 1 || obj["anyOf"].get(any) != simdjson::SUCCESS) return false;
    for (auto branch : any) {
      simdjson::dom::object b;
      simdjson::dom::array required;
      if (branch.get(b) != simdjson::SUCCESS || b.size() != 1 || b["required"].get(required) != simdjson::SUCCESS ||
          required.size() != 1 || !required.at(0).is_string()) {
        return false;
      }
    }
    return true;
  }

  // `not: {contains: {const: X}}`: X must not be listed.
  static bool is_not_contains_const_idiom(element value) {
    simdjson::dom::object obj;
    element contains;
    return value.get(obj) == simdjson::SUCCESS && obj.size() == 1 &&
           obj["contains"].get(contains) == simdjson::SUCCESS && is_contains_const(contains);
  }

  // `contains` forms with a custom constraint: {"const": X} and {"type": T, "const": X} (X of type T) as
  // x-contains-const, {"enum": [...]} (with a "type" every value has) as x-contains-enum, {"type": "string",
  // "pattern": P} as x-contains-pattern.
  static std::optional<std::pair<std::string_view, element>> simple_contains(element value) {
    simdjson::dom::object obj;
    if (value.get(obj) != simdjson::SUCCESS) return std::nullopt;
    element type, c, e, pattern;
    const bool has_type = obj["type"].get(type) == simdjson::SUCCESS;
    const bool has_const = obj["const"].get(c) == simdjson::SUCCESS;
    const bool has_enum = obj["enum"].get(e) == simdjson::SUCCESS && e.is_array();
    const bool has_pattern = obj["pattern"].get(pattern) == simdjson::SUCCESS && pattern.is_string();
    if (obj.size() != static_cast<std::size_t>(has_type) + has_const + has_enum + has_pattern || obj.size() == 0) {
      return std::nullopt;
    }
    std::string_view type_name;
    if (has_type && type.get(type_name) != simdjson::SUCCESS) return std::nullopt;
    const auto of_type = [&](element v) { return !has_type || type_name == json_type_name(v); };
    if (has_const && !has_enum && !has_pattern && of_type(c)) return std::make_pair(std::string_view("x-contains-const"), c);
    if (has_enum && !has_const && !has_pattern) {
      simdjson::dom::array values;
      if (e.get(values) != simdjson::SUCCESS) return std::nullopt;
      for (auto item : values) {
        if (!of_type(item)) return std::nullopt;
      }
      return std::make_pair(std::string_view("x-contains-enum"), e);
    }
    if (has_pattern && !has_const && !has_enum && has_type && type_name == "string") {
      return std::make_pair(std::string_view("x-contains-pattern"), pattern);
    }
    return std::nullopt;
  }

  // The JSON Schema type name of a value ("integer" for integral numbers is not needed: "number" covers them
  // only through the type keyword, so an integral const with "type": "integer" is simply not recognised).
  static std::string_view json_type_name(element v) {
    switch (v.type()) {
      case element_type::STRING: return "string";
      case element_type::ARRAY: return "array";
      case element_type::OBJECT: return "object";
      case element_type::BOOL: return "boolean";
      case element_type::NULL_VALUE: return "null";
      default: return "number";
    }
  }

  static bool is_contains_const(element value) {
    simdjson::dom::object obj;
    if (value.get(obj) != simdjson::SUCCESS || obj.size() != 1) return false;
    element c;
    return obj["const"].get(c) == simdjson::SUCCESS;
  }

  // valijson 1.0 stops evaluating an allOf at its first failing member even when it collects errors, so
  // every independent problem in a later member stayed hidden until the first was fixed. It does evaluate
  // every constraint of one subschema, so allOf [S0, S1, ..., Sn] is emitted as the chain
  // [{"allOf": [S0], "if": {}, "then": {"allOf": [S1], "if": {}, "then": ... Sn}}]: the same verdict,
  // and each member's errors are collected.
  void emit_all_of_chain(const std::vector<element>& members, std::size_t i, std::size_t doc, const std::string& base,
                         const std::string& pointer, std::string& out) {
    if (i + 1 == members.size()) {
      emit_schema(members[i], doc, base, pointer_append(pointer, i), out);
      return;
    }
    out += "{\"allOf\":[";
    emit_schema(members[i], doc, base, pointer_append(pointer, i), out);
    out += "],\"if\":{},\"then\":";
    emit_all_of_chain(members, i + 1, doc, base, pointer, out);
    out += '}';
  }

  void emit_schema(element schema, std::size_t doc, const std::string& base_in, const std::string& pointer,
                   std::string& out) {
    simdjson::dom::object obj;
    if (schema.get(obj) != simdjson::SUCCESS) {
      if (is_false_schema(schema)) {
        emit_false_schema(false, out);
      } else {
        emit_value(schema, out);  // `true` (or junk, which valijson reports at load time)
      }
      return;
    }
    std::string base = base_in;
    if (auto id = id_of(schema)) {
      const std::string resolved = resolve_uri(base, *id);
      if (resolved.find('#') == std::string::npos || resolved.back() == '#') base = strip_fragment(resolved);
    }
    out += '{';
    bool first = true;
    auto key = [&](std::string_view k) {
      if (!first) out += ',';
      first = false;
      emit_string(k, out);
      out += ':';
    };
    for (auto field : obj) {
      const std::string_view k = field.key;
      const element v = field.value;
      const std::string here = pointer_append(pointer, k);
      if (k == "$id" || k == "$schema" || (k == "id" && v.is_string())) continue;
      if ((k == "title" || k == "description") && !v.is_string()) continue;
      if (k == "$ref" && v.is_string()) {
        const std::string rewritten = rewrite_ref(v.get_string().value_unsafe(), base);
        key("$ref");
        // An unknown target accepts anything (reported through SchemaBundle::missing).
        emit_string(rewritten.empty() ? "#/definitions/__bundle__/__true__" : rewritten, out);
        if (rewritten.empty()) needs_true_ = true;
        continue;
      }
      if (k == "format" && v.is_string()) {
        key("x-format");
        emit_value(v, out);
        continue;
      }
      if (k == "uniqueItems" && v.is_bool()) {
        // valijson's uniqueItems compares every pair of items; ours hashes (schema_constraints.h).
        if (v.get_bool().value_unsafe()) {
          key("x-unique-items");
          out += "true";
        }
        continue;
      }
      if (k == "type" || k == "enum" || k == "const" || (k == "pattern" && v.is_string())) {
        key(std::string("x-") + std::string(k));
        emit_value(v, out);
        continue;
      }
      if (k == "not") {
        // `not: {"$ref": ...}` whose target is the forbidden-field idiom (MLM's HasArtifactType).
        const std::optional<element> target = ref_only_target(v, base);
        const element forbidden = target && is_forbidden_idiom(*target) ? *target : v;
        if (is_forbidden_idiom(forbidden)) {
          key("x-forbidden");
          emit_value(forbidden["required"].value_unsafe(), out);
          continue;
        }
      }
      if (k == "not" && is_forbidden_any_idiom(v)) {
        key("x-forbidden-any");
        out += '[';
        std::size_t i = 0;
        const simdjson::dom::array any = v["anyOf"].get_array().value_unsafe();
        for (auto branch : any) {
          if (i++) out += ',';
          emit_value(branch["required"].at(0).value_unsafe(), out);
        }
        out += ']';
        continue;
      }
      if (k == "not" && is_not_contains_const_idiom(v)) {
        key("x-not-contains-const");
        emit_value(v["contains"]["const"].value_unsafe(), out);
        continue;
      }
      if (k == "contains") {
        // The item an array must contain, when it is one value, one of some values or a string of a pattern
        // (stac_extensions' extension URIs, roles): named in the message instead of valijson's "no item".
        if (const auto simple = simple_contains(v)) {
          key(simple->first);
          emit_value(simple->second, out);
          continue;
        }
      }
      if (is_count_keyword(k) && v.type() == element_type::DOUBLE) {
        const double d = v.get_double().value_unsafe();
        key(k);
        if (d >= 0 && std::floor(d) == d && d < 9e15) {
          out += std::to_string(static_cast<long long>(d));
        } else {
          emit_value(v, out);
        }
        continue;
      }
      if (k == "propertyNames") {
        // valijson 1.0 compiles the propertyNames subschema under its parent's cache key, so names
        // would be checked against the parent schema. Behind a "$ref" it gets a key of its own.
        std::string side;
        emit_schema(v, doc, base, here, side);
        side_.push_back(std::move(side));
        key(k);
        out += fmt::format("{{\"$ref\":\"#/definitions/__side__/{}\"}}", side_.size() - 1);
        continue;
      }
      if (k == "else") {
        // The condition's words reach the `false` members of the else branch.
        element condition;
        const std::string saved = unless_;
        unless_ = obj["if"].get(condition) == simdjson::SUCCESS ? describe_condition(condition) : std::string();
        key(k);
        emit_schema(v, doc, base, here, out);
        unless_ = saved;
        continue;
      }
      switch (keyword_position(k)) {
        case Position::kSchema:
          key(k);
          if ((k == "additionalProperties" || k == "additionalItems") && v.is_bool()) {
            emit_value(v, out);  // valijson's own check, with a message (see emit_false_schema)
          } else {
            emit_schema(v, doc, base, here, out);
          }
          break;
        case Position::kSchemaMap:
        case Position::kDependencies: {
          simdjson::dom::object map;
          if (v.get(map) != simdjson::SUCCESS) break;  // not a map: drop rather than crash valijson
          key(k);
          out += '{';
          bool first_entry = true;
          for (auto entry : map) {
            const bool is_schema = entry.value.is_object() || entry.value.is_bool();
            const bool is_dep_array = keyword_position(k) == Position::kDependencies && entry.value.is_array();
            if (!is_schema && !is_dep_array) continue;  // e.g. "$comment" strings inside "properties"
            if (!first_entry) out += ',';
            first_entry = false;
            emit_string(entry.key, out);
            out += ':';
            if (is_dep_array) {
              emit_value(entry.value, out);
            } else if ((k == "properties" || k == "patternProperties") && accepts_nothing(entry.value)) {
              emit_false_schema(true, out);
            } else {
              emit_schema(entry.value, doc, base, pointer_append(here, entry.key), out);
            }
          }
          out += '}';
          break;
        }
        case Position::kSchemaArray:
        case Position::kSchemaOrArray: {
          simdjson::dom::array arr;
          key(k);
          if (k == "allOf" && v.get(arr) == simdjson::SUCCESS && arr.size() > 1) {
            std::vector<element> members(arr.begin(), arr.end());
            out += '[';
            emit_all_of_chain(members, 0, doc, base, here, out);
            out += ']';
            break;
          }
          if (v.get(arr) == simdjson::SUCCESS) {
            // Each oneOf/anyOf branch starts with an x-branch marker so that error shaping can tell
            // exactly which errors came from which branch (see schema_check.cc).
            const bool mark = k == "oneOf" || k == "anyOf";
            const std::size_t combinator = mark ? next_combinator_++ : 0;
            out += '[';
            std::size_t i = 0;
            for (auto item : arr) {
              if (i) out += ',';
              if (mark) out += fmt::format("{{\"allOf\":[{{\"x-branch\":\"{}/{}\"}},", combinator, i);
              emit_schema(item, doc, base, pointer_append(here, i), out);
              if (mark) out += "]}";
              ++i;
            }
            out += ']';
          } else {
            emit_schema(v, doc, base, here, out);
          }
          break;
        }
        case Position::kValue:
          key(k);
          emit_value(v, out);
          break;
      }
    }
    out += '}';
  }

 public:
  bool needs_true_ = false;

 private:
  const SchemaLoader& loader_;
  std::vector<Doc> docs_;
  std::map<std::string, Target> by_uri_;
  std::map<std::string, bool> failed_;
  std::vector<std::string> missing_;
  std::vector<std::string> side_;  // subschemas moved out of line (see propertyNames)
  std::size_t next_combinator_ = 0;
  std::string unless_;  // see emit_false_schema
};

}  // namespace

SchemaBundle bundle_schema(const std::string& root_url, const SchemaLoader& loader) {
  Bundler bundler(loader);
  SchemaBundle result = bundler.run(strip_fragment(root_url));
  if (!result.json.empty() && bundler.needs_true_) {
    // Give unresolvable refs a target that accepts everything.
    const std::string marker = "{\"definitions\":{\"__bundle__\":{";
    result.json.insert(marker.size(), "\"__true__\":true,");
  }
  return result;
}

}  // namespace mlmlint
