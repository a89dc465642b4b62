#include "server_key.hpp"

#include <algorithm>
#include <cstdlib>

#include "kith/bytes.hpp"

namespace kith::server {

std::optional<std::string> server_key_from_environment() {
  const char* env = std::getenv(kServerKeyVariable);
  if (env == nullptr || *env == '\0') return std::nullopt;
  return std::string(env);
}

Result<SecretBytes> parse_server_key(std::string hex) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' ')) hex.pop_back();
  auto raw = from_hex(hex);
  secure_wipe(hex.data(), hex.size());
  if (!raw || raw->size() != 32) {
    return unexpected(ErrorCode::invalid_argument,
                      "The server key must be 64 hexadecimal characters (32 bytes).");
  }
  SecretBytes key(raw->size());
  std::copy(raw->begin(), raw->end(), key.data());
  secure_wipe(raw->data(), raw->size());
  return key;
}

}  // namespace kith::server
