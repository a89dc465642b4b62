#include "kith/net/certificates.hpp"

#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <system_error>

#include "host_names.hpp"
#include "kith/bytes.hpp"
#include "kith/secret.hpp"
#include "openssl.hpp"

namespace kith::net {

Pem::~Pem() {
  secure_wipe(private_key.data(), private_key.size());
}

namespace {

using detail::OsslPtr;

constexpr std::int64_t kDay = 24 * 60 * 60;
constexpr std::int64_t kServerDays =
    825;  // the longest lifetime browsers accepted; plenty for a dev CA

Unexpected crypto_error(std::string_view what) {
  return unexpected(ErrorCode::crypto_failure,
                    std::string(what) + " failed in OpenSSL: " + detail::last_openssl_error());
}

Unexpected bad_spec(std::string message, std::string field) {
  return unexpected(ErrorCode::invalid_argument, std::move(message), std::move(field));
}

Result<OsslPtr<EVP_PKEY>> generate_p256_key() {
  OsslPtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 ||
      EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1) {
    return crypto_error("Preparing an ECDSA P-256 key");
  }
  EVP_PKEY* key = nullptr;
  if (EVP_PKEY_generate(ctx.get(), &key) != 1) return crypto_error("Generating an ECDSA P-256 key");
  return OsslPtr<EVP_PKEY>(key);
}

Result<std::string> drain(BIO* bio) {
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  if (size < 0 || (size > 0 && data == nullptr)) return crypto_error("Reading PEM output");
  return std::string(data, static_cast<std::size_t>(size));
}

Result<std::string> certificate_pem(X509* certificate) {
  OsslPtr<BIO> bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
    return crypto_error("Writing a certificate");
  return drain(bio.get());
}

Result<std::string> private_key_pem(EVP_PKEY* key) {
  // A secure-memory BIO: OpenSSL wipes its buffer when it is freed.
  OsslPtr<BIO> bio(BIO_new(BIO_s_secmem()));
  if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
    return crypto_error("Writing a private key");
  return drain(bio.get());
}

Result<void> set_serial(X509* certificate) {
  // 128 random bits, the top one cleared so that the DER INTEGER is positive (RFC 5280 4.1.2.2).
  std::array<std::uint8_t, 16> bytes{};
  KITH_TRY(random_bytes(bytes));
  bytes[0] = static_cast<std::uint8_t>((bytes[0] & 0x7f) | 0x01);  // never zero, never negative
  OsslPtr<BIGNUM> number(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
  if (!number || BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)) == nullptr)
    return crypto_error("Setting a serial number");
  return {};
}

Result<void> set_validity(X509* certificate, std::int64_t not_before, std::int64_t not_after) {
  // ASN1_TIME_set picks UTCTime up to 2049 and GeneralizedTime after, as RFC 5280 requires.
  if (ASN1_TIME_set(X509_getm_notBefore(certificate), static_cast<std::time_t>(not_before)) ==
          nullptr ||
      ASN1_TIME_set(X509_getm_notAfter(certificate), static_cast<std::time_t>(not_after)) ==
          nullptr)
    return crypto_error("Setting the validity period");
  return {};
}

Result<void> set_subject(X509* certificate, std::string_view common_name) {
  const std::string name(common_name);
  X509_NAME* subject = X509_get_subject_name(certificate);
  if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                 reinterpret_cast<const unsigned char*>(name.c_str()), -1, -1,
                                 0) != 1) {
    return bad_spec("The common name could not be used in a certificate (at most 64 characters).",
                    "common_name");
  }
  return {};
}

// Adds an extension written in OpenSSL's configuration syntax; `issuer` and `subject` give the
// key identifiers their keys.
Result<void> add_extension(X509* subject, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer, subject, nullptr, nullptr, 0);
  OsslPtr<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
  if (!extension || X509_add_ext(subject, extension.get(), -1) != 1)
    return crypto_error(std::string("Adding the extension ") + OBJ_nid2sn(nid));
  return {};
}

