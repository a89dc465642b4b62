#pragma once
// RAII owners for the OpenSSL handles kith_net uses, and the few helpers both the client and the
// certificate tools need. Private to kith_net.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"

namespace kith::net::detail {

struct OpenSslFree {
  void operator()(BIO* p) const noexcept { BIO_free_all(p); }
  void operator()(X509* p) const noexcept { X509_free(p); }
  void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
  void operator()(EVP_PKEY_CTX* p) const noexcept { EVP_PKEY_CTX_free(p); }
  void operator()(X509_NAME* p) const noexcept { X509_NAME_free(p); }
  void operator()(X509_EXTENSION* p) const noexcept { X509_EXTENSION_free(p); }
  void operator()(X509_STORE* p) const noexcept { X509_STORE_free(p); }
  void operator()(X509_STORE_CTX* p) const noexcept { X509_STORE_CTX_free(p); }
  void operator()(GENERAL_NAMES* p) const noexcept { GENERAL_NAMES_free(p); }
  void operator()(ASN1_OCTET_STRING* p) const noexcept { ASN1_OCTET_STRING_free(p); }
  void operator()(BIGNUM* p) const noexcept { BN_free(p); }
};

template <typename T>
using OsslPtr = std::unique_ptr<T, OpenSslFree>;

//! A read-only memory BIO over `text` (which must outlive it).
OsslPtr<BIO> memory_reader(std::string_view text);

//! Every certificate in a PEM text, in order; an empty list if there is none. Text between
//! certificates (comments, other blocks) is skipped.
std::vector<OsslPtr<X509>> read_certificates(std::string_view pem);

//! The pin of a certificate: lower-case hex SHA-256 of its SubjectPublicKeyInfo in DER.
Result<std::string> spki_sha256(X509* certificate);

//! The reason of the last OpenSSL error on this thread, for crypto_failure messages (never holds
//! key material); clears the thread's error queue.
std::string last_openssl_error();

}  // namespace kith::net::detail
