#include "mlmlint/core/unified_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace mlmlint {

namespace {

// Lines including their terminator, so that a missing final newline is visible.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op : char { kKeep = ' ', kDelete = '-', kInsert = '+' };
struct Edit {
  Op op;
  std::size_t old_index;  // line in the old text (kKeep, kDelete)
  std::size_t new_index;  // line in the new text (kKeep, kInsert)
};

// Myers' O(ND) shortest edit script, over the middle part left once the common prefix and suffix are
// cut off (fixes change few lines, so D is small).
std::vector<Edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const long n = static_cast<long>(a.size() - prefix - suffix);
  const long m = static_cast<long>(b.size() - prefix - suffix);
  const long max = n + m;
  std::vector<long> v(2 * static_cast<std::size_t>(max) + 2, 0);
  std::vector<std::vector<long>> trace;
  auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max + 1)]; };
  auto same = [&](long x, long y) {
    return a[prefix + static_cast<std::size_t>(x)] == b[prefix + static_cast<std::size_t>(y)];
  };
  long found_d = 0;
  for (long d = 0; d <= max; ++d) {
    // Only diagonals -d..d can be read when walking back from step d: keep that slice (O(D²) memory).
    const auto first = v.begin() + (max + 1 - d);
    trace.emplace_back(first, first + 2 * d + 1);
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && same(x, y)) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) {
      found_d = d;
      break;
    }
  }
  // Walk the trace back from (n, m).
  std::vector<Edit> middle;
  long x = n;
  long y = m;
  for (long d = found_d; d > 0; --d) {
    const auto& pv = trace[static_cast<std::size_t>(d)];
    auto prev = [&](long k) { return pv[static_cast<std::size_t>(k + d)]; };
    const long k = x - y;
    const bool down = k == -d || (k != d && prev(k - 1) < prev(k + 1));
    const long prev_k = down ? k + 1 : k - 1;
    const long prev_x = prev(prev_k);
    const long prev_y = prev_x - prev_k;
    while (x > prev_x + (down ? 0 : 1) && y > prev_y + (down ? 1 : 0)) {
      --x, --y;
      middle.push_back({Op::kKeep, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    }
    if (down) {
      --y;
      middle.push_back({Op::kInsert, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    } else {
      --x;
      middle.push_back({Op::kDelete, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    }
  }
  while (x > 0 && y > 0) {
    --x, --y;
    middle.push_back({Op::kKeep, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
  }
  std::reverse(middle.begin(), middle.end());

  std::vector<Edit> script;
  script.reserve(prefix + middle.size() + suffix);
  for (std::size_t i = 0; i < prefix; ++i) script.push_back({Op::kKeep, i, i});
  for (const auto& e : middle) script.push_back({e.op, e.old_index + prefix, e.new_index + prefix});
  for (std::size_t i = 0; i < suffix; ++i) {
    script.push_back({Op::kKeep, a.size() - suffix + i, b.size() - suffix + i});
  }
  return script;
}

std::string range(std::size_t first, std::size_t count) {
  // Unified diff ranges are 1-based; an empty range names the line before it.
  if (count == 1) return fmt::format("{}", first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

void append_line(std::string& out, char marker, std::string_view line) {
  out += marker;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view old_label,
                         std::string_view new_label, int context) {
  if (old_text == new_text) return "";
  const auto a = split_lines(old_text);
  const auto b = split_lines(new_text);
  const std::vector<Edit> script = edit_script(a, b);
  const std::size_t ctx = static_cast<std::size_t>(std::max(context, 0));

  std::string out = fmt::format("--- {}\n+++ {}\n", old_label, new_label);
  std::size_t i = 0;
  while (i < script.size()) {
    if (script[i].op == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from `ctx` lines before this change to `ctx` lines after the last change that is closer
    // than 2*ctx lines to the previous one.
    const std::size_t begin = i >= ctx ? i - ctx : 0;
    std::size_t end = i;
    std::size_t last_change = i;
    while (end < script.size()) {
      if (script[end].op != Op::kKeep) {
        last_change = end;
      } else if (end - last_change > 2 * ctx) {
        break;
      }
      ++end;
    }
    end = std::min(script.size(), last_change + ctx + 1);
    std::size_t old_first = 0, old_count = 0, new_first = 0, new_count = 0;
    bool old_set = false, new_set = false;
    for (std::size_t j = begin; j < end; ++j) {
      const Edit& e = script[j];
      if (e.op != Op::kInsert) {
        if (!old_set) old_first = e.old_index, old_set = true;
        ++old_count;
      }
      if (e.op != Op::kDelete) {
        if (!new_set) new_first = e.new_index, new_set = true;
        ++new_count;
      }
    }
    if (!old_set) old_first = script[begin].old_index;
    if (!new_set) new_first = script[begin].new_index;
    out += fmt::format("@@ -{} +{} @@\n", range(old_first, old_count), range(new_first, new_count));
    for (std::size_t j = begin; j < end; ++j) {
      const Edit& e = script[j];
      append_line(out, static_cast<char>(e.op), e.op == Op::kInsert ? b[e.new_index] : a[e.old_index]);
    }
    i = end;
  }
  return out;
}

}  // namespace mlmlint
