// The HTTP request path of kith-server: bytes from a client through the network layer's
// HttpSession (Beast's parser, the limits, the smuggling checks, keep-alive, pipelining, HEAD,
// Expect: 100-continue, the WebSocket upgrade to /v1/events and the WebSocketSession after it),
// over Beast's in-memory test stream: no sockets, no TLS (tests/server/net/http_session_test.cpp
// drives the session the same way).
//
// Input: the bytes the client sends. A byte 0xFF ends one write: what came before it is
// delivered and the session runs until it waits again, so requests can arrive in pieces and
// WebSocket frames after the upgrade. If the input's first byte is 0xFE, the server drains
// (SIGTERM) after the last write.
//
// Behind the session is a small Service that answers from what the request says, so the fuzzer
// also controls what the network layer must turn into a response: "status=NNN" in the target
// picks the status, the Accept header becomes the content type, "X-Name: value" from the
// request's Content-Type header becomes a response header, "close" asks to close. Its WebSocket
// subscription is refused when the target says "deny", and otherwise sends a hint at once.
//
// Properties:
//   - the Service only ever sees requests within the body limit, with a method and a target;
//   - everything the server writes back is a well-formed sequence of HTTP/1.1 responses (one per
//     request handled, in order, then at most one refusal), up to a 101 that switches to
//     WebSocket: no header the Service sets can split a response or add another header;
//   - each answer carries the Service's status (or 500 for one that is not a status) and body;
//   - nothing follows a response that says Connection: close;
//   - when the client has gone and the io_context is gone, no session is left registered
//     (nothing keeps itself alive).

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "fuzz_support.hpp"
#include "log.hpp"
#include "net/detail/http_session.hpp"
#include "test_stream_ops.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::fail;
using kith::server::EventSink;
using kith::server::HttpRequest;
using kith::server::HttpResponse;
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using TestStream = beast::test::stream;

constexpr std::size_t kHeaderLimit = 1024;
constexpr std::size_t kBodyLimit = 256;

//! What the Service answered, in order, for comparing with what went out.
struct Answer {
  bool head = false;
  unsigned status = 0;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

class EchoService final : public kith::server::Service {
 public:
  HttpResponse handle(const HttpRequest& request) override {
    check(request.body.size() <= kBodyLimit,
          "the Service got a body of " + std::to_string(request.body.size()) +
              " bytes, over the limit of " + std::to_string(kBodyLimit));
    check(!request.method.empty() && !request.target.empty(),
          "the Service got a request with no method or target");
    HttpResponse r;
    r.status = 200;
    if (const auto at = request.target.find("status="); at != std::string::npos) {
      r.status = 0;
      for (std::size_t i = at + 7; i < request.target.size() && i < at + 11; ++i) {
        const char c = request.target[i];
        if (c < '0' || c > '9') break;
        r.status = r.status * 10 + static_cast<unsigned>(c - '0');
      }
    }
    r.content_type = request.accept;
    r.body = request.method + " " + request.target + "\n" + request.body;
    if (const auto colon = request.content_type.find(':'); colon != std::string::npos) {
      r.headers.emplace_back(request.content_type.substr(0, colon),
                             request.content_type.substr(colon + 1));
    }
    r.close = request.target.find("close") != std::string::npos;
    answers.push_back({request.method == "HEAD", r.status, r.body, r.headers});
    return r;
  }

  std::variant<std::uint64_t, HttpResponse> subscribe(const HttpRequest& upgrade,
                                                      std::shared_ptr<EventSink> sink) override {
    if (upgrade.target.find("deny") != std::string::npos) {
      return HttpResponse{403, "application/json", "{\"code\":\"forbidden\"}", {}};
    }
    sink->send("{\"scope\":\"hello\"}", false);
    if (upgrade.target.find("kick") != std::string::npos) sink->close();
    sinks.push_back(std::move(sink));
    return static_cast<std::uint64_t>(sinks.size());
  }
  void unsubscribe(std::uint64_t id) override {
    check(id >= 1 && id <= sinks.size() && sinks[id - 1] != nullptr,
          "unsubscribe() of an id never given");
    sinks[id - 1].reset();
  }
  void draining() override {}

