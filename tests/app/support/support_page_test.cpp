// The Safe Families pages driven as a person would: a volunteer logs a contact and a stay and
// raises a worry; a parent asks for help and tells the team how confident they feel.
#include <gtest/gtest.h>

#include <QTest>

#include "app_fixture.hpp"
#include "support_records.hpp"

namespace kith::testing {
namespace {

using Kind = domain::Record::BodyCase;

std::size_t count(const app::Session& session, Kind kind) {
  return session.snapshot()->records(kind).size();
}

bool waitForCount(const app::Session& session, Kind kind, std::size_t n) {
  return QTest::qWaitFor([&] { return count(session, kind) == n; }, 5000);
}

//! Types into a Field or TextBox found by objectName.
void type(const PageHarness& harness, const char* name, const QString& text) {
  auto* item = harness.find(name);
  ASSERT_NE(item, nullptr);
  ASSERT_TRUE(item->setProperty("text", text));
}

QString textOf(const PageHarness& harness, const char* name) {
  auto* item = harness.find(name);
  return item ? item->property("text").toString() : QString();
}

//! An editor opened over the page is gone once it has saved.
bool editorClosed(const PageHarness& harness, const char* name) {
  return QTest::qWaitFor([&] { return harness.findAll(name).isEmpty(); }, 5000);
}

TEST(SupportPage, AVolunteerLogsAContactOnTheScreen) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  EXPECT_EQ(textOf(harness, "pageTitle"), "Families you support");
  EXPECT_EQ(harness.findAll("contact_d8100000-0000-4000-8000-000000000001").size(), 1);

  ASSERT_TRUE(harness.press("logContact"));
  harness.render();
  ASSERT_EQ(harness.findAll("contactLogEditor").size(), 1);
  // The date starts as today; a visit needs its minutes.
  EXPECT_EQ(textOf(harness, "contactDateTyped"), QDate::currentDate().toString(Qt::ISODate));
  const auto before = count(*session, Kind::kContactLog);
  ASSERT_TRUE(harness.press("saveContact"));
  harness.render();
  EXPECT_EQ(harness.findAll("contactLogEditor").size(), 1) << "a mistake keeps the form open";
  QTest::qWait(50);
  EXPECT_EQ(count(*session, Kind::kContactLog), before);

