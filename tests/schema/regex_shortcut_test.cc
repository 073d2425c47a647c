// Each shortcut must answer exactly as std::regex_search does, on texts chosen to sit on the edges of
// each shape (empty, the literal itself, a prefix of it, embedded newlines and NULs, non-ASCII bytes).
#include "regex_shortcut.h"

#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mlmlint {
namespace {

const std::vector<std::string> kTexts = {
    "", "eo:", "eo", "eo:bands", "xeo:bands", "EO:bands", "mlm:input", "mlm", "file:size", "processing:level",
    "2024-01-01T00:00:00Z", "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00+01:00", "Z", "z", "Z\n", "+00:00",
    "2024-01-01T00:00:00Z ", "a-b.c+d_e", "a b", "a/b", "abc\n", "\nabc", "é", "a\xff", std::string("a\0b", 3),
    "I_band", "I", "_I", "^eo:", "(?!eo:)"};

void expect_same_as_std_regex(const std::string& pattern) {
  const auto shortcut = RegexShortcut::recognize(pattern);
  ASSERT_TRUE(shortcut.has_value()) << pattern;
  const std::regex regex(pattern);
  for (const auto& text : kTexts) {
    EXPECT_EQ(shortcut->search(text), std::regex_search(text, regex)) << "pattern " << pattern << " on \"" << text << "\"";
  }
}

TEST(RegexShortcut, AnswersAsStdRegexForEveryRecognisedShape) {
  for (const char* pattern : {"^(?!eo:)", "^(?!mlm:)", "^(?!processing:)", "^(?!file:)", "^I_", "^eo:", R"((\+00:00|Z)$)",
                              R"(^[\w\-\.\+]+$)"}) {
    expect_same_as_std_regex(pattern);
  }
}

TEST(RegexShortcut, LeavesOtherPatternsToStdRegex) {
  for (const char* pattern : {".{1,}", "^[a-f0-9]+$", "^(?!eo:).", "^eo.", "^e*", "^(?!e|o)", "(\\+00:00|Z)", "^a\\.b",
                              "^[\\w]+$", "^"}) {
    EXPECT_FALSE(RegexShortcut::recognize(pattern).has_value()) << pattern;
  }
}

}  // namespace
}  // namespace mlmlint
