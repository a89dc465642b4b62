// The server's network layer over real TLS on 127.0.0.1: a real Server with a small test Service,
// clients written with Beast, and a certificate authority made at test time with the openssl tool.

#include <gtest/gtest.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "log.hpp"
#include "net/server.hpp"

namespace kith::server {
namespace {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace fs = std::filesystem;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// --- Certificates ----------------------------------------------------------------------------

//! A CA and a server certificate for IP 127.0.0.1 (EC P-256), made once per test run.
class Certificates : public ::testing::Environment {
 public:
  static const fs::path& dir() { return dir_; }
  static std::string ca() { return (dir_ / "ca.pem").string(); }
  static std::string certificate() { return (dir_ / "server.pem").string(); }
  static std::string key() { return (dir_ / "server.key").string(); }
  static std::string other_key() { return (dir_ / "other.key").string(); }

  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "kith-server-net-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    std::ofstream(dir_ / "server.ext") << "basicConstraints=CA:FALSE\n"
                                          "keyUsage=critical,digitalSignature\n"
                                          "extendedKeyUsage=serverAuth\n"
                                          "subjectAltName=IP:127.0.0.1\n";
    const std::string tool = KITH_OPENSSL_TOOL;
    const std::string d = dir_.string();
    const std::string ec = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    run(tool + " req -x509" + ec + " -keyout " + d + "/ca.key -out " + d +
        "/ca.pem -days 2 -subj /CN=Kith-Test-CA"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign");
    run(tool + " req" + ec + " -keyout " + d + "/server.key -out " + d +
        "/server.csr -subj /CN=127.0.0.1");
    run(tool + " x509 -req -in " + d + "/server.csr -CA " + d + "/ca.pem -CAkey " + d +
        "/ca.key -CAcreateserial -days 2 -extfile " + d + "/server.ext -out " + d + "/server.pem");
    run(tool + " genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out " + d +
        "/other.key");
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

 private:
  static void run(const std::string& command) {
    ASSERT_EQ(std::system((command + " >/dev/null 2>&1").c_str()), 0) << command;
  }
  static inline fs::path dir_;
};

[[maybe_unused]] const auto* const kCertificates =
    ::testing::AddGlobalTestEnvironment(new Certificates);

// --- A Service for tests -----------------------------------------------------------------------

//! Echoes requests, counts calls, sleeps on /slow, and keeps the sinks it is given.
class TestService final : public Service {
 public:
  HttpResponse handle(const HttpRequest& request) override {
    {
      const std::lock_guard lock(mutex_);
      ++handled_;
      last_ = request;
    }
    if (request.target == "/slow") {
      {
        const std::lock_guard lock(mutex_);
        slow_started_ = true;
      }
      changed_.notify_all();
      std::this_thread::sleep_for(slow_for);
    }
    if (request.target.starts_with("/v1/other")) return HttpResponse{404, "text/plain", "no", {}};
    HttpResponse response;
    response.content_type = "text/plain";
    response.body = request.method + " " + request.target + "\n" + request.body;
    response.headers.emplace_back("X-Test", "yes");
    response.headers.emplace_back("X-Injected", "a\r\nSet-Cookie: b");  // must be dropped
    return response;
  }

  std::variant<std::uint64_t, HttpResponse> subscribe(const HttpRequest& upgrade,
                                                      std::shared_ptr<EventSink> sink) override {
    const std::lock_guard lock(mutex_);
    if (refuse_subscriptions) {
      return HttpResponse{401, "application/json",
                          R"({"code":"unauthenticated","message":"Sign in first."})", {}};
    }
    last_ = upgrade;
    sinks_.push_back(std::move(sink));
    const std::uint64_t id = sinks_.size();
    subscribed_.insert(id);
    changed_.notify_all();
    return id;
  }

  void unsubscribe(std::uint64_t id) override {
    const std::lock_guard lock(mutex_);
    unsubscribed_.insert(id);
    changed_.notify_all();
  }

  void draining() override { ++draining_calls; }

  //! The sink of the n-th subscription (0-based), waiting up to 3 s for it.
  std::shared_ptr<EventSink> sink(std::size_t n) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, 3s, [&] { return sinks_.size() > n; });
    return sinks_.size() > n ? sinks_[n] : nullptr;
  }
  bool wait_slow_started() {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 3s, [&] { return slow_started_; });
  }
  bool wait_unsubscribed(std::size_t count) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 3s, [&] { return unsubscribed_.size() >= count; });
  }
  int handled() const {
    const std::lock_guard lock(mutex_);
    return handled_;
  }
  HttpRequest last() const {
    const std::lock_guard lock(mutex_);
    return last_;
  }
  std::set<std::uint64_t> subscribed() const {
    const std::lock_guard lock(mutex_);
    return subscribed_;
  }
  std::set<std::uint64_t> unsubscribed() const {
    const std::lock_guard lock(mutex_);
    return unsubscribed_;
  }

  std::atomic<bool> refuse_subscriptions{false};
  std::atomic<int> draining_calls{0};
  std::chrono::milliseconds slow_for{800};

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  int handled_ = 0;
  bool slow_started_ = false;
  HttpRequest last_;
  std::vector<std::shared_ptr<EventSink>> sinks_;
  std::set<std::uint64_t> subscribed_;
  std::set<std::uint64_t> unsubscribed_;
};

