// SupportView: what a volunteer and a family see of Safe Families support, and every write it
// makes, checked in the device's snapshot (kind, author, family, scope) or refused with a problem
// and nothing stored.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

#include "app_fixture.hpp"
#include "support_records.hpp"
#include "support_view.hpp"

namespace kith::testing {
namespace {

using app::RowModel;
using app::Session;
using app::SupportView;
using Kind = domain::Record::BodyCase;

//! A view on a session, with every RowModel under QAbstractItemModelTester.
struct Viewed {
  explicit Viewed(Session* session) {
    for (RowModel* model : {view.families(), view.volunteers(), view.contacts(), view.stays(),
                            view.helpRequests(), view.children()}) {
      testers.push_back(std::make_unique<QAbstractItemModelTester>(
          model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    view.setSession(session);
  }
  SupportView view;
  std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QVariant role(const RowModel& model, int row, const char* name) { return model.get(row).value(name); }

std::size_t count(const Session& session, Kind kind) {
  return session.snapshot()->records(kind).size();
}

//! Waits until the snapshot holds one more record of `kind` than `before`; returns the newest.
const domain::Record* waitForNew(const Session& session, Kind kind, std::size_t before) {
  if (!QTest::qWaitFor([&] { return count(session, kind) > before; }, 5000)) return nullptr;
  return &session.snapshot()->records(kind).back();
}

std::string scopeOf(const domain::Record& record) {
  auto scope = domain::scope_for(record);
  return scope ? scope->to_string() : std::string();
}

// ---- a volunteer ------------------------------------------------------------------------------

TEST(SupportView, AVolunteerSeesTheirFamilyAndTheirOwnLogOnly) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  ASSERT_EQ(view.mode(), SupportView::Volunteering);
  EXPECT_EQ(view.familyInView().toStdString(), demo::kFamily);
  ASSERT_EQ(view.families()->count(), 1);
  EXPECT_EQ(role(*view.families(), 0, "kindText").toString(), "Family friend");
  EXPECT_EQ(view.supportKindText(), "Family friend");
  EXPECT_EQ(view.supportSince(), "20 September 2026");
  ASSERT_EQ(view.goals().size(), 1);
  EXPECT_TRUE(view.goals().front().contains("less alone"));
  EXPECT_FALSE(view.familyName().isEmpty());
  EXPECT_TRUE(view.canLog());
  EXPECT_FALSE(view.canAskForHelp());
  EXPECT_FALSE(view.canSendFeedback());

  ASSERT_EQ(view.contacts()->count(), 2);
  // Newest first, days in words.
  EXPECT_EQ(role(*view.contacts(), 0, "day").toString(), "1 October 2026");
  EXPECT_EQ(role(*view.contacts(), 0, "kindText").toString(), "Phone call");
  EXPECT_EQ(role(*view.contacts(), 1, "minutes").toInt(), 75);
  EXPECT_EQ(role(*view.contacts(), 1, "domains").toString(),
            "People to turn to, Feeling well in body and mind");
  ASSERT_EQ(view.stays()->count(), 1);
  EXPECT_EQ(role(*view.stays(), 0, "nights").toInt(), 2);
  EXPECT_EQ(role(*view.stays(), 0, "childNames").toString(), "Zara");
  EXPECT_EQ(view.bedNights(), 2);
  // The demo's only request is to the service, in the family scope a volunteer does not hold.
  EXPECT_EQ(view.helpRequests()->count(), 0);
}

TEST(SupportView, AVolunteerNeverHoldsThePlanOrTheFamilysOtherRecords) {
  const SeededDevice device(demo::kHelen, support::wider_records());
  auto session = device.open();
  const auto& s = *session->snapshot();
  for (const Kind kind : {domain::Record::kPlan, domain::Record::kPlanVersion,
                          domain::Record::kActionUpdate, domain::Record::kAssessment,
                          domain::Record::kScaleScore, domain::Record::kThreeHouses,
                          domain::Record::kMembership, domain::Record::kEpisode,
                          domain::Record::kConcern}) {
    EXPECT_TRUE(s.records(kind).empty()) << domain::kind_name(kind);
  }
  EXPECT_EQ(s.current_plan(demo::kFamily), nullptr);
  // Only their own support: another volunteer's link and visit with the same family are not here.
  for (const auto& r : s.records(domain::Record::kSupportLink)) {
    EXPECT_EQ(r.support_link().volunteer_id(), demo::kHelen);
  }
  for (const auto& r : s.records(domain::Record::kContactLog)) {
    EXPECT_NE(r.contact_log().id(), support::kSamsLog);
  }
}

TEST(SupportView, AVolunteerSeesOnlyTheFamiliesLinkedToThemNow) {
  const SeededDevice device(demo::kHelen, support::wider_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  ASSERT_EQ(view.mode(), SupportView::Volunteering);
  // The Khan family and the third family; the link with the other family has ended.
  ASSERT_EQ(view.families()->count(), 2);
  QStringList ids;
  for (int i = 0; i < 2; ++i) ids << role(*view.families(), i, "familyId").toString();
  EXPECT_TRUE(ids.contains(QString::fromStdString(demo::kFamily)));
  EXPECT_TRUE(ids.contains(QString::fromStdString(support::kThirdFamily)));
  EXPECT_FALSE(ids.contains(QString::fromStdString(support::kOtherFamily)));

  view.setFamilyId(QString::fromStdString(support::kThirdFamily));
  EXPECT_EQ(view.familyInView().toStdString(), support::kThirdFamily);
  EXPECT_EQ(view.supportKindText(), "Host family");
  EXPECT_EQ(view.contacts()->count(), 0);
  EXPECT_EQ(view.stays()->count(), 0);
  EXPECT_EQ(view.bedNights(), 0);

  view.setFamilyId(QString::fromStdString(demo::kFamily));
  EXPECT_EQ(view.contacts()->count(), 2);  // Helen's two; not Sam's visit
  ASSERT_EQ(view.helpRequests()->count(), 1);
  EXPECT_EQ(role(*view.helpRequests(), 0, "askedBy").toString(), "Amina");
  EXPECT_TRUE(role(*view.helpRequests(), 0, "canAnswer").toBool());
  // The family's name is not on a volunteer's device; it is named by who asked for help.
  EXPECT_EQ(view.familyName(), "Amina's family");

  // A family they are not linked to cannot be chosen: the view stays with a linked one.
  view.setFamilyId(QString::fromStdString(support::kOtherFamily));
  EXPECT_NE(view.familyInView().toStdString(), support::kOtherFamily);
}

TEST(SupportView, LoggingAContactStoresItAsTheVolunteersOwnAndItWaitsToBeSent) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const auto before = count(*session, Kind::kContactLog);
  ASSERT_TRUE(view.logContact(v1::CONTACT_OUTING, QString::fromStdString(support::isoDay(-1)), 90,
                              "  Park and lunch.  ", {2, 5, 2}))
      << view.problem().toStdString();
  EXPECT_TRUE(view.problem().isEmpty());
  const auto* record = waitForNew(*session, Kind::kContactLog, before);
  ASSERT_NE(record, nullptr);
  const auto& c = record->contact_log();
  EXPECT_EQ(c.volunteer_id(), demo::kHelen);
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_EQ(c.support_link_id(), "d8000000-0000-4000-8000-000000000001");
  EXPECT_EQ(c.kind(), v1::CONTACT_OUTING);
  EXPECT_EQ(c.happened_on(), support::isoDay(-1));
  EXPECT_EQ(c.minutes(), 90u);
  EXPECT_EQ(c.notes(), "Park and lunch.");
  ASSERT_EQ(c.domains_size(), 2);  // the same domain twice counts once
  EXPECT_EQ(c.domains(0), v1::OUTCOME_CONFIDENCE);
  EXPECT_EQ(c.domains(1), v1::OUTCOME_FAMILY_RELATIONSHIPS);
  EXPECT_EQ(scopeOf(*record), "family:" + demo::kFamily + "/volunteer:" + demo::kHelen);
  EXPECT_EQ(view.contacts()->count(), 3);
  EXPECT_EQ(role(*view.contacts(), 0, "kindText").toString(), "Trip out");
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->waitingCount() >= 1; }, 5000));
}

TEST(SupportView, AMistakeInAContactIsSaidAndNothingIsStored) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const QString yesterday = QString::fromStdString(support::isoDay(-1));
  const QString tomorrow = QString::fromStdString(support::isoDay(1));
  struct Case {
    int kind;
    QString day;
    int minutes;
    QVariantList domains;
    const char* says;
  };
  const std::vector<Case> cases = {
      {v1::CONTACT_VISIT, yesterday, 0, {}, "how many minutes"},
      {v1::CONTACT_PHONE, yesterday, 1441, {}, "between 1 and 1440"},
      {v1::CONTACT_VISIT, yesterday, -5, {}, "between 1 and 1440"},
      {v1::CONTACT_VISIT, tomorrow, 30, {}, "once it has happened"},
      {v1::CONTACT_VISIT, "2026-13-01", 30, {}, "year-month-day"},
      {v1::CONTACT_VISIT, "5/11/2026", 30, {}, "year-month-day"},
      {v1::CONTACT_VISIT, "", 30, {}, "Choose the day it happened"},
      {0, yesterday, 30, {}, "how you were in touch"},
      {v1::CONTACT_VISIT, yesterday, 30, {7}, "areas from the list"},
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(view.logContact(c.kind, c.day, c.minutes, "notes", c.domains)) << c.says;
    EXPECT_TRUE(view.problem().contains(c.says)) << view.problem().toStdString();
  }
  // Messages need no minutes.
  EXPECT_TRUE(view.logContact(v1::CONTACT_MESSAGE, yesterday, 0, {}, {}))
      << view.problem().toStdString();
  ASSERT_NE(waitForNew(*session, Kind::kContactLog, 2), nullptr);
  QTest::qWait(100);
  EXPECT_EQ(count(*session, Kind::kContactLog), 3u);  // the demo's two and the message only
}

TEST(SupportView, LoggingAStayCountsTheNightsFromTheDays) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  // Zara stayed before, so she is offered first and already chosen.
  ASSERT_GE(view.children()->count(), 1);
  EXPECT_EQ(role(*view.children(), 0, "personId").toString().toStdString(), demo::kZara);
  EXPECT_TRUE(role(*view.children(), 0, "stayedBefore").toBool());
  EXPECT_EQ(view.nightsBetween("2026-10-16", "2026-10-18"), 2);
  EXPECT_EQ(view.nightsBetween("2026-10-16", "soon"), -1);

