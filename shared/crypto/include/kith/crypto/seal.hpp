#pragma once
//! Sealed values: AES-256-GCM under a 32-byte key with a fresh random 96-bit nonce, laid out as
//! nonce (12) || ciphertext || tag (16). The server's PostgreSQL store seals record bodies and
//! other personal text with the server key, so that the database and its backups hold none of it
//! in the clear. `context` is authenticated but not stored: it binds a sealed value to where it
//! belongs (a record's kind and id), so a value moved to another row does not open.
//! Pure functions; any thread.

#include <string>
#include <string_view>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::crypto {

constexpr std::size_t kSealOverhead = 12 + 16;

//! crypto_failure if the key is not 32 bytes or OpenSSL fails.
Result<std::string> seal(const SecretBytes& key, std::string_view plain, std::string_view context);
//! store_damaged if the value was changed, belongs elsewhere, or was sealed under another key.
Result<std::string> unseal(const SecretBytes& key, std::string_view sealed,
                           std::string_view context);

//! HMAC-SHA256 of `data` under `key`, in lower-case hex: a lookup key that someone holding the
//! stored data but not the key cannot compute (an invite code's hash, where codes are short
//! enough to try them all).
std::string keyed_digest(const SecretBytes& key, std::string_view data);

}  // namespace kith::crypto