// --- A server on a background thread -----------------------------------------------------------

ServerOptions test_options() {
  ServerOptions options;
  options.certificate_file = Certificates::certificate();
  options.private_key_file = Certificates::key();
  options.threads = 2;
  options.header_limit = 4 * 1024;
  options.body_limit = 64 * 1024;
  options.handshake_timeout = 2s;
  options.request_timeout = 1s;
  options.idle_timeout = 1s;
  options.drain_timeout = 2s;
  return options;
}

class RunningServer {
 public:
  RunningServer(TestService& service, ServerOptions options = test_options()) {
    auto created = Server::create(std::move(options), service);
    if (!created) {
      ADD_FAILURE() << created.error().describe();
      return;
    }
    server_ = std::move(*created);
    thread_ = std::thread([this] {
      server_->run();
      returned_.set_value();
    });
  }
  ~RunningServer() {
    if (!server_) return;
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  std::uint16_t port() const { return server_ ? server_->port() : 0; }
  Server& server() { return *server_; }
  //! True when run() returned within `limit`.
  bool wait_returned(std::chrono::milliseconds limit) {
    return returned_future_.wait_for(limit) == std::future_status::ready;
  }

 private:
  std::unique_ptr<Server> server_;
  std::promise<void> returned_;
  std::shared_future<void> returned_future_ = returned_.get_future().share();
  std::thread thread_;
};

// --- Clients -----------------------------------------------------------------------------------

using TlsStream = beast::ssl_stream<beast::tcp_stream>;
using Response = http::response<http::string_body>;

//! Runs one asynchronous operation on `ioc` to completion, or closes `lowest` after `limit` so
//! that a server that never answers fails the test instead of hanging it.
template <class Start>
beast::error_code run_op(net::io_context& ioc, beast::tcp_stream& lowest, Start&& start,
                         Clock::duration limit = 5s) {
  std::optional<beast::error_code> result;
  std::forward<Start>(start)([&result](beast::error_code ec, auto&&...) { result = ec; });
  ioc.restart();
  ioc.run_for(limit);
  if (!result) {
    lowest.close();
    ioc.restart();
    ioc.run();
    return net::error::timed_out;
  }
  return *result;
}

void trust_test_ca(ssl::context& context) {
  context.load_verify_file(Certificates::ca());
  context.set_verify_mode(ssl::verify_peer);
}

class TlsClient {
 public:
  explicit TlsClient(const std::function<void(SSL_CTX*)>& tweak = {})
      : context_(std::make_shared<ssl::context>(ssl::context::tls_client)) {
    trust_test_ca(*context_);
    if (tweak) tweak(context_->native_handle());
    stream_.emplace(ioc_, *context_);
    stream_->set_verify_callback(ssl::host_name_verification("127.0.0.1"));
  }
  //! A client sharing a TLS context with others (as a real client process would).
  explicit TlsClient(std::shared_ptr<ssl::context> context) : context_(std::move(context)) {
    stream_.emplace(ioc_, *context_);
    stream_->set_verify_callback(ssl::host_name_verification("127.0.0.1"));
  }

  beast::error_code connect_tcp(std::uint16_t port) {
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    return op([&](auto handler) { lowest().async_connect(endpoint, std::move(handler)); });
  }
  beast::error_code handshake() {
    return op([&](auto handler) {
      stream_->async_handshake(ssl::stream_base::client, std::move(handler));
    });
  }
  beast::error_code connect(std::uint16_t port) {
    if (auto ec = connect_tcp(port)) return ec;
    return handshake();
  }
  beast::error_code write(const std::string& raw) {
    return op([&](auto handler) { net::async_write(*stream_, net::buffer(raw), std::move(handler)); });
  }
  beast::error_code send(http::request<http::string_body> request) {
    request.prepare_payload();
    return op([&](auto handler) { http::async_write(*stream_, request, std::move(handler)); });
  }
  beast::error_code read(Response& response) {
    response = {};
    return op([&](auto handler) { http::async_read(*stream_, buffer_, response, std::move(handler)); });
  }
  //! Reads and expects the connection to end; returns how it ended (eof, truncated, ...).
  beast::error_code read_to_end(Clock::duration limit = 5s) {
    char byte = 0;
    return op([&](auto handler) { stream_->async_read_some(net::buffer(&byte, 1), std::move(handler)); },
              limit);
  }
  Response get(const std::string& target) {
    http::request<http::string_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    Response response;
    EXPECT_FALSE(send(std::move(request)));
    EXPECT_FALSE(read(response));
    return response;
  }

  SSL* native() { return stream_->native_handle(); }
  beast::flat_buffer& buffer() { return buffer_; }

