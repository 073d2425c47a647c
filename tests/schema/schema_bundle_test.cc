// The bundler turns a schema and everything it references into one document for valijson. Each test
// bundles a small in-memory schema set and checks both the bundle itself (what was loaded, what is
// missing, how keywords were rewritten) and how documents validate against it, which is what a wrong
// base URI or a mis-resolved "$ref" would change.
#include "mlmlint/core/uri.h"
#include "schema_bundle.h"

#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <simdjson.h>
#include <valijson/validator.hpp>

#include "schema_passes.h"
#include "mlmlint/schema/schema_registry.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// --- resolve_uri / strip_fragment ----------------------------------------------------------------

TEST(ResolveUri, RelativePaths) {
  const std::string base = "https://ex.org/s/v1/schema.json";
  EXPECT_EQ(resolve_uri(base, "other.json"), "https://ex.org/s/v1/other.json");
  EXPECT_EQ(resolve_uri(base, "./other.json"), "https://ex.org/s/v1/other.json");
  EXPECT_EQ(resolve_uri(base, "sub/x.json#/definitions/a"), "https://ex.org/s/v1/sub/x.json#/definitions/a");
}

TEST(ResolveUri, DotDotSegments) {
  const std::string base = "https://ex.org/s/v1/schema.json";
  EXPECT_EQ(resolve_uri(base, "../v2/schema.json"), "https://ex.org/s/v2/schema.json");
  EXPECT_EQ(resolve_uri(base, "../../x.json"), "https://ex.org/x.json");
  EXPECT_EQ(resolve_uri(base, "../../../../x.json"), "https://ex.org/x.json");  // cannot climb above the root
  EXPECT_EQ(resolve_uri(base, "a/../b/./c.json"), "https://ex.org/s/v1/b/c.json");
}

