// write_file_atomically: the original is replaced whole or not at all, keeps its permission bits, and a
// symlink stays a symlink.
#include "mlmlint/core/atomic_write.h"
#include "test_files.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mlmlint {
namespace {

using test::read_text;
using test::TempDir;

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;


void write_plain(const std::string& path, std::string_view text, mode_t mode) {
  std::ofstream(path, std::ios::binary) << text;
  ASSERT_EQ(::chmod(path.c_str(), mode), 0);
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

TEST(AtomicWrite, CreatesANewFileWithTheUmaskApplied) {
  TempDir dir;
  const mode_t saved = ::umask(027);
  std::string error;
  const bool ok = write_file_atomically(dir / "new.json", "{}\n", error);
  ::umask(saved);
  ASSERT_TRUE(ok) << error;
  EXPECT_EQ(read_text(dir / "new.json"), "{}\n");
  EXPECT_EQ(mode_of(dir / "new.json"), 0640u);
  EXPECT_THAT(dir.names(), ElementsAre("new.json"));
}

TEST(AtomicWrite, ReplacesContentAndKeepsPermissions) {
  TempDir dir;
  for (const mode_t mode : {0600u, 0640u, 0755u, 0444u}) {
    const std::string path = dir / "f.json";
    write_plain(path, "old content that is longer than the new one", mode);
    std::string error;
    ASSERT_TRUE(write_file_atomically(path, "new", error)) << error;
    EXPECT_EQ(read_text(path), "new");
    EXPECT_EQ(mode_of(path), mode) << std::oct << mode;
    EXPECT_THAT(dir.names(), ElementsAre("f.json"));
    ASSERT_EQ(::unlink(path.c_str()), 0);
  }
}

TEST(AtomicWrite, EmptyAndLargeContent) {
  TempDir dir;
  std::string error;
  ASSERT_TRUE(write_file_atomically(dir / "empty", "", error)) << error;
  EXPECT_EQ(read_text(dir / "empty"), "");
  const std::string big(5u << 20, 'x');
  ASSERT_TRUE(write_file_atomically(dir / "big", big, error)) << error;
  EXPECT_EQ(read_text(dir / "big"), big);
}

TEST(AtomicWrite, FollowsSymlinksSoTheLinkStaysALink) {
  TempDir dir;
  fs::create_directory(dir / "real");
  write_plain(dir / "real/target.json", "old", 0640);
  // link1 -> link2 -> real/target.json, relative links resolved against their own folder.
  fs::create_symlink("real/target.json", dir / "link2");
  fs::create_symlink(dir / "link2", dir / "link1");
  std::string error;
  ASSERT_TRUE(write_file_atomically(dir / "link1", "new", error)) << error;
  EXPECT_TRUE(fs::is_symlink(dir / "link1"));
  EXPECT_TRUE(fs::is_symlink(dir / "link2"));
  EXPECT_EQ(read_text(dir / "real/target.json"), "new");
  EXPECT_EQ(mode_of(dir / "real/target.json"), 0640u);
  EXPECT_THAT(dir.names(), ElementsAre("link1", "link2", "real"));
}

TEST(AtomicWrite, DanglingSymlinkCreatesItsTarget) {
  TempDir dir;
  fs::create_symlink("created.json", dir / "link");
  std::string error;
  ASSERT_TRUE(write_file_atomically(dir / "link", "x", error)) << error;
  EXPECT_TRUE(fs::is_symlink(dir / "link"));
  EXPECT_EQ(read_text(dir / "created.json"), "x");
}

TEST(AtomicWrite, SymlinkLoopIsAnError) {
  TempDir dir;
  fs::create_symlink("b", dir / "a");
  fs::create_symlink("a", dir / "b");
  std::string error;
  EXPECT_FALSE(write_file_atomically(dir / "a", "x", error));
  EXPECT_THAT(error, HasSubstr("Too many levels of symbolic links"));
  EXPECT_THAT(dir.names(), ElementsAre("a", "b"));
}

TEST(AtomicWrite, RefusesToReplaceADirectoryOrAFifo) {
  TempDir dir;
  fs::create_directory(dir / "d");
  std::string error;
  EXPECT_FALSE(write_file_atomically(dir / "d", "x", error));
  EXPECT_EQ(error, "cannot write " + (dir / "d") + ": not a regular file");
  ASSERT_EQ(::mkfifo((dir / "p").c_str(), 0600), 0);
  EXPECT_FALSE(write_file_atomically(dir / "p", "x", error));
  EXPECT_TRUE(fs::is_directory(dir / "d"));
  EXPECT_TRUE(fs::is_fifo(dir / "p"));
  EXPECT_THAT(dir.names(), ElementsAre("d", "p"));
}

TEST(AtomicWrite, MissingFolder) {
  TempDir dir;
  std::string error;
  EXPECT_FALSE(write_file_atomically(dir / "no/such/f.json", "x", error));
  EXPECT_EQ(error, "cannot create a temporary file in " + (dir / "no/such") + ": No such file or directory");
}

TEST(AtomicWrite, ReadOnlyFolderLeavesTheOriginalUntouched) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root, which may write into a read-only folder";
  TempDir dir;
  fs::create_directory(dir / "ro");
  const std::string path = dir / "ro/f.json";
  write_plain(path, "original", 0644);
  ASSERT_EQ(::chmod((dir / "ro").c_str(), 0555), 0);
  std::string error;
  EXPECT_FALSE(write_file_atomically(path, "replacement", error));
  EXPECT_EQ(error, "cannot create a temporary file in " + (dir / "ro") + ": Permission denied");
  EXPECT_EQ(read_text(path), "original");
  EXPECT_EQ(mode_of(path), 0644u);
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir / "ro")) left.push_back(entry.path().filename().string());
  EXPECT_THAT(left, ElementsAre("f.json"));
}

// A failure after the temporary file exists (here: the file size limit, which also binds root) removes it
// and leaves the original as it was.
TEST(AtomicWrite, FailedWriteRemovesTheTemporaryFile) {
  TempDir dir;
  const std::string path = dir / "f.json";
  write_plain(path, "original", 0600);
  struct rlimit saved {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  struct rlimit small = saved;
  small.rlim_cur = 1024;
  const auto old_handler = ::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing us
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string error;
  const bool ok = write_file_atomically(path, std::string(4096, 'x'), error);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::signal(SIGXFSZ, old_handler);
  EXPECT_FALSE(ok);
  EXPECT_EQ(error, "cannot write " + path + ": write: File too large");
  EXPECT_EQ(read_text(path), "original");
  EXPECT_EQ(mode_of(path), 0600u);
  EXPECT_THAT(dir.names(), ElementsAre("f.json"));
}

}  // namespace
}  // namespace mlmlint
