#include "mlmlint/engine/linter.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <unordered_set>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/json_scan.h"
#include "mlmlint/core/deep_stack.h"
#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/source_lines.h"
#include "mlmlint/core/tables_extensions.h"
#include "mlmlint/rules/registry.h"
#include "mlmlint/rules/rule.h"
#include "mlmlint/schema/schema_check.h"
#include "mlmlint/schema/schema_registry.h"
#include "schema_defects.h"
#include "fix_withdraw.h"

namespace mlmlint {

// ------------------------------------------------------------------------------------------------
// Rule selection

namespace {
bool matches_any(std::string_view code, const std::vector<std::string>& patterns) {
  for (const auto& p : patterns) {
    if (code.substr(0, p.size()) == p) return true;
    if (const RuleInfo* rule = find_rule(p); rule && rule->code == code) return true;  // by name
  }
  return false;
}
}  // namespace

std::optional<Severity> RuleSelection::effective(std::string_view code, Severity default_severity) const {
  if (auto it = severity.find(std::string(code)); it != severity.end()) return it->second;
  if (!select.empty() && !matches_any(code, select)) return std::nullopt;
  if (matches_any(code, ignore)) return std::nullopt;
  return default_severity;
}

// ------------------------------------------------------------------------------------------------
// Per-file work

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string too_large_message(std::size_t size, std::size_t limit) {
  return fmt::format("the file is {} bytes, above the limit of {} bytes; it was not checked", size, limit);
}

struct Pending {
  Diagnostic diagnostic;
  std::size_t occurrence = 0;      // which occurrence of a repeated key the position refers to
  bool claimable = false;          // an MLM000 finding that explain mode may drop
  bool generic = false;            // ... whose message needs the schema to be understood
};

// Stage: the findings of one file as they are found, then their positions (line:column) and order.
class Findings {
 public:
  // `locate_infos` false: infos keep 1:1 (LintOptions::locate_infos).
  Findings(const RuleSelection& rules, std::string_view text, bool locate_infos)
      : rules_(rules), text_(text), locate_infos_(locate_infos) {}

  void add(const PipelineCode& code, std::string pointer, std::string message, std::string hint = {}) {
    // Unreadable and unparseable files are always reported: nothing else could be checked.
    const bool always = always_reported(code);
    std::optional<Severity> severity =
        always ? std::optional<Severity>(code.severity) : rules_.effective(code.code, code.severity);
    if (!severity) return;
    Pending p;
    p.diagnostic = {std::string(code.code), std::string(code.name), *severity, std::move(pointer), 0, 0,
                    std::move(message), std::move(hint)};
    p.claimable = code.code == kSchemaError.code;
    pending_.push_back(std::move(p));
  }

  std::vector<Diagnostic> finish() {
    if (pending_.empty()) return {};
    auto located = [&](const Pending& p) { return locate_infos_ || p.diagnostic.severity != Severity::kInfo; };
    std::vector<std::string> pointers;
    for (const auto& p : pending_) {
      if (located(p)) pointers.push_back(p.diagnostic.pointer);
    }
    // A file whose findings are all unlocated infos is not scanned at all.
    const PointerLocations locations = pointers.empty() ? PointerLocations{} : locate_pointers(text_, pointers);
    // The offset of every diagnostic first, then all line:column pairs in one sweep over the text:
    // line_column_at per diagnostic rescans from the start, which made 20,000 findings in a 2 MB file
    // take 30 s.
    std::vector<std::size_t> offsets(pending_.size(), kNoOffset);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      const Pending& p = pending_[i];
      if (p.diagnostic.line != 0 || !located(p)) continue;
      // A finding about a key marks the key; one whose member is not there is placed as a value finding is.
      const std::vector<std::size_t>* found = nullptr;
      if (p.diagnostic.anchor == Anchor::kKey) {
        if (auto it = locations.key_offsets.find(p.diagnostic.pointer); it != locations.key_offsets.end()) {
          found = &it->second;
        }
      }
      if (!found) {
        if (auto it = locations.offsets.find(p.diagnostic.pointer); it != locations.offsets.end()) found = &it->second;
      }
      if (found && !found->empty()) offsets[i] = (*found)[std::min(p.occurrence, found->size() - 1)];
    }
    const std::vector<LineColumn> positions = line_columns_at(offsets);
    std::vector<Diagnostic> out;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      Diagnostic& d = pending_[i].diagnostic;
      if (d.line == 0) {
        d.line = 1;  // whole-document findings point at the start, as ruff and gcc do
        d.column = 1;
        if (offsets[i] != kNoOffset) {
          d.line = positions[i].line;
          d.column = positions[i].column;
        }
      }
      out.push_back(std::move(d));
    }
    sort_diagnostics(out);
    return out;
  }

  std::vector<Pending>& pending() { return pending_; }
  void clear() { pending_.clear(); }
  // pending()[document_begin()...] belong to the document being checked (a feature of an ItemCollection).
  std::size_t document_begin() const { return document_begin_; }
  void begin_document() { document_begin_ = pending_.size(); }

 private:
  static constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

  // line_column_at for many offsets (kNoOffset entries are skipped) in one pass over the text.
  std::vector<LineColumn> line_columns_at(const std::vector<std::size_t>& offsets) const {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      if (offsets[i] != kNoOffset) order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<LineColumn> out(offsets.size());
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    std::size_t scanned = 0;
    for (const std::size_t i : order) {
      const std::size_t offset = std::min(offsets[i], text_.size());
      for (; scanned < offset; ++scanned) {
        if (text_[scanned] == '\n') {
          ++line;
          line_start = scanned + 1;
        }
      }
      out[i] = {line, static_cast<std::uint32_t>(offset - line_start + 1)};
    }
    return out;
  }

  const RuleSelection& rules_;
  std::string_view text_;
  bool locate_infos_;
  std::vector<Pending> pending_;
  std::size_t document_begin_ = 0;
};

