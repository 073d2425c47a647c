// Error shaping: valijson's flat, post-order error list becomes one finding per independent problem.
// The raw lists here are built by hand in exactly the shape valijson and the bundler produce them
// (branch markers "N/k" from x-branch, "Failed to validate against child schema #k." after each failed
// branch, the oneOf/anyOf summary last), so each shaping decision is tested on its own.
#include "schema_passes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mlmlint {
namespace {

// --- context_to_pointer --------------------------------------------------------------------------

class ContextToPointer : public ::testing::Test {
 protected:
  simdjson::dom::element parse(std::string_view json) {
    simdjson::dom::element root;
    EXPECT_EQ(parser_.parse(simdjson::padded_string(json)).get(root), simdjson::SUCCESS);
    return root;
  }
  simdjson::dom::parser parser_;
};

TEST_F(ContextToPointer, RootIsTheEmptyPointer) {
  const auto doc = parse(R"({"a":1})");
  EXPECT_EQ(context_to_pointer({"<root>"}, doc), "");
  EXPECT_EQ(context_to_pointer({}, doc), "");
}

TEST_F(ContextToPointer, BracketedZeroIsAnIndexInArraysAndAKeyInObjects) {
  const auto doc = parse(R"({"arr": [{"0": {"1": true}}, [7, [8, 9]]], "obj": {"0": [5, 6]}})");
  EXPECT_EQ(context_to_pointer({"<root>", "[arr]", "[0]"}, doc), "/arr/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[arr]", "[0]", "[0]", "[1]"}, doc), "/arr/0/0/1");
  EXPECT_EQ(context_to_pointer({"<root>", "[arr]", "[1]", "[1]", "[0]"}, doc), "/arr/1/1/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[obj]", "[0]", "[1]"}, doc), "/obj/0/1");
}

TEST_F(ContextToPointer, KeysWithSlashAndTildeAreEscaped) {
  const auto doc = parse(R"({"a/b": {"c~d": {"[x]": 1}}})");
  EXPECT_EQ(context_to_pointer({"<root>", "[a/b]", "[c~d]"}, doc), "/a~1b/c~0d");
  // Only the outer brackets are valijson's; a key that itself has brackets keeps them.
  EXPECT_EQ(context_to_pointer({"<root>", "[a/b]", "[c~d]", "[[x]]"}, doc), "/a~1b/c~0d/[x]");
}

TEST_F(ContextToPointer, LargeObjectsResolveTheSameWay) {
  // Many members (large objects may be looked up through an index), with a member named "0" holding an
  // array, and a repeated key whose first occurrence is the one that counts.
  std::string json = R"({"0": [["x"]], "dup": [1], )";
  for (int i = 0; i < 40; ++i) json += "\"k" + std::to_string(i) + "\": {\"0\": [true]}, ";
  json += R"("dup": {"0": 1}})";
  const auto doc = parse(json);
  EXPECT_EQ(context_to_pointer({"<root>", "[0]", "[0]", "[0]"}, doc), "/0/0/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[k39]", "[0]", "[0]"}, doc), "/k39/0/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[dup]", "[0]"}, doc), "/dup/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[k7]", "[nope]", "[0]"}, doc), "/k7/nope/0");
}

TEST_F(ContextToPointer, KeepsBuildingPastWhatTheDocumentHas) {
  const auto doc = parse(R"({"a": [1]})");
  EXPECT_EQ(context_to_pointer({"<root>", "[nope]", "[0]"}, doc), "/nope/0");
  EXPECT_EQ(context_to_pointer({"<root>", "[a]", "[5]", "[k]"}, doc), "/a/5/k");
}

// --- shape_errors --------------------------------------------------------------------------------

std::string T(ErrorKind kind, std::string_view text) { return tagged_message(kind, text); }
std::string branch(std::string_view id) { return tagged_message(ErrorKind::kBranch, id); }
std::string child(int k) { return "Failed to validate against child schema #" + std::to_string(k) + "."; }
const std::string kOneOf = "Failed to validate against any child schemas allowed by oneOf constraint.";
const std::string kAnyOf = "Failed to validate against any schemas allowed by anyOf constraint.";
std::string property(std::string_view name) {
  return "Failed to validate against schema associated with property name '" + std::string(name) + "'.";
}

