#pragma once
//! StreamOps<Stream>: the few things a session does to its stream beyond reading and writing
//! (deadlines, TLS handshake and shutdown, cancel, peer address). The sessions are templates over
//! the stream so that a fuzz or fault test can drive them over beast::test::stream by
//! specialising this for it; the server itself uses only the TLS specialisation below.

#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <string>
#include <utility>

namespace kith::server::detail {

namespace beast = boost::beast;
namespace net = boost::asio;

using TlsStream = beast::ssl_stream<beast::tcp_stream>;

template <class Stream>
struct StreamOps;  // specialised per stream type

template <>
struct StreamOps<TlsStream> {
  //! Every later operation fails with beast::error::timeout after `d` (tcp_stream closes the
  //! socket then). One deadline covers all the reads and writes that follow, which is what makes
  //! request_timeout a limit on the whole request, not on each read.
  static void expires_after(TlsStream& s, std::chrono::steady_clock::duration d) {
    beast::get_lowest_layer(s).expires_after(d);
  }
  static void expires_never(TlsStream& s) { beast::get_lowest_layer(s).expires_never(); }
  //! Cancels pending operations (they complete with operation_aborted); the socket stays open.
  static void cancel(TlsStream& s) { beast::get_lowest_layer(s).cancel(); }
  //! Closes the socket at once: pending operations complete with an error.
  static void close(TlsStream& s) { beast::get_lowest_layer(s).close(); }
  //! The client's IP address, or "" when the socket is already gone.
  static std::string peer(TlsStream& s) {
    boost::system::error_code ec;
    const auto endpoint = beast::get_lowest_layer(s).socket().remote_endpoint(ec);
    return ec ? std::string() : endpoint.address().to_string();
  }
  template <class Handler>
  static void async_handshake(TlsStream& s, Handler&& handler) {
    s.async_handshake(net::ssl::stream_base::server, std::forward<Handler>(handler));
  }
  //! Sends close_notify and completes once it is written, without waiting for the client's:
  //! RFC 8446 6.1 allows closing right after, and waiting would let any client hold the
  //! connection (and a drain) open. Marking the client's alert as received is what makes
  //! SSL_shutdown (and so asio's async_shutdown) finish after the write.
  template <class Handler>
  static void async_close_notify(TlsStream& s, Handler&& handler) {
    SSL* ssl = s.native_handle();
    SSL_set_shutdown(ssl, SSL_get_shutdown(ssl) | SSL_RECEIVED_SHUTDOWN);
    s.async_shutdown(std::forward<Handler>(handler));
  }
  //! Sends FIN: the client sees the end of the stream while we may still read from it.
  static void shutdown_send(TlsStream& s) {
    boost::system::error_code ignored;
    beast::get_lowest_layer(s).socket().shutdown(net::socket_base::shutdown_send, ignored);
  }
  //! Reads raw bytes under TLS (after close_notify), for discarding.
  template <class Buffers, class Handler>
  static void async_read_raw(TlsStream& s, const Buffers& buffers, Handler&& handler) {
    beast::get_lowest_layer(s).async_read_some(buffers, std::forward<Handler>(handler));
  }
};

}  // namespace kith::server::detail
