// migrate_text(): detects what a document is described with, runs the migration steps over a JsonValue
// and prints the result with render_preserving(), so that only what changed differs from the input.
#include "mlmlint/migrate/migrate.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "migrate_internal.h"
#include "mlmlint/core/json_edit.h"
#include "mlmlint/core/tables_extensions.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint {

namespace {

using migrate::Context;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The pointer of the first object (in document order) that repeats a key, and the key. A migration step
// edits the first copy only, so the second would survive it and change the output of a second migration;
// and which copy the author meant is a guess that migrate does not make (`check` reports MLM903).
std::optional<std::pair<std::string, std::string>> first_repeated_key(const JsonValue& value,
                                                                      const std::string& where) {
  if (const auto* items = value.array()) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      if (auto found = first_repeated_key((*items)[i], migrate::ptr_index(where, i))) return found;
    }
    return std::nullopt;
  }
  const auto* members = value.object();
  if (!members) return std::nullopt;
  std::vector<std::string_view> keys;
  keys.reserve(members->size());
  for (const auto& [key, child] : *members) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  if (auto twice = std::adjacent_find(keys.begin(), keys.end()); twice != keys.end()) {
    return std::make_pair(where, std::string(*twice));
  }
  for (const auto& [key, child] : *members) {
    if (auto found = first_repeated_key(child, migrate::ptr_key(where, key))) return found;
  }
  return std::nullopt;
}

// Calls `visit(key)` for every member key and `visit_value(text)` for every string in "roles" arrays
// and "rel" values, anywhere in the document.
template <typename Visit>
void walk_names(const JsonValue& value, const Visit& visit) {
  if (const auto* items = value.array()) {
    for (const auto& item : *items) walk_names(item, visit);
    return;
  }
  const auto* members = value.object();
  if (!members) return;
  for (const auto& [key, child] : *members) {
    visit(std::string_view(key));
    if (key == "roles" && child.array()) {
      for (const auto& role : *child.array()) {
        if (const auto* s = role.string_value()) visit(std::string_view(*s));
      }
    } else if (key == "rel" && child.string_value()) {
      visit(std::string_view(*child.string_value()));
    }
    walk_names(child, visit);
  }
}

bool uses_prefix(const JsonValue& doc, std::string_view prefix) {
  bool found = false;
  walk_names(doc, [&](std::string_view name) { found = found || name.starts_with(prefix); });
  return found;
}

// The entries of stac_extensions that are strings, with their index.
std::vector<std::pair<std::size_t, std::string>> extension_uris(JsonValue& doc) {
  std::vector<std::pair<std::size_t, std::string>> out;
  const JsonValue* list = doc.object() ? doc.find("stac_extensions") : nullptr;
  if (!list || !list->array()) return out;
  for (std::size_t i = 0; i < list->array()->size(); ++i) {
    if (const auto* s = (*list->array())[i].string_value()) out.emplace_back(i, *s);
  }
  return out;
}

// Fills ctx.origin and returns the description of the source ("ml-model v1.0.0 + MLM v1.0.0").
std::string detect(Context& ctx) {
  std::vector<std::string> parts;
  std::string ml_model_version;
  bool dlm_declared = false;
  for (const auto& [index, uri] : extension_uris(ctx.doc)) {
    if (auto mlm = match_mlm_uri(uri)) {
      ctx.origin.mlm_used = true;
      if (mlm->version && (!ctx.origin.mlm || *ctx.origin.mlm < *mlm->version)) ctx.origin.mlm = mlm->version;
      continue;
    }
    switch (legacy_extension_of(uri)) {
      case LegacyExtension::kMlModel: {
        ctx.origin.ml_model = true;
        constexpr std::string_view kPrefix = "https://stac-extensions.github.io/ml-model/";
        ml_model_version = uri.substr(kPrefix.size(), uri.size() - kPrefix.size() - std::string_view("/schema.json").size());
        break;
      }
      case LegacyExtension::kDlm: dlm_declared = ctx.origin.dlm = true; break;
      case LegacyExtension::kNone: break;
    }
  }
  walk_names(ctx.doc, [&](std::string_view name) {
    ctx.origin.ml_model = ctx.origin.ml_model || name.starts_with("ml-model:");
    ctx.origin.dlm = ctx.origin.dlm || name.starts_with("dlm:");
    ctx.origin.mlm_used = ctx.origin.mlm_used || name.starts_with("mlm:");
  });
  if (ctx.origin.ml_model) parts.push_back(ml_model_version.empty() ? "ml-model" : "ml-model " + ml_model_version);
  if (ctx.origin.dlm) parts.push_back(dlm_declared ? "DLM (dl-model)" : "DLM");
  if (ctx.origin.mlm) {
    parts.push_back("MLM " + ctx.origin.mlm->str());
  } else if (ctx.origin.mlm_used) {
    parts.push_back("MLM (not declared)");
  }
  std::string source;
  for (const auto& part : parts) source += (source.empty() ? "" : " + ") + part;
  return source;
}

}  // namespace

