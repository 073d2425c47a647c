#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "mlmlint/core/embedded.h"

namespace mlmlint {

inline std::string_view find_embedded_doc(std::string_view code) {
  const std::string name = std::string(code) + ".md";
  for (const auto& file : embedded_rule_docs()) {
    if (file.name == name) return file.data;
  }
  return {};
}

}  // namespace mlmlint
