#include "mlmlint/core/deep_stack.h"

#include <pthread.h>

namespace mlmlint {

std::size_t nesting_depth(std::string_view text, std::size_t stop) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;  // the escaped character cannot end the string
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '[':
      case '{':
        if (++depth > deepest && (deepest = depth) >= stop) return deepest;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return deepest;
}

std::size_t stack_for_depth(std::size_t depth) {
  constexpr std::size_t kPerLevel = 16u << 10;
  constexpr std::size_t kBase = 1u << 20;
  return kBase + depth * kPerLevel;
}

namespace {

void* run_work(void* work) {
  (*static_cast<const std::function<void()>*>(work))();
  return nullptr;
}

}  // namespace

bool run_with_stack(std::size_t stack_bytes, const std::function<void()>& work) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  pthread_t thread;
  const bool created = pthread_attr_setstacksize(&attr, stack_bytes) == 0 &&
                       pthread_create(&thread, &attr, run_work, const_cast<std::function<void()>*>(&work)) == 0;
  pthread_attr_destroy(&attr);
  if (created) pthread_join(thread, nullptr);
  return created;
}

}  // namespace mlmlint