TEST(ResolveUri, Rfc3986NormalExamples) {
  // RFC 3986 §5.4.1 (without query and parameters, which schema URIs do not use).
  const std::string base = "http://a/b/c/d";
  EXPECT_EQ(resolve_uri(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(resolve_uri(base, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(resolve_uri(base, "/g"), "http://a/g");
  EXPECT_EQ(resolve_uri(base, "//g"), "http://g");
  EXPECT_EQ(resolve_uri(base, "."), "http://a/b/c/");
  EXPECT_EQ(resolve_uri(base, ".."), "http://a/b/");
  EXPECT_EQ(resolve_uri(base, "../g"), "http://a/b/g");
  EXPECT_EQ(resolve_uri(base, "../.."), "http://a/");
  EXPECT_EQ(resolve_uri(base, "../../g"), "http://a/g");
  EXPECT_EQ(resolve_uri(base, "g/./h"), "http://a/b/c/g/h");
  EXPECT_EQ(resolve_uri(base, "g/../h"), "http://a/b/c/h");
  EXPECT_EQ(resolve_uri(base, "g."), "http://a/b/c/g.");
  EXPECT_EQ(resolve_uri(base, ".g"), "http://a/b/c/.g");
  EXPECT_EQ(resolve_uri(base, "#s"), "http://a/b/c/d#s");
  EXPECT_EQ(resolve_uri(base, "g#s"), "http://a/b/c/g#s");
}

TEST(ResolveUri, AbsolutePathsAndUris) {
  const std::string base = "https://ex.org/s/v1/schema.json";
  EXPECT_EQ(resolve_uri(base, "/abs/x.json"), "https://ex.org/abs/x.json");
  EXPECT_EQ(resolve_uri(base, "https://other.org/p/./q/../r.json#/x"), "https://other.org/p/r.json#/x");
  EXPECT_EQ(resolve_uri(base, "//cdn.org/x.json"), "https://cdn.org/x.json");
  EXPECT_EQ(resolve_uri("https://ex.org", "x.json"), "https://ex.org/x.json");  // base without a path
}

TEST(ResolveUri, FragmentsAndEmptyReferences) {
  const std::string base = "https://ex.org/s/schema.json#/definitions/old";
  EXPECT_EQ(resolve_uri(base, "#/definitions/new"), "https://ex.org/s/schema.json#/definitions/new");
  EXPECT_EQ(resolve_uri(base, "#anchor"), "https://ex.org/s/schema.json#anchor");
  EXPECT_EQ(resolve_uri(base, ""), "https://ex.org/s/schema.json");
}

TEST(ResolveUri, UrnBases) {
  EXPECT_EQ(resolve_uri("urn:example:root", "#/definitions/a"), "urn:example:root#/definitions/a");
  EXPECT_EQ(resolve_uri("urn:example:root#x", "#y"), "urn:example:root#y");
  EXPECT_EQ(resolve_uri("urn:example:root", "urn:example:other#z"), "urn:example:other#z");
  // An opaque base has no path to merge with: the reference stays as written.
  EXPECT_EQ(resolve_uri("urn:example:root", "other.json"), "other.json");
  EXPECT_EQ(resolve_uri("https://ex.org/a/b.json", "urn:uuid:1234"), "urn:uuid:1234");
}

TEST(StripFragment, DropsEverythingFromTheHash) {
  EXPECT_EQ(strip_fragment("https://ex.org/a.json#/x"), "https://ex.org/a.json");
  EXPECT_EQ(strip_fragment("https://ex.org/a.json#"), "https://ex.org/a.json");
  EXPECT_EQ(strip_fragment("https://ex.org/a.json"), "https://ex.org/a.json");
  EXPECT_EQ(strip_fragment("#x"), "");
}

// --- bundle_schema -------------------------------------------------------------------------------

// An in-memory schema store that records which URLs the bundler asked for.
class Store {
 public:
  Store& add(std::string url, std::string text) {
    docs_[std::move(url)] = std::move(text);
    return *this;
  }
  SchemaLoader loader() {
    return [this](const std::string& url) -> std::optional<std::string> {
      requested_.push_back(url);
      auto it = docs_.find(url);
      if (it == docs_.end()) return std::nullopt;
      return it->second;
    };
  }
  const std::vector<std::string>& requested() const { return requested_; }

 private:
  std::map<std::string, std::string> docs_;
  std::vector<std::string> requested_;
};

// Bundles, compiles and validates through the same path the linter uses.
class Bundled {
 public:
  Bundled(Store& store, const std::string& url) : registry_(store.loader()) {
    std::string error;
    schema_ = registry_.get(url, &error);
    EXPECT_NE(schema_, nullptr) << error;
  }
  // "" when valid, else "pointer: message" lines.
  std::string check(std::string_view json) {
    if (!schema_) return "<no schema>";
    simdjson::dom::element doc;
    EXPECT_EQ(parser_.parse(simdjson::padded_string(json)).get(doc), simdjson::SUCCESS) << json;
    const bool accepted = schema_accepts(*schema_, doc, validator_);
    std::string out;
    for (const auto& e : schema_errors(*schema_, doc, validator_)) out += (out.empty() ? "" : "\n") + e.pointer + ": " + e.message;
    EXPECT_EQ(accepted, out.empty()) << "fail-fast and exhaustive validation disagree on " << json;
    return out;
  }
  const CompiledSchema* schema() const { return schema_; }

 private:
  SchemaRegistry registry_;
  const CompiledSchema* schema_ = nullptr;
  simdjson::dom::parser parser_;
  valijson::Validator validator_{valijson::Validator::kStrongTypes};
};

// The bundle as a DOM, to look at how a subschema was emitted. "/0/..." is document 0 (the root).
class BundleDom {
 public:
  explicit BundleDom(const SchemaBundle& bundle) {
    EXPECT_EQ(parser_.parse(simdjson::padded_string(bundle.json)).get(root_), simdjson::SUCCESS) << bundle.json;
  }
  std::string at(std::string_view pointer) {
    simdjson::dom::element e;
    const std::string full = "/definitions/__bundle__" + std::string(pointer);
    if (root_.at_pointer(full).get(e) != simdjson::SUCCESS) return "<absent>";
    return simdjson::minify(e);
  }

 private:
  simdjson::dom::parser parser_;
  simdjson::dom::element root_;
};

const std::string kRoot = "https://ex.org/s/root.json";
const std::string kDefs = R"({"definitions": {"positive": {"type": "integer", "minimum": 1}}})";

TEST(BundleSchema, RefsAcrossDocumentsResolveAgainstEachDocumentsUrl) {
  Store store;
  store.add(kRoot, R"({"properties": {"a": {"$ref": "defs.json#/definitions/positive"},
                                      "b": {"$ref": "sub/other.json"}}})")
      .add("https://ex.org/s/defs.json", kDefs)
      // Relative to sub/, so "../defs.json" is the same document as above.
      .add("https://ex.org/s/sub/other.json", R"({"$ref": "../defs.json#/definitions/positive"})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  EXPECT_EQ(bundle.error, "");
  EXPECT_THAT(bundle.missing, IsEmpty());
  // Each document is loaded once, under its absolute URL.
  EXPECT_THAT(store.requested(),
              ElementsAre(kRoot, "https://ex.org/s/defs.json", "https://ex.org/s/sub/other.json"));
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/properties/a"), R"({"$ref":"#/definitions/__bundle__/1/definitions/positive"})");
  EXPECT_EQ(dom.at("/0/properties/b"), R"({"$ref":"#/definitions/__bundle__/2"})");
  EXPECT_EQ(dom.at("/2"), R"({"$ref":"#/definitions/__bundle__/1/definitions/positive"})");

  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"a": 1, "b": 2})"), "");
  EXPECT_EQ(schema.check(R"({"a": 0})"), "/a: must be >= 1");
  EXPECT_EQ(schema.check(R"({"b": "x"})"), "/b: expected integer, got a string");
}

TEST(BundleSchema, SameLocalPointerInTwoDocumentsStaysDistinct) {
  // valijson alone caches "#/definitions/x" once for both documents.
  Store store;
  store.add(kRoot, R"({"definitions": {"x": {"type": "string"}},
                       "properties": {"s": {"$ref": "#/definitions/x"}, "o": {"$ref": "other.json"}}})")
      .add("https://ex.org/s/other.json", R"({"definitions": {"x": {"type": "integer"}}, "allOf": [{"$ref": "#/definitions/x"}]})");
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"s": "a", "o": 1})"), "");
  EXPECT_EQ(schema.check(R"({"s": 1})"), "/s: expected string, got an integer");
  EXPECT_EQ(schema.check(R"({"o": "a"})"), "/o: expected integer, got a string");
}

TEST(BundleSchema, NestedIdChangesTheBaseUri) {
  Store store;
  store.add(kRoot, R"({"properties": {
          "n": {"$id": "https://other.org/base/inner.json", "properties": {"m": {"$ref": "leaf.json"}}},
          "r": {"$id": "nested/", "properties": {"k": {"$ref": "leaf.json"}}}}})")
      .add("https://other.org/base/leaf.json", R"({"type": "boolean"})")
      .add("https://ex.org/s/nested/leaf.json", R"({"type": "null"})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  EXPECT_THAT(bundle.missing, IsEmpty());
  EXPECT_THAT(store.requested(), ElementsAre(kRoot, "https://other.org/base/leaf.json", "https://ex.org/s/nested/leaf.json"));
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"n": {"m": true}, "r": {"k": null}})"), "");
  EXPECT_EQ(schema.check(R"({"n": {"m": 1}})"), "/n/m: expected boolean, got an integer");
  EXPECT_EQ(schema.check(R"({"r": {"k": 1}})"), "/r/k: expected null, got an integer");
}

