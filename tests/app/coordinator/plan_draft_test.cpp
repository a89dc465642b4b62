#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "coordinator_support.hpp"
#include "plan_draft.hpp"
#include "plan_view.hpp"

namespace kith::testing {
namespace {

using app::PlanDraft;
using app::Session;
using Tester = QAbstractItemModelTester;

QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Draft {
  explicit Draft(Session* session)
      : lines(view.bottomLines()->model(), Tester::FailureReportingMode::Fatal),
        actions(view.actions()->model(), Tester::FailureReportingMode::Fatal),
        contingency(view.contingency()->model(), Tester::FailureReportingMode::Fatal),
        people(view.people(), Tester::FailureReportingMode::Fatal) {
    view.setSession(session);
  }
  PlanDraft view;
  Tester lines, actions, contingency, people;
};

const v1::PlanVersion* versionNumber(const Session& session, std::uint32_t n) {
  const auto* r = findRecord(session, domain::Record::kPlanVersion,
                             [&](const domain::Record& rec) { return rec.plan_version().number() == n; });
  return r ? &r->plan_version() : nullptr;
}

TEST(PlanDraft, StartsFromTheCurrentVersion) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_TRUE(draft.view.isCoordinator());
  EXPECT_TRUE(draft.view.hasPlan());
  EXPECT_EQ(draft.view.currentNumber(), 1);
  EXPECT_EQ(draft.view.nextNumber(), 2);
  EXPECT_EQ(draft.view.title(), "The Khan family plan");
  EXPECT_EQ(draft.view.bottomLines()->count(), 2);
  ASSERT_EQ(draft.view.actions()->count(), 5);
  EXPECT_EQ(draft.view.reviewOn(), "2026-12-10");
  const QVariantMap first = draft.view.bottomLines()->model()->get(0);
  EXPECT_EQ(first["easyRead"].toString(), "An adult is always at home at night.");
  EXPECT_EQ(first["pictogram"].toString(), "home-night");
  EXPECT_FALSE(first["ur"].toString().isEmpty());
  EXPECT_EQ(first["translated"].toStringList(), QStringList{"ur"});
  const QVariantMap tariq = draft.view.actions()->model()->get(2);
  EXPECT_EQ(tariq["ownerName"].toString(), "Uncle Tariq");
  EXPECT_EQ(tariq["checkerText"].toString(), "Amina");
  EXPECT_EQ(draft.view.contingency()->count(), 1);
  // The people who can own an action, with their needs: not the volunteer.
  EXPECT_EQ(draft.view.people()->count(), 4);
  EXPECT_EQ(draft.view.people()->value(qs(demo::kAmina), "flags").toString(), "Large print · Urdu");
}

TEST(PlanDraft, PublishingWritesTheNextVersionAndSupersedesTheLastInOnePut) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  const domain::Record original = session->snapshot()->records(domain::Record::kPlanVersion).front();

  auto* actions = draft.view.actions();
  const QString key = actions->add();
  actions->set(key, "text", "Amina and Nan meet Jo every fortnight.");
  actions->set(key, "easyRead", "Mum and Nan see Jo every two weeks.");
  actions->set(key, "ur", "آمنہ اور نانی ہر دو ہفتے جو سے ملیں گی۔");
  actions->set(key, "plEasy", "Mama i babcia widzą Jo co dwa tygodnie.");
  actions->set(key, "pictogram", "meeting");
  actions->toggleOwner(key, qs(demo::kAmina));
  actions->toggleOwner(key, qs(demo::kNanFarida));
  actions->set(key, "ownerName", "Aunt Samina, Uncle Tariq");
  actions->set(key, "dueOn", "2026-12-01");
  actions->toggleChecker(key, qs(demo::kJo));
  EXPECT_EQ(actions->model()->value(key, "ownersText").toString(),
            "Amina and Nan Farida and Aunt Samina, Uncle Tariq");
  // Agreed before the demo actions' due days (validate() refuses an action due before it).
  draft.view.setAgreedOn("2026-09-12");
  draft.view.setReviewOn("2027-02-20");

