#include "disk_scan.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "kith/bytes.hpp"

namespace kith::testing {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kChunk = 8u << 20;  // read 8 MiB at a time
constexpr std::size_t kContext = 120;

std::string random_letters(std::size_t n) {
  std::vector<std::uint8_t> bytes(n);
  if (!random_bytes(bytes)) throw std::runtime_error("no random bytes for the canary");
  std::string out;
  // 256 is a multiple of 26 only approximately; the bias does not matter for a test marker.
  for (std::uint8_t b : bytes) out += static_cast<char>('a' + b % 26);
  return out;
}

std::string utf16(std::string_view text, bool little_endian) {
  std::string out;
  for (char c : text) {  // the canary is ASCII
    if (little_endian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

std::string hex(std::string_view text, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// Base64 of whole groups of three bytes, no padding.
std::string base64_groups(std::string_view bytes, bool url_safe) {
  const char* alphabet = url_safe
                             ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                             : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t v =
        (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16) |
        (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8) |
        static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 2]));
    out += alphabet[(v >> 18) & 63];
    out += alphabet[(v >> 12) & 63];
    out += alphabet[(v >> 6) & 63];
    out += alphabet[v & 63];
  }
  return out;
}

std::string printable(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    if (c == '\0') continue;  // UTF-16 reads better without its zero bytes
    out += (c >= 0x20 && c < 0x7f) ? c : '.';
  }
  return out;
}

}  // namespace

Canary::Canary() : Canary("KITHCANARY-", random_letters(16)) {}

Canary::Canary(std::string prefix, std::string token) : text_(prefix + token) {
  forms_.push_back({"plain", text_});
  // The random part alone catches a canary whose prefix was cut or changed; in capitals, one
  // that was upper-cased on the way.
  forms_.push_back({"token", token});
  std::string upper = token;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); });
  forms_.push_back({"TOKEN", upper});
  forms_.push_back({"utf-16le", utf16(text_, true)});
  forms_.push_back({"utf-16be", utf16(text_, false)});
  forms_.push_back({"hex", hex(text_, false)});
  forms_.push_back({"HEX", hex(text_, true)});
  // Base64 of text at any alignment holds, for one of three shifts, the encoding of the whole
  // groups of three that start at that shift.
  for (std::size_t shift = 0; shift < 3; ++shift) {
    const std::string_view part = std::string_view(text_).substr(shift);
    const std::string_view whole = part.substr(0, part.size() / 3 * 3);
    const std::string standard = base64_groups(whole, false);
    const std::string url = base64_groups(whole, true);
    forms_.push_back({"base64+" + std::to_string(shift), standard});
    if (url != standard) forms_.push_back({"base64url+" + std::to_string(shift), url});
  }
}

std::vector<Hit> scan_file(const fs::path& path, const Canary& canary, ScanTally& tally) {
  std::vector<Hit> hits;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    // A running PostgreSQL removes its temporary files as it likes: gone is not unreadable.
    std::error_code ec;
    if (fs::exists(path, ec) || ec) tally.unreadable.push_back(path.string());
    return hits;
  }
  std::size_t longest = 0;
  for (const auto& form : canary.forms()) longest = std::max(longest, form.bytes.size());
  const std::size_t token_shift = canary.text().size() - canary.forms()[1].bytes.size();

  std::string buffer;      // the carry from the last chunk, then the new chunk
  std::uint64_t base = 0;  // file offset of buffer[0]
  // Most files are small (PostgreSQL's are 8 KiB pages and small maps): a buffer the size of
  // the file, up to a chunk, saves allocating and clearing 8 MiB for each of them.
  std::error_code size_error;
  const std::uintmax_t size = fs::file_size(path, size_error);
  const std::uintmax_t wanted =
      size_error ? kChunk : std::clamp<std::uintmax_t>(size, 4096, kChunk);
  std::vector<char> chunk(static_cast<std::size_t>(wanted));
  std::set<std::uint64_t> plain_at;  // where the plain canary was, to drop the token inside it
  while (true) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    const std::size_t carry = buffer.size();
    buffer.append(chunk.data(), got);
    tally.bytes += got;
    for (const auto& form : canary.forms()) {
      const std::boyer_moore_horspool_searcher searcher(form.bytes.begin(), form.bytes.end());
      auto from = buffer.begin();
      while (true) {
        const auto found = std::search(from, buffer.end(), searcher);
        if (found == buffer.end()) break;
        const auto at = static_cast<std::size_t>(found - buffer.begin());
        from = found + 1;
        if (at + form.bytes.size() <= carry) continue;  // found with the last chunk already
        const std::uint64_t offset = base + at;
        if (form.name == "plain") plain_at.insert(offset);
        if (form.name == "token" && offset >= token_shift &&
            plain_at.contains(offset - token_shift)) {
          continue;  // the random part of a plain hit
        }
        hits.push_back({path.string(), offset, form.name,
                        printable(std::string_view(buffer).substr(at, kContext))});
      }
    }
    if (!in) break;
    // Keep the last bytes, so a form that straddles two chunks is found with the next one.
    const std::size_t keep = std::min(buffer.size(), longest - 1);
    base += buffer.size() - keep;
    buffer.erase(0, buffer.size() - keep);
  }
  if (in.bad()) tally.unreadable.push_back(path.string());
  ++tally.files;
  tally.scanned.push_back(path.string());
  return hits;
}

std::vector<Hit> scan_tree(const fs::path& root, const Canary& canary, ScanTally& tally,
                           const std::function<bool(const fs::path&)>& include) {
  std::vector<Hit> hits;
  std::error_code ec;
  if (!fs::exists(root, ec)) return hits;
  if (fs::is_regular_file(fs::symlink_status(root, ec))) {
    if (include(root)) hits = scan_file(root, canary, tally);
    return hits;
  }
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code status_error;
    const auto status = it->symlink_status(status_error);
    if (status_error || !fs::is_regular_file(status)) continue;
    if (!include(it->path())) continue;
    auto found = scan_file(it->path(), canary, tally);
    hits.insert(hits.end(), found.begin(), found.end());
  }
  if (ec && ec != std::errc::no_such_file_or_directory) {
    tally.unreadable.push_back(root.string() + " (" + ec.message() + ")");
  }
  return hits;
}

std::string describe(const std::vector<Hit>& hits) {
  std::ostringstream out;
  for (const Hit& hit : hits) {
    out << "  " << hit.path << " @" << hit.offset << " (" << hit.form << "): " << hit.after << "\n";
  }
  return out.str();
}

}  // namespace kith::testing
