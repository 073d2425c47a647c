#include "mlmlint/schema/schema_registry.h"

#include <algorithm>
#include <system_error>
#include <thread>

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
    if (extra_.count(key)) return true;
    if (auto it = slots_.find(key); it != slots_.end() && it->second->settled.load(std::memory_order_acquire) &&
                                    it->second->compiled) {
      return true;
    }
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

SchemaRegistry::Slot& SchemaRegistry::slot_for(const std::string& url) {
  std::lock_guard lock(mutex_);
  auto& slot = slots_[url];
  if (!slot) slot = std::make_unique<Slot>();
  return *slot;  // slots are never erased: the reference stays valid
}

const CompiledSchema* SchemaRegistry::get(const std::string& url_in, std::string* error) {
  const std::string url = strip_fragment(url_in);
  Slot& slot = slot_for(url);
  std::call_once(slot.once, [&] {
    compile_into(slot, url);
    slot.settled.store(true, std::memory_order_release);
  });
  if (!slot.compiled && error) *error = slot.error;
  return slot.compiled.get();
}

void SchemaRegistry::prefetch(const std::vector<std::string>& urls) {
  std::vector<std::string> todo;
  for (const auto& u : urls) {
    const std::string url = strip_fragment(u);
    if (std::find(todo.begin(), todo.end(), url) != todo.end()) continue;
    if (!slot_for(url).settled.load(std::memory_order_acquire)) todo.push_back(url);
  }
  if (todo.size() < 2) return;  // nothing to overlap: get() compiles it
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < todo.size(); ++i) {
    try {
      threads.emplace_back([this, url = todo[i]] { get(url); });
    } catch (const std::system_error&) {
      break;  // no thread to spare: get() compiles the rest when it is asked
    }
  }
  get(todo[0]);
  for (auto& t : threads) t.join();
}

void SchemaRegistry::compile_into(Slot& slot, const std::string& url) {
  // Bundling and valijson's schema parser recurse once per level of the schema, and mapped or downloaded
  // schemas come from outside: compile on a stack sized for the deepest schema simdjson parses (1024 levels),
  // whatever the caller's (deep_stack.h).
  auto compile = [&] {
    const SchemaLoader loader = [this](const std::string& u) -> std::optional<std::string> {
      {
        std::lock_guard lock(mutex_);
        if (auto it = extra_.find(strip_fragment(u)); it != extra_.end()) return it->second;
      }
      return loader_(u);
    };
    SchemaBundle bundle = bundle_schema(url, loader);
    auto fail = [&](std::string message) { slot.error = std::move(message); };
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
    slot.compiled = std::move(compiled);
  };
  if (!run_with_stack(stack_for_depth(simdjson::DEFAULT_MAX_DEPTH), compile)) {
    slot.error = "cannot start a thread to compile the schema " + url;
  }
}

}  // namespace mlmlint