 private:
  beast::tcp_stream& lowest() { return beast::get_lowest_layer(*stream_); }
  template <class Start>
  beast::error_code op(Start&& start, Clock::duration limit = 5s) {
    return run_op(ioc_, lowest(), std::forward<Start>(start), limit);
  }

  net::io_context ioc_;
  std::shared_ptr<ssl::context> context_;
  std::optional<TlsStream> stream_;
  beast::flat_buffer buffer_;
};

class WsClient {
 public:
  WsClient() {
    trust_test_ca(context_);
    ws_.next_layer().set_verify_callback(ssl::host_name_verification("127.0.0.1"));
  }

  //! TCP, TLS and the upgrade; `response` receives the server's answer to the upgrade.
  beast::error_code connect(std::uint16_t port, const std::string& target,
                            websocket::response_type* response = nullptr) {
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    if (auto ec = op([&](auto h) { lowest().async_connect(endpoint, std::move(h)); })) return ec;
    if (auto ec = op([&](auto h) {
          ws_.next_layer().async_handshake(ssl::stream_base::client, std::move(h));
        })) {
      return ec;
    }
    websocket::response_type ignored;
    return op([&](auto h) {
      ws_.async_handshake(response != nullptr ? *response : ignored, "127.0.0.1", target,
                          std::move(h));
    });
  }
  //! One message; `binary` says how it was sent.
  beast::error_code read(std::string& message, bool& binary) {
    beast::flat_buffer buffer;
    auto ec = op([&](auto h) { ws_.async_read(buffer, std::move(h)); });
    message = beast::buffers_to_string(buffer.data());
    binary = ws_.got_binary();
    return ec;
  }
  websocket::close_reason reason() const { return ws_.reason(); }

 private:
  beast::tcp_stream& lowest() { return beast::get_lowest_layer(ws_); }
  template <class Start>
  beast::error_code op(Start&& start) {
    return run_op(ioc_, lowest(), std::forward<Start>(start));
  }

  net::io_context ioc_;
  ssl::context context_{ssl::context::tls_client};
  websocket::stream<TlsStream> ws_{ioc_, context_};
};

bool connection_ended(beast::error_code ec) {
  return ec == net::error::eof || ec == ssl::error::stream_truncated ||
         ec == net::error::connection_reset;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string header_block(const std::string& request_line_and_headers) {
  return request_line_and_headers + "\r\n";
}

//! Sends `raw`, reads one response and checks that the server then closes the connection.
Response send_raw_expect_close(std::uint16_t port, const std::string& raw) {
  TlsClient client;
  EXPECT_FALSE(client.connect(port));
  EXPECT_FALSE(client.write(raw));
  Response response;
  EXPECT_FALSE(client.read(response));
  EXPECT_FALSE(response.keep_alive());
  const auto ended = client.read_to_end(3s);
  EXPECT_TRUE(connection_ended(ended)) << ended.message();
  return response;
}

// --- Creation ----------------------------------------------------------------------------------

TEST(ServerCreate, RefusesWhatCannotWork) {
  TestService service;
  auto options = test_options();
  options.certificate_file = (Certificates::dir() / "missing.pem").string();
  auto missing = Server::create(options, service);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::io_error);
  EXPECT_NE(missing.error().message.find("Cannot read the certificate"), std::string::npos);

  options = test_options();
  options.private_key_file = Certificates::other_key();
  auto mismatched = Server::create(options, service);
  ASSERT_FALSE(mismatched);
  EXPECT_EQ(mismatched.error().code, ErrorCode::io_error);
  EXPECT_NE(mismatched.error().message.find("does not belong"), std::string::npos);

  options = test_options();
  options.address = "localhost";
  auto not_ip = Server::create(options, service);
  ASSERT_FALSE(not_ip);
  EXPECT_EQ(not_ip.error().code, ErrorCode::invalid_argument);

  options = test_options();
  options.threads = -1;
  EXPECT_EQ(Server::create(options, service).error().code, ErrorCode::invalid_argument);

  auto first = Server::create(test_options(), service);
  ASSERT_TRUE(first);
  EXPECT_NE((*first)->port(), 0);
  options = test_options();
  options.port = (*first)->port();
  auto in_use = Server::create(options, service);
  ASSERT_FALSE(in_use);
  EXPECT_EQ(in_use.error().code, ErrorCode::io_error);
  EXPECT_NE(in_use.error().message.find("in use"), std::string::npos) << in_use.error().message;
}

// --- HTTP --------------------------------------------------------------------------------------

TEST(ServerHttp, AnswersTwoRequestsOnOneConnection) {
  TestService service;
  RunningServer server(service);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));

  http::request<http::string_body> post{http::verb::post, "/v1/push?x=1", 11};
  post.set(http::field::host, "127.0.0.1");
  post.set(http::field::content_type, "application/x-protobuf");
  post.set(http::field::accept, "application/json");
  post.set(http::field::authorization, "Bearer t0ken");
  post.body() = "hello";
  ASSERT_FALSE(client.send(post));
  Response first;
  ASSERT_FALSE(client.read(first));
  EXPECT_EQ(first.result_int(), 200);
  EXPECT_EQ(first.body(), "POST /v1/push?x=1\nhello");
  EXPECT_EQ(first[http::field::server], "kith");
  EXPECT_EQ(first[http::field::content_length], "23");
  EXPECT_FALSE(first[http::field::date].empty());
  EXPECT_EQ(first["X-Test"], "yes");
  EXPECT_EQ(first.count("X-Injected"), 0U);
  EXPECT_EQ(first.count(http::field::set_cookie), 0U);
  EXPECT_TRUE(first.keep_alive());

  const HttpRequest seen = service.last();
  EXPECT_EQ(seen.method, "POST");
  EXPECT_EQ(seen.content_type, "application/x-protobuf");
  EXPECT_EQ(seen.accept, "application/json");
  EXPECT_EQ(seen.authorization, "Bearer t0ken");
  EXPECT_EQ(seen.peer, "127.0.0.1");

  // The same connection serves the next request.
  const Response second = client.get("/v1/pull");
  EXPECT_EQ(second.result_int(), 200);
  EXPECT_EQ(second.body(), "GET /v1/pull\n");
  EXPECT_EQ(service.handled(), 2);
}

