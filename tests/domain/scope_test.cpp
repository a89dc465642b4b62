#include "kith/domain/scope.hpp"

#include <gtest/gtest.h>

#include "samples.hpp"

namespace kith::domain {
namespace {

using testing::kFamilyId;
using testing::kVolunteerId;

TEST(Scope, RoundTripsEveryForm) {
  for (const Scope& s : {Scope::family(kFamilyId), Scope::staff(kFamilyId),
                         Scope::volunteer(kFamilyId, kVolunteerId),
                         Scope::person(kFamilyId, kVolunteerId), Scope::profile(kVolunteerId)}) {
    auto parsed = Scope::parse(s.to_string());
    ASSERT_TRUE(parsed) << s.to_string();
    EXPECT_EQ(*parsed, s);
  }
  EXPECT_EQ(Scope::staff(kFamilyId).to_string(), "family:" + kFamilyId + "/staff");
}

TEST(Scope, RefusesMalformedScopes) {
  for (const std::string& bad :
       {std::string("family:"), std::string("family:x"), "family:" + kFamilyId + "/",
        "family:" + kFamilyId + "/staffs", "family:" + kFamilyId + "/volunteer:",
        "family:" + kFamilyId + "/volunteer:abc", std::string("person:"), "team:" + kFamilyId,
        "family:" + kFamilyId + "/staff/extra"}) {
    auto parsed = Scope::parse(bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().code, ErrorCode::invalid_argument);
  }
}

}  // namespace
}  // namespace kith::domain
