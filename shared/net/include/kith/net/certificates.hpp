#pragma once
//! Certificate tools for `kith-admin dev-ca` and the tests: a certificate authority, server
//! certificates signed by it (ECDSA P-256, SHA-256), and the key pin HttpsClient checks. All
//! functions are pure apart from write_development_ca() and may be called from any thread.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"

namespace kith::net {

//! A certificate and its private key, both PEM (the key unencrypted PKCS#8). The key is wiped
//! when the Pem goes; it is still a plain string, so keep copies few.
struct Pem {
  std::string certificate;
  std::string private_key;
  ~Pem();
};

struct CertificateSpec {
  std::string common_name;
  std::vector<std::string> dns_names;     //!< subjectAltName DNS, e.g. "kith.example.org"
  std::vector<std::string> ip_addresses;  //!< subjectAltName IP, e.g. "127.0.0.1" or "::1"
  std::int64_t not_before = 0;            //!< unix seconds; 0 = now - 60 s
  std::int64_t not_after = 0;             //!< unix seconds; 0 = not_before + 825 days
};

//! A self-signed authority: basicConstraints CA:TRUE (critical), keyUsage keyCertSign and
//! cRLSign (critical), valid from a minute ago for `valid_days`. invalid_argument for an empty
//! name or a non-positive number of days; crypto_failure if OpenSSL fails.
[[nodiscard]] Result<Pem> make_certificate_authority(std::string_view common_name,
                                                     int valid_days = 3650);

//! A server certificate signed by `ca`: the spec's names as subjectAltName, extended key usage
//! serverAuth, a random 128-bit serial. invalid_argument for an empty common name, no names at
//! all, a malformed DNS name or IP address, not_after not after not_before, or a `ca` whose
//! certificate and key do not match; crypto_failure if OpenSSL fails.
[[nodiscard]] Result<Pem> make_server_certificate(const Pem& ca, const CertificateSpec& spec);

//! The pin of a certificate: lower-case hex SHA-256 of its SubjectPublicKeyInfo (DER). The pin
//! stays the same when a certificate is renewed with the same key. invalid_argument if the text
//! holds no PEM certificate.
[[nodiscard]] Result<std::string> public_key_sha256(std::string_view certificate_pem);

//! Writes ca.pem, ca.key, server.pem and server.key into `dir` (created with mode 0700 if
//! missing; keys 0600, certificates 0644), the server certificate being for 127.0.0.1 and
//! localhost. store_exists if `dir` already holds ca.key (nothing is changed); io_error if a
//! file cannot be written. ca.key is written last, so a run cut short can simply be repeated.
[[nodiscard]] Result<void> write_development_ca(const std::filesystem::path& dir);

}  // namespace kith::net
