#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "coordinator_desk.hpp"
#include "coordinator_support.hpp"

namespace kith::testing {
namespace {

using app::CoordinatorDesk;
using app::RowModel;
using app::Session;
using Tester = QAbstractItemModelTester;

QString qs(const std::string& s) { return QString::fromStdString(s); }

//! A desk on a session, every row model under the tester.
struct Desk {
  explicit Desk(Session* session) {
    for (RowModel* m : {view.families(), view.people(), view.volunteers(), view.conferences()}) {
      testers.push_back(std::make_unique<Tester>(m, Tester::FailureReportingMode::Fatal));
    }
    view.setSession(session);
  }
  CoordinatorDesk view;
  std::vector<std::unique_ptr<Tester>> testers;
};

TEST(CoordinatorDesk, ListsTheFamiliesJoCoordinatesWithTheirFigures) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  ASSERT_EQ(desk.view.families()->count(), 1);
  const QVariantMap row = desk.view.families()->get(0);
  EXPECT_EQ(row["familyId"].toString(), qs(demo::kFamily));
  EXPECT_EQ(row["name"].toString(), "The Khan family");
  EXPECT_EQ(row["people"].toInt(), 4);        // Amina, Zara, Nan Farida, Helen: not Jo
  EXPECT_EQ(row["openConcerns"].toInt(), 1);  // Helen's worry, not acknowledged
  EXPECT_TRUE(row["planText"].toString().startsWith("Plan version 1, review on 10 December 2026"))
      << row["planText"].toString().toStdString();
  EXPECT_FALSE(row["waiting"].toBool());
  EXPECT_TRUE(desk.view.isCoordinator());
  EXPECT_TRUE(desk.view.isStaff());
}

TEST(CoordinatorDesk, ShowsEachPersonsCommunicationNeedsAsFlags) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  const RowModel& people = *desk.view.people();
  ASSERT_EQ(people.count(), 5);
  auto flags = [&](const std::string& id) { return people.value(qs(id), "flagList").toStringList(); };
  EXPECT_EQ(flags(demo::kAmina), (QStringList{"Large print", "Urdu"}));
  EXPECT_EQ(flags(demo::kZara), (QStringList{"Easy read", "Audio"}));
  EXPECT_EQ(flags(demo::kNanFarida), (QStringList{"Interpreter", "Punjabi"}));
  EXPECT_TRUE(flags(demo::kHelen).isEmpty());
  EXPECT_EQ(people.value(qs(demo::kAmina), "flags").toString(), "Large print · Urdu");
  // By role: parent first, the coordinator last.
  EXPECT_EQ(people.get(0)["personId"].toString(), qs(demo::kAmina));
  EXPECT_EQ(people.get(4)["personId"].toString(), qs(demo::kJo));
  EXPECT_TRUE(people.value(qs(demo::kJo), "isMe").toBool());
  EXPECT_TRUE(people.value(qs(demo::kHelen), "isVolunteer").toBool());
  EXPECT_TRUE(people.value(qs(demo::kHelen), "linked").toBool());
  EXPECT_TRUE(people.value(qs(demo::kHelen), "supportText").toString().startsWith("Family friend"));
  EXPECT_EQ(desk.view.familyNames(), (QStringList{"Amina", "Nan Farida", "Zara"}));
}

TEST(CoordinatorDesk, StaffCreateAFamilyAndTheServerMakesThemItsCoordinator) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  ASSERT_TRUE(desk.view.createFamily("  The Byrne family \n")) << desk.view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFamily, 2));
  const auto* family = findRecord(*session, domain::Record::kFamily, [](const domain::Record& r) {
    return r.family().id() != demo::kFamily;
  });
  ASSERT_NE(family, nullptr);
  EXPECT_EQ(family->family().name(), "The Byrne family");
  EXPECT_GT(family->family().created_at().seconds(), 0);
  // Only the Family is sent. The server checks a push against the memberships it had when the
  // push began, so a Membership in the same push would be refused ("not part of this family");
  // the server writes the coordinator's membership itself when a staff account adds a family.
  EXPECT_EQ(session->snapshot()->records(domain::Record::kMembership).size(), 5u);
  ASSERT_EQ(desk.view.families()->count(), 2);
  EXPECT_TRUE(desk.view.families()->value(qs(family->family().id()), "waiting").toBool());
  EXPECT_TRUE(QTest::qWaitFor([&] { return session->waitingCount() >= 1; }, 5000));
}

