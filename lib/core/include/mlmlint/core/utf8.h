// UTF-8 decoding, shared by the JSON scanner, the JSON writer and the reporters: one definition of what a
// valid sequence is (no overlong forms, no surrogates, nothing above U+10FFFF, nothing truncated).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mlmlint {

// U+FFFD REPLACEMENT CHARACTER, what an invalid byte becomes in output that must be valid UTF-8.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Decodes one UTF-8 sequence at text[i] (i < text.size()). Returns its length (1-4) and sets `cp`; returns 0
// when the byte at i starts no valid sequence (overlong, surrogate, truncated, above U+10FFFF, stray
// continuation byte).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp);

// Walks `text` once: on_char(cp, bytes) for each valid sequence (`bytes` is its slice of text), and
// on_invalid(byte) for each byte that starts none; the walk resumes at the next byte.
template <class OnChar, class OnInvalid>
void for_each_code_point(std::string_view text, OnChar&& on_char, OnInvalid&& on_invalid) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t length = decode_utf8(text, i, cp);
    if (length == 0) {
      on_invalid(static_cast<unsigned char>(text[i]));
      ++i;
    } else {
      on_char(cp, text.substr(i, length));
      i += length;
    }
  }
}

// `text` with each byte that starts no valid sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

}  // namespace mlmlint