// Stage: parsing (syntax errors and limits with their positions) and duplicate keys.
class ParseStage {
 public:
  // `on_inline_stack`: the caller's stack holds kInlineDepth levels; a deeper document is not parsed here
  // but handed back (needs_deep_stack()) to be checked on a stack sized for it.
  ParseStage(const LintOptions& options, std::string_view text, Findings& findings, bool on_inline_stack)
      : options_(options), text_(text), findings_(findings), on_inline_stack_(on_inline_stack) {}

  bool needs_deep_stack() const { return needs_deep_stack_; }

  bool parse(simdjson::dom::element& root) {
    if (text_.size() > options_.max_file_size) {
      findings_.add(kLimitExceeded, "", too_large_message(text_.size(), options_.max_file_size));
      return false;
    }
    thread_local simdjson::dom::parser parser;
    // simdjson enforces the depth limit it was allocated with (1024 by default), not ours: without
    // this, a lower --max-depth would only apply to documents that fail to parse for another reason.
    // On the caller's stack it is also the guard that replaces a depth pre-scan of every document: simdjson
    // stops at kInlineDepth, and only then (or on a syntax error, whose scanner recurses too) is the depth
    // measured.
    const bool deep_allowed = options_.max_depth > kInlineDepth;
    const std::size_t limit = on_inline_stack_ && deep_allowed ? kInlineDepth : options_.max_depth;
    if (parser.max_depth() != limit &&
        parser.allocate(std::max({parser.capacity(), text_.size(), std::size_t{64}}), limit) != simdjson::SUCCESS) {
      findings_.add(kLimitExceeded, "", fmt::format("cannot allocate a parser for nesting depth {}", limit));
      return false;
    }
    const auto error = parser.parse(text_.data(), text_.size()).get(root);
    if (error == simdjson::SUCCESS) return true;
    // simdjson counts a scalar at the bottom as a level, nesting_depth() only brackets: kInlineDepth brackets
    // may be what simdjson refused.
    if (on_inline_stack_ && deep_allowed && nesting_depth(text_, kInlineDepth) >= kInlineDepth) {
      needs_deep_stack_ = true;
      return false;
    }
    const SyntaxError syntax = find_syntax_error(text_, options_.max_depth);
    const LineColumn lc = line_column_at(text_, syntax.offset);
    switch (syntax.problem) {
      case SyntaxProblem::kNumberOutOfRange:
        findings_.add(kNumberOutOfRange, "", syntax.message + "; it cannot be represented exactly by JSON readers",
            "write it as a string, or as a smaller number");
        break;
      case SyntaxProblem::kTooDeep: findings_.add(kLimitExceeded, "", syntax.message + "; the document was not checked"); break;
      case SyntaxProblem::kInvalidJson: findings_.add(kInvalidJson, "", syntax.message); break;
      case SyntaxProblem::kNone:
        // Our scanner accepts what simdjson refused: report simdjson's own words.
        if (error == simdjson::DEPTH_ERROR) {
          findings_.add(kLimitExceeded, "", fmt::format("nesting deeper than {} levels; the document was not checked", options_.max_depth));
        } else {
          findings_.add(kInvalidJson, "", std::string("not valid JSON: ") + simdjson::error_message(error));
        }
        findings_.pending().back().diagnostic.line = 1;
        findings_.pending().back().diagnostic.column = 1;
        return false;
    }
    if (!findings_.pending().empty()) {
      findings_.pending().back().diagnostic.line = lc.line;
      findings_.pending().back().diagnostic.column = lc.column;
    }
    return false;
  }

