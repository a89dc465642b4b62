#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "app_fixture.hpp"
#include "plan_view.hpp"

namespace kith::testing {
namespace {

using app::PlanView;
using app::Session;

QVariant role(const app::RowModel& model, int row, const char* name) {
  return model.get(row).value(name);
}

TEST(PlanView, ShowsTheCurrentPlanWithTheParentsOwnActionsFirst) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PlanView view;
  QAbstractItemModelTester tester(view.actions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  view.setSession(session.get());
  ASSERT_TRUE(view.hasPlan());
  EXPECT_TRUE(view.isCurrent());
  EXPECT_GE(view.number(), 1);
  EXPECT_FALSE(view.bottomLines().isEmpty());
  EXPECT_FALSE(view.contingency().isEmpty());
  ASSERT_GT(view.actions()->count(), 0);
  EXPECT_TRUE(role(*view.actions(), 0, "mine").toBool());
  EXPECT_EQ(role(*view.actions(), 0, "group").toString(), "Your actions");
  // Actions are grouped: once the person's own are done, the rest come in blocks by owner.
  bool seenOthers = false;
  for (int i = 0; i < view.actions()->count(); ++i) {
    const bool mine = role(*view.actions(), i, "mine").toBool();
    if (!mine) seenOthers = true;
    EXPECT_FALSE(mine && seenOthers) << "row " << i;
  }
}

TEST(PlanView, TickingAnActionStoresAnUpdateAndTheStatusFollows) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PlanView view;
  QAbstractItemModelTester tester(view.actions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  view.setSession(session.get());
  int row = -1;
  for (int i = 0; i < view.actions()->count(); ++i) {
    if (role(*view.actions(), i, "canTick").toBool() &&
        role(*view.actions(), i, "status").toInt() != v1::ACTION_DONE) {
      row = i;
      break;
    }
  }
  ASSERT_GE(row, 0) << "Amina has no action she can tick in the demo";
  const QString id = role(*view.actions(), row, "actionId").toString();
  const auto updatesBefore = session->snapshot()->records(domain::Record::kActionUpdate).size();
  ASSERT_TRUE(view.setStatus(id, v1::ACTION_DONE)) << view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return session->snapshot()->records(domain::Record::kActionUpdate).size() > updatesBefore; },
      5000));
  EXPECT_EQ(view.actions()->value(id, "status").toInt(), v1::ACTION_DONE);
  const auto& update = session->snapshot()->records(domain::Record::kActionUpdate).back().action_update();
  EXPECT_EQ(update.by(), demo::kAmina);
  EXPECT_EQ(update.action_id(), id.toStdString());
  // It waits to be sent (no server here), and says so.
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->waitingCount() >= 1; }, 5000));
}

TEST(PlanView, OnlyTheOwnersAndTheCheckerMayChangeAnAction) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PlanView view;
  view.setSession(session.get());
  for (int i = 0; i < view.actions()->count(); ++i) {
    if (role(*view.actions(), i, "canTick").toBool()) continue;
    const QString id = role(*view.actions(), i, "actionId").toString();
    EXPECT_FALSE(view.setStatus(id, v1::ACTION_DONE));
    EXPECT_FALSE(view.problem().isEmpty());
    return;
  }
  FAIL() << "every action in the demo is Amina's";
}

TEST(PlanView, AgreeingStoresAnAcknowledgementOnce) {
  // In the demo Amina and Nan Farida have agreed to the plan; Zara has not yet.
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  PlanView view;
  view.setSession(session.get());
  ASSERT_TRUE(view.hasPlan());
  EXPECT_FALSE(view.agreedByMe());
  EXPECT_TRUE(view.agreedBy().contains("Amina")) << view.agreedBy().toStdString();
  ASSERT_TRUE(view.canAgree());
  ASSERT_TRUE(view.agree());
  ASSERT_TRUE(QTest::qWaitFor([&] { return view.agreedByMe(); }, 5000));
  EXPECT_FALSE(view.canAgree());
  EXPECT_FALSE(view.agree());
}

TEST(PlanView, ACoordinatorSeesThePlanButDoesNotAgreeToIt) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PlanView view;
  view.setSession(session.get());
  ASSERT_TRUE(view.hasPlan());
  EXPECT_FALSE(view.canAgree());
  // A coordinator may mark any action, and confirm one that is done.
  for (int i = 0; i < view.actions()->count(); ++i) {
    EXPECT_EQ(role(*view.actions(), i, "canTick").toBool(),
              role(*view.actions(), i, "status").toInt() != v1::ACTION_CONFIRMED);
  }
}

TEST(PlanView, AVolunteerSeesNoPlan) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  PlanView view;
  view.setSession(session.get());
  EXPECT_FALSE(view.hasPlan());
  EXPECT_EQ(view.actions()->count(), 0);
}

TEST(PlanPage, APersonTicksTheirActionOnTheScreen) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Plan/PlanPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  auto* title = harness.find("pageTitle");
  ASSERT_NE(title, nullptr);
  EXPECT_FALSE(title->property("text").toString().isEmpty());
  const auto before = session->snapshot()->records(domain::Record::kActionUpdate).size();
  ASSERT_TRUE(harness.press("markDone"))
      << harness.findAll("markDone").size() << " buttons";
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return session->snapshot()->records(domain::Record::kActionUpdate).size() == before + 1; },
      5000));
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(PlanPage, UrduShowsTranslationsOrMarksEnglish) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  session->preferences()->setLanguage("ur");
  PlanView view;
  view.setSession(session.get());
  ASSERT_TRUE(view.hasPlan());
  // The demo plan has Urdu for some items; whatever lacks it is marked as English.
  bool urdu = false;
  for (const QString& line : view.bottomLines()) {
    for (const QChar c : line) urdu = urdu || (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF);
  }
  for (int i = 0; i < view.actions()->count(); ++i) {
    const QString what = role(*view.actions(), i, "what").toString();
    for (const QChar c : what) urdu = urdu || (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF);
  }
  EXPECT_TRUE(urdu || view.someUntranslated());
}

TEST(PlanPage, ReadAloudReadsThePageNotItsButtons) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Plan/PlanPage.qml");
  // Hidden until the person asks for read-aloud buttons.
  auto* button = harness.find("readAloud");
  ASSERT_NE(button, nullptr);
  EXPECT_FALSE(button->isVisible());
  session->preferences()->setReadAloud(true);
  EXPECT_TRUE(button->isVisible());

  PlanView view;
  view.setSession(session.get());
  ASSERT_FALSE(view.bottomLines().isEmpty());
  QQuickItem* content = harness.find("pageTitle")->parentItem();
  const QString words = session->readAloud()->pageText(content);
  EXPECT_TRUE(words.contains(view.bottomLines().first())) << words.toStdString();
  EXPECT_FALSE(words.contains("Read this page aloud"));
  EXPECT_FALSE(words.contains(QStringLiteral("I've done this")));

  // Pressing it either reads or says, on the page, why it cannot (no sound device here).
  ASSERT_TRUE(harness.press("readAloud"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    return session->readAloud()->speaking() || harness.find("readAloudProblem")->isVisible();
  }, 5000));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
