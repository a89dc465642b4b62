#include <gtest/gtest.h>

#include "kith/domain/record.hpp"
#include "samples.hpp"

namespace kith::domain {
namespace {

using testing::sample;

Error error_of(const Record& r) {
  auto ok = validate(r);
  EXPECT_FALSE(ok) << "expected a validation error";
  return ok ? Error{} : ok.error();
}

TEST(Validate, EverySampleIsValid) {
  for (const Record& r : testing::sample_of_every_kind()) {
    auto ok = validate(r);
    EXPECT_TRUE(ok) << kind_name(r.body_case()) << ": " << (ok ? "" : ok.error().describe());
  }
}

TEST(Validate, EveryTextFieldCanHoldACanary) {
  for (Record r : testing::sample_of_every_kind()) {
    testing::fill_text(r, "canary-text");
    auto ok = validate(r);
    EXPECT_TRUE(ok) << kind_name(r.body_case()) << ": " << (ok ? "" : ok.error().describe());
  }
}

TEST(Validate, EmptyRecordHasNoKind) {
  EXPECT_EQ(error_of(Record{}).code, ErrorCode::required_missing);
}

TEST(Validate, ScaleScoreIsFromZeroToTen) {
  Record r = sample(Record::kScaleScore);
  r.mutable_scale_score()->set_score(10);
  EXPECT_TRUE(validate(r));
  r.mutable_scale_score()->set_score(0);
  EXPECT_TRUE(validate(r));
  r.mutable_scale_score()->set_score(11);
  const Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::out_of_range);
  EXPECT_EQ(e.field, "scale_score.score");
}

TEST(Validate, ActionNeedsAnOwner) {
  Record r = sample(Record::kPlanVersion);
  r.mutable_plan_version()->mutable_actions(0)->clear_owners();
  Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::required_missing);
  EXPECT_EQ(e.field, "plan_version.actions[0].owners");
  // An owner with neither a name nor a person is no owner either.
  r.mutable_plan_version()->mutable_actions(0)->add_owners();
  e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::required_missing);
  EXPECT_EQ(e.field, "plan_version.actions[0].owners[0]");
}

TEST(Validate, PlanVersionWithoutActionsIsAnEmptyPlan) {
  Record r = sample(Record::kPlanVersion);
  r.mutable_plan_version()->clear_actions();
  const Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::empty_plan);
  EXPECT_EQ(e.field, "plan_version.actions");
}

TEST(Validate, ActionCannotBeDueBeforeThePlan) {
  Record r = sample(Record::kPlanVersion);
  r.mutable_plan_version()->mutable_actions(0)->set_due_on("2026-09-09");
  const Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::date_out_of_order);
  EXPECT_EQ(e.field, "plan_version.actions[0].due_on");
  r.mutable_plan_version()->mutable_actions(0)->set_due_on("2026-09-10");  // same day is fine
  EXPECT_TRUE(validate(r));
  r.mutable_plan_version()->set_review_on("2026-01-01");
  EXPECT_EQ(error_of(r).field, "plan_version.review_on");
}

TEST(Validate, ActionIdsAreUniqueWithinAPlan) {
  Record r = sample(Record::kPlanVersion);
  *r.mutable_plan_version()->add_actions() = r.plan_version().actions(0);
  EXPECT_EQ(error_of(r).code, ErrorCode::conflict);
}

TEST(Validate, OverLongFieldsAreRefusedNotCut) {
  Record r = sample(Record::kFamily);
  r.mutable_family()->set_name(std::string(Limits::short_text, 'a'));
  EXPECT_TRUE(validate(r));
  r.mutable_family()->set_name(std::string(Limits::short_text + 1, 'a'));
  Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::too_long);
  EXPECT_EQ(e.field, "family.name");
  EXPECT_EQ(r.family().name().size(), Limits::short_text + 1);  // nothing was trimmed

  Record c = sample(Record::kContactLog);
  c.mutable_contact_log()->set_notes(std::string(Limits::long_text + 1, 'x'));
  EXPECT_EQ(error_of(c).field, "contact_log.notes");

  Record h = sample(Record::kThreeHouses);
  for (std::size_t i = 0; i <= Limits::list_items; ++i) h.mutable_three_houses()->add_dreams("x");
  e = error_of(h);
  EXPECT_EQ(e.code, ErrorCode::too_long);
  EXPECT_EQ(e.field, "three_houses.dreams");
}

TEST(Validate, TextMustBeCleanUtf8) {
  Record r = sample(Record::kFamily);
  for (const std::string& bad : {std::string("\xff\xfe"), std::string("ab\xc0\xaf"),  // overlong
                                std::string("\xed\xa0\x80"),                          // surrogate
                                std::string("tab\there"), std::string("nul\0x", 5),
                                std::string("\xe2\x82")}) {  // truncated
    r.mutable_family()->set_name(bad);
    const Error e = error_of(r);
    EXPECT_EQ(e.code, ErrorCode::invalid_text) << e.describe();
  }
  r.mutable_family()->set_name("خاندان Kowalski পরিবার ਪਰਿਵਾਰ");  // Urdu, Polish, Bengali, Punjabi
  EXPECT_TRUE(validate(r));
  Record c = sample(Record::kContactLog);
  c.mutable_contact_log()->set_notes("Line one.\nLine two.");
  EXPECT_TRUE(validate(c));
}

