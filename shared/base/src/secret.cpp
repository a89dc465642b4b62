#include "kith/secret.hpp"

#include <openssl/crypto.h>

namespace kith {

void secure_wipe(void* data, std::size_t size) noexcept {
  if (data != nullptr && size > 0) OPENSSL_cleanse(data, size);
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
  if (this != &other) {
    wipe();
    bytes_ = std::move(other.bytes_);
    other.bytes_.clear();
  }
  return *this;
}

bool SecretBytes::operator==(const SecretBytes& other) const {
  if (bytes_.size() != other.bytes_.size()) return false;
  return CRYPTO_memcmp(bytes_.data(), other.bytes_.data(), bytes_.size()) == 0;
}

void SecretBytes::wipe() noexcept { secure_wipe(bytes_.data(), bytes_.size()); }

}  // namespace kith
