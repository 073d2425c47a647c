// Document-structure helpers for the MLM0xx/MLM5xx/MLM6xx rules: the MLM objects of RULES.md §2.2 and a
// linear walk over every object key of a document.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

enum class MlmObjectKind {
  kItemProperties,      // /properties
  kItemAsset,           // /assets/KEY of an Item
  kItemLink,            // /links/I of an Item
  kCollectionRoot,      // "" (the Collection object itself)
  kCollectionSummaries, // /summaries
  kCollectionAsset,     // /assets/KEY of a Collection
  kCollectionItemAsset, // /item_assets/KEY
};

struct MlmObject {
  element value;
  std::string pointer;
  MlmObjectKind kind;
};

// RULES.md §2.2 "MLM objects": only entries that are JSON objects are returned, in document order.
std::vector<MlmObject> mlm_objects(const RuleContext& ctx);

bool is_asset_kind(MlmObjectKind kind);

// Visits every member of every object in the tree below `value` (pre-order, document order) with the
// member's pointer. `descend` decides whether the walk enters a member's value (default: always).
// Iterative, so deep documents cannot overflow the stack; linear in the document size.
struct KeyVisit {
  std::string_view key;
  element value;
  std::string_view parent_pointer;
  // Built on request: most visitors only look at keys.
  std::string pointer() const;
};
void walk_keys(element value, std::string_view pointer, const std::function<bool(const KeyVisit&)>& visit);

}  // namespace mlmlint::rules
