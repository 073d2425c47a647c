#include "mlmlint/core/uri.h"

#include <cctype>
#include <vector>

namespace mlmlint {

namespace {

bool has_scheme(std::string_view uri) {
  if (uri.empty() || !std::isalpha(static_cast<unsigned char>(uri[0]))) return false;
  for (std::size_t i = 1; i < uri.size(); ++i) {
    const char c = uri[i];
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  const bool absolute = !path.empty() && path[0] == '/';
  if (absolute) pos = 1;
  bool trailing_slash = false;
  while (pos <= path.size()) {
    const std::size_t next = path.find('/', pos);
    const std::string_view seg = path.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
    trailing_slash = false;
    if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing_slash = true;
    } else if (seg == ".") {
      trailing_slash = true;
    } else {
      out.push_back(seg);
    }
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  std::string result = absolute ? "/" : "";
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i) result += '/';
    result += out[i];
  }
  if (trailing_slash && (result.empty() || result.back() != '/')) result += '/';
  return result;
}

}  // namespace

std::string strip_fragment(std::string_view uri) {
  const std::size_t hash = uri.find('#');
  return std::string(hash == std::string_view::npos ? uri : uri.substr(0, hash));
}

std::string percent_decode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string resolve_uri(std::string_view base, std::string_view ref) {
  if (has_scheme(ref)) {
    const std::size_t authority_end = ref.find('/', ref.find("://") == std::string_view::npos ? 0 : ref.find("://") + 3);
    if (ref.find("://") == std::string_view::npos || authority_end == std::string_view::npos) return std::string(ref);
    const std::size_t hash = ref.find('#');
    std::string path(ref.substr(authority_end, hash == std::string_view::npos ? std::string_view::npos : hash - authority_end));
    std::string out(ref.substr(0, authority_end));
    out += remove_dot_segments(path);
    if (hash != std::string_view::npos) out += ref.substr(hash);
    return out;
  }
  const std::string base_doc = strip_fragment(base);
  if (ref.empty()) return base_doc;
  if (ref[0] == '#') return base_doc + std::string(ref);
  // Split base into "scheme://authority" and path.
  const std::size_t scheme_end = base_doc.find("://");
  if (scheme_end == std::string::npos) {
    // URN or otherwise opaque base: only fragments resolve against it.
    return std::string(ref);
  }
  const std::size_t path_start = base_doc.find('/', scheme_end + 3);
  const std::string origin = base_doc.substr(0, path_start);
  const std::string base_path = path_start == std::string::npos ? "/" : base_doc.substr(path_start);
  if (ref.size() >= 2 && ref[0] == '/' && ref[1] == '/') {
    return base_doc.substr(0, scheme_end + 1) + std::string(ref);
  }
  const std::size_t hash = ref.find('#');
  const std::string_view ref_path = ref.substr(0, hash);
  const std::string_view fragment = hash == std::string_view::npos ? std::string_view{} : ref.substr(hash);
  std::string merged;
  if (!ref_path.empty() && ref_path[0] == '/') {
    merged = std::string(ref_path);
  } else {
    merged = base_path.substr(0, base_path.rfind('/') + 1) + std::string(ref_path);
  }
  return origin + remove_dot_segments(merged) + std::string(fragment);
}

}  // namespace mlmlint
