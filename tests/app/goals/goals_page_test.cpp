// Kith.Goals: GoalsPage driven as a person would, offscreen.
#include <gtest/gtest.h>

#include <QAccessible>
#include <QQmlContext>
#include <QQmlExpression>
#include <QTest>

#include "app_fixture.hpp"

namespace kith::testing {
namespace {

std::size_t scores(const app::Session& session) {
  return session.snapshot()->records(domain::Record::kScaleScore).size();
}

//! Sets Theme's text size for the page's engine, as the shell does from the preferences.
void setTextScale(QQuickItem* page, double scale) {
  QQmlExpression set(qmlContext(page), page, QStringLiteral("Theme.textScale = %1").arg(scale));
  set.evaluate();
  ASSERT_FALSE(set.hasError()) << set.error().toString().toStdString();
}

//! An attached property of an item, read as QML would ("Accessible.name").
QVariant attached(QQuickItem* item, const QString& expression) {
  QQmlExpression read(qmlContext(item), item, expression);
  const QVariant value = read.evaluate();
  EXPECT_FALSE(read.hasError()) << read.error().toString().toStdString();
  return value;
}

TEST(GoalsPage, ShowsTheGoalsAndTheChartWithItsWords) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Goals/GoalsPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  EXPECT_EQ(harness.find("pageTitle")->property("text").toString(), "Our goals");
  EXPECT_FALSE(harness.find("noGoals")->isVisible());
  ASSERT_EQ(harness.findAll("goalText").size(), 1);
  EXPECT_FALSE(harness.findAll("goalText").front()->property("text").toString().isEmpty());

  // The chart, and what a screen reader hears of it.
  auto* chart = harness.find("scaleChart");
  ASSERT_NE(chart, nullptr);
  EXPECT_TRUE(chart->isVisible());
  EXPECT_GT(chart->height(), 0);
  const QString name = attached(chart, "Accessible.name").toString();
  EXPECT_TRUE(name.contains("Parent or carer: 6 out of 10")) << name.toStdString();
  EXPECT_EQ(attached(chart, "Accessible.role").toInt(), QAccessible::Chart);

  // Every score in words below it, and the latest per viewpoint.
  EXPECT_EQ(harness.findAll("latestScore").size(), 3);
  for (const char* id : {"d7500000-0000-4000-8000-000000000001", "d7500000-0000-4000-8000-000000000004"}) {
    EXPECT_EQ(harness.findAll(QStringLiteral("score_%1").arg(id)).size(), 1) << id;
  }
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(GoalsPage, AParentPicksANumberSaysWhyAndSaves) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Goals/GoalsPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  const auto before = scores(*session);

  // Saving with no number says what to do and keeps the words typed.
  auto* reason = harness.find("reason");
  ASSERT_NE(reason, nullptr);
  reason->setProperty("text", "Nan is here every late night now.");
  ASSERT_TRUE(harness.press("saveScore"));
  auto* problem = harness.find("scoreProblem");
  EXPECT_TRUE(problem->isVisible());
  EXPECT_TRUE(problem->property("text").toString().contains("0 to 10"));
  EXPECT_EQ(reason->property("text").toString(), "Nan is here every late night now.");
  QTest::qWait(100);
  EXPECT_EQ(scores(*session), before);

  // Choose 8 for the goal, then save.
  ASSERT_TRUE(harness.press("score_8"));
  EXPECT_TRUE(harness.find("chosenScore")->isVisible());
  ASSERT_TRUE(harness.press("aboutGoal"));
  ASSERT_TRUE(harness.press("saveScore"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return scores(*session) == before + 1; }, 5000));
  const auto& s = session->snapshot()->records(domain::Record::kScaleScore).back().scale_score();
  EXPECT_EQ(s.score(), 8u);
  EXPECT_EQ(s.scored_by(), demo::kAmina);
  EXPECT_EQ(s.viewpoint(), v1::VIEWPOINT_PARENT);
  EXPECT_EQ(s.reason(), "Nan is here every late night now.");
  EXPECT_FALSE(s.safety_goal_id().empty());
  EXPECT_TRUE(harness.find("scoreSaved")->isVisible());
  EXPECT_FALSE(harness.find("scoreProblem")->isVisible());
  EXPECT_TRUE(reason->property("text").toString().isEmpty());
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(GoalsPage, AVolunteerIsNotOfferedTheEditor) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Goals/GoalsPage.qml");
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  EXPECT_TRUE(harness.find("noGoals")->isVisible());
  EXPECT_FALSE(harness.press("saveScore"));
  EXPECT_FALSE(harness.press("score_5"));
}

TEST(GoalsPage, TheScoreButtonsWrapAtDoubleTextOnANarrowScreen) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Goals/GoalsPage.qml", QSize(320, 640));
  ASSERT_NE(harness.page(), nullptr);
  setTextScale(harness.page(), 2.0);
  harness.render();
  for (int n = 0; n <= 10; ++n) {
    auto* button = harness.find(QStringLiteral("score_%1").arg(n));
    ASSERT_NE(button, nullptr);
    EXPECT_GE(button->width(), 48);
    EXPECT_GE(button->height(), 48);
    const QPointF right = button->mapToScene(QPointF(button->width(), 0));
    EXPECT_LE(right.x(), 320.5) << "score_" << n << " runs off the screen";
  }
  setTextScale(harness.page(), 1.0);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
