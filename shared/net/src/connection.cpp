#include "connection.hpp"

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>
#include <vector>

#include "host_names.hpp"
#include "openssl.hpp"

namespace kith::net::detail {

namespace {

namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

std::string where(const Server& server) {
  const std::string& host = server.address.host;
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(server.address.port);
}

std::string seconds(std::chrono::milliseconds duration) {
  const auto tenths = (duration.count() + 50) / 100;
  return tenths % 10 == 0 ? std::to_string(tenths / 10)
                          : std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

bool is_lower_hex(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Error certificate_error(long verify_result, const Server& server) {
  const std::string reason = X509_verify_cert_error_string(verify_result);
  switch (verify_result) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
      return {ErrorCode::certificate_expired,
              "The certificate of the server " + where(server) +
                  " has expired or is not valid yet (" + reason +
                  "). Check that this device's date and time are right; if they are, the "
                  "server's operator must renew its certificate."};
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
      return {ErrorCode::certificate_wrong_host,
              "The server's certificate is for another server, not " + server.address.host +
                  ". Check the server address; if it is right, the server's certificate must be "
                  "made for that name."};
    default:
      return {ErrorCode::certificate_untrusted,
              "The server's certificate is not from the authority this device trusts (" + reason +
                  "). If the server was given a new authority, set this device up with it; "
                  "otherwise someone may be intercepting the connection to " +
                  where(server) + "."};
  }
}

Result<void> check_pin(SSL* ssl, const Server& server) {
  X509* peer = SSL_get0_peer_certificate(ssl);
  if (peer == nullptr) {
    return unexpected(ErrorCode::certificate_untrusted,
                      "The server " + where(server) + " sent no certificate.");
  }
  KITH_ASSIGN(const std::string pin, spki_sha256(peer));
  if (pin != server.pin) {
    return unexpected(
        ErrorCode::certificate_untrusted,
        "The server's certificate is from the trusted authority, but its key does not match the "
        "key pinned on this device (pinned key mismatch). If the server's key was changed on "
        "purpose, set this device up again; otherwise someone may be intercepting the "
        "connection to " +
            where(server) + ".");
  }
  return {};
}

// Which name or address the certificate must carry, and SNI. SNI only for names: RFC 6066 does
// not allow an IP literal in server_name.
Result<void> expect_identity(SSL* ssl, const Server& server) {
  const std::string& host = server.address.host;
  bool ok = true;
  if (server.host_is_ip) {
    ok = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str()) == 1;
  } else {
    SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    // SSL_set_tlsext_host_name, spelled out: the macro casts away const C-style.
    ok = SSL_set1_host(ssl, host.c_str()) == 1 &&
         SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                  const_cast<char*>(host.c_str())) == 1;
  }
  if (!ok) {
    return unexpected(ErrorCode::crypto_failure,
                      "Setting up the TLS host check failed in OpenSSL: " + last_openssl_error());
  }
  return {};
}

Result<std::vector<tcp::endpoint>> endpoints_of(asio::io_context& ioc, const Server& server) {
  beast::error_code ec;
  std::vector<tcp::endpoint> endpoints;
  if (server.host_is_ip) {
    const auto address = asio::ip::make_address(server.address.host, ec);
    if (!ec) endpoints.emplace_back(address, server.address.port);
  } else {
    // The synchronous resolver: Asio's asynchronous one would start a thread of its own.
    tcp::resolver resolver(ioc);
    const auto results =
        resolver.resolve(server.address.host, std::to_string(server.address.port), ec);
    if (!ec) {
      for (const auto& entry : results) endpoints.push_back(entry.endpoint());
    }
  }
  if (ec || endpoints.empty()) {
    return unexpected(ErrorCode::network_unreachable,
                      "The server name " + server.address.host +
                          " could not be found. Check the server address and this device's "
                          "network connection.");
  }
  return endpoints;
}

}  // namespace