TEST(CoordinatorDesk, AFamilyWithoutANameIsNotStored) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.createFamily("   "));
  EXPECT_TRUE(desk.view.problem().contains("family's name")) << desk.view.problem().toStdString();
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kFamily).size(), 1u);
}

TEST(CoordinatorDesk, OnlyStaffCreateFamilies) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.isStaff());
  EXPECT_FALSE(desk.view.isCoordinator());
  EXPECT_EQ(desk.view.families()->count(), 0);
  EXPECT_FALSE(desk.view.createFamily("The Khan family 2"));
  EXPECT_FALSE(desk.view.problem().isEmpty());
}

TEST(CoordinatorDesk, EndingAMembershipSetsItsEndToday) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  const QString nan = desk.view.people()->value(qs(demo::kNanFarida), "membershipId").toString();
  ASSERT_TRUE(desk.view.endMembership(nan)) << desk.view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk.view.people()->count() == 4; }, 5000));
  const auto* m = findRecord(*session, domain::Record::kMembership, [&](const domain::Record& r) {
    return r.membership().id() == nan.toStdString();
  });
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->membership().ended_on(), todayIsoForTest());
  EXPECT_EQ(m->membership().person_id(), demo::kNanFarida);
  EXPECT_EQ(m->membership().role(), v1::ROLE_NETWORK);
  EXPECT_EQ(m->membership().started_on(), "2026-09-10");
}

TEST(CoordinatorDesk, EndingAVolunteersMembershipEndsTheirSupportLinkInTheSamePut) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  const QString helen = desk.view.people()->value(qs(demo::kHelen), "membershipId").toString();
  // Every snapshot that shows the membership ended shows the link ended too.
  bool apart = false;
  QObject::connect(session.get(), &Session::snapshotChanged, [&] {
    bool memberEnded = false, linkEnded = false;
    for (const auto& r : session->snapshot()->records(domain::Record::kMembership)) {
      if (r.membership().person_id() == demo::kHelen) memberEnded = !r.membership().ended_on().empty();
    }
    for (const auto& r : session->snapshot()->records(domain::Record::kSupportLink)) {
      linkEnded = !r.support_link().ended_on().empty();
    }
    apart = apart || memberEnded != linkEnded;
  });
  ASSERT_TRUE(desk.view.endMembership(helen));
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk.view.people()->count() == 4; }, 5000));
  EXPECT_FALSE(apart);
  const auto& link = session->snapshot()->records(domain::Record::kSupportLink).front().support_link();
  EXPECT_EQ(link.ended_on(), todayIsoForTest());
}

TEST(CoordinatorDesk, ACoordinatorDoesNotRemoveThemself) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  const QString mine = desk.view.people()->value(qs(demo::kJo), "membershipId").toString();
  EXPECT_FALSE(desk.view.endMembership(mine));
  EXPECT_FALSE(desk.view.problem().isEmpty());
  EXPECT_FALSE(desk.view.endMembership("d3000000-0000-4000-8000-00000000ffff"));
  QTest::qWait(100);
  for (const auto& r : session->snapshot()->records(domain::Record::kMembership)) {
    EXPECT_TRUE(r.membership().ended_on().empty());
  }
}

TEST(CoordinatorDesk, LinkingAVolunteerUpdatesTheirCurrentLink) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_EQ(desk.view.supportKindOf(qs(demo::kHelen)), v1::SUPPORT_FAMILY_FRIEND);
  ASSERT_TRUE(desk.view.linkVolunteer(qs(demo::kHelen), v1::SUPPORT_HOST_FAMILY,
                                      {"Zara stays one weekend a month.", "", " Amina has a break. "}))
      << desk.view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return desk.view.supportKindOf(qs(demo::kHelen)) == v1::SUPPORT_HOST_FAMILY; }, 5000));
  ASSERT_EQ(session->snapshot()->records(domain::Record::kSupportLink).size(), 1u);
  const auto& link = session->snapshot()->records(domain::Record::kSupportLink).front().support_link();
  EXPECT_EQ(link.id(), "d8000000-0000-4000-8000-000000000001");
  EXPECT_EQ(link.volunteer_id(), demo::kHelen);
  EXPECT_EQ(link.family_id(), demo::kFamily);
  EXPECT_EQ(link.started_on(), "2026-09-20");
  ASSERT_EQ(link.goals_size(), 2);
  EXPECT_EQ(link.goals(0).text(), "Zara stays one weekend a month.");
  EXPECT_EQ(link.goals(1).text(), "Amina has a break.");
}

