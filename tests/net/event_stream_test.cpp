#include "kith/net/event_stream.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "kith/net/https_client.hpp"
#include "test_certificates.hpp"
#include "test_server.hpp"

namespace kith::net {
namespace {

using namespace std::chrono_literals;
using testing::certificates;
using testing::HttpResponse;
using testing::TestServer;
namespace http = testing::http;

constexpr const char* kToken = "Bearer good-token";

HttpResponse refusal(http::status status, std::string content_type, std::string body,
                     std::string retry_after = {}) {
  HttpResponse answer{status, 11};
  if (!content_type.empty()) answer.set(http::field::content_type, content_type);
  if (!retry_after.empty()) answer.set(http::field::retry_after, retry_after);
  answer.body() = std::move(body);
  return answer;
}

HttpResponse token_expired_json() {
  return refusal(http::status::unauthorized, "application/json",
                 R"({"code": "token_expired", "message": "CANARY from the server"})");
}

HttpsClient client_for(const TestServer& server, const Pem& authority) {
  ClientOptions options;
  options.connect_timeout = 5s;
  options.request_timeout = 5s;
  auto client = HttpsClient::create(server.url(), TlsTrust{authority.certificate, {}}, options);
  if (!client) {
    ADD_FAILURE() << client.error().describe();
    std::abort();
  }
  return std::move(client).value();
}

EventStream open(HttpsClient& client) {
  auto stream = client.events("/v1/events", kToken);
  if (!stream) {
    ADD_FAILURE() << stream.error().describe();
    std::abort();
  }
  return std::move(stream).value();
}

// The error of opening the event stream on a server that refuses with `answer`.
Error refusal_of(HttpResponse answer, std::string_view token = kToken) {
  TestServer server(certificates().server,
                    testing::websocket_session({}, kToken, std::move(answer)));
  auto client = client_for(server, certificates().authority);
  auto stream = client.events("/v1/events", token);
  if (stream) return Error{ErrorCode::internal, "the stream opened"};
  return stream.error();
}

TEST(EventStream, ReceivesMessagesAndTimesOutWithNothing) {
  TestServer server(
      certificates().server,
      testing::websocket_session({"family 41", "family 42"}, kToken, token_expired_json()));
  auto client = client_for(server, certificates().authority);
  EventStream stream = open(client);

  auto first = stream.next(5s);
  ASSERT_TRUE(first) << first.error().describe();
  ASSERT_TRUE(first->has_value());
  EXPECT_EQ(**first, "family 41");
  auto second = stream.next(5s);
  ASSERT_TRUE(second && second->has_value());
  EXPECT_EQ(**second, "family 42");

  const auto start = std::chrono::steady_clock::now();
  auto nothing = stream.next(150ms);
  ASSERT_TRUE(nothing) << nothing.error().describe();
  EXPECT_FALSE(nothing->has_value());
  EXPECT_GE(std::chrono::steady_clock::now() - start, 150ms);

  // Still open after a timeout, and a zero timeout just looks.
  auto look = stream.next(0ms);
  ASSERT_TRUE(look);
  EXPECT_FALSE(look->has_value());

  stream.close();
  EXPECT_TRUE(server.wait_ended(1));  // the server saw the close
  auto after_close = stream.next(10ms);
  ASSERT_FALSE(after_close);
  EXPECT_EQ(after_close.error().code, ErrorCode::network_unreachable);
}

TEST(EventStream, AStreamTheServerClosedIsNetworkUnreachable) {
  TestServer server(certificates().server,
                    testing::websocket_session({"family 7"}, kToken, token_expired_json(), true));
  auto client = client_for(server, certificates().authority);
  EventStream stream = open(client);
  auto message = stream.next(5s);
  ASSERT_TRUE(message && message->has_value());
  EXPECT_EQ(**message, "family 7");
  auto closed = stream.next(5s);
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().code, ErrorCode::network_unreachable) << closed.error().describe();
  auto again = stream.next(5s);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::network_unreachable);
}

TEST(EventStream, AStreamThatStopsAnsweringPingsIsLost) {
  TestServer server(certificates().server, testing::deaf_websocket_session());
  ClientOptions options;
  options.connect_timeout = 5s;
  options.request_timeout = 400ms;  // a ping after 200 ms of silence, given up 200 ms later
  auto client = HttpsClient::create(server.url(),
                                    TlsTrust{certificates().authority.certificate, {}}, options);
  ASSERT_TRUE(client) << client.error().describe();
  auto stream = client->events("/v1/events", "");
  ASSERT_TRUE(stream) << stream.error().describe();
  const auto start = std::chrono::steady_clock::now();
  Result<std::optional<std::string>> next = std::nullopt;
  while (next && std::chrono::steady_clock::now() - start < 5s) next = stream->next(100ms);
  ASSERT_FALSE(next) << "the stream still looked open after 5 s";
  EXPECT_EQ(next.error().code, ErrorCode::network_unreachable) << next.error().describe();
  EXPECT_GE(std::chrono::steady_clock::now() - start, 300ms);
}

