// Sealed values (kith/crypto/seal.hpp): what the PostgreSQL store keeps instead of plaintext.

#include <gtest/gtest.h>

#include "kith/crypto/seal.hpp"
#include "kith/crypto/wrapped_key.hpp"

namespace kith::crypto {
namespace {

SecretBytes key_of(std::uint8_t fill) {
  SecretBytes key(32);
  std::fill(key.data(), key.data() + key.size(), fill);
  return key;
}

TEST(SealTest, ASealedValueOpensWithItsKeyAndContextOnly) {
  const SecretBytes key = key_of(7);
  const std::string plain = "Amina's plan: family time on Saturdays";
  auto sealed = seal(key, plain, "record:3:abc");
  ASSERT_TRUE(sealed) << sealed.error().describe();
  EXPECT_EQ(sealed->size(), plain.size() + kSealOverhead);
  EXPECT_EQ(sealed->find("Amina"), std::string::npos);
  EXPECT_EQ(*unseal(key, *sealed, "record:3:abc"), plain);

  EXPECT_EQ(unseal(key_of(8), *sealed, "record:3:abc").error().code, ErrorCode::store_damaged);
  // Moved to another row: the context differs, so it does not open.
  EXPECT_EQ(unseal(key, *sealed, "record:3:abd").error().code, ErrorCode::store_damaged);
  for (std::size_t at : {std::size_t{0}, std::size_t{12}, sealed->size() - 1}) {
    std::string changed = *sealed;
    changed[at] = static_cast<char>(changed[at] ^ 1);
    EXPECT_EQ(unseal(key, changed, "record:3:abc").error().code, ErrorCode::store_damaged) << at;
  }
  EXPECT_EQ(unseal(key, sealed->substr(0, 27), "record:3:abc").error().code,
            ErrorCode::store_damaged);
}

TEST(SealTest, EachSealingHasItsOwnNonceAndEmptyValuesWork) {
  const SecretBytes key = key_of(1);
  auto a = seal(key, "same", "c");
  auto b = seal(key, "same", "c");
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  auto empty = seal(key, "", "c");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->size(), kSealOverhead);
  EXPECT_EQ(*unseal(key, *empty, "c"), "");
  EXPECT_EQ(seal(SecretBytes(16), "x", "c").error().code, ErrorCode::crypto_failure);
}

}  // namespace
}  // namespace kith::crypto
