#include "mlmlint/core/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <fmt/format.h>

namespace mlmlint {

namespace {

// As the kernel resolves paths: a chain longer than this is a loop (ELOOP).
constexpr int kMaxSymlinks = 40;

std::string parent_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file a write to `path` must replace: `path` itself, or where its chain of symlinks ends (which
// need not exist yet). Renaming over the link itself would turn it into a regular file.
bool resolve_symlinks(std::string path, std::string& out, std::string& error) {
  for (int hops = 0; hops <= kMaxSymlinks; ++hops) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
      out = std::move(path);
      return true;
    }
    std::string target(PATH_MAX, '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n < 0 || static_cast<std::size_t>(n) == target.size()) {
      error = fmt::format("cannot read the symbolic link {}: {}", path, std::strerror(n < 0 ? errno : ENAMETOOLONG));
      return false;
    }
    target.resize(static_cast<std::size_t>(n));
    path = !target.empty() && target.front() == '/' ? target : parent_of(path) + "/" + target;
  }
  error = fmt::format("cannot write {}: {}", path, std::strerror(ELOOP));
  return false;
}

// The process umask without changing it (umask() would, for a moment, for every thread): Linux reports
// it in /proc/self/status. Without /proc, assume the common 022.
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8) & 0777);
  }
  return 022;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view bytes, std::string& error) {
  std::string target;
  if (!resolve_symlinks(path, target, error)) return false;

  // The replacement keeps the original's permission bits (and owner and group where we may set them);
  // a new file gets what open(..., 0666) would give it.
  struct stat original {};
  const bool exists = ::stat(target.c_str(), &original) == 0;
  if (exists && !S_ISREG(original.st_mode)) {
    error = fmt::format("cannot write {}: not a regular file", path);
    return false;
  }
  const mode_t mode = exists ? (original.st_mode & 07777) : (0666 & ~current_umask());

  // Same folder as the target: rename() is atomic only within one file system.
  const std::string dir = parent_of(target);
  std::string temp = dir + "/.tmp-" + name_of(target) + ".XXXXXX";
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("cannot create a temporary file in {}: {}", dir, std::strerror(errno));
    return false;
  }
  auto fail = [&](std::string_view what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    error = fmt::format("cannot write {}: {}: {}", path, what, std::strerror(saved));
    return false;
  };
  if (!write_all(fd, bytes)) return fail("write");
  // Owner and group first: chown may clear set-user-ID bits, which fchmod then restores. Only root (or an
  // owner changing to one of its groups) may do this; otherwise the file belongs to whoever runs us.
  if (exists && (original.st_uid != ::geteuid() || original.st_gid != ::getegid()) &&
      ::fchown(fd, original.st_uid, original.st_gid) != 0) {
    (void)!::fchown(fd, static_cast<uid_t>(-1), original.st_gid);  // at least the group, if we may
  }
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions");
  // On disk before the rename: otherwise a crash could leave the new name pointing at an empty file.
  if (::fsync(fd) != 0) return fail("fsync");
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    error = fmt::format("cannot write {}: close: {}", path, std::strerror(saved));
    return false;
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    error = fmt::format("cannot replace {}: {}", path, std::strerror(saved));
    return false;
  }
  // The rename itself is durable once the folder is synced; a file system that cannot sync folders
  // still has the complete file under one name or the other.
  if (const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir_fd >= 0) {
    (void)::fsync(dir_fd);
    ::close(dir_fd);
  }
  return true;
}

}  // namespace mlmlint