TEST(ServerHttp, AnswersPipelinedRequestsInOrder) {
  TestService service;
  RunningServer server(service);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));
  ASSERT_FALSE(client.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                            "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  Response a;
  Response b;
  ASSERT_FALSE(client.read(a));
  ASSERT_FALSE(client.read(b));
  EXPECT_EQ(a.body(), "GET /a\n");
  EXPECT_EQ(b.body(), "GET /b\n");
  EXPECT_FALSE(b.keep_alive());
  EXPECT_TRUE(connection_ended(client.read_to_end(3s)));
}

TEST(ServerHttp, SendsContinueBeforeReadingAnAnnouncedBody) {
  TestService service;
  RunningServer server(service);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));
  ASSERT_FALSE(client.write("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                            "Expect: 100-continue\r\n\r\n"));
  Response interim;
  ASSERT_FALSE(client.read(interim));
  EXPECT_EQ(interim.result_int(), 100);
  ASSERT_FALSE(client.write("abc"));
  Response final_response;
  ASSERT_FALSE(client.read(final_response));
  EXPECT_EQ(final_response.body(), "POST /e\nabc");
}

TEST(ServerHttp, RefusesALargeContentLengthBeforeReadingTheBody) {
  TestService service;
  RunningServer server(service);
  // Only the header: the answer must come without the body ever being sent.
  const Response response = send_raw_expect_close(
      server.port(), header_block("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n"));
  EXPECT_EQ(response.result_int(), 413);
  EXPECT_EQ(response[http::field::content_type], "application/json");
  EXPECT_EQ(response.body(),
            R"({"code":"body_too_large","message":"The request body is larger than 65536 bytes."})");
  EXPECT_EQ(service.handled(), 0);
}

TEST(ServerHttp, RefusesAChunkedBodyOverTheLimit) {
  TestService service;
  RunningServer server(service);
  std::string raw = "POST /v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 10; ++i) raw += "2000\r\n" + std::string(0x2000, 'x') + "\r\n";  // 80 KiB
  raw += "0\r\n\r\n";
  const Response response = send_raw_expect_close(server.port(), raw);
  EXPECT_EQ(response.result_int(), 413);
  EXPECT_NE(response.body().find(R"("code":"body_too_large")"), std::string::npos);
  EXPECT_EQ(service.handled(), 0);
}

TEST(ServerHttp, AcceptsABodyAtTheLimit) {
  TestService service;
  RunningServer server(service);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));
  http::request<http::string_body> post{http::verb::post, "/", 11};
  post.set(http::field::host, "x");
  post.body() = std::string(64 * 1024, 'b');
  ASSERT_FALSE(client.send(post));
  Response response;
  ASSERT_FALSE(client.read(response));
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body().size(), 64U * 1024 + 7);  // "POST /\n" + body
}

