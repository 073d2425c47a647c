#include "mlmlint/engine/links.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <utility>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/json_scan.h"
#include "mlmlint/core/uri.h"
#include "mlmlint/core/json_pointer.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/core/source_lines.h"

namespace mlmlint {

namespace {

namespace fs = std::filesystem;

using FileId = std::pair<dev_t, ino_t>;

struct Link {
  std::string rel;
  std::string href;
  std::size_t index = 0;  // in the document's "links" array
};

// A file being read for links: its text stays until its links are done, to locate the broken ones.
struct Frame {
  std::string path;
  long depth = 0;
  std::string text;
  std::vector<Link> links;
  std::size_t next = 0;
  std::vector<std::pair<std::string, std::string>> broken;  // pointer, message
};

bool has_remote_scheme(std::string_view href, bool& is_file_url) {
  is_file_url = false;
  const std::size_t colon = href.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(href[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = href[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  std::string scheme(href.substr(0, colon));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  is_file_url = scheme == "file";
  return !is_file_url;
}

// The local path a relative or file:// href names, as the file holding it would be displayed.
std::string resolve_href(const std::string& holder, std::string_view href, bool file_url) {
  href = href.substr(0, href.find_first_of("?#"));
  if (file_url) {
    href.remove_prefix(5);  // "file:"
    if (href.substr(0, 2) == "//") {
      href.remove_prefix(2);
      href.remove_prefix(std::min(href.find('/'), href.size()));  // the authority ("", "localhost")
    }
    return fs::path(percent_decode(href)).lexically_normal().generic_string();
  }
  const fs::path target(percent_decode(href));
  if (target.is_absolute()) return target.lexically_normal().generic_string();
  return (fs::path(holder).parent_path() / target).lexically_normal().generic_string();
}

std::optional<std::string> read_text(const std::string& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  if (size > limit) return std::nullopt;
  text.resize(size);
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (!in) return std::nullopt;
  return text;
}

class Walker {
 public:
  Walker(const FileFilter& accept, const LinkOptions& options, LinkWalk& out, std::vector<std::string>& files,
         std::unordered_set<std::string>& found)
      : accept_(accept), options_(options), out_(out), files_(files), found_(found) {}

  // Lists an input file unless a link reached it already; false if it was dropped.
  bool add_input(const std::string& path) {
    struct stat st {};
    if (path != "-" && ::stat(path.c_str(), &st) == 0 && !seen_.insert({st.st_dev, st.st_ino}).second) return false;
    files_.push_back(path);
    return true;
  }

  void walk(const std::string& start) {
    std::vector<Frame> stack;
    if (auto frame = open(start, 0)) stack.push_back(std::move(*frame));
    while (!stack.empty()) {
      Frame& frame = stack.back();
      if (frame.next == frame.links.size()) {
        finish(frame);
        stack.pop_back();
        continue;
      }
      const Link link = frame.links[frame.next++];
      const std::string pointer = pointer_append(pointer_append("/links", link.index), "href");
      bool file_url = false;
      if (has_remote_scheme(link.href, file_url)) {
        if (remote_seen_.insert(link.href).second) out_.remote.push_back(link.href);
        continue;
      }
      if (link.href.empty() || link.href[0] == '#') continue;  // the document itself
      const std::string target = resolve_href(frame.path, link.href, file_url);
      struct stat st {};
      if (::stat(target.c_str(), &st) != 0) {
        frame.broken.emplace_back(pointer, fmt::format("the {} link points to {}, which {}", link.rel, target,
                                                       errno == ENOENT ? "does not exist" : std::strerror(errno)));
        continue;
      }
      if (!S_ISREG(st.st_mode)) {
        frame.broken.emplace_back(pointer, fmt::format("the {} link points to {}, which is {}", link.rel, target,
                                                       S_ISDIR(st.st_mode) ? "a directory" : "not a regular file"));
        continue;
      }
      if (seen_.count({st.st_dev, st.st_ino}) > 0) continue;  // listed already (a cycle, or two parents)
      if (accept_ && !accept_(target, true)) continue;
      seen_.insert({st.st_dev, st.st_ino});
      files_.push_back(target);
      found_.erase(target);
      ++out_.reached;
      if (link.rel != "child") continue;
      bool unparseable = false;
      const long depth = frame.depth + 1;
      std::optional<Frame> child = open(target, depth, &unparseable);
      if (unparseable) {
        stack.back().broken.emplace_back(
            pointer, fmt::format("the child link points to {}, which is not a valid JSON document", target));
      }
      if (child) stack.push_back(std::move(*child));  // `frame` may dangle from here on
    }
  }

 private:
  // Reads a file's child and item links, unless it is beyond the depth limit. `unparseable` (if given) is set
  // when the file cannot be read or is not JSON.
  std::optional<Frame> open(const std::string& path, long depth, bool* unparseable = nullptr) {
    if (options_.max_depth >= 0 && depth >= options_.max_depth) return std::nullopt;
    Frame frame{path, depth, {}, {}, 0, {}};
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;  // never wait on a FIFO
    auto text = read_text(path, options_.max_file_size);
    if (!text) return std::nullopt;  // unreadable or too large: the file's own check says so
    frame.text = std::move(*text);
    simdjson::dom::element root;
    if (parser_.parse(frame.text).get(root) != simdjson::SUCCESS) {
      if (unparseable) *unparseable = true;
      return std::nullopt;
    }
    simdjson::dom::array links;
    if (root["links"].get(links) != simdjson::SUCCESS) return frame;
    std::size_t index = 0;
    for (simdjson::dom::element link : links) {
      std::string_view rel, href;
      if (link["rel"].get(rel) == simdjson::SUCCESS && (rel == "child" || rel == "item") &&
          link["href"].get(href) == simdjson::SUCCESS) {
        frame.links.push_back({std::string(rel), std::string(href), index});
      }
      ++index;
    }
    return frame;
  }

  // The broken links of a finished file become its MLM905 findings, located in its text.
  void finish(Frame& frame) {
    if (frame.broken.empty()) return;
    std::vector<std::string> pointers;
    for (const auto& b : frame.broken) pointers.push_back(b.first);
    const PointerLocations locations = locate_pointers(frame.text, pointers);
    FileReport report{frame.path, {}};
    for (const auto& [pointer, message] : frame.broken) {
      LineColumn lc{1, 1};
      if (auto it = locations.offsets.find(pointer); it != locations.offsets.end() && !it->second.empty()) {
        lc = line_column_at(frame.text, it->second.front());
      }
      report.diagnostics.push_back({std::string(kBrokenLink.code), std::string(kBrokenLink.name),
                                    kBrokenLink.severity, pointer, lc.line, lc.column, message,
                                    "fix the href, or remove the link if its target is gone"});
    }
    sort_diagnostics(report.diagnostics);
    report.source = extract_source_lines(frame.text, report.diagnostics);
    out_.broken[frame.path] = std::move(report);
  }

  const FileFilter& accept_;
  const LinkOptions& options_;
  LinkWalk& out_;
  std::vector<std::string>& files_;
  std::unordered_set<std::string>& found_;
  std::set<FileId> seen_;
  std::set<std::string> remote_seen_;
  simdjson::dom::parser parser_;
};

}  // namespace

LinkWalk follow_links(Inputs& inputs, const std::function<bool(std::size_t)>& is_start, const FileFilter& accept,
                      const LinkOptions& options) {
  LinkWalk out;
  std::vector<std::string> files;
  std::vector<std::size_t> new_index(inputs.files.size() + 1);
  Walker walker(accept, options, out, files, inputs.found);
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    new_index[i] = files.size();
    if (!walker.add_input(inputs.files[i])) continue;
    if (inputs.files[i] != "-" && is_start(i)) walker.walk(inputs.files[i]);
  }
  new_index[inputs.files.size()] = files.size();
  for (auto& problem : inputs.problems) problem.before = new_index[std::min(problem.before, inputs.files.size())];
  inputs.files = std::move(files);
  return out;
}

}  // namespace mlmlint