  // simdjson keeps every duplicate (lookups return the first); other readers keep the last.
  // `pointer` is one buffer extended and truncated in place: the valid path allocates nothing per member.
  void check_duplicate_keys(simdjson::dom::element value, std::string& pointer) {
    const std::size_t saved = pointer.size();
    if (value.is_array()) {
      const simdjson::dom::array arr = value.get_array().value_unsafe();
      std::size_t i = 0;
      for (auto child : arr) {
        if (child.is_array() || child.is_object()) {
          pointer += '/';
          pointer += std::to_string(i);
          check_duplicate_keys(child, pointer);
          pointer.resize(saved);
        }
        ++i;
      }
      return;
    }
    if (!value.is_object()) return;
    const simdjson::dom::object obj = value.get_object().value_unsafe();
    // Most objects are small: compare pairwise on the stack; hash only the large ones.
    constexpr std::size_t kSmall = 16;
    const bool small = obj.size() <= kSmall;
    std::array<std::string_view, kSmall> keys;
    std::unordered_map<std::string_view, std::size_t> counts;
    std::size_t index = 0;
    for (auto field : obj) {
      std::size_t earlier = 0;
      if (small) {
        for (std::size_t j = 0; j < index; ++j) earlier += keys[j] == field.key ? 1 : 0;
        keys[index] = field.key;
      } else {
        earlier = counts[field.key]++;
      }
      ++index;
      const bool nested = field.value.is_array() || field.value.is_object();
      if (earlier == 0 && !nested) continue;
      pointer += '/';
      append_pointer_token(pointer, field.key);
      if (earlier > 0) {
        has_duplicate_keys_ = true;
        findings_.add(kDuplicateKey, pointer,
            fmt::format("the key \"{}\" appears more than once in this object; JSON readers disagree on which value "
                        "wins (mlm-lint checks the first)", std::string(field.key)),
            "remove or rename the duplicate");
        if (!findings_.pending().empty() && findings_.pending().back().diagnostic.code == kDuplicateKey.code) {
          findings_.pending().back().occurrence = earlier;
          findings_.pending().back().diagnostic.anchor = Anchor::kKey;  // the repeated key is the problem
        }
      }
      if (nested) check_duplicate_keys(field.value, pointer);
      pointer.resize(saved);
    }
  }

  bool has_duplicate_keys() const { return has_duplicate_keys_; }

 private:
  const LintOptions& options_;
  std::string_view text_;
  Findings& findings_;
  bool on_inline_stack_;
  bool needs_deep_stack_ = false;
  bool has_duplicate_keys_ = false;
};

// Stage: choosing the schemas of a document (STAC core by type and version, one per extension, the effective
// MLM version) and validating against them.
class SchemaStage {
 public:
  SchemaStage(SchemaRegistry& registry, Findings& findings, bool has_duplicate_keys)
      : registry_(registry), findings_(findings), has_duplicate_keys_(has_duplicate_keys) {}

  // Each document of an ItemCollection has its own schema messages.
  void begin_document() { schema_messages_.clear(); }

  // `mlm-lint validate`: the given schema is named in messages as the user wrote it, not by its file:// URL.
  void name_schema(std::string url, std::string name) {
    named_url_ = std::move(url);
    named_as_ = std::move(name);
  }

