// UTF-8 decoding: the JSON scanner rejects, and every writer replaces, exactly the sequences this decoder
// calls invalid, so its edges are the edges of all of them.
#include "mlmlint/core/utf8.h"

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "mlmlint/core/json_text.h"

namespace mlmlint {
namespace {

// (length, code point) of the sequence at the start of `bytes`; length 0 means invalid.
std::pair<std::size_t, char32_t> decode(std::string_view bytes) {
  char32_t cp = 0;
  const std::size_t length = decode_utf8(bytes, 0, cp);
  return {length, length == 0 ? 0 : cp};
}

TEST(DecodeUtf8, DecodesEachLengthAtItsBounds) {
  EXPECT_EQ(decode("A"), std::make_pair(std::size_t{1}, U'A'));
  EXPECT_EQ(decode(std::string_view("\0", 1)), std::make_pair(std::size_t{1}, U'\0'));  // NUL is a character
  EXPECT_EQ(decode("\x7F"), std::make_pair(std::size_t{1}, char32_t{0x7F}));
  EXPECT_EQ(decode("\xC2\x80"), std::make_pair(std::size_t{2}, char32_t{0x80}));
  EXPECT_EQ(decode("\xC2\xA0"), std::make_pair(std::size_t{2}, char32_t{0xA0}));
  EXPECT_EQ(decode("\xDF\xBF"), std::make_pair(std::size_t{2}, char32_t{0x7FF}));
  EXPECT_EQ(decode("\xE0\xA0\x80"), std::make_pair(std::size_t{3}, char32_t{0x800}));
  EXPECT_EQ(decode("\xED\x9F\xBF"), std::make_pair(std::size_t{3}, char32_t{0xD7FF}));
  EXPECT_EQ(decode("\xEE\x80\x80"), std::make_pair(std::size_t{3}, char32_t{0xE000}));
  EXPECT_EQ(decode("\xEF\xBF\xBF"), std::make_pair(std::size_t{3}, char32_t{0xFFFF}));
  EXPECT_EQ(decode("\xF0\x90\x80\x80"), std::make_pair(std::size_t{4}, char32_t{0x10000}));
  EXPECT_EQ(decode("\xF4\x8F\xBF\xBF"), std::make_pair(std::size_t{4}, char32_t{0x10FFFF}));
  EXPECT_EQ(decode("\xC3\xA9rest"), std::make_pair(std::size_t{2}, char32_t{0xE9}));  // stops at its end
}

TEST(DecodeUtf8, RejectsInvalidSequences) {
  for (std::string_view bad : {
           "\xC0\x80", "\xC1\xBF", "\xE0\x9F\xBF", "\xF0\x8F\xBF\xBF",  // overlong (incl. overlong NUL)
           "\xED\xA0\x80", "\xED\xBF\xBF",                              // surrogates U+D800, U+DFFF
           "\xF4\x90\x80\x80", "\xF7\xBF\xBF\xBF",                      // above U+10FFFF
           "\xF8\x88\x80\x80\x80", "\xFF", "\xFE",                      // no such lead byte
           "\x80", "\xBF",                                              // stray continuation bytes
           "\xC3", "\xE2\x82", "\xF0\x9F\x98",                          // truncated at the end
           "\xC3(", "\xE2\x28\xA1", "\xF0\x9F\x98\x41",                 // continuation missing
       }) {
    EXPECT_EQ(decode(bad).first, 0u) << "first byte 0x" << std::hex
                                     << static_cast<unsigned>(static_cast<unsigned char>(bad[0]));
  }
}

TEST(ForEachCodePoint, ReportsCharactersAndInvalidBytesInOrder) {
  const std::string text("a\xC3\xA9\xFF\xE2\x82z\0\xF0\x9F\x98\x80", 12);
  std::vector<std::string> seen;
  for_each_code_point(
      text, [&](char32_t cp, std::string_view bytes) { seen.push_back(std::to_string(cp) + ":" + std::string(bytes)); },
      [&](unsigned char byte) { seen.push_back("bad " + std::to_string(byte)); });
  // A truncated sequence reports each of its bytes and resumes right after the first.
  EXPECT_EQ(seen, (std::vector<std::string>{"97:a", "233:\xC3\xA9", "bad 255", "bad 226", "bad 130", "122:z",
                                            std::string("0:\0", 3), "128512:\xF0\x9F\x98\x80"}));
  seen.clear();
  for_each_code_point("", [&](char32_t, std::string_view) { seen.push_back("char"); },
                      [&](unsigned char) { seen.push_back("bad"); });
  EXPECT_TRUE(seen.empty());
}

TEST(ValidUtf8, ReplacesEachInvalidByteAndAgreesWithTheJsonWriter) {
  EXPECT_EQ(valid_utf8("plain \xC3\xA9"), "plain \xC3\xA9");
  EXPECT_EQ(valid_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate: 3 bytes, 3 U+FFFD
  EXPECT_EQ(valid_utf8("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  for (std::string_view text : {"caf\xC3\xA9", "\xC0\x80", "x\xF4\x90\x80\x80y", "\xE2\x82"}) {
    EXPECT_EQ(json_quote(text), json_quote(valid_utf8(text))) << text;
  }
}

}  // namespace
}  // namespace mlmlint
