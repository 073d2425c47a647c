#include "mlmlint/engine/glob.h"

#include <cstdint>
#include <vector>

namespace mlmlint {

namespace {

// Memoised recursion over (pattern index, path index): each pair is decided once.
class GlobMatcher {
 public:
  GlobMatcher(std::string_view pattern, std::string_view path)
      : p_(pattern), s_(path), memo_((pattern.size() + 1) * (path.size() + 1), kUnknown) {}

  bool match(std::size_t i, std::size_t j) {
    std::int8_t& m = memo_[i * (s_.size() + 1) + j];
    if (m == kUnknown) m = compute(i, j) ? kYes : kNo;
    return m == kYes;
  }

 private:
  static constexpr std::int8_t kUnknown = -1, kNo = 0, kYes = 1;

  bool compute(std::size_t i, std::size_t j) {
    if (i == p_.size()) return j == s_.size();
    if (p_[i] == '*' && i + 1 < p_.size() && p_[i + 1] == '*') {
      std::size_t after = i + 2;
      while (after < p_.size() && p_[after] == '*') ++after;  // "***" is "**"
      const bool segment_start = i == 0 || p_[i - 1] == '/';
      if (segment_start && after < p_.size() && p_[after] == '/') {
        // "**/": zero folders, or everything up to any later '/'.
        if (match(after + 1, j)) return true;
        for (std::size_t k = j; k < s_.size(); ++k) {
          if (s_[k] == '/' && match(after + 1, k + 1)) return true;
        }
        return false;
      }
      for (std::size_t k = j; k <= s_.size(); ++k) {
        if (match(after, k)) return true;
      }
      return false;
    }
    if (p_[i] == '*') {
      for (std::size_t k = j; k <= s_.size(); ++k) {
        if (match(i + 1, k)) return true;
        if (k < s_.size() && s_[k] == '/') break;
      }
      return false;
    }
    if (j == s_.size()) return false;
    if (p_[i] == '?') return s_[j] != '/' && match(i + 1, j + 1);
    return p_[i] == s_[j] && match(i + 1, j + 1);
  }

  std::string_view p_;
  std::string_view s_;
  std::vector<std::int8_t> memo_;
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return GlobMatcher(pattern, path).match(0, 0);
}

bool path_matches(std::string_view pattern, std::string_view path) {
  while (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);  // "build/" names a folder
  if (pattern.empty()) return false;
  // Without '/', the pattern is about names: try it against every tail of the path.
  const bool anchored = pattern.find('/') != std::string_view::npos;
  for (std::size_t start = 0;;) {
    const std::string_view tail = path.substr(start);
    if (glob_match(pattern, tail)) return true;
    // ... and against every folder above the file ("build" matches "build/a.json").
    for (std::size_t slash = tail.find('/'); slash != std::string_view::npos; slash = tail.find('/', slash + 1)) {
      if (glob_match(pattern, tail.substr(0, slash))) return true;
    }
    if (anchored) return false;
    const std::size_t next = path.find('/', start);
    if (next == std::string_view::npos) return false;
    start = next + 1;
  }
}

}  // namespace mlmlint
