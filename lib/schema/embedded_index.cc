#include "embedded_index.h"

#include <unordered_map>

#include <simdjson.h>

#include "mlmlint/core/embedded.h"
#include "mlmlint/core/uri.h"

namespace mlmlint {

namespace {

const EmbeddedFile* find_embedded(std::string_view name) {
  for (const auto& f : embedded_schemas()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// URL -> embedded file name, from index.json plus the $id aliases of id_aliases.json.
struct EmbeddedIndex {
  std::unordered_map<std::string, std::string> files;

  EmbeddedIndex() {
    simdjson::dom::parser parser;
    if (const auto* index = find_embedded("index.json")) {
      simdjson::dom::object obj;
      if (parser.parse(index->data.data(), index->data.size()).get(obj) == simdjson::SUCCESS) {
        for (auto field : obj) {
          std::string_view file;
          if (field.value.get(file) == simdjson::SUCCESS) files[std::string(field.key)] = std::string(file);
        }
      }
    }
    if (const auto* aliases = find_embedded("id_aliases.json")) {
      simdjson::dom::object obj;
      if (parser.parse(aliases->data.data(), aliases->data.size())["aliases"].get(obj) == simdjson::SUCCESS) {
        for (auto field : obj) {
          std::string_view file;
          if (field.value["file"].get(file) == simdjson::SUCCESS) files[strip_fragment(field.key)] = std::string(file);
        }
      }
    }
  }
};

const EmbeddedIndex& embedded_index() {
  static const EmbeddedIndex kIndex;
  return kIndex;
}

}  // namespace

std::optional<std::string> embedded_schema_text(const std::string& url_in) {
  const std::string url = strip_fragment(url_in);
  const auto& files = embedded_index().files;
  auto it = files.find(url);
  if (it == files.end()) return std::nullopt;
  const auto* file = find_embedded(it->second);
  if (!file) return std::nullopt;
  return std::string(file->data);
}

std::vector<std::string> embedded_schema_urls() {
  std::vector<std::string> urls;
  urls.reserve(embedded_index().files.size());
  for (const auto& [url, file] : embedded_index().files) urls.push_back(url);
  return urls;
}

}  // namespace mlmlint
