#pragma once
//! TlsSocket: the server's TLS stream, in which OpenSSL reads and writes the TCP socket itself.
//!
//! asio::ssl::stream feeds OpenSSL through a BIO pair and keeps two record buffers of its own:
//! four 17 KiB buffers per connection, two of them zero-filled when the stream is made and so
//! always resident. An idle event stream cost 72 KiB of server memory that way. Here the SSL's
//! BIO calls recv()/send() on the socket directly (non-blocking), and an operation that OpenSSL
//! says must wait (WANT_READ, WANT_WRITE) waits with socket::async_wait and tries again. Nothing
//! is buffered outside OpenSSL, whose own record buffers are given back whenever they are empty
//! (SSL_MODE_RELEASE_BUFFERS), so an idle connection holds the SSL and little else.
//!
//! The stream also keeps the deadline that beast::tcp_stream kept: expires_after() covers every
//! operation until it is set again, and when it passes the socket is closed and what was
//! pending completes with beast::error::timeout.
//!
//! One read and one write may be pending at once (Beast's WebSocket keeps a read pending while
//! it writes); both run on the stream's strand, so OpenSSL is never entered concurrently.
//! The BIO looks the socket's descriptor up on every call, so once the socket is closed OpenSSL
//! cannot reach a descriptor the kernel has since given to another connection.

#include <openssl/ssl.h>

#include <boost/asio/compose.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/role.hpp>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace kith::server::detail {

namespace tls_socket_detail {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using error_code = boost::system::error_code;

//! What an attempt at an OpenSSL call came to.
enum class Want { done, read, write };

//! The state a TlsSocket's operations share; its address is the BIO's data, so it never moves.
struct Core : std::enable_shared_from_this<Core> {
  Core(tcp::socket socket_in, SSL_CTX* context);
  ~Core();
  Core(const Core&) = delete;
  Core& operator=(const Core&) = delete;

  //! Classifies the result `ret` of an SSL call: done (with `ec` set on failure), or which way
  //! to wait before calling again. Clears the thread's OpenSSL error queue.
  Want classify(int ret, error_code& ec);
  //! Before an attempt: the error the operation must end with now (timed out, closed), if any.
  error_code unusable() const;
  //! The error an operation ends with when its wait on the socket failed with `wait_ec`.
  error_code after_wait(error_code wait_ec) const;

  void expires_after(std::chrono::steady_clock::duration after);
  void expires_never();
  void close();

  tcp::socket socket;
  net::steady_timer timer;
  SSL* ssl = nullptr;          //!< null only when SSL_new failed: every operation then fails
  unsigned long new_error = 0; //!< why SSL_new failed
  int last_errno = 0;          //!< errno of the BIO's last failed recv/send
  //! Held to close the socket or move the deadline. A session is normally destroyed on its
  //! strand, but its last reference may be dropped on another thread (a sink's lock() of its
  //! weak_ptr), while the deadline's handler, which holds only the Core, runs on the strand.
  std::mutex closing;
  std::uint64_t deadline_generation = 0;  //!< closing: the deadline the timer's wait is for
  bool timed_out = false;
};

//! One asynchronous operation: `step` makes one attempt at an OpenSSL call and says whether it
//! finished; the operation waits on the socket and retries until it has. A result ready on the
//! first attempt is posted, never delivered from inside the initiating function.
template <class Step>
class Op {
 public:
  Op(std::shared_ptr<Core> core, Step step) : core_(std::move(core)), step_(std::move(step)) {}

  template <class Self>
  void operator()(Self& self, error_code wait_ec = {}) {
    if (state_ == State::posted) return finish(self);
    const bool first = state_ == State::starting;
    state_ = State::waiting;
    if (wait_ec) {
      ec_ = core_->after_wait(wait_ec);
    } else if (!(ec_ = core_->unusable())) {
      switch (step_(*core_, ec_, bytes_)) {
        case Want::read:
          return core_->socket.async_wait(net::socket_base::wait_read, std::move(self));
        case Want::write:
          return core_->socket.async_wait(net::socket_base::wait_write, std::move(self));
        case Want::done:
          break;
      }
    }
    if (first) {
      state_ = State::posted;
      return net::post(std::move(self));
    }
    finish(self);
  }

 private:
  enum class State { starting, waiting, posted };

