#pragma once
// A small real server on 127.0.0.1 for the kith_net tests: it accepts on a thread of its own and
// runs each connection's session, blocking, on another. Sessions are plain functions, so each
// test says exactly how the server behaves: answer, keep quiet, hang up, refuse an upgrade.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "kith/net/certificates.hpp"

namespace kith::net::testing {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using TlsSocket = ssl::stream<tcp::socket&>;
using HttpRequest = http::request<http::string_body>;
using HttpResponse = http::response<http::string_body>;

//! One accepted connection. The socket is blocking and belongs to the server, which shuts it
//! down when the session returns (the client then sees the connection closed) and when the
//! server stops (so that no session blocks for ever).
struct Connection {
  tcp::socket& socket;
  ssl::context& tls;
  int index;  //!< 0 for the first connection the server accepted
};

using Session = std::function<void(Connection&)>;

class TestServer {
 public:
  //! Listens on 127.0.0.1 on a free port, with `identity` as its TLS certificate and key.
  TestServer(const Pem& identity, Session session);
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;
  ~TestServer();

  std::uint16_t port() const { return port_; }
  //! "https://<host>:<port>"
  std::string url(const std::string& host = "127.0.0.1") const;
  //! How many connections the server has accepted so far.
  int accepted() const;
  //! Waits until `count` sessions have ended; false if that takes longer than `timeout`.
  bool wait_ended(int count, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

 private:
  void accept_loop();

  asio::io_context ioc_;
  ssl::context tls_;
  tcp::acceptor acceptor_;
  std::uint16_t port_ = 0;
  Session session_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::list<tcp::socket> sockets_;  // stable addresses; closed only by the destructor
  std::vector<std::thread> sessions_;
  int accepted_ = 0;
  int ended_ = 0;
  bool stopping_ = false;
  std::thread acceptor_thread_;
};

//! A free port on 127.0.0.1 that nothing listens on (bound, then released).
std::uint16_t unused_port();

// Sessions.

//! The answer to a request on connection `connection`.
using Responder = std::function<HttpResponse(const HttpRequest& request, int connection)>;

//! TLS, then answers every request with `respond` until the client closes the connection; with
//! `hang_up_after_first`, closes it right after the first answer instead (an idle timeout).
Session http_session(Responder respond, bool hang_up_after_first = false);
//! An answer of 200 whose body tells what the server received: "METHOD TARGET|host|content
//! type|accept|authorization|body".
HttpResponse echo(const HttpRequest& request, int connection);
//! TLS, reads one request, then hangs up without a byte of answer.
Session hang_up_after_request();
//! TLS, reads one request, then never answers (waits until the client goes).
Session silent_after_request();
//! Accepts TCP but never starts TLS (waits until the client goes).
Session silent_tcp();
//! Answers in plain HTTP, without TLS.
Session plain_http();
//! TLS and a WebSocket upgrade if the request carries `authorization`; then sends `messages`
//! (binary) and reads until the client closes, or closes the stream itself if `close_after`.
//! A request without that authorization is refused with `refusal`.
Session websocket_session(std::vector<std::string> messages, std::string authorization,
                          HttpResponse refusal, bool close_after = false);
//! TLS and a WebSocket upgrade, then silence: the session reads the raw socket, so it never
//! answers a ping (a peer that has gone away without closing).
Session deaf_websocket_session();

}  // namespace kith::net::testing
