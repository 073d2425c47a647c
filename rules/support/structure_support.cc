#include "structure_support.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

void add_objects(element container, std::string_view pointer, MlmObjectKind kind, bool array_entries_wanted,
                 std::vector<MlmObject>& out) {
  const auto entries = array_entries_wanted ? array_entries(container, pointer) : object_entries(container, pointer);
  for (const auto& e : entries) {
    if (as_object(e.value)) out.push_back({e.value, e.pointer, kind});
  }
}

}  // namespace

std::vector<MlmObject> mlm_objects(const RuleContext& ctx) {
  std::vector<MlmObject> out;
  if (ctx.kind == DocumentKind::kItem) {
    if (auto p = member(ctx.root, "properties"); p && as_object(*p)) {
      out.push_back({*p, "/properties", MlmObjectKind::kItemProperties});
    }
    if (auto a = member(ctx.root, "assets")) add_objects(*a, "/assets", MlmObjectKind::kItemAsset, false, out);
    if (auto l = member(ctx.root, "links")) add_objects(*l, "/links", MlmObjectKind::kItemLink, true, out);
  } else if (ctx.kind == DocumentKind::kCollection) {
    if (as_object(ctx.root)) out.push_back({ctx.root, "", MlmObjectKind::kCollectionRoot});
    if (auto s = member(ctx.root, "summaries"); s && as_object(*s)) {
      out.push_back({*s, "/summaries", MlmObjectKind::kCollectionSummaries});
    }
    if (auto a = member(ctx.root, "assets")) add_objects(*a, "/assets", MlmObjectKind::kCollectionAsset, false, out);
    if (auto a = member(ctx.root, "item_assets")) {
      add_objects(*a, "/item_assets", MlmObjectKind::kCollectionItemAsset, false, out);
    }
  }
  return out;
}

bool is_asset_kind(MlmObjectKind kind) {
  return kind == MlmObjectKind::kItemAsset || kind == MlmObjectKind::kCollectionAsset ||
         kind == MlmObjectKind::kCollectionItemAsset;
}

std::string KeyVisit::pointer() const { return pointer_append(parent_pointer, key); }

void walk_keys(element value, std::string_view pointer, const std::function<bool(const KeyVisit&)>& visit) {
  struct Frame {
    element value;
    std::string pointer;
  };
  auto is_container = [](element e) {
    const auto type = e.type();
    return type == simdjson::dom::element_type::OBJECT || type == simdjson::dom::element_type::ARRAY;
  };
  // Children are pushed in reverse so that they are visited in document order; only containers get a
  // frame (and so a pointer string): scalars have nothing to visit.
  std::vector<Frame> stack;
  stack.push_back({value, std::string(pointer)});
  std::vector<Frame> children;
  while (!stack.empty()) {
    Frame frame = std::move(stack.back());
    stack.pop_back();
    children.clear();
    if (auto obj = as_object(frame.value)) {
      for (auto field : *obj) {
        const KeyVisit visit_info{field.key, field.value, frame.pointer};
        if (visit(visit_info) && is_container(field.value)) {
          children.push_back({field.value, pointer_append(frame.pointer, field.key)});
        }
      }
    } else if (auto arr = as_array(frame.value)) {
      std::size_t i = 0;
      for (auto child : *arr) {
        if (is_container(child)) children.push_back({child, pointer_append(frame.pointer, i)});
        ++i;
      }
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(std::move(*it));
  }
}

}  // namespace mlmlint::rules
