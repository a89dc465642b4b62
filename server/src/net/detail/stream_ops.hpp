#pragma once
//! StreamOps<Stream>: the few things a session does to its stream beyond reading and writing
//! (deadlines, TLS handshake and shutdown, cancel, peer address). The sessions are templates over
//! the stream so that a fuzz or fault test can drive them over beast::test::stream by
//! specialising this for it; the server itself uses only the TLS specialisation below.

#include <chrono>
#include <string>
#include <utility>

#include "net/detail/tls_socket.hpp"

namespace kith::server::detail {

namespace beast = boost::beast;
namespace net = boost::asio;

//! The server's stream: TLS with OpenSSL reading and writing the socket itself.
using TlsStream = TlsSocket;

template <class Stream>
struct StreamOps;  // specialised per stream type

template <>
struct StreamOps<TlsStream> {
  //! Every later operation fails with beast::error::timeout after `d` (the socket is closed
  //! then). One deadline covers all the reads and writes that follow, which is what makes
  //! request_timeout a limit on the whole request, not on each read.
  static void expires_after(TlsStream& s, std::chrono::steady_clock::duration d) {
    s.expires_after(d);
  }
  static void expires_never(TlsStream& s) { s.expires_never(); }
  //! Cancels pending operations (they complete with operation_aborted); the socket stays open.
  static void cancel(TlsStream& s) { s.cancel(); }
  //! Closes the socket at once: pending operations complete with an error.
  static void close(TlsStream& s) { s.close(); }
  //! The client's IP address, or "" when the socket is already gone.
  static std::string peer(TlsStream& s) { return s.peer(); }
  template <class Handler>
  static void async_handshake(TlsStream& s, Handler&& handler) {
    s.async_handshake(std::forward<Handler>(handler));
  }
  //! Sends close_notify and completes once it is written, without waiting for the client's:
  //! RFC 8446 6.1 allows closing right after, and waiting would let any client hold the
  //! connection (and a drain) open.
  template <class Handler>
  static void async_close_notify(TlsStream& s, Handler&& handler) {
    s.async_close_notify(std::forward<Handler>(handler));
  }
  //! Sends FIN: the client sees the end of the stream while we may still read from it.
  static void shutdown_send(TlsStream& s) { s.shutdown_send(); }
  //! Reads raw bytes under TLS (after close_notify), for discarding.
  template <class Buffers, class Handler>
  static void async_read_raw(TlsStream& s, const Buffers& buffers, Handler&& handler) {
    s.async_read_raw(buffers, std::forward<Handler>(handler));
  }
};

}  // namespace kith::server::detail
