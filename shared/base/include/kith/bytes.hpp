#pragma once
//! Small helpers for bytes: hex, random, ids.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith {

std::string to_hex(std::span<const std::uint8_t> bytes);
//! Parses lower- or upper-case hex; invalid_argument on an odd length or a non-hex digit.
Result<std::vector<std::uint8_t>> from_hex(std::string_view hex);

//! Fills `out` from the operating system's CSPRNG (OpenSSL RAND_bytes). crypto_failure if the
//! generator is not seeded, which on Linux does not happen after boot.
Result<void> random_bytes(std::span<std::uint8_t> out);

//! A random version-4 UUID in lower case, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string new_uuid();

//! True for a lower-case UUID of the form new_uuid() makes (any version).
bool is_uuid(std::string_view text) noexcept;

}  // namespace kith
