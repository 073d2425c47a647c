#include "mlmlint/schema/schema_registry.h"

#include <unordered_map>

#include <valijson/schema_parser.hpp>

#include "mlmlint/core/deep_stack.h"
#include "compiled_schema.h"
#include "embedded_index.h"
#include "mlmlint/core/uri.h"
#include "schema_bundle.h"
#include "schema_constraints.h"
#include "schema_cycles.h"
#include "simdjson_adapter.h"

namespace mlmlint {

CompiledSchema::CompiledSchema() = default;
CompiledSchema::~CompiledSchema() = default;

std::unique_ptr<SchemaRegistry> SchemaRegistry::embedded() {
  auto registry = std::make_unique<SchemaRegistry>(&embedded_schema_text);
  registry->urls_ = embedded_schema_urls();
  std::sort(registry->urls_.begin(), registry->urls_.end());
  return registry;
}

std::unique_ptr<SchemaRegistry> SchemaRegistry::with_sources(SchemaSourceOptions options) {
  auto sources = std::make_unique<SchemaSources>(std::move(options));
  SchemaSources* raw = sources.get();
  auto registry = std::make_unique<SchemaRegistry>([raw](const std::string& url) { return raw->load(url); });
  registry->sources_ = std::move(sources);
  registry->urls_ = embedded_schema_urls();
  std::sort(registry->urls_.begin(), registry->urls_.end());
  return registry;
}

SchemaRegistry::SchemaRegistry(SchemaLoader loader) : loader_(std::move(loader)) {}

std::vector<std::string> SchemaRegistry::urls() const { return urls_; }

bool SchemaRegistry::has(const std::string& url) const {
  const std::string key = strip_fragment(url);
  {
    std::lock_guard lock(mutex_);
    if (extra_.count(key) || compiled_.count(key)) return true;
  }
  if (sources_) return sources_->available_offline(key);
  return loader_(key).has_value();
}

const CompiledSchema* SchemaRegistry::add_and_get(const std::string& url, std::string text, std::string* error) {
  {
    std::lock_guard lock(mutex_);
    extra_[strip_fragment(url)] = std::move(text);
  }
  return get(url, error);
}

const CompiledSchema* SchemaRegistry::get(const std::string& url_in, std::string* error) {
  const std::string url = strip_fragment(url_in);
  // One lock for the whole compilation: schemas compile once per run, in milliseconds, and workers
  // that need the same schema must wait for it anyway.
  std::lock_guard lock(mutex_);
  if (auto it = compiled_.find(url); it != compiled_.end()) return it->second.get();
  if (auto it = errors_.find(url); it != errors_.end()) {
    if (error) *error = it->second;
    return nullptr;
  }
  // Bundling and valijson's schema parser recurse once per level of the schema, and mapped or downloaded
  // schemas come from outside: compile on a stack sized for the deepest schema simdjson parses (1024 levels),
  // whatever the caller's (deep_stack.h).
  auto compile = [&]() -> const CompiledSchema* {
    const SchemaLoader loader = [this](const std::string& u) -> std::optional<std::string> {
      if (auto it = extra_.find(strip_fragment(u)); it != extra_.end()) return it->second;
      return loader_(u);
    };
    SchemaBundle bundle = bundle_schema(url, loader);
    auto fail = [&](std::string message) -> const CompiledSchema* {
      errors_[url] = message;
      if (error) *error = std::move(message);
      return nullptr;
    };
    if (!bundle.error.empty()) {
      // The chain knows why (a 404, a timeout, a mapped file that is missing): say that, naming the URL.
      if (sources_) {
        if (std::string why = sources_->failure(url); !why.empty()) return fail(std::move(why));
      }
      return fail(bundle.error);
    }

    auto compiled = std::make_unique<CompiledSchema>();
    compiled->url = url;
    compiled->missing = std::move(bundle.missing);
    compiled->parts = std::make_unique<CompiledSchemaParts>();
    compiled->parts->parser = std::make_unique<simdjson::dom::parser>();
    simdjson::dom::element root;
    if (compiled->parts->parser->parse(simdjson::padded_string(bundle.json)).get(root) != simdjson::SUCCESS) {
      return fail("internal error: the bundled schema for " + url + " is not valid JSON");
    }
    // valijson would recurse without end (a stack overflow) on a schema that applies itself to the same value.
    if (std::string cycle = find_same_value_cycle(root); !cycle.empty()) {
      return fail("schema " + url + " cannot be used: it applies itself to the same value without end (" + cycle +
                  ")");
    }
    try {
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      register_custom_constraints(parser);
      parser.populateSchema(SimdjsonAdapter(root), compiled->parts->schema);
    } catch (const std::exception& e) {
      return fail("schema " + url + " cannot be used: " + e.what());
    }
    const CompiledSchema* done = compiled.get();
    compiled_[url] = std::move(compiled);
    return done;
  };
  const CompiledSchema* result = nullptr;
  if (!run_with_stack(stack_for_depth(simdjson::DEFAULT_MAX_DEPTH), [&] { result = compile(); })) {
    if (error) *error = "cannot start a thread to compile the schema " + url;
    return nullptr;
  }
  return result;
}

}  // namespace mlmlint