TEST(ServerHttp, RefusesOversizedHeadersWith431) {
  TestService service;
  RunningServer server(service);
  const Response response = send_raw_expect_close(
      server.port(),
      header_block("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(5000, 'h') + "\r\n"));
  EXPECT_EQ(response.result_int(), 431);
  EXPECT_NE(response.body().find(R"("code":"bad_request")"), std::string::npos);
  EXPECT_EQ(service.handled(), 0);
}

TEST(ServerHttp, RefusesContentLengthWithTransferEncoding) {
  TestService service;
  RunningServer server(service);
  const std::vector<std::string> ambiguous{
      // Both orders of the classic CL.TE / TE.CL smuggling request.
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
      "0\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
      "0\r\n\r\n",
      // Beast alone would frame this one by Content-Length.
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello",
      // No knowable length: the last coding is not chunked.
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n",
      // Two different lengths.
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
  };
  for (const auto& raw : ambiguous) {
    SCOPED_TRACE(raw);
    const Response response = send_raw_expect_close(server.port(), raw);
    EXPECT_EQ(response.result_int(), 400);
    EXPECT_NE(response.body().find("ambiguous"), std::string::npos) << response.body();
  }
  EXPECT_EQ(service.handled(), 0);
}

TEST(ServerHttp, RefusesMalformedRequestsWith400) {
  TestService service;
  RunningServer server(service);
  for (const std::string raw : {"NOT HTTP AT ALL\r\n\r\n", "GET / HTTP/1.1\r\nBad Header\r\n\r\n",
                                "GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n"}) {
    SCOPED_TRACE(raw);
    const Response response = send_raw_expect_close(server.port(), raw);
    EXPECT_EQ(response.result_int(), 400);
    EXPECT_NE(response.body().find(R"("code":"bad_request")"), std::string::npos);
  }
  EXPECT_EQ(service.handled(), 0);
}

// --- Timeouts ----------------------------------------------------------------------------------

TEST(ServerTimeouts, CutsASlowRequestWhileServingOthers) {
  TestService service;
  auto options = test_options();
  options.request_timeout = 1s;
  options.idle_timeout = 3s;  // so that only the request deadline can end the slow client
  RunningServer server(service, options);

  TlsClient slow;
  ASSERT_FALSE(slow.connect(server.port()));
  const auto started = Clock::now();
  ASSERT_FALSE(slow.write("GET / HTTP/1.1\r\nHost: x\r\n"));  // half a request, then nothing

  TlsClient other;
  ASSERT_FALSE(other.connect(server.port()));
  EXPECT_EQ(other.get("/").result_int(), 200);
  EXPECT_LT(seconds_since(started), 0.8);

  const auto ended = slow.read_to_end();
  const double after = seconds_since(started);
  EXPECT_TRUE(connection_ended(ended)) << ended.message();
  EXPECT_GT(after, 0.9);
  EXPECT_LT(after, 2.0);
  EXPECT_EQ(service.handled(), 1);
}

TEST(ServerTimeouts, CutsAClientTricklingItsRequest) {
  TestService service;
  auto options = test_options();
  options.request_timeout = 1s;
  options.idle_timeout = 3s;
  RunningServer server(service, options);
  TlsClient slow;
  ASSERT_FALSE(slow.connect(server.port()));
  const auto started = Clock::now();
  // One byte every 200 ms: every read is quick, the request never ends.
  const std::string raw = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n";
  beast::error_code ec;
  for (const char c : raw) {
    ec = slow.write(std::string(1, c));
    if (ec) break;
    std::this_thread::sleep_for(200ms);
  }
  if (!ec) ec = slow.read_to_end();
  EXPECT_TRUE(ec) << "the server kept a trickling request open";
  EXPECT_LT(seconds_since(started), 2.0);
  EXPECT_EQ(service.handled(), 0);
}

TEST(ServerTimeouts, ClosesAnIdleKeepAliveConnection) {
  TestService service;
  auto options = test_options();
  options.idle_timeout = 1s;
  options.request_timeout = 3s;  // so that only the idle deadline can end the connection
  RunningServer server(service, options);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));
  const Response response = client.get("/");
  EXPECT_TRUE(response.keep_alive());
  const auto started = Clock::now();
  const auto ended = client.read_to_end();
  const double after = seconds_since(started);
  EXPECT_TRUE(connection_ended(ended)) << ended.message();
  EXPECT_GT(after, 0.9);
  EXPECT_LT(after, 2.0);
}

TEST(ServerTimeouts, ClosesAConnectionThatNeverShakesHands) {
  TestService service;
  auto options = test_options();
  options.handshake_timeout = 1s;
  RunningServer server(service, options);
  net::io_context ioc;
  beast::tcp_stream raw(ioc);
  const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), server.port());
  ASSERT_FALSE(run_op(ioc, raw, [&](auto h) { raw.async_connect(endpoint, std::move(h)); }));
  const auto started = Clock::now();
  char byte = 0;
  const auto ended =
      run_op(ioc, raw, [&](auto h) { raw.async_read_some(net::buffer(&byte, 1), std::move(h)); });
  EXPECT_EQ(ended, net::error::eof) << ended.message();
  EXPECT_GT(seconds_since(started), 0.9);
  EXPECT_LT(seconds_since(started), 2.0);
}

// --- TLS ---------------------------------------------------------------------------------------

int ssl_reason(beast::error_code ec) {
  if (ec.category() != net::error::get_ssl_category()) return 0;
  return ERR_GET_REASON(static_cast<unsigned long>(ec.value()));
}

TEST(ServerTls, RefusesTls11) {
  TestService service;
  RunningServer server(service);
  TlsClient client([](SSL_CTX* context) {
    // Allow the old protocol on our side, so that the refusal can only come from the server.
    SSL_CTX_set_security_level(context, 0);
    SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(context, TLS1_1_VERSION);
    SSL_CTX_set_cipher_list(context, "DEFAULT:@SECLEVEL=0");
  });
  const auto ec = client.connect(server.port());
  ASSERT_TRUE(ec);
  EXPECT_EQ(ssl_reason(ec), SSL_R_TLSV1_ALERT_PROTOCOL_VERSION) << ec.message();
}

