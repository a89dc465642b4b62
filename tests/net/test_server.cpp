#include "test_server.hpp"

#include <openssl/ssl.h>
#include <sys/socket.h>

#include <array>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <exception>

namespace kith::net::testing {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using boost::system::error_code;

TestServer::TestServer(const Pem& identity, Session session)
    : tls_(ssl::context::tls_server),
      acceptor_(ioc_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
      session_(std::move(session)) {
  SSL_CTX_set_min_proto_version(tls_.native_handle(), TLS1_2_VERSION);
  tls_.use_certificate_chain(asio::buffer(identity.certificate));
  tls_.use_private_key(asio::buffer(identity.private_key), ssl::context::pem);
  port_ = acceptor_.local_endpoint().port();
  acceptor_thread_ = std::thread([this] { accept_loop(); });
}

TestServer::~TestServer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    // Wakes every session blocked on its socket: reads see the end, writes fail.
    for (auto& socket : sockets_) ::shutdown(socket.native_handle(), SHUT_RDWR);
  }
  // Wakes the blocking accept with a connection of our own.
  tcp::socket waker(ioc_);
  error_code ignored;
  waker.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_), ignored);
  acceptor_thread_.join();
  for (auto& thread : sessions_) thread.join();
}

std::string TestServer::url(const std::string& host) const {
  return "https://" + host + ":" + std::to_string(port_);
}

int TestServer::accepted() const {
  std::lock_guard lock(mutex_);
  return accepted_;
}

bool TestServer::wait_ended(int count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return ended_ >= count; });
}

void TestServer::accept_loop() {
  for (;;) {
    tcp::socket socket(ioc_);
    error_code ec;
    acceptor_.accept(socket, ec);
    std::lock_guard lock(mutex_);
    if (stopping_ || ec) return;
    tcp::socket& owned = sockets_.emplace_back(std::move(socket));
    const int index = accepted_++;
    sessions_.emplace_back([this, &owned, index] {
      Connection connection{owned, tls_, index};
      try {
        session_(connection);
      } catch (const std::exception&) {
        // A session that fails just ends; the client sees the connection close.
      }
      ::shutdown(owned.native_handle(), SHUT_RDWR);
      std::lock_guard ended_lock(mutex_);
      ++ended_;
      changed_.notify_all();
    });
  }
}

std::uint16_t unused_port() {
  asio::io_context ioc;
  tcp::acceptor acceptor(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  return acceptor.local_endpoint().port();
}

Session http_session(Responder respond, bool hang_up_after_first) {
  return [respond = std::move(respond), hang_up_after_first](Connection& c) {
    TlsSocket tls(c.socket, c.tls);
    error_code ec;
    tls.handshake(ssl::stream_base::server, ec);
    if (ec) return;
    beast::flat_buffer buffer;
    for (;;) {
      HttpRequest request;
      http::read(tls, buffer, request, ec);
      if (ec) return;
      HttpResponse response = respond(request, c.index);
      response.prepare_payload();
      http::write(tls, response, ec);
      if (ec || hang_up_after_first || !response.keep_alive()) return;
    }
  };
}

HttpResponse echo(const HttpRequest& request, int /*connection*/) {
  HttpResponse response{http::status::ok, 11};
  response.set(http::field::content_type, "application/x-protobuf");
  response.body() = std::string(request.method_string()) + " " + std::string(request.target()) +
                    "|" + std::string(request[http::field::host]) + "|" +
                    std::string(request[http::field::content_type]) + "|" +
                    std::string(request[http::field::accept]) + "|" +
                    std::string(request[http::field::authorization]) + "|" + request.body();
  return response;
}

namespace {

// Reads until the peer goes (or the server stops): a session that never answers.
template <typename Stream>
void read_until_gone(Stream& stream) {
  std::array<char, 1024> scratch{};
  error_code ec;
  while (!ec) stream.read_some(asio::buffer(scratch), ec);
}

}  // namespace

Session hang_up_after_request() {
  return [](Connection& c) {
    TlsSocket tls(c.socket, c.tls);
    error_code ec;
    tls.handshake(ssl::stream_base::server, ec);
    if (ec) return;
    beast::flat_buffer buffer;
    HttpRequest request;
    http::read(tls, buffer, request, ec);
  };
}

Session silent_after_request() {
  return [](Connection& c) {
    TlsSocket tls(c.socket, c.tls);
    error_code ec;
    tls.handshake(ssl::stream_base::server, ec);
    if (ec) return;
    beast::flat_buffer buffer;
    HttpRequest request;
    http::read(tls, buffer, request, ec);
    if (!ec) read_until_gone(tls);
  };
}

Session silent_tcp() {
  return [](Connection& c) { read_until_gone(c.socket); };
}

Session plain_http() {
  return [](Connection& c) {
    std::array<char, 1024> hello{};
    error_code ec;
    c.socket.read_some(asio::buffer(hello), ec);
    if (ec) return;
    const std::string answer =
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
        "Connection: close\r\n\r\nnot for TLS";
    asio::write(c.socket, asio::buffer(answer), ec);
  };
}

Session websocket_session(std::vector<std::string> messages, std::string authorization,
                          HttpResponse refusal, bool close_after) {
  return [messages = std::move(messages), authorization = std::move(authorization),
          refusal = std::move(refusal), close_after](Connection& c) {
    websocket::stream<TlsSocket> ws(c.socket, c.tls);
    error_code ec;
    ws.next_layer().handshake(ssl::stream_base::server, ec);
    if (ec) return;
    beast::flat_buffer buffer;
    HttpRequest request;
    http::read(ws.next_layer(), buffer, request, ec);
    if (ec) return;
    if (!websocket::is_upgrade(request) || request[http::field::authorization] != authorization) {
      HttpResponse answer = refusal;
      answer.prepare_payload();
      http::write(ws.next_layer(), answer, ec);
      return;
    }
    ws.accept(request, ec);
    if (ec) return;
    ws.binary(true);
    for (const auto& message : messages) {
      ws.write(asio::buffer(message), ec);
      if (ec) return;
    }
    if (close_after) ws.close(websocket::close_code::going_away, ec);
    // Reading answers pings and the client's close, until the connection ends.
    beast::flat_buffer incoming;
    while (!ec) ws.read(incoming, ec);
  };
}

Session deaf_websocket_session() {
  return [](Connection& c) {
    websocket::stream<TlsSocket> ws(c.socket, c.tls);
    error_code ec;
    ws.next_layer().handshake(ssl::stream_base::server, ec);
    if (!ec) ws.accept(ec);
    if (!ec) read_until_gone(c.socket);
  };
}

}  // namespace kith::net::testing
