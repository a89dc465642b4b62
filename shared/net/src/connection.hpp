#pragma once
// What HttpsClient and EventStream share: the server's settings, a verified TLS connection made
// within connect_timeout, a way to run an io_context on the calling thread until an operation is
// done, and the mapping of Asio, Beast and OpenSSL failures to Kith errors. Private to kith_net.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "kith/net/https_client.hpp"

namespace kith::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace ssl = boost::asio::ssl;

using TlsStream = beast::ssl_stream<beast::tcp_stream>;
using Clock = std::chrono::steady_clock;

inline constexpr std::string_view kUserAgent = "kith";

//! One server as the client sees it. Shared (read-only) by the client and its event streams, so
//! that an EventStream may outlive the HttpsClient that opened it.
struct Server {
  ServerAddress address;
  bool host_is_ip = false;
  std::string host_header;  //!< "host" or "host:port"; IPv6 in brackets
  std::string pin;          //!< lower-case hex, or empty
  ClientOptions options;
  std::unique_ptr<ssl::context> tls;  //!< trusts only the given authority; TLS 1.2 at least
};

//! Checks the options, loads the authority into a fresh TLS context and parses the URL.
Result<std::shared_ptr<const Server>> make_server(std::string_view url, TlsTrust trust,
                                                  const ClientOptions& options);

//! The outcome of one asynchronous operation, filled in by its completion handler.
struct Completion {
  bool done = false;
  beast::error_code ec;
  //! A handler for any Asio or Beast operation; `this` must outlive the operation.
  auto handler() {
    return [this](const beast::error_code& error, auto&&...) {
      ec = error;
      done = true;
    };
  }
};

//! Runs `ioc` on this thread until `completion` is done and returns its error. Every operation
//! started on it must carry its own deadline (the tcp_stream's expiry or the websocket's
//! timeouts), so this ends.
beast::error_code run(asio::io_context& ioc, Completion& completion);

//! Runs `ioc` on this thread until `completion` is done or `deadline` passes, and returns
//! whether it is done. An operation still under way stays under way.
bool run_until(asio::io_context& ioc, const Completion& completion, Clock::time_point deadline);

//! Resolves the server, connects and completes the TLS handshake on `stream` (fresh, made on
//! `ioc` with server.tls) within connect_timeout; verifies the certificate against the
//! authority, the host name or address and the pin. Leaves the stream without an expiry.
//! `step` (owned by the caller, alive as long as the stream) records each operation.
Result<void> connect(asio::io_context& ioc, TlsStream& stream, const Server& server,
                     Completion& step);

//! The error for a failed operation with the server; `what` says when it failed, as a phrase
//! that ends a sentence: "while connecting", "during the TLS handshake", "while reading the
//! answer". Timeouts name connect_timeout for the first two, request_timeout otherwise.
Error transfer_error(const beast::error_code& ec, const Server& server, std::string_view what);

//! Whether a failure on a reused connection means the server had closed it before this request:
//! end of stream, reset or broken pipe, and no byte of an answer.
bool is_closed_connection(const beast::error_code& ec);

//! Checks a header value or request target for what would break the request's framing.
Result<void> check_header_value(std::string_view value, std::string_view field);
Result<void> check_target(std::string_view target);

}  // namespace kith::net::detail
