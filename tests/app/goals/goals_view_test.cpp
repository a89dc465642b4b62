// Kith.Goals: GoalsView read as each demo person, and the scores they add.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "app_fixture.hpp"
#include "goals_view.hpp"

namespace kith::testing {
namespace {

using app::GoalsView;
using app::RowModel;

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const std::string kGoal = "d7300000-0000-4000-8000-000000000001";
const std::string kAssessment = "d7000000-0000-4000-8000-000000000001";

QVariant role(const RowModel& model, int row, const char* name) { return model.get(row).value(name); }

std::size_t scores(const app::Session& session) {
  return session.snapshot()->records(domain::Record::kScaleScore).size();
}

//! Waits for a write to reach the snapshot; false if it does not come.
bool waitForScores(const app::Session& session, std::size_t count) {
  return QTest::qWaitFor([&] { return scores(session) == count; }, 5000);
}

//! The demo records with one person's role changed.
std::vector<domain::Record> withRole(const std::string& person, v1::Role role) {
  auto records = demo_records();
  for (auto& r : records) {
    if (r.has_membership() && r.membership().person_id() == person) r.mutable_membership()->set_role(role);
  }
  return records;
}

TEST(GoalsView, ShowsTheGoalsWithWorriesAndWhatIsWorkingWell) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  GoalsView view;
  QAbstractItemModelTester goals(view.goals(), kFatal);
  QAbstractItemModelTester all(view.scores(), kFatal);
  QAbstractItemModelTester latest(view.latest(), kFatal);
  view.setSession(session.get());
  ASSERT_TRUE(view.hasAssessment());
  EXPECT_FALSE(view.assessedOn().isEmpty());
  ASSERT_EQ(view.goals()->count(), 1);
  EXPECT_EQ(role(*view.goals(), 0, "goalId").toString().toStdString(), kGoal);
  EXPECT_TRUE(role(*view.goals(), 0, "words").toString().contains("adult"));
  EXPECT_EQ(view.worries().size(), 1);
  EXPECT_EQ(view.workingWell().size(), 1);
}

TEST(GoalsView, ListsScoresNewestFirstWithTheLatestOfEachViewpoint) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  GoalsView view;
  QAbstractItemModelTester all(view.scores(), kFatal);
  QAbstractItemModelTester latest(view.latest(), kFatal);
  view.setSession(session.get());

  // The demo: Jo 4 then 7 (coordinator), Amina 6 (parent), Zara 8 (young person).
  ASSERT_EQ(view.scores()->count(), 4);
  EXPECT_EQ(role(*view.scores(), 0, "score").toInt(), 8);
  EXPECT_EQ(role(*view.scores(), 0, "viewpoint").toInt(), GoalsView::YoungPerson);
  EXPECT_EQ(role(*view.scores(), 0, "who").toString(), "Zara");
  EXPECT_EQ(role(*view.scores(), 3, "score").toInt(), 4);
  for (int i = 1; i < view.scores()->count(); ++i) {
    EXPECT_GE(role(*view.scores(), i - 1, "at").toDouble(), role(*view.scores(), i, "at").toDouble());
  }
  int own = 0;
  for (int i = 0; i < view.scores()->count(); ++i) {
    if (!role(*view.scores(), i, "mine").toBool()) continue;
    ++own;
    EXPECT_EQ(role(*view.scores(), i, "who").toString(), "You");
    EXPECT_FALSE(role(*view.scores(), i, "reason").toString().isEmpty());
    EXPECT_FALSE(role(*view.scores(), i, "date").toString().isEmpty());
  }
  EXPECT_EQ(own, 1);

  // Latest per viewpoint, in viewpoint order: parent, young person, coordinator.
  ASSERT_EQ(view.latest()->count(), 3);
  EXPECT_EQ(role(*view.latest(), 0, "viewpoint").toInt(), GoalsView::Parent);
  EXPECT_EQ(role(*view.latest(), 0, "score").toInt(), 6);
  EXPECT_EQ(role(*view.latest(), 1, "viewpoint").toInt(), GoalsView::YoungPerson);
  EXPECT_EQ(role(*view.latest(), 1, "score").toInt(), 8);
  EXPECT_EQ(role(*view.latest(), 2, "viewpoint").toInt(), GoalsView::Coordinator);
  EXPECT_EQ(role(*view.latest(), 2, "score").toInt(), 7);

  // The chart's series: one per viewpoint, points oldest first.
  const QVariantList series = view.series();
  ASSERT_EQ(series.size(), 3);
  const QVariantMap coordinator = series[2].toMap();
  EXPECT_EQ(coordinator["viewpoint"].toInt(), GoalsView::Coordinator);
  EXPECT_EQ(coordinator["index"].toInt(), GoalsView::Coordinator - 1);
  const QVariantList points = coordinator["points"].toList();
  ASSERT_EQ(points.size(), 2);
  EXPECT_EQ(points[0].toMap()["score"].toInt(), 4);
  EXPECT_EQ(points[1].toMap()["score"].toInt(), 7);
  EXPECT_LT(view.firstAt(), view.lastAt());

  // The words for screen readers name every viewpoint's latest score.
  EXPECT_TRUE(view.summary().contains("Parent or carer: 6 out of 10")) << view.summary().toStdString();
  EXPECT_TRUE(view.summary().contains("Young person: 8 out of 10"));
  EXPECT_TRUE(view.summary().contains("Coordinator: 7 out of 10"));
}

