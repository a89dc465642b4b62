#include "kith/crypto/wrapped_key.hpp"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "gcm.hpp"
#include "kith/bytes.hpp"

namespace kith::crypto {

namespace {

constexpr std::array<std::uint8_t, 6> kMagic = {'K', 'I', 'T', 'H', 'W', 'K'};
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kAadBytes = 40;
constexpr std::size_t kBodyBytes = 88;

struct KdfDeleter {
  void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
  void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
};

Unexpected crypto_error(const char* what) {
  return unexpected(ErrorCode::crypto_failure, std::string("The crypto library failed: ") + what);
}

// Bounds that keep a tampered or damaged file from asking for absurd memory or time. scrypt
// needs 128 * N * r bytes: the standard cost 128 MiB, and at most 1 GiB here (each bound alone
// would allow 16 GiB, log2_n 22 with r 32), which a phone must be able to refuse, not try.
bool sane(const ScryptParams& p) {
  constexpr std::uint64_t kMaxMemory = std::uint64_t{1} << 30;
  return p.log2_n >= 10 && p.log2_n <= 22 && p.r >= 1 && p.r <= 32 && p.p >= 1 && p.p <= 4 &&
         (std::uint64_t{128} << p.log2_n) * p.r <= kMaxMemory;
}

}  // namespace

Result<SecretBytes> new_data_key() {
  SecretBytes key(kDataKeyBytes);
  KITH_TRY(random_bytes(key.span()));
  return key;
}

Result<SecretBytes> derive_pin_key(const Pin& pin, std::span<const std::uint8_t> salt,
                                   const ScryptParams& params) {
  if (!sane(params)) return crypto_error("scrypt parameters out of bounds");
  std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
  if (!kdf) return crypto_error("scrypt is not available");
  std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
  if (!ctx) return crypto_error("scrypt context");
  std::uint64_t n = std::uint64_t{1} << params.log2_n;
  std::uint32_t r = params.r, p = params.p;
  // OpenSSL's default cap is 32 MiB; allow what the parameters need (128 * N * r) plus slack.
  std::uint64_t maxmem = 128 * n * r * 2;
  // The PIN may be empty only in a test of refusal; OpenSSL needs a non-null pointer.
  static const std::uint8_t empty = 0;
  const void* pass = pin.size() > 0 ? static_cast<const void*>(pin.bytes().data()) : &empty;
  OSSL_PARAM ossl[] = {
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<void*>(pass),
                                        pin.size()),
      OSSL_PARAM_construct_octet_string(
          OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t*>(salt.data()), salt.size()),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
      OSSL_PARAM_construct_end()};
  SecretBytes out(kDataKeyBytes);
  if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), ossl) != 1) {
    return crypto_error("scrypt derivation");
  }
  return out;
}

Result<WrappedKey> WrappedKey::wrap(const SecretBytes& data_key, const Pin& pin,
                                    const ScryptParams& params) {
  if (data_key.size() != kDataKeyBytes) {
    return unexpected(ErrorCode::invalid_argument, "A data key is 32 bytes.");
  }
  WrappedKey w;
  w.params_ = params;
  KITH_TRY(random_bytes(w.salt_));
  KITH_TRY(random_bytes(w.nonce_));
  KITH_ASSIGN(SecretBytes kek, derive_pin_key(pin, w.salt_, params));
  const std::vector<std::uint8_t> header = w.serialize();
  if (!detail::gcm(true, kek, w.nonce_, std::span(header).first(kAadBytes), data_key.span(), w.ciphertext_,
           w.tag_)) {
    return crypto_error("AES-GCM encryption");
  }
  return w;
}

Result<WrappedKey> WrappedKey::parse(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), bytes.begin())) {
    return unexpected(ErrorCode::not_a_store, "This is not a Kith key file.");
  }
  if (bytes.size() > 6 && bytes[6] > kVersion) {
    return unexpected(ErrorCode::store_too_new,
                      "This store was made by a newer version of Kith: update the app.");
  }
  std::array<std::uint8_t, SHA256_DIGEST_LENGTH> digest{};
  if (bytes.size() != kFileBytes ||
      SHA256(bytes.data(), kBodyBytes, digest.data()) == nullptr ||
      !std::equal(digest.begin(), digest.end(), bytes.begin() + kBodyBytes) || bytes[6] != kVersion) {
    return unexpected(ErrorCode::store_damaged,
                      "The store's key file is damaged. Restore it from a backup, or enrol this "
                      "device again and sync.");
  }
  WrappedKey w;
  w.params_ = {bytes[8], bytes[9], bytes[10]};
  // The reserved bytes are 0 in every file Kith writes (serialize()); a file with others was not
  // written by this version, and would not read back as the same bytes.
  if (!sane(w.params_) || bytes[7] != 0 || bytes[11] != 0) {
    return unexpected(ErrorCode::store_damaged, "The store's key file has impossible settings.");
  }
  auto take = [&](std::size_t offset, auto& into) {
    std::copy_n(bytes.begin() + static_cast<std::ptrdiff_t>(offset), into.size(), into.begin());
  };
  take(12, w.salt_);
  take(28, w.nonce_);
  take(40, w.ciphertext_);
  take(72, w.tag_);
  return w;
}

Result<SecretBytes> WrappedKey::unwrap(const Pin& pin) const {
  KITH_ASSIGN(SecretBytes kek, derive_pin_key(pin, salt_, params_));
  const std::vector<std::uint8_t> header = serialize();
  SecretBytes key(kDataKeyBytes);
  std::array<std::uint8_t, 16> tag = tag_;
  if (!detail::gcm(false, kek, nonce_, std::span(header).first(kAadBytes), ciphertext_, key.span(), tag)) {
    return unexpected(ErrorCode::wrong_pin, "That PIN is not right. Nothing was changed.");
  }
  return key;
}

std::vector<std::uint8_t> WrappedKey::serialize() const {
  std::vector<std::uint8_t> out(kFileBytes, 0);
  std::copy(kMagic.begin(), kMagic.end(), out.begin());
  out[6] = kVersion;
  out[8] = params_.log2_n;
  out[9] = params_.r;
  out[10] = params_.p;
  auto put = [&](std::size_t offset, const auto& from) {
    std::copy(from.begin(), from.end(), out.begin() + static_cast<std::ptrdiff_t>(offset));
  };
  put(12, salt_);
  put(28, nonce_);
  put(40, ciphertext_);
  put(72, tag_);
  SHA256(out.data(), kBodyBytes, out.data() + kBodyBytes);
  return out;
}

}  // namespace kith::crypto
