#include "kith/net/https_client.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kith/net/certificates.hpp"
#include "test_certificates.hpp"
#include "test_server.hpp"

namespace kith::net {
namespace {

using namespace std::chrono_literals;
using testing::certificates;
using testing::Connection;
using testing::HttpRequest;
using testing::HttpResponse;
using testing::TestServer;
namespace http = testing::http;

ClientOptions quick() {
  ClientOptions options;
  options.connect_timeout = 5s;
  options.request_timeout = 5s;
  return options;
}

Request post(std::string body) {
  Request request;
  request.target = "/v1/echo";
  request.content_type = "application/x-protobuf";
  request.accept = "application/x-protobuf";
  request.authorization = "Bearer token-1";
  request.body = std::move(body);
  return request;
}

TlsTrust trusting(const Pem& authority, std::string pin = {}) {
  return TlsTrust{authority.certificate, std::move(pin)};
}

// A client the test cannot go on without: stops the test (not just this check) if creation fails.
HttpsClient client_for(const std::string& url, TlsTrust trust, ClientOptions options = quick()) {
  auto client = HttpsClient::create(url, std::move(trust), options);
  if (!client) {
    ADD_FAILURE() << client.error().describe();
    std::abort();
  }
  return std::move(client).value();
}

HttpsClient client_for(const TestServer& server, ClientOptions options = quick()) {
  return client_for(server.url(), trusting(certificates().authority), options);
}

// The error of connecting to a server with `identity` while trusting `trust`.
Error refusal_of(const Pem& identity, TlsTrust trust, const std::string& host = "127.0.0.1") {
  TestServer server(identity, testing::http_session(testing::echo));
  auto client = client_for(server.url(host), std::move(trust));
  auto response = client.send(post("x"));
  if (response) return Error{ErrorCode::internal, "the request succeeded"};
  return response.error();
}

TEST(HttpsClient, SendsARequestAndReadsTheAnswer) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server);
  auto response = client.send(post("hello"));
  ASSERT_TRUE(response) << response.error().describe();
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->content_type, "application/x-protobuf");
  EXPECT_EQ(response->body, "POST /v1/echo|127.0.0.1:" + std::to_string(server.port()) +
                                "|application/x-protobuf|application/x-protobuf|Bearer token-1|"
                                "hello");
  EXPECT_EQ(response->retry_after_seconds, 0u);
  EXPECT_EQ(client.address().host, "127.0.0.1");
  EXPECT_EQ(client.address().port, server.port());
}

TEST(HttpsClient, AnErrorStatusIsAnAnswerWithItsRetryAfter) {
  TestServer server(certificates().server, testing::http_session([](const HttpRequest&, int) {
                      HttpResponse answer{http::status::service_unavailable, 11};
                      answer.set(http::field::content_type, "application/json");
                      answer.set(http::field::retry_after, "7");
                      answer.body() = R"({"code":"unavailable"})";
                      return answer;
                    }));
  auto client = client_for(server);
  Request request = post("");
  request.method = "GET";
  auto response = client.send(request);
  ASSERT_TRUE(response) << response.error().describe();
  EXPECT_EQ(response->status, 503u);
  EXPECT_EQ(response->retry_after_seconds, 7u);
  EXPECT_EQ(response->body, R"({"code":"unavailable"})");
}

TEST(HttpsClient, KeepsOneConnectionForSeveralRequests) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server);
  for (int i = 0; i < 3; ++i) {
    auto response = client.send(post("request " + std::to_string(i)));
    ASSERT_TRUE(response) << response.error().describe();
    EXPECT_EQ(response->status, 200u);
  }
  EXPECT_EQ(server.accepted(), 1);
}

