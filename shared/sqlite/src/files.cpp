#include "kith/sqlite/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kith::files {

namespace {

Unexpected io_failure(const char* what, int err) {
  return unexpected(ErrorCode::io_error, std::string("The device would not ") + what + ": " +
                                             std::strerror(err) + ".");
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

Result<void> sync_folder(const std::filesystem::path& folder) {
  Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() < 0) return io_failure("open the store folder", errno);
  if (::fsync(dir.get()) != 0) return io_failure("sync the store folder", errno);
  return {};
}

}  // namespace

Result<void> write_atomically(const std::filesystem::path& path,
                              std::span<const std::uint8_t> bytes) {
  const std::filesystem::path tmp = path.string() + ".tmp";
  {
    // A fresh file, never one left behind with a wider mode: remove it, then create exclusively.
    ::unlink(tmp.c_str());
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) return io_failure("create a file", errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        return io_failure("write a file", errno);
      }
      done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) return io_failure("sync a file", errno);
  }
  return rename_durably(tmp, path);
}

Result<std::vector<std::uint8_t>> read(const std::filesystem::path& path, std::size_t max_bytes) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      return unexpected(ErrorCode::store_not_found, "There is no Kith store here.");
    }
    return io_failure("open a file", errno);
  }
  std::vector<std::uint8_t> out;
  std::uint8_t buf[4096];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_failure("read a file", errno);
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
      // Larger than the caller expects: stop at max_bytes + 1, so the caller sees it is too
      // large without this reading all of it.
      const std::size_t room = max_bytes + 1 - out.size();
      out.insert(out.end(), buf, buf + room);
      return out;
    }
    out.insert(out.end(), buf, buf + n);
  }
  return out;
}

Result<void> rename_durably(const std::filesystem::path& from, const std::filesystem::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) return io_failure("rename a file", errno);
  return sync_folder(to.parent_path().empty() ? "." : to.parent_path());
}

Result<void> remove_durably(const std::filesystem::path& path) {
  if (::unlink(path.c_str()) != 0) {
    if (errno == ENOENT) return {};
    return io_failure("remove a file", errno);
  }
  return sync_folder(path.parent_path().empty() ? "." : path.parent_path());
}

}  // namespace kith::files