  void check_schemas(simdjson::dom::element root) {
    if (!root.is_object()) {
      findings_.add(kSchemaError, "", "a STAC document must be a JSON object");
      return;
    }
    // First the plan (which schema for which part, in report order), then the schemas it needs are compiled
    // side by side, then each is applied in order: findings come out as if one ran after the other.
    std::vector<Step> plan;
    std::string_view type, version;
    const bool has_type = root["type"].get(type) == simdjson::SUCCESS;
    const bool has_version = root["stac_version"].get(version) == simdjson::SUCCESS;
    if (has_type && (type == "Feature" || type == "Collection" || type == "Catalog")) {
      if (!has_version) {
        findings_.add(kSchemaError, "/stac_version", "required property \"stac_version\" is missing or not a string; the STAC "
                                           "core schema could not be chosen");
      } else {
        const std::string url = core_schema_url(type, version);
        if (loadable(url)) {
          plan.push_back({url, false, "/stac_version", {}});
        } else {
          plan.push_back({url, false, "/stac_version",
                          fmt::format("no bundled STAC core schema for stac_version \"{}\" ({}); the core fields were "
                                      "not checked{}",
                                      version, url, offline_advice(url))});
        }
      }
    }

    const EffectiveMlm mlm = effective_mlm(root);
    const bool identifiers = has_version && allows_extension_identifiers(version);
    std::set<std::string> done;
    simdjson::dom::array extensions;
    if (root["stac_extensions"].get(extensions) == simdjson::SUCCESS) {
      std::size_t index = 0;
      for (auto entry : extensions) {
        std::string pointer = pointer_append("/stac_extensions", index++);
        std::string_view uri;
        if (entry.get(uri) != simdjson::SUCCESS) continue;  // the core schema reports non-strings
        std::string url(uri);
        bool mlm_uri = false;
        if (match_mlm_uri(uri) || (mlm.near_miss && mlm.near_miss->index == index - 1)) {
          url = mlm.schema_url();  // RULES.md §2.1: every MLM URI (or its near miss) is checked with the effective version
          mlm_uri = true;
        }
        if (!done.insert(url).second) continue;
        if (identifiers && is_extension_identifier(uri)) {
          // No URI to map or download: the identifier of STAC <= 1.0.0-beta.2 names no schema.
          plan.push_back({std::move(url), false, std::move(pointer),
                          fmt::format("\"{}\" declares an extension by its STAC {} identifier, which names no "
                                      "schema, so the fields of this extension were not checked",
                                      uri, version)});
          continue;
        }
        if (loadable(url)) {
          plan.push_back({url, mlm_uri && mlm.const_check_substituted(), std::move(pointer), {}});
        } else {
          std::string why = fmt::format("the schema {} is not bundled with mlm-lint, so the fields of this extension "
                                        "were not checked{}",
                                        url, offline_advice(url));
          plan.push_back({std::move(url), false, std::move(pointer), std::move(why)});
        }
      }
    }

    std::vector<std::string> urls;
    for (const auto& step : plan) {
      if (step.available()) urls.push_back(step.url);
    }
    registry_.prefetch(urls);
    for (const auto& step : plan) {
      if (step.available()) {
        validate(step.url, root, step.skip_extension_const, step.pointer);
      } else {
        findings_.add(kSchemaUnavailable, step.pointer, step.unavailable);
      }
    }
  }

 private:
  struct Step {
    std::string url;
    bool skip_extension_const = false;
    std::string pointer;
    std::string unavailable;  // the MLM902 text; empty: the schema is available and applied
    bool available() const { return unavailable.empty(); }
  };

  static std::string core_schema_url(std::string_view type, std::string_view version) {
    std::string_view part;
    if (type == "Feature") part = "item-spec/json-schema/item.json";
    else if (type == "Collection") part = "collection-spec/json-schema/collection.json";
    else if (type == "Catalog") part = "catalog-spec/json-schema/catalog.json";
    else return {};
    if (!version.empty() && version.front() == 'v') version.remove_prefix(1);
    return fmt::format("https://schemas.stacspec.org/v{}/{}", version, part);
  }

  // Bundled, mapped or cached; or allowed to be downloaded (get() then downloads it, once per run).
  // has() itself never touches the network.
  bool loadable(const std::string& url) const {
    const SchemaSources* sources = registry_.sources();
    return registry_.has(url) || (sources && sources->may_download(url));
  }

  // How to go beyond the bundle, for an MLM902 that is only due to mlm-lint being offline by default.
  std::string offline_advice(const std::string& url) const {
    const SchemaSources* sources = registry_.sources();
    if (!sources) return {};
    const bool http = url.rfind("http://", 0) == 0;
    if (sources->options().allow_remote && http) {
      return "; it is a plain http URL: allow it with --allow-http, or map it to a local copy with --schema-map "
             "URL=FILE";
    }
    if (!http && url.rfind("https://", 0) != 0) return "; map it to a local copy with --schema-map URL=FILE";
    return "; map it to a local copy with --schema-map URL=FILE, or allow downloading it with --allow-remote";
  }