TEST(ServerTls, RefusesTls12WithoutForwardSecrecyOrAead) {
  TestService service;
  RunningServer server(service);
  TlsClient client([](SSL_CTX* context) {
    SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(context, "ECDHE-ECDSA-AES128-SHA:AES128-GCM-SHA256");
  });
  const auto ec = client.connect(server.port());
  ASSERT_TRUE(ec);
  EXPECT_EQ(ssl_reason(ec), SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE) << ec.message();
}

TEST(ServerTls, AcceptsTls12WithAStrongCipherAndTls13) {
  TestService service;
  RunningServer server(service);

  TlsClient tls12([](SSL_CTX* context) { SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION); });
  ASSERT_FALSE(tls12.connect(server.port()));
  EXPECT_EQ(SSL_version(tls12.native()), TLS1_2_VERSION);
  const std::string cipher = SSL_get_cipher_name(tls12.native());
  EXPECT_EQ(cipher.rfind("ECDHE-", 0), 0U) << cipher;
  EXPECT_TRUE(cipher.find("GCM") != std::string::npos || cipher.find("CHACHA") != std::string::npos)
      << cipher;
  EXPECT_EQ(tls12.get("/").result_int(), 200);

  TlsClient tls13([](SSL_CTX* context) { SSL_CTX_set_min_proto_version(context, TLS1_3_VERSION); });
  ASSERT_FALSE(tls13.connect(server.port()));
  EXPECT_EQ(SSL_version(tls13.native()), TLS1_3_VERSION);
  EXPECT_EQ(tls13.get("/").result_int(), 200);
}

// --- WebSocket ---------------------------------------------------------------------------------

TEST(ServerWebSocket, DeliversFramesInOrder) {
  TestService service;
  RunningServer server(service);
  WsClient client;
  websocket::response_type upgrade;
  ASSERT_FALSE(client.connect(server.port(), "/v1/events?since=1", &upgrade));
  EXPECT_EQ(upgrade.result_int(), 101);
  EXPECT_EQ(upgrade[http::field::server], "kith");
  auto sink = service.sink(0);
  ASSERT_NE(sink, nullptr);
  EXPECT_EQ(service.last().target, "/v1/events?since=1");
  EXPECT_EQ(service.last().peer, "127.0.0.1");

  constexpr int kFrames = 50;
  for (int i = 0; i < kFrames; ++i) sink->send("frame " + std::to_string(i), i % 2 == 0);
  for (int i = 0; i < kFrames; ++i) {
    std::string message;
    bool binary = false;
    ASSERT_FALSE(client.read(message, binary));
    EXPECT_EQ(message, "frame " + std::to_string(i));
    EXPECT_EQ(binary, i % 2 == 0);
  }
}

TEST(ServerWebSocket, SendsTheRefusalInsteadOfUpgrading) {
  TestService service;
  service.refuse_subscriptions = true;
  RunningServer server(service);
  WsClient client;
  websocket::response_type response;
  const auto ec = client.connect(server.port(), "/v1/events", &response);
  EXPECT_EQ(ec, websocket::error::upgrade_declined) << ec.message();
  EXPECT_EQ(response.result_int(), 401);
  EXPECT_NE(response.body().find("unauthenticated"), std::string::npos);
}

TEST(ServerWebSocket, LeavesOtherPathsToTheService) {
  TestService service;
  RunningServer server(service);
  WsClient client;
  websocket::response_type response;
  const auto ec = client.connect(server.port(), "/v1/other", &response);
  EXPECT_EQ(ec, websocket::error::upgrade_declined) << ec.message();
  EXPECT_EQ(response.result_int(), 404);
  EXPECT_TRUE(service.subscribed().empty());
}

TEST(ServerWebSocket, ClosesASessionWhoseQueueOverflows) {
  TestService service;
  RunningServer server(service);
  WsClient client;
  ASSERT_FALSE(client.connect(server.port(), "/v1/events"));
  auto sink = service.sink(0);
  ASSERT_NE(sink, nullptr);
  // Once this arrives the upgrade is complete and frames are written as they come; before,
  // they would all queue and the flood below would overflow before a single write.
  sink->send("ready", false);
  std::string ready;
  bool ready_binary = true;
  ASSERT_FALSE(client.read(ready, ready_binary));

  // Far more than the queue (64) and the socket buffers hold while the client does not read.
  constexpr int kFrames = 400;
  for (int i = 0; i < kFrames; ++i) {
    std::string frame = std::to_string(i) + ":";
    frame.resize(64 * 1024, 'f');
    sink->send(std::move(frame), true);
  }
  int received = 0;
  beast::error_code ec;
  for (;;) {
    std::string message;
    bool binary = false;
    ec = client.read(message, binary);
    if (ec) break;
    EXPECT_EQ(message.substr(0, message.find(':')), std::to_string(received));
    ++received;
  }
  EXPECT_EQ(ec, websocket::error::closed) << ec.message();
  EXPECT_EQ(client.reason().code, websocket::close_code::policy_error);
  EXPECT_LT(received, kFrames);  // those written before the overflow, in order; not the rest
  EXPECT_TRUE(service.wait_unsubscribed(1));
  EXPECT_EQ(service.unsubscribed(), service.subscribed());
  sink->send("after the session is gone", false);  // must do nothing
}

