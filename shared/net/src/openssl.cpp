#include "openssl.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <array>
#include <climits>

#include "kith/bytes.hpp"

namespace kith::net::detail {

OsslPtr<BIO> memory_reader(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
  return OsslPtr<BIO>(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

std::vector<OsslPtr<X509>> read_certificates(std::string_view pem) {
  std::vector<OsslPtr<X509>> certificates;
  auto bio = memory_reader(pem);
  if (!bio) return certificates;
  while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    certificates.emplace_back(certificate);
  }
  // The read that ends the loop leaves "no start line" on the error queue: not a failure.
  ERR_clear_error();
  return certificates;
}

Result<std::string> spki_sha256(X509* certificate) {
  X509_PUBKEY* key = X509_get_X509_PUBKEY(certificate);
  const int length = key != nullptr ? i2d_X509_PUBKEY(key, nullptr) : -1;
  if (length <= 0) {
    return unexpected(ErrorCode::crypto_failure,
                      "The certificate's public key could not be read: " + last_openssl_error());
  }
  std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
  unsigned char* out = der.data();
  i2d_X509_PUBKEY(key, &out);
  std::array<std::uint8_t, EVP_MAX_MD_SIZE> digest{};
  unsigned int digest_length = 0;
  if (EVP_Digest(der.data(), der.size(), digest.data(), &digest_length, EVP_sha256(), nullptr) !=
      1) {
    return unexpected(ErrorCode::crypto_failure,
                      "SHA-256 of the certificate's key failed: " + last_openssl_error());
  }
  return to_hex(std::span<const std::uint8_t>(digest.data(), digest_length));
}

std::string last_openssl_error() {
  const unsigned long code = ERR_peek_last_error();
  std::array<char, 256> text{};
  ERR_error_string_n(code, text.data(), text.size());
  ERR_clear_error();
  return code == 0 ? std::string("unknown error") : std::string(text.data());
}

}  // namespace kith::net::detail
