#include "credentials.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include <array>
#include <charconv>
#include <vector>

#include "kith/bytes.hpp"
#include "kith/crypto/wrapped_key.hpp"

namespace kith::server {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford base32
constexpr std::size_t kCodeChars = 10;                                      // 50 bits
constexpr crypto::ScryptParams kPasswordCost{16, 8, 1};

//! HMAC-SHA256 under one key, kept keyed for the thread. OpenSSL 3's one-shot HMAC() fetches
//! the algorithm and the digest (locked method-store lookups) and builds a context on every
//! call, 7% of a no-change pull's server CPU. Here each thread fetches once, keys its context
//! once, and re-initialises it with the same key for every MAC. It keeps a copy of the key to
//! notice a different one (a test's second store); the keyed context holds as much already.
class ThreadMac {
 public:
  ThreadMac() = default;
  ThreadMac(const ThreadMac&) = delete;
  ThreadMac& operator=(const ThreadMac&) = delete;
  ~ThreadMac() {
    EVP_MAC_CTX_free(context_);
    EVP_MAC_free(mac_);
  }

  //! The MAC in hex, or "" if OpenSSL failed (which no token matches: see verify_token).
  std::string hex(const SecretBytes& key, std::string_view message) {
    if (!ready(key)) return {};
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    std::size_t length = 0;
    if (EVP_MAC_update(context_, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) != 1 ||
        EVP_MAC_final(context_, out.data(), &length, out.size()) != 1) {
      forget();
      return {};
    }
    return to_hex(std::span(out.data(), length));
  }

 private:
  //! The context initialised for a new MAC under `key`.
  bool ready(const SecretBytes& key) {
    if (context_ != nullptr && key == key_) {
      if (EVP_MAC_init(context_, nullptr, 0, nullptr) == 1) return true;  // the same key
      forget();
    }
    if (mac_ == nullptr) mac_ = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac_ == nullptr) return false;
    EVP_MAC_CTX_free(context_);
    context_ = EVP_MAC_CTX_new(mac_);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (context_ == nullptr || EVP_MAC_init(context_, key.data(), key.size(), params) != 1) {
      forget();
      return false;
    }
    key_ = key.clone();
    return true;
  }

  void forget() {
    EVP_MAC_CTX_free(context_);
    context_ = nullptr;
    key_ = SecretBytes();
  }

  EVP_MAC* mac_ = nullptr;
  EVP_MAC_CTX* context_ = nullptr;
  SecretBytes key_;
};

std::string hmac_hex(const SecretBytes& key, std::string_view message) {
  thread_local ThreadMac mac;
  return mac.hex(key, message);
}

}  // namespace

bool equal_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest.data());
  return to_hex(digest);
}

Result<std::string> new_invite_code() {
  std::array<std::uint8_t, kCodeChars> raw{};
  KITH_TRY(random_bytes(raw));
  std::string code;
  for (std::size_t i = 0; i < kCodeChars; ++i) {
    if (i == kCodeChars / 2) code += '-';
    code += kAlphabet[raw[i] % 32];  // 256 is a multiple of 32: no bias
  }
  return code;
}

Result<std::string> normalise_invite_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos || code.size() >= kCodeChars) {
      return unexpected(ErrorCode::invite_unknown,
                        "That is not an invite code. Check it against the one your coordinator "
                        "gave you: 10 letters and numbers, like 7KQ2M-XH9TD.",
                        "invite_code");
    }
    code += c;
  }
  if (code.size() != kCodeChars) {
    return unexpected(ErrorCode::invite_unknown,
                      "An invite code has 10 letters and numbers, like 7KQ2M-XH9TD.", "invite_code");
  }
  return code;
}

Result<std::string> new_device_secret() {
  std::array<std::uint8_t, 32> raw{};
  KITH_TRY(random_bytes(raw));
  return to_hex(raw);
}

std::string issue_token(const SecretBytes& key, std::string_view device_id, std::int64_t expires_at) {
  std::string body = "v1." + std::string(device_id) + "." + std::to_string(expires_at);
  return body + "." + hmac_hex(key, body);
}

Result<TokenClaims> verify_token(const SecretBytes& key, std::string_view token, std::int64_t now) {
  const auto invalid = [] {
    return unexpected(ErrorCode::unauthenticated,
                      "This device's sign-in is not valid: sync again to get a new one.");
  };
  const auto last_dot = token.rfind('.');
  if (token.size() > 200 || token.substr(0, 3) != "v1." || last_dot == std::string_view::npos) {
    return invalid();
  }
  const std::string_view body = token.substr(0, last_dot);
  const std::string expected = hmac_hex(key, body);
  if (expected.empty() || !equal_constant_time(expected, token.substr(last_dot + 1))) {
    return invalid();
  }
  const auto second_dot = body.rfind('.');
  if (second_dot == std::string_view::npos || second_dot < 3) return invalid();
  TokenClaims claims;
  claims.device_id = std::string(body.substr(3, second_dot - 3));
  const std::string_view expiry = body.substr(second_dot + 1);
  const auto parsed = std::from_chars(expiry.data(), expiry.data() + expiry.size(), claims.expires_at);
  if (parsed.ec != std::errc() || parsed.ptr != expiry.data() + expiry.size()) return invalid();
  if (now >= claims.expires_at) {
    return unexpected(ErrorCode::token_expired,
                      "This device's sign-in has expired: it gets a new one when it syncs.");
  }
  return claims;
}

Result<std::string> hash_password(std::string_view password) {
  std::array<std::uint8_t, 16> salt{};
  KITH_TRY(random_bytes(salt));
  KITH_ASSIGN(SecretBytes hash, crypto::derive_pin_key(Pin(password), salt, kPasswordCost));
  return "scrypt$" + std::to_string(kPasswordCost.log2_n) + "$" + std::to_string(kPasswordCost.r) +
         "$" + std::to_string(kPasswordCost.p) + "$" + to_hex(salt) + "$" + to_hex(hash.span());
}

bool check_password(std::string_view password, std::string_view stored) {
  // scrypt$<log2n>$<r>$<p>$<salt>$<hash>
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= stored.size(); ++i) {
    if (i == stored.size() || stored[i] == '$') {
      parts.push_back(stored.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 6 || parts[0] != "scrypt") return false;
  int numbers[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    const auto part = parts[static_cast<std::size_t>(i) + 1];
    if (std::from_chars(part.data(), part.data() + part.size(), numbers[i]).ec != std::errc()) return false;
    if (numbers[i] <= 0 || numbers[i] > 255) return false;
  }
  if (numbers[0] > 20) return false;  // refuse a cost that would hang the server
  auto salt = from_hex(parts[4]);
  if (!salt) return false;
  const crypto::ScryptParams params{static_cast<std::uint8_t>(numbers[0]),
                                    static_cast<std::uint8_t>(numbers[1]),
                                    static_cast<std::uint8_t>(numbers[2])};
  auto hash = crypto::derive_pin_key(Pin(password), *salt, params);
  if (!hash) return false;
  return equal_constant_time(to_hex(hash->span()), parts[5]);
}

}  // namespace kith::server