 public:
  void validate(const std::string& url, simdjson::dom::element root, bool skip_extension_const,
                const std::string& pointer) {
    std::string error;
    const CompiledSchema* schema = registry_.get(url, &error);
    if (!schema) {
      // has() said it is available: a mapped file or a download that failed, not merely a missing schema.
      findings_.add(kSchemaUnusable, pointer, error + ", so the fields it describes were not checked");
      return;
    }
    const std::string& name = url == named_url_ && !named_as_.empty() ? named_as_ : url;
    // Parts of the schema that reference unavailable documents accept anything: say so, once each.
    for (const auto& missing : schema->missing) {
      findings_.add(kSchemaUnavailable, pointer,
          fmt::format("the schema {} references {}, which is not available, so that part was not checked; map it "
                      "to a local copy with --schema-map URL=FILE, or allow downloading it with --allow-remote",
                      name, missing));
    }
    auto verdict = check_document(*schema, root, has_duplicate_keys_);
    if (!verdict.failure.empty()) {
      findings_.add(kSchemaError, "", fmt::format("the schema {} could not be evaluated: {}", name, verdict.failure));
      return;
    }
    for (auto& e : verdict.errors) {
      // The substitute schema of an aliased/unknown MLM version requires its own URI (RULES.md §2.1).
      if (skip_extension_const && e.pointer == "/stac_extensions" && e.kind == ErrorKind::kContains) continue;
      // Several schemas (core and extensions) may reject the same value in the same words: one line.
      if (!schema_messages_.insert({e.pointer, e.message}).second) continue;
      const std::optional<SchemaDefect> defect = known_schema_defect(url, e);
      if (defect && defect->whole) {
        findings_.add(kSchemaDefect, e.pointer, e.message + "; " + defect->note, "checked against " + name);
        continue;
      }
      findings_.add(kSchemaError, e.pointer, defect ? e.message + "; " + defect->note : e.message,
                    "checked against " + name);
      if (!findings_.pending().empty()) findings_.pending().back().generic = e.generic;
    }
  }

 private:

  SchemaRegistry& registry_;
  Findings& findings_;
  bool has_duplicate_keys_;  // then valijson decides alone (fast_accept.h)
  std::set<std::pair<std::string, std::string>> schema_messages_;  // (pointer, message) of MLM000 so far
  std::string named_url_;  // name_schema()
  std::string named_as_;
};

// Stage: the rules, then explain mode's claims on the raw schema errors they restate.
class RuleStage {
 public:
  RuleStage(const RuleSelection& rules, Findings& findings) : rules_(rules), findings_(findings) {}

  void check_rules(simdjson::dom::element root) {
    const RuleContext ctx = make_rule_context(root);
    std::vector<std::pair<const RuleInfo*, Finding>> found;
    auto run = [&](const RuleInfo& rule) {
      if (!rules_.effective(rule.code, rule.severity)) return std::size_t{0};
      std::size_t count = 0;
      try {
        for (auto& f : run_rule(rule, ctx)) {
          found.emplace_back(&rule, std::move(f));
          ++count;
        }
      } catch (const std::exception& e) {
        findings_.add(kSchemaError, "", fmt::format("internal error in rule {}: {}", rule.code, e.what()));
      }
      return count;
    };
    // MLM001: an unsupported document type makes every other rule meaningless.
    const RuleInfo* type_rule = find_rule("MLM001");
    if (type_rule && run(*type_rule) > 0) {
      // fall through to reporting only MLM001
    } else {
      // Documents that do not use MLM at all (plain STAC, legacy ml-model/DLM, TrainingDML-AI) get the
      // structure, version and legacy families only; model rules would only report MLM's absence.
      for (const RuleInfo* rule : all_rules()) {
        if (rule == type_rule) continue;
        if (!ctx.uses_mlm && !rule->any_stac_document) continue;
        run(*rule);
      }
    }
    claim_schema_errors(found);
    withdraw_contradicted_fixes(root, found);
    for (auto& [rule, f] : found) {
      Pending p;
      p.diagnostic = {std::string(rule->code), std::string(rule->name),
                      *rules_.effective(rule->code, rule->severity), std::move(f.pointer), 0, 0,
                      std::move(f.message), std::move(f.hint), std::move(f.fix), f.anchor};
      findings_.pending().push_back(std::move(p));
    }
  }

