#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "coordinator_inbox.hpp"
#include "coordinator_support.hpp"

namespace kith::testing {
namespace {

using app::CoordinatorInbox;
using Tester = QAbstractItemModelTester;

const QString kConcern = "d8500000-0000-4000-8000-000000000001";
const QString kZaraFeedback = "d8400000-0000-4000-8000-000000000002";
const QString kHelp = "d8300000-0000-4000-8000-000000000001";

TEST(CoordinatorInbox, WorriesComeFirstThenFeedbackForStaffThenHelpRequests) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  CoordinatorInbox inbox;
  Tester tester(inbox.items(), Tester::FailureReportingMode::Fatal);
  inbox.setSession(session.get());
  ASSERT_EQ(inbox.items()->count(), 3);  // Amina's feedback to the family is not for staff
  EXPECT_EQ(inbox.items()->get(0)["itemId"].toString(), kConcern);
  EXPECT_EQ(inbox.items()->get(0)["sectionText"].toString(), "Worry from a volunteer");
  EXPECT_EQ(inbox.items()->get(0)["from"].toString(), "Helen (Safe Families)");
  EXPECT_TRUE(inbox.items()->get(0)["waiting"].toBool());
  EXPECT_EQ(inbox.items()->get(1)["itemId"].toString(), kZaraFeedback);
  EXPECT_EQ(inbox.items()->get(1)["fromFlags"].toString(), "Easy read · Audio");
  EXPECT_EQ(inbox.items()->get(2)["itemId"].toString(), kHelp);
  EXPECT_EQ(inbox.items()->get(2)["status"].toInt(), v1::HELP_OPEN);
  EXPECT_EQ(inbox.unacknowledged(), 1);
  inbox.setAllFamilies(true);
  EXPECT_EQ(inbox.items()->count(), 3);
}

TEST(CoordinatorInbox, AcknowledgingAWorryRecordsWhoAndWhen) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  CoordinatorInbox inbox;
  Tester tester(inbox.items(), Tester::FailureReportingMode::Fatal);
  inbox.setSession(session.get());
  ASSERT_TRUE(inbox.acknowledge(kConcern)) << inbox.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return inbox.unacknowledged() == 0; }, 5000));
  const auto& c = session->snapshot()->records(domain::Record::kConcern).front().concern();
  EXPECT_EQ(c.acknowledged_by(), demo::kJo);
  EXPECT_GT(c.acknowledged_at().seconds(), 0);
  EXPECT_EQ(c.raised_by(), demo::kHelen);
  EXPECT_EQ(c.text(), "Amina said she had not slept for three days and seemed very low.");
  EXPECT_FALSE(inbox.items()->value(kConcern, "waiting").toBool());
  EXPECT_TRUE(inbox.items()->value(kConcern, "detail").toString().startsWith("Acknowledged by Jo"));
  EXPECT_FALSE(inbox.acknowledge(kConcern));  // once is enough
}

TEST(CoordinatorInbox, AReplyGoesToTheAuthorBesideWhatTheySaid) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  CoordinatorInbox inbox;
  Tester tester(inbox.items(), Tester::FailureReportingMode::Fatal);
  inbox.setSession(session.get());
  EXPECT_FALSE(inbox.reply(kZaraFeedback, "   "));
  EXPECT_TRUE(inbox.problem().contains("Write your reply"));
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kFeedback).size(), 2u);
  ASSERT_TRUE(inbox.reply(kZaraFeedback, "Thank you, Zara. Let's talk about it on Thursday."));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFeedback, 3));
  const domain::Record& record = session->snapshot()->records(domain::Record::kFeedback).back();
  const auto& f = record.feedback();
  EXPECT_EQ(f.reply_to(), kZaraFeedback.toStdString());
  EXPECT_EQ(f.to_person(), demo::kZara);
  EXPECT_EQ(f.from_person(), demo::kJo);
  EXPECT_EQ(f.audience(), v1::AUDIENCE_STAFF);
  EXPECT_EQ(f.family_id(), demo::kFamily);
  EXPECT_EQ(f.about(), "family-plan");
  EXPECT_GT(f.at().seconds(), 0);
  const auto scope = domain::scope_for(record);
  ASSERT_TRUE(scope);
  EXPECT_EQ(scope->to_string(), "family:" + demo::kFamily + "/person:" + demo::kZara);
  // The reply is not a new item; it shows under what it answers.
  EXPECT_EQ(inbox.items()->count(), 3);
  EXPECT_FALSE(inbox.items()->value(kZaraFeedback, "waiting").toBool());
  EXPECT_TRUE(inbox.items()->value(kZaraFeedback, "detail").toString().contains("Thursday"));
  // Feedback to the family is not answered here.
  EXPECT_FALSE(inbox.reply("d8400000-0000-4000-8000-000000000001", "Hello"));
}

TEST(CoordinatorInbox, SettingAHelpRequestsStatus) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  CoordinatorInbox inbox;
  Tester tester(inbox.items(), Tester::FailureReportingMode::Fatal);
  inbox.setSession(session.get());
  EXPECT_FALSE(inbox.setHelpStatus(kHelp, 9));
  EXPECT_FALSE(inbox.setHelpStatus(kHelp, 0));
  ASSERT_TRUE(inbox.setHelpStatus(kHelp, v1::HELP_ARRANGED));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return inbox.items()->value(kHelp, "status").toInt() == v1::HELP_ARRANGED; }, 5000));
  const auto& h = session->snapshot()->records(domain::Record::kHelpRequest).front().help_request();
  EXPECT_EQ(h.status(), v1::HELP_ARRANGED);
  EXPECT_EQ(h.requested_by(), demo::kAmina);  // the rest unchanged
  EXPECT_EQ(h.description(), "A lift to the school parents' evening on 3 December.");
}

TEST(CoordinatorInbox, AParentHasNoInbox) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  CoordinatorInbox inbox;
  inbox.setSession(session.get());
  EXPECT_EQ(inbox.items()->count(), 0);
  EXPECT_FALSE(inbox.setHelpStatus(kHelp, v1::HELP_DONE));
}

}  // namespace
}  // namespace kith::testing