TEST(CoordinatorDesk, ANewVolunteerLinkStartsToday) {
  // Helen is in the family, but the server has not made her link (no SupportLink in the data).
  const SeededDevice device(demo::kJo, demoWithout({domain::Record::kSupportLink}));
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.people()->value(qs(demo::kHelen), "linked").toBool());
  ASSERT_TRUE(desk.view.linkVolunteer(qs(demo::kHelen), v1::SUPPORT_RESOURCE_FRIEND, {"A lift to school."}));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kSupportLink, 1));
  const auto& link = session->snapshot()->records(domain::Record::kSupportLink).front().support_link();
  EXPECT_EQ(link.started_on(), todayIsoForTest());
  EXPECT_EQ(link.kind(), v1::SUPPORT_RESOURCE_FRIEND);
  EXPECT_EQ(link.volunteer_id(), demo::kHelen);
  EXPECT_TRUE(desk.view.people()->value(qs(demo::kHelen), "linked").toBool());
}

TEST(CoordinatorDesk, OnlyAVolunteerInTheFamilyIsLinked) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  // Zara is a young person; someone invited but not enrolled is not a member at all: the server
  // would refuse their volunteer scope (wrong_scope).
  EXPECT_FALSE(desk.view.linkVolunteer(qs(demo::kZara), v1::SUPPORT_FAMILY_FRIEND, {}));
  EXPECT_TRUE(desk.view.problem().contains("not in this family as a volunteer"));
  EXPECT_FALSE(desk.view.linkVolunteer("d2000000-0000-4000-8000-0000000000aa", v1::SUPPORT_FAMILY_FRIEND, {}));
  EXPECT_FALSE(desk.view.linkVolunteer(qs(demo::kHelen), 0, {}));
  EXPECT_TRUE(desk.view.problem().contains("Choose how they will help"));
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kSupportLink).front().support_link().kind(),
            v1::SUPPORT_FAMILY_FRIEND);
}

TEST(CoordinatorDesk, RecordsAConference) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  ASSERT_EQ(desk.view.conferences()->count(), 1);
  const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
  ASSERT_TRUE(desk.view.recordConference(yesterday, {"Amina", " Zara ", "Uncle Tariq", "", "Amina"},
                                         {"Amina", "Zara"}, true, "Priya"))
      << desk.view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kConference, 2));
  const auto& c = session->snapshot()->records(domain::Record::kConference).back().conference();
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_EQ(c.held_on(), yesterday.toStdString());
  ASSERT_EQ(c.invited_size(), 3);
  EXPECT_EQ(c.invited(1), "Zara");
  EXPECT_EQ(c.attended_size(), 2);
  EXPECT_TRUE(c.plan_produced());
  EXPECT_EQ(c.advocate(), "Priya");
  ASSERT_EQ(desk.view.conferences()->count(), 2);
  EXPECT_EQ(desk.view.conferences()->get(0)["summary"].toString(), "3 invited, 2 came. The family made a plan.");
}

TEST(CoordinatorDesk, AConferenceWithABadDayOrNoOneInvitedIsNotStored) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.recordConference("10/09/2026", {"Amina"}, {}, false, {}));
  EXPECT_TRUE(desk.view.problem().contains("year-month-day"));
  EXPECT_FALSE(desk.view.recordConference("2026-02-30", {"Amina"}, {}, false, {}));
  EXPECT_FALSE(desk.view.recordConference(QDate::currentDate().addDays(3).toString(Qt::ISODate),
                                          {"Amina"}, {}, false, {}));
  EXPECT_TRUE(desk.view.problem().contains("after today"));
  EXPECT_FALSE(desk.view.recordConference("2026-09-10", {" ", ""}, {}, false, {}));
  EXPECT_TRUE(desk.view.problem().contains("invited"));
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kConference).size(), 1u);
}

// ---- invites ---------------------------------------------------------------------------------------

TEST(CoordinatorDesk, AnInviteOfflineSaysItNeedsAConnection) {
  // SeededDevice's server is https://127.0.0.1:1: nothing answers.
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  ASSERT_TRUE(desk.view.invite(Session::Parent, "Uncle Tariq"));
  EXPECT_TRUE(desk.view.invitePending());
  ASSERT_TRUE(QTest::qWaitFor([&] { return !desk.view.invitePending(); }, 10000));
  EXPECT_TRUE(desk.view.inviteProblem().contains("offline")) << desk.view.inviteProblem().toStdString();
  EXPECT_TRUE(desk.view.inviteProblem().contains("connection"));
  EXPECT_TRUE(desk.view.inviteCode().isEmpty());
  EXPECT_TRUE(desk.view.inviteLink().isEmpty());
}