  // No snapshot may show two published versions, or none: both changes land together.
  bool torn = false;
  QObject::connect(session.get(), &Session::snapshotChanged, [&] {
    int published = 0;
    for (const auto& r : session->snapshot()->records(domain::Record::kPlanVersion)) {
      if (r.plan_version().state() == v1::PLAN_PUBLISHED) ++published;
    }
    torn = torn || published != 1;
  });
  ASSERT_TRUE(draft.view.publish()) << draft.view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kPlanVersion, 2));
  EXPECT_FALSE(torn);
  EXPECT_EQ(draft.view.published(), 2);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kPlan).size(), 1u);  // no second Plan

  const v1::PlanVersion* v2 = versionNumber(*session, 2);
  ASSERT_NE(v2, nullptr);
  EXPECT_EQ(v2->state(), v1::PLAN_PUBLISHED);
  EXPECT_EQ(v2->plan_id(), "d6000000-0000-4000-8000-000000000001");
  EXPECT_EQ(v2->family_id(), demo::kFamily);
  EXPECT_EQ(v2->published_by(), demo::kJo);
  EXPECT_GT(v2->published_at().seconds(), 0);
  EXPECT_EQ(v2->agreed_on(), "2026-09-12");
  EXPECT_EQ(v2->review_on(), "2027-02-20");
  EXPECT_NE(v2->id(), original.plan_version().id());
  ASSERT_EQ(v2->bottom_lines_size(), 2);
  ASSERT_EQ(v2->actions_size(), 6);
  EXPECT_EQ(v2->bottom_lines(0).text().translations().at("ur").text(),
            original.plan_version().bottom_lines(0).text().translations().at("ur").text());
  const v1::Action& added = v2->actions(5);
  EXPECT_EQ(added.id(), key.toStdString());
  EXPECT_EQ(added.what().text(), "Amina and Nan meet Jo every fortnight.");
  EXPECT_EQ(added.what().easy_read(), "Mum and Nan see Jo every two weeks.");
  EXPECT_EQ(added.what().translations().at("ur").text(), "آمنہ اور نانی ہر دو ہفتے جو سے ملیں گی۔");
  EXPECT_EQ(added.what().translations().at("pl").easy_read(), "Mama i babcia widzą Jo co dwa tygodnie.");
  EXPECT_EQ(added.what().translations().count("bn"), 0u);
  EXPECT_EQ(added.what().pictogram(), "meeting");
  EXPECT_EQ(v2->bottom_lines(0).text().pictogram(), "home-night");  // kept from version 1
  ASSERT_EQ(added.owners_size(), 4);
  EXPECT_EQ(added.owners(0).person_id(), demo::kAmina);
  EXPECT_EQ(added.owners(1).person_id(), demo::kNanFarida);
  EXPECT_EQ(added.owners(2).name(), "Aunt Samina");
  EXPECT_EQ(added.owners(3).name(), "Uncle Tariq");
  EXPECT_EQ(added.due_on(), "2026-12-01");
  EXPECT_EQ(added.checked_by().person_id(), demo::kJo);
  EXPECT_EQ(v2->actions(2).owners(0).name(), "Uncle Tariq");
  EXPECT_EQ(v2->contingency().text().text(), original.plan_version().contingency().text().text());

  // The previous version changed only its state: what the server allows.
  const v1::PlanVersion* v1p = versionNumber(*session, 1);
  ASSERT_NE(v1p, nullptr);
  EXPECT_EQ(v1p->state(), v1::PLAN_SUPERSEDED);
  domain::Record before = original, after;
  *after.mutable_plan_version() = *v1p;
  before.mutable_plan_version()->clear_state();
  after.mutable_plan_version()->clear_state();
  EXPECT_EQ(domain::encode(before), domain::encode(after));

  // The family now sees version 2 as the current plan; the draft offers version 3 next.
  app::PlanView plan;
  plan.setSession(session.get());
  EXPECT_EQ(plan.number(), 2);
  EXPECT_EQ(draft.view.nextNumber(), 3);
}

