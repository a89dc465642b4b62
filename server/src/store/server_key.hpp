#pragma once
// The server key: 32 bytes written as 64 hex digits, in KITH_SERVER_KEY or (SQLCipher store only)
// the file DIR/server.key. Both stores read it the same way.

#include <optional>
#include <string>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::server {

inline constexpr const char* kServerKeyVariable = "KITH_SERVER_KEY";

//! The key in KITH_SERVER_KEY, or nothing when it is unset or empty.
std::optional<std::string> server_key_from_environment();
//! Parses 64 hex digits (trailing newline or spaces allowed) and wipes `hex`. invalid_argument
//! with a sentence if it is not a key.
Result<SecretBytes> parse_server_key(std::string hex);

}  // namespace kith::server
