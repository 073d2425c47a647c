// The fast first pass (fast_accept.h) must reach valijson's verdict on every document: a document it
// wrongly accepted would lose its schema errors. Three angles: small schemas aimed at each constraint's
// corner cases, the bundled schemas over every example and fixture, and the same over thousands of
// mutated examples (each node replaced by values of other types), where most verdicts are rejections.
// The draft-07 suite test compares the two verdicts on every suite case as well.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>
#include <valijson/validator.hpp>

#include "mlmlint/core/json_value.h"
#include "schema_passes.h"
#include "mlmlint/schema/schema_registry.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::read_text;

namespace fs = std::filesystem;

struct Verdicts {
  bool valijson = false;
  bool fast = false;
};

class FastAccept : public ::testing::Test {
 protected:
  // Both verdicts on `document` for a schema given as text.
  Verdicts both(const std::string& schema_text, const std::string& document) {
    const std::string url = "https://example.test/fast/" + std::to_string(next_++) + ".json";
    std::string error;
    const CompiledSchema* schema = registry_.add_and_get(url, schema_text, &error);
    EXPECT_NE(schema, nullptr) << error;
    if (!schema) return {};
    return on(*schema, document);
  }

  Verdicts on(const CompiledSchema& schema, const std::string& document) {
    simdjson::dom::element root;
    EXPECT_EQ(parser_.parse(simdjson::padded_string(document)).get(root), simdjson::SUCCESS) << document;
    return {schema_accepts(schema, root, validator_), fast_schema_accepts(schema, root)};
  }

  // Asserts that both passes return `expected`.
  void expect(const std::string& schema_text, const std::string& document, bool expected) {
    const Verdicts v = both(schema_text, document);
    EXPECT_EQ(v.valijson, expected) << "valijson on " << document << " against " << schema_text;
    EXPECT_EQ(v.fast, expected) << "fast pass on " << document << " against " << schema_text;
  }

  SchemaRegistry registry_{[](const std::string&) { return std::optional<std::string>(); }};
  valijson::Validator validator_{valijson::Validator::kStrongTypes};
  simdjson::dom::parser parser_;
  int next_ = 0;
};

TEST_F(FastAccept, PropertiesPatternPropertiesAndAdditionalProperties) {
  const std::string schema = R"({"properties": {"a": {"type": "integer"}}, "patternProperties": {"^x-": {"type": "string"}},
                                 "additionalProperties": false})";
  expect(schema, R"({"a": 1, "x-1": "s", "x-2": "t"})", true);
  expect(schema, R"({"a": "no"})", false);
  expect(schema, R"({"x-1": 2})", false);
  expect(schema, R"({"a": 1, "b": 2})", false);
  expect(schema, R"({})", true);
  expect(schema, R"([1, 2])", true);  // not an object: the keywords do not apply
  const std::string typed_rest = R"({"properties": {"a": {}}, "additionalProperties": {"type": "boolean"}})";
  expect(typed_rest, R"({"a": 1, "b": true, "c": false})", true);
  expect(typed_rest, R"({"a": 1, "b": true, "c": 0})", false);
}

TEST_F(FastAccept, ManyMembersLeaveTheInlineMarks) {
  std::string members;
  for (int i = 0; i < 200; ++i) members += (i ? "," : "") + std::string("\"k") + std::to_string(i) + "\": " + std::to_string(i);
  const std::string schema = R"({"patternProperties": {"^k1": {"type": "integer"}}, "additionalProperties": {"maximum": 50}})";
  expect(schema, "{" + members + "}", false);  // k51..k99 do not start with k1 and are above 50
  expect(R"({"patternProperties": {"^k": {"type": "integer"}}, "additionalProperties": false})", "{" + members + "}", true);
}

TEST_F(FastAccept, RequiredAndDependencies) {
  expect(R"({"required": ["a", "b"]})", R"({"b": 1, "a": 2})", true);
  expect(R"({"required": ["a", "b"]})", R"({"b": 1})", false);
  const std::string deps = R"({"dependencies": {"a": ["b"], "c": {"required": ["d"]}}})";
  expect(deps, R"({"a": 1, "b": 2})", true);
  expect(deps, R"({"a": 1})", false);
  expect(deps, R"({"c": 1, "d": 1})", true);
  expect(deps, R"({"c": 1})", false);
  expect(deps, R"({"b": 1, "d": 1})", true);
}

TEST_F(FastAccept, TupleItemsAndAdditionalItems) {
  const std::string closed = R"({"items": [{"type": "integer"}, {"type": "string"}], "additionalItems": false})";
  expect(closed, R"([1, "a"])", true);
  expect(closed, R"([1])", true);  // shorter than the tuple
  expect(closed, R"([])", true);
  expect(closed, R"([1, "a", null])", false);
  expect(closed, R"(["a", 1])", false);
  const std::string open = R"({"items": [{"type": "integer"}], "additionalItems": {"type": "boolean"}})";
  expect(open, R"([1, true, false])", true);
  expect(open, R"([1, true, 2])", false);
  expect(R"({"items": {"minimum": 0}})", R"([0, 1, 2])", true);
  expect(R"({"items": {"minimum": 0}})", R"([0, -1])", false);
  expect(R"({"items": [], "additionalItems": false})", R"([1])", false);
}

