// mlm_lint._mlm_lint: the engine for Python. A thin layer: it turns Python values into the library's options
// (lib/engine/check_options.h, the parser the command line uses), runs the library's own entry points with the
// GIL released, and hands back plain tuples; python/mlm_lint/__init__.py makes the typed objects. Misuse
// raises ValueError/TypeError; problems of a document are findings, as on the command line.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/core/ordered_parallel.h"
#include "mlmlint/engine/check_options.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/fix.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/ndjson.h"
#include "mlmlint/migrate/migrate.h"
#include "mlmlint/migrate/skeleton.h"
#include "mlmlint/rules/registry.h"

namespace py = pybind11;

namespace mlmlint::python {

namespace {

// The Python module names the options after its keyword arguments.
constexpr OptionNames kNames{"select", "ignore", "severities", "schema_map"};

// Text from the engine as str; bytes that are not UTF-8 (a file name, a message quoting a cut value) are kept
// as surrogate escapes instead of failing the call.
py::str text(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "surrogateescape");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

// (code, name, severity, pointer, line, column, message, hint | None, fix | None); a fix is
// (safe, description, withheld, [(op, path, from, value JSON text)]).
py::tuple finding_tuple(const Diagnostic& d) {
  py::object fix = py::none();
  if (d.fix) {
    py::list edits;
    for (const FixEdit& e : d.fix->edits) edits.append(py::make_tuple(e.op, text(e.path), text(e.from), text(e.value)));
    fix = py::make_tuple(d.fix->safe, text(d.fix->description), text(d.fix->withheld), edits);
  }
  return py::make_tuple(d.code, d.name, std::string(severity_name(d.severity)), text(d.pointer), d.line, d.column,
                        text(d.message), d.hint.empty() ? py::object(py::none()) : py::object(text(d.hint)), fix);
}

// (path, [findings], not_stac)
py::tuple report_tuple(const FileReport& report) {
  py::list findings;
  for (const Diagnostic& d : report.diagnostics) findings.append(finding_tuple(d));
  return py::make_tuple(text(report.path), findings, report.not_stac);
}

// bytes or str (UTF-8) -> the document's bytes; anything else is a TypeError.
std::string document_bytes(const py::handle& doc) {
  if (py::isinstance<py::bytes>(doc)) return doc.cast<std::string>();
  if (py::isinstance<py::str>(doc)) return doc.cast<std::string>();
  throw py::type_error("a document is bytes or str, not " + std::string(py::str(py::type::of(doc).attr("__name__"))));
}

// One configured engine: a Linter (compiled schemas are kept and shared by every call and thread) and the rule
// selection of the CLI's --select/--ignore/--rule.
class Engine {
 public:
  Engine(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
         const std::vector<std::string>& rule_overrides, bool no_rules, const std::vector<std::string>& schema_map,
         bool allow_remote, bool allow_http, std::size_t max_file_size, std::size_t max_depth,
         std::size_t max_documents) {
    LintOptions options;
    options.run_rules = !no_rules;
    options.max_documents = max_documents;
    std::string error;
    if (!parse_rule_selection(select, ignore, rule_overrides, options.rules, error, kNames) ||
        !parse_schema_sources(schema_map, allow_remote, allow_http, options.schemas, error, kNames)) {
      throw py::value_error(error);
    }
    if (max_file_size == 0 || max_file_size > kMaxFileSizeLimit) {
      throw py::value_error("max_file_size is a size in bytes from 1 to " + std::to_string(kMaxFileSizeLimit));
    }
    if (max_depth == 0 || max_depth > kMaxDepthLimit) {
      throw py::value_error("max_depth is a whole number from 1 to " + std::to_string(kMaxDepthLimit));
    }
    options.max_file_size = max_file_size;
    options.max_depth = max_depth;
    linter_ = std::make_unique<Linter>(std::move(options));
  }

  py::tuple check(const py::handle& doc, const std::string& path) const {
    const std::string bytes = document_bytes(doc);
    FileReport report;
    {
      py::gil_scoped_release release;
      report = linter_->lint_buffer(path, bytes, rules());
    }
    return report_tuple(report);
  }

  py::tuple check_file(const std::string& path) const {
    FileReport report;
    {
      py::gil_scoped_release release;
      report = lint_input_file(*linter_, path, rules());
    }
    return report_tuple(report);
  }

  // Lines of NDJSON as lines first_line, first_line + 1, ... of the file `path`.
  py::tuple check_ndjson(const py::handle& doc, const std::string& path, std::uint32_t first_line) const {
    if (first_line == 0) throw py::value_error("first_line counts from 1");
    const std::string bytes = document_bytes(doc);
    FileReport report;
    {
      py::gil_scoped_release release;
      report = lint_ndjson_text(*linter_, path, bytes, rules(), first_line);
    }
    return report_tuple(report);
  }

  // Every document on `jobs` threads with the GIL released; the reports in input order.
  py::list check_many(const py::list& docs, const std::vector<std::string>& paths, unsigned jobs) const {
    if (paths.size() != docs.size()) throw py::value_error("check_many: one path per document");
    std::vector<std::string> texts;
    texts.reserve(docs.size());
    for (const py::handle doc : docs) texts.push_back(document_bytes(doc));
    std::vector<FileReport> reports(texts.size());
    {
      py::gil_scoped_release release;
      const std::size_t window = std::max<std::size_t>(1, std::min<std::size_t>(texts.size(), 1024));
      ordered_parallel(
          texts.size(), std::max(1u, jobs), window,
          [&](std::size_t i) { return linter_->lint_buffer(paths[i], texts[i], rules()); },
          [&](std::size_t i, FileReport&& report) { reports[i] = std::move(report); });
    }
    py::list out;
    for (const FileReport& report : reports) out.append(report_tuple(report));
    return out;
  }

