// The registry compiles each schema once, on first use, and prefetch() compiles a document's schemas side by
// side: afterwards get() returns the same compiled schema to every caller, and failures stay failures.
#include "mlmlint/schema/schema_registry.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace mlmlint {
namespace {

const std::vector<std::string> kUrls = {
    "https://schemas.stacspec.org/v1.0.0/item-spec/json-schema/item.json",
    "https://stac-extensions.github.io/mlm/v1.5.2/schema.json",
    "https://stac-extensions.github.io/eo/v1.1.0/schema.json",
    "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
};

TEST(SchemaRegistry, PrefetchCompilesEverySchemaOnce) {
  auto registry = SchemaRegistry::embedded();
  std::vector<std::string> urls = kUrls;
  urls.push_back("https://example.com/not-bundled/v1.0.0/schema.json");
  urls.push_back(kUrls[1] + "#");  // the same schema under another spelling: compiled once
  registry->prefetch(urls);
  for (const auto& url : kUrls) {
    std::string error;
    const CompiledSchema* schema = registry->get(url, &error);
    ASSERT_NE(schema, nullptr) << url << ": " << error;
    EXPECT_EQ(schema->url, url);
    EXPECT_EQ(registry->get(url), schema);  // not compiled again
    EXPECT_TRUE(registry->has(url));
  }
  EXPECT_EQ(registry->get(kUrls[1] + "#"), registry->get(kUrls[1]));
  std::string error;
  EXPECT_EQ(registry->get(urls[4], &error), nullptr);
  EXPECT_NE(error, "");
  registry->prefetch(urls);  // all settled: nothing to do, nothing changes
  EXPECT_EQ(registry->get(kUrls[0]), registry->get(kUrls[0]));
}

TEST(SchemaRegistry, WorkersAskingForOneSchemaShareOneCompilation) {
  auto registry = SchemaRegistry::embedded();
  std::vector<const CompiledSchema*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] { seen[i] = registry->get(kUrls[i % kUrls.size()]); });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    ASSERT_NE(seen[i], nullptr);
    EXPECT_EQ(seen[i], seen[i % kUrls.size()]);
  }
}

}  // namespace
}  // namespace mlmlint
