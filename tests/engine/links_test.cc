// --follow-links: which files a catalogue reaches, in which order, each once; broken links as MLM905 at the
// link in the file that holds it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/links.h"

namespace mlmlint {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Works in a fresh directory (as the current directory, so that paths read as a user types them).
class LinkTree : public ::testing::Test {
 protected:
  void SetUp() override {
    old_ = fs::current_path();
    std::string tmpl = (fs::temp_directory_path() / "mlmlint-links-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    fs::current_path(dir_);
  }
  void TearDown() override {
    fs::current_path(old_);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  static void write(const std::string& path, const std::string& text) {
    if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  // A catalogue document of `type` with one link per line: {"rel": ..., "href": ...}.
  static std::string document(const std::string& type, const std::vector<std::pair<std::string, std::string>>& links) {
    std::string text = fmt::format("{{\n  \"type\": \"{}\",\n  \"id\": \"x\",\n  \"links\": [\n", type);
    for (std::size_t i = 0; i < links.size(); ++i) {
      text += fmt::format("    {{\"rel\": \"{}\", \"href\": \"{}\"}}{}\n", links[i].first, links[i].second,
                          i + 1 < links.size() ? "," : "");
    }
    return text + "  ]\n}\n";
  }
  static LinkWalk walk(Inputs& inputs, long max_depth = -1) {
    LinkOptions options;
    options.max_depth = max_depth;
    return follow_links(inputs, [](std::size_t) { return true; }, {}, options);
  }
  static std::vector<std::string> broken(const LinkWalk& walk, const std::string& path) {
    std::vector<std::string> out;
    auto it = walk.broken.find(path);
    if (it == walk.broken.end()) return out;
    for (const auto& d : it->second.diagnostics) {
      out.push_back(fmt::format("{}:{} {} {}: {}", d.line, d.column, d.code, d.pointer, d.message));
    }
    return out;
  }

  fs::path old_;
  fs::path dir_;
};

TEST_F(LinkTree, DepthFirstInLinkOrderEachFileOnce) {
  write("catalog.json", document("Catalog", {{"child", "a/collection.json"}, {"item", "top.json"},
                                              {"child", "./a/../a/collection.json"}, {"self", "catalog.json"}}));
  write("a/collection.json",
        document("Collection", {{"item", "i1.json"}, {"item", "sub/i2.json"}, {"parent", "../catalog.json"},
                                {"child", "../catalog.json"}, {"item", "i1.json"}}));
  write("a/i1.json", "{}");
  write("a/sub/i2.json", "{}");
  write("top.json", "{}");
  write("unlinked.json", "{}");
  Inputs inputs{{"catalog.json"}, {}, {"a/i1.json", "unlinked.json"}};
  const LinkWalk result = walk(inputs);
  EXPECT_THAT(inputs.files,
              ElementsAre("catalog.json", "a/collection.json", "a/i1.json", "a/sub/i2.json", "top.json"));
  EXPECT_EQ(result.reached, 4u);
  EXPECT_THAT(result.broken, IsEmpty());
  // A file reached by a link is one the catalogue names: it no longer counts as found in a folder (which
  // would skip it if it were not STAC).
  EXPECT_THAT(inputs.found, ElementsAre("unlinked.json"));
}

TEST_F(LinkTree, BrokenLinksAreFindingsAtTheHref) {
  write("catalog.json", document("Catalog", {{"child", "missing/catalog.json"}, {"item", "dir"},
                                              {"child", "bad.json"}, {"item", "bad-item.json"}}));
  fs::create_directory("dir");
  write("bad.json", "{\"type\": oops");
  write("bad-item.json", "not json either");
  Inputs inputs{{"catalog.json"}, {}};
  const LinkWalk result = walk(inputs);
  // The unparseable child is listed too (its own check reports the syntax error); so is the item, which is
  // not read here.
  EXPECT_THAT(inputs.files, ElementsAre("catalog.json", "bad.json", "bad-item.json"));
  EXPECT_THAT(broken(result, "catalog.json"),
              ElementsAre("5:30 MLM905 /links/0/href: the child link points to missing/catalog.json, which does not "
                          "exist",
                          "6:29 MLM905 /links/1/href: the item link points to dir, which is a directory",
                          "7:30 MLM905 /links/2/href: the child link points to bad.json, which is not a valid JSON "
                          "document"));
  const FileReport& report = result.broken.at("catalog.json");
  ASSERT_EQ(report.source.size(), 3u);
  EXPECT_EQ(report.source[0].text, R"(    {"rel": "child", "href": "missing/catalog.json"},)");
}

TEST_F(LinkTree, RemoteLinksAreListedNotFollowed) {
  write("catalog.json", document("Catalog", {{"child", "https://example.com/c.json"}, {"item", "s3://bucket/i.json"},
                                              {"item", "HTTPS://example.com/c.json"},
                                              {"item", "https://example.com/c.json"}}));
  Inputs inputs{{"catalog.json"}, {}};
  const LinkWalk result = walk(inputs);
  EXPECT_THAT(inputs.files, ElementsAre("catalog.json"));
  EXPECT_THAT(result.remote,
              ElementsAre("https://example.com/c.json", "s3://bucket/i.json", "HTTPS://example.com/c.json"));
  EXPECT_THAT(result.broken, IsEmpty());
}

TEST_F(LinkTree, FileUrlsPercentEscapesAndFragments) {
  const std::string absolute = (dir_ / "abs item.json").string();
  write("catalog.json", document("Catalog", {{"item", "file://" + absolute}, {"item", "my%20item.json#frag"},
                                              {"item", "file:///nowhere/x.json"}}));
  write(absolute, "{}");
  write("my item.json", "{}");
  Inputs inputs{{"catalog.json"}, {}};
  const LinkWalk result = walk(inputs);
  EXPECT_THAT(inputs.files, ElementsAre("catalog.json", absolute, "my item.json"));
  EXPECT_THAT(broken(result, "catalog.json"),
              ElementsAre("7:29 MLM905 /links/2/href: the item link points to /nowhere/x.json, which does not exist"));
}

TEST_F(LinkTree, MaxDepthLimitsTheHops) {
  write("catalog.json", document("Catalog", {{"child", "a/catalog.json"}, {"item", "i0.json"}}));
  write("a/catalog.json", document("Catalog", {{"child", "b/catalog.json"}, {"item", "i1.json"}}));
  write("a/b/catalog.json", document("Catalog", {{"item", "i2.json"}, {"item", "gone.json"}}));
  for (const char* item : {"i0.json", "a/i1.json", "a/b/i2.json"}) write(item, "{}");
  auto files_at = [&](long depth) {
    Inputs inputs{{"catalog.json"}, {}};
    walk(inputs, depth);
    return inputs.files;
  };
  EXPECT_THAT(files_at(0), ElementsAre("catalog.json"));
  EXPECT_THAT(files_at(1), ElementsAre("catalog.json", "a/catalog.json", "i0.json"));
  EXPECT_THAT(files_at(2), ElementsAre("catalog.json", "a/catalog.json", "a/b/catalog.json", "a/i1.json", "i0.json"));
  EXPECT_THAT(files_at(-1), ElementsAre("catalog.json", "a/catalog.json", "a/b/catalog.json", "a/b/i2.json",
                                        "a/i1.json", "i0.json"));
  // A link beyond the limit is not checked either.
  Inputs inputs{{"catalog.json"}, {}};
  EXPECT_THAT(walk(inputs, 2).broken, IsEmpty());
  EXPECT_EQ(walk(inputs = Inputs{{"catalog.json"}, {}}, 3).broken.count("a/b/catalog.json"), 1u);
}

TEST_F(LinkTree, InputsReachedByLinksAreListedOnceAndProblemsKeepTheirPlace) {
  write("catalog.json", document("Catalog", {{"item", "b.json"}}));
  write("a.json", "{}");
  write("b.json", "{}");
  write("c.json", "{}");
  // As a directory search lists them: a.json, b.json, catalog.json, c.json; one unreadable path before c.json.
  Inputs inputs{{"a.json", "b.json", "catalog.json", "c.json"}, {}};
  inputs.problems.push_back({3, FileReport{"zzz", {}}});
  walk(inputs);
  EXPECT_THAT(inputs.files, ElementsAre("a.json", "b.json", "catalog.json", "c.json"));
  ASSERT_EQ(inputs.problems.size(), 1u);
  EXPECT_EQ(inputs.problems[0].before, 3u);
  // Named in the other order, b.json is listed where the link reaches it.
  Inputs reordered{{"catalog.json", "a.json", "b.json", "c.json"}, {}};
  reordered.problems.push_back({3, FileReport{"zzz", {}}});
  walk(reordered);
  EXPECT_THAT(reordered.files, ElementsAre("catalog.json", "b.json", "a.json", "c.json"));
  EXPECT_EQ(reordered.problems[0].before, 3u);
}

TEST_F(LinkTree, SymlinkedFilesAndSymlinkLoopsCountOnce) {
  write("real/catalog.json", document("Catalog", {{"child", "loop/catalog.json"}, {"item", "i.json"}}));
  write("real/i.json", "{}");
  fs::create_directory_symlink(".", "real/loop");  // real/loop/catalog.json is real/catalog.json
  Inputs inputs{{"real/catalog.json"}, {}};
  walk(inputs);
  EXPECT_THAT(inputs.files, ElementsAre("real/catalog.json", "real/i.json"));
}

TEST_F(LinkTree, TheFilterDecidesWhatIsChecked) {
  write("catalog.json", document("Catalog", {{"item", "keep.json"}, {"item", "skip.json"}}));
  write("keep.json", "{}");
  write("skip.json", "{}");
  Inputs inputs{{"catalog.json"}, {}};
  std::vector<std::string> asked;
  follow_links(
      inputs, [](std::size_t) { return true; },
      [&](const std::string& path, bool named) {
        asked.push_back(fmt::format("{} {}", path, named));
        return path != "skip.json";
      },
      LinkOptions{});
  EXPECT_THAT(inputs.files, ElementsAre("catalog.json", "keep.json"));
  EXPECT_THAT(asked, ElementsAre("keep.json true", "skip.json true"));
}

TEST_F(LinkTree, OnlyStartingFilesAreRead) {
  write("catalog.json", document("Catalog", {{"item", "i.json"}}));
  write("i.json", "{}");
  Inputs inputs{{"catalog.json"}, {}};
  follow_links(inputs, [](std::size_t) { return false; }, {}, LinkOptions{});
  EXPECT_THAT(inputs.files, ElementsAre("catalog.json"));
}

}  // namespace
}  // namespace mlmlint
