#include "net/detail/tls_socket.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <sys/socket.h>

#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/error.hpp>
#include <cerrno>
#include <mutex>

namespace kith::server::detail {

namespace tls_socket_detail {

namespace {

//! The BIO between OpenSSL and the socket: one non-blocking `io` (recv or send) on the socket's
//! descriptor as it is at the time of the call (-1 once closed); EAGAIN sets the BIO's retry
//! flag for that direction, which OpenSSL turns into WANT_READ or WANT_WRITE.
template <class Io, class SetRetry>
int on_socket(BIO* bio, Io io, SetRetry set_retry) {
  auto* core = static_cast<Core*>(BIO_get_data(bio));
  BIO_clear_retry_flags(bio);
  const int fd = core->socket.native_handle();
  if (fd < 0) {
    core->last_errno = EBADF;
    return -1;
  }
  ssize_t done = 0;
  do {
    done = io(fd);
  } while (done < 0 && errno == EINTR);
  if (done < 0) {
    core->last_errno = errno;
    if (errno == EAGAIN || errno == EWOULDBLOCK) set_retry(bio);
    return -1;
  }
  return static_cast<int>(done);  // a read of 0: the client closed its side
}

int bio_read(BIO* bio, char* out, int size) {
  return on_socket(
      bio, [&](int fd) { return ::recv(fd, out, static_cast<std::size_t>(size), MSG_DONTWAIT); },
      [](BIO* b) { BIO_set_retry_read(b); });
}

int bio_write(BIO* bio, const char* data, int size) {
  return on_socket(
      bio,
      [&](int fd) {
        return ::send(fd, data, static_cast<std::size_t>(size), MSG_DONTWAIT | MSG_NOSIGNAL);
      },
      [](BIO* b) { BIO_set_retry_write(b); });
}

long bio_ctrl(BIO* /*bio*/, int command, long /*number*/, void* /*pointer*/) {
  return command == BIO_CTRL_FLUSH ? 1 : 0;  // nothing is buffered here
}

int bio_create(BIO* bio) {
  BIO_set_init(bio, 1);
  return 1;
}

//! Made once; OpenSSL keeps it for the life of the process.
BIO_METHOD* socket_method() {
  static BIO_METHOD* const method = [] {
    BIO_METHOD* made = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "kith socket");
    if (made != nullptr) {
      BIO_meth_set_read(made, bio_read);
      BIO_meth_set_write(made, bio_write);
      BIO_meth_set_ctrl(made, bio_ctrl);
      BIO_meth_set_create(made, bio_create);
    }
    return made;
  }();
  return method;
}

error_code ssl_error(unsigned long code) {
  return {static_cast<int>(code), net::error::get_ssl_category()};
}

}  // namespace

Core::Core(tcp::socket socket_in, SSL_CTX* context)
    : socket(std::move(socket_in)), timer(socket.get_executor()) {
  ERR_clear_error();
  BIO_METHOD* method = socket_method();
  BIO* bio = method != nullptr ? BIO_new(method) : nullptr;
  ssl = bio != nullptr ? SSL_new(context) : nullptr;
  if (ssl == nullptr) {
    new_error = ERR_get_error();
    if (new_error == 0) new_error = ERR_PACK(ERR_LIB_SSL, 0, ERR_R_MALLOC_FAILURE);
    ERR_clear_error();
    BIO_free(bio);
    return;
  }
  BIO_set_data(bio, this);
  SSL_set_bio(ssl, bio, bio);  // the SSL owns the BIO now
  SSL_set_accept_state(ssl);
  // One write_some sends at least a record and may return after it; a retried write may come
  // from another address (the gathered copy is per thread). Read ahead: one recv takes what
  // the socket holds, not a record header and then its body.
  SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                        SSL_MODE_RELEASE_BUFFERS);
  SSL_set_read_ahead(ssl, 1);
}

Core::~Core() {
  if (ssl != nullptr) SSL_free(ssl);
}

