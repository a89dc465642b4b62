#include "net/detail/tls_context.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <boost/asio/ssl/error.hpp>

#include <boost/system/error_code.hpp>

namespace kith::server::detail {

namespace ssl = boost::asio::ssl;

namespace {

//! TLS 1.2 suites: forward secrecy (ECDHE) and AEAD only, strongest first. TLS 1.3 suites are
//! all AEAD with forward secrecy; OpenSSL's default list for them stays.
constexpr const char* kTls12Ciphers =
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

std::string openssl_reason(const boost::system::error_code& ec) {
  std::string reason = ec.message();
  ERR_clear_error();
  return reason;
}

}  // namespace

Result<std::unique_ptr<ssl::context>> make_tls_context(const std::string& certificate_file,
                                                       const std::string& private_key_file) {
  auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
  SSL_CTX* native = context->native_handle();
  if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1 ||
      SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1) {
    ERR_clear_error();
    return unexpected(ErrorCode::crypto_failure,
                      "OpenSSL refused the TLS settings (TLS 1.2+, ECDHE with AEAD ciphers).");
  }
  SSL_CTX_set_options(native, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                  SSL_OP_CIPHER_SERVER_PREFERENCE);
  // Idle keep-alive connections give their TLS read and write buffers back (~34 KiB each).
  SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS);

  boost::system::error_code ec;
  context->use_certificate_chain_file(certificate_file, ec);
  if (ec) {
    return unexpected(ErrorCode::io_error, "Cannot read the certificate " + certificate_file +
                                               " (" + openssl_reason(ec) + ").");
  }
  context->use_private_key_file(private_key_file, ssl::context::pem, ec);
  if (ec && ec.category() == boost::asio::error::get_ssl_category() &&
      ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == X509_R_KEY_VALUES_MISMATCH) {
    ERR_clear_error();
    return unexpected(ErrorCode::io_error, "The private key " + private_key_file +
                                               " does not belong to the certificate " +
                                               certificate_file + ".");
  }
  if (ec) {
    return unexpected(ErrorCode::io_error, "Cannot read the private key " + private_key_file +
                                               " (" + openssl_reason(ec) + ").");
  }
  if (SSL_CTX_check_private_key(native) != 1) {
    ERR_clear_error();
    return unexpected(ErrorCode::io_error, "The private key " + private_key_file +
                                               " does not belong to the certificate " +
                                               certificate_file + ".");
  }
  return context;
}

}  // namespace kith::server::detail
