#include "kith/bytes.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kith {
namespace {

TEST(Hex, RoundTripsAndRefusesBadDigits) {
  const std::vector<std::uint8_t> bytes = {0x00, 0x7f, 0xff, 0x10};
  EXPECT_EQ(to_hex(bytes), "007fff10");
  EXPECT_EQ(*from_hex("007FFF10"), bytes);
  EXPECT_EQ(from_hex("abc").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(from_hex("zz").error().code, ErrorCode::invalid_argument);
}

TEST(Uuid, IsVersion4AndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = new_uuid();
    ASSERT_TRUE(is_uuid(id)) << id;
    EXPECT_EQ(id[14], '4');
    EXPECT_TRUE(std::string("89ab").find(id[19]) != std::string::npos);
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
  EXPECT_FALSE(is_uuid("F0000000-0000-4000-8000-000000000001"));  // upper case
  EXPECT_FALSE(is_uuid("f0000000-0000-4000-8000-00000000000"));
  EXPECT_FALSE(is_uuid("f0000000x0000-4000-8000-000000000001"));
}

TEST(SecretBytes, MovesAndComparesWithoutCopying) {
  SecretBytes a(32);
  ASSERT_TRUE(random_bytes(a.span()));
  SecretBytes b = a.clone();
  EXPECT_TRUE(a == b);
  SecretBytes c = std::move(a);
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): moved-from is defined empty
  EXPECT_TRUE(c == b);
  b.data()[0] ^= 1;
  EXPECT_FALSE(c == b);
}

}  // namespace
}  // namespace kith