  ASSERT_TRUE(harness.press("contactDateQuick-1"));  // yesterday
  EXPECT_EQ(textOf(harness, "contactDateTyped"), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
  ASSERT_TRUE(harness.press("contactKind_2"));       // a phone call
  ASSERT_TRUE(harness.press("contactMinutes30"));
  type(harness, "contactNotes", "Talked about the school meeting.");
  auto* confidence = harness.find("domain_2");
  ASSERT_NE(confidence, nullptr);
  confidence->setProperty("checked", true);
  ASSERT_TRUE(harness.press("saveContact"));
  ASSERT_TRUE(waitForCount(*session, Kind::kContactLog, before + 1));
  const auto& c = session->snapshot()->records(Kind::kContactLog).back().contact_log();
  EXPECT_EQ(c.volunteer_id(), demo::kHelen);
  EXPECT_EQ(c.kind(), v1::CONTACT_PHONE);
  EXPECT_EQ(c.minutes(), 30u);
  EXPECT_EQ(c.happened_on(), support::isoDay(-1));
  ASSERT_EQ(c.domains_size(), 1);
  EXPECT_EQ(c.domains(0), v1::OUTCOME_CONFIDENCE);
  EXPECT_TRUE(editorClosed(harness, "contactLogEditor"));
  EXPECT_FALSE(textOf(harness, "savedNotice").isEmpty());
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(SupportPage, AVolunteerLogsAStayAndAMistakeKeepsWhatTheyTyped) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_EQ(textOf(harness, "bedNights"), "2 nights in all.");
  ASSERT_TRUE(harness.press("logStay"));
  harness.render();
  // Zara stayed before: she is already chosen.
  auto* zara = harness.find(QString::fromStdString("child_" + demo::kZara));
  ASSERT_NE(zara, nullptr);
  EXPECT_TRUE(zara->property("checked").toBool());

  const auto before = count(*session, Kind::kHostingStay);
  const QString today = QDate::currentDate().toString(Qt::ISODate);
  type(harness, "stayFromTyped", today);  // the same day as they went home: no night
  harness.render();
  EXPECT_TRUE(textOf(harness, "stayNights").contains("must be after"));
  ASSERT_TRUE(harness.press("saveStay"));
  QTest::qWait(50);
  EXPECT_EQ(count(*session, Kind::kHostingStay), before);
  EXPECT_EQ(harness.findAll("hostingStayEditor").size(), 1);
  EXPECT_EQ(textOf(harness, "stayFromTyped"), today) << "what was typed stays";

  ASSERT_TRUE(harness.press("stayFromQuick-2"));
  harness.render();
  EXPECT_EQ(textOf(harness, "stayNights"), "2 nights.");
  ASSERT_TRUE(harness.press("saveStay"));
  ASSERT_TRUE(waitForCount(*session, Kind::kHostingStay, before + 1));
  const auto& h = session->snapshot()->records(Kind::kHostingStay).back().hosting_stay();
  EXPECT_EQ(h.nights(), 2u);
  EXPECT_EQ(h.volunteer_id(), demo::kHelen);
  EXPECT_EQ(h.until_on(), support::isoDay(0));
  EXPECT_TRUE(editorClosed(harness, "hostingStayEditor"));
  harness.render();
  EXPECT_EQ(textOf(harness, "bedNights"), "4 nights in all.");
}

TEST(SupportPage, AVolunteerRaisesAWorryThatSaysItGoesToStaff) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  ASSERT_TRUE(harness.press("raiseWorry"));
  harness.render();
  EXPECT_TRUE(textOf(harness, "worryAudience").contains("team only"));
  const auto before = count(*session, Kind::kConcern);
  type(harness, "worryText", "Amina seemed very low and the fridge was empty.");
  ASSERT_TRUE(harness.press("sendWorry"));
  ASSERT_TRUE(waitForCount(*session, Kind::kConcern, before + 1));
  const auto& c = session->snapshot()->records(Kind::kConcern).back().concern();
  EXPECT_EQ(c.kind(), v1::CONCERN_VOLUNTEER_WORRY);
  EXPECT_EQ(c.raised_by(), demo::kHelen);
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_TRUE(editorClosed(harness, "worryEditor"));
  EXPECT_TRUE(textOf(harness, "savedNotice").contains("will not see it"));
  // The worry is not listed anywhere on the page.
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(SupportPage, AVolunteerAnswersARequestOnTheScreen) {
  const SeededDevice device(demo::kHelen, support::wider_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  // Two families: choose the Khan family.
  ASSERT_TRUE(harness.press(QString::fromStdString("family_" + demo::kFamily)));
  harness.render();
  ASSERT_TRUE(harness.press("answerArranged"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    for (const auto& r : session->snapshot()->records(Kind::kHelpRequest)) {
      if (r.help_request().id() == support::kAskedOfHelen) return r.help_request().status() == v1::HELP_ARRANGED;
    }
    return false;
  }, 5000));
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(SupportPage, AParentAsksTheirVolunteerForHelp) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  EXPECT_EQ(textOf(harness, "pageTitle"), "Safe Families");
  EXPECT_EQ(harness.findAll("volunteer").size(), 1);
  EXPECT_TRUE(harness.findAll("logContact").isEmpty() || !harness.find("logContact")->isVisible());

  ASSERT_TRUE(harness.press("askForHelp"));
  harness.render();
  ASSERT_EQ(harness.findAll("helpRequestEditor").size(), 1);
  const auto before = count(*session, Kind::kHelpRequest);
  // Nothing chosen or said yet: the form says what is missing and stays.
  ASSERT_TRUE(harness.press("sendHelpRequest"));
  QTest::qWait(50);
  EXPECT_EQ(count(*session, Kind::kHelpRequest), before);
  ASSERT_TRUE(harness.press("helpKind_1"));
  type(harness, "helpDescription", "A lift to the hospital on Friday.");
  ASSERT_TRUE(harness.press("helpNeededQuick7"));
  ASSERT_TRUE(harness.press("askOf_1"));  // Helen
  EXPECT_TRUE(textOf(harness, "helpAudience").contains("Helen"));
  ASSERT_TRUE(harness.press("sendHelpRequest"));
  ASSERT_TRUE(waitForCount(*session, Kind::kHelpRequest, before + 1));
  const auto& h = session->snapshot()->records(Kind::kHelpRequest).back().help_request();
  EXPECT_EQ(h.requested_by(), demo::kAmina);
  EXPECT_EQ(h.volunteer_id(), demo::kHelen);
  EXPECT_EQ(h.kind(), v1::HELP_PRACTICAL);
  EXPECT_EQ(h.needed_on(), support::isoDay(7));
  EXPECT_EQ(h.status(), v1::HELP_OPEN);
  EXPECT_TRUE(editorClosed(harness, "helpRequestEditor"));
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(SupportPage, AParentTellsTheTeamHowConfidentTheyFeel) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Support/SupportPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  const auto before = count(*session, Kind::kFeedback);
  ASSERT_TRUE(harness.press("confidence_4"));
  type(harness, "feedbackText", "It helps to have someone to call.");
  ASSERT_TRUE(harness.press("sendFeedback"));
  ASSERT_TRUE(waitForCount(*session, Kind::kFeedback, before + 1));
  const auto& f = session->snapshot()->records(Kind::kFeedback).back().feedback();
  EXPECT_EQ(f.confidence(), 4u);
  EXPECT_EQ(f.audience(), v1::AUDIENCE_STAFF);
  EXPECT_EQ(f.about(), "safe-families");
  EXPECT_EQ(f.from_person(), demo::kAmina);
  // The form is ready for next time; the page says it was sent.
  EXPECT_TRUE(textOf(harness, "feedbackText").isEmpty());
  EXPECT_FALSE(textOf(harness, "savedNotice").isEmpty());
  // The parent withdraws the demo request on the same page.
  ASSERT_TRUE(harness.press("withdrawHelp"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    return session->snapshot()->records(Kind::kHelpRequest).front().help_request().status() ==
           v1::HELP_WITHDRAWN;
  }, 5000));
}

TEST(SupportPage, OpensCleanlyForEveryoneOnANarrowPhone) {
  for (const auto& person : {demo::kAmina, demo::kZara, demo::kNanFarida, demo::kHelen, demo::kJo}) {
    const SeededDevice device(person, demo_records());
    auto session = device.open();
    PageHarness harness(session.get(), "Kith/Support/SupportPage.qml", {320, 640});
    ASSERT_NE(harness.page(), nullptr);
    EXPECT_TRUE(harness.errors().isEmpty()) << person << "\n" << harness.errors().toStdString();
    // Every button a finger presses is big enough.
    for (const char* name : {"logContact", "logStay", "raiseWorry", "askForHelp", "sendFeedback"}) {
      for (auto* item : harness.findAll(name)) {
        if (!item->isVisible()) continue;
        EXPECT_GE(item->height(), 48) << name;
        EXPECT_LE(item->width(), 320) << name;
      }
    }
  }
}

}  // namespace
}  // namespace kith::testing