  // fix_text(), as `mlm-lint check --fix`: (text, [(code, pointer, description)], report).
  py::tuple fix(const py::handle& doc, const std::string& path, bool unsafe) const {
    const std::string bytes = document_bytes(doc);
    FixOutcome outcome;
    {
      py::gil_scoped_release release;
      outcome = fix_text(*linter_, path, bytes, unsafe, rules());
    }
    py::list applied;
    for (const AppliedFix& a : outcome.applied) applied.append(py::make_tuple(a.code, text(a.pointer), text(a.description)));
    return py::make_tuple(py::bytes(outcome.text), applied, report_tuple(outcome.report));
  }

 private:
  const RuleSelection& rules() const { return linter_->options().rules; }
  std::unique_ptr<Linter> linter_;
};

// (ok, error, source, text, changed, [(pointer, kind, message, suggestion, original JSON | None)])
py::tuple migrate(const py::handle& doc) {
  const std::string bytes = document_bytes(doc);
  MigrationResult result;
  {
    py::gil_scoped_release release;
    result = migrate_text(bytes);
  }
  py::list notes;
  for (const MigrationNote& n : result.notes) {
    notes.append(py::make_tuple(text(n.pointer), std::string(migration_note_kind_name(n.kind)), text(n.message),
                                text(n.suggestion), n.original ? py::object(text(*n.original)) : py::object(py::none())));
  }
  return py::make_tuple(result.ok, text(result.error), text(result.source), py::bytes(result.text), result.changed, notes);
}

py::bytes new_item(const std::string& name, const std::string& framework, const std::vector<std::string>& tasks,
                   const std::vector<std::string>& bands, const std::string& shape,
                   const std::vector<std::string>& classes) {
  const SkeletonResult skeleton = make_skeleton({name, framework, tasks, bands, shape, classes});
  if (!skeleton.ok) throw py::value_error(skeleton.error);
  return py::bytes(skeleton.text);
}

// (code, name, severity, fix, schema, versions, applies_to, summary, kind), as `mlm-lint rules --format json`.
py::list rules() {
  py::list out;
  for (const RuleInfo* rule : all_rules()) {
    out.append(py::make_tuple(std::string(rule->code), std::string(rule->name), std::string(severity_name(rule->severity)),
                              std::string(fix_class_name(rule->fix)), std::string(schema_relation_name(rule->schema)),
                              rule_versions_text(rule->versions),
                              rule->any_stac_document ? "any STAC document" : "documents using MLM",
                              std::string(rule->summary), "rule"));
  }
  for (const PipelineCode* code : kPipelineCodes) {
    out.append(py::make_tuple(std::string(code->code), std::string(code->name), std::string(severity_name(code->severity)),
                              "no", "no", "all", "any STAC document", std::string(code->summary), "pipeline"));
  }
  return out;
}

py::str explain(const std::string& code) {
  const auto doc = explain_text(code);
  if (!doc) throw py::value_error("unknown rule or pipeline code '" + code + "' (" + unknown_code_hint(code) + ")");
  return text(*doc);
}

}  // namespace

}  // namespace mlmlint::python

PYBIND11_MODULE(_mlm_lint, m) {
  using mlmlint::python::Engine;
  m.doc() = "The mlm-lint engine (C++); use the mlm_lint package, which wraps it.";
  py::class_<Engine>(m, "Engine")
      .def(py::init<const std::vector<std::string>&, const std::vector<std::string>&, const std::vector<std::string>&,
                    bool, const std::vector<std::string>&, bool, bool, std::size_t, std::size_t, std::size_t>(),
           py::arg("select"), py::arg("ignore"), py::arg("rules"), py::arg("no_rules"), py::arg("schema_map"),
           py::arg("allow_remote"), py::arg("allow_http"), py::arg("max_file_size"), py::arg("max_depth"),
           py::arg("max_documents"))
      .def("check", &Engine::check, py::arg("doc"), py::arg("path"))
      .def("check_file", &Engine::check_file, py::arg("path"))
      .def("check_ndjson", &Engine::check_ndjson, py::arg("doc"), py::arg("path"), py::arg("first_line"))
      .def("check_many", &Engine::check_many, py::arg("docs"), py::arg("paths"), py::arg("jobs"))
      .def("fix", &Engine::fix, py::arg("doc"), py::arg("path"), py::arg("unsafe"));
  m.def("migrate", &mlmlint::python::migrate, py::arg("doc"));
  m.def("new_item", &mlmlint::python::new_item, py::arg("name"), py::arg("framework"), py::arg("tasks"),
        py::arg("bands"), py::arg("shape"), py::arg("classes"));
  m.def("rules", &mlmlint::python::rules);
  m.def("explain", &mlmlint::python::explain, py::arg("code"));
  m.attr("MAX_FILE_SIZE") = std::size_t{mlmlint::LintOptions{}.max_file_size};
  m.attr("MAX_DEPTH") = std::size_t{mlmlint::LintOptions{}.max_depth};
}