TEST(ServerWebSocket, SinkCloseIsAPolicyClose) {
  TestService service;
  RunningServer server(service);
  WsClient client;
  ASSERT_FALSE(client.connect(server.port(), "/v1/events"));
  auto sink = service.sink(0);
  ASSERT_NE(sink, nullptr);
  // A frame queued just before the close may go or be dropped (the server may still be finishing
  // the upgrade when close() arrives, and a close drops what waits): the close itself must come.
  sink->send("last", false);
  sink->close();
  std::string message;
  bool binary = true;
  beast::error_code ec;
  for (int i = 0; i < 2 && !ec; ++i) ec = client.read(message, binary);
  EXPECT_EQ(ec, websocket::error::closed);
  EXPECT_EQ(client.reason().code, websocket::close_code::policy_error);
  EXPECT_TRUE(service.wait_unsubscribed(1));
}

TEST(ServerWebSocket, UnsubscribesEverySubscription) {
  TestService service;
  auto options = test_options();
  options.handshake_timeout = 1s;  // bounds the drain's close handshake with clients not reading
  {
    RunningServer server(service, options);
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < 4; ++i) {
      clients.push_back(std::make_unique<WsClient>());
      ASSERT_FALSE(clients.back()->connect(server.port(), "/v1/events"));
    }
    clients.pop_back();  // one client simply goes away (TCP close, no close frame)
    ASSERT_TRUE(service.wait_unsubscribed(1));
    ASSERT_NE(service.sink(2), nullptr);
    service.sink(2)->close();  // one is closed by the Service
    ASSERT_TRUE(service.wait_unsubscribed(2));
    // The rest end with the server's drain.
  }
  EXPECT_EQ(service.subscribed().size(), 4U);
  EXPECT_EQ(service.unsubscribed(), service.subscribed());
}

// --- Shutdown ----------------------------------------------------------------------------------

TEST(ServerShutdown, FinishesInFlightRequestsThenReturns) {
  TestService service;
  service.slow_for = 800ms;
  RunningServer server(service);

  TlsClient idle;
  ASSERT_FALSE(idle.connect(server.port()));
  EXPECT_EQ(idle.get("/").result_int(), 200);
  WsClient events;
  ASSERT_FALSE(events.connect(server.port(), "/v1/events"));
  TlsClient slow;
  ASSERT_FALSE(slow.connect(server.port()));
  http::request<http::string_body> request{http::verb::get, "/slow", 11};
  request.set(http::field::host, "x");
  ASSERT_FALSE(slow.send(request));
  ASSERT_TRUE(service.wait_slow_started());

  const auto stopped = Clock::now();
  server.server().stop();
  server.server().stop();  // idempotent

  std::string message;
  bool binary = false;
  EXPECT_EQ(events.read(message, binary), websocket::error::closed);
  EXPECT_EQ(events.reason().code, websocket::close_code::going_away);
  EXPECT_TRUE(connection_ended(idle.read_to_end(2s)));
  EXPECT_LT(seconds_since(stopped), 0.5) << "idle connections close at once";

  Response response;
  ASSERT_FALSE(slow.read(response));
  EXPECT_EQ(response.result_int(), 200);
  EXPECT_EQ(response.body(), "GET /slow\n");
  EXPECT_FALSE(response.keep_alive());
  EXPECT_TRUE(connection_ended(slow.read_to_end(2s)));

  EXPECT_TRUE(server.wait_returned(1500ms));
  EXPECT_LT(seconds_since(stopped), 1.8) << "run() waited for the drain timeout";
  EXPECT_EQ(service.draining_calls, 1);
  EXPECT_EQ(service.unsubscribed(), service.subscribed());

  TlsClient late;
  EXPECT_TRUE(late.connect(server.port()));  // no longer accepting
}

TEST(ServerShutdown, ForcesTheStopAfterTheDrainTimeout) {
  TestService service;
  service.slow_for = 1500ms;
  auto options = test_options();
  options.drain_timeout = 1s;
  RunningServer server(service, options);
  TlsClient slow;
  ASSERT_FALSE(slow.connect(server.port()));
  http::request<http::string_body> request{http::verb::get, "/slow", 11};
  request.set(http::field::host, "x");
  ASSERT_FALSE(slow.send(request));
  ASSERT_TRUE(service.wait_slow_started());
  const auto stopped = Clock::now();
  server.server().stop();
  // run() returns once the handler gives its thread back, without answering.
  EXPECT_TRUE(server.wait_returned(2500ms));
  EXPECT_GT(seconds_since(stopped), 0.9);
}

