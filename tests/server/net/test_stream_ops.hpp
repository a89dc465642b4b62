#pragma once
//! StreamOps for Beast's in-memory test stream, so that HttpSession can be driven without TLS or
//! sockets: by http_session_test.cpp (failures injected at every operation) and by the HTTP fuzz
//! target (tests/fuzz/fuzz_http.cpp).

#include <boost/asio/post.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <chrono>
#include <string>
#include <utility>

#include "net/detail/stream_ops.hpp"

namespace kith::server::detail {

//! The test stream has no TLS and no deadlines: handshakes and close_notify succeed at once.
template <>
struct StreamOps<beast::test::stream> {
  using Stream = beast::test::stream;
  static void expires_after(Stream&, std::chrono::steady_clock::duration) {}
  static void expires_never(Stream&) {}
  static void cancel(Stream& s) { s.close(); }
  static void close(Stream& s) { s.close(); }
  static std::string peer(Stream&) { return "192.0.2.1"; }
  template <class Handler>
  static void async_handshake(Stream& s, Handler&& handler) {
    net::post(s.get_executor(), [h = std::forward<Handler>(handler)]() mutable {
      std::move(h)(beast::error_code{});
    });
  }
  template <class Handler>
  static void async_close_notify(Stream& s, Handler&& handler) {
    async_handshake(s, std::forward<Handler>(handler));
  }
  static void shutdown_send(Stream& s) { s.close(); }
  template <class Buffers, class Handler>
  static void async_read_raw(Stream& s, const Buffers& buffers, Handler&& handler) {
    s.async_read_some(buffers, std::forward<Handler>(handler));
  }
};

}  // namespace kith::server::detail