 private:
  // Explain mode (RULES.md §1.4). Any rule replaces a raw schema error at exactly its location: that is
  // the same problem said twice (e.g. MLM507 and STAC core's uniqueItems). A rule the schema covers
  // (wholly or partly) also replaces the errors below its location, and a generic error at its parent.
  // The claimable errors are indexed by pointer and leave the index once claimed, so that every finding
  // costs a few look-ups instead of a pass over all pending diagnostics (quadratic with 50,000 findings).
  void claim_schema_errors(const std::vector<std::pair<const RuleInfo*, Finding>>& found) {
    std::vector<Pending>& pending = findings_.pending();
    std::multimap<std::string_view, std::size_t> claimable;  // pointer -> index in pending
    for (std::size_t i = findings_.document_begin(); i < pending.size(); ++i) {
      if (pending[i].claimable) claimable.emplace(pending[i].diagnostic.pointer, i);
    }
    if (claimable.empty()) return;
    std::vector<bool> claimed(pending.size(), false);
    // A raw "required property "X" is missing" is the rule's problem only if the rule speaks of X: a rule
    // at a container (MLM005 at /properties) must not swallow an unrelated missing member there.
    // Several missing members ("required properties "a" and "b" are missing") are the rule's problem only
    // if it speaks of every one of them.
    auto same_problem = [&](std::size_t index, const Finding& f) {
      const std::string& raw = pending[index].diagnostic.message;
      if (raw.rfind("required propert", 0) != 0) return true;
      for (std::size_t open = raw.find('"'); open != std::string::npos;) {
        const std::size_t close = raw.find('"', open + 1);
        if (close == std::string::npos) break;
        if (f.message.find(raw.substr(open + 1, close - open - 1)) == std::string::npos) return false;
        open = raw.find('"', close + 1);
      }
      return true;
    };
    // Claims the entries of [first, last) that `accept` approves.
    auto claim = [&](auto first, auto last, auto accept) {
      for (auto it = first; it != last;) {
        if (accept(it->second)) {
          claimed[it->second] = true;
          it = claimable.erase(it);
        } else {
          ++it;
        }
      }
    };
    for (const auto& [rule, f] : found) {
      const Finding& finding = f;
      // Subtrees the finding stands for as a whole: every raw error there and below it.
      for (const std::string& subtree : f.explains) {
        auto [first, last] = claimable.equal_range(subtree);
        claim(first, last, [](std::size_t) { return true; });
        const std::string below = subtree + "/";
        auto from = claimable.lower_bound(below);
        auto to = from;
        while (to != claimable.end() && to->first.substr(0, below.size()) == below) ++to;
        claim(from, to, [](std::size_t) { return true; });
      }
      auto [exact_first, exact_last] = claimable.equal_range(f.pointer);
      claim(exact_first, exact_last, [&](std::size_t i) { return same_problem(i, finding); });
      if (rule->schema == SchemaRelation::kNo) continue;
      // The parent: only a raw error that cannot stand on its own ("has a form the schema forbids here");
      // a specific error there ("required property "collection" is missing") is another problem.
      // The same for every ancestor: an "anyOf"/"not" of a whole document (the model-role rule of MLM v1.2+)
      // fails at the root while the rule names the asset.
      for (std::string_view up = f.pointer; !up.empty();) {
        up = pointer_parent(up);
        auto [first, last] = claimable.equal_range(std::string(up));
        claim(first, last, [&](std::size_t i) { return pending[i].generic; });
      }
      // Descendants: every pointer starting with f.pointer + "/" (contiguous in the sorted index). Not for
      // a rule at the document root, which would swallow every schema error of the document.
      if (f.pointer.empty()) continue;
      const std::string prefix = f.pointer + "/";
      auto first = claimable.lower_bound(prefix);
      auto last = first;
      while (last != claimable.end() && last->first.substr(0, prefix.size()) == prefix) ++last;
      claim(first, last, [&](std::size_t i) { return same_problem(i, finding); });
      if (claimable.empty()) break;
    }
    std::size_t kept = findings_.document_begin();
    for (std::size_t i = findings_.document_begin(); i < pending.size(); ++i) {
      if (claimed[i]) continue;
      if (kept != i) pending[kept] = std::move(pending[i]);  // never self-move: it empties the strings
      ++kept;
    }
    pending.resize(kept);
  }

  const RuleSelection& rules_;
  Findings& findings_;
};

// One file through the stages: parse, duplicate keys, then an ItemCollection's features one by one or the
// document itself through the schemas and the rules; finish() gives the positioned, sorted diagnostics.
class FileLint {
 public:
  FileLint(const LintOptions& options, const RuleSelection& rules, SchemaRegistry& registry, std::string_view text)
      : options_(options), rules_(rules), registry_(registry), text_(text), findings_(rules, text, options.locate_infos) {}

  // False, having checked nothing, when the document is too deep for the caller's stack (ParseStage).
  bool run(bool on_inline_stack) {
    ParseStage parse(options_, text_, findings_, on_inline_stack);
    simdjson::dom::element root;
    const bool parsed = parse.parse(root);
    if (parse.needs_deep_stack()) return false;
    run_parsed(parse, parsed, root);
    return true;
  }

