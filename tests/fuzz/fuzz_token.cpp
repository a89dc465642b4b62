// Access tokens (verify_token, server/src/service/credentials.hpp) on any text: every request but
// enrol and session carries one, so this is the first thing the server reads from a stranger.
//
// Input: one mode byte, then the text. Mode bit 0 clear: the text is the token as sent. Set: the
// text is a token body that the target signs with the key before verifying, so the fuzzer
// explores what comes after the signature check (a forged signature is what it cannot make).
// Properties:
//   - verify_token agrees with an independent reading of the format
//     "v1.<device id>.<expiry unix seconds>.<HMAC-SHA256 hex>": accepted exactly when well
//     formed, signed with this key and not expired, with the device id and expiry it carries;
//     token_expired exactly when only the expiry is past; otherwise unauthenticated;
//   - a token accepted under one key is refused under another;
//   - issue_token() of the claims gives a token that verifies to the same claims;
//   - every refusal is a sentence.

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>

#include "credentials.hpp"
#include "fuzz_support.hpp"
#include "kith/bytes.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::check_error;

constexpr std::int64_t kNow = 1'790'000'000;

kith::SecretBytes key_of(std::uint8_t fill) {
  kith::SecretBytes key(32);
  for (std::size_t i = 0; i < key.size(); ++i) key.data()[i] = static_cast<std::uint8_t>(fill + i);
  return key;
}

std::string mac_hex(const kith::SecretBytes& key, std::string_view body) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac.data(), &length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 15];
  }
  return out;
}

struct Expected {
  bool well_formed = false;  // signed by `key`, with a device id and a readable expiry
  std::string device_id;
  std::int64_t expires_at = 0;
};

Expected read_token(const kith::SecretBytes& key, std::string_view token) {
  Expected out;
  if (token.size() > 200 || token.substr(0, 3) != "v1.") return out;
  const auto last = token.rfind('.');
  const std::string_view body = token.substr(0, last);
  if (token.substr(last + 1) != mac_hex(key, body)) return out;
  const auto second = body.rfind('.');
  if (second == std::string_view::npos || second < 3) return out;
  const std::string_view expiry = body.substr(second + 1);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(expiry.data(), expiry.data() + expiry.size(), value);
  if (ec != std::errc() || end != expiry.data() + expiry.size()) return out;
  out.well_formed = true;
  out.device_id = std::string(body.substr(3, second - 3));
  out.expires_at = value;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const kith::SecretBytes key = key_of(0x42);
  static const kith::SecretBytes other_key = key_of(0x43);
  const bool sign = (data[0] & 1) != 0;
  std::string token(kith::fuzz::as_text(data + 1, size - 1));
  if (sign) token += "." + mac_hex(key, token);

  const auto claims = kith::server::verify_token(key, token, kNow);
  const Expected expected = read_token(key, token);
  if (!claims) {
    check_error(claims.error(), "verify_token");
    if (expected.well_formed && kNow >= expected.expires_at) {
      check(claims.error().code == kith::ErrorCode::token_expired,
            "an expired token signed here is not refused as token_expired");
    } else {
      check(!expected.well_formed, "verify_token refused a well-formed token signed here");
      check(claims.error().code == kith::ErrorCode::unauthenticated,
            "a token not signed here is refused with a code other than unauthenticated");
    }
    return 0;
  }
  check(expected.well_formed,
        "verify_token accepted a token that is not well formed or not signed here");
  check(claims->device_id == expected.device_id && claims->expires_at == expected.expires_at,
        "verify_token read another device id or expiry than the token holds");
  check(claims->expires_at > kNow, "verify_token accepted an expired token");

  const auto under_other = kith::server::verify_token(other_key, token, kNow);
  check(!under_other && under_other.error().code == kith::ErrorCode::unauthenticated,
        "a token signed with one key is accepted under another");

  const std::string reissued =
      kith::server::issue_token(key, claims->device_id, claims->expires_at);
  const auto again = kith::server::verify_token(key, reissued, kNow);
  // issue_token writes the canonical form; a 200-byte limit applies to both.
  if (reissued.size() <= 200) {
    check(again && again->device_id == claims->device_id && again->expires_at == claims->expires_at,
          "issue_token() of a token's claims does not verify to the same claims");
  }
  return 0;
}
