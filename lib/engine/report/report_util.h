// Helpers shared by the reporters (lib/report_*.cc): safe rendering of document-controlled text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mlmlint::report_detail {

// Decodes one UTF-8 sequence at text[i]. Returns its length (1-4) and sets `cp`; returns 0 for an invalid
// byte (overlong, surrogate, truncated, out of range), which callers render as an escape.
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp);

// A terminal must never receive raw control characters from a document (an ESC sequence could rewrite the
// screen): control characters (C0, DEL, C1), bidirectional overrides and invalid bytes become visible
// escapes ("\x1b", "\u{202e}"); a tab becomes `tab` (spaces in source excerpts, "\t" in messages).
std::string escape_for_terminal(std::string_view text, std::string_view tab = "\\t");

// Valid UTF-8 for formats that require it (SARIF is JSON read by strict parsers, JUnit is XML): invalid
// bytes become U+FFFD.
std::string valid_utf8(std::string_view text);

// XML 1.0 character data / attribute value: escapes & < > " ' and replaces characters XML cannot carry at
// all (C0 controls other than tab/CR/LF, U+FFFE/U+FFFF) with a visible "\x01"; the input is made valid UTF-8.
std::string xml_escape(std::string_view text);

}  // namespace mlmlint::report_detail