  std::vector<Diagnostic> finish() { return findings_.finish(); }
  bool not_stac() const { return not_stac_; }

 private:
  void run_parsed(ParseStage& parse, bool parsed, simdjson::dom::element root) {
    if (rules_.skip_non_stac && options_.schema_url.empty() &&
        (parsed ? !is_stac_document(root, text_) : !mentions_stac(text_))) {
      // Not ours: a file found in a folder that is not STAC (or, not being JSON, shows no sign of it: a
      // tsconfig.json with comments) is skipped, and counted as skipped.
      findings_.clear();
      not_stac_ = true;
      return;
    }
    if (!parsed) return;
    std::string pointer;
    parse.check_duplicate_keys(root, pointer);
    SchemaStage schemas(registry_, findings_, parse.has_duplicate_keys());
    if (!options_.schema_url.empty()) {
      // One given schema for any JSON: no STAC document types (FeatureCollections are documents too).
      schemas.name_schema(options_.schema_url, options_.schema_name);
      if (options_.run_schema) schemas.validate(options_.schema_url, root, false, "");
      return;
    }
    RuleStage rules(rules_, findings_);
    if (is_feature_collection(root)) {
      check_features(root, schemas, rules);
      return;
    }
    if (options_.run_schema) schemas.check_schemas(root);
    if (options_.run_rules) rules.check_rules(root);
  }

  // STAC: an object with "stac_version" or "stac_extensions" (for an ItemCollection, one of its features), or
  // a document with MLM fields ("mlm:"), however broken the rest is.
  static bool is_stac_document(simdjson::dom::element root, std::string_view text) {
    auto has_stac_member = [](simdjson::dom::element value) {
      return value.is_object() && (value["stac_version"].error() == simdjson::SUCCESS ||
                                   value["stac_extensions"].error() == simdjson::SUCCESS);
    };
    if (has_stac_member(root)) return true;
    simdjson::dom::array features;
    if (is_feature_collection(root) && root["features"].get(features) == simdjson::SUCCESS) {
      for (simdjson::dom::element feature : features) {
        if (has_stac_member(feature)) return true;
      }
    }
    return text.find("\"mlm:") != std::string_view::npos;
  }

  // The same signs in text that is not valid JSON.
  static bool mentions_stac(std::string_view text) {
    for (std::string_view sign : {"\"stac_version\"", "\"stac_extensions\"", "\"mlm:"}) {
      if (text.find(sign) != std::string_view::npos) return true;
    }
    return false;
  }

  static bool is_feature_collection(simdjson::dom::element root) {
    std::string_view type;
    return root.is_object() && root["type"].get(type) == simdjson::SUCCESS && type == "FeatureCollection";
  }

  // An ItemCollection (a GeoJSON FeatureCollection of STAC Items, as STAC APIs return them): each feature
  // is checked as a document of its own, and its findings point into the collection (/features/K/...), so
  // that positions, baselines and fixes refer to the file as it is.
  void check_features(simdjson::dom::element root, SchemaStage& schemas, RuleStage& rules) {
    simdjson::dom::array features;
    if (root["features"].get(features) != simdjson::SUCCESS) {
      findings_.add(kSchemaError, "/features", "a FeatureCollection must have a \"features\" array of STAC Items");
      return;
    }
    std::size_t index = 0;
    for (simdjson::dom::element feature : features) {
      const std::string prefix = pointer_append("/features", index);
      if (options_.max_documents != 0 && index == options_.max_documents) {
        findings_.add(kLimitExceeded, prefix,
            fmt::format("the collection has {} features, more than the limit of {} documents per file; the features "
                        "from here on were not checked",
                        features.size(), options_.max_documents));
        break;
      }
      ++index;
      findings_.begin_document();
      schemas.begin_document();
      if (options_.run_schema) schemas.check_schemas(feature);
      if (options_.run_rules) rules.check_rules(feature);
      for (std::size_t i = findings_.document_begin(); i < findings_.pending().size(); ++i) {
        Diagnostic& d = findings_.pending()[i].diagnostic;
        d.pointer.insert(0, prefix);
        if (!d.fix) continue;
        for (FixEdit& edit : d.fix->edits) {
          edit.path.insert(0, prefix);
          if (!edit.from.empty()) edit.from.insert(0, prefix);
        }
      }
    }
    findings_.begin_document();
  }

  const LintOptions& options_;
  const RuleSelection& rules_;
  SchemaRegistry& registry_;
  std::string_view text_;
  Findings findings_;
  bool not_stac_ = false;
};

