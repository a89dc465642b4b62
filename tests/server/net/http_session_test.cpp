// HttpSession over Beast's in-memory test stream: the HTTP path without TLS or sockets, with
// failures injected at every operation. This is the seam a fuzz target for the request parser
// uses too.

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/_experimental/test/fail_count.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <variant>

#include "net/detail/http_session.hpp"
#include "test_stream_ops.hpp"

namespace kith::server::detail {

namespace {

using TestStream = beast::test::stream;

class EchoService final : public Service {
 public:
  HttpResponse handle(const HttpRequest& request) override {
    ++handled;
    last_peer = request.peer;
    return HttpResponse{200, "text/plain", request.method + " " + request.target + "\n" + request.body,
                        {}};
  }
  std::variant<std::uint64_t, HttpResponse> subscribe(const HttpRequest&,
                                                      std::shared_ptr<EventSink>) override {
    return HttpResponse{403, "text/plain", "no", {}};
  }
  void unsubscribe(std::uint64_t) override {}
  void draining() override {}

  int handled = 0;
  std::string last_peer;
};

ServerOptions options() {
  ServerOptions o;
  o.header_limit = 1024;
  o.body_limit = 64;
  return o;
}

//! One in-memory connection to an HttpSession; `client` is the client's end.
struct Connection {
  Connection(EchoService& service, beast::test::fail_count* faults = nullptr)
      : state(std::make_shared<ServerState>(options(), service)),
        client(ioc) {
    TestStream server = faults != nullptr ? TestStream(ioc, *faults) : TestStream(ioc);
    server.connect(client);
    std::make_shared<HttpSession<TestStream>>(std::move(server), state)->run();
  }
  //! Sends `raw` and returns everything the server wrote back once it has nothing left to do.
  std::string exchange(const std::string& raw) {
    beast::error_code ec;
    net::write(client, net::buffer(raw), ec);
    ioc.restart();
    ioc.poll();
    std::string out(client.str());
    client.clear();
    return out;
  }
  ~Connection() {
    client.close();
    ioc.restart();
    ioc.poll();
  }

  net::io_context ioc;
  std::shared_ptr<ServerState> state;
  TestStream client;
};

TEST(HttpSession, AnswersKeepAliveRequestsInMemory) {
  EchoService service;
  Connection c(service);
  const std::string first = c.exchange("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(first.rfind("HTTP/1.1 200 OK\r\n", 0), 0U) << first;
  EXPECT_NE(first.find("\r\n\r\nGET /a\n"), std::string::npos) << first;
  const std::string second = c.exchange("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi");
  EXPECT_NE(second.find("\r\n\r\nPOST /b\nhi"), std::string::npos) << second;
  EXPECT_EQ(service.handled, 2);
  EXPECT_EQ(service.last_peer, "192.0.2.1");
}

TEST(HttpSession, RefusesAmbiguousLengthsInMemory) {
  for (const std::string raw :
       {"POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\nContent-Length: 5\r\n\r\nhello",
        "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"}) {
    SCOPED_TRACE(raw);
    EchoService service;
    Connection c(service);
    const std::string out = c.exchange(raw);
    EXPECT_EQ(out.rfind("HTTP/1.1 400 Bad Request\r\n", 0), 0U) << out;
    EXPECT_NE(out.find("Connection: close"), std::string::npos) << out;
    EXPECT_EQ(service.handled, 0);
  }
}

TEST(HttpSession, RefusesLargeBodiesAndHeadersInMemory) {
  EchoService service;
  {
    Connection c(service);
    const std::string out = c.exchange("POST / HTTP/1.1\r\nContent-Length: 65\r\n\r\n");
    EXPECT_EQ(out.rfind("HTTP/1.1 413 ", 0), 0U) << out;
  }
  {
    Connection c(service);
    const std::string out =
        c.exchange("GET / HTTP/1.1\r\nX: " + std::string(2000, 'x') + "\r\n\r\n");
    EXPECT_EQ(out.rfind("HTTP/1.1 431 ", 0), 0U) << out;
  }
  EXPECT_EQ(service.handled, 0);
}

TEST(HttpSession, SurvivesAFailureAtEveryOperation) {
  // Fail the n-th operation on the server's stream, for every n until the exchange succeeds:
  // each error path must end the session cleanly (ASan and the leak checker watch).
  bool completed = false;
  std::size_t n = 0;
  for (; n < 100 && !completed; ++n) {
    EchoService service;
    beast::test::fail_count faults(n);
    std::shared_ptr<ServerState> state;
    {
      Connection c(service, &faults);
      state = c.state;
      const std::string out =
          c.exchange("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
      completed = out.find("\r\n\r\nPOST /x\nabc") != std::string::npos;
    }
    EXPECT_EQ(state->size(), 0U) << "a session outlived its connection after failure " << n;
  }
  EXPECT_TRUE(completed);
  EXPECT_GT(n, 3U) << "the exchange should take several operations, each failed once";
}

}  // namespace
}  // namespace kith::server::detail