TEST(HttpsClient, CountsTheBytesOfRequestsAndAnswersBeforeTls) {
  // The server measures the request's header as it parsed it: start line, fields, blank line.
  std::atomic<std::size_t> request_header{0};
  TestServer server(certificates().server,
                    testing::http_session([&](const HttpRequest& request, int) {
                      std::size_t size = request.method_string().size() + 1 +
                                         request.target().size() + sizeof(" HTTP/1.1\r\n") - 1;
                      for (const auto& field : request) {
                        size += field.name_string().size() + 2 + field.value().size() + 2;
                      }
                      request_header = size + 2;
                      HttpResponse answer{http::status::ok, 11};
                      answer.set(http::field::content_type, "text/plain");
                      answer.body() = "pong";
                      return answer;
                    }));
  auto client = client_for(server);
  EXPECT_EQ(client.traffic().exchanges, 0u);
  EXPECT_EQ(client.traffic().sent() + client.traffic().received(), 0u);

  ASSERT_TRUE(client.send(post("hello")));
  const Traffic one = client.traffic();
  EXPECT_EQ(one.exchanges, 1u);
  EXPECT_EQ(one.sent_header_bytes, request_header.load());
  EXPECT_EQ(one.sent_body_bytes, 5u);
  EXPECT_EQ(one.received_header_bytes,
            std::string_view("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                             "Content-Length: 4\r\n\r\n")
                .size());
  EXPECT_EQ(one.received_body_bytes, 4u);

  // Counts add up over a kept-alive connection.
  ASSERT_TRUE(client.send(post("hello")));
  const Traffic two = client.traffic();
  EXPECT_EQ(two.exchanges, 2u);
  EXPECT_EQ(two.sent(), 2 * one.sent());
  EXPECT_EQ(two.received(), 2 * one.received());
}

TEST(HttpsClient, ReconnectsOnceWhenTheServerClosedAnIdleConnection) {
  // The server answers, then hangs up (as on its idle timeout).
  TestServer server(certificates().server, testing::http_session(testing::echo, true));
  auto client = client_for(server);
  ASSERT_TRUE(client.send(post("first")));
  ASSERT_TRUE(server.wait_ended(1));  // the idle connection is gone before the next request
  auto response = client.send(post("second"));
  ASSERT_TRUE(response) << response.error().describe();
  EXPECT_EQ(response->body.substr(response->body.rfind('|') + 1), "second");
  EXPECT_EQ(server.accepted(), 2);
}

TEST(HttpsClient, ReconnectsOnlyOnce) {
  // Connection 0 answers and hangs up; every later one hangs up without answering.
  auto first_only = testing::http_session(testing::echo, true);
  auto hang_up = testing::hang_up_after_request();
  TestServer server(certificates().server, [&](Connection& c) {
    if (c.index == 0) {
      first_only(c);
    } else {
      hang_up(c);
    }
  });
  auto client = client_for(server);
  ASSERT_TRUE(client.send(post("first")));
  ASSERT_TRUE(server.wait_ended(1));
  auto response = client.send(post("second"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::network_unreachable) << response.error().describe();
  EXPECT_EQ(server.accepted(), 2);
}

TEST(HttpsClient, DoesNotResendOnAFreshConnection) {
  TestServer server(certificates().server, testing::hang_up_after_request());
  auto client = client_for(server);
  auto response = client.send(post("once"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::network_unreachable) << response.error().describe();
  EXPECT_EQ(server.accepted(), 1);
}

TEST(HttpsClient, ConnectsAgainAfterConnectionClose) {
  TestServer server(certificates().server, testing::http_session([](const HttpRequest& r, int c) {
                      HttpResponse answer = testing::echo(r, c);
                      answer.keep_alive(false);
                      return answer;
                    }));
  auto client = client_for(server);
  ASSERT_TRUE(client.send(post("first")));
  ASSERT_TRUE(client.send(post("second")));
  EXPECT_EQ(server.accepted(), 2);
}

TEST(HttpsClient, CloseEndsTheConnectionAndTheClientStaysUsable) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server);
  ASSERT_TRUE(client.send(post("first")));
  client.close();
  EXPECT_TRUE(server.wait_ended(1));
  ASSERT_TRUE(client.send(post("second")));
  EXPECT_EQ(server.accepted(), 2);
}

TEST(HttpsClient, WorksAfterBeingMoved) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server);
  ASSERT_TRUE(client.send(post("first")));
  HttpsClient moved = std::move(client);
  ASSERT_TRUE(moved.send(post("second")));
  EXPECT_EQ(server.accepted(), 1);  // the connection moved with it
}

