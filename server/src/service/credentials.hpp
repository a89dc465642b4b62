#pragma once
//! The server's secrets and how it checks them. docs/SECURITY.md explains the choices.
//!
//!   invite codes     10 characters of Crockford base32 (50 bits), shown as XXXXX-XXXXX; stored
//!                    only as SHA-256; single use; expire; redemption rate-limited
//!   device secrets   32 random bytes (hex); stored only as SHA-256 (they are random, so a slow
//!                    hash adds nothing)
//!   access tokens    "v1.<device id>.<expiry unix seconds>.<HMAC-SHA256>" under the store's token
//!                    key: checked without the database; short-lived
//!   staff passwords  scrypt (N=2^16, r=8, p=1) with a 16-byte salt
//! Pure functions; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::server {

//! A new invite code, formatted for people: "7KQ2M-XH9TD".
Result<std::string> new_invite_code();
//! The code as stored for comparison: upper case, no spaces or dashes, with the easily confused
//! letters read as digits (O->0, I/L->1). invite_unknown if it cannot be a code.
Result<std::string> normalise_invite_code(std::string_view typed);
//! Lower-case hex SHA-256.
std::string sha256_hex(std::string_view data);

Result<std::string> new_device_secret();

//! A signed access token for `device_id` valid until `expires_at`.
std::string issue_token(const SecretBytes& key, std::string_view device_id, std::int64_t expires_at);
struct TokenClaims {
  std::string device_id;
  std::int64_t expires_at = 0;
};
//! unauthenticated for anything not issued by this server, token_expired once past expires_at.
Result<TokenClaims> verify_token(const SecretBytes& key, std::string_view token, std::int64_t now);

Result<std::string> hash_password(std::string_view password);
//! True if `password` matches `hash` (constant-time comparison).
bool check_password(std::string_view password, std::string_view hash);

//! Constant-time equality of two strings of the same length.
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace kith::server
