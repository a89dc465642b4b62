#include "kith/formats/export.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <random>

#include "kith/formats/braille.hpp"
#include "kith/formats/print.hpp"
#include "kith/formats/speech.hpp"

namespace kith::formats {
namespace {

constexpr std::array<Format, 4> kFormats = {Format::easy_read_text, Format::large_print_pdf,
                                             Format::audio_wav, Format::braille_brf};

// A file descriptor closed on every path.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { close(); }
  int get() const { return fd_; }
  int close() {
    const int r = fd_ >= 0 ? ::close(fd_) : 0;
    fd_ = -1;
    return r;
  }

 private:
  int fd_;
};

// Removes the temporary file unless the rename happened.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  void keep() { path_.clear(); }

 private:
  std::string path_;
};

Error io_error(const std::string& what) {
  // The path is the operator's own folder; the message names no person.
  return Error{ErrorCode::io_error, what + ": " + std::strerror(errno), {}};
}

std::string random_suffix() {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::random_device device;
  std::string out;
  for (int i = 0; i < 12; ++i) out.push_back(kDigits[device() % 36]);
  return out;
}

}  // namespace

std::string_view format_name(Format format) {
  switch (format) {
    case Format::easy_read_text: return "easy-read";
    case Format::large_print_pdf: return "large-print";
    case Format::audio_wav: return "audio";
    case Format::braille_brf: return "braille";
  }
  return {};
}

std::string_view format_extension(Format format) {
  switch (format) {
    case Format::easy_read_text: return ".txt";
    case Format::large_print_pdf: return ".pdf";
    case Format::audio_wav: return ".wav";
    case Format::braille_brf: return ".brf";
  }
  return {};
}

Result<Format> format_from_name(std::string_view name) {
  for (Format f : kFormats) {
    if (format_name(f) == name) return f;
  }
  return unexpected(ErrorCode::invalid_argument,
                    "Unknown format '" + std::string(name) +
                        "': use easy-read, large-print, audio or braille.",
                    "format");
}

std::vector<Format> formats_for(const v1::CommunicationNeeds& needs) {
  std::vector<Format> out;
  if (needs.easy_read()) out.push_back(Format::easy_read_text);
  if (needs.large_print()) out.push_back(Format::large_print_pdf);
  if (needs.audio()) out.push_back(Format::audio_wav);
  if (needs.braille() != v1::BRAILLE_NONE) out.push_back(Format::braille_brf);
  return out;
}

Result<std::string> render_format(Format format, const Document& document,
                                  const v1::CommunicationNeeds& needs) {
  switch (format) {
    case Format::easy_read_text:
      return plain_text(document);
    case Format::large_print_pdf:
      return large_print_pdf(document);
    case Format::audio_wav: {
      KITH_ASSIGN(Wav wav, speech(document));
      return wav_bytes(wav);
    }
    case Format::braille_brf:
      return braille_brf(document, needs.braille() == v1::BRAILLE_NONE ? v1::BRAILLE_UEB_GRADE_1
                                                                       : needs.braille());
  }
  return unexpected(ErrorCode::invalid_argument, "Unknown format.", "format");
}

Result<std::string> write_format(Format format, const Document& document,
                                 const v1::CommunicationNeeds& needs, const std::string& folder,
                                 const std::string& base_name) {
  if (base_name.empty() || base_name.front() == '.' ||
      base_name.find('/') != std::string::npos || base_name.find('\0') != std::string::npos) {
    return unexpected(ErrorCode::invalid_argument,
                      "The file name must be a plain name, not empty, hidden or a path.",
                      "base_name");
  }
  struct stat info {};
  if (folder.empty() || ::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    return unexpected(ErrorCode::not_found,
                      "The folder " + folder + " does not exist: make it first.", "folder");
  }
  // Everything is rendered in memory before the folder is touched.
  KITH_ASSIGN(std::string bytes, render_format(format, document, needs));

  const std::string target = folder + "/" + base_name + std::string(format_extension(format));
  std::string temporary;
  int raw = -1;
  for (int attempt = 0; attempt < 8 && raw < 0; ++attempt) {
    temporary = folder + "/." + base_name + "." + random_suffix() + ".tmp";
    raw = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (raw < 0 && errno != EEXIST) return unexpected(io_error("Could not make a file in " + folder));
  }
  if (raw < 0) return unexpected(io_error("Could not make a file in " + folder));
  TemporaryFile cleanup(temporary);
  Fd fd(raw);
  // 0600 whatever the umask: the plan is about a family.
  if (::fchmod(fd.get(), 0600) != 0) return unexpected(io_error("Could not set the file's mode"));
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return unexpected(io_error("Could not write " + target));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd.get()) != 0) return unexpected(io_error("Could not write " + target));
  if (fd.close() != 0) return unexpected(io_error("Could not write " + target));
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    return unexpected(io_error("Could not name the file " + target));
  }
  cleanup.keep();
  // The rename itself is durable once the folder is synced.
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return target;
}

}  // namespace kith::formats