TEST(GoalsView, AParentAddsAScoreAboutAGoal) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  GoalsView view;
  QAbstractItemModelTester all(view.scores(), kFatal);
  QAbstractItemModelTester latest(view.latest(), kFatal);
  view.setSession(session.get());
  ASSERT_TRUE(view.canScore());
  EXPECT_EQ(view.myViewpoint(), GoalsView::Parent);
  const auto before = scores(*session);
  ASSERT_TRUE(view.addScore(7, "  Nan has stayed every late night.  ", QString::fromStdString(kGoal)))
      << view.problem().toStdString();
  EXPECT_TRUE(view.problem().isEmpty());
  ASSERT_TRUE(waitForScores(*session, before + 1));
  const auto& s = session->snapshot()->records(domain::Record::kScaleScore).back().scale_score();
  EXPECT_EQ(s.family_id(), demo::kFamily);
  EXPECT_EQ(s.scored_by(), demo::kAmina);
  EXPECT_EQ(s.viewpoint(), v1::VIEWPOINT_PARENT);
  EXPECT_EQ(s.score(), 7u);
  EXPECT_EQ(s.reason(), "Nan has stayed every late night.");
  EXPECT_EQ(s.safety_goal_id(), kGoal);
  EXPECT_EQ(s.assessment_id(), kAssessment);
  EXPECT_TRUE(s.has_scored_at());
  // The view follows: the newest score first, the parent's latest is now 7.
  EXPECT_EQ(view.scores()->count(), 5);
  EXPECT_EQ(role(*view.scores(), 0, "score").toInt(), 7);
  EXPECT_EQ(role(*view.scores(), 0, "who").toString(), "You");
  EXPECT_FALSE(role(*view.scores(), 0, "goal").toString().isEmpty());
  EXPECT_EQ(role(*view.latest(), 0, "score").toInt(), 7);
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->waitingCount() >= 1; }, 5000));
}

TEST(GoalsView, AScoreWithoutAReasonOrOutOfRangeIsRefusedAndNothingStored) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  GoalsView view;
  view.setSession(session.get());
  const auto before = scores(*session);
  EXPECT_FALSE(view.addScore(11, "Too high"));
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.addScore(-1, "Too low"));
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.addScore(5, "   "));
  EXPECT_TRUE(view.problem().contains("why")) << view.problem().toStdString();
  EXPECT_FALSE(view.addScore(5, "A goal that is not there", "d7300000-0000-4000-8000-000000000099"));
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.addScore(5, QString(4001, 'a')));  // the store's limit, said by validate()
  EXPECT_FALSE(view.problem().isEmpty());
  QTest::qWait(200);
  EXPECT_EQ(scores(*session), before);
  EXPECT_EQ(session->waitingCount(), 0);
  view.clearProblem();
  EXPECT_TRUE(view.problem().isEmpty());
}

TEST(GoalsView, EachRoleScoresFromItsOwnViewpoint) {
  struct Case {
    std::string person;
    std::optional<v1::Role> role;  // changed from the demo's, if set
    v1::Viewpoint viewpoint;
  };
  const std::vector<Case> cases = {
      {demo::kZara, std::nullopt, v1::VIEWPOINT_YOUNG_PERSON},
      {demo::kZara, v1::ROLE_CARE_LEAVER, v1::VIEWPOINT_YOUNG_PERSON},
      {demo::kNanFarida, std::nullopt, v1::VIEWPOINT_NETWORK},
      {demo::kJo, std::nullopt, v1::VIEWPOINT_COORDINATOR},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.person);
    const SeededDevice device(c.person, c.role ? withRole(c.person, *c.role) : demo_records());
    auto session = device.open();
    GoalsView view;
    view.setSession(session.get());
    ASSERT_TRUE(view.canScore());
    const auto before = scores(*session);
    ASSERT_TRUE(view.addScore(5, "Things are a bit better.")) << view.problem().toStdString();
    ASSERT_TRUE(waitForScores(*session, before + 1));
    const auto& s = session->snapshot()->records(domain::Record::kScaleScore).back().scale_score();
    EXPECT_EQ(s.scored_by(), c.person);
    EXPECT_EQ(s.viewpoint(), c.viewpoint);
    EXPECT_EQ(s.family_id(), demo::kFamily);
    EXPECT_TRUE(s.safety_goal_id().empty());
  }
}

TEST(GoalsView, AVolunteerSeesNoGoalsAndIsNotOfferedAScore) {
  // docs/ACCESS.md: volunteers do not hold the family's scope and may not write scale scores.
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  GoalsView view;
  QAbstractItemModelTester all(view.scores(), kFatal);
  view.setSession(session.get());
  EXPECT_FALSE(view.hasAssessment());
  EXPECT_EQ(view.scores()->count(), 0);
  EXPECT_EQ(view.latest()->count(), 0);
  EXPECT_TRUE(view.series().isEmpty());
  EXPECT_FALSE(view.canScore());
  EXPECT_FALSE(view.addScore(5, "I think it is going well."));
  EXPECT_FALSE(view.problem().isEmpty());
  QTest::qWait(100);
  EXPECT_EQ(scores(*session), 0u);
}

TEST(GoalsView, WithNoSessionShowsNothing) {
  GoalsView view;
  QAbstractItemModelTester all(view.scores(), kFatal);
  EXPECT_FALSE(view.hasAssessment());
  EXPECT_FALSE(view.canScore());
  EXPECT_FALSE(view.addScore(5, "No one is here"));
  EXPECT_EQ(view.summary(), QString());
}

}  // namespace
}  // namespace kith::testing
