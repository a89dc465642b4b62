#include "kith/crypto/seal.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <array>
#include <memory>

#include "gcm.hpp"
#include "kith/bytes.hpp"

namespace kith::crypto {

namespace {

constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

struct CipherDeleter {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

std::span<const std::uint8_t> bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace

namespace detail {

bool gcm(bool encrypt, const SecretBytes& key, std::span<const std::uint8_t> nonce,
         std::span<const std::uint8_t> aad, std::span<const std::uint8_t> in,
         std::span<std::uint8_t> out, std::span<std::uint8_t> tag) {
  std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> ctx(EVP_CIPHER_CTX_new());
  if (!ctx || key.size() != 32) return false;
  int len = 0;
  auto* c = ctx.get();
  const int enc = encrypt ? 1 : 0;
  if (EVP_CipherInit_ex(c, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1) return false;
  if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1)
    return false;
  if (EVP_CipherInit_ex(c, nullptr, nullptr, key.data(), nonce.data(), enc) != 1) return false;
  if (!aad.empty() &&
      EVP_CipherUpdate(c, nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1)
    return false;
  if (!in.empty() &&
      EVP_CipherUpdate(c, out.data(), &len, in.data(), static_cast<int>(in.size())) != 1)
    return false;
  if (!encrypt &&
      EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()), tag.data()) != 1)
    return false;
  int tail = 0;
  if (EVP_CipherFinal_ex(c, out.data() + len, &tail) != 1) return false;
  if (encrypt &&
      EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, static_cast<int>(tag.size()), tag.data()) != 1)
    return false;
  return true;
}

}  // namespace detail

Result<std::string> seal(const SecretBytes& key, std::string_view plain, std::string_view context) {
  if (key.size() != 32) return unexpected(ErrorCode::crypto_failure, "A sealing key must be 32 bytes.");
  std::string out(kNonceBytes + plain.size() + kTagBytes, '\0');
  auto* raw = reinterpret_cast<std::uint8_t*>(out.data());
  std::span<std::uint8_t> nonce(raw, kNonceBytes);
  KITH_TRY(random_bytes(nonce));
  std::span<std::uint8_t> body(raw + kNonceBytes, plain.size());
  std::span<std::uint8_t> tag(raw + kNonceBytes + plain.size(), kTagBytes);
  if (!detail::gcm(true, key, nonce, bytes_of(context), bytes_of(plain), body, tag)) {
    return unexpected(ErrorCode::crypto_failure, "The crypto library could not seal a value.");
  }
  return out;
}

Result<std::string> unseal(const SecretBytes& key, std::string_view sealed,
                           std::string_view context) {
  if (sealed.size() < kNonceBytes + kTagBytes) {
    return unexpected(ErrorCode::store_damaged, "A sealed value is too short: the store is damaged.");
  }
  const auto in = bytes_of(sealed);
  const std::size_t length = sealed.size() - kNonceBytes - kTagBytes;
  std::string out(length, '\0');
  std::array<std::uint8_t, kTagBytes> tag{};
  std::copy_n(in.begin() + static_cast<std::ptrdiff_t>(kNonceBytes + length), kTagBytes, tag.begin());
  if (!detail::gcm(false, key, in.first(kNonceBytes), bytes_of(context),
                   in.subspan(kNonceBytes, length),
                   std::span(reinterpret_cast<std::uint8_t*>(out.data()), length), tag)) {
    secure_wipe(out.data(), out.size());
    return unexpected(ErrorCode::store_damaged,
                      "A sealed value does not open with the server key: it was changed, moved, or "
                      "sealed under another key.");
  }
  return out;
}

std::string keyed_digest(const SecretBytes& key, std::string_view data) {
  std::array<std::uint8_t, 32> mac{};
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac.data(), &length);
  return to_hex(std::span(mac.data(), length));
}

}  // namespace kith::crypto