Want Core::classify(int ret, error_code& ec) {
  const int error = SSL_get_error(ssl, ret);
  Want want = Want::done;
  switch (error) {
    case SSL_ERROR_NONE:
      break;
    case SSL_ERROR_WANT_READ:
      want = Want::read;
      break;
    case SSL_ERROR_WANT_WRITE:
      want = Want::write;
      break;
    case SSL_ERROR_ZERO_RETURN:
      ec = net::error::eof;  // the client's close_notify
      break;
    case SSL_ERROR_SYSCALL:
      if (const unsigned long code = ERR_get_error(); code != 0) {
        ec = ssl_error(code);
      } else if (last_errno != 0) {
        ec = error_code(last_errno, boost::system::system_category());
      } else {
        ec = net::ssl::error::stream_truncated;
      }
      break;
    default: {
      const unsigned long code = ERR_get_error();
      // The client closed the connection without close_notify.
      ec = ERR_GET_REASON(code) == SSL_R_UNEXPECTED_EOF_WHILE_READING
               ? error_code(net::ssl::error::stream_truncated)
               : ssl_error(code != 0 ? code : ERR_PACK(ERR_LIB_SSL, 0, ERR_R_INTERNAL_ERROR));
      break;
    }
  }
  ERR_clear_error();
  last_errno = 0;
  return want;
}

error_code Core::unusable() const {
  if (timed_out) return boost::beast::error::timeout;
  if (ssl == nullptr) return ssl_error(new_error);
  if (!socket.is_open()) return net::error::bad_descriptor;
  return {};
}

error_code Core::after_wait(error_code wait_ec) const {
  if (wait_ec == net::error::operation_aborted && timed_out) return boost::beast::error::timeout;
  return wait_ec;
}

void Core::expires_after(std::chrono::steady_clock::duration after) {
  std::uint64_t generation = 0;
  {
    const std::lock_guard lock(closing);
    generation = ++deadline_generation;
  }
  timer.expires_after(after);  // cancels the wait for the deadline before
  timer.async_wait([core = shared_from_this(), generation](error_code ec) {
    if (ec) return;
    const std::lock_guard lock(core->closing);
    if (generation != core->deadline_generation) return;
    core->timed_out = true;
    error_code ignored;
    core->socket.close(ignored);  // what waits on it completes with operation_aborted
  });
}

void Core::expires_never() {
  const std::lock_guard lock(closing);
  ++deadline_generation;
  timer.cancel();
}

void Core::close() {
  const std::lock_guard lock(closing);
  ++deadline_generation;
  timer.cancel();
  error_code ignored;
  socket.close(ignored);
}

Want ReadStep::operator()(Core& core, error_code& ec, std::size_t& bytes) const {
  if (buffer.size() == 0) return Want::done;
  ERR_clear_error();
  std::size_t got = 0;
  const int ret = SSL_read_ex(core.ssl, buffer.data(), buffer.size(), &got);
  bytes = got;
  return ret == 1 ? Want::done : core.classify(ret, ec);
}

char* write_scratch() {
  thread_local char scratch[kMaxRecord];
  return scratch;
}

Want write_attempt(Core& core, net::const_buffer gathered, error_code& ec, std::size_t& bytes) {
  if (gathered.size() == 0) return Want::done;
  ERR_clear_error();
  std::size_t sent = 0;
  const int ret = SSL_write_ex(core.ssl, gathered.data(), gathered.size(), &sent);
  bytes = sent;
  return ret == 1 ? Want::done : core.classify(ret, ec);
}

Want HandshakeStep::operator()(Core& core, error_code& ec, std::size_t& /*bytes*/) const {
  ERR_clear_error();
  const int ret = SSL_do_handshake(core.ssl);
  return ret == 1 ? Want::done : core.classify(ret, ec);
}

Want CloseNotifyStep::operator()(Core& core, error_code& ec, std::size_t& /*bytes*/) const {
  ERR_clear_error();
  const int ret = SSL_shutdown(core.ssl);
  // 1: sent, and the client's marked as received (async_close_notify); 0 cannot happen then.
  return ret >= 0 ? Want::done : core.classify(ret, ec);
}

}  // namespace tls_socket_detail

TlsSocket::TlsSocket(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context& context)
    : core_(std::make_shared<tls_socket_detail::Core>(std::move(socket),
                                                      context.native_handle())) {}

TlsSocket::~TlsSocket() {
  // Operations still pending hold the Core; closing makes them complete now.
  if (core_) core_->close();
}

void TlsSocket::cancel() {
  boost::system::error_code ignored;
  core_->socket.cancel(ignored);
}

void TlsSocket::shutdown_send() {
  boost::system::error_code ignored;
  core_->socket.shutdown(boost::asio::socket_base::shutdown_send, ignored);
}

std::string TlsSocket::peer() const {
  boost::system::error_code ec;
  const auto endpoint = core_->socket.remote_endpoint(ec);
  return ec ? std::string() : endpoint.address().to_string();
}

void beast_close_socket(TlsSocket& socket) { socket.close(); }

}  // namespace kith::server::detail