namespace migrate {

// stac_extensions: one MLM URI of the target version where the first MLM or legacy identifier stood,
// no legacy identifiers, and the extensions whose fields a step introduced.
void migrate_extensions(Context& ctx) {
  if (!ctx.doc.object()) return;
  const std::string target = canonical_mlm_uri(kLatestMlm);
  const bool needs_mlm = uses_prefix(ctx.doc, "mlm:");
  JsonValue* list = ctx.doc.find("stac_extensions");
  if (!list || !list->array()) {
    if (!needs_mlm) return;
    if (list) {
      ctx.manual("/stac_extensions", "stac_extensions is not an array; it was left as it is",
                 "make it an array of extension schema URIs including " + json_literal(target));
      return;
    }
    put_after(ctx.doc, "stac_version", "stac_extensions", JsonValue(Array{}));
    list = ctx.doc.find("stac_extensions");
  }
  Array& uris = *list->array();
  bool placed = false;
  for (std::size_t i = 0; i < uris.size();) {
    const std::string* uri = uris[i].string_value();
    const bool is_mlm = uri && match_mlm_uri(*uri).has_value();
    const auto legacy = uri ? legacy_extension_of(*uri) : LegacyExtension::kNone;
    if (!is_mlm && legacy == LegacyExtension::kNone) {
      ++i;
      continue;
    }
    const std::string old = *uri;
    const std::string where = ptr_index("/stac_extensions", i);
    if (!placed && (is_mlm || needs_mlm)) {
      placed = true;
      if (old != target) {
        uris[i] = str(target);
        ctx.changed(where, is_mlm ? "declared MLM " + kLatestMlm.str()
                                  : "replaced the legacy " +
                                        std::string(legacy == LegacyExtension::kDlm ? "DLM" : "ml-model") +
                                        " extension by MLM " + kLatestMlm.str(),
                    json_literal(old));
      }
      ++i;
      continue;
    }
    uris.erase(uris.begin() + static_cast<std::ptrdiff_t>(i));
    ctx.changed(where,
                is_mlm ? "removed: MLM is declared once, as " + kLatestMlm.str()
                       : std::string("removed the legacy ") +
                             (legacy == LegacyExtension::kDlm ? "DLM" : "ml-model") + " extension",
                json_literal(old));
  }
  if (!placed && needs_mlm) {
    uris.push_back(str(target));
    ctx.changed(ptr_index("/stac_extensions", uris.size() - 1),
                "declared MLM " + kLatestMlm.str() + " (the document uses MLM fields or roles)");
  }
  for (const auto& name : ctx.introduced_extensions) {
    const auto* ext = extension_by_name(name);
    if (!ext) continue;
    const bool declared = std::any_of(uris.begin(), uris.end(), [&](const JsonValue& v) {
      return v.string_value() && uri_belongs_to(*ext, *v.string_value());
    });
    const std::string uri = default_extension_uri(*ext);
    if (declared || uri.empty()) continue;
    uris.push_back(str(uri));
    ctx.changed(ptr_index("/stac_extensions", uris.size() - 1),
                "declared the " + std::string(ext->name) + " extension (its fields were introduced by the migration)");
  }
}

}  // namespace migrate

MigrationResult migrate_text(std::string_view text, const MigrationOptions& options) {
  MigrationResult result;
  if (options.target != kLatestMlm) {
    result.error = "only MLM " + kLatestMlm.str() + " is supported as a migration target";
    return result;
  }
  const std::string_view body = text.substr(text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
  auto document = JsonValue::parse(body);
  if (!document) {
    result.error = "not valid JSON (run `mlm-lint check` on it for the exact place)";
    return result;
  }
  result.ok = true;
  result.text = std::string(text);
  if (!document->object()) return result;

  Context ctx(*document);
  result.source = detect(ctx);
  if (result.source.empty()) return result;  // no model metadata: nothing to migrate
  if (auto repeated = first_repeated_key(*document, "")) {
    result.ok = false;
    result.error = "the key " + migrate::json_literal(repeated->second) + " appears more than once in " +
                   (repeated->first.empty() ? std::string("the document root") : repeated->first) +
                   "; keep one copy, then migrate (`mlm-lint check` reports every repeated key as MLM903)";
    return result;
  }

  migrate::migrate_ml_model(ctx);
  migrate::migrate_dlm(ctx);
  migrate::move_root_fields(ctx);
  migrate::migrate_renamed_fields(ctx);
  migrate::migrate_assets(ctx);
  migrate::migrate_dimensions(ctx);
  migrate::repair_references(ctx);
  migrate::repair_geometry(ctx);
  migrate::migrate_temporal(ctx);
  migrate::migrate_extensions(ctx);

  result.notes = std::move(ctx.notes);
  auto rendered = render_preserving(text, *document);
  if (!rendered) {  // cannot happen for text JsonValue::parse accepted; keep the input rather than lose it
    result.ok = false;
    result.error = "internal error: the migrated document could not be printed";
    result.notes.clear();
    return result;
  }
  result.changed = *rendered != text;
  result.text = std::move(*rendered);
  return result;
}

}  // namespace mlmlint
