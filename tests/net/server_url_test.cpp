#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "kith/net/https_client.hpp"

namespace kith::net {
namespace {

void expect_address(std::string_view url, const std::string& host, std::uint16_t port) {
  auto address = parse_server_url(url);
  ASSERT_TRUE(address) << url << ": " << address.error().describe();
  EXPECT_EQ(address->host, host) << url;
  EXPECT_EQ(address->port, port) << url;
}

TEST(ServerUrl, AcceptsHttpsWithAHostAndAnOptionalPort) {
  expect_address("https://kith.example.org", "kith.example.org", 443);
  expect_address("https://kith.example.org/", "kith.example.org", 443);
  expect_address("https://Kith.Example.ORG:8443/", "kith.example.org", 8443);
  expect_address("HTTPS://localhost:1", "localhost", 1);
  expect_address("https://127.0.0.1:65535", "127.0.0.1", 65535);
  expect_address("https://10.0.0.7", "10.0.0.7", 443);
  expect_address("https://xn--bcher-kva.example", "xn--bcher-kva.example", 443);
  expect_address("https://[::1]:8443", "::1", 8443);
  expect_address("https://[2001:DB8::1]/", "2001:db8::1", 443);
}

TEST(ServerUrl, RefusesEverythingElseWithASentence) {
  const std::string long_label = "https://" + std::string(64, 'a') + ".example";
  for (const std::string_view url :
       std::initializer_list<std::string_view>{"",
                                               "kith.example.org",
                                               "http://kith.example.org",
                                               "ftp://kith.example.org",
                                               " https://kith.example.org",
                                               "https://",
                                               "https:///",
                                               "https://:443",
                                               "https://kith.example.org:",
                                               "https://kith.example.org:0",
                                               "https://kith.example.org:65536",
                                               "https://kith.example.org:8o",
                                               "https://kith.example.org:+1",
                                               "https://kith.example.org/v1",
                                               "https://kith.example.org//",
                                               "https://kith.example.org?x=1",
                                               "https://kith.example.org#top",
                                               "https://user@kith.example.org",
                                               "https://user:pw@kith.example.org",
                                               "https://-kith.example.org",
                                               "https://kith-.example.org",
                                               "https://kith..example.org",
                                               "https://kith.example.org.",
                                               "https://kith_app.example.org",
                                               "https://kith example.org",
                                               "https://1.2.3",
                                               "https://256.1.1.1",
                                               "https://01.2.3.4",
                                               "https://[::1",
                                               "https://[::1]x",
                                               "https://[not-v6]",
                                               "https://::1",
                                               long_label}) {
    auto address = parse_server_url(url);
    ASSERT_FALSE(address) << "accepted: " << url;
    EXPECT_EQ(address.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(address.error().field, "server_url");
    EXPECT_FALSE(address.error().message.empty());
    EXPECT_EQ(address.error().message.back(), '.') << address.error().message;
  }
}

}  // namespace
}  // namespace kith::net