TEST(CoordinatorDesk, AnInviteShowsTheCodeLinkAndExpiryFromTheServer) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  QSignalSpy changed(&desk.view, &CoordinatorDesk::inviteChanged);
  ASSERT_TRUE(desk.view.invite(Session::Network, "Uncle Tariq"));
  // The answer, as the worker gives it once the server has made the invite.
  const QDateTime expires = QDateTime::fromSecsSinceEpoch(1795608263);
  emit session->inviteReady("9V7HM-FXQPG", "kith:join?server=https://127.0.0.1:1&code=9V7HMFXQPG",
                            "d2000000-0000-4000-8000-0000000000bb", expires, "Uncle Tariq");
  EXPECT_FALSE(desk.view.invitePending());
  EXPECT_EQ(desk.view.inviteCode(), "9V7HM-FXQPG");
  EXPECT_EQ(desk.view.inviteLink(), "kith:join?server=https://127.0.0.1:1&code=9V7HMFXQPG");
  EXPECT_EQ(desk.view.invitePersonId(), "d2000000-0000-4000-8000-0000000000bb");
  EXPECT_EQ(desk.view.inviteName(), "Uncle Tariq");
  EXPECT_EQ(desk.view.inviteRoleText(), "Family network");
  EXPECT_EQ(desk.view.inviteExpiresAt(), expires);
  EXPECT_TRUE(desk.view.inviteExpiry().startsWith("Works until 25 November 2026"))
      << desk.view.inviteExpiry().toStdString();
  EXPECT_GE(changed.count(), 2);
  // The failure that follows from the unreachable server belongs to no pending invite now.
  QTest::qWait(500);
  EXPECT_EQ(desk.view.inviteCode(), "9V7HM-FXQPG");
  desk.view.clearInvite();
  EXPECT_TRUE(desk.view.inviteCode().isEmpty());
}

TEST(CoordinatorDesk, AnInviteNeedsANameAndARoleAnInviteCanGive) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.invite(Session::Parent, "  "));
  EXPECT_TRUE(desk.view.inviteProblem().contains("name"));
  EXPECT_FALSE(desk.view.invite(Session::Coordinator, "Sam"));
  EXPECT_TRUE(desk.view.inviteProblem().contains("administrator"));
  EXPECT_FALSE(desk.view.invite(Session::Parent, "Helen", qs(demo::kHelen)));
  EXPECT_TRUE(desk.view.inviteProblem().contains("volunteer"));
  EXPECT_FALSE(desk.view.invitePending());
}

TEST(CoordinatorDesk, AParentCannotInvite) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  EXPECT_FALSE(desk.view.invite(Session::Network, "Uncle Tariq"));
  EXPECT_FALSE(desk.view.inviteProblem().isEmpty());
}

TEST(CoordinatorDesk, ListsTheServicesVolunteersAndWhoIsInTheFamily) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  desk.view.loadVolunteers();
  EXPECT_TRUE(desk.view.volunteersPending());
  emit session->volunteersReady({qs(demo::kHelen), "d2000000-0000-4000-8000-0000000000cc", qs(demo::kZara)},
                                {"Helen (Safe Families)", "Vic", "Zara"});
  EXPECT_FALSE(desk.view.volunteersPending());
  EXPECT_TRUE(desk.view.volunteersLoaded());
  const RowModel& v = *desk.view.volunteers();
  ASSERT_EQ(v.count(), 3);
  EXPECT_TRUE(v.value(qs(demo::kHelen), "inFamily").toBool());
  EXPECT_FALSE(v.value("d2000000-0000-4000-8000-0000000000cc", "inFamily").toBool());
  EXPECT_FALSE(v.value("d2000000-0000-4000-8000-0000000000cc", "otherRole").toBool());
  EXPECT_TRUE(v.value(qs(demo::kZara), "otherRole").toBool());
}

TEST(CoordinatorDesk, TheVolunteerListOfflineSaysItNeedsAConnection) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  Desk desk(session.get());
  desk.view.loadVolunteers();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !desk.view.volunteersPending(); }, 10000));
  EXPECT_TRUE(desk.view.volunteersProblem().contains("offline")) << desk.view.volunteersProblem().toStdString();
  EXPECT_EQ(desk.view.volunteers()->count(), 0);
}

}  // namespace
}  // namespace kith::testing
