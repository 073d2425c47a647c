#include "mlmlint/core/json_edit.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "mlmlint/core/json_text.h"

namespace mlmlint {

namespace {

// Where each value of the original text lies, and the whitespace around its members. The text is known
// to be valid JSON (JsonValue::parse accepted it), so the scanner does not check grammar again.
struct Node {
  std::size_t begin = 0;
  std::size_t end = 0;
  // Objects and arrays: per member/element the start of the whitespace that leads it (just after '{',
  // '[' or ','), where its key (objects) or value starts, and the value's node.
  struct Child {
    std::size_t lead_begin = 0;
    std::size_t key_begin = 0;  // objects: the opening quote of the key; arrays: == value begin
    std::size_t key_end = 0;    // objects: just after the closing quote
    Node* value = nullptr;
  };
  std::vector<Child> children;
  std::size_t close_ws_begin = 0;  // whitespace before '}' / ']' starts here
};

class SpanParser {
 public:
  explicit SpanParser(std::string_view text) : text_(text) {}

  Node* parse_value_from(std::size_t start) {
    pos_ = start;
    return parse_value();
  }

  Node* parse_value() {
    skip_ws();
    nodes_.push_back(std::make_unique<Node>());
    Node* node = nodes_.back().get();
    node->begin = pos_;
    const char c = text_[pos_];
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      std::size_t lead = pos_;
      skip_ws();
      if (text_[pos_] != close) {
        while (true) {
          Node::Child child;
          child.lead_begin = lead;
          skip_ws();
          child.key_begin = pos_;
          if (close == '}') {
            skip_string();
            child.key_end = pos_;
            skip_ws();
            ++pos_;  // ':'
          } else {
            child.key_end = pos_;
          }
          child.value = parse_value();
          node->children.push_back(child);
          const std::size_t after_value = pos_;
          skip_ws();
          if (text_[pos_] == ',') {
            ++pos_;
            lead = pos_;
            continue;
          }
          node->close_ws_begin = after_value;
          break;
        }
      } else {
        node->close_ws_begin = lead;
      }
      ++pos_;  // the closing bracket
    } else if (c == '"') {
      skip_string();
    } else {
      while (pos_ < text_.size() && !is_ws(text_[pos_]) && text_[pos_] != ',' && text_[pos_] != '}' &&
             text_[pos_] != ']') {
        ++pos_;
      }
    }
    node->end = pos_;
    return node;
  }

 private:
  static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  void skip_ws() {
    while (pos_ < text_.size() && is_ws(text_[pos_])) ++pos_;
  }
  void skip_string() {
    ++pos_;  // opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<std::unique_ptr<Node>> nodes_;  // every node lives as long as the parser
};

// How new content is laid out, learnt from the document.
struct Style {
  std::string unit;         // indentation unit; "" = the document is on one line
  std::string colon = ": ";
  std::string comma = ", ";  // separator used on one line
  bool inline_scalar_arrays = true;
};

bool is_scalar(const JsonValue& v) { return !v.array() && !v.object(); }

class Renderer {
 public:
  Renderer(std::string_view text, Style style) : text_(text), style_(std::move(style)) {}

  // Renders `edited` where `node` (holding `original`) was.
  void render(const Node& node, const JsonValue& original, const JsonValue& edited, std::string& out) {
    if (original == edited && same_kind(original, edited)) {
      out.append(text_.substr(node.begin, node.end - node.begin));
      return;
    }
    if (original.object() && edited.object()) return render_object(node, *original.object(), *edited.object(), out);
    if (original.array() && edited.array()) return render_array(node, *original.array(), *edited.array(), out);
    fresh(edited, line_indent(node.begin), out);
  }

 private:
  static bool same_kind(const JsonValue& a, const JsonValue& b) {
    return static_cast<bool>(a.object()) == static_cast<bool>(b.object()) &&
           static_cast<bool>(a.array()) == static_cast<bool>(b.array());
  }

  std::string_view slice(std::size_t begin, std::size_t end) const { return text_.substr(begin, end - begin); }

  // The whitespace that starts the line holding `offset`.
  std::string line_indent(std::size_t offset) const {
    std::size_t start = text_.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::size_t end = start;
    while (end < text_.size() && (text_[end] == ' ' || text_[end] == '\t')) ++end;
    return std::string(slice(start, end));
  }