  std::vector<Answer> answers;
  std::vector<std::shared_ptr<EventSink>> sinks;
};

//! Without the spaces and tabs around it, as a header value is read.
std::string trimmed(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  return std::string(value);
}

//! Reads what the server wrote as HTTP responses and compares them with the Service's answers.
void check_output(const std::string& out, const std::vector<Answer>& answers) {
  beast::error_code ec;
  std::size_t offset = 0;
  std::size_t answered = 0;
  bool closed = false;
  while (offset < out.size()) {
    check(!closed,
          "the server wrote more after a refusal or a response that said Connection: close");
    http::response_parser<http::string_body> parser;
    parser.eager(true);
    parser.body_limit(1 << 20);
    parser.header_limit(1 << 16);
    // The i-th answer to a HEAD request has a Content-Length but no body. Refusals and
    // 100 Continue are not in `answers`.
    if (answered < answers.size() && answers[answered].head) parser.skip(true);
    const std::size_t used = parser.put(net::buffer(out.data() + offset, out.size() - offset), ec);
    if (ec == http::error::need_more || (!ec && !parser.is_done())) {
      fail("the server wrote an incomplete response: " + out.substr(offset, 200));
    }
    check(!ec, "the server wrote something that is not an HTTP response (" + ec.message() +
                   "): " + out.substr(offset, 200));
    offset += used;
    const auto& response = parser.get();
    const unsigned status = response.result_int();
    if (status == 100) continue;  // Expect: 100-continue
    if (status == 101) return;    // WebSocket frames follow
    if (answered < answers.size()) {
      const Answer& a = answers[answered];
      // A status that is not an answer goes out as 500; 204 and 304 go without a body.
      const unsigned expected = a.status >= 200 && a.status <= 599 ? a.status : 500;
      if (status == expected) {
        if (!a.head && expected != 500) {
          const bool bodiless = expected == 204 || expected == 304;
          check(response.body() == (bodiless ? std::string() : a.body),
                "a response's body is not the one the Service gave");
        }
        for (const auto& field : response) {
          const std::string_view name = field.name_string();
          bool known = beast::iequals(name, "server") || beast::iequals(name, "date") ||
                       beast::iequals(name, "content-length") ||
                       beast::iequals(name, "connection") || beast::iequals(name, "content-type");
          for (const auto& set : a.headers) known = known || beast::iequals(name, set.first);
          check(known, "the response has a header '" + std::string(name) +
                           "' that neither the network layer nor the Service set");
        }
        check(response.count(http::field::content_type) <= 1, "a response has two Content-Types");
        for (const auto& [name, value] : a.headers) {
          // Content-Type comes from HttpResponse::content_type; a header of that name is dropped.
          if (beast::iequals(name, "content-type")) continue;
          const auto found = response.find(name);
          if (found == response.end()) continue;  // dropped as unsafe: allowed
          check(found->value() == trimmed(value),
                "the response header '" + name +
                    "' went out with another value than the Service gave");
        }
        ++answered;
        closed = !response.keep_alive();
        continue;
      }
    }
    // Not the next answer: a refusal by the network layer (400, 413, 431) or by Beast's
    // WebSocket handshake (400, 426), after which the connection ends. (The handshake's refusal
    // does not say Connection: close, but nothing follows it.)
    check(status >= 400 && status <= 599,
          "the server wrote a status " + std::to_string(status) + " no answer of the Service had");
    closed = true;
  }
  check(answered == answers.size(),
        std::to_string(answers.size() - answered) + " of the Service's answers never went out");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kith::server::detail;
  static const bool quiet = [] {
    kith::server::set_log_level(kith::server::LogLevel::error);
    return true;
  }();
  (void)quiet;
  const bool drain = size > 0 && data[0] == 0xFE;
  if (drain) ++data, --size;

  EchoService service;
  kith::server::ServerOptions options;
  options.header_limit = kHeaderLimit;
  options.body_limit = kBodyLimit;
  options.event_queue_limit = 4;
  auto state = std::make_shared<ServerState>(options, service);
  std::string out;
  {
    net::io_context ioc;
    TestStream client(ioc);
    {
      TestStream server(ioc);
      server.connect(client);
      std::make_shared<HttpSession<TestStream>>(std::move(server), state)->run();
    }
    auto run = [&] {
      ioc.restart();
      ioc.poll();
      out += client.str();
      client.clear();
    };
    run();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size; ++i) {
      if (i < size && data[i] != 0xFF) continue;
      if (i > start) {
        beast::error_code ec;
        net::write(client, net::buffer(data + start, i - start), ec);
      }
      run();
      start = i + 1;
    }
    if (drain) {
      for (const auto& weak : state->begin_stopping()) {
        if (auto connection = weak.lock()) connection->drain();
      }
      run();
    }
    client.close();
    run();
  }
  // The io_context is gone, and every handler with it: what is still registered keeps itself
  // alive (a reference cycle).
  service.sinks.clear();
  check(state->size() == 0, "a session outlived its connection and its io_context");
  check_output(out, service.answers);
  return 0;
}