TEST(ServerShutdown, StopBeforeRunMakesRunReturnAtOnce) {
  TestService service;
  auto created = Server::create(test_options(), service);
  ASSERT_TRUE(created);
  Server& server = **created;
  server.stop();
  const auto started = Clock::now();
  server.run();
  EXPECT_LT(seconds_since(started), 0.5);
  EXPECT_EQ(service.draining_calls, 1);
  server.stop();  // after run(): harmless
}

TEST(ServerShutdown, DrainsOnSigterm) {
  TestService service;
  RunningServer server(service);
  TlsClient client;
  ASSERT_FALSE(client.connect(server.port()));
  EXPECT_EQ(client.get("/").result_int(), 200);  // run() is serving, so its signal_set is up
  std::raise(SIGTERM);
  EXPECT_TRUE(connection_ended(client.read_to_end(2s)));
  EXPECT_TRUE(server.wait_returned(2s));
  EXPECT_EQ(service.draining_calls, 1);
}

// --- Logging -----------------------------------------------------------------------------------

TEST(ServerLog, LogsRefusalsByCategoryAndNeverThePeer) {
  TestService service;
  set_log_level(LogLevel::debug);
  ::testing::internal::CaptureStderr();
  {
    RunningServer server(service);
    send_raw_expect_close(server.port(), header_block("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n"));
    send_raw_expect_close(server.port(),
                          "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    TlsClient old([](SSL_CTX* context) {
      SSL_CTX_set_security_level(context, 0);
      SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
      SSL_CTX_set_max_proto_version(context, TLS1_1_VERSION);
      SSL_CTX_set_cipher_list(context, "DEFAULT:@SECLEVEL=0");
    });
    EXPECT_TRUE(old.connect(server.port()));
    TlsClient client;
    ASSERT_FALSE(client.connect(server.port()));
    EXPECT_EQ(client.get("/").result_int(), 200);
  }
  const std::string logged = ::testing::internal::GetCapturedStderr();
  set_log_level(LogLevel::info);
  EXPECT_NE(logged.find("server_started address=127.0.0.1 port="), std::string::npos) << logged;
  EXPECT_NE(logged.find("refused reason=body_too_large"), std::string::npos) << logged;
  EXPECT_NE(logged.find("refused reason=smuggling"), std::string::npos) << logged;
  EXPECT_NE(logged.find("refused reason=handshake_failed"), std::string::npos) << logged;
  EXPECT_NE(logged.find("draining open="), std::string::npos) << logged;
  EXPECT_NE(logged.find("server_stopped forced=false"), std::string::npos) << logged;
  // The only address in the log is the server's own, once.
  const auto first = logged.find("127.0.0.1");
  EXPECT_EQ(logged.find("127.0.0.1", first + 1), std::string::npos) << logged;
}

// --- Measurements (run by hand: --gtest_also_run_disabled_tests --gtest_filter='*Measure*') ---

std::size_t resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stoul(line.substr(6));
  }
  return 0;
}

TEST(ServerMeasure, DISABLED_KeepAliveThroughputHandshakesAndMemory) {
  TestService service;
  auto options = test_options();
  options.idle_timeout = 30s;
  options.request_timeout = 30s;
  set_log_level(LogLevel::warn);
  RunningServer server(service, options);

  constexpr int kClients = 4;
  constexpr int kRequests = 2000;
  auto started = Clock::now();
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&] {
      TlsClient client;
      ASSERT_FALSE(client.connect(server.port()));
      for (int i = 0; i < kRequests; ++i) ASSERT_EQ(client.get("/").result_int(), 200);
    });
  }
  for (auto& t : clients) t.join();
  const double elapsed = seconds_since(started);
  std::printf("keep-alive: %d requests on %d connections in %.2f s = %.0f requests/s\n",
              kClients * kRequests, kClients, elapsed, kClients * kRequests / elapsed);

  auto shared = std::make_shared<ssl::context>(ssl::context::tls_client);
  trust_test_ca(*shared);
  constexpr int kHandshakes = 300;
  started = Clock::now();
  for (int i = 0; i < kHandshakes; ++i) {
    TlsClient client(shared);
    ASSERT_FALSE(client.connect(server.port()));
  }
  std::printf("handshakes: %.0f TLS 1.3 connections/s (one client at a time)\n",
              kHandshakes / seconds_since(started));

  constexpr int kIdle = 300;
  const std::size_t before = resident_kib();
  std::vector<std::unique_ptr<TlsClient>> idle;
  for (int i = 0; i < kIdle; ++i) {
    idle.push_back(std::make_unique<TlsClient>(shared));
    ASSERT_FALSE(idle.back()->connect(server.port()));
    ASSERT_EQ(idle.back()->get("/").result_int(), 200);
  }
  const std::size_t after = resident_kib();
  std::printf("idle keep-alive connections: %.1f KiB each, client and server side together\n",
              static_cast<double>(after - before) / kIdle);
  idle.clear();
  set_log_level(LogLevel::info);
}

}  // namespace
}  // namespace kith::server
