// Shared by the steps of `migrate` (lib/migrate*.cc): the state of one migration and small helpers to
// edit JsonValue objects in place. Keys are renamed where they stand so that render_preserving() keeps
// the document's order; new members go next to the ones they replace.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlmlint/core/json_value.h"
#include "mlmlint/migrate/migrate.h"
#include "mlmlint/core/mlm_version.h"

namespace mlmlint::migrate {

using Object = JsonValue::Object;
using Array = JsonValue::Array;

inline constexpr std::string_view kModelRole = "mlm:model";

// What the document was described with before the migration.
struct Origin {
  std::optional<Version> mlm;  // the highest declared MLM version (nullopt: none declared)
  bool mlm_used = false;       // mlm:* keys or MLM roles, declared or not
  bool ml_model = false;       // ml-model URI, keys, roles or relations
  bool dlm = false;            // DLM identifier or dlm:* keys
};

class Context {
 public:
  explicit Context(JsonValue& document);

  JsonValue& doc;
  Origin origin;
  bool is_item = false;
  bool is_collection = false;
  std::vector<MigrationNote> notes;
  // Extensions whose fields a step introduced ("file", "processing", "ml-aoi", …): declared at the end.
  std::set<std::string> introduced_extensions;

  // `properties` of an Item (nullptr for other documents or when it is not an object).
  JsonValue* properties();
  // `assets` when it is an object.
  JsonValue* assets();

  void changed(std::string pointer, std::string message, std::optional<std::string> original = std::nullopt);
  void review(std::string pointer, std::string message, std::string suggestion,
              std::optional<std::string> original = std::nullopt);
  void manual(std::string pointer, std::string message, std::string suggestion,
              std::optional<std::string> original = std::nullopt);
};

// --- the steps, in the order migrate_text() runs them ---------------------------------------------

void migrate_ml_model(Context& ctx);        // T11 (migrate_ml_model.cc)
void migrate_dlm(Context& ctx);             // T12 (migrate_dlm.cc)
void move_root_fields(Context& ctx);        // MLM fields at the root of an Item (migrate_repair.cc)
void migrate_renamed_fields(Context& ctx);  // T10, norm_* -> value_scaling, classes (migrate_fields.cc)
void migrate_assets(Context& ctx);          // roles, artifact types, band lists (migrate_assets.cc)
void migrate_dimensions(Context& ctx);      // reserved "bands" / "variables" dimensions (migrate_assets.cc)
void repair_references(Context& ctx);       // band and variable names (migrate_repair.cc)
void repair_geometry(Context& ctx);         // 0-360 longitudes, swapped bbox latitudes (migrate_repair.cc)
void migrate_temporal(Context& ctx);        // datetime with a range (migrate_repair.cc)
void migrate_extensions(Context& ctx);      // stac_extensions (migrate.cc)

// --- JsonValue helpers ------------------------------------------------------------------------------

JsonValue str(std::string_view text);
std::string compact(const JsonValue& value);  // one-line JSON, for notes
std::string json_literal(std::string_view text);    // "text" as a JSON string literal, for messages

// Removes `key` and returns its value; nullopt when absent (or `object` is not an object).
std::optional<JsonValue> take(JsonValue& object, std::string_view key);
// Renames `from` to `to` where it stands. False when `from` is absent or `to` exists.
bool rename(JsonValue& object, std::string_view from, std::string_view to);
// Replaces member `key` by `members` at its position (all of them, in order); appends them when `key`
// is absent. Members whose key already exists elsewhere are skipped (callers check first).
void replace_with(JsonValue& object, std::string_view key, Object members);
// Inserts `key` right after member `after` (or at the end when `after` is absent); replaces the value
// in place when `key` exists already.
void put_after(JsonValue& object, std::string_view after, std::string key, JsonValue value);
// Sets `key` (in place when present, else appended).
void put(JsonValue& object, std::string key, JsonValue value);

bool is_string_array(const JsonValue& value);
bool array_has_string(const JsonValue* array, std::string_view text);
bool has_role(const JsonValue& asset, std::string_view role);
bool is_model_asset(const JsonValue& asset);

// Every (key, asset) of `assets` with `mlm:model` among its roles.
std::vector<std::pair<std::string, JsonValue*>> model_assets(Context& ctx);

// Pointers: "/properties/mlm:input/0".
std::string ptr(std::initializer_list<std::string_view> tokens);
std::string ptr_index(std::string_view base, std::size_t index);
std::string ptr_key(std::string_view base, std::string_view key);

// Document-wide: the input / output objects of `properties` (nullptr entries skipped).
std::vector<std::pair<std::string, JsonValue*>> model_inputs(Context& ctx);
std::vector<std::pair<std::string, JsonValue*>> model_outputs(Context& ctx);

// A key for a new asset that does not clash with an existing one ("source_code", "source_code-2", …).
std::string free_asset_key(Context& ctx, std::string_view wanted);

// mlm:artifact_type inferred from an asset's href suffix and framework (RULES.md T4), with the reason;
// nullopt when it cannot be told.
struct ArtifactGuess {
  std::string type;
  std::string reason;
};
std::optional<ArtifactGuess> guess_artifact_type(const JsonValue& asset, const JsonValue* properties);

}  // namespace mlmlint::migrate