  const auto before = count(*session, Kind::kHostingStay);
  ASSERT_TRUE(view.logStay({QString::fromStdString(demo::kZara)},
                           QString::fromStdString(support::isoDay(-3)),
                           QString::fromStdString(support::isoDay(0)), "Half term."))
      << view.problem().toStdString();
  const auto* record = waitForNew(*session, Kind::kHostingStay, before);
  ASSERT_NE(record, nullptr);
  const auto& h = record->hosting_stay();
  EXPECT_EQ(h.volunteer_id(), demo::kHelen);
  EXPECT_EQ(h.family_id(), demo::kFamily);
  EXPECT_EQ(h.nights(), 3u);
  ASSERT_EQ(h.child_ids_size(), 1);
  EXPECT_EQ(h.child_ids(0), demo::kZara);
  EXPECT_EQ(h.notes(), "Half term.");
  EXPECT_EQ(scopeOf(*record), "family:" + demo::kFamily + "/volunteer:" + demo::kHelen);
  EXPECT_EQ(view.bedNights(), 5);

  // No one chosen: the same children as the last stay.
  ASSERT_TRUE(view.logStay({}, QString::fromStdString(support::isoDay(-10)),
                           QString::fromStdString(support::isoDay(-9)), {}));
  const auto* again = waitForNew(*session, Kind::kHostingStay, before + 1);
  ASSERT_NE(again, nullptr);
  ASSERT_EQ(again->hosting_stay().child_ids_size(), 1);
  EXPECT_EQ(again->hosting_stay().child_ids(0), demo::kZara);
  EXPECT_EQ(again->hosting_stay().nights(), 1u);
}