  template <class Self>
  void finish(Self& self) {
    core_.reset();  // the handler may destroy the stream; the Core goes with its last owner
    if constexpr (Step::transfers) {
      self.complete(ec_, bytes_);
    } else {
      self.complete(ec_);
    }
  }

  std::shared_ptr<Core> core_;
  Step step_;
  State state_ = State::starting;
  error_code ec_;
  std::size_t bytes_ = 0;
};

//! SSL_read into one buffer (the first non-empty one, as asio::ssl::stream does).
struct ReadStep {
  static constexpr bool transfers = true;
  net::mutable_buffer buffer;
  Want operator()(Core& core, error_code& ec, std::size_t& bytes) const;
};

//! The largest record OpenSSL sends, and so the most one write_some gathers.
inline constexpr std::size_t kMaxRecord = 16 * 1024;

//! This thread's kMaxRecord bytes to gather a write into.
char* write_scratch();

//! Gathers up to kMaxRecord bytes of `buffers` into this thread's scratch buffer, unless the
//! first non-empty buffer can be written as it is (it is the only one, or a record's worth).
template <class ConstBuffers>
net::const_buffer gather(const ConstBuffers& buffers) {
  auto it = net::buffer_sequence_begin(buffers);
  const auto end = net::buffer_sequence_end(buffers);
  while (it != end && net::const_buffer(*it).size() == 0) ++it;
  if (it == end) return {};
  const net::const_buffer first(*it);
  if (first.size() >= kMaxRecord || std::next(it) == end) return first;
  char* scratch = write_scratch();
  std::size_t used = 0;
  for (; it != end && used < kMaxRecord; ++it) {
    used += net::buffer_copy(net::buffer(scratch + used, kMaxRecord - used), net::const_buffer(*it));
  }
  return {scratch, used};
}

//! One SSL_write of the gathered bytes.
Want write_attempt(Core& core, net::const_buffer bytes_out, error_code& ec, std::size_t& bytes);

//! SSL_write of up to one record (16 KiB). A sequence of small buffers (Beast's header and
//! body) is gathered into one record first, so a response goes out in one record and one send.
//! It is gathered again on every attempt: a retried write must offer the same bytes, and the
//! scratch they were gathered into belongs to whichever thread ran the attempt before.
template <class ConstBuffers>
struct WriteStep {
  static constexpr bool transfers = true;
  ConstBuffers buffers;
  Want operator()(Core& core, error_code& ec, std::size_t& bytes) const {
    return write_attempt(core, gather(buffers), ec, bytes);
  }
};

struct HandshakeStep {
  static constexpr bool transfers = false;
  Want operator()(Core& core, error_code& ec, std::size_t& bytes) const;
};

//! Sends close_notify; done once it is written (see TlsSocket::async_close_notify).
struct CloseNotifyStep {
  static constexpr bool transfers = false;
  Want operator()(Core& core, error_code& ec, std::size_t& bytes) const;
};

}  // namespace tls_socket_detail

class TlsSocket {
 public:
  using executor_type = boost::asio::ip::tcp::socket::executor_type;

  //! Takes an accepted socket. Does not throw: if OpenSSL cannot make the SSL (out of memory),
  //! the handshake fails with its error.
  TlsSocket(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context& context);
  ~TlsSocket();
  TlsSocket(TlsSocket&&) noexcept = default;
  TlsSocket& operator=(TlsSocket&&) = delete;
  TlsSocket(const TlsSocket&) = delete;
  TlsSocket& operator=(const TlsSocket&) = delete;

  executor_type get_executor() { return core_->socket.get_executor(); }

  template <class MutableBuffers, class Token>
  auto async_read_some(const MutableBuffers& buffers, Token&& token) {
    auto it = boost::asio::buffer_sequence_begin(buffers);
    const auto end = boost::asio::buffer_sequence_end(buffers);
    while (it != end && boost::asio::mutable_buffer(*it).size() == 0) ++it;
    const boost::asio::mutable_buffer first =
        it == end ? boost::asio::mutable_buffer() : boost::asio::mutable_buffer(*it);
    return start<void(boost::system::error_code, std::size_t)>(tls_socket_detail::ReadStep{first},
                                                               std::forward<Token>(token));
  }

  template <class ConstBuffers, class Token>
  auto async_write_some(const ConstBuffers& buffers, Token&& token) {
    return start<void(boost::system::error_code, std::size_t)>(
        tls_socket_detail::WriteStep<ConstBuffers>{buffers},
        std::forward<Token>(token));
  }

