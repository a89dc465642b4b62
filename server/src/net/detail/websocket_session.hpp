#pragma once
//! WebSocketSession<Stream>: the events channel (GET /v1/events) of one device, on the strand of
//! the connection it was upgraded from. The Service pushes hint frames through an EventSink from
//! any thread; the session queues them (at most event_queue_limit) and writes one at a time.
//! Client messages are read and discarded: the read loop exists so that Beast answers pings and
//! sees the client's close and the idle timeout.

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "log.hpp"
#include "net/detail/http_util.hpp"
#include "net/detail/server_state.hpp"
#include "net/detail/stream_ops.hpp"

namespace kith::server::detail {

namespace websocket = beast::websocket;

//! Largest client message we read (and discard); larger ones close the session (too_big).
inline constexpr std::size_t kMaxClientMessage = 16 * 1024;

//! What an EventSink reaches: the part of a WebSocketSession that does not depend on the stream.
class WebSocketSessionBase : public Connection,
                             public std::enable_shared_from_this<WebSocketSessionBase> {
 public:
  //! Both: any thread; they post to the session's strand.
  virtual void post_frame(std::string frame, bool binary) = 0;
  virtual void post_close() = 0;
};

//! The EventSink handed to Service::subscribe: a weak reference to its session, so that the
//! Service holding a sink never keeps a closed connection alive.
class SessionSink final : public EventSink {
 public:
  SessionSink(std::weak_ptr<WebSocketSessionBase> session, std::shared_ptr<ServerState> state)
      : session_(std::move(session)), state_(std::move(state)) {}

  void send(std::string frame, bool binary) override {
    state_->post_if_open([&] {
      if (auto session = session_.lock()) session->post_frame(std::move(frame), binary);
    });
  }
  void close() override {
    state_->post_if_open([&] {
      if (auto session = session_.lock()) session->post_close();
    });
  }

 private:
  std::weak_ptr<WebSocketSessionBase> session_;
  std::shared_ptr<ServerState> state_;
};

template <class Stream>
class WebSocketSession final : public WebSocketSessionBase {
 public:
  WebSocketSession(Stream stream, std::shared_ptr<ServerState> state, std::string peer)
      : ws_(std::move(stream)),
        executor_(ws_.get_executor()),
        state_(std::move(state)),
        peer_(std::move(peer)),
        close_timer_(executor_) {}

  ~WebSocketSession() override {
    if (!subscription_) return;
    try {
      state_->service().unsubscribe(*subscription_);
    } catch (...) {
      log(LogLevel::error, "handler_threw");
    }
  }