TEST(SupportView, AMistakeInAStayIsSaidAndNothingIsStored) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const QStringList zara{QString::fromStdString(demo::kZara)};
  auto day = [](int d) { return QString::fromStdString(support::isoDay(d)); };
  struct Case {
    QStringList children;
    QString from, until;
    const char* says;
  };
  const std::vector<Case> cases = {
      {zara, day(-2), day(-4), "must be after the day they came"},
      {zara, day(-2), day(-2), "at least one night"},
      {zara, day(-2), day(2), "cannot be after today"},
      {zara, "", day(-1), "Choose the day they came"},
      {zara, day(-2), "2026-02-30", "year-month-day"},
      {{"d2000000-0000-4000-8000-0000000000ff"}, day(-2), day(-1), "from the list"},
  };
  const auto before = count(*session, Kind::kHostingStay);
  for (const auto& c : cases) {
    EXPECT_FALSE(view.logStay(c.children, c.from, c.until, {})) << c.says;
    EXPECT_TRUE(view.problem().contains(c.says)) << view.problem().toStdString();
  }
  QTest::qWait(100);
  EXPECT_EQ(count(*session, Kind::kHostingStay), before);
}

TEST(SupportView, AVolunteerAnswersAHelpRequestButItStaysTheFamilys) {
  const SeededDevice device(demo::kHelen, support::wider_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  view.setFamilyId(QString::fromStdString(demo::kFamily));
  const QString id = QString::fromStdString(support::kAskedOfHelen);
  EXPECT_FALSE(view.answerHelp(id, v1::HELP_WITHDRAWN));  // not theirs to withdraw
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.answerHelp("d8300000-0000-4000-8000-000000000001", v1::HELP_DONE));
  ASSERT_TRUE(view.answerHelp(id, v1::HELP_ARRANGED)) << view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return view.helpRequests()->value(id, "status").toInt() == v1::HELP_ARRANGED; }, 5000));
  const v1::HelpRequest* stored = nullptr;
  for (const auto& r : session->snapshot()->records(Kind::kHelpRequest)) {
    if (r.help_request().id() == support::kAskedOfHelen) stored = &r.help_request();
  }
  ASSERT_NE(stored, nullptr);
  EXPECT_EQ(stored->requested_by(), demo::kAmina);
  EXPECT_EQ(stored->volunteer_id(), demo::kHelen);
  EXPECT_EQ(stored->given_by(), demo::kHelen);
  EXPECT_EQ(stored->description(), "Could you come with me to the first school meeting?");
  ASSERT_TRUE(view.answerHelp(id, v1::HELP_DONE));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return view.helpRequests()->value(id, "status").toInt() == v1::HELP_DONE; }, 5000));
  EXPECT_FALSE(view.helpRequests()->value(id, "canAnswer").toBool());
  EXPECT_FALSE(view.answerHelp(id, v1::HELP_ARRANGED));  // closed now
  // A volunteer makes no request of their own.
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "A lift", {}));
}

