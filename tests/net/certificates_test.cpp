#include "kith/net/certificates.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "kith/bytes.hpp"
#include "kith/net/https_client.hpp"
#include "samples.hpp"
#include "test_server.hpp"

namespace kith::net {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

struct X509Free {
  void operator()(X509* p) const { X509_free(p); }
  void operator()(X509_STORE* p) const { X509_STORE_free(p); }
  void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(BIO* p) const { BIO_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parse(const std::string& pem) {
  std::unique_ptr<BIO, X509Free> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool key_is_p256(const std::string& key_pem) {
  std::unique_ptr<BIO, X509Free> bio(
      BIO_new_mem_buf(key_pem.data(), static_cast<int>(key_pem.size())));
  std::unique_ptr<EVP_PKEY, X509Free> key(
      PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  return key && EVP_PKEY_is_a(key.get(), "EC") && EVP_PKEY_get_bits(key.get()) == 256;
}

// X509_verify_cert of `certificate` against `authority` alone, at the current time.
int verify(const std::string& authority, const std::string& certificate) {
  std::unique_ptr<X509_STORE, X509Free> store(X509_STORE_new());
  auto ca = parse(authority);
  auto leaf = parse(certificate);
  X509_STORE_add_cert(store.get(), ca.get());
  std::unique_ptr<X509_STORE_CTX, X509Free> ctx(X509_STORE_CTX_new());
  X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr);
  X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
  return X509_verify_cert(ctx.get()) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx.get());
}

std::int64_t unix_time(const ASN1_TIME* time) {
  std::tm tm{};
  ASN1_TIME_to_tm(time, &tm);
  return static_cast<std::int64_t>(timegm(&tm));
}

Pem authority() {
  auto ca = make_certificate_authority("Test CA");
  EXPECT_TRUE(ca) << ca.error().describe();
  return ca ? std::move(ca).value() : Pem{};
}

CertificateSpec server_spec() {
  CertificateSpec spec;
  spec.common_name = "kith.example.org";
  spec.dns_names = {"kith.example.org", "localhost"};
  spec.ip_addresses = {"127.0.0.1", "::1"};
  return spec;
}

TEST(Certificates, AnAuthorityIsACaWithAP256Key) {
  const Pem ca = authority();
  auto certificate = parse(ca.certificate);
  ASSERT_TRUE(certificate);
  EXPECT_EQ(X509_check_ca(certificate.get()), 1);
  EXPECT_EQ(X509_get_extension_flags(certificate.get()) & EXFLAG_SS, EXFLAG_SS);  // self-signed
  const int constraints = X509_get_ext_by_NID(certificate.get(), NID_basic_constraints, -1);
  ASSERT_GE(constraints, 0);
  EXPECT_EQ(X509_EXTENSION_get_critical(X509_get_ext(certificate.get(), constraints)), 1);
  EXPECT_EQ(X509_get_key_usage(certificate.get()),
            static_cast<std::uint32_t>(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
  EXPECT_EQ(X509_get_signature_nid(certificate.get()), NID_ecdsa_with_SHA256);
  EXPECT_TRUE(key_is_p256(ca.private_key));
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  EXPECT_LE(unix_time(X509_get0_notBefore(certificate.get())), now);
  EXPECT_LE(std::llabs(unix_time(X509_get0_notAfter(certificate.get())) - (now + 3650LL * 86400)),
            120);
}

TEST(Certificates, AServerCertificateChainsToItsAuthorityAndNamesItsHosts) {
  const Pem ca = authority();
  auto server = make_server_certificate(ca, server_spec());
  ASSERT_TRUE(server) << server.error().describe();
  EXPECT_EQ(verify(ca.certificate, server->certificate), X509_V_OK);
  EXPECT_NE(verify(authority().certificate, server->certificate), X509_V_OK);

  auto certificate = parse(server->certificate);
  ASSERT_TRUE(certificate);
  EXPECT_EQ(X509_check_host(certificate.get(), "kith.example.org", 0, 0, nullptr), 1);
  EXPECT_EQ(X509_check_host(certificate.get(), "localhost", 0, 0, nullptr), 1);
  EXPECT_EQ(X509_check_host(certificate.get(), "other.example.org", 0, 0, nullptr), 0);
  EXPECT_EQ(X509_check_ip_asc(certificate.get(), "127.0.0.1", 0), 1);
  EXPECT_EQ(X509_check_ip_asc(certificate.get(), "::1", 0), 1);
  EXPECT_EQ(X509_check_ip_asc(certificate.get(), "127.0.0.2", 0), 0);
  EXPECT_EQ(X509_check_ca(certificate.get()), 0);
  EXPECT_NE(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_SERVER, 0u);
  EXPECT_EQ(X509_get_signature_nid(certificate.get()), NID_ecdsa_with_SHA256);
  EXPECT_TRUE(key_is_p256(server->private_key));

  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  EXPECT_LE(std::llabs(unix_time(X509_get0_notBefore(certificate.get())) - (now - 60)), 30);
  EXPECT_LE(
      std::llabs(unix_time(X509_get0_notAfter(certificate.get())) - (now - 60 + 825LL * 86400)),
      30);

  // Serials are random: two certificates for the same spec differ.
  auto again = make_server_certificate(ca, server_spec());
  ASSERT_TRUE(again);
  auto second = parse(again->certificate);
  EXPECT_NE(ASN1_INTEGER_cmp(X509_get0_serialNumber(certificate.get()),
                             X509_get0_serialNumber(second.get())),
            0);
}

TEST(Certificates, AServerCertificateKeepsAGivenValidityPeriod) {
  const Pem ca = authority();
  CertificateSpec spec = server_spec();
  spec.not_before = 1'700'000'000;
  spec.not_after = 1'700'000'000 + 86400;
  auto server = make_server_certificate(ca, spec);
  ASSERT_TRUE(server) << server.error().describe();
  auto certificate = parse(server->certificate);
  EXPECT_EQ(unix_time(X509_get0_notBefore(certificate.get())), spec.not_before);
  EXPECT_EQ(unix_time(X509_get0_notAfter(certificate.get())), spec.not_after);
  EXPECT_EQ(verify(ca.certificate, server->certificate), X509_V_ERR_CERT_HAS_EXPIRED);
}

TEST(Certificates, RefusesSpecsThatMakeNoSense) {
  const Pem ca = authority();
  const Pem other = authority();
  auto refuses = [&](const Pem& issuer, CertificateSpec spec, const std::string& field) {
    auto result = make_server_certificate(issuer, spec);
    ASSERT_FALSE(result) << field;
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument) << result.error().describe();
    EXPECT_EQ(result.error().field, field) << result.error().describe();
  };
  CertificateSpec spec = server_spec();
  spec.common_name.clear();
  refuses(ca, spec, "common_name");
  spec = server_spec();
  spec.common_name = std::string(65, 'a');
  refuses(ca, spec, "common_name");
  spec = server_spec();
  spec.dns_names.clear();
  spec.ip_addresses.clear();
  refuses(ca, spec, "dns_names");
  spec = server_spec();
  spec.dns_names = {"ok.example", "not a name,DNS:evil.example"};
  refuses(ca, spec, "dns_names[1]");
  spec = server_spec();
  spec.ip_addresses = {"300.1.1.1"};
  refuses(ca, spec, "ip_addresses[0]");
  spec = server_spec();
  spec.not_before = 2'000'000'000;
  spec.not_after = 1'999'999'999;
  refuses(ca, spec, "not_after");

  refuses(Pem{ca.certificate, other.private_key}, server_spec(), "ca.private_key");
  refuses(Pem{"", ca.private_key}, server_spec(), "ca.certificate");
  refuses(Pem{ca.certificate, "not a key"}, server_spec(), "ca.private_key");
  auto leaf = make_server_certificate(ca, server_spec());
  ASSERT_TRUE(leaf);
  refuses(*leaf, server_spec(), "ca.certificate");  // a server certificate is no authority

  auto no_name = make_certificate_authority("");
  ASSERT_FALSE(no_name);
  EXPECT_EQ(no_name.error().code, ErrorCode::invalid_argument);
  auto no_days = make_certificate_authority("CA", 0);
  ASSERT_FALSE(no_days);
  EXPECT_EQ(no_days.error().code, ErrorCode::invalid_argument);
}

TEST(Certificates, ThePinIsTheSha256OfTheSubjectPublicKeyInfo) {
  const Pem ca = authority();
  auto server = make_server_certificate(ca, server_spec());
  ASSERT_TRUE(server);
  auto pin = public_key_sha256(server->certificate);
  ASSERT_TRUE(pin) << pin.error().describe();

  // Computed here another way: the certificate's public key as DER SubjectPublicKeyInfo.
  auto certificate = parse(server->certificate);
  std::unique_ptr<EVP_PKEY, X509Free> key(X509_get_pubkey(certificate.get()));
  unsigned char* der = nullptr;
  const int length = i2d_PUBKEY(key.get(), &der);
  ASSERT_GT(length, 0);
  std::array<std::uint8_t, 32> digest{};
  unsigned int digest_length = 0;
  EVP_Digest(der, static_cast<std::size_t>(length), digest.data(), &digest_length, EVP_sha256(),
             nullptr);
  OPENSSL_free(der);
  EXPECT_EQ(*pin, to_hex(digest));
  EXPECT_EQ(pin->size(), 64u);

  auto ca_pin = public_key_sha256(ca.certificate);
  ASSERT_TRUE(ca_pin);
  EXPECT_NE(*ca_pin, *pin);
  auto nothing = public_key_sha256("no certificate here");
  ASSERT_FALSE(nothing);
  EXPECT_EQ(nothing.error().code, ErrorCode::invalid_argument);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned mode_of(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0;
  return info.st_mode & 07777;
}

TEST(DevelopmentCa, WritesFourFilesWithPrivateModes) {
  kith::testing::TempDir temp;
  const fs::path dir = fs::path(temp.path()) / "config" / "dev-ca";
  auto written = write_development_ca(dir);
  ASSERT_TRUE(written) << written.error().describe();
  EXPECT_EQ(mode_of(dir), 0700u);
  EXPECT_EQ(mode_of(dir / "ca.key"), 0600u);
  EXPECT_EQ(mode_of(dir / "server.key"), 0600u);
  EXPECT_EQ(mode_of(dir / "ca.pem"), 0644u);
  EXPECT_EQ(mode_of(dir / "server.pem"), 0644u);
  EXPECT_EQ(verify(read_file(dir / "ca.pem"), read_file(dir / "server.pem")), X509_V_OK);
  EXPECT_TRUE(key_is_p256(read_file(dir / "ca.key")));

  // A second run refuses and changes nothing.
  const std::string authority_before = read_file(dir / "ca.pem");
  auto again = write_development_ca(dir);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::store_exists);
  EXPECT_EQ(read_file(dir / "ca.pem"), authority_before);
}

TEST(DevelopmentCa, FinishesARunThatWasCutShort) {
  kith::testing::TempDir temp;
  const fs::path dir = fs::path(temp.path()) / "dev-ca";
  ASSERT_TRUE(write_development_ca(dir));
  fs::remove(dir / "ca.key");  // as if the run had stopped before its last file
  auto written = write_development_ca(dir);
  ASSERT_TRUE(written) << written.error().describe();
  EXPECT_EQ(verify(read_file(dir / "ca.pem"), read_file(dir / "server.pem")), X509_V_OK);
}

TEST(DevelopmentCa, ItsServerCertificateServes127001AndLocalhost) {
  kith::testing::TempDir temp;
  const fs::path dir = fs::path(temp.path()) / "dev-ca";
  ASSERT_TRUE(write_development_ca(dir));
  const Pem identity{read_file(dir / "server.pem"), read_file(dir / "server.key")};
  testing::TestServer server(identity, testing::http_session(testing::echo));
  for (const std::string host : {"127.0.0.1", "localhost"}) {
    ClientOptions options;
    options.connect_timeout = 5s;
    options.request_timeout = 5s;
    auto client =
        HttpsClient::create(server.url(host), TlsTrust{read_file(dir / "ca.pem"), {}}, options);
    ASSERT_TRUE(client) << client.error().describe();
    Request request;
    request.target = "/v1/ping";
    auto response = client->send(request);
    ASSERT_TRUE(response) << host << ": " << response.error().describe();
    EXPECT_EQ(response->status, 200u);
  }
}

}  // namespace
}  // namespace kith::net
