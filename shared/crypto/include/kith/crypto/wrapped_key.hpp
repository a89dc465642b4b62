#pragma once
//! The key hierarchy's lower half: a random 256-bit data key (which SQLCipher uses) wrapped with
//! AES-256-GCM under a key that scrypt derives from the person's PIN. docs/SECURITY.md explains
//! the choices; this header is the whole of Kith's use of symmetric crypto for stored data.
//! Pure functions; any thread.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::crypto {

constexpr std::size_t kDataKeyBytes = 32;

//! scrypt cost. `standard()` (N=2^17, r=8, p=1, as OWASP advises) takes about 0.4 s and 128 MiB
//! on the reference machine
//! (docs/PERFORMANCE.md); tests use `fast()`. Stored in each wrapped key, so it can change.
struct ScryptParams {
  std::uint8_t log2_n = 17;
  std::uint8_t r = 8;
  std::uint8_t p = 1;

  static ScryptParams standard() { return {17, 8, 1}; }
  static ScryptParams fast() { return {10, 8, 1}; }  //!< for tests only: ~1 ms
  bool operator==(const ScryptParams&) const = default;
};

//! A new random data key.
Result<SecretBytes> new_data_key();

//! scrypt(PIN, salt) -> 32 bytes. crypto_failure if OpenSSL refuses the parameters.
Result<SecretBytes> derive_pin_key(const Pin& pin, std::span<const std::uint8_t> salt,
                                   const ScryptParams& params);

//! A data key wrapped under a PIN, as stored in the file `kith.key`.
//!
//! File layout (120 bytes, integers big-endian):
//!   0  "KITHWK"  magic          6  version (1)   7  reserved (0)
//!   8  log2_n, r, p, 0          12 salt[16]      28 nonce[12]
//!   40 ciphertext[32]           72 GCM tag[16]   88 SHA-256 of bytes 0..87
//! Bytes 0..39 are the GCM additional data, so changing the cost or the salt fails the tag. The
//! SHA-256 tells a damaged file (store_damaged) apart from a wrong PIN (wrong_pin).
class WrappedKey {
 public:
  static constexpr std::size_t kFileBytes = 120;

  //! Wraps `data_key` under `pin` with a fresh salt and nonce.
  static Result<WrappedKey> wrap(const SecretBytes& data_key, const Pin& pin,
                                 const ScryptParams& params);
  //! Parses the file's bytes. not_a_store if it is not a Kith key file, store_damaged if its
  //! checksum fails, store_too_new for a later version.
  static Result<WrappedKey> parse(std::span<const std::uint8_t> bytes);

  //! The data key; wrong_pin if `pin` is not the one it was wrapped with.
  Result<SecretBytes> unwrap(const Pin& pin) const;

  std::vector<std::uint8_t> serialize() const;
  const ScryptParams& params() const { return params_; }

 private:
  ScryptParams params_;
  std::array<std::uint8_t, 16> salt_{};
  std::array<std::uint8_t, 12> nonce_{};
  std::array<std::uint8_t, kDataKeyBytes> ciphertext_{};
  std::array<std::uint8_t, 16> tag_{};
};

}  // namespace kith::crypto