TEST(SupportView, AWorryGoesToTheStaffScopeAsTheVolunteers) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  EXPECT_FALSE(view.raiseWorry("   "));
  EXPECT_TRUE(view.problem().contains("what worries you"));
  const auto before = count(*session, Kind::kConcern);
  ASSERT_TRUE(view.raiseWorry("Zara said she had not eaten since yesterday."));
  const auto* record = waitForNew(*session, Kind::kConcern, before);
  ASSERT_NE(record, nullptr);
  const auto& c = record->concern();
  EXPECT_EQ(c.kind(), v1::CONCERN_VOLUNTEER_WORRY);
  EXPECT_EQ(c.raised_by(), demo::kHelen);
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_GT(c.raised_at().seconds(), 0);
  EXPECT_EQ(scopeOf(*record), "family:" + demo::kFamily + "/staff");
}

// ---- a family ---------------------------------------------------------------------------------

TEST(SupportView, AParentSeesTheirVolunteerTheVisitsAndTheirRequests) {
  const SeededDevice device(demo::kAmina, support::wider_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  ASSERT_EQ(view.mode(), SupportView::Supported);
  EXPECT_TRUE(view.canAskForHelp());
  EXPECT_TRUE(view.canSendFeedback());
  EXPECT_FALSE(view.canLog());
  EXPECT_EQ(view.familyName(), "The Khan family");
  ASSERT_EQ(view.volunteers()->count(), 2);  // Helen and Sam
  EXPECT_EQ(role(*view.volunteers(), 0, "name").toString(), "Helen (Safe Families)");
  EXPECT_EQ(role(*view.volunteers(), 0, "kindText").toString(), "Family friend");
  EXPECT_EQ(role(*view.volunteers(), 0, "since").toString(), "20 September 2026");
  // Parents hold every volunteer's scope: all three visits, with who made them.
  ASSERT_EQ(view.contacts()->count(), 3);
  EXPECT_EQ(role(*view.contacts(), 0, "volunteer").toString(), "Sam");
  EXPECT_EQ(view.stays()->count(), 1);
  // The request to the service and the one asked of Helen.
  ASSERT_EQ(view.helpRequests()->count(), 2);
  for (int i = 0; i < 2; ++i) {
    EXPECT_TRUE(role(*view.helpRequests(), i, "mine").toBool());
    EXPECT_TRUE(role(*view.helpRequests(), i, "canWithdraw").toBool());
    EXPECT_FALSE(role(*view.helpRequests(), i, "canAnswer").toBool());
  }
  // Nothing a volunteer does is open to a parent.
  EXPECT_FALSE(view.logContact(v1::CONTACT_VISIT, view.today(), 30, {}, {}));
  EXPECT_FALSE(view.raiseWorry("x"));
  EXPECT_FALSE(view.answerHelp(QString::fromStdString(support::kAskedOfHelen), v1::HELP_DONE));
  // And no worry reaches the family.
  EXPECT_TRUE(session->snapshot()->records(Kind::kConcern).empty());
}

TEST(SupportView, AParentAsksTheServiceOrTheirVolunteer) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const auto before = count(*session, Kind::kHelpRequest);
  ASSERT_TRUE(view.askForHelp(v1::HELP_DONATION, "A school coat for Zara.",
                              QString::fromStdString(support::isoDay(7))))
      << view.problem().toStdString();
  const auto* toService = waitForNew(*session, Kind::kHelpRequest, before);
  ASSERT_NE(toService, nullptr);
  EXPECT_EQ(toService->help_request().requested_by(), demo::kAmina);
  EXPECT_EQ(toService->help_request().family_id(), demo::kFamily);
  EXPECT_EQ(toService->help_request().status(), v1::HELP_OPEN);
  EXPECT_EQ(toService->help_request().kind(), v1::HELP_DONATION);
  EXPECT_EQ(toService->help_request().needed_on(), support::isoDay(7));
  EXPECT_TRUE(toService->help_request().volunteer_id().empty());
  EXPECT_GT(toService->help_request().requested_at().seconds(), 0);
  EXPECT_EQ(scopeOf(*toService), "family:" + demo::kFamily);

  ASSERT_TRUE(view.askForHelp(v1::HELP_BEFRIENDING, "Someone to talk to on Sunday.", {},
                              QString::fromStdString(demo::kHelen)));
  const auto* toHelen = waitForNew(*session, Kind::kHelpRequest, before + 1);
  ASSERT_NE(toHelen, nullptr);
  EXPECT_EQ(toHelen->help_request().volunteer_id(), demo::kHelen);
  EXPECT_EQ(toHelen->help_request().requested_by(), demo::kAmina);
  EXPECT_EQ(scopeOf(*toHelen), "family:" + demo::kFamily + "/volunteer:" + demo::kHelen);
  EXPECT_EQ(view.helpRequests()->count(), 3);
}

