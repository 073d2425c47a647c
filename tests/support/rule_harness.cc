#include "rule_harness.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <simdjson.h>

namespace mlmlint::test {

std::vector<Finding> findings_of(const RuleInfo& rule, std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto error = parser.parse(simdjson::padded_string(json)).get(root);
  if (error) {
    ADD_FAILURE() << "test document is not valid JSON: " << simdjson::error_message(error);
    return {};
  }
  return run_rule(rule, make_rule_context(root));
}

std::vector<std::string> rendered_findings_of(const RuleInfo& rule, std::string_view json) {
  std::vector<std::string> out;
  for (const auto& f : findings_of(rule, json)) out.push_back(f.pointer + ": " + f.message);
  return out;
}

std::string read_testdata(std::string_view relative) {
  const std::string path = std::string(MLMLINT_TESTDATA_DIR "/") + std::string(relative);
  std::ifstream in(path);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string& baseline_b() {
  static const std::string kText = [] {
    std::ifstream in(MLMLINT_TESTDATA_DIR "/rules/baseline_B.json");
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }();
  return kText;
}

}  // namespace mlmlint::test

#include "mlmlint/core/json_patch.h"

namespace mlmlint::test {

std::string apply_patch(std::string_view document, std::string_view patch) {
  auto doc = JsonValue::parse(document);
  auto ops = JsonValue::parse(patch);
  if (!doc || !ops) {
    ADD_FAILURE() << "document or patch is not valid JSON";
    return std::string(document);
  }
  const std::string error = apply_json_patch(*doc, *ops);
  if (!error.empty()) ADD_FAILURE() << "JSON Patch failed: " << error;
  return doc->dump(2);
}

std::string patched_b(std::string_view patch) { return apply_patch(baseline_b(), patch); }

std::string patch(std::initializer_list<std::string_view> operations) {
  std::string out = "[";
  for (auto op : operations) {
    if (out.size() > 1) out += ", ";
    out += op;
  }
  return out + "]";
}

}  // namespace mlmlint::test
