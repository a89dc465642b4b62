// The key files Kith reads back from disk: the device's wrapped data key (kith.key, read by
// kith::crypto::WrappedKey::parse when a store opens) and the server key (server.key or
// KITH_SERVER_KEY, 64 hex digits, read by parse_server_key when kith-server or kith-admin opens
// the store).
//
// Input: one mode byte, then the file.
//   mode 0: the bytes are kith.key as found on disk.
//   mode 1: the same, but when it is 120 bytes long the target writes the right SHA-256 into
//           bytes 88..119 first, so the fuzzer explores what a well-formed but tampered file
//           can do (a checksum is what it cannot forge).
//   mode 2: the bytes are server.key.
// Properties:
//   - a wrapped key parses only from 120 bytes with the magic, version 1 and a good checksum, and
//     serialize() gives back exactly the bytes it was parsed from;
//   - its scrypt cost stays within what a phone can pay: at most kMaxScryptBytes of memory;
//   - unwrap() with a wrong PIN is wrong_pin, never a crash (tried when scrypt is cheap);
//   - a server key parses only from 64 hex digits (then newlines or spaces) into 32 bytes that
//     read back as the same hex;
//   - every refusal is a sentence with one of the documented codes.

#include <openssl/sha.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "kith/bytes.hpp"
#include "kith/crypto/wrapped_key.hpp"
#include "server_key.hpp"

namespace {

using kith::ErrorCode;
using kith::fuzz::check;
using kith::fuzz::check_error;

//! What one unwrap may ask of scrypt (128 * N * r bytes): the standard cost needs 128 MiB; eight
//! times that is the most a damaged or tampered file may make a phone allocate.
constexpr std::uint64_t kMaxScryptBytes = std::uint64_t{1} << 30;

void check_wrapped_key(std::vector<std::uint8_t> bytes, bool fix_checksum) {
  using kith::crypto::WrappedKey;
  if (fix_checksum && bytes.size() == WrappedKey::kFileBytes) {
    SHA256(bytes.data(), 88, bytes.data() + 88);
  }
  const auto key = WrappedKey::parse(bytes);
  if (!key) {
    check_error(key.error(), "WrappedKey::parse");
    const ErrorCode code = key.error().code;
    check(code == ErrorCode::not_a_store || code == ErrorCode::store_damaged ||
              code == ErrorCode::store_too_new,
          "WrappedKey::parse refused with a code it does not document");
    return;
  }
  check(bytes.size() == WrappedKey::kFileBytes,
        "a wrapped key parsed from a file of the wrong size");
  check(std::equal(bytes.begin(), bytes.begin() + 6, "KITHWK") && bytes[6] == 1,
        "a wrapped key parsed without its magic and version");
  check(key->serialize() == bytes,
        "serialize() of a parsed key file differs from the file: the parser accepted bytes it "
        "ignores");
  const auto& p = key->params();
  const std::uint64_t memory = std::uint64_t{128} * (std::uint64_t{1} << p.log2_n) * p.r;
  check(memory <= kMaxScryptBytes,
        "a key file asks scrypt for " + std::to_string(memory >> 20) + " MiB (log2_n " +
            std::to_string(p.log2_n) + ", r " + std::to_string(p.r) + ", p " + std::to_string(p.p) +
            "): a tampered file could exhaust a phone's memory at unlock");
  if (p.log2_n <= 12 && p.r <= 8 && p.p <= 2) {
    const auto unwrapped = key->unwrap(kith::Pin("not-the-pin"));
    // The fuzzer cannot forge the GCM tag for a PIN it does not know.
    check(!unwrapped && unwrapped.error().code == ErrorCode::wrong_pin,
          "unwrap() with a wrong PIN did not say wrong_pin");
    check_error(unwrapped.error(), "WrappedKey::unwrap");
  }
}

void check_server_key(std::string_view text) {
  const auto key = kith::server::parse_server_key(std::string(text));
  std::string_view digits = text;
  while (!digits.empty() &&
         (digits.back() == '\n' || digits.back() == '\r' || digits.back() == ' ')) {
    digits.remove_suffix(1);
  }
  const bool hex =
      digits.size() == 64 && std::all_of(digits.begin(), digits.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      });
  if (!key) {
    check_error(key.error(), "parse_server_key");
    check(key.error().code == ErrorCode::invalid_argument,
          "a bad server key is not invalid_argument");
    check(!hex, "parse_server_key refused 64 hex digits");
    return;
  }
  check(hex, "parse_server_key took something that is not 64 hex digits");
  check(key->size() == 32, "a server key is not 32 bytes");
  std::string lower(digits);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  check(kith::to_hex(key->span()) == lower, "a server key reads back as other hex than it was");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0] % 3;
  if (mode == 2) {
    check_server_key(kith::fuzz::as_text(data + 1, size - 1));
  } else {
    check_wrapped_key(std::vector<std::uint8_t>(data + 1, data + size), mode == 1);
  }
  return 0;
}