std::vector<std::string> render(const std::vector<SchemaError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.pointer + ": " + e.message);
  return out;
}

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ShapeErrors, NothingInNothingOut) { EXPECT_THAT(shape_errors({}), IsEmpty()); }

TEST(ShapeErrors, WrappersAreDropped) {
  const auto errors = shape_errors({
      {"/properties/mlm:name", T(ErrorKind::kType, "expected string, got an integer")},
      {"/properties", property("mlm:name")},
      {"", property("properties")},
      {"/assets/model/roles", "Failed to validate item #2 in array."},
      {"", "Failed to validate against a conditional schema set by if-then-else constraints."},
      {"", "Failed to validate against additional properties schema"},
      {"", "Failed to validate against schema associated with pattern '^x-'."},
      {"", "Failed to validate against dependent schema."},
      {"", child(1)},
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/properties/mlm:name");
  EXPECT_EQ(errors[0].message, "expected string, got an integer");
  EXPECT_EQ(errors[0].kind, ErrorKind::kType);
}

TEST(ShapeErrors, DuplicatesAreMergedInFirstSeenOrder) {
  // The same problem reached through two allOf paths (e.g. the Item and the asset checks).
  const auto errors = shape_errors({
      {"/b", T(ErrorKind::kConst, "expected 1, got 2")},
      {"/a", "Missing required property 'x'."},
      {"/b", T(ErrorKind::kConst, "expected 1, got 2")},
      {"/a", "Missing required property 'x'."},
      {"/a", "Missing required property 'y'."},
  });
  // The members /a lacks are then one finding that lists them.
  EXPECT_THAT(render(errors), ElementsAre("/b: expected 1, got 2", "/a: required properties \"x\" and \"y\" are missing"));
}

// A value_scaling entry {"type": "z-score", "mean": 1} against oneOf [min-max, z-score].
TEST(ShapeErrors, OneOfCollapsesToTheBranchWhoseDiscriminatorMatches) {
  const std::string at = "/properties/mlm:input/0/value_scaling/0";
  const auto errors = shape_errors({
      {at, branch("3/0")},
      {at + "/type", T(ErrorKind::kConst, "expected \"min-max\", got \"z-score\"")},
      {at, property("type")},
      {at, "Missing required property 'minimum'."},
      {at, "Missing required property 'maximum'."},
      {at, child(1)},  // the branch's allOf [marker, schema]
      {at, child(0)},  // oneOf branch 0 failed
      {at, branch("3/1")},
      {at, "Missing required property 'stddev'."},
      {at, child(1)},
      {at, child(1)},
      {at, kOneOf},
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, at);
  EXPECT_EQ(errors[0].message, "required property \"stddev\" is missing");
}

TEST(ShapeErrors, OneOfPrefersFewerErrorsWhenNoDiscriminatorDecides) {
  const auto errors = shape_errors({
      {"/v", branch("0/0")},
      {"/v", "Missing required property 'a'."},
      {"/v", "Missing required property 'b'."},
      {"/v", child(0)},
      {"/v", branch("0/1")},
      {"/v/c", T(ErrorKind::kPattern, "\"x\" does not match the required pattern ^y$")},
      {"/v", child(1)},
      {"/v", kOneOf},
  });
  EXPECT_THAT(render(errors), ElementsAre("/v/c: \"x\" does not match the required pattern ^y$"));
}

TEST(ShapeErrors, NoBranchAcceptsTheTypeGivesOneMergedTypeError) {
  const auto errors = shape_errors({
      {"/p", branch("1/0")},
      {"/p", T(ErrorKind::kType, "expected object, got a string")},
      {"/p", child(0)},
      {"/p", branch("1/1")},
      {"/p", T(ErrorKind::kType, "expected array or null, got a string")},
      {"/p", child(1)},
      {"/p", branch("1/2")},
      {"/p", T(ErrorKind::kType, "expected integer, number, null, got a string")},
      {"/p", child(2)},
      {"/p", kOneOf},
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/p");
  EXPECT_EQ(errors[0].message, "expected object, array, null, integer or number, got a string");
  EXPECT_EQ(errors[0].kind, ErrorKind::kType);
}

TEST(ShapeErrors, ABranchThatAcceptsTheTypeWinsOverTypeMismatches) {
  const auto errors = shape_errors({
      {"/p", branch("1/0")},
      {"/p", T(ErrorKind::kType, "expected string, got an object")},
      {"/p", child(0)},
      {"/p", branch("1/1")},
      {"/p", "Missing required property 'format'."},
      {"/p", "Missing required property 'expression'."},
      {"/p", child(1)},
      {"/p", kOneOf},
  });
  EXPECT_THAT(render(errors), ElementsAre("/p: required properties \"format\" and \"expression\" are missing"));
}

TEST(ShapeErrors, EveryBranchRejectingTheSameDiscriminatorListsTheAllowedValues) {
  const auto errors = shape_errors({
      {"/v", branch("2/0")},
      {"/v/type", T(ErrorKind::kConst, "expected \"min-max\", got \"minmax\"")},
      {"/v", property("type")},
      {"/v", "Missing required property 'minimum'."},
      {"/v", child(1)},
      {"/v", child(0)},
      {"/v", branch("2/1")},
      {"/v/type", T(ErrorKind::kConst, "expected \"z-score\", got \"minmax\"")},
      {"/v", property("type")},
      {"/v", child(1)},
      {"/v", child(1)},
      {"/v", branch("2/2")},
      {"/v/type", T(ErrorKind::kConst, "expected \"offset\", got \"minmax\"")},
      {"/v", "Missing required property 'value'."},
      {"/v", child(1)},
      {"/v", child(2)},
      {"/v", kOneOf},
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/v/type");
  EXPECT_EQ(errors[0].message, "\"minmax\" is not one of the allowed values: \"min-max\", \"z-score\", \"offset\"");
  EXPECT_EQ(errors[0].kind, ErrorKind::kEnum);
}

TEST(ShapeErrors, NullableEnumListsNullAmongTheAllowedValues) {
  // mlm:accelerator: oneOf [{type: string, enum: [...]}, {type: null}].
  const std::string at = "/properties/mlm:accelerator";
  const auto errors = shape_errors({
      {at, branch("7/0")},
      {at, T(ErrorKind::kEnum, "\"cpu\" is not one of the allowed values: \"amd64\", \"cuda\"")},
      {at, child(1)},
      {at, child(0)},
      {at, branch("7/1")},
      {at, T(ErrorKind::kType, "expected null, got a string")},
      {at, child(1)},
      {at, child(1)},
      {at, kOneOf},
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, at);
  EXPECT_EQ(errors[0].message, "\"cpu\" is not one of the allowed values: \"amd64\", \"cuda\", null");
  EXPECT_EQ(errors[0].kind, ErrorKind::kEnum);
}

TEST(ShapeErrors, EnumNextToANonNullBranchIsLeftAlone) {
  const auto errors = shape_errors({
      {"/e", branch("8/0")},
      {"/e", T(ErrorKind::kEnum, "\"x\" is not one of the allowed values: \"a\"")},
      {"/e", child(0)},
      {"/e", branch("8/1")},
      {"/e", T(ErrorKind::kType, "expected integer, got a string")},
      {"/e", child(1)},
      {"/e", kOneOf},
  });
  EXPECT_THAT(render(errors), ElementsAre("/e: \"x\" is not one of the allowed values: \"a\""));
}

TEST(ShapeErrors, AnyOfCollapsesLikeOneOf) {
  const auto errors = shape_errors({
      {"/x", branch("4/0")},
      {"/x", T(ErrorKind::kType, "expected string, got an integer")},
      {"/x", child(0)},
      {"/x", branch("4/1")},
      {"/x", T(ErrorKind::kType, "expected null, got an integer")},
      {"/x", child(1)},
      {"/x", kAnyOf},
  });
  EXPECT_THAT(render(errors), ElementsAre("/x: expected string or null, got an integer"));
}

TEST(ShapeErrors, NestedCombinatorsCollapseInsideOut) {
  // oneOf #5 at /o; its branch 0 contains anyOf #6 at /o/in (already failed and summarised first).
  const auto errors = shape_errors({
      {"/o", branch("5/0")},
      {"/o/in", branch("6/0")},
      {"/o/in", T(ErrorKind::kType, "expected string, got a boolean")},
      {"/o/in", child(0)},
      {"/o/in", branch("6/1")},
      {"/o/in", T(ErrorKind::kType, "expected array, got a boolean")},
      {"/o/in", child(1)},
      {"/o/in", kAnyOf},
      {"/o", property("in")},
      {"/o", child(1)},
      {"/o", child(0)},
      {"/o", branch("5/1")},
      {"/o", T(ErrorKind::kType, "expected null, got an object")},
      {"/o", child(1)},
      {"/o", kOneOf},
  });
  EXPECT_THAT(render(errors), ElementsAre("/o/in: expected string or array, got a boolean"));
}

TEST(ShapeErrors, ErrorsOutsideTheCombinatorSurvive) {
  const auto errors = shape_errors({
      {"/before", "Missing required property 'k'."},
      {"/v", branch("0/0")},
      {"/v", T(ErrorKind::kType, "expected object, got null")},
      {"/v", child(0)},
      {"/v", branch("0/1")},
      {"/v", T(ErrorKind::kType, "expected string, got null")},
      {"/v", child(1)},
      {"/v", kOneOf},
      {"/after", T(ErrorKind::kEnum, "\"cpu\" is not one of the allowed values: \"cuda\"")},
  });
  EXPECT_THAT(render(errors), ElementsAre("/before: required property \"k\" is missing",
                                          "/v: expected object or string, got null",
                                          "/after: \"cpu\" is not one of the allowed values: \"cuda\""));
}

TEST(ShapeErrors, BranchMarkersOfPassingCombinatorsDoNotLeak) {
  // A marker with no summary after it (its oneOf passed) is not a finding.
  const auto errors = shape_errors({{"/v", branch("0/0")}, {"/w", "Missing required property 'k'."}});
  EXPECT_THAT(render(errors), ElementsAre("/w: required property \"k\" is missing"));
}

TEST(ShapeErrors, FormatErrorReplacesThePatternAtTheSameLocation) {
  const auto errors = shape_errors({
      {"/d", T(ErrorKind::kPattern, "\"2024\" does not match the required pattern ^\\d{4}-")},
      {"/d", T(ErrorKind::kFormat, "\"2024\" is not an RFC 3339 date-time (e.g. \"2024-01-31T12:00:00Z\")")},
      {"/e", T(ErrorKind::kPattern, "\"x\" does not match the required pattern ^y$")},
  });
  EXPECT_THAT(render(errors),
              ElementsAre("/d: \"2024\" is not an RFC 3339 date-time (e.g. \"2024-01-31T12:00:00Z\")",
                          "/e: \"x\" does not match the required pattern ^y$"));
}

// --- valijson's own messages, rewritten ----------------------------------------------------------

std::string shaped(const std::string& pointer, const std::string& description) {
  const auto errors = shape_errors({{pointer, description}});
  EXPECT_EQ(errors.size(), 1u);
  return errors.empty() ? "" : errors[0].pointer + ": " + errors[0].message;
}

TEST(ShapeErrors, RequiredProperty) {
  EXPECT_EQ(shaped("/properties", "Missing required property 'mlm:input'."),
            "/properties: required property \"mlm:input\" is missing");
}

TEST(ShapeErrors, AdditionalPropertyPointsAtTheMember) {
  const std::string text =
      "Object contains a property that could not be validated using 'properties' or 'additionalProperties' "
      "constraints: '";
  EXPECT_EQ(shaped("/properties", text + "mlm:foo'."),
            "/properties/mlm:foo: \"mlm:foo\" is not allowed in Item properties (the schema does not define it)");
  EXPECT_EQ(shaped("/assets/model", text + "mlm:bar'."),
            "/assets/model/mlm:bar: \"mlm:bar\" is not allowed in asset \"model\" (the schema does not define it)");
  EXPECT_EQ(shaped("/item_assets/a~1b", text + "x'."),
            "/item_assets/a~1b/x: \"x\" is not allowed in asset \"a/b\" (the schema does not define it)");
  EXPECT_EQ(shaped("/summaries", text + "mlm:x'."),
            "/summaries/mlm:x: \"mlm:x\" is not allowed in Collection summaries (the schema does not define it)");
  EXPECT_EQ(shaped("", text + "k/~'."), "/k~1~0: \"k/~\" is not allowed at the document root (the schema does not define it)");
  EXPECT_EQ(shaped("/links/0", text + "z'."), "/links/0/z: \"z\" is not allowed here (the schema does not define it)");
}

TEST(ShapeErrors, NumericBounds) {
  EXPECT_EQ(shaped("/n", "Expected number greater than or equal to 0.000000"), "/n: must be >= 0");
  EXPECT_EQ(shaped("/n", "Expected number greater than or equal to -1.000000"), "/n: must be >= -1");
  EXPECT_EQ(shaped("/n", "Expected number greater than 0.500000"), "/n: must be > 0.5");
  EXPECT_EQ(shaped("/n", "Expected number less than or equal to 100.000000"), "/n: must be <= 100");
  EXPECT_EQ(shaped("/n", "Expected number less than 1.250000"), "/n: must be < 1.25");
}

TEST(ShapeErrors, CountsAndLengths) {
  EXPECT_EQ(shaped("/a", "Array should contain no fewer than 1 elements."), "/a: must have at least 1 item");
  EXPECT_EQ(shaped("/a", "Array should contain no fewer than 2 elements."), "/a: must have at least 2 items");
  EXPECT_EQ(shaped("/a", "Array should contain no more than 4 elements."), "/a: must have at most 4 items");
  EXPECT_EQ(shaped("/s", "String should be no fewer than 1 characters in length."), "/s: must be at least 1 character long");
  EXPECT_EQ(shaped("/s", "String should be no more than 8 characters in length."), "/s: must be at most 8 characters long");
  EXPECT_EQ(shaped("/o", "Object should have no fewer than 1 properties."), "/o: must have at least 1 member");
  EXPECT_EQ(shaped("/o", "Object should have no more than 3 properties."), "/o: must have at most 3 members");
}

TEST(ShapeErrors, UniqueItemsPointsAtTheLaterDuplicate) {
  EXPECT_EQ(shaped("/properties/mlm:tasks", "Elements at indexes #0 and #2 violate uniqueness constraint."),
            "/properties/mlm:tasks/2: duplicates item 0; the items must be unique");
}

TEST(ShapeErrors, OtherValijsonMessages) {
  EXPECT_EQ(shaped("/a", "Missing dependency 'format'."),
            "/a: \"format\" is required because a member that depends on it is present");
  EXPECT_EQ(shaped("/a", "Failed to validate against exactly one child schema."),
            "/a: matches more than one of the alternative forms; it must match exactly one");
  EXPECT_EQ(shaped("/a", "Target should not validate against schema specified in 'not' constraint."),
            "/a: has a form the schema forbids here");
}

TEST(ShapeErrors, AdditionalItemsFalseIsOneFinding) {
  // valijson's two messages for one problem ("#1" counts passing items, it is not an index).
  const auto errors = shape_errors({
      {"/a", "Array contains more items than allowed by items constraint."},
      {"/a", "Cannot validate item #1 or greater using 'items' constraint or 'additionalItems' constraint."},
  });
  EXPECT_THAT(render(errors), ElementsAre("/a: has more items than the schema allows"));
}

TEST(ShapeErrors, ForbiddenMembersNameTheirPlace) {
  EXPECT_EQ(shaped("/properties/mlm:entrypoint", T(ErrorKind::kForbidden, "\"mlm:entrypoint\" is not allowed here")),
            "/properties/mlm:entrypoint: \"mlm:entrypoint\" is not allowed in Item properties");
  EXPECT_EQ(shaped("/assets/model/mlm:name", T(ErrorKind::kForbidden, "\"mlm:name\" is not allowed here")),
            "/assets/model/mlm:name: \"mlm:name\" is not allowed in asset \"model\"");
}

}  // namespace
}  // namespace mlmlint