  // The lead (whitespace after '{'/'['/',') for the child at position `index` of a container laid out
  // like `node`; new children copy their siblings.
  std::string lead_for(const Node& node, std::size_t index, bool multiline_default) const {
    const auto& children = node.children;
    if (children.empty()) {
      if (!multiline_default || style_.unit.empty()) return index == 0 ? "" : std::string(style_.comma.substr(1));
      return "\n" + line_indent(node.begin) + style_.unit;
    }
    auto lead_of = [&](std::size_t i) {
      return std::string(slice(children[i].lead_begin, children[i].key_begin));
    };
    if (index < children.size() && (index > 0 || children.size() == 1)) return lead_of(index);
    if (index == 0) return lead_of(0);
    if (children.size() >= 2) return lead_of(children.size() - 1);
    // One child only: a later sibling goes on its own line when the first one did.
    const std::string first = lead_of(0);
    return first.find('\n') != std::string::npos ? first : " ";
  }

  std::string closing_for(const Node& node, bool multiline) const {
    if (!node.children.empty()) return std::string(slice(node.close_ws_begin, node.end - 1));
    if (!multiline || style_.unit.empty()) return "";
    return "\n" + line_indent(node.begin);
  }

  void render_object(const Node& node, const JsonValue::Object& original, const JsonValue::Object& edited,
                     std::string& out) {
    std::vector<bool> used(original.size(), false);
    const bool multiline = node.children.empty() || text_.substr(node.begin, node.end - node.begin).find('\n') !=
                                                        std::string_view::npos;
    const std::string colon = node.children.empty()
                                  ? style_.colon
                                  : std::string(slice(node.children[0].key_end, node.children[0].value->begin));
    out += '{';
    for (std::size_t i = 0; i < edited.size(); ++i) {
      if (i > 0) out += ',';
      const std::string lead = lead_for(node, i, multiline);
      out += lead;
      const auto& [key, value] = edited[i];
      std::size_t match = original.size();
      for (std::size_t j = 0; j < original.size(); ++j) {
        if (!used[j] && original[j].first == key) {
          match = j;
          break;
        }
      }
      if (match < original.size()) {
        used[match] = true;
        const Node::Child& child = node.children[match];
        out.append(slice(child.key_begin, child.value->begin));
        render(*child.value, original[match].second, value, out);
      } else {
        append_json_string(out, key);
        out += colon;
        fresh(value, indent_after(lead, node), out);
      }
    }
    if (!edited.empty()) out += closing_for(node, multiline);
    out += '}';
  }

  void render_array(const Node& node, const JsonValue::Array& original, const JsonValue::Array& edited,
                    std::string& out) {
    const bool multiline =
        text_.substr(node.begin, node.end - node.begin).find('\n') != std::string_view::npos ||
        (node.children.empty() && !(style_.inline_scalar_arrays && std::all_of(edited.begin(), edited.end(), is_scalar)));
    constexpr std::size_t kLookAhead = 64;
    std::size_t cursor = 0;  // next original element not yet consumed
    out += '[';
    for (std::size_t i = 0; i < edited.size(); ++i) {
      if (i > 0) out += ',';
      const std::string lead = lead_for(node, i, multiline);
      out += lead;
      // An unchanged element (possibly after removed ones), else the element at the cursor edited in place.
      std::size_t match = original.size();
      for (std::size_t j = cursor; j < original.size() && j < cursor + kLookAhead; ++j) {
        if (original[j] == edited[i] && same_kind(original[j], edited[i])) {
          match = j;
          break;
        }
      }
      if (match == original.size() && cursor < original.size() && same_kind(original[cursor], edited[i]) &&
          !is_scalar(edited[i])) {
        match = cursor;
      }
      if (match < original.size()) {
        render(*node.children[match].value, original[match], edited[i], out);
        cursor = match + 1;
      } else {
        fresh(edited[i], indent_after(lead, node), out);
      }
    }
    if (!edited.empty()) out += closing_for(node, multiline);
    out += ']';
  }

  // The indentation of a line that starts with `lead` (or, for an inline lead, of the container's line).
  std::string indent_after(const std::string& lead, const Node& node) const {
    const std::size_t nl = lead.rfind('\n');
    if (nl == std::string::npos) return line_indent(node.begin);
    return lead.substr(nl + 1);
  }