TEST(BundleSchema, EmbeddedIdsAndAnchorsAreFoundWithoutTheLoader) {
  Store store;
  store.add(kRoot, R"({"definitions": {
          "inner": {"$id": "https://other.org/inner.json", "type": "string"},
          "named": {"$id": "#named", "type": "integer"}},
        "properties": {"a": {"$ref": "https://other.org/inner.json"}, "b": {"$ref": "#named"}}})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  EXPECT_THAT(bundle.missing, IsEmpty());
  EXPECT_THAT(store.requested(), ElementsAre(kRoot));  // never asked for other.org
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/properties/a"), R"({"$ref":"#/definitions/__bundle__/0/definitions/inner"})");
  EXPECT_EQ(dom.at("/0/properties/b"), R"({"$ref":"#/definitions/__bundle__/0/definitions/named"})");
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"a": "x", "b": 1})"), "");
  EXPECT_EQ(schema.check(R"({"a": 1, "b": "x"})"), "/a: expected string, got an integer\n/b: expected integer, got a string");
}

TEST(BundleSchema, IdNextToRefIsIgnored) {
  // draft-07: "$ref" makes every sibling meaningless, "$id" included, so "defs.json" resolves against
  // the document's own URL, not against https://elsewhere.org/x/.
  Store store;
  store.add(kRoot, R"({"properties": {"r": {"$id": "https://elsewhere.org/x/", "$ref": "defs.json#/definitions/positive"}}})")
      .add("https://ex.org/s/defs.json", kDefs);
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  EXPECT_THAT(bundle.missing, IsEmpty());
  EXPECT_THAT(store.requested(), ElementsAre(kRoot, "https://ex.org/s/defs.json"));
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"r": 0})"), "/r: must be >= 1");
}

