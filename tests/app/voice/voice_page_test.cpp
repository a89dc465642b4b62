// Kith.Voice: the pages driven as a young person would, offscreen.
#include <gtest/gtest.h>

#include <QTest>

#include "app_fixture.hpp"

namespace kith::testing {
namespace {

std::size_t count(const app::Session& session, domain::Kind kind) {
  return session.snapshot()->records(kind).size();
}

//! The help numbers are on screen: 999 and Childline's number, both visible.
void expectHelpNumbers(const PageHarness& harness) {
  auto* emergency = harness.find("emergencyNumber");
  auto* childline = harness.find("childlineNumber");
  ASSERT_NE(emergency, nullptr);
  ASSERT_NE(childline, nullptr);
  EXPECT_TRUE(emergency->isVisible());
  EXPECT_TRUE(childline->isVisible());
  EXPECT_TRUE(emergency->property("text").toString().contains("999"));
  EXPECT_TRUE(childline->property("text").toString().contains("0800 1111"));
  EXPECT_TRUE(harness.find("call999")->isVisible());
  EXPECT_TRUE(harness.find("callChildline")->isVisible());
}

TEST(VoicePages, EveryPageOpensForAYoungPersonWithoutWarnings) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  for (const char* file : {"VoicePage", "FeedbackPage", "NotSafePage", "ThreeHousesPage",
                           "WordsAndPicturesPage"}) {
    PageHarness harness(session.get(), QStringLiteral("Kith/Voice/%1.qml").arg(file), QSize(320, 640));
    ASSERT_NE(harness.page(), nullptr) << file;
    harness.render();
    EXPECT_TRUE(harness.errors().isEmpty()) << file << "\n" << harness.errors().toStdString();
    EXPECT_FALSE(harness.find("pageTitle")->property("text").toString().isEmpty()) << file;
  }
}

TEST(VoicePage, TheHubOffersEachPartAndShowsWhatWasSaid) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/VoicePage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_EQ(harness.find("pageTitle")->property("text").toString(), "Have your say");
  for (const char* name : {"openNotSafe", "openFeedback", "openThreeHouses", "openWordsAndPictures"}) {
    EXPECT_TRUE(harness.find(name)->isVisible()) << name;
  }
  EXPECT_FALSE(harness.find("nothingSaid")->isVisible());
  EXPECT_EQ(harness.findAll("feedback_d8400000-0000-4000-8000-000000000002").size(), 1);

  // A parent is offered feedback only.
  const SeededDevice parent(demo::kAmina, demo_records());
  auto parentSession = parent.open();
  PageHarness parentHarness(parentSession.get(), "Kith/Voice/VoicePage.qml");
  EXPECT_TRUE(parentHarness.find("openFeedback")->isVisible());
  EXPECT_FALSE(parentHarness.find("openNotSafe")->isVisible());
  EXPECT_FALSE(parentHarness.find("openThreeHouses")->isVisible());
  EXPECT_FALSE(parentHarness.find("openWordsAndPictures")->isVisible());
}

TEST(NotSafePage, AskFirstThenSayItWaitsWithTheNumbersShownThroughout) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/NotSafePage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();

  // Step 1: the question, and who to call now, before anything is sent.
  EXPECT_TRUE(harness.find("confirmStep")->isVisible());
  EXPECT_FALSE(harness.find("sentStep")->isVisible());
  EXPECT_EQ(harness.find("confirmQuestion")->property("text").toString(),
            "Send this to your coordinator?");
  expectHelpNumbers(harness);
  EXPECT_EQ(count(*session, domain::Record::kConcern), 0u);
  // No server answers here: the page says the message will wait for a connection.
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->syncPhase() == app::Session::Offline; }, 5000));
  EXPECT_TRUE(harness.find("offlineBefore")->isVisible());

  harness.find("notSafeText")->setProperty("text", "I am scared to go home tonight.");
  ASSERT_TRUE(harness.press("sendNotSafe"));

  // Step 2: sent, waiting on this phone, not an emergency service, the numbers again.
  EXPECT_FALSE(harness.find("confirmStep")->isVisible());
  EXPECT_TRUE(harness.find("sentStep")->isVisible());
  EXPECT_TRUE(harness.find("sentStatus")->property("text").toString().contains("connection"));
  EXPECT_TRUE(harness.find("notEmergency")->isVisible());
  EXPECT_TRUE(harness.find("notEmergency")->property("text").toString().contains("not an emergency service"));
  expectHelpNumbers(harness);
  ASSERT_TRUE(QTest::qWaitFor([&] { return count(*session, domain::Record::kConcern) == 1; }, 5000));
  const auto& c = session->snapshot()->records(domain::Record::kConcern).back().concern();
  EXPECT_EQ(c.kind(), v1::CONCERN_NOT_SAFE);
  EXPECT_EQ(c.raised_by(), demo::kZara);
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_EQ(c.text(), "I am scared to go home tonight.");
  harness.render();
  EXPECT_TRUE(harness.find("sentStatus")->property("text").toString().contains("connection"));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(NotSafePage, NotNowSendsNothing) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/NotSafePage.qml");
  ASSERT_TRUE(harness.press("cancelNotSafe"));
  QTest::qWait(100);
  EXPECT_EQ(count(*session, domain::Record::kConcern), 0u);
  EXPECT_TRUE(harness.find("confirmStep")->isVisible());
}