  // New content, laid out in the document's style; `indent` is the indentation of the line it starts on.
  void fresh(const JsonValue& value, const std::string& indent, std::string& out) {
    const bool one_line = style_.unit.empty();
    if (const auto* arr = value.array()) {
      if (arr->empty()) {
        out += "[]";
        return;
      }
      const bool inline_array =
          one_line || (style_.inline_scalar_arrays && std::all_of(arr->begin(), arr->end(), is_scalar));
      out += '[';
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (i > 0) out += inline_array ? style_.comma : ",";
        if (!inline_array) out += "\n" + indent + style_.unit;
        fresh((*arr)[i], indent + style_.unit, out);
      }
      if (!inline_array) out += "\n" + indent;
      out += ']';
    } else if (const auto* obj = value.object()) {
      if (obj->empty()) {
        out += "{}";
        return;
      }
      out += '{';
      for (std::size_t i = 0; i < obj->size(); ++i) {
        if (i > 0) out += one_line ? style_.comma : ",";
        if (!one_line) out += "\n" + indent + style_.unit;
        append_json_string(out, (*obj)[i].first);
        out += style_.colon;
        fresh((*obj)[i].second, indent + style_.unit, out);
      }
      if (!one_line) out += "\n" + indent;
      out += '}';
    } else {
      value.dump_scalar(out);
    }
  }

  std::string_view text_;
  Style style_;
};

// Whether the document writes short arrays of scalars on one line (`[1, 3, 64, 64]`): the majority of
// its non-empty scalar arrays decides.
bool prefers_inline_scalar_arrays(std::string_view text, const Node& node, const JsonValue& value, int& inline_count,
                                  int& multiline_count) {
  if (const auto* arr = value.array()) {
    if (!arr->empty() && std::all_of(arr->begin(), arr->end(), is_scalar)) {
      if (text.substr(node.begin, node.end - node.begin).find('\n') == std::string_view::npos) {
        ++inline_count;
      } else {
        ++multiline_count;
      }
    }
    for (std::size_t i = 0; i < arr->size(); ++i) {
      prefers_inline_scalar_arrays(text, *node.children[i].value, (*arr)[i], inline_count, multiline_count);
    }
  } else if (const auto* obj = value.object()) {
    for (std::size_t i = 0; i < obj->size(); ++i) {
      prefers_inline_scalar_arrays(text, *node.children[i].value, (*obj)[i].second, inline_count, multiline_count);
    }
  }
  return inline_count >= multiline_count;
}

Style learn_style(std::string_view text, const Node& root, const JsonValue& value) {
  Style style;
  style.unit = detect_indent_unit(text);
  // The first member's separator between key and value, and the first one-line comma.
  const Node* node = &root;
  while (node && !node->children.empty()) {
    const auto& child = node->children.front();
    if (child.key_end != child.key_begin) {
      style.colon = std::string(text.substr(child.key_end, child.value->begin - child.key_end));
      break;
    }
    node = child.value;
  }
  if (style.colon.find('\n') != std::string::npos) style.colon = ": ";
  const std::size_t comma = text.find(',');
  if (comma != std::string_view::npos && comma + 1 < text.size()) {
    style.comma = text[comma + 1] == ' ' ? ", " : ",";
  }
  int inline_count = 0;
  int multiline_count = 0;
  style.inline_scalar_arrays = prefers_inline_scalar_arrays(text, root, value, inline_count, multiline_count);
  return style;
}

}  // namespace

std::string detect_indent_unit(std::string_view text) {
  // The indentation of the first indented line that holds a value (the root's first member).
  std::size_t pos = text.find('\n');
  while (pos != std::string_view::npos && pos + 1 < text.size()) {
    std::size_t end = pos + 1;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    if (end > pos + 1 && end < text.size() && text[end] != '\n' && text[end] != '\r') {
      return std::string(text.substr(pos + 1, end - pos - 1));
    }
    pos = text.find('\n', pos + 1);
  }
  return "";
}

std::optional<std::string> render_preserving(std::string_view original, const JsonValue& edited) {
  // A byte order mark, leading and trailing whitespace stay as they were.
  const std::size_t start = original.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  auto original_value = JsonValue::parse(original.substr(start));
  if (!original_value) return std::nullopt;
  SpanParser spans(original);
  const Node* root = spans.parse_value_from(start);
  std::string out;
  out.reserve(original.size() + 256);
  out.append(original.substr(0, root->begin));
  Renderer renderer(original, learn_style(original, *root, *original_value));
  renderer.render(*root, *original_value, edited, out);
  out.append(original.substr(root->end));
  return out;
}

}  // namespace mlmlint
