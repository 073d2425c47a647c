// The slow-path scanner: it decides the MLM901/904/906 message and line:column a user sees for a broken
// file, and maps every finding's pointer to a position. Offsets are asserted exactly.
#include "mlmlint/core/json_scan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mlmlint {

// gtest finds this by argument-dependent lookup, so it lives in the enum's namespace.
inline namespace {

using ::testing::ElementsAre;

constexpr std::size_t kDepth = 1024;

struct Expect {
  SyntaxProblem problem;
  std::string message;
  std::size_t offset;
};

void expect_error(std::string_view text, const Expect& want, std::size_t depth = kDepth) {
  const SyntaxError got = find_syntax_error(text, depth);
  EXPECT_EQ(got.problem, want.problem) << "text: " << text;
  EXPECT_EQ(got.message, want.message) << "text: " << text;
  EXPECT_EQ(got.offset, want.offset) << "text: " << text;
}

void expect_valid(std::string_view text, std::size_t depth = kDepth) {
  const SyntaxError got = find_syntax_error(text, depth);
  EXPECT_EQ(got.problem, SyntaxProblem::kNone) << "text: " << text << "\nmessage: " << got.message;
  EXPECT_EQ(got.message, "");
}

constexpr auto kInvalid = SyntaxProblem::kInvalidJson;
constexpr auto kRange = SyntaxProblem::kNumberOutOfRange;

// --- find_syntax_error ---------------------------------------------------------------------------

TEST(FindSyntaxError, EmptyAndWhitespaceOnlyFiles) {
  expect_error("", {kInvalid, "empty file", 0});
  expect_error(" \r\n\t ", {kInvalid, "file contains only whitespace", 5});
}

TEST(FindSyntaxError, TrailingCommas) {
  expect_error(R"({"a":1,})", {kInvalid, "trailing comma before '}'", 7});
  expect_error("[1,2,]", {kInvalid, "trailing comma before ']'", 5});
  expect_error("{\"a\": [1,\n  2,\n]}", {kInvalid, "trailing comma before ']'", 15});
}

TEST(FindSyntaxError, MissingCommas) {
  expect_error(R"({"a":1 "b":2})", {kInvalid, "expected ',' or '}' after an object member (missing comma?)", 7});
  expect_error("[1 2]", {kInvalid, "expected ',' or ']' after an array element (missing comma?)", 3});
}

TEST(FindSyntaxError, MissingColonAndBadKey) {
  expect_error(R"({"a" 1})", {kInvalid, "expected ':' after an object key", 5});
  expect_error("{1:2}", {kInvalid, "expected a double-quoted object key, found '1'", 1});
}

TEST(FindSyntaxError, UnterminatedStrings) {
  expect_error(R"({"a":"abc)", {kInvalid, "unterminated string", 9});
  expect_error("{\"a\":\"ab\ncd\"}", {kInvalid, "unterminated string (newline inside a string)", 8});
  // A backslash as the very last byte cannot start an escape.
  expect_error("[\"ab\\", {kInvalid, "unterminated string", 5});
}

TEST(FindSyntaxError, RawControlCharactersInStrings) {
  expect_error("[\"a\tb\"]", {kInvalid, "unescaped control character 0x09 in a string", 3});
  expect_error(std::string_view("[\"a\0\"]", 6), {kInvalid, "unescaped control character 0x00 in a string", 3});
}

TEST(FindSyntaxError, InvalidUtf8) {
  expect_error("[\"\xc0\xaf\"]", {kInvalid, "invalid UTF-8 (byte 0xc0)", 2});            // overlong '/'
  expect_error("[\"\xe0\x80\xaf\"]", {kInvalid, "invalid UTF-8 (byte 0xe0)", 2});        // overlong, 3 bytes
  expect_error("[\"ok\x80\"]", {kInvalid, "invalid UTF-8 (byte 0x80)", 4});              // lone continuation byte
  expect_error("[\"\xed\xa0\x80\"]", {kInvalid, "invalid UTF-8 (byte 0xed)", 2});        // encoded surrogate
  expect_error("[\"\xf4\x90\x80\x80\"]", {kInvalid, "invalid UTF-8 (byte 0xf4)", 2});    // beyond U+10FFFF
  expect_error("[\"\xe2\x82\"]", {kInvalid, "invalid UTF-8 (byte 0xe2)", 2});            // truncated sequence
  expect_error("[\"\xff\"]", {kInvalid, "invalid UTF-8 (byte 0xff)", 2});
  // Outside strings a non-ASCII byte is simply not JSON.
  expect_error("\xff", {kInvalid, "unexpected byte 0xff; expected a JSON value", 0});
}

TEST(FindSyntaxError, EscapesAreReportedAtTheBackslash) {
  expect_error(R"(["\ud800"])", {kInvalid, "invalid \\u escape: unpaired UTF-16 surrogate", 2});
  expect_error(R"(["ab\udc00"])", {kInvalid, "invalid \\u escape: unpaired UTF-16 surrogate", 4});
  expect_error(R"(["\ud800\u0041"])", {kInvalid, "invalid \\u escape: unpaired UTF-16 surrogate", 2});
  expect_error(R"(["\ud800x"])", {kInvalid, "invalid \\u escape: unpaired UTF-16 surrogate", 2});
  expect_error(R"(["\u12"])", {kInvalid, "invalid \\u escape (expected 4 hex digits)", 2});
  expect_error(R"(["a\x"])", {kInvalid, "invalid escape sequence \\x", 3});
  expect_error(R"(["\'"])", {kInvalid, "invalid escape sequence \\'", 2});
  // Found by fuzz_lint: the byte after the backslash is named, not quoted raw, unless it is printable.
  expect_error(std::string("[\"\\\x1b\"]"), {kInvalid, "invalid escape sequence (byte 0x1b after \\)", 2});
  expect_error(std::string("\"\\\0", 3), {kInvalid, "invalid escape sequence (byte 0x00 after \\)", 1});
  expect_error("[\"\\\xff\"]", {kInvalid, "invalid escape sequence (byte 0xff after \\)", 2});
}

TEST(FindSyntaxError, SingleQuotes) {
  expect_error("{'a':1}", {kInvalid, "object keys must use double quotes", 1});
  expect_error("['a']", {kInvalid, "strings must use double quotes, not single quotes", 1});
  expect_error("{\"a\":'b'}", {kInvalid, "strings must use double quotes, not single quotes", 5});
}

TEST(FindSyntaxError, Comments) {
  expect_error("// header\n{}", {kInvalid, "comments are not allowed in JSON", 0});
  expect_error("{\"a\":1, // why\n\"b\":2}", {kInvalid, "comments are not allowed in JSON", 8});
  expect_error("{\"a\":1 /* why */}", {kInvalid, "comments are not allowed in JSON", 7});
  expect_error("[1, /* x */ 2]", {kInvalid, "comments are not allowed in JSON", 4});
  expect_error("[1 // x\n]", {kInvalid, "comments are not allowed in JSON", 3});
  expect_error("{} // end", {kInvalid, "comments are not allowed in JSON", 3});
}

TEST(FindSyntaxError, NonFiniteNumbers) {
  expect_error("[NaN]", {kInvalid, "NaN and Infinity are not valid JSON numbers", 1});
  expect_error("[Infinity]", {kInvalid, "NaN and Infinity are not valid JSON numbers", 1});
  expect_error("[-Infinity]", {kInvalid, "NaN and Infinity are not valid JSON numbers", 1});
}

TEST(FindSyntaxError, MalformedNumbers) {
  expect_error("[01]", {kInvalid, "invalid number: leading zeros are not allowed", 1});
  expect_error("[-01]", {kInvalid, "invalid number: leading zeros are not allowed", 2});
  expect_error("[1.]", {kInvalid, "invalid number: expected a digit after '.'", 3});
  expect_error("[1e]", {kInvalid, "invalid number: expected a digit in the exponent", 3});
  expect_error("[1e+]", {kInvalid, "invalid number: expected a digit in the exponent", 4});
  expect_error("[-]", {kInvalid, "invalid number: expected a digit", 2});
  expect_error("[.5]", {kInvalid, "unexpected '.'; expected a JSON value", 1});
  expect_error("[+1]", {kInvalid, "unexpected '+'; expected a JSON value", 1});
}

TEST(FindSyntaxError, BadLiterals) {
  expect_error("tru", {kInvalid, "invalid literal; did you mean true?", 0});
  expect_error("[nul]", {kInvalid, "invalid literal; did you mean null?", 1});
  expect_error("{\"a\":fals}", {kInvalid, "invalid literal; did you mean false?", 5});
  expect_error("[True]", {kInvalid, "unexpected 'T'; expected a JSON value", 1});
}

TEST(FindSyntaxError, ContentAfterTheDocument) {
  expect_error("{} {}", {kInvalid, "unexpected content after the end of the JSON document", 3});
  expect_error("[1]]", {kInvalid, "unexpected content after the end of the JSON document", 3});
}

TEST(FindSyntaxError, TruncatedDocuments) {
  expect_error("{\"a\": [1, 2", {kInvalid, "unexpected end of file inside an array", 11});
  expect_error("{\"a\":", {kInvalid, "unexpected end of file (truncated document?)", 5});
  expect_error("{\"a\":1,", {kInvalid, "unexpected end of file inside an object", 7});
  expect_error("{\"a\":1", {kInvalid, "unexpected end of file inside an object", 6});
  expect_error("[", {kInvalid, "unexpected end of file (truncated document?)", 1});
  expect_error("{", {kInvalid, "unexpected end of file inside an object", 1});
}

TEST(FindSyntaxError, NestingLimit) {
  // Levels of nested values, the root being level 1 (simdjson's count): "[[1]]" is 3 levels deep.
  expect_valid("[[1]]", 3);
  expect_valid("[[[]]]", 3);
  expect_valid(R"({"a":{"b":[]}})", 3);
  expect_error("[[[1]]]", {SyntaxProblem::kTooDeep, "nesting deeper than 3 levels", 3}, 3);
  expect_error("[[[[]]]]", {SyntaxProblem::kTooDeep, "nesting deeper than 3 levels", 3}, 3);
  expect_error(R"({"a":{"b":{"c":{}}}})", {SyntaxProblem::kTooDeep, "nesting deeper than 3 levels", 15}, 3);
  expect_error("1", {SyntaxProblem::kTooDeep, "nesting deeper than 0 levels", 0}, 0);
  // Siblings do not add up.
  expect_valid("[[1],[2],[3],[4]]", 3);

  // At the default limit: 1024 levels pass, 1025 do not.
  const std::string at_limit = std::string(1024, '[') + std::string(1024, ']');
  const std::string beyond = std::string(1025, '[') + std::string(1025, ']');
  const std::string beyond_by_a_scalar = std::string(1024, '[') + "1" + std::string(1024, ']');
  expect_valid(at_limit, 1024);
  expect_error(beyond, {SyntaxProblem::kTooDeep, "nesting deeper than 1024 levels", 1024}, 1024);
  expect_error(beyond_by_a_scalar, {SyntaxProblem::kTooDeep, "nesting deeper than 1024 levels", 1024}, 1024);
}

TEST(FindSyntaxError, NumbersOutOfRange) {
  expect_valid("[18446744073709551615]");  // UINT64_MAX
  expect_error("[18446744073709551616]", {kRange, "the integer 18446744073709551616 does not fit in 64 bits", 1});
  expect_error("[123456789012345678901234567890]",
               {kRange, "the integer 123456789012345678901234567890 does not fit in 64 bits", 1});
  expect_valid("[-9223372036854775808]");  // INT64_MIN
  expect_error("[-9223372036854775809]", {kRange, "the integer -9223372036854775809 does not fit in 64 bits", 1});
  expect_error("{\"n\": 1e400}", {kRange, "the number 1e400 is beyond the range of a double", 6});
  expect_error("[-1.5E+309]", {kRange, "the number -1.5E+309 is beyond the range of a double", 1});
  // Large integers written with a fraction or exponent are doubles, and underflow rounds to zero.
  expect_valid("[18446744073709551616.0, 1e308, 1e-400]");
}

TEST(FindSyntaxError, ValidDocuments) {
  expect_valid("{}");
  expect_valid("[]");
  expect_valid("42");
  expect_valid("\"x\"");
  expect_valid("null");
  expect_valid(" \r\n\t{\"a\": [1, -2.5e+3, 0, -0, 0.0, 1E2, true, false, null],\r\n \"\": {}}\n ");
  expect_valid(R"(["\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t"])");
  expect_valid("[\"caf\xc3\xa9 \xf0\x9f\x98\x80 \xe2\x82\xac\"]");  // raw multi-byte UTF-8
  expect_valid("{\"a\":1,\"a\":2}");                                  // duplicates are not a syntax error
}

// --- line_column_at ------------------------------------------------------------------------------

void expect_lc(std::string_view text, std::size_t offset, std::uint32_t line, std::uint32_t column) {
  const LineColumn lc = line_column_at(text, offset);
  EXPECT_EQ(lc.line, line) << "offset " << offset;
  EXPECT_EQ(lc.column, column) << "offset " << offset;
}

TEST(LineColumnAt, FirstLine) {
  expect_lc("", 0, 1, 1);
  expect_lc("abc", 0, 1, 1);
  expect_lc("abc", 2, 1, 3);
}

TEST(LineColumnAt, LaterLines) {
  expect_lc("ab\ncd", 2, 1, 3);  // the newline itself ends line 1
  expect_lc("ab\ncd", 3, 2, 1);
  expect_lc("ab\ncd", 4, 2, 2);
  expect_lc("\n\n\nx", 3, 4, 1);
}

TEST(LineColumnAt, CrLf) {
  expect_lc("a\r\nbc", 1, 1, 2);  // the '\r' is still on line 1
  expect_lc("a\r\nbc", 3, 2, 1);
  expect_lc("a\r\nbc", 4, 2, 2);
}

TEST(LineColumnAt, EndOfFile) {
  expect_lc("ab\ncd", 5, 2, 3);
  expect_lc("ab\n", 3, 2, 1);
  expect_lc("ab", 100, 1, 3);  // clamped to the end
}

TEST(LineColumnAt, ColumnsCountBytes) { expect_lc("\xc3\xa9 x", 3, 1, 4); }

// --- locate_pointers -----------------------------------------------------------------------------

const std::string kLocated =
    "{\n"
    "  \"a~b\": {\"c/d\": 1},\n"
    "  \"arr\": [10, {\"x\": 2}],\n"
    "  \"\\u00e9t\\u00e9\": 3,\n"
    "  \"s\\/l\": 4,\n"
    "  \"dup\": 5,\n"
    "  \"dup\": [6],\n"
    "  \"q\\\"\": 7\n"
    "}\n";

std::size_t at(std::string_view needle, std::size_t skip = 0) {
  const std::size_t pos = kLocated.find(needle);
  EXPECT_NE(pos, std::string::npos) << needle;
  return pos + skip;
}

std::vector<std::size_t> located(const std::string& pointer) {
  const PointerLocations locations = locate_pointers(kLocated, {pointer});
  auto it = locations.offsets.find(pointer);
  if (it == locations.offsets.end()) return {};
  return it->second;
}

TEST(LocatePointers, RootIsTheFirstNonBlankByte) {
  EXPECT_THAT(located(""), ElementsAre(0u));
  const PointerLocations l = locate_pointers("  \n [1, [2]]", {"", "/1/0"});
  EXPECT_THAT(l.offsets.at(""), ElementsAre(4u));
  EXPECT_THAT(l.offsets.at("/1/0"), ElementsAre(9u));
}

TEST(LocatePointers, EscapedKeys) {
  EXPECT_THAT(located("/a~0b"), ElementsAre(at("{\"c/d\"")));
  EXPECT_THAT(located("/a~0b/c~1d"), ElementsAre(at("\"c/d\": 1", 7)));
  EXPECT_THAT(located("/s~1l"), ElementsAre(at("4,")));          // "\/" in the key is "/"
  EXPECT_THAT(located("/q\""), ElementsAre(at("7\n")));           // '\"' in the key
}

TEST(LocatePointers, UnicodeEscapesInKeysAreDecoded) {
  EXPECT_THAT(located("/\xc3\xa9t\xc3\xa9"), ElementsAre(at("3,")));
}

TEST(LocatePointers, ArrayElements) {
  EXPECT_THAT(located("/arr"), ElementsAre(at("[10")));
  EXPECT_THAT(located("/arr/0"), ElementsAre(at("10")));
  EXPECT_THAT(located("/arr/1"), ElementsAre(at("{\"x\"")));
  EXPECT_THAT(located("/arr/1/x"), ElementsAre(at("2}")));
}

TEST(LocatePointers, RepeatedKeysHaveEveryOffset) {
  EXPECT_THAT(located("/dup"), ElementsAre(at("5,"), at("[6]")));
  EXPECT_THAT(located("/dup/0"), ElementsAre(at("6]")));
}

TEST(LocatePointers, UnresolvedPointersFallBackToTheNearestAncestor) {
  EXPECT_THAT(located("/arr/7"), ElementsAre(at("[10")));
  EXPECT_THAT(located("/arr/01"), ElementsAre(at("[10")));  // not an index: "01" names nothing
  EXPECT_THAT(located("/arr/1/missing/deeper"), ElementsAre(at("{\"x\"")));
  EXPECT_THAT(located("/a~0b/c~1d/x"), ElementsAre(at("\"c/d\": 1", 7)));  // below a scalar
  EXPECT_THAT(located("/nope/deeper"), ElementsAre(0u));
  EXPECT_THAT(located("/a~1b"), ElementsAre(0u));  // "a/b" is not "a~b"
}

TEST(LocatePointers, ManyPointersInOnePass) {
  const PointerLocations l = locate_pointers(kLocated, {"/arr/0", "/dup", "/nope", "/a~0b/c~1d"});
  EXPECT_THAT(l.offsets.at("/arr/0"), ElementsAre(at("10")));
  EXPECT_THAT(l.offsets.at("/dup"), ElementsAre(at("5,"), at("[6]")));
  EXPECT_THAT(l.offsets.at("/nope"), ElementsAre(0u));
  EXPECT_THAT(l.offsets.at("/a~0b/c~1d"), ElementsAre(at("\"c/d\": 1", 7)));
}

}  // namespace
}  // namespace mlmlint
