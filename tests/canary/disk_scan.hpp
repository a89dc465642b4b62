#pragma once
// Looking for a canary in bytes on disk: the canary's forms (as written, its random part alone in
// either case, UTF-16, hex, base64), and a scan of files and folders that says where each form was
// found and what followed it (the field path that fill_text_tagged() put after the canary).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kith::testing {

//! A canary, "KITHCANARY-" and 16 random lower-case letters, and the byte strings that betray it.
class Canary {
 public:
  //! A fresh canary.
  Canary();
  //! A given one (for the scanner's own tests): `prefix` and `token` as the parts.
  Canary(std::string prefix, std::string token);

  //! The canary itself, to write into records: "KITHCANARY-abcdefghijklmnop".
  const std::string& text() const { return text_; }
  //! The canary with a tag: "KITHCANARY-abcdefghijklmnop.tag".
  std::string tagged(std::string_view tag) const { return text_ + "." + std::string(tag); }

  //! One way the canary can sit in a file.
  struct Form {
    std::string name;   //!< "plain", "token", "TOKEN", "utf-16le", "hex", "base64+1", ...
    std::string bytes;  //!< what to look for
  };
  const std::vector<Form>& forms() const { return forms_; }

 private:
  std::string text_;
  std::vector<Form> forms_;
};

//! One place a form of the canary was found.
struct Hit {
  std::string path;
  std::uint64_t offset = 0;
  std::string form;
  std::string after;  //!< up to 120 bytes from the match on (zero bytes dropped, others as
                      //!< printable ASCII or '.'), for a person to read
};

//! What a scan looked at, so a test can show it was not empty.
struct ScanTally {
  std::uint64_t files = 0;
  std::uint64_t bytes = 0;
  std::vector<std::string> unreadable;  //!< files that could not be opened or read
  std::vector<std::string> scanned;     //!< every file read, in order
};

//! Every form of `canary` in the file at `path` (read in chunks, so large files are fine). Adds
//! the file to `tally`. A file that cannot be read is noted in `tally.unreadable`.
std::vector<Hit> scan_file(const std::filesystem::path& path, const Canary& canary,
                           ScanTally& tally);

//! Every regular file under `root` (recursively, symbolic links not followed) for which
//! `include(path)` is true, scanned as scan_file() does. A missing root scans nothing.
std::vector<Hit> scan_tree(
    const std::filesystem::path& root, const Canary& canary, ScanTally& tally,
    const std::function<bool(const std::filesystem::path&)>& include =
        [](const std::filesystem::path&) { return true; });

//! The hits as lines for a failure message: "path @offset (form): after".
std::string describe(const std::vector<Hit>& hits);

}  // namespace kith::testing
