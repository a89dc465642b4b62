#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "assessment_draft.hpp"
#include "coordinator_support.hpp"

namespace kith::testing {
namespace {

using app::AssessmentDraft;
using app::Session;
using Tester = QAbstractItemModelTester;

QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Draft {
  explicit Draft(Session* session) {
    for (app::RowModel* m : {view.worries()->model(), view.strengths()->model(),
                             view.safetyGoals()->model(), view.nextSteps()->model(), view.people(),
                             view.scores()}) {
      testers.push_back(std::make_unique<Tester>(m, Tester::FailureReportingMode::Fatal));
    }
    view.setSession(session);
  }
  AssessmentDraft view;
  std::vector<std::unique_ptr<Tester>> testers;
};

TEST(AssessmentDraft, StartsFromTheLatestAssessmentAndListsTheScores) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_TRUE(draft.view.isCoordinator());
  EXPECT_EQ(draft.view.latestOn(), "27 August 2026");
  ASSERT_EQ(draft.view.worries()->count(), 1);
  EXPECT_EQ(draft.view.worries()->model()->get(0)["kind"].toInt(), v1::WORRY_DANGER);
  EXPECT_TRUE(draft.view.strengths()->model()->get(0)["flag"].toBool());
  EXPECT_EQ(draft.view.safetyGoals()->count(), 1);
  ASSERT_EQ(draft.view.nextSteps()->count(), 1);
  EXPECT_EQ(draft.view.nextSteps()->model()->get(0)["checkerText"].toString(), "Jo (FGC coordinator)");
  ASSERT_EQ(draft.view.scores()->count(), 4);
  // Newest first.
  EXPECT_EQ(draft.view.scores()->get(0)["score"].toInt(), 8);
  EXPECT_EQ(draft.view.scores()->get(0)["viewpoint"].toString(), "Young person");
  EXPECT_EQ(draft.view.assessedOn(), qs(todayIsoForTest()));
  EXPECT_EQ(draft.view.score(), -1);
}

TEST(AssessmentDraft, SavingWritesTheAssessmentAndTheCoordinatorsScoreTogether) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  const QString worry = draft.view.worries()->add();
  draft.view.worries()->set(worry, "text", "Amina has not slept for days.");
  draft.view.worries()->set(worry, "kind", v1::WORRY_COMPLICATING);
  draft.view.worries()->set(worry, "easyRead", "Mum is very tired.");
  const QString step = draft.view.nextSteps()->add();
  draft.view.nextSteps()->set(step, "text", "Amina sees her GP this week.");
  draft.view.nextSteps()->toggleChecker(step, qs(demo::kAmina));
  draft.view.nextSteps()->set(step, "dueOn", QDate::currentDate().addDays(5).toString(Qt::ISODate));
  draft.view.setScore(6);
  draft.view.setReason("The plan is working; Amina's mood is a new worry.");
  ASSERT_TRUE(draft.view.save()) << draft.view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kAssessment, 2));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kScaleScore, 5));
  const auto& a = session->snapshot()->records(domain::Record::kAssessment).back().assessment();
  EXPECT_EQ(a.family_id(), demo::kFamily);
  EXPECT_EQ(a.author(), demo::kJo);
  EXPECT_EQ(a.assessed_on(), todayIsoForTest());
  ASSERT_EQ(a.worries_size(), 2);
  EXPECT_EQ(a.worries(1).kind(), v1::WORRY_COMPLICATING);
  EXPECT_EQ(a.worries(1).text().easy_read(), "Mum is very tired.");
  EXPECT_EQ(a.worries(1).id(), worry.toStdString());
  EXPECT_EQ(a.strengths_size(), 1);
  EXPECT_TRUE(a.strengths(0).existing_safety());
  ASSERT_EQ(a.next_steps_size(), 2);
  EXPECT_EQ(a.next_steps(1).owner().person_id(), demo::kAmina);
  const auto& score = session->snapshot()->records(domain::Record::kScaleScore).back().scale_score();
  EXPECT_EQ(score.assessment_id(), a.id());
  EXPECT_EQ(score.score(), 6u);
  EXPECT_EQ(score.viewpoint(), v1::VIEWPOINT_COORDINATOR);
  EXPECT_EQ(score.scored_by(), demo::kJo);
  EXPECT_EQ(score.reason(), "The plan is working; Amina's mood is a new worry.");
  EXPECT_EQ(draft.view.score(), -1);
  EXPECT_EQ(draft.view.saved(), 1);
  EXPECT_EQ(draft.view.scores()->count(), 5);
}

TEST(AssessmentDraft, AScoreOnItsOwnGoesAgainstTheLatestAssessment) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_FALSE(draft.view.saveScore());
  EXPECT_TRUE(draft.view.problem().contains("score from 0 to 10"));
  draft.view.setScore(7);
  ASSERT_TRUE(draft.view.saveScore());
  ASSERT_TRUE(waitForCount(*session, domain::Record::kScaleScore, 5));
  const auto& score = session->snapshot()->records(domain::Record::kScaleScore).back().scale_score();
  EXPECT_EQ(score.assessment_id(), "d7000000-0000-4000-8000-000000000001");
  EXPECT_EQ(score.score(), 7u);
  EXPECT_EQ(score.viewpoint(), v1::VIEWPOINT_COORDINATOR);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kAssessment).size(), 1u);
}

TEST(AssessmentDraft, ProblemsAreShownAndNothingIsStored) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  const QString worry = draft.view.worries()->add();
  draft.view.worries()->set(worry, "text", "Something.");
  EXPECT_FALSE(draft.view.save());
  EXPECT_TRUE(draft.view.problem().contains("Worry 2: choose")) << draft.view.problem().toStdString();
  draft.view.worries()->set(worry, "kind", v1::WORRY_HARM);
  const QString step = draft.view.nextSteps()->add();
  draft.view.nextSteps()->set(step, "text", "Something else.");
  draft.view.nextSteps()->set(step, "dueOn", "2026-01-01");
  EXPECT_FALSE(draft.view.save());
  EXPECT_TRUE(draft.view.problem().contains("Next step 2 is due before"));
  draft.view.nextSteps()->remove(step);
  draft.view.setAssessedOn("yesterday");
  EXPECT_FALSE(draft.view.save());
  EXPECT_TRUE(draft.view.problem().contains("year-month-day"));
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kAssessment).size(), 1u);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kScaleScore).size(), 4u);
  EXPECT_EQ(draft.view.worries()->count(), 2);
}

TEST(AssessmentDraft, OnlyACoordinatorAssesses) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_FALSE(draft.view.isCoordinator());
  draft.view.setScore(5);
  EXPECT_FALSE(draft.view.save());
  EXPECT_FALSE(draft.view.saveScore());
}

}  // namespace
}  // namespace kith::testing