// Reads a regular file whole, refusing anything else (FIFOs, devices, directories) and oversized files.
// `file_size` is the size on disk: only limit + 1 bytes of a larger file are read.
std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& error,
                                     std::size_t& file_size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    error = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
    ::close(fd);
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  file_size = size;
  std::string data;
  data.resize(std::min(size, limit) + 1);  // +1 to notice a file that grew beyond the limit
  std::size_t got = 0;
  while (got < data.size()) {
    const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  data.resize(got);
  return data;
}

}  // namespace

Linter::Linter(LintOptions options)
    : options_(std::move(options)), registry_(SchemaRegistry::with_sources(options_.schemas)) {
  // Deeper would let a document recurse past the stack (see kMaxDepthLimit); the command line and the
  // configuration file already refuse such values.
  options_.max_depth = std::clamp<std::size_t>(options_.max_depth, 1, kMaxDepthLimit);
  options_.max_file_size = std::clamp<std::size_t>(options_.max_file_size, 1, kMaxFileSizeLimit);
}
Linter::~Linter() = default;

SchemaRegistry& Linter::schemas() const { return *registry_; }

FileReport Linter::lint_file(const std::string& path) const { return lint_file(path, options_.rules); }

FileReport Linter::lint_buffer(const std::string& display_path, std::string_view bytes) const {
  return lint_buffer(display_path, bytes, options_.rules);
}

std::optional<std::string> Linter::read_input(const std::string& path, FileReport& problem) const {
  std::string error;
  std::size_t file_size = 0;
  auto data = read_file(path, options_.max_file_size, error, file_size);
  if (!data) {
    problem = FileReport{path, {}};
    problem.diagnostics.push_back({std::string(kIoError.code), std::string(kIoError.name), kIoError.severity, "", 1, 1,
                                   fmt::format("cannot read {}: {}", path, error), ""});
    return std::nullopt;
  }
  if (data->size() > options_.max_file_size) {
    // The buffer holds only the first limit + 1 bytes: report the real size.
    problem = FileReport{path, {}};
    problem.diagnostics.push_back({std::string(kLimitExceeded.code), std::string(kLimitExceeded.name),
                                   kLimitExceeded.severity, "", 1, 1,
                                   too_large_message(std::max(file_size, data->size()), options_.max_file_size), ""});
    return std::nullopt;
  }
  return data;
}

FileReport Linter::lint_file(const std::string& path, const RuleSelection& rules) const {
  FileReport problem;
  auto data = read_input(path, problem);
  if (!data) return problem;
  return lint_buffer(path, *data, rules);
}

namespace {

// nullopt when `on_inline_stack` and the document is deeper than the caller's stack allows.
std::optional<FileReport> lint_text(const LintOptions& options, SchemaRegistry& registry,
                                    const std::string& display_path, std::string_view bytes,
                                    const RuleSelection& rules, bool on_inline_stack) {
  FileReport report{display_path, {}};
  // simdjson 3.0.1 does not skip a UTF-8 byte order mark.
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  FileLint lint(options, rules, registry, bytes);
  if (!lint.run(on_inline_stack)) return std::nullopt;
  report.diagnostics = lint.finish();
  report.not_stac = lint.not_stac();
  // The lines the findings point at, for the reporters' excerpts; valid files skip this.
  if (!report.diagnostics.empty()) report.source = extract_source_lines(bytes, report.diagnostics);
  return report;
}

}  // namespace

FileReport Linter::lint_buffer(const std::string& display_path, std::string_view bytes,
                               const RuleSelection& rules) const {
  // Each stage recurses once per level of nesting: a deep document gets a stack sized for it (deep_stack.h).
  // Nothing recurses deeper than max_depth + 1 (simdjson and the scanner stop there).
  if (auto report = lint_text(options_, *registry_, display_path, bytes, rules, true)) return std::move(*report);
  const std::size_t depth = nesting_depth(bytes, options_.max_depth + 1);
  FileReport report;
  auto work = [&] { report = *lint_text(options_, *registry_, display_path, bytes, rules, false); };
  if (run_with_stack(stack_for_depth(depth), work)) return report;
  report = FileReport{display_path, {}};
  report.diagnostics.push_back({std::string(kLimitExceeded.code), std::string(kLimitExceeded.name),
                                kLimitExceeded.severity, "", 1, 1,
                                fmt::format("the document nests {} levels deep, and no thread with a stack for that "
                                            "could be created; it was not checked",
                                            depth),
                                ""});
  return report;
}

}  // namespace mlmlint