TEST(SupportView, AMistakeInARequestIsSaidAndNothingIsStored) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const auto before = count(*session, Kind::kHelpRequest);
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "  ", {}));
  EXPECT_TRUE(view.problem().contains("what help you need"));
  EXPECT_FALSE(view.askForHelp(0, "A lift", {}));
  EXPECT_TRUE(view.problem().contains("kind of help"));
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "A lift", QString::fromStdString(support::isoDay(-1))));
  EXPECT_TRUE(view.problem().contains("before today"));
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "A lift", "next tuesday"));
  EXPECT_TRUE(view.problem().contains("year-month-day"));
  // Someone who is not the family's volunteer (Zara is a young person).
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "A lift", {}, QString::fromStdString(demo::kZara)));
  EXPECT_TRUE(view.problem().contains("volunteer from the list"));
  QTest::qWait(100);
  EXPECT_EQ(count(*session, Kind::kHelpRequest), before);
}

TEST(SupportView, AParentWithdrawsTheirOwnOpenRequest) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  const QString demoRequest = "d8300000-0000-4000-8000-000000000001";
  ASSERT_TRUE(view.withdrawHelp(demoRequest)) << view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return view.helpRequests()->value(demoRequest, "status").toInt() == v1::HELP_WITHDRAWN; },
      5000));
  EXPECT_EQ(view.helpRequests()->value(demoRequest, "statusText").toString(), "No longer needed");
  const auto& stored = session->snapshot()->records(Kind::kHelpRequest).front().help_request();
  EXPECT_EQ(stored.requested_by(), demo::kAmina);
  EXPECT_FALSE(view.withdrawHelp(demoRequest));  // closed already
}