TEST(BundleSchema, MissingDocumentsAreListedAndAcceptEverything) {
  Store store;
  store.add(kRoot, R"({"properties": {"gone": {"$ref": "nothere.json#/definitions/x"},
                                      "also": {"$ref": "nothere.json"},
                                      "anchor": {"$ref": "#nope"},
                                      "a": {"$ref": "defs.json#/definitions/positive"}}})")
      .add("https://ex.org/s/defs.json", kDefs);
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  EXPECT_EQ(bundle.error, "");
  EXPECT_THAT(bundle.missing, ElementsAre("https://ex.org/s/nothere.json", "https://ex.org/s/root.json#nope"));
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/__true__"), "true");
  EXPECT_EQ(dom.at("/0/properties/gone"), R"({"$ref":"#/definitions/__bundle__/__true__"})");

  Bundled schema(store, kRoot);
  ASSERT_NE(schema.schema(), nullptr);
  EXPECT_THAT(schema.schema()->missing, ElementsAre("https://ex.org/s/nothere.json", "https://ex.org/s/root.json#nope"));
  EXPECT_EQ(schema.check(R"({"gone": [1, {}], "also": null, "anchor": "x", "a": 5})"), "");
  EXPECT_EQ(schema.check(R"({"gone": 1, "a": -1})"), "/a: must be >= 1");  // the rest is still checked
}

TEST(BundleSchema, UnknownOrBrokenRootIsAnError) {
  Store store;
  store.add("https://ex.org/broken.json", "{not json");
  const SchemaBundle unknown = bundle_schema("https://ex.org/none.json#/x", store.loader());
  EXPECT_EQ(unknown.error, "schema https://ex.org/none.json is not available or is not valid JSON");
  EXPECT_EQ(unknown.json, "");
  const SchemaBundle broken = bundle_schema("https://ex.org/broken.json", store.loader());
  EXPECT_EQ(broken.error, "schema https://ex.org/broken.json is not available or is not valid JSON");
  EXPECT_EQ(broken.json, "");
}

TEST(BundleSchema, KeywordsMlmLintImplementsAreRenamed) {
  Store store;
  store.add(kRoot, R"({"type": "object", "properties": {
          "f": {"format": "date-time"},
          "e": {"enum": [1, "two"]},
          "c": {"const": {"k": 1}},
          "p": {"pattern": "^a"},
          "t": {"type": ["string", "null"]},
          "type": {"const": "Feature"},
          "format": {"type": "string"}}})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/x-type"), R"("object")");
  EXPECT_EQ(dom.at("/0/type"), "<absent>");
  EXPECT_EQ(dom.at("/0/properties/f"), R"({"x-format":"date-time"})");
  EXPECT_EQ(dom.at("/0/properties/e"), R"({"x-enum":[1,"two"]})");
  EXPECT_EQ(dom.at("/0/properties/c"), R"({"x-const":{"k":1}})");
  EXPECT_EQ(dom.at("/0/properties/p"), R"({"x-pattern":"^a"})");
  EXPECT_EQ(dom.at("/0/properties/t"), R"({"x-type":["string","null"]})");
  // Property *names* that happen to be keywords are not renamed.
  EXPECT_EQ(dom.at("/0/properties/type"), R"({"x-const":"Feature"})");
  EXPECT_EQ(dom.at("/0/properties/format"), R"({"x-type":"string"})");

  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"f": "2024-01-31T12:00:00Z", "e": "two", "c": {"k": 1.0}, "p": "abc", "t": null,
                            "type": "Feature", "format": "x"})"),
            "");
  EXPECT_EQ(schema.check(R"({"f": null})"), "");  // formats apply to strings only
  EXPECT_EQ(schema.check(R"({"f": "2024-01-31"})"),
            "/f: \"2024-01-31\" is not an RFC 3339 date-time (e.g. \"2024-01-31T12:00:00Z\")");
  EXPECT_EQ(schema.check(R"({"e": 3})"), "/e: 3 is not one of the allowed values: 1, \"two\"");
  EXPECT_EQ(schema.check(R"({"c": {"k": 2}})"), "/c: expected {\"k\":1}, got {\"k\":2}");
  EXPECT_EQ(schema.check(R"({"p": "ba"})"), "/p: \"ba\" does not match the required pattern ^a");
  EXPECT_EQ(schema.check(R"({"t": 1})"), "/t: expected string or null, got an integer");
  EXPECT_EQ(schema.check("[]"), ": expected object, got an array");
}

