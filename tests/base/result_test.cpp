#include "kith/result.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace kith {
namespace {

Result<int> half(int n) {
  if (n % 2 != 0) return unexpected(ErrorCode::invalid_argument, "odd", "n");
  return n / 2;
}

Result<int> quarter(int n) {
  KITH_ASSIGN(int h, half(n));
  return half(h);
}

Result<void> check_even(int n) {
  KITH_TRY(half(n));
  return {};
}

TEST(Result, CarriesValueOrError) {
  auto ok = half(8);
  ASSERT_TRUE(ok);
  EXPECT_EQ(*ok, 4);
  EXPECT_EQ(ok.value_or(-1), 4);
  auto bad = half(3);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(bad.error().field, "n");
  EXPECT_EQ(bad.value_or(-1), -1);
}

TEST(Result, MacrosPropagateTheFirstError) {
  EXPECT_EQ(*quarter(8), 2);
  EXPECT_EQ(quarter(6).error().message, "odd");
  EXPECT_TRUE(check_even(2));
  EXPECT_FALSE(check_even(1));
}

TEST(Result, HoldsMoveOnlyValues) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r);
  std::unique_ptr<int> p = std::move(r).value();
  EXPECT_EQ(*p, 7);
}

TEST(Error, DescribesWithFieldAndStableCode) {
  Error e{ErrorCode::too_long, "Too long.", "plan.title"};
  EXPECT_EQ(e.describe(), "plan.title: Too long. (too_long)");
  EXPECT_EQ(to_string(ErrorCode::wrong_pin), "wrong_pin");
}

}  // namespace
}  // namespace kith
