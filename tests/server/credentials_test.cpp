// Access tokens: signed with HMAC-SHA256 under the store's token key (credentials.cpp keeps the
// MAC keyed per thread), checked here against OpenSSL's one-shot HMAC as an independent answer.

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "credentials.hpp"
#include "kith/bytes.hpp"

namespace kith::server {
namespace {

SecretBytes key_of(std::uint8_t seed) {
  SecretBytes key(32);
  for (std::size_t i = 0; i < key.size(); ++i) key.data()[i] = static_cast<std::uint8_t>(seed + i * 7);
  return key;
}

//! What the token's MAC must be: OpenSSL's one-shot HMAC, a separate code path.
std::string reference_mac(const SecretBytes& key, const std::string& body) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac.data(), &length);
  return to_hex(std::span(mac.data(), length));
}

TEST(TokenTest, ATokenIsItsBodyAndTheBodysHmacUnderTheKey) {
  const SecretBytes key = key_of(1);
  const std::string token = issue_token(key, "device-1", 1'900'000'000);
  const std::string body = "v1.device-1.1900000000";
  EXPECT_EQ(token, body + "." + reference_mac(key, body));
  const auto claims = verify_token(key, token, 1'800'000'000);
  ASSERT_TRUE(claims) << claims.error().message;
  EXPECT_EQ(claims->device_id, "device-1");
  EXPECT_EQ(claims->expires_at, 1'900'000'000);
}

TEST(TokenTest, KeysTakenInTurnOnOneThreadEachSignWithTheirOwn) {
  const SecretBytes first = key_of(1);
  const SecretBytes second = key_of(2);
  for (int round = 0; round < 3; ++round) {
    for (const SecretBytes* key : {&first, &second}) {
      const std::string token = issue_token(*key, "d" + std::to_string(round), 2'000'000'000);
      const std::string body = "v1.d" + std::to_string(round) + ".2000000000";
      EXPECT_EQ(token, body + "." + reference_mac(*key, body));
      EXPECT_TRUE(verify_token(*key, token, 0));
      const SecretBytes& other = key == &first ? second : first;
      const auto refused = verify_token(other, token, 0);
      ASSERT_FALSE(refused);
      EXPECT_EQ(refused.error().code, ErrorCode::unauthenticated);
    }
  }
}

TEST(TokenTest, AChangedBodyOrMacIsRefusedAndAnExpiredOneSaysSo) {
  const SecretBytes key = key_of(3);
  const std::string token = issue_token(key, "device-1", 1000);
  std::string other_device = token;
  other_device.replace(3, 8, "device-2");  // another device, the same MAC
  EXPECT_EQ(verify_token(key, other_device, 0).error().code, ErrorCode::unauthenticated);
  std::string flipped = token;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  EXPECT_EQ(verify_token(key, flipped, 0).error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(verify_token(key, token.substr(0, token.rfind('.') + 1), 0).error().code,
            ErrorCode::unauthenticated);  // no MAC at all
  EXPECT_EQ(verify_token(key, token, 1000).error().code, ErrorCode::token_expired);
}

TEST(TokenTest, ThreadsSigningAtOnceAgreeWithTheReference) {
  const SecretBytes first = key_of(4);
  const SecretBytes second = key_of(5);
  std::vector<std::thread> threads;
  std::array<int, 4> wrong{};
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        const SecretBytes& key = (i + t) % 3 == 0 ? second : first;
        const std::string device = "t" + std::to_string(t) + "-" + std::to_string(i);
        const std::string body = "v1." + device + ".5000";
        if (issue_token(key, device, 5000) != body + "." + reference_mac(key, body)) ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, (std::array<int, 4>{}));
}

}  // namespace
}  // namespace kith::server