TEST(FeedbackPage, AYoungPersonSharesWithTheFamilyWithAConfidence) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/FeedbackPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  const auto before = count(*session, domain::Record::kFeedback);

  // Nothing typed and no confidence: the problem shows, nothing is sent.
  ASSERT_TRUE(harness.press("sendFeedback"));
  EXPECT_TRUE(harness.find("feedbackProblem")->isVisible());
  QTest::qWait(100);
  EXPECT_EQ(count(*session, domain::Record::kFeedback), before);

  harness.find("feedbackText")->setProperty("text", "Netball makes my week.");
  ASSERT_TRUE(harness.press("audienceFamily"));
  EXPECT_TRUE(harness.find("audienceMeaning")->property("text").toString().contains("family"));
  ASSERT_TRUE(harness.press("confidence_3"));
  ASSERT_TRUE(harness.press("about_family-plan"));
  ASSERT_TRUE(harness.press("sendFeedback"));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return count(*session, domain::Record::kFeedback) == before + 1; }, 5000));
  const auto& f = session->snapshot()->records(domain::Record::kFeedback).back().feedback();
  EXPECT_EQ(f.from_person(), demo::kZara);
  EXPECT_EQ(f.family_id(), demo::kFamily);
  EXPECT_EQ(f.audience(), v1::AUDIENCE_FAMILY);
  EXPECT_EQ(f.confidence(), 3u);
  EXPECT_EQ(f.about(), "family-plan");
  EXPECT_EQ(f.text(), "Netball makes my week.");
  EXPECT_TRUE(harness.find("feedbackSent")->isVisible());
  EXPECT_FALSE(harness.find("feedbackProblem")->isVisible());
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(ThreeHousesPage, AddRemoveAndSave) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/ThreeHousesPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_EQ(harness.findAll("line_worries").size(), 1);
  EXPECT_EQ(harness.findAll("line_goodThings").size(), 2);
  EXPECT_EQ(harness.findAll("line_dreams").size(), 2);

  ASSERT_TRUE(harness.press("remove_worries"));
  harness.find("newLine_dreams")->setProperty("text", "Be a netball coach");
  ASSERT_TRUE(harness.press("add_dreams"));
  harness.render();
  QTest::qWait(20);  // removed lines are deleted later
  EXPECT_EQ(harness.findAll("line_worries").size(), 0);
  EXPECT_EQ(harness.findAll("line_dreams").size(), 3);
  EXPECT_TRUE(harness.find("newLine_dreams")->property("text").toString().isEmpty());

  ASSERT_TRUE(harness.press("saveHouses"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    const auto& all = session->snapshot()->records(domain::Record::kThreeHouses);
    return all.size() == 1 && all.front().three_houses().dreams_size() == 3;
  }, 5000));
  const auto& h = session->snapshot()->records(domain::Record::kThreeHouses).front().three_houses();
  EXPECT_EQ(h.child_id(), demo::kZara);
  EXPECT_EQ(h.worries_size(), 0);
  EXPECT_EQ(h.good_things_size(), 2);
  EXPECT_EQ(h.dreams(2), "Be a netball coach");
  EXPECT_TRUE(harness.find("housesSaved")->isVisible());
  harness.render();
  QTest::qWait(20);
  // The page shows what was stored.
  EXPECT_EQ(harness.findAll("line_dreams").size(), 3);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(WordsAndPicturesPage, ShowsEachPage) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Voice/WordsAndPicturesPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_FALSE(harness.find("noStory")->isVisible());
  const auto texts = harness.findAll("storyText");
  ASSERT_EQ(texts.size(), 3);
  EXPECT_TRUE(texts.front()->property("text").toString().startsWith("Jo works with families"));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