TEST(EventStream, AnOversizedMessageIsAProtocolError) {
  TestServer server(
      certificates().server,
      testing::websocket_session({std::string(2000, 'x')}, kToken, token_expired_json()));
  ClientOptions options;
  options.max_response_bytes = 1000;
  auto client = HttpsClient::create(server.url(),
                                    TlsTrust{certificates().authority.certificate, {}}, options);
  ASSERT_TRUE(client) << client.error().describe();
  auto stream = client->events("/v1/events", kToken);
  ASSERT_TRUE(stream) << stream.error().describe();
  auto next = stream->next(5s);
  ASSERT_FALSE(next);
  EXPECT_EQ(next.error().code, ErrorCode::protocol_error) << next.error().describe();
}

TEST(EventStream, MovesWithItsConnection) {
  TestServer server(certificates().server,
                    testing::websocket_session({"a", "b"}, kToken, token_expired_json()));
  auto client = client_for(server, certificates().authority);
  EventStream stream = open(client);
  auto first = stream.next(5s);
  ASSERT_TRUE(first && first->has_value());
  EventStream moved = std::move(stream);
  auto second = moved.next(5s);
  ASSERT_TRUE(second && second->has_value());
  EXPECT_EQ(**second, "b");
  EXPECT_EQ(server.accepted(), 1);
}

TEST(EventStream, OutlivesTheClientThatOpenedIt) {
  TestServer server(certificates().server,
                    testing::websocket_session({"a"}, kToken, token_expired_json()));
  auto client = std::make_unique<HttpsClient>(client_for(server, certificates().authority));
  EventStream stream = open(*client);
  client.reset();
  auto message = stream.next(5s);
  ASSERT_TRUE(message && message->has_value());
  EXPECT_EQ(**message, "a");
}

TEST(EventStream, ARefusedUpgradeCarriesTheServersCodeButNotItsText) {
  const Error json = refusal_of(token_expired_json(), "Bearer wrong");
  EXPECT_EQ(json.code, ErrorCode::token_expired) << json.describe();
  EXPECT_EQ(json.message.find("CANARY"), std::string::npos);
  EXPECT_NE(json.message.find("HTTP 401"), std::string::npos);

  // The protobuf form of kith.v1.Error: code = 1, message = 2.
  const std::string protobuf = std::string("\x0a\x0e") + "device_revoked" + "\x12\x06" + "CANARY";
  const Error binary =
      refusal_of(refusal(http::status::forbidden, "application/x-protobuf", protobuf), "Bearer x");
  EXPECT_EQ(binary.code, ErrorCode::device_revoked) << binary.describe();
  EXPECT_EQ(binary.message.find("CANARY"), std::string::npos);
}

TEST(EventStream, ARefusalWithoutAKnownCodeFollowsTheStatus) {
  const Error busy =
      refusal_of(refusal(http::status::service_unavailable, "", "", "30"), "Bearer x");
  EXPECT_EQ(busy.code, ErrorCode::unavailable) << busy.describe();
  EXPECT_NE(busy.message.find("30 s"), std::string::npos);

  const Error unknown_code = refusal_of(
      refusal(http::status::unauthorized, "application/json", R"({"code":"no_such_code"})"),
      "Bearer x");
  EXPECT_EQ(unknown_code.code, ErrorCode::unauthenticated) << unknown_code.describe();

  const Error odd = refusal_of(refusal(http::status::ok, "text/plain", "hello"), "Bearer x");
  EXPECT_EQ(odd.code, ErrorCode::protocol_error) << odd.describe();
}

TEST(EventStream, ChecksTheServersCertificateToo) {
  TestServer server(certificates().stranger,
                    testing::websocket_session({"a"}, kToken, token_expired_json()));
  auto client = client_for(server, certificates().authority);
  auto stream = client.events("/v1/events", kToken);
  ASSERT_FALSE(stream);
  EXPECT_EQ(stream.error().code, ErrorCode::certificate_untrusted) << stream.error().describe();
}

TEST(EventStream, RefusesABadTargetOrAuthorization) {
  TestServer server(certificates().server,
                    testing::websocket_session({"a"}, kToken, token_expired_json()));
  auto client = client_for(server, certificates().authority);
  auto no_slash = client.events("v1/events", kToken);
  ASSERT_FALSE(no_slash);
  EXPECT_EQ(no_slash.error().code, ErrorCode::invalid_argument);
  auto injected = client.events("/v1/events", "Bearer x\r\nX-Injected: 1");
  ASSERT_FALSE(injected);
  EXPECT_EQ(injected.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(server.accepted(), 0);
}

}  // namespace
}  // namespace kith::net