TEST_F(FastAccept, Combinators) {
  const std::string one_of = R"({"oneOf": [{"type": "integer"}, {"minimum": 2}]})";
  expect(one_of, "1", true);
  expect(one_of, "3", false);  // both branches
  expect(one_of, "1.5", false);  // neither
  expect(R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "null", true);
  expect(R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "1", false);
  expect(R"({"allOf": [{"minimum": 1}, {"maximum": 2}]})", "3", false);
  expect(R"({"not": {"type": "string"}})", "1", true);
  expect(R"({"not": {"type": "string"}})", "\"s\"", false);
  const std::string conditional = R"({"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}})";
  expect(conditional, R"({"a": 1, "b": 1})", true);
  expect(conditional, R"({"a": 1, "c": 1})", false);
  expect(conditional, R"({"c": 1})", true);
  expect(conditional, R"({})", false);
  expect(R"({"contains": {"type": "string"}})", R"([1, "a"])", true);
  expect(R"({"contains": {"type": "string"}})", R"([1, 2])", false);
  expect(R"({"contains": {"type": "string"}})", R"([])", false);
  expect(R"({"contains": {"const": 2}})", R"([1, 2.0])", true);  // mlm-lint's x-contains-const
  expect(R"(false)", "1", false);
  expect(R"({"properties": {"a": false}})", R"({"a": 1})", false);
}

TEST_F(FastAccept, NumbersLengthsAndSizes) {
  expect(R"({"maximum": 10, "exclusiveMinimum": 0})", "10", true);
  expect(R"({"maximum": 10, "exclusiveMinimum": 0})", "0", false);
  expect(R"({"exclusiveMaximum": 10})", "10.0", false);
  expect(R"({"maximum": 2e19})", "18446744073709551615", true);  // UINT64 compares as a double
  expect(R"({"maximum": 1e19})", "18446744073709551615", false);
  expect(R"({"minimum": 0})", "\"-5\"", true);  // not a number
  expect(R"({"maxLength": 2})", R"("éé")", true);  // code points, not bytes
  expect(R"({"maxLength": 2})", R"("ééé")", false);
  expect(R"({"minLength": 3})", R"("a\u0000bc")", false);  // valijson counts up to the first NUL
  expect(R"({"minItems": 1, "maxItems": 2})", "[]", false);
  expect(R"({"minItems": 1, "maxItems": 2})", "[1, 2, 3]", false);
  expect(R"({"minProperties": 1, "maxProperties": 1})", R"({"a": 1})", true);
  expect(R"({"minProperties": 1, "maxProperties": 1})", R"({"a": 1, "b": 2})", false);
  expect(R"({"multipleOf": 0.5})", "1.5", true);
  expect(R"({"multipleOf": 2})", "3", false);
}

TEST_F(FastAccept, HandedToValijsonAsTheyAre) {
  expect(R"({"propertyNames": {"maxLength": 2}})", R"({"ab": 1})", true);
  expect(R"({"propertyNames": {"maxLength": 2}})", R"({"abc": 1})", false);
  expect(R"({"enum": [1, "a", null]})", "null", true);
  expect(R"({"enum": [1, "a", null]})", "2", false);
  expect(R"({"uniqueItems": true})", "[1, 2, 1]", false);
  expect(R"({"pattern": "^a+$"})", R"("aaa")", true);
  expect(R"({"pattern": "^a+$"})", R"("ab")", false);
  expect(R"({"format": "date-time"})", R"("2024-01-31T12:00:00Z")", true);
  expect(R"({"format": "date-time"})", R"("yesterday")", false);
}

TEST_F(FastAccept, ReferencesAndRecursion) {
  const std::string tree = R"({"definitions": {"node": {"type": "object", "properties": {"children": {"type": "array",
                               "items": {"$ref": "#/definitions/node"}}}, "required": ["name"]}}, "$ref": "#/definitions/node"})";
  expect(tree, R"({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})", true);
  expect(tree, R"({"name": "a", "children": [{"name": "b", "children": [{"nom": "c"}]}]})", false);
}

// --- the bundled schemas over real documents ----------------------------------------------------