TEST(PlanDraft, TheFirstPlanWritesThePlanToo) {
  const SeededDevice device(demo::kJo, demoWithout({domain::Record::kPlan, domain::Record::kPlanVersion,
                                                    domain::Record::kActionUpdate,
                                                    domain::Record::kPlanAcknowledgement}));
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_FALSE(draft.view.hasPlan());
  EXPECT_EQ(draft.view.nextNumber(), 1);
  EXPECT_EQ(draft.view.actions()->count(), 0);
  draft.view.setTitle("Our plan for Zara");
  const QString line = draft.view.bottomLines()->add();
  draft.view.bottomLines()->set(line, "text", "Zara is never alone overnight.");
  const QString act = draft.view.actions()->add();
  draft.view.actions()->set(act, "text", "Nan stays on late nights.");
  draft.view.actions()->toggleOwner(act, qs(demo::kNanFarida));
  const QString contingency = draft.view.contingency()->model()->get(0)["key"].toString();
  draft.view.contingency()->set(contingency, "text", "Amina calls Jo.");
  ASSERT_TRUE(draft.view.publish()) << draft.view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kPlanVersion, 1));
  ASSERT_EQ(session->snapshot()->records(domain::Record::kPlan).size(), 1u);
  const auto& plan = session->snapshot()->records(domain::Record::kPlan).front().plan();
  EXPECT_EQ(plan.title().text(), "Our plan for Zara");
  EXPECT_EQ(plan.family_id(), demo::kFamily);
  EXPECT_EQ(plan.conference_id(), "d5000000-0000-4000-8000-000000000001");  // the conference with a plan
  const auto& v = session->snapshot()->records(domain::Record::kPlanVersion).front().plan_version();
  EXPECT_EQ(v.plan_id(), plan.id());
  EXPECT_EQ(v.number(), 1u);
  EXPECT_EQ(v.state(), v1::PLAN_PUBLISHED);
  EXPECT_EQ(v.contingency().text().text(), "Amina calls Jo.");
  EXPECT_EQ(v.agreed_on(), todayIsoForTest());
}

TEST(PlanDraft, ProblemsAreShownAndNothingIsStoredOrLost) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  auto expectRefused = [&](const char* words) {
    EXPECT_FALSE(draft.view.publish());
    EXPECT_TRUE(draft.view.problem().contains(words)) << draft.view.problem().toStdString();
  };
  draft.view.setAgreedOn("2026-09-10");
  const QString key = draft.view.actions()->add();
  expectRefused("Action 6 has no words");
  draft.view.actions()->set(key, "text", "Someone does something.");
  expectRefused("Action 6 has nobody doing it");
  draft.view.actions()->set(key, "ownerName", "Aunt Samina");
  draft.view.actions()->set(key, "dueOn", "1 December");
  expectRefused("Action 6: type the day");
  draft.view.actions()->set(key, "dueOn", "");
  draft.view.setAgreedOn("2026-13-01");
  expectRefused("agreed the plan as year-month-day");
  draft.view.setAgreedOn("2026-11-20");
  draft.view.setReviewOn("2026-11-19");
  expectRefused("review day cannot be before");
  draft.view.setReviewOn("");
  // Action 1 of the demo is due on 14 September, before this agreement day.
  expectRefused("Action 1 is due before");
  draft.view.setAgreedOn("2026-09-10");
  const QString line = draft.view.bottomLines()->add();
  expectRefused("Bottom line 3 has no words");
  draft.view.bottomLines()->remove(line);
  for (const auto& item : std::vector(draft.view.actions()->items())) draft.view.actions()->remove(item.key);
  expectRefused("at least one action");
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kPlanVersion).size(), 1u);
  // What was typed is still there.
  EXPECT_EQ(draft.view.agreedOn(), "2026-09-10");
  EXPECT_EQ(draft.view.bottomLines()->count(), 2);
  draft.view.startFromCurrent();
  EXPECT_EQ(draft.view.actions()->count(), 5);
}

TEST(PlanDraft, OnlyACoordinatorPublishes) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Draft draft(session.get());
  EXPECT_FALSE(draft.view.isCoordinator());
  EXPECT_FALSE(draft.view.publish());
  EXPECT_TRUE(draft.view.problem().contains("Only a coordinator"));
}

}  // namespace
}  // namespace kith::testing
