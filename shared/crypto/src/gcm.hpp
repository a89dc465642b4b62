#pragma once
// AES-256-GCM, one shot, for the wrapped key file and sealed values.

#include <cstdint>
#include <span>

#include "kith/secret.hpp"

namespace kith::crypto::detail {

//! Encrypts `in` into `out` (same size) and writes the tag, or decrypts and checks the tag
//! (false if it does not match, or if OpenSSL fails).
bool gcm(bool encrypt, const SecretBytes& key, std::span<const std::uint8_t> nonce,
         std::span<const std::uint8_t> aad, std::span<const std::uint8_t> in,
         std::span<std::uint8_t> out, std::span<std::uint8_t> tag);

}  // namespace kith::crypto::detail