TEST(HttpsClient, RefusesACertificateFromAnotherAuthority) {
  const Error error = refusal_of(certificates().stranger, trusting(certificates().authority));
  EXPECT_EQ(error.code, ErrorCode::certificate_untrusted) << error.describe();
  EXPECT_NE(error.message.find("not from the authority this device trusts"), std::string::npos);
}

TEST(HttpsClient, TrustsOnlyTheGivenAuthorityNotTheSystemStore) {
  // Trusting another authority: the right server is refused as well.
  const Error error = refusal_of(certificates().server, trusting(certificates().other_authority));
  EXPECT_EQ(error.code, ErrorCode::certificate_untrusted) << error.describe();
}

TEST(HttpsClient, RefusesACertificateForAnotherHost) {
  const Error by_address =
      refusal_of(certificates().other_host, trusting(certificates().authority));
  EXPECT_EQ(by_address.code, ErrorCode::certificate_wrong_host) << by_address.describe();
  // A certificate for 127.0.0.1 only, reached by the name localhost.
  const Error by_name =
      refusal_of(certificates().ip_only, trusting(certificates().authority), "localhost");
  EXPECT_EQ(by_name.code, ErrorCode::certificate_wrong_host) << by_name.describe();
}

TEST(HttpsClient, AcceptsTheServerByName) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server.url("localhost"), trusting(certificates().authority));
  auto response = client.send(post("by name"));
  ASSERT_TRUE(response) << response.error().describe();
  EXPECT_EQ(response->status, 200u);
}

TEST(HttpsClient, RefusesAnExpiredOrNotYetValidCertificate) {
  const Error expired = refusal_of(certificates().expired, trusting(certificates().authority));
  EXPECT_EQ(expired.code, ErrorCode::certificate_expired) << expired.describe();
  const Error early = refusal_of(certificates().not_yet_valid, trusting(certificates().authority));
  EXPECT_EQ(early.code, ErrorCode::certificate_expired) << early.describe();
}

TEST(HttpsClient, ChecksThePinnedKey) {
  const auto server_pin = public_key_sha256(certificates().server.certificate);
  const auto other_pin = public_key_sha256(certificates().ip_only.certificate);
  ASSERT_TRUE(server_pin && other_pin);

  const Error mismatch =
      refusal_of(certificates().server, trusting(certificates().authority, *other_pin));
  EXPECT_EQ(mismatch.code, ErrorCode::certificate_untrusted) << mismatch.describe();
  EXPECT_NE(mismatch.message.find("pinned"), std::string::npos);

  TestServer server(certificates().server, testing::http_session(testing::echo));
  std::string upper = *server_pin;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const std::string& pin : {*server_pin, upper}) {
    auto client = client_for(server.url(), trusting(certificates().authority, pin));
    auto response = client.send(post("pinned"));
    EXPECT_TRUE(response) << response.error().describe();
  }
}

TEST(HttpsClient, ARefusedConnectionIsNetworkUnreachable) {
  const std::uint16_t port = testing::unused_port();
  auto client =
      client_for("https://127.0.0.1:" + std::to_string(port), trusting(certificates().authority));
  auto response = client.send(post("x"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::network_unreachable) << response.error().describe();
  EXPECT_NE(response.error().message.find("refused"), std::string::npos);
}

TEST(HttpsClient, AServerThatNeverAnswersTimesOut) {
  TestServer server(certificates().server, testing::silent_after_request());
  ClientOptions options = quick();
  options.request_timeout = 300ms;
  auto client = client_for(server, options);
  const auto start = std::chrono::steady_clock::now();
  auto response = client.send(post("x"));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::timeout) << response.error().describe();
  EXPECT_GE(elapsed, 300ms);
  EXPECT_LT(elapsed, 4s);
}

