#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "kith/domain/record.hpp"
#include "samples.hpp"

namespace kith::domain {
namespace {

using google::protobuf::util::MessageDifferencer;
using testing::kChildId;
using testing::kFamilyId;
using testing::kVolunteerId;
using testing::sample;

TEST(Record, KindsHaveStableNames) {
  EXPECT_EQ(all_kinds().size(), 19u);
  for (Kind kind : all_kinds()) {
    const std::string_view name = kind_name(kind);
    ASSERT_FALSE(name.empty());
    EXPECT_EQ(*kind_from_name(name), kind);
  }
  EXPECT_EQ(kind_name(Record::kPlanVersion), "plan_version");
  EXPECT_EQ(kind_from_name("plans").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(kind_from_name("body").error().code, ErrorCode::invalid_argument);
}

TEST(Record, IdsAndFamilies) {
  const Record f = sample(Record::kFamily, kFamilyId);
  EXPECT_EQ(record_id(f), kFamilyId);
  EXPECT_EQ(record_family_id(f), kFamilyId);
  const Record c = sample(Record::kContactLog);
  EXPECT_EQ(record_family_id(c), kFamilyId);
  EXPECT_EQ(record_family_id(sample(Record::kPerson)), "");
}

TEST(Record, ScopesKeepEachAudienceApart) {
  EXPECT_EQ(scope_for(sample(Record::kPlanVersion))->to_string(), "family:" + kFamilyId);
  EXPECT_EQ(*scope_for(sample(Record::kConcern)), Scope::staff(kFamilyId));
  EXPECT_EQ(*scope_for(sample(Record::kEpisode)), Scope::staff(kFamilyId));
  EXPECT_EQ(*scope_for(sample(Record::kContactLog)), Scope::volunteer(kFamilyId, kVolunteerId));
  EXPECT_EQ(*scope_for(sample(Record::kHostingStay)), Scope::volunteer(kFamilyId, kVolunteerId));
  EXPECT_EQ(*scope_for(sample(Record::kThreeHouses)), Scope::person(kFamilyId, kChildId));
  // A young person's feedback reaches staff only (in the author's own scope, which staff hold),
  // unless they chose to share it.
  Record feedback = sample(Record::kFeedback);
  EXPECT_EQ(*scope_for(feedback), Scope::person(kFamilyId, feedback.feedback().from_person()));
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_FAMILY);
  EXPECT_EQ(*scope_for(feedback), Scope::family(kFamilyId));
  const Record person = sample(Record::kPerson);
  EXPECT_EQ(*scope_for(person), Scope::profile(person.person().id()));
  for (const Record& r : testing::sample_of_every_kind()) EXPECT_TRUE(scope_for(r));
}

TEST(Record, EncodeDecodeRoundTripsEveryKind) {
  for (Record r : testing::sample_of_every_kind()) {
    testing::fill_text(r, "round trip");
    auto back = decode(encode(r));
    ASSERT_TRUE(back) << back.error().describe();
    EXPECT_TRUE(MessageDifferencer::Equals(*back, r)) << kind_name(r.body_case());
    EXPECT_EQ(encode(*back), encode(r));  // deterministic
  }
}

TEST(Record, DecodeRefusesGarbageAndInvalidRecords) {
  EXPECT_EQ(decode("\xff\xff\xff\xff").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(decode(std::string(Limits::record_bytes + 1, 'x')).error().code, ErrorCode::too_long);
  Record bad = sample(Record::kScaleScore);
  bad.mutable_scale_score()->set_score(99);
  EXPECT_EQ(decode(encode(bad)).error().code, ErrorCode::out_of_range);
}

TEST(Record, JsonMappingRoundTrips) {
  const Record r = sample(Record::kPlanVersion);
  v1::RecordSet set;
  *set.add_records() = r;
  auto back = records_from_json(to_json(set));
  ASSERT_TRUE(back) << back.error().describe();
  ASSERT_EQ(back->size(), 1u);
  EXPECT_TRUE(MessageDifferencer::Equals(back->front(), r));
}

TEST(Record, JsonErrorsSaySomethingUseful) {
  EXPECT_EQ(records_from_json("{not json").error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(records_from_json(R"({"records":[{"unknown_kind":{}}]})").error().code,
            ErrorCode::invalid_argument);
  EXPECT_EQ(records_from_json(R"({"records":[{"scale_score":{"score":"many"}}]})").error().code,
            ErrorCode::invalid_argument);
  auto invalid = records_from_json(R"({"records":[{"family":{"id":")" + kFamilyId + R"("}}]})");
  ASSERT_FALSE(invalid);
  EXPECT_EQ(invalid.error().code, ErrorCode::required_missing);
  EXPECT_EQ(invalid.error().field, "records[0].family.name");
}

}  // namespace
}  // namespace kith::domain