TEST(Validate, IdsDatesEnumsAndLanguages) {
  Record r = sample(Record::kMembership);
  r.mutable_membership()->set_person_id("not-a-uuid");
  EXPECT_EQ(error_of(r).code, ErrorCode::invalid_id);
  EXPECT_EQ(error_of(r).field, "membership.person_id");

  r = sample(Record::kMembership);
  r.mutable_membership()->set_started_on("2026-02-30");
  EXPECT_EQ(error_of(r).code, ErrorCode::invalid_date);

  r = sample(Record::kMembership);
  r.mutable_membership()->set_ended_on("2026-08-01");
  EXPECT_EQ(error_of(r).code, ErrorCode::date_out_of_order);

  r = sample(Record::kMembership);
  r.mutable_membership()->set_role(static_cast<v1::Role>(42));
  EXPECT_EQ(error_of(r).code, ErrorCode::out_of_range);

  r = sample(Record::kMembership);
  r.mutable_membership()->set_role(v1::ROLE_UNSPECIFIED);
  EXPECT_EQ(error_of(r).code, ErrorCode::required_missing);

  Record p = sample(Record::kPerson);
  p.mutable_person()->mutable_needs()->set_language("Urdu please");
  EXPECT_EQ(error_of(p).field, "person.needs.language");

  Record plan = sample(Record::kPlan);
  (*plan.mutable_plan()->mutable_title()->mutable_translations())["../etc"].set_text("x");
  EXPECT_EQ(error_of(plan).code, ErrorCode::invalid_argument);
}

TEST(Validate, HostingStayNightsMatchTheDates) {
  Record r = sample(Record::kHostingStay);
  r.mutable_hosting_stay()->set_nights(3);
  Error e = error_of(r);
  EXPECT_EQ(e.code, ErrorCode::invalid_argument);
  EXPECT_EQ(e.field, "hosting_stay.nights");
  r.mutable_hosting_stay()->set_until_on("2026-10-03");
  EXPECT_EQ(error_of(r).code, ErrorCode::date_out_of_order);
}

TEST(Validate, TimestampsAreRealMoments) {
  Record r = sample(Record::kConcern);
  r.mutable_concern()->mutable_raised_at()->set_nanos(-1);
  EXPECT_EQ(error_of(r).code, ErrorCode::out_of_range);
  r = sample(Record::kConcern);
  r.mutable_concern()->clear_raised_at();
  EXPECT_EQ(error_of(r).code, ErrorCode::required_missing);
}

TEST(Validate, EpisodeOutcomeNeedsAnEnd) {
  Record r = sample(Record::kEpisode);
  r.mutable_episode()->set_outcome(v1::OUTCOME_MAINTAINED_OR_DEESCALATED);
  EXPECT_EQ(error_of(r).field, "episode.ended_on");
  r.mutable_episode()->set_ended_on("2027-02-01");
  EXPECT_TRUE(validate(r));
  r.mutable_episode()->set_service(v1::SERVICE_FAMILY_GROUP_CONFERENCE);
  EXPECT_EQ(error_of(r).field, "episode.category");
}

TEST(Validate, FeedbackConfidenceIsOneToFive) {
  Record r = sample(Record::kFeedback);
  r.mutable_feedback()->set_confidence(6);
  EXPECT_EQ(error_of(r).code, ErrorCode::out_of_range);
  r.mutable_feedback()->set_confidence(0);
  r.mutable_feedback()->clear_text();
  EXPECT_EQ(error_of(r).code, ErrorCode::required_missing);
}

}  // namespace
}  // namespace kith::domain

namespace kith::domain {
namespace {

TEST(Validate, AWholeRecordHasASizeLimit) {
  Record r = testing::sample(Record::kThreeHouses);
  for (int i = 0; i < 100; ++i) r.mutable_three_houses()->add_dreams(std::string(180, 'd'));
  for (int i = 0; i < 100; ++i) r.mutable_three_houses()->add_worries(std::string(180, 'w'));
  EXPECT_TRUE(validate(r));
  Record big = testing::sample(Record::kWordsAndPictures);
  for (int i = 0; i < 100; ++i) {
    big.mutable_words_and_pictures()->add_pages()->mutable_text()->set_text(std::string(3000, 'p'));
  }
  auto e = validate(big);
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().code, ErrorCode::too_long);
  EXPECT_EQ(e.error().field, "record");
}

TEST(Validate, JsonErrorsDoNotQuoteTheValue) {
  auto r = records_from_json(R"({"records":[{"family":{"id":"Jane Smith, 1 High St"}}]})");
  ASSERT_TRUE(!r);
  auto bad = records_from_json(R"({"records":[{"scale_score":{"score":"Jane Smith"}}]})");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message.find("Jane"), std::string::npos) << bad.error().message;
}

}  // namespace
}  // namespace kith::domain
