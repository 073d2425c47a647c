#include "fix_withdraw.h"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_extensions.h"

namespace mlmlint {

namespace {

// The stac_extensions entry a "remove /stac_extensions/N" edit drops, if that is what the edit does.
std::optional<std::string_view> removed_extension(simdjson::dom::element root, const FixEdit& edit) {
  constexpr std::string_view kPrefix = "/stac_extensions/";
  if (edit.op != "remove" || !std::string_view(edit.path).starts_with(kPrefix)) return std::nullopt;
  const std::string_view index_text = std::string_view(edit.path).substr(kPrefix.size());
  if (index_text.empty() || index_text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  simdjson::dom::array list;
  if (root["stac_extensions"].get(list) != simdjson::SUCCESS) return std::nullopt;
  std::string_view uri;
  if (list.at(std::stoul(std::string(index_text))).get(uri) != simdjson::SUCCESS) return std::nullopt;
  return uri;
}

// Whether more than one entry declares `ext` (a duplicate, MLM507): removing one then keeps the extension.
bool declared_twice(simdjson::dom::element root, const ExtensionInfo& ext) {
  simdjson::dom::array list;
  if (root["stac_extensions"].get(list) != simdjson::SUCCESS) return false;
  std::size_t n = 0;
  for (simdjson::dom::element entry : list) {
    std::string_view uri;
    if (entry.get(uri) == simdjson::SUCCESS && uri_belongs_to(ext, uri)) ++n;
  }
  return n > 1;
}

// Whether `text` names a field of the extension: its prefix followed by a key ("file:checksum", "raster:bands").
bool names_field(std::string_view text, std::string_view prefix) {
  for (std::size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
    const bool starts_word = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) ||
                                          text[at - 1] == '-' || text[at - 1] == '_');
    const std::size_t next = at + prefix.size();
    if (starts_word && next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) return true;
  }
  return false;
}

// The finding (other than `self`) that asks for fields of `ext`, if any.
const std::pair<const RuleInfo*, Finding>* asking_for(const std::vector<std::pair<const RuleInfo*, Finding>>& found,
                                                      const Finding& self, const ExtensionInfo& ext) {
  for (const auto& entry : found) {
    const Finding& other = entry.second;
    if (&other == &self || std::string_view(other.pointer).starts_with("/stac_extensions")) continue;
    if (names_field(other.message, ext.prefix) || names_field(other.hint, ext.prefix)) return &entry;
  }
  return nullptr;
}

}  // namespace

void withdraw_contradicted_fixes(simdjson::dom::element root, std::vector<std::pair<const RuleInfo*, Finding>>& found) {
  for (auto& [rule, finding] : found) {
    if (rule->code != "MLM506" || !finding.fix) continue;
    for (const FixEdit& edit : finding.fix->edits) {
      const auto uri = removed_extension(root, edit);
      const ExtensionInfo* ext = uri ? extension_for_uri(*uri) : nullptr;
      if (!ext || declared_twice(root, *ext)) continue;
      const auto* asker = asking_for(found, finding, *ext);
      if (!asker) continue;
      const std::string why = fmt::format(
          "Keep the declaration: {} at {} asks for {}* fields; add them rather than removing the extension.",
          asker->first->code, asker->second.pointer.empty() ? "the document root" : asker->second.pointer,
          ext->prefix);
      finding.hint = finding.hint.empty() ? why : finding.hint + " " + why;
      finding.fix.reset();
      break;
    }
  }
}

}  // namespace mlmlint