TEST(BundleSchema, ForbiddenFieldIdiomsBecomeCustomConstraints) {
  Store store;
  store.add(kRoot, R"({"definitions": {"HasX": {"required": ["x"]}},
        "properties": {
          "direct": {"not": {"required": ["a"]}},
          "via_ref": {"not": {"$ref": "#/definitions/HasX"}},
          "any": {"not": {"anyOf": [{"required": ["p"]}, {"required": ["q"]}]}},
          "list": {"not": {"contains": {"const": "bad"}}},
          "must": {"contains": {"const": "good"}}}})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/properties/direct"), R"({"x-forbidden":["a"]})");
  EXPECT_EQ(dom.at("/0/properties/via_ref"), R"({"x-forbidden":["x"]})");
  EXPECT_EQ(dom.at("/0/properties/any"), R"({"x-forbidden-any":["p","q"]})");
  EXPECT_EQ(dom.at("/0/properties/list"), R"({"x-not-contains-const":"bad"})");
  EXPECT_EQ(dom.at("/0/properties/must"), R"({"x-contains-const":"good"})");

  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"direct": {"b": 1}, "via_ref": {}, "any": {}, "list": ["ok"], "must": ["good"]})"), "");
  EXPECT_EQ(schema.check(R"({"direct": {"a": 1}})"), "/direct/a: \"a\" is not allowed here");
  EXPECT_EQ(schema.check(R"({"via_ref": {"x": 1}})"), "/via_ref/x: \"x\" is not allowed here");
  EXPECT_EQ(schema.check(R"({"any": {"q": 1, "p": 2}})"), "/any/p: \"p\" is not allowed here\n/any/q: \"q\" is not allowed here");
  EXPECT_EQ(schema.check(R"({"list": ["ok", "bad"]})"), "/list/1: \"bad\" is not allowed here");
  EXPECT_EQ(schema.check(R"({"must": ["bad"]})"), "/must: must contain \"good\"");
}

TEST(BundleSchema, CombinatorBranchesAreMarked) {
  Store store;
  store.add(kRoot, R"({"oneOf": [{"type": "string"}, {"type": "integer"}], "anyOf": [true]})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/oneOf/0"), R"({"allOf":[{"x-branch":"0/0"},{"x-type":"string"}]})");
  EXPECT_EQ(dom.at("/0/oneOf/1"), R"({"allOf":[{"x-branch":"0/1"},{"x-type":"integer"}]})");
  EXPECT_EQ(dom.at("/0/anyOf/0"), R"({"allOf":[{"x-branch":"1/0"},true]})");
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check("1"), "");
  EXPECT_EQ(schema.check("true"), ": expected string or integer, got a boolean");
}

