// String distance for near-miss suggestions: rules (an unknown field, role or dimension name, RULES.md §2.2)
// and the command line ("did you mean MLM102?", "did you mean --select?").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mlmlint {

// Damerau-Levenshtein distance (optimal string alignment) on lower-cased strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is a plausible typo of it (at most a third of the word's length
// in edits, at least 1, at most 3); empty when none is. The first of equally near candidates wins.
std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace mlmlint
