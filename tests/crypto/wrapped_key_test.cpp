#include "kith/crypto/wrapped_key.hpp"

#include <gtest/gtest.h>
#include <openssl/sha.h>

namespace kith::crypto {
namespace {

const ScryptParams kFast = ScryptParams::fast();

TEST(WrappedKey, UnwrapsWithTheRightPinOnly) {
  auto key = new_data_key();
  ASSERT_TRUE(key);
  auto wrapped = WrappedKey::wrap(*key, Pin("482916"), kFast);
  ASSERT_TRUE(wrapped);
  auto back = wrapped->unwrap(Pin("482916"));
  ASSERT_TRUE(back);
  EXPECT_TRUE(*back == *key);
  auto wrong = wrapped->unwrap(Pin("482917"));
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::wrong_pin);
}

TEST(WrappedKey, FileRoundTripsAndHasAFixedSize) {
  auto key = new_data_key();
  auto wrapped = WrappedKey::wrap(*key, Pin("482916"), kFast);
  const auto bytes = wrapped->serialize();
  ASSERT_EQ(bytes.size(), WrappedKey::kFileBytes);
  auto parsed = WrappedKey::parse(bytes);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->params(), kFast);
  EXPECT_TRUE(*parsed->unwrap(Pin("482916")) == *key);
}

TEST(WrappedKey, SaltAndNonceAreFreshEachTime) {
  auto key = new_data_key();
  EXPECT_NE(WrappedKey::wrap(*key, Pin("482916"), kFast)->serialize(),
            WrappedKey::wrap(*key, Pin("482916"), kFast)->serialize());
}

TEST(WrappedKey, EveryFlippedByteIsDamageNotAWrongPin) {
  auto key = new_data_key();
  const auto good = WrappedKey::wrap(*key, Pin("482916"), kFast)->serialize();
  for (std::size_t i = 6; i < good.size(); ++i) {
    auto bytes = good;
    bytes[i] ^= 0x01;
    auto parsed = WrappedKey::parse(bytes);
    ASSERT_FALSE(parsed) << "byte " << i;
    EXPECT_TRUE(parsed.error().code == ErrorCode::store_damaged ||
                parsed.error().code == ErrorCode::store_too_new)
        << "byte " << i << ": " << parsed.error().describe();
  }
}

TEST(WrappedKey, ForeignAndTruncatedFiles) {
  const std::string text = "SQLite format 3\0 and more";
  EXPECT_EQ(WrappedKey::parse(std::span(reinterpret_cast<const std::uint8_t*>(text.data()),
                                        text.size()))
                .error()
                .code,
            ErrorCode::not_a_store);
  EXPECT_EQ(WrappedKey::parse({}).error().code, ErrorCode::not_a_store);
  auto key = new_data_key();
  auto bytes = WrappedKey::wrap(*key, Pin("482916"), kFast)->serialize();
  bytes.resize(60);
  EXPECT_EQ(WrappedKey::parse(bytes).error().code, ErrorCode::store_damaged);
}

TEST(WrappedKey, TamperedCostIsCaughtByTheTagEvenWithAFixedChecksum) {
  // An attacker who rewrites the cost and recomputes the checksum still cannot unwrap with a
  // cheaper derivation: the parameters are part of the GCM additional data.
  auto key = new_data_key();
  auto bytes = WrappedKey::wrap(*key, Pin("482916"), ScryptParams{11, 8, 1})->serialize();
  bytes[8] = 10;
  SHA256(bytes.data(), 88, bytes.data() + 88);
  auto tampered = WrappedKey::parse(bytes);
  ASSERT_TRUE(tampered);
  EXPECT_EQ(tampered->params().log2_n, 10);
  EXPECT_EQ(tampered->unwrap(Pin("482916")).error().code, ErrorCode::wrong_pin);
}

TEST(Scrypt, RefusesAbsurdParameters) {
  const std::array<std::uint8_t, 16> salt{};
  EXPECT_EQ(derive_pin_key(Pin("482916"), salt, ScryptParams{40, 8, 1}).error().code,
            ErrorCode::crypto_failure);
  EXPECT_EQ(derive_pin_key(Pin("482916"), salt, ScryptParams{10, 0, 1}).error().code,
            ErrorCode::crypto_failure);
}

}  // namespace
}  // namespace kith::crypto
