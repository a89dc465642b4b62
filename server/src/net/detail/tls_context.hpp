#pragma once
//! The server's TLS configuration, in one place so that it can be reviewed in one place.

#include <boost/asio/ssl/context.hpp>
#include <memory>
#include <string>

#include "kith/result.hpp"

namespace kith::server::detail {

//! A TLS server context: TLS 1.2 and 1.3 only; for 1.2 only ECDHE key exchange with AES-GCM or
//! ChaCha20-Poly1305, in the server's order; no compression; no renegotiation. Loads the PEM
//! certificate chain and key and checks that they belong together. Errors: io_error (unreadable or mismatched files),
//! crypto_failure (OpenSSL refused the settings).
Result<std::unique_ptr<boost::asio::ssl::context>> make_tls_context(
    const std::string& certificate_file, const std::string& private_key_file);

}  // namespace kith::server::detail
