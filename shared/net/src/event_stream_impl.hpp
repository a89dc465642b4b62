#pragma once
// The state behind an EventStream: its own io_context and a WebSocket over TLS. HttpsClient opens
// it; EventStream reads from it. Private to kith_net.

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <memory>
#include <string_view>

#include "connection.hpp"
#include "kith/net/event_stream.hpp"

namespace kith::net {

struct EventStream::Impl {
  explicit Impl(std::shared_ptr<const detail::Server> s)
      : server(std::move(s)), ws(ioc, *server->tls) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { drop(); }

  //! Connects, verifies the server and upgrades to a WebSocket at `target`.
  Result<void> open(std::string_view target, std::string_view authorization);
  //! Closes the socket at once and lets every operation under way finish (aborted).
  void drop() noexcept;

  // Declaration order matters: the io_context outlives the stream whose operations it holds,
  // and the server (with the TLS context) outlives both.
  std::shared_ptr<const detail::Server> server;
  detail::asio::io_context ioc{1};
  detail::beast::websocket::stream<detail::TlsStream> ws;
  detail::beast::flat_buffer buffer;
  // Operations record their outcome here, in members rather than locals, so that one cut
  // short (a deadline, an exception) still finds its completion alive when drop() finishes it.
  detail::Completion step;     //!< connecting and the upgrade
  detail::Completion reading;  //!< the read under way, if read_pending
  detail::Completion closing;  //!< the close handshake of close()
  detail::beast::websocket::response_type upgrade_answer;
  bool read_pending = false;
  bool is_open = false;
};

}  // namespace kith::net