  //! The server's side of the TLS handshake.
  template <class Token>
  auto async_handshake(Token&& token) {
    return start<void(boost::system::error_code)>(tls_socket_detail::HandshakeStep{},
                                                  std::forward<Token>(token));
  }

  //! Sends close_notify and completes once it is written, without waiting for the client's:
  //! RFC 8446 6.1 allows closing right after, and waiting would let any client hold the
  //! connection (and a drain) open.
  template <class Token>
  auto async_close_notify(Token&& token) {
    if (core_->ssl != nullptr) {
      SSL_set_shutdown(core_->ssl, SSL_get_shutdown(core_->ssl) | SSL_RECEIVED_SHUTDOWN);
    }
    return start<void(boost::system::error_code)>(tls_socket_detail::CloseNotifyStep{},
                                                  std::forward<Token>(token));
  }

  //! Reads raw bytes from the socket, under the deadline (for discarding after close_notify).
  template <class MutableBuffers, class Token>
  auto async_read_raw(const MutableBuffers& buffers, Token&& token) {
    return core_->socket.async_read_some(buffers, std::forward<Token>(token));
  }

  //! Every later operation fails with beast::error::timeout after `after`: the socket is closed
  //! then. One deadline covers all the reads and writes that follow until it is set again.
  void expires_after(std::chrono::steady_clock::duration after) { core_->expires_after(after); }
  void expires_never() { core_->expires_never(); }
  //! Pending operations complete with operation_aborted; the socket stays open.
  void cancel();
  //! Closes the socket at once: pending operations complete with operation_aborted.
  void close() { core_->close(); }
  //! Sends FIN: the client sees the end of the stream while we may still read from it.
  void shutdown_send();
  //! The client's IP address, or "" when the socket is already gone.
  std::string peer() const;
  bool is_open() const { return core_ && core_->socket.is_open(); }
  //! The socket's descriptor, -1 once closed (for socket options).
  int native_handle() { return core_->socket.native_handle(); }

 private:
  template <class Signature, class Step, class Token>
  auto start(Step step, Token&& token) {
    return boost::asio::async_compose<Token, Signature>(
        tls_socket_detail::Op<Step>(core_, std::move(step)), token, core_->socket);
  }

  std::shared_ptr<tls_socket_detail::Core> core_;
};

//! Beast closes a WebSocket's lowest layer with this when its own idle or handshake timer
//! expires (found by argument-dependent lookup).
void beast_close_socket(TlsSocket& socket);

namespace tls_socket_detail {

//! close_notify, FIN, then what the client still sends (its own close_notify) is read and
//! dropped until it closes too, and the socket is closed. Closing with the client's bytes
//! unread would make the kernel answer them with a reset, which the client may see before our
//! close_notify. A client that never closes is cut by the WebSocket session's close timer.
class TeardownOp {
 public:
  explicit TeardownOp(TlsSocket& socket)
      : socket_(socket), discard_(std::make_unique<std::array<char, 256>>()) {}

  template <class Self>
  void operator()(Self& self, error_code ec = {}, std::size_t /*bytes*/ = 0) {
    switch (state_) {
      case State::starting:
        state_ = State::notifying;
        return socket_.async_close_notify(std::move(self));
      case State::notifying:
        result_ = ec;
        if (ec) break;
        socket_.shutdown_send();
        state_ = State::draining;
        return socket_.async_read_raw(net::buffer(*discard_), std::move(self));
      case State::draining:
        if (!ec) return socket_.async_read_raw(net::buffer(*discard_), std::move(self));
        break;
    }
    socket_.close();
    discard_.reset();
    self.complete(result_);
  }

 private:
  enum class State { starting, notifying, draining };
  TlsSocket& socket_;
  std::unique_ptr<std::array<char, 256>> discard_;
  State state_ = State::starting;
  error_code result_;
};

}  // namespace tls_socket_detail

//! Beast's WebSocket tears the connection down with this once the closing handshake is done
//! (found by argument-dependent lookup).
template <class Handler>
void async_teardown(boost::beast::role_type /*role*/, TlsSocket& socket, Handler&& handler) {
  boost::asio::async_compose<Handler, void(boost::system::error_code)>(
      tls_socket_detail::TeardownOp(socket), handler, socket);
}

}  // namespace kith::server::detail
