// Helpers shared by the reporters (report_*.cc): safe rendering of document-controlled text. UTF-8 itself
// (decoding, U+FFFD for invalid bytes) is mlmlint/core/utf8.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mlmlint::report_detail {

// A terminal must never receive raw control characters from a document (an ESC sequence could rewrite the
// screen): control characters (C0, DEL, C1), bidirectional overrides and invalid bytes become visible
// escapes ("\x1b", "\u{202e}"); a tab becomes `tab` (spaces in source excerpts, "\t" in messages).
std::string escape_for_terminal(std::string_view text, std::string_view tab = "\\t");

// XML 1.0 character data / attribute value: escapes & < > " ' and replaces characters XML cannot carry at
// all (C0 controls other than tab/CR/LF, U+FFFE/U+FFFF) with a visible "\x01"; the input is made valid UTF-8.
std::string xml_escape(std::string_view text);

// Bytes of the JSON token starting at `offset` of a source line (a string with its quotes, a number, a
// literal): what the text report underlines and SARIF's region spans (a key, for a finding about a key); 1 for
// punctuation or an unknown position.
std::size_t token_length(std::string_view text, std::size_t offset);

}  // namespace mlmlint::report_detail
