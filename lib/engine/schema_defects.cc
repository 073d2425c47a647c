#include "schema_defects.h"

#include <regex>

#include "mlmlint/core/mlm_version.h"

namespace mlmlint {

namespace {

// Where each defect shows. Compiled on first use, once: only documents with schema errors get here, and a
// namespace-scope regex would be compiled by every start of mlm-lint.
bool is_summary_value(const std::string& pointer) {
  static const std::regex kPattern(R"(/summaries/[^/]+)");
  return std::regex_match(pointer, kPattern);
}
bool is_task_name(const std::string& pointer) {
  static const std::regex kPattern(R"((/properties|/summaries)/mlm:tasks/\d+|/properties/mlm:output/\d+/tasks/\d+)");
  return std::regex_match(pointer, kPattern);
}

}  // namespace

std::optional<SchemaDefect> known_schema_defect(std::string_view schema_url, const SchemaError& error) {
  if (const auto mlm = match_mlm_uri(schema_url)) {
    // G7: mlmCollectionFields is applied to every value of "summaries", which STAC makes arrays of values.
    if (error.kind == ErrorKind::kType && error.message.starts_with("expected object") &&
        is_summary_value(error.pointer)) {
      return SchemaDefect{"a known defect of the MLM " + ("v" + mlm->version_text) +
             " schema, not of this document: it checks every value of \"summaries\" as an object, but STAC "
             "summaries are arrays of values (or ranges), so every Collection with such a summary fails it "
             "(RULES.md §6 G7)"};
    }
    // G11: the task list is closed in the schema, open in the README.
    if (error.kind == ErrorKind::kEnum && error.message.starts_with("\"") &&  // a task name, not 42
        is_task_name(error.pointer)) {
      return SchemaDefect{"the MLM README allows other task names (\"used sparingly\"), but the " + ("v" + mlm->version_text) +
             " schema's list of tasks is closed, a known defect (RULES.md §6 G11): validators that use the schema "
             "reject this value, so use a listed task where one fits"};
    }
  }
  if (schema_url.find("/v1.0.0-beta.3/extensions/dl-model/") != std::string_view::npos) {
    // The DLM v1.0.0-beta.3 schema asks for "stac_extensions": {"stac_extensions": [...]}, an object.
    if (error.pointer == "/stac_extensions" && error.kind == ErrorKind::kType &&
        error.message.starts_with("expected object")) {
      return SchemaDefect{"a known defect of the DLM v1.0.0-beta.3 schema, not of this document: it requires "
             "\"stac_extensions\" to be an object, which no STAC document can be (the STAC core schema requires an "
             "array)"};
    }
    // ... and "class_name_mapping" in dlm:data, whose Data Object in the DLM text has no such field (it belongs to
    // the Outputs Object). Missing fields are listed in one message: with others, the error stays an error.
    if (error.pointer == "/properties/dlm:data" && error.message.find("\"class_name_mapping\"") != std::string::npos &&
        error.message.starts_with("required propert")) {
      const std::string note = "the DLM v1.0.0-beta.3 schema requires \"class_name_mapping\" in dlm:data, whose "
                               "Data Object in the DLM specification has no such field (the mapping belongs to "
                               "dlm:outputs), a known defect of the schema";
      return SchemaDefect{note, error.message == "required property \"class_name_mapping\" is missing"};
    }
  }
  return std::nullopt;
}

}  // namespace mlmlint