  //! Subscribes, then upgrades or sends the Service's refusal. On the stream's strand, with the
  //! upgrade request already read.
  void run(BeastRequest request) {
    registration_.add(*state_, weak_from_this());
    std::variant<std::uint64_t, HttpResponse> subscribed = subscribe(request);
    if (auto* refusal = std::get_if<HttpResponse>(&subscribed)) {
      return refuse(std::move(*refusal), request.version());
    }
    subscription_ = std::get<std::uint64_t>(subscribed);
    // The WebSocket keeps its own deadlines (handshake, idle with pings); the stream's must be
    // off or it would cut a quiet but healthy subscription.
    Ops::expires_never(ws_.next_layer());
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& response) { response.set(http::field::server, "kith"); }));
    ws_.read_message_max(kMaxClientMessage);
    phase_ = Phase::accepting;
    ws_.async_accept(request, beast::bind_front_handler(&WebSocketSession::on_accept, self()));
  }

  void post_frame(std::string frame, bool binary) override {
    net::post(executor_, [session = self(), frame = std::move(frame), binary]() mutable {
      session->deliver(std::move(frame), binary);
    });
  }

  void post_close() override {
    net::post(executor_, [session = self()] { session->close(websocket::close_code::policy_error); });
  }

  void drain() override {
    net::post(executor_, [session = self()] { session->close(websocket::close_code::going_away); });
  }

 private:
  using Ops = StreamOps<Stream>;
  enum class Phase { subscribing, refused, accepting, open, closing };
  struct Frame {
    std::string data;
    bool binary = false;
  };

  std::shared_ptr<WebSocketSession> self() {
    return std::static_pointer_cast<WebSocketSession>(shared_from_this());
  }

  std::variant<std::uint64_t, HttpResponse> subscribe(BeastRequest& request) {
    try {
      return state_->service().subscribe(to_service_request(request, peer_),
                                         std::make_shared<SessionSink>(weak_from_this(), state_));
    } catch (...) {
      log(LogLevel::error, "handler_threw");
      return HttpResponse{500, "application/json",
                          error_json(ErrorCode::internal, "The server failed to answer."),
                          {}, true};
    }
  }

  //! Not upgraded: the Service's answer (401, 403, 503...), then close.
  void refuse(HttpResponse answer, unsigned version) {
    phase_ = Phase::refused;
    refusal_ = to_beast_response(std::move(answer), version, false, false);
    Ops::expires_after(ws_.next_layer(), state_->options().request_timeout);
    http::async_write(ws_.next_layer(), *refusal_,
                      beast::bind_front_handler(&WebSocketSession::on_refusal_sent, self()));
  }

  void on_refusal_sent(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) return fail(ec, "write");
    Ops::expires_after(ws_.next_layer(), state_->options().handshake_timeout);
    Ops::async_close_notify(ws_.next_layer(), [session = self()](beast::error_code close_ec) {
      fail(close_ec, "shutdown");
    });
  }

  void on_accept(beast::error_code ec) {
    if (ec) return fail(ec, "websocket_accept");
    do_read();
    if (phase_ == Phase::closing) return start_close();  // closed before the upgrade finished
    phase_ = Phase::open;
    if (state_->stopping()) return close(websocket::close_code::going_away);
    if (!queue_.empty()) do_write();
  }

  void do_read() {
    ws_.async_read(read_buffer_, beast::bind_front_handler(&WebSocketSession::on_read, self()));
  }

  void on_read(beast::error_code ec, std::size_t /*bytes*/) {
    if (ec) {
      // The client closed, went silent past the idle timeout, or the socket is gone: nothing
      // is left to write to, so let the session (and its subscription) end.
      close_timer_.cancel();
      return fail(ec, "websocket_read");
    }
    read_buffer_.consume(read_buffer_.size());
    do_read();
  }

  void deliver(std::string frame, bool binary) {
    if (phase_ == Phase::closing || phase_ == Phase::refused) return;
    if (queue_.size() >= state_->options().event_queue_limit) {
      // The device reads slower than hints arrive. It pulls when it reconnects, so closing
      // loses nothing and bounds what one slow device can cost.
      log(LogLevel::info, "websocket_closed", {{"reason", "queue_full"}});
      return close(websocket::close_code::policy_error);
    }
    queue_.push_back(Frame{std::move(frame), binary});
    if (phase_ == Phase::open && !writing_) do_write();
  }

  void do_write() {
    writing_ = true;
    ws_.binary(queue_.front().binary);
    ws_.async_write(net::buffer(queue_.front().data),
                    beast::bind_front_handler(&WebSocketSession::on_write, self()));
  }

  void on_write(beast::error_code ec, std::size_t /*bytes*/) {
    writing_ = false;
    queue_.pop_front();
    if (ec) return fail(ec, "websocket_write");
    if (phase_ == Phase::closing) {
      queue_.clear();
      return;
    }
    if (!queue_.empty()) do_write();
  }

  //! Starts the closing handshake with `code`; frames not yet being written are dropped.
  void close(websocket::close_code code) {
    if (phase_ == Phase::closing || phase_ == Phase::refused) return;
    close_code_ = code;
    // Keep the frame being written: its buffer is in use until on_write.
    if (writing_) {
      queue_.erase(std::next(queue_.begin()), queue_.end());
    } else {
      queue_.clear();
    }
    const bool upgraded = phase_ == Phase::open;
    phase_ = Phase::closing;
    if (upgraded) start_close();  // else on_accept starts it
  }

  void start_close() {
    // The client's own close may already be under way (the read loop answered it).
    if (!ws_.is_open()) return;
    ws_.async_close(close_code_, beast::bind_front_handler(&WebSocketSession::on_close, self()));
    // async_close waits for a write in progress, which a client that stopped reading never
    // completes: after handshake_timeout the socket is closed under it.
    close_timer_.expires_after(state_->options().handshake_timeout);
    close_timer_.async_wait([session = self()](beast::error_code ec) {
      if (!ec) Ops::close(session->ws_.next_layer());
    });
  }

  void on_close(beast::error_code ec) {
    close_timer_.cancel();
    fail(ec, "websocket_close");
  }

  websocket::stream<Stream> ws_;
  typename Stream::executor_type executor_;
  std::shared_ptr<ServerState> state_;
  Registration registration_;  // after state_: leaves the registry before state_ is released
  std::string peer_;
  std::optional<std::uint64_t> subscription_;
  std::optional<BeastResponse> refusal_;
  beast::flat_buffer read_buffer_;
  std::deque<Frame> queue_;
  net::steady_timer close_timer_;
  websocket::close_code close_code_ = websocket::close_code::normal;
  Phase phase_ = Phase::subscribing;
  bool writing_ = false;
};

}  // namespace kith::server::detail
