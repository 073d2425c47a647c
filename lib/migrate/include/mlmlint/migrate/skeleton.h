// `mlm-lint new`: a minimal MLM v1.5.2 Item to start from, the command-line counterpart of stac-model's
// generator and the MLM web form. Values the user must supply are "TODO: …" placeholders placed where
// the schema accepts free text, so that the skeleton passes `mlm-lint check` without errors.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mlmlint {

struct SkeletonOptions {
  std::string name;                  // mlm:name (also gives the Item id)
  std::string framework;             // mlm:framework; aliases ("pytorch", "tf") become the canonical name
  std::vector<std::string> tasks;    // mlm:tasks, names of the MLM task enum
  std::vector<std::string> bands;    // input band names; empty = an input without a band list
  std::string shape;                 // "-1,3,64,64"; empty = [-1, <bands or -1>, -1, -1]
  std::vector<std::string> classes;  // class names of the output (values 0, 1, …)
};

struct SkeletonResult {
  bool ok = false;
  std::string error;  // why the options cannot make a valid Item
  std::string text;   // the Item, 2-space indented, with a final newline
};

SkeletonResult make_skeleton(const SkeletonOptions& options);

// The task names MLM v1.5.2 accepts, in schema order.
std::span<const std::string_view> mlm_task_names();

}  // namespace mlmlint
