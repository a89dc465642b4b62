#include "kith/net/event_stream.hpp"

#include <algorithm>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http/field.hpp>
#include <exception>
#include <string>

#include "event_stream_impl.hpp"
#include "server_answer.hpp"

namespace kith::net {

namespace {

namespace beast = detail::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using detail::Clock;

constexpr std::chrono::milliseconds kLongestWait = std::chrono::hours(24);
constexpr std::chrono::milliseconds kGoodbyeWait = std::chrono::seconds(1);

Unexpected closed_stream() {
  return unexpected(ErrorCode::network_unreachable,
                    "The event stream is closed. Open a new one; sync goes on by polling.");
}

}  // namespace

Result<void> EventStream::Impl::open(std::string_view target, std::string_view authorization) {
  KITH_TRY(detail::check_target(target));
  KITH_TRY(detail::check_header_value(authorization, "authorization"));
  KITH_TRY(detail::connect(ioc, ws.next_layer(), *server, step));

  // From here the WebSocket keeps its own time: the handshakes (upgrade and close) get the
  // connect timeout, and a connection silent for request_timeout/2 is pinged, then given up
  // after as long again. The tcp_stream's own expiry stays off, as Beast requires.
  websocket::stream_base::timeout timeouts{};
  timeouts.handshake_timeout = server->options.connect_timeout;
  timeouts.idle_timeout = server->options.request_timeout;
  timeouts.keep_alive_pings = true;
  ws.set_option(timeouts);
  ws.set_option(websocket::stream_base::decorator(
      [auth = std::string(authorization)](websocket::request_type& request) {
        request.set(http::field::user_agent, detail::kUserAgent);
        if (!auth.empty()) request.set(http::field::authorization, auth);
      }));
  ws.read_message_max(server->options.max_response_bytes);

  websocket::response_type& answer = upgrade_answer;
  step = {};
  ws.async_handshake(answer, server->host_header, target, step.handler());
  if (const auto ec = detail::run(ioc, step)) {
    drop();
    if (answer.result_int() != 0 && answer.result() != http::status::switching_protocols) {
      return unexpected(detail::refused_upgrade_error(
          answer.result_int(), answer[http::field::content_type], answer.body(),
          detail::parse_retry_after(answer[http::field::retry_after])));
    }
    return unexpected(detail::transfer_error(ec, *server, "while opening the event stream"));
  }
  is_open = true;
  return {};
}

void EventStream::Impl::drop() noexcept {
  is_open = false;
  beast::error_code ignored;
  auto& socket = beast::get_lowest_layer(ws).socket();
  if (socket.is_open()) {
    socket.shutdown(detail::asio::ip::tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
  }
  // Closing the socket aborts what is under way; run those completions now, so that nothing
  // left in the io_context refers to a stream about to go.
  try {
    ioc.restart();
    ioc.poll();
  } catch (const std::exception&) {
    // Our handlers do not throw; nothing to do if Asio itself fails while tearing down.
  }
  read_pending = false;
}

EventStream::EventStream(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventStream::EventStream(EventStream&& other) noexcept = default;
EventStream& EventStream::operator=(EventStream&& other) noexcept = default;
EventStream::~EventStream() = default;

Result<std::optional<std::string>> EventStream::next(std::chrono::milliseconds timeout) {
  if (!impl_ || !impl_->is_open) return closed_stream();
  Impl& s = *impl_;
  try {
    if (!s.read_pending) {
      s.reading = {};
      s.ws.async_read(s.buffer, s.reading.handler());
      s.read_pending = true;
    }
    const auto wait = std::clamp(timeout, std::chrono::milliseconds(0), kLongestWait);
    if (!detail::run_until(s.ioc, s.reading, Clock::now() + wait)) return std::nullopt;
    s.read_pending = false;
    if (s.reading.ec) {
      Error error =
          s.reading.ec == beast::error::timeout
              ? Error{ErrorCode::network_unreachable,
                      "The event stream stopped answering (no reply to a ping). Open it "
                      "again later; sync goes on by polling."}
              : detail::transfer_error(s.reading.ec, *s.server, "while reading the event stream");
      s.drop();
      return unexpected(std::move(error));
    }
    std::string message = beast::buffers_to_string(s.buffer.data());
    s.buffer.consume(s.buffer.size());
    return std::optional<std::string>(std::move(message));
  } catch (const std::exception& e) {
    s.drop();
    return unexpected(ErrorCode::internal,
                      std::string("Reading the event stream failed unexpectedly: ") + e.what());
  }
}

void EventStream::close() {
  if (!impl_ || !impl_->is_open) return;
  Impl& s = *impl_;
  try {
    // A polite goodbye: a close frame, and the server's in reply, for at most a second. A read
    // under way ends as well once the server's close arrives.
    // The completion is a member: if the wait ends first, drop() below still finishes the
    // operation, which must then find its completion alive.
    s.closing = {};
    s.ws.async_close(websocket::close_code::normal, s.closing.handler());
    detail::run_until(s.ioc, s.closing,
                      Clock::now() + std::min(s.server->options.connect_timeout, kGoodbyeWait));
  } catch (const std::exception&) {
    // Closing anyway, below.
  }
  s.drop();
}

}  // namespace kith::net