TEST(BundleSchema, AllOfReportsEveryFailingMember) {
  // valijson 1.0 stops an allOf at its first failing member; the bundle chains the members instead.
  Store store;
  store.add(kRoot, R"({"allOf": [{"required": ["a"]}, {"required": ["b"]}, {"properties": {"c": {"type": "string"}}}]})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/allOf"),
            R"([{"allOf":[{"required":["a"]}],"if":{},"then":{"allOf":[{"required":["b"]}],"if":{},"then":)"
            R"({"properties":{"c":{"x-type":"string"}}}}}])");
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"a": 1, "b": 2, "c": "x"})"), "");
  EXPECT_EQ(schema.check(R"({"c": 1})"),
            ": required properties \"a\" and \"b\" are missing\n/c: expected string, got an integer");
  EXPECT_EQ(schema.check(R"({"a": 1, "c": 1})"), ": required property \"b\" is missing\n/c: expected string, got an integer");
}

TEST(BundleSchema, RefsIntoMovedSubschemasFollowThem) {
  // allOf members and oneOf/anyOf branches sit elsewhere in the bundle; refs into them are mapped.
  Store store;
  store.add(kRoot, R"({"allOf": [{"required": ["a"]}, {"properties": {"n": {"type": "integer"}}}],
        "anyOf": [{"type": "object"}, {"properties": {"s": {"type": "string"}}}],
        "properties": {"x": {"$ref": "#/allOf/1/properties/n"}, "y": {"$ref": "#/anyOf/1/properties/s"},
                       "z": {"$ref": "#/allOf/0"}}})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/properties/x"), R"({"$ref":"#/definitions/__bundle__/0/allOf/0/then/properties/n"})");
  EXPECT_EQ(dom.at("/0/properties/y"), R"({"$ref":"#/definitions/__bundle__/0/anyOf/1/allOf/1/properties/s"})");
  EXPECT_EQ(dom.at("/0/properties/z"), R"({"$ref":"#/definitions/__bundle__/0/allOf/0/allOf/0"})");
  EXPECT_EQ(dom.at("/0/allOf/0/then/properties/n"), R"({"x-type":"integer"})");
  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"a": 1, "x": 1, "y": "s", "z": {"a": 0}})"), "");
  EXPECT_EQ(schema.check(R"({"a": 1, "x": "1", "y": 2, "z": {}})"),
            "/x: expected integer, got a string\n/y: expected string, got an integer\n/z: required property \"a\" is missing");
}

TEST(BundleSchema, SanitisesWhatValijsonWouldRejectOrMisread) {
  // MLM v1.0-v1.2 put "$comment" strings inside "properties"; also dropped: $id/$schema/id, non-string
  // titles; integral doubles of count keywords become integers.
  Store store;
  store.add(kRoot, R"({"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://ex.org/s/root.json",
        "id": "legacy-id", "title": {"not": "a string"}, "description": "kept",
        "properties": {"$comment": "v1.0 note", "a": {"type": "integer"}, "b": {"maxItems": 2.0, "minLength": 1.0}},
        "dependencies": {"a": ["b"], "c": {"required": ["d"]}}})");
  const SchemaBundle bundle = bundle_schema(kRoot, store.loader());
  BundleDom dom(bundle);
  EXPECT_EQ(dom.at("/0/properties/$comment"), "<absent>");
  EXPECT_EQ(dom.at("/0/properties/a"), R"({"x-type":"integer"})");
  EXPECT_EQ(dom.at("/0/properties/b"), R"({"maxItems":2,"minLength":1})");
  EXPECT_EQ(dom.at("/0/$schema"), "<absent>");
  EXPECT_EQ(dom.at("/0/$id"), "<absent>");
  EXPECT_EQ(dom.at("/0/id"), "<absent>");
  EXPECT_EQ(dom.at("/0/title"), "<absent>");
  EXPECT_EQ(dom.at("/0/description"), R"("kept")");
  EXPECT_EQ(dom.at("/0/dependencies"), R"({"a":["b"],"c":{"required":["d"]}})");

  Bundled schema(store, kRoot);
  EXPECT_EQ(schema.check(R"({"$comment": 1, "a": 1, "b": [1, 2]})"), "");
  EXPECT_EQ(schema.check(R"({"a": "x", "b": [1, 2, 3]})"), "/a: expected integer, got a string\n/b: must have at most 2 items");
  EXPECT_EQ(schema.check(R"({"a": 1})"), ": \"b\" is required because a member that depends on it is present");
}

}  // namespace
}  // namespace mlmlint
