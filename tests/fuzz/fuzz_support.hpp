#pragma once
// What every fuzz target shares: a check that stops the run with a sentence when a property does
// not hold (libFuzzer then keeps the input as a crash file), and a temporary folder on a memory
// file system where there is one, so that the store's fsyncs cost nothing.

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#include "kith/error.hpp"

namespace kith::fuzz {

//! Stops the process with `what` on stderr: a property the target asserts does not hold.
[[noreturn]] inline void fail(std::string_view what) {
  std::fprintf(stderr, "\nFUZZ PROPERTY BROKEN: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::fflush(stderr);
  std::abort();
}

//! Fails unless `condition` holds.
inline void check(bool condition, std::string_view what) {
  if (!condition) fail(what);
}

//! Fails unless an error carries what a person needs: a message that is a sentence.
inline void check_error(const Error& error, std::string_view where) {
  if (error.message.empty()) fail(std::string(where) + ": an error came back with no message");
  if (error.message.size() > 2000) {
    fail(std::string(where) + ": an error message is " + std::to_string(error.message.size()) +
         " bytes long; it should be one sentence");
  }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

//! A fresh folder for one fuzzing process, removed when it ends: in /dev/shm when that exists
//! (the store's fsyncs are then free), else in the system's temporary folder.
class ScratchDir {
 public:
  ScratchDir() {
    std::error_code ec;
    std::filesystem::path base = "/dev/shm";
    if (!std::filesystem::is_directory(base, ec) || ::access(base.c_str(), W_OK) != 0) {
      base = std::filesystem::temp_directory_path();
    }
    std::string pattern = (base / "kith-fuzz-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
      fail("could not make a temporary folder in " + base.string());
    path_ = pattern;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kith::fuzz