TEST(HttpsClient, AServerThatNeverStartsTlsTimesOut) {
  TestServer server(certificates().server, testing::silent_tcp());
  ClientOptions options = quick();
  options.connect_timeout = 300ms;
  auto client = client_for(server, options);
  const auto start = std::chrono::steady_clock::now();
  auto response = client.send(post("x"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::timeout) << response.error().describe();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 4s);
}

TEST(HttpsClient, APlainHttpServerIsAProtocolError) {
  TestServer server(certificates().server, testing::plain_http());
  auto client = client_for(server);
  auto response = client.send(post("x"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::protocol_error) << response.error().describe();
}

TEST(HttpsClient, AnOversizedAnswerIsAProtocolErrorWithoutItsBody) {
  const std::string canary = "CANARY-" + std::string(2000, 'x');
  TestServer server(certificates().server, testing::http_session([&](const HttpRequest&, int) {
                      HttpResponse answer{http::status::ok, 11};
                      answer.body() = canary;
                      return answer;
                    }));
  ClientOptions options = quick();
  options.max_response_bytes = 1000;
  auto client = client_for(server, options);
  auto response = client.send(post("x"));
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().code, ErrorCode::protocol_error) << response.error().describe();
  EXPECT_EQ(response.error().message.find("CANARY"), std::string::npos);
}

TEST(HttpsClient, RefusesRequestsThatWouldBreakTheirFraming) {
  TestServer server(certificates().server, testing::http_session(testing::echo));
  auto client = client_for(server);
  Request bad_method = post("x");
  bad_method.method = "BREW";
  Request bad_target = post("x");
  bad_target.target = "v1/echo";
  Request spaced_target = post("x");
  spaced_target.target = "/v1/echo HTTP/1.1\r\nX-Injected: 1";
  Request injected = post("x");
  injected.authorization = "Bearer x\r\nX-Injected: 1";
  for (const Request& request : {bad_method, bad_target, spaced_target, injected}) {
    auto response = client.send(request);
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, ErrorCode::invalid_argument) << response.error().describe();
    EXPECT_EQ(response.error().message.find("Bearer"), std::string::npos);
  }
  EXPECT_EQ(server.accepted(), 0);
}

TEST(HttpsClient, CreateChecksItsArguments) {
  const TlsTrust trust = trusting(certificates().authority);
  auto bad_url = HttpsClient::create("http://127.0.0.1", trust);
  ASSERT_FALSE(bad_url);
  EXPECT_EQ(bad_url.error().code, ErrorCode::invalid_argument);

  auto no_certificate = HttpsClient::create("https://127.0.0.1", TlsTrust{"not a pem", {}});
  ASSERT_FALSE(no_certificate);
  EXPECT_EQ(no_certificate.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(no_certificate.error().field, "ca_pem");

  // A key alone is not a certificate.
  auto key_only =
      HttpsClient::create("https://127.0.0.1", TlsTrust{certificates().authority.private_key, {}});
  ASSERT_FALSE(key_only);
  EXPECT_EQ(key_only.error().code, ErrorCode::invalid_argument);

  auto bad_pin =
      HttpsClient::create("https://127.0.0.1", trusting(certificates().authority, "abc"));
  ASSERT_FALSE(bad_pin);
  EXPECT_EQ(bad_pin.error().field, "pinned_key_sha256");

  ClientOptions zero;
  zero.request_timeout = 0ms;
  auto bad_options = HttpsClient::create("https://127.0.0.1", trust, zero);
  ASSERT_FALSE(bad_options);
  EXPECT_EQ(bad_options.error().code, ErrorCode::invalid_argument);

  EXPECT_TRUE(HttpsClient::create("https://kith.example.org", trust));  // does not connect
}

}  // namespace
}  // namespace kith::net
