#pragma once
//! HttpSession<Stream>: one client connection speaking HTTP/1.1 with keep-alive, on its own
//! strand (the stream's executor). It reads one request at a time within the header and body
//! limits and the request deadline, hands it to the Service, writes the answer, and either waits
//! for the next request (idle deadline) or closes. A WebSocket upgrade to /v1/events moves the
//! stream into a WebSocketSession.
//!
//! Memory per connection is bounded: the read buffer by header_limit plus a little, the body by
//! body_limit, one response at a time.

#include <algorithm>
#include <array>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "log.hpp"
#include "net/detail/http_util.hpp"
#include "net/detail/server_state.hpp"
#include "net/detail/stream_ops.hpp"
#include "net/detail/websocket_session.hpp"

namespace kith::server::detail {

//! How much the read buffer may hold beyond header_limit: enough for the parser to see that the
//! header ended (or did not) and for chunk headers, not enough to matter per connection.
inline constexpr std::size_t kReadSlack = 8 * 1024;

template <class Stream>
class HttpSession final : public Connection,
                          public std::enable_shared_from_this<HttpSession<Stream>> {
 public:
  HttpSession(Stream stream, std::shared_ptr<ServerState> state)
      : stream_(std::move(stream)),
        executor_(stream_.get_executor()),
        state_(std::move(state)),
        buffer_(state_->options().header_limit + kReadSlack) {}

  //! Starts the session: TLS handshake, then requests. Any thread; the session keeps itself
  //! alive through its pending operations.
  void run() {
    peer_ = Ops::peer(stream_);
    registration_.add(*state_, this->weak_from_this());
    net::dispatch(executor_,
                  beast::bind_front_handler(&HttpSession::on_run, this->shared_from_this()));
  }

  void drain() override {
    net::post(executor_,
              beast::bind_front_handler(&HttpSession::on_drain, this->shared_from_this()));
  }

 private:
  using Ops = StreamOps<Stream>;
  using Parser = http::request_parser<http::string_body>;
  //! Where the session is; read by on_drain() to decide what a drain means for it.
  enum class Phase { handshake, idle, reading, writing, closing, lingering, handed_over };

  const ServerOptions& options() const { return state_->options(); }

  void on_run() {
    if (state_->stopping()) return;  // accepted just as the drain began: drop it
    phase_ = Phase::handshake;
    Ops::expires_after(stream_, options().handshake_timeout);
    Ops::async_handshake(stream_, beast::bind_front_handler(&HttpSession::on_handshake,
                                                            this->shared_from_this()));
  }

  void on_handshake(beast::error_code ec) {
    if (ec) {
      if (ec == net::error::operation_aborted || state_->stopping()) return;
      log_refused(ec == beast::error::timeout ? Refusal::timeout : Refusal::handshake_failed, ec);
      return;
    }
    wait_for_request();
  }

  //! Keep-alive: wait for the first byte of the next request under the idle deadline. Only when
  //! it arrives does the request deadline start, so an idle connection and a slow request are
  //! told apart (and a drain can close the idle one at once).
  void wait_for_request() {
    if (state_->stopping()) return close_gracefully();
    if (buffer_.size() > 0) return read_request();  // pipelined: the next request is here
    phase_ = Phase::idle;
    Ops::expires_after(stream_, options().idle_timeout);
    // An idle connection keeps only a small buffer, whatever its last request needed.
    buffer_.shrink_to_fit();
    const std::size_t room = std::min<std::size_t>(1024, buffer_.max_size());
    stream_.async_read_some(buffer_.prepare(room),
                            beast::bind_front_handler(&HttpSession::on_first_bytes,
                                                      this->shared_from_this()));
  }

  void on_first_bytes(beast::error_code ec, std::size_t bytes) {
    if (ec) {
      if (ec == net::error::operation_aborted && state_->stopping()) return close_gracefully();
      if (ec == beast::error::timeout) {
        log(LogLevel::debug, "closed", {{"reason", "idle"}});
        return;  // the stream's deadline has closed the socket
      }
      return fail(ec, "read");
    }
    buffer_.commit(bytes);
    read_request();
  }

  void read_request() {
    phase_ = Phase::reading;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(options().header_limit, std::numeric_limits<std::uint32_t>::max())));
    // Beast checks a Content-Length against this as soon as the header ends, before reading
    // any of the body, and counts chunked bodies as they arrive.
    parser_->body_limit(options().body_limit);
    Ops::expires_after(stream_, options().request_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&HttpSession::on_header,
                                                      this->shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) return refuse_for(ec);
    const auto& request = parser_->get();
    // Request smuggling (RFC 9112 6.1, 6.3): with Transfer-Encoding the length is chunked or
    // unknown, and a Content-Length beside it means a proxy in front may frame the request
    // differently. Beast itself refuses Content-Length next to "chunked" (bad_transfer_encoding
    // or bad_content_length, by order), but accepts "Transfer-Encoding: gzip" with a
    // Content-Length and frames by the latter; a request whose last coding is not chunked has
    // no knowable length at all. Both: 400 and close.
    if (request.count(http::field::transfer_encoding) > 0 &&
        (!parser_->chunked() || request.count(http::field::content_length) > 0)) {
      return refuse(Refusal::smuggling, http::status::bad_request, ErrorCode::bad_request,
                    "The request's length is ambiguous: use either Content-Length or "
                    "Transfer-Encoding: chunked.");
    }
    if (parser_->is_done()) return on_request();
    if (beast::iequals(request[http::field::expect], "100-continue")) {
      // The client waits for this before sending the body it announced (within body_limit,
      // or Beast would have refused it above).
      continue_.emplace(http::status::continue_, 11);
      return http::async_write(stream_, *continue_,
                               beast::bind_front_handler(&HttpSession::on_continue_sent,
                                                         this->shared_from_this()));
    }
    read_body();
  }

  void on_continue_sent(beast::error_code ec, std::size_t /*bytes*/) {
    continue_.reset();
    if (ec) return fail(ec, "write");
    read_body();
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&HttpSession::on_body, this->shared_from_this()));
  }

  void on_body(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) return refuse_for(ec);
    on_request();
  }

  //! Turns a read error into the answer the client gets, if any.
  void refuse_for(beast::error_code ec) {
    if (ec == http::error::header_limit) {
      return refuse(Refusal::header_too_large, http::status::request_header_fields_too_large,
                    ErrorCode::bad_request,
                    "The request's headers are larger than " +
                        std::to_string(options().header_limit) + " bytes.");
    }
    if (ec == http::error::body_limit) {
      return refuse(Refusal::body_too_large, http::status::payload_too_large,
                    ErrorCode::body_too_large,
                    "The request body is larger than " + std::to_string(options().body_limit) +
                        " bytes.");
    }
    const bool had_transfer_encoding =
        parser_ && parser_->get().count(http::field::transfer_encoding) > 0;
    if (ec == http::error::bad_transfer_encoding || ec == http::error::multiple_content_length ||
        (ec == http::error::bad_content_length && had_transfer_encoding)) {
      return refuse(Refusal::smuggling, http::status::bad_request, ErrorCode::bad_request,
                    "The request's length is ambiguous: use either Content-Length or "
                    "Transfer-Encoding: chunked.");
    }
    if (ec == beast::error::timeout) {
      log_refused(Refusal::timeout);
      return;  // the stream's deadline has closed the socket: a slow client gets no answer
    }
    if (ec == http::error::end_of_stream || ec == http::error::partial_message ||
        is_expected(ec)) {
      return;  // the client went away mid-request
    }
    if (ec.category() == http::make_error_code(http::error::bad_target).category()) {
      return refuse(Refusal::bad_request, http::status::bad_request, ErrorCode::bad_request,
                    "The request is not valid HTTP/1.1.");
    }
    fail(ec, "read");
  }

  void refuse(Refusal reason, http::status status, ErrorCode code, const std::string& message) {
    log_refused(reason);
    refused_ = true;
    write(error_response(status, code, message));
  }

  void on_request() {
    BeastRequest request = parser_->release();
    parser_.reset();
    if (websocket::is_upgrade(request) && is_events_target(request.target())) {
      // The WebSocketSession takes the stream and runs on the same strand; this session ends
      // when this handler returns. Bytes a client sent after its upgrade request, before our
      // 101, are dropped with buffer_: RFC 6455 says it must wait.
      phase_ = Phase::handed_over;
      auto session = std::make_shared<WebSocketSession<Stream>>(std::move(stream_), state_,
                                                                std::move(peer_));
      session->run(std::move(request));
      return;
    }
    const bool head = request.method() == http::verb::head;
    const unsigned version = request.version();
    const bool keep_alive = request.keep_alive();
    HttpResponse answer = call_service(request);
    // Draining: this answer is the connection's last (Connection: close).
    write(to_beast_response(std::move(answer), version, keep_alive && !state_->stopping(), head));
  }

  HttpResponse call_service(BeastRequest& request) {
    try {
      return state_->service().handle(to_service_request(request, peer_));
    } catch (...) {
      // The Service promises not to throw; if it does, the client still gets an answer and the
      // exception stops here instead of unwinding through Asio.
      log(LogLevel::error, "handler_threw");
      return HttpResponse{500, "application/json",
                          error_json(ErrorCode::internal, "The server failed to answer."),
                          {}, true};
    }
  }

  void write(BeastResponse response) {
    phase_ = Phase::writing;
    const bool keep_alive = response.keep_alive();
    // A client that does not read its answer is as slow as one that does not send its request.
    Ops::expires_after(stream_, options().request_timeout);
    beast::async_write(stream_, http::message_generator(std::move(response)),
                       beast::bind_front_handler(&HttpSession::on_write,
                                                 this->shared_from_this(), keep_alive));
  }

  void on_write(bool keep_alive, beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) {
      if (ec == beast::error::timeout) return log_refused(Refusal::timeout);
      return fail(ec, "write");
    }
    if (!keep_alive) return close_gracefully(refused_);
    wait_for_request();
  }

  //! Ends the connection: TLS close_notify (bounded by handshake_timeout), then the socket
  //! closes with the session. After a refusal the client may still be sending the request we
  //! refused; closing a socket with unread data makes the kernel answer with a reset, which can
  //! destroy our response before the client reads it. So after a refusal the session lingers:
  //! it sends FIN and reads and discards until the client closes or request_timeout passes.
  void close_gracefully(bool linger = false) {
    phase_ = Phase::closing;
    Ops::expires_after(stream_, options().handshake_timeout);
    Ops::async_close_notify(stream_, beast::bind_front_handler(&HttpSession::on_close_notify,
                                                               this->shared_from_this(), linger));
  }

  void on_close_notify(bool linger, beast::error_code ec) {
    if (ec) return fail(ec, "shutdown");
    if (!linger) return;
    phase_ = Phase::lingering;
    Ops::shutdown_send(stream_);
    Ops::expires_after(stream_, options().request_timeout);
    discard();
  }

  void discard() {
    Ops::async_read_raw(stream_, net::buffer(discard_buffer_),
                        [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                          if (!ec) self->discard();
                        });
  }

  void on_drain() {
    switch (phase_) {
      case Phase::handshake:
        Ops::close(stream_);  // not a request yet: on_handshake sees the error and ends
        break;
      case Phase::idle:
        Ops::cancel(stream_);  // on_first_bytes sees operation_aborted and closes gracefully
        break;
      case Phase::reading:
      case Phase::writing:
      case Phase::lingering:
        Ops::close(stream_);  // the refusal is out; the rest of the request does not matter
        break;
      case Phase::closing:
      case Phase::handed_over:  // stream_ is moved out; the WebSocketSession drains itself
        break;  // in flight: the answer goes out with Connection: close, then we close
    }
  }

  Stream stream_;
  // The strand, kept apart from stream_ because drain() may run after stream_ was moved out.
  typename Stream::executor_type executor_;
  std::shared_ptr<ServerState> state_;
  Registration registration_;  // after state_: leaves the registry before state_ is released
  beast::flat_buffer buffer_;
  std::optional<Parser> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  std::string peer_;
  Phase phase_ = Phase::handshake;
  bool refused_ = false;  // the last response refused the request: linger when closing
  std::array<char, 2048> discard_buffer_{};
};

}  // namespace kith::server::detail