// subjectAltName built from the parsed names, not from configuration text, so that no name can
// smuggle in another entry.
Result<void> add_subject_alt_names(X509* certificate, const CertificateSpec& spec) {
  OsslPtr<GENERAL_NAMES> names(sk_GENERAL_NAME_new_null());
  if (!names) return crypto_error("Making the subject alternative names");
  for (std::size_t i = 0; i < spec.dns_names.size(); ++i) {
    const std::string& dns = spec.dns_names[i];
    if (!detail::is_dns_name(dns)) {
      return bad_spec("\"" + dns + "\" is not a valid DNS name.",
                      "dns_names[" + std::to_string(i) + "]");
    }
    GENERAL_NAME* name = GENERAL_NAME_new();
    ASN1_IA5STRING* text = ASN1_IA5STRING_new();
    if (name == nullptr || text == nullptr ||
        ASN1_STRING_set(text, dns.data(), static_cast<int>(dns.size())) != 1) {
      GENERAL_NAME_free(name);
      ASN1_IA5STRING_free(text);
      return crypto_error("Adding a DNS name");
    }
    GENERAL_NAME_set0_value(name, GEN_DNS, text);
    if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
      GENERAL_NAME_free(name);
      return crypto_error("Adding a DNS name");
    }
  }
  for (std::size_t i = 0; i < spec.ip_addresses.size(); ++i) {
    const std::string& ip = spec.ip_addresses[i];
    if (!detail::is_ipv4_literal(ip) && !detail::is_ipv6_literal(ip)) {
      return bad_spec("\"" + ip + "\" is not a valid IP address.",
                      "ip_addresses[" + std::to_string(i) + "]");
    }
    OsslPtr<ASN1_OCTET_STRING> octets(a2i_IPADDRESS(ip.c_str()));
    GENERAL_NAME* name = GENERAL_NAME_new();
    if (!octets || name == nullptr) {
      GENERAL_NAME_free(name);
      return crypto_error("Adding an IP address");
    }
    GENERAL_NAME_set0_value(name, GEN_IPADD, octets.release());
    if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
      GENERAL_NAME_free(name);
      return crypto_error("Adding an IP address");
    }
  }
  if (X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
    return crypto_error("Adding the subject alternative names");
  return {};
}

// A certificate for `key` named `common_name`, issued by `issuer` (nullptr: by itself), without
// extensions and not yet signed.
Result<OsslPtr<X509>> new_certificate(EVP_PKEY* key, std::string_view common_name, X509* issuer,
                                      std::int64_t not_before, std::int64_t not_after) {
  OsslPtr<X509> certificate(X509_new());
  if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
    return crypto_error("Making a certificate");
  KITH_TRY(set_serial(certificate.get()));
  KITH_TRY(set_validity(certificate.get(), not_before, not_after));
  KITH_TRY(set_subject(certificate.get(), common_name));
  X509_NAME* issuer_name =
      issuer != nullptr ? X509_get_subject_name(issuer) : X509_get_subject_name(certificate.get());
  if (X509_set_issuer_name(certificate.get(), issuer_name) != 1 ||
      X509_set_pubkey(certificate.get(), key) != 1)
    return crypto_error("Making a certificate");
  return certificate;
}

Result<void> sign(X509* certificate, EVP_PKEY* issuer_key) {
  if (X509_sign(certificate, issuer_key, EVP_sha256()) <= 0)
    return crypto_error("Signing a certificate");
  return {};
}

std::int64_t now_seconds() {
  return static_cast<std::int64_t>(std::time(nullptr));
}

// Writes `contents` to `path` with `mode` (whatever the umask), replacing the file unless
// `exclusive`, in which case an existing file is store_exists. Flushed to disk before it returns.
Result<void> write_file(const std::filesystem::path& path, std::string_view contents, mode_t mode,
                        bool exclusive) {
  const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (exclusive ? O_EXCL : O_TRUNC);
  const int fd = ::open(path.c_str(), flags, mode);
  if (fd < 0) {
    const int error = errno;
    if (exclusive && error == EEXIST) {
      return unexpected(ErrorCode::store_exists,
                        path.string() + " already exists; refusing to replace it.");
    }
    return unexpected(ErrorCode::io_error,
                      "Could not create " + path.string() + ": " + std::strerror(error) + ".");
  }
  bool ok = ::fchmod(fd, mode) == 0;
  std::size_t written = 0;
  while (ok && written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) written += static_cast<std::size_t>(n);
  }
  ok = ok && ::fsync(fd) == 0;
  const int error = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    return unexpected(ErrorCode::io_error,
                      "Could not write " + path.string() + ": " + std::strerror(error) + ".");
  }
  return {};
}

Result<void> make_private_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return {};
  if (!dir.parent_path().empty()) std::filesystem::create_directories(dir.parent_path(), ec);
  // mkdir with the mode itself, not a later chmod: the folder is never readable by others.
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return unexpected(ErrorCode::io_error, "Could not create the folder " + dir.string() + ": " +
                                               std::strerror(errno) + ".");
  }
  if (!std::filesystem::is_directory(dir, ec)) {
    return unexpected(ErrorCode::io_error, dir.string() + " is not a folder.");
  }
  return {};
}

}  // namespace