std::vector<fs::path> fixtures() {
  std::vector<fs::path> files;
  for (const char* dir : {"testdata/examples", "testdata/rules", "testdata/fix", "testdata/formats"}) {
    const fs::path root = fs::path(MLMLINT_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The core schema for the document's type and version, and every extension it declares that is bundled.
std::vector<std::string> schema_urls(const JsonValue& document, SchemaRegistry& registry) {
  std::vector<std::string> urls;
  const JsonValue::Object* object = document.object();
  if (!object) return urls;
  auto member = [&](std::string_view key) -> const JsonValue* {
    for (const auto& [k, v] : *object) {
      if (k == key) return &v;
    }
    return nullptr;
  };
  const JsonValue* type = member("type");
  const JsonValue* version = member("stac_version");
  if (type && version && type->string_value() && version->string_value()) {
    const std::string& t = *type->string_value();
    const std::string part = t == "Feature"      ? "item-spec/json-schema/item.json"
                             : t == "Collection" ? "collection-spec/json-schema/collection.json"
                                                 : "catalog-spec/json-schema/catalog.json";
    urls.push_back("https://schemas.stacspec.org/v" + *version->string_value() + "/" + part);
  }
  if (const JsonValue* extensions = member("stac_extensions"); extensions && extensions->array()) {
    for (const auto& e : *extensions->array()) {
      if (e.string_value()) urls.push_back(*e.string_value());
    }
  }
  std::vector<std::string> known;
  for (const auto& url : urls) {
    if (registry.has(url)) known.push_back(url);
  }
  return known;
}

class BundledSchemas : public ::testing::Test {
 protected:
  // Compares both verdicts of `text` against every schema in `urls`; counts them.
  void compare(const std::string& what, const std::string& text, const std::vector<std::string>& urls) {
    simdjson::dom::element root;
    if (parser_.parse(simdjson::padded_string(text)).get(root) != simdjson::SUCCESS) return;
    for (const auto& url : urls) {
      const CompiledSchema* schema = registry_->get(url);
      if (!schema) continue;
      bool valijson_verdict = false;
      try {
        valijson_verdict = schema_accepts(*schema, root, validator_);
      } catch (const std::exception&) {
        continue;  // the linter reports these; nothing to compare
      }
      const bool fast = fast_schema_accepts(*schema, root);
      ++(valijson_verdict ? accepted_ : rejected_);
      if (fast != valijson_verdict) {
        ADD_FAILURE() << what << " against " << url << ": valijson " << (valijson_verdict ? "accepts" : "rejects")
                      << ", the fast pass " << (fast ? "accepts" : "rejects");
      }
    }
  }

  std::unique_ptr<SchemaRegistry> registry_ = SchemaRegistry::embedded();
  valijson::Validator validator_{valijson::Validator::kStrongTypes};
  simdjson::dom::parser parser_;
  std::size_t accepted_ = 0;
  std::size_t rejected_ = 0;
  std::size_t documents_ = 0;
};

TEST_F(BundledSchemas, SameVerdictOnEveryExampleAndFixture) {
  for (const auto& path : fixtures()) {
    const std::string text = read_text(path);
    const auto document = JsonValue::parse(text);
    if (!document) continue;
    compare(path.string(), text, schema_urls(*document, *registry_));
  }
  // Both verdicts occur (the official examples include documents the schemas reject).
  EXPECT_GT(accepted_, 100u);
  EXPECT_GT(rejected_, 10u);
}

// Every k-th node of every MLM example (16 per example) replaced by values of other kinds.
TEST_F(BundledSchemas, SameVerdictOnMutatedExamples) {
  const std::vector<JsonValue> replacements = {JsonValue(), JsonValue(std::string("x")), JsonValue(std::int64_t{-1}),
                                               JsonValue(JsonValue::Object{})};
  for (const auto& path : fixtures()) {
    if (path.string().find("/examples/mlm/") == std::string::npos) continue;
    auto document = JsonValue::parse(read_text(path));
    if (!document) continue;
    const std::vector<std::string> urls = schema_urls(*document, *registry_);
    auto nodes_of = [](JsonValue& root) {
      std::vector<JsonValue*> nodes;
      std::function<void(JsonValue&)> collect = [&](JsonValue& v) {
        nodes.push_back(&v);
        if (auto* a = v.array()) {
          for (auto& item : *a) collect(item);
        } else if (auto* o = v.object()) {
          for (auto& [key, item] : *o) collect(item);
        }
      };
      collect(root);
      return nodes;
    };
    const std::size_t count = nodes_of(*document).size();
    const std::size_t stride = std::max<std::size_t>(1, count / 16);
    for (std::size_t i = 1; i < count; i += stride) {
      for (const auto& replacement : replacements) {
        JsonValue mutated = *document;  // a replaced container takes its children with it: start afresh
        *nodes_of(mutated)[i] = replacement;
        compare(path.string() + " node " + std::to_string(i), mutated.dump(0), urls);
        ++documents_;
      }
    }
  }
  std::cout << "[ fast pass ] " << documents_ << " mutated documents, " << accepted_ << " accepted and " << rejected_
            << " rejected verdicts, all as valijson's\n";
  EXPECT_GT(accepted_, 500u);
  EXPECT_GT(rejected_, 500u);
}

}  // namespace
}  // namespace mlmlint