Result<std::shared_ptr<const Server>> make_server(std::string_view url, TlsTrust trust,
                                                  const ClientOptions& options) {
  KITH_ASSIGN(ServerAddress address, parse_server_url(url));
  if (options.connect_timeout.count() <= 0 || options.request_timeout.count() <= 0) {
    return unexpected(ErrorCode::invalid_argument, "Timeouts must be longer than zero.", "options");
  }
  if (options.max_response_bytes == 0) {
    return unexpected(ErrorCode::invalid_argument, "The response size limit must be above zero.",
                      "options.max_response_bytes");
  }
  std::string pin = trust.pinned_key_sha256;
  std::transform(pin.begin(), pin.end(), pin.begin(), [](char c) {
    return c >= 'A' && c <= 'F' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (!pin.empty() && (pin.size() != 64 || !is_lower_hex(pin))) {
    return unexpected(ErrorCode::invalid_argument,
                      "The pinned key must be 64 hexadecimal digits (a SHA-256 of the server's "
                      "public key).",
                      "pinned_key_sha256");
  }
  const auto authorities = read_certificates(trust.ca_pem);
  if (authorities.empty()) {
    return unexpected(ErrorCode::invalid_argument,
                      "The certificate authority text holds no PEM certificate.", "ca_pem");
  }

  auto server = std::make_shared<Server>();
  server->host_is_ip = is_ipv4_literal(address.host) || is_ipv6_literal(address.host);
  server->host_header =
      address.host.find(':') != std::string::npos ? "[" + address.host + "]" : address.host;
  if (address.port != 443) server->host_header += ":" + std::to_string(address.port);
  server->address = std::move(address);
  server->pin = std::move(pin);
  server->options = options;

  server->tls = std::make_unique<ssl::context>(ssl::context::tls_client);
  SSL_CTX* ctx = server->tls->native_handle();
  // The context starts with an empty store and we never load the system's default paths:
  // only the given authority can vouch for the server.
  X509_STORE* store = SSL_CTX_get_cert_store(ctx);
  for (const auto& authority : authorities) {
    if (X509_STORE_add_cert(store, authority.get()) != 1) {
      return unexpected(ErrorCode::invalid_argument,
                        "The certificate authority could not be loaded: " + last_openssl_error(),
                        "ca_pem");
    }
  }
  if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
    return unexpected(ErrorCode::crypto_failure,
                      "Requiring TLS 1.2 failed in OpenSSL: " + last_openssl_error());
  }
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  return std::shared_ptr<const Server>(std::move(server));
}

beast::error_code run(asio::io_context& ioc, Completion& completion) {
  ioc.restart();
  while (!completion.done) {
    if (ioc.run_one() == 0) {
      // Out of work with the operation not done: cannot happen while it is under way.
      return asio::error::operation_aborted;
    }
  }
  return completion.ec;
}

bool run_until(asio::io_context& ioc, const Completion& completion, Clock::time_point deadline) {
  ioc.restart();
  ioc.poll();
  while (!completion.done && Clock::now() < deadline) {
    if (ioc.run_one_until(deadline) == 0 && ioc.stopped()) break;
  }
  return completion.done;
}

Result<void> connect(asio::io_context& ioc, TlsStream& stream, const Server& server,
                     Completion& step) {
  SSL* ssl = stream.native_handle();
  KITH_TRY(expect_identity(ssl, server));
  KITH_ASSIGN(const auto endpoints, endpoints_of(ioc, server));

  auto& tcp_stream = beast::get_lowest_layer(stream);
  // One deadline for connecting and the handshake together.
  tcp_stream.expires_after(server.options.connect_timeout);
  step = {};
  tcp_stream.async_connect(endpoints, step.handler());
  if (const auto ec = run(ioc, step))
    return unexpected(transfer_error(ec, server, "while connecting"));
  // A request goes out as several writes (TLS records of the header and the body): with Nagle's
  // algorithm the last would wait for the server's delayed ACK of the first, about 40 ms on
  // Linux, on every request whose body does not fit the first segment.
  beast::error_code ignored;
  tcp_stream.socket().set_option(asio::ip::tcp::no_delay(true), ignored);

  step = {};
  stream.async_handshake(ssl::stream_base::client, step.handler());
  if (const auto ec = run(ioc, step)) {
    // The verify result, not the error text, says why a certificate was refused.
    const long verify_result = SSL_get_verify_result(ssl);
    if (verify_result != X509_V_OK) return unexpected(certificate_error(verify_result, server));
    return unexpected(transfer_error(ec, server, "during the TLS handshake"));
  }
  tcp_stream.expires_never();
  if (!server.pin.empty()) KITH_TRY(check_pin(ssl, server));
  return {};
}

Error transfer_error(const beast::error_code& ec, const Server& server, std::string_view what) {
  const std::string at = where(server);
  const std::string during = " " + std::string(what);
  if (ec == beast::error::timeout) {
    const auto limit = what == "while connecting" || what == "during the TLS handshake"
                           ? server.options.connect_timeout
                           : server.options.request_timeout;
    return {ErrorCode::timeout, "The server " + at + " did not respond within " + seconds(limit) +
                                    " s" + during + ". Try again later."};
  }
  if (ec == asio::error::connection_refused) {
    return {ErrorCode::network_unreachable,
            "The server " + at +
                " refused the connection. Check the server address and that the server is "
                "running."};
  }
  if (ec == asio::error::host_unreachable || ec == asio::error::network_unreachable ||
      ec == asio::error::network_down || ec == asio::error::timed_out) {
    return {ErrorCode::network_unreachable,
            "The server " + at + " could not be reached. Check this device's network connection."};
  }
  if (is_closed_connection(ec) || ec == asio::error::operation_aborted) {
    return {ErrorCode::network_unreachable,
            "The connection to the server " + at + " was closed" + during + ". Try again."};
  }
  if (ec.category() == make_error_code(http::error::body_limit).category()) {
    if (ec == http::error::body_limit) {
      return {ErrorCode::protocol_error, "The server's answer is larger than the limit of " +
                                             std::to_string(server.options.max_response_bytes) +
                                             " bytes."};
    }
    if (ec == http::error::header_limit) {
      return {ErrorCode::protocol_error, "The server's answer has more header data than allowed."};
    }
    return {ErrorCode::protocol_error,
            "The server " + at + " answered with something that is not HTTP" + during + "."};
  }
  if (ec.category() == make_error_code(websocket::error::closed).category()) {
    if (ec == websocket::error::closed) {
      return {ErrorCode::network_unreachable,
              "The server " + at + " closed the event stream. Open it again later."};
    }
    if (ec == websocket::error::message_too_big || ec == websocket::error::buffer_overflow) {
      return {ErrorCode::protocol_error, "The server sent an event larger than the limit of " +
                                             std::to_string(server.options.max_response_bytes) +
                                             " bytes."};
    }
    return {ErrorCode::protocol_error, "The server " + at + " broke the WebSocket protocol" +
                                           during + " (" + ec.message() + ")."};
  }
  if (ec.category() == asio::error::get_ssl_category()) {
    return {ErrorCode::protocol_error,
            "The secure connection with " + at + " failed" + during + " (" + ec.message() +
                "). The server may not be a Kith server, may not offer TLS 1.2 or later, or may "
                "speak plain HTTP."};
  }
  return {ErrorCode::network_unreachable,
          "The connection to the server " + at + " failed" + during + " (" + ec.message() + ")."};
}

bool is_closed_connection(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == asio::error::eof ||
         ec == asio::ssl::error::stream_truncated || ec == asio::error::connection_reset ||
         ec == asio::error::connection_aborted || ec == asio::error::broken_pipe;
}

Result<void> check_header_value(std::string_view value, std::string_view field) {
  // Visible ASCII, spaces and tabs only: a line break would end the header and let a value
  // inject others.
  const bool clean = std::all_of(value.begin(), value.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u < 0x7f);
  });
  if (!clean) {
    return unexpected(ErrorCode::invalid_argument,
                      "A request header holds a line break or another control character.",
                      std::string(field));
  }
  return {};
}

Result<void> check_target(std::string_view target) {
  const bool clean = !target.empty() && target.front() == '/' &&
                     std::all_of(target.begin(), target.end(), [](char c) {
                       const auto u = static_cast<unsigned char>(c);
                       return u > 0x20 && u < 0x7f;
                     });
  if (!clean) {
    return unexpected(ErrorCode::invalid_argument,
                      "A request target must start with / and hold no spaces or control "
                      "characters.",
                      "target");
  }
  return {};
}

}  // namespace kith::net::detail