Result<Pem> make_certificate_authority(std::string_view common_name, int valid_days) {
  if (common_name.empty()) return bad_spec("The authority needs a name.", "common_name");
  if (valid_days <= 0)
    return bad_spec("The authority must be valid for at least a day.", "valid_days");
  const std::int64_t not_before = now_seconds() - 60;
  const std::int64_t not_after = not_before + static_cast<std::int64_t>(valid_days) * kDay;

  KITH_ASSIGN(auto key, generate_p256_key());
  KITH_ASSIGN(auto certificate,
              new_certificate(key.get(), common_name, nullptr, not_before, not_after));
  X509* c = certificate.get();
  KITH_TRY(add_extension(c, c, NID_basic_constraints, "critical,CA:TRUE"));
  KITH_TRY(add_extension(c, c, NID_key_usage, "critical,keyCertSign,cRLSign"));
  KITH_TRY(add_extension(c, c, NID_subject_key_identifier, "hash"));
  KITH_TRY(add_extension(c, c, NID_authority_key_identifier, "keyid:always"));
  KITH_TRY(sign(c, key.get()));

  Pem pem;
  KITH_ASSIGN(pem.certificate, certificate_pem(c));
  KITH_ASSIGN(pem.private_key, private_key_pem(key.get()));
  return pem;
}

Result<Pem> make_server_certificate(const Pem& ca, const CertificateSpec& spec) {
  if (spec.common_name.empty())
    return bad_spec("The certificate needs a common name.", "common_name");
  if (spec.dns_names.empty() && spec.ip_addresses.empty()) {
    return bad_spec("A server certificate needs at least one DNS name or IP address.", "dns_names");
  }
  const std::int64_t not_before = spec.not_before != 0 ? spec.not_before : now_seconds() - 60;
  const std::int64_t not_after =
      spec.not_after != 0 ? spec.not_after : not_before + kServerDays * kDay;
  if (not_after <= not_before)
    return bad_spec("not_after must be later than not_before.", "not_after");

  auto ca_certificates = detail::read_certificates(ca.certificate);
  if (ca_certificates.empty()) {
    return bad_spec("The authority's PEM holds no certificate.", "ca.certificate");
  }
  X509* issuer = ca_certificates.front().get();
  auto key_bio = detail::memory_reader(ca.private_key);
  OsslPtr<EVP_PKEY> issuer_key(
      key_bio ? PEM_read_bio_PrivateKey(key_bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!issuer_key) {
    ERR_clear_error();
    return bad_spec("The authority's private key is not an unencrypted PEM key.", "ca.private_key");
  }
  if (X509_check_private_key(issuer, issuer_key.get()) != 1) {
    ERR_clear_error();
    return bad_spec("The authority's certificate and private key do not belong together.",
                    "ca.private_key");
  }
  if (X509_check_ca(issuer) < 1) {
    return bad_spec("The authority's certificate is not a certificate authority.",
                    "ca.certificate");
  }

  KITH_ASSIGN(auto key, generate_p256_key());
  KITH_ASSIGN(auto certificate,
              new_certificate(key.get(), spec.common_name, issuer, not_before, not_after));
  X509* c = certificate.get();
  KITH_TRY(add_subject_alt_names(c, spec));
  KITH_TRY(add_extension(c, issuer, NID_basic_constraints, "critical,CA:FALSE"));
  KITH_TRY(add_extension(c, issuer, NID_key_usage, "critical,digitalSignature"));
  KITH_TRY(add_extension(c, issuer, NID_ext_key_usage, "serverAuth"));
  KITH_TRY(add_extension(c, issuer, NID_subject_key_identifier, "hash"));
  KITH_TRY(add_extension(c, issuer, NID_authority_key_identifier, "keyid:always"));
  KITH_TRY(sign(c, issuer_key.get()));

  Pem pem;
  KITH_ASSIGN(pem.certificate, certificate_pem(c));
  KITH_ASSIGN(pem.private_key, private_key_pem(key.get()));
  return pem;
}

Result<std::string> public_key_sha256(std::string_view certificate_pem) {
  auto certificates = detail::read_certificates(certificate_pem);
  if (certificates.empty()) {
    return unexpected(ErrorCode::invalid_argument, "The text holds no PEM certificate.",
                      "certificate_pem");
  }
  return detail::spki_sha256(certificates.front().get());
}

Result<void> write_development_ca(const std::filesystem::path& dir) {
  KITH_TRY(make_private_directory(dir));
  std::error_code ec;
  if (std::filesystem::exists(dir / "ca.key", ec)) {
    return unexpected(ErrorCode::store_exists,
                      (dir / "ca.key").string() +
                          " already exists; refusing to replace a certificate authority.");
  }
  KITH_ASSIGN(const Pem ca, make_certificate_authority("Kith development CA"));
  CertificateSpec spec;
  spec.common_name = "localhost";
  spec.dns_names = {"localhost"};
  spec.ip_addresses = {"127.0.0.1", "::1"};
  KITH_ASSIGN(const Pem server, make_server_certificate(ca, spec));

  KITH_TRY(write_file(dir / "server.pem", server.certificate, 0644, false));
  KITH_TRY(write_file(dir / "server.key", server.private_key, 0600, false));
  KITH_TRY(write_file(dir / "ca.pem", ca.certificate, 0644, false));
  KITH_TRY(write_file(dir / "ca.key", ca.private_key, 0600, true));
  return {};
}

}  // namespace kith::net