TEST(SupportView, OnlyAParentAsksForHelpAndNobodyWithdrawsAnothersRequest) {
  const SeededDevice device(demo::kNanFarida, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  ASSERT_EQ(view.mode(), SupportView::Supported);
  EXPECT_FALSE(view.canAskForHelp());
  EXPECT_TRUE(view.canSendFeedback());
  ASSERT_EQ(view.helpRequests()->count(), 1);  // Amina's, in the family scope
  EXPECT_FALSE(role(*view.helpRequests(), 0, "canWithdraw").toBool());
  EXPECT_FALSE(view.askForHelp(v1::HELP_PRACTICAL, "A lift", {}));
  EXPECT_FALSE(view.withdrawHelp("d8300000-0000-4000-8000-000000000001"));
  // Network members do not hold the volunteers' scopes.
  EXPECT_EQ(view.contacts()->count(), 0);
  EXPECT_EQ(view.volunteers()->count(), 0);
}

TEST(SupportView, FeedbackOnTheSupportGoesToStaffOnly) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  EXPECT_FALSE(view.sendSupportFeedback(6, "x"));
  EXPECT_TRUE(view.problem().contains("1 to 5"));
  EXPECT_FALSE(view.sendSupportFeedback(0, "  "));
  const auto before = count(*session, Kind::kFeedback);
  ASSERT_TRUE(view.sendSupportFeedback(4, "Helen is a great help."));
  const auto* record = waitForNew(*session, Kind::kFeedback, before);
  ASSERT_NE(record, nullptr);
  const auto& f = record->feedback();
  EXPECT_EQ(f.from_person(), demo::kAmina);
  EXPECT_EQ(f.audience(), v1::AUDIENCE_STAFF);
  EXPECT_EQ(f.about(), "safe-families");
  EXPECT_EQ(f.confidence(), 4u);
  EXPECT_EQ(f.text(), "Helen is a great help.");
  EXPECT_EQ(scopeOf(*record), "family:" + demo::kFamily + "/person:" + demo::kAmina);
  EXPECT_FALSE(view.lastFeedbackOn().isEmpty());
}

TEST(SupportView, ACoordinatorReadsTheSupportButWritesNothingHere) {
  const SeededDevice device(demo::kJo, support::wider_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  ASSERT_EQ(view.mode(), SupportView::Staff);
  EXPECT_EQ(view.volunteers()->count(), 2);
  EXPECT_EQ(view.contacts()->count(), 3);
  EXPECT_EQ(view.helpRequests()->count(), 2);
  EXPECT_FALSE(view.canAskForHelp());
  EXPECT_FALSE(view.canSendFeedback());
  EXPECT_FALSE(view.canLog());
}

TEST(SupportView, DaysAreEasyToGive) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  Viewed v(session.get());
  SupportView& view = v.view;
  EXPECT_EQ(view.describeDay("2026-11-05"), "Thursday 5 November 2026");
  EXPECT_EQ(view.describeDay("2026-11-31"), "");
  EXPECT_EQ(view.describeDay("5 Nov"), "");
  EXPECT_EQ(view.shiftDay("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(view.shiftDay("nonsense", 0), view.today());
}

}  // namespace
}  // namespace kith::testing
