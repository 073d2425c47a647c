// Deeply nested documents and the stack. Every stage of the pipeline recurses once per level of nesting:
// the syntax scanner, the duplicate-key walk, the rules, and valijson on recursive schemas (the bundled
// draft-07 meta-schema, or a mapped one). Measured under ASan + UBSan: up to 4.5 KiB per level (valijson),
// 2 KiB in our own code; a Release build needs far less. A document deeper than kInlineDepth is therefore
// checked on a thread whose stack is sized for its depth, so that no caller's stack (2 MiB for a thread
// when `ulimit -s` is unlimited) can overflow at any depth simdjson accepts.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace mlmlint {

// Nesting up to this depth runs on the caller's stack (64 levels: under 300 KiB even with ASan).
inline constexpr std::size_t kInlineDepth = 64;

// The deepest nesting of arrays and objects in `text` (brackets outside strings; the text need not be
// valid JSON), counting no further than `stop`.
std::size_t nesting_depth(std::string_view text, std::size_t stop);

// A stack for checking a document nested `depth` levels deep: 16 KiB per level (3.5 times the most measured,
// for compilers and flags other than those measured) plus 1 MiB: 33 MiB at kMaxDepthLimit. It is address
// space only: just the pages actually used are ever committed.
std::size_t stack_for_depth(std::size_t depth);

// Runs `work` on a new thread with a stack of `stack_bytes` and waits for it. False (without running
// `work`) if no such thread can be created.
bool run_with_stack(std::size_t stack_bytes, const std::function<void()>& work);

}  // namespace mlmlint
