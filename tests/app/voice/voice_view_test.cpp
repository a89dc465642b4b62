// Kith.Voice: VoiceView read as each demo person, and what they send.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include "app_fixture.hpp"
#include "voice_view.hpp"

namespace kith::testing {
namespace {

using app::RowModel;
using app::VoiceView;

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const std::string kZarasFeedback = "d8400000-0000-4000-8000-000000000002";  // to staff
const std::string kAminasFamilyFeedback = "d8400000-0000-4000-8000-000000000001";
const std::string kJosReply = "d8400000-0000-4000-8000-000000000010";
const std::string kAminasStaffFeedback = "d8400000-0000-4000-8000-000000000011";
const std::string kZarasHouses = "d7600000-0000-4000-8000-000000000001";

QVariant role(const RowModel& model, int row, const char* name) { return model.get(row).value(name); }

std::size_t count(const app::Session& session, domain::Kind kind) {
  return session.snapshot()->records(kind).size();
}

bool waitForCount(const app::Session& session, domain::Kind kind, std::size_t n) {
  return QTest::qWaitFor([&] { return count(session, kind) == n; }, 5000);
}

//! The demo, with Jo's reply to what Zara told staff and something Amina told staff.
std::vector<domain::Record> withReplies() {
  auto records = demo_records();
  domain::Record reply;
  auto* r = reply.mutable_feedback();
  r->set_id(kJosReply);
  r->set_family_id(demo::kFamily);
  r->set_from_person(demo::kJo);
  r->set_audience(v1::AUDIENCE_STAFF);
  r->set_text("Thank you for telling me. Let's talk about more nights at Nan's on Thursday.");
  r->mutable_at()->set_seconds(1793000000);  // after Zara's feedback
  r->set_reply_to(kZarasFeedback);
  r->set_to_person(demo::kZara);
  records.push_back(reply);
  domain::Record amina;
  auto* a = amina.mutable_feedback();
  a->set_id(kAminasStaffFeedback);
  a->set_family_id(demo::kFamily);
  a->set_from_person(demo::kAmina);
  a->set_audience(v1::AUDIENCE_STAFF);
  a->set_text("I am finding the late shifts very hard.");
  a->mutable_at()->set_seconds(1793100000);
  records.push_back(amina);
  return records;
}

bool holds(const app::Session& session, domain::Kind kind, const std::string& id) {
  for (const auto& r : session.snapshot()->records(kind)) {
    if (domain::record_id(r) == id) return true;
  }
  return false;
}

TEST(VoiceView, AYoungPersonSeesWhatTheySaidWithTheStaffReply) {
  const SeededDevice device(demo::kZara, withReplies());
  auto session = device.open();
  VoiceView view;
  QAbstractItemModelTester feedback(view.feedback(), kFatal);
  QAbstractItemModelTester pages(view.pages(), kFatal);
  view.setSession(session.get());
  ASSERT_EQ(view.feedback()->count(), 2);
  EXPECT_EQ(role(*view.feedback(), 0, "feedbackId").toString().toStdString(), kZarasFeedback);
  EXPECT_FALSE(role(*view.feedback(), 0, "isReply").toBool());
  EXPECT_EQ(role(*view.feedback(), 0, "who").toString(), "You");
  EXPECT_EQ(role(*view.feedback(), 0, "audience").toInt(), VoiceView::StaffOnly);
  EXPECT_EQ(role(*view.feedback(), 0, "about").toString(), "Our family plan");
  EXPECT_EQ(role(*view.feedback(), 1, "feedbackId").toString().toStdString(), kJosReply);
  EXPECT_TRUE(role(*view.feedback(), 1, "isReply").toBool());
  EXPECT_EQ(role(*view.feedback(), 1, "who").toString(), "Jo (FGC coordinator)");
  EXPECT_EQ(view.replyCount(), 1);
  EXPECT_TRUE(view.canSendFeedback());
  EXPECT_TRUE(view.canShareWithFamily());
  EXPECT_TRUE(view.canSayNotSafe());
  EXPECT_TRUE(view.canEditThreeHouses());
  EXPECT_FALSE(view.notSafeWaiting());
}

TEST(VoiceView, AYoungPersonCannotSeeOthersFeedback) {
  const SeededDevice device(demo::kZara, withReplies());
  auto session = device.open();
  VoiceView view;
  QAbstractItemModelTester feedback(view.feedback(), kFatal);
  view.setSession(session.get());
  // What Amina told staff never reaches Zara's device; what she shared with the family does,
  // but the voice page shows only Zara's own words and the replies to them.
  EXPECT_FALSE(holds(*session, domain::Record::kFeedback, kAminasStaffFeedback));
  EXPECT_TRUE(holds(*session, domain::Record::kFeedback, kAminasFamilyFeedback));
  for (int i = 0; i < view.feedback()->count(); ++i) {
    const std::string id = role(*view.feedback(), i, "feedbackId").toString().toStdString();
    EXPECT_NE(id, kAminasStaffFeedback);
    EXPECT_NE(id, kAminasFamilyFeedback);
  }
  // And a parent does not see what Zara told staff, nor Jo's reply to her.
  const SeededDevice parent(demo::kAmina, withReplies());
  auto parentSession = parent.open();
  EXPECT_FALSE(holds(*parentSession, domain::Record::kFeedback, kZarasFeedback));
  EXPECT_FALSE(holds(*parentSession, domain::Record::kFeedback, kJosReply));
  VoiceView parentView;
  parentView.setSession(parentSession.get());
  ASSERT_EQ(parentView.feedback()->count(), 2);  // her own: to the family, and to staff
  for (int i = 0; i < parentView.feedback()->count(); ++i) {
    EXPECT_EQ(role(*parentView.feedback(), i, "who").toString(), "You");
  }
  EXPECT_FALSE(parentView.canSayNotSafe());
  EXPECT_FALSE(parentView.canEditThreeHouses());
}

TEST(VoiceView, SendingFeedbackStoresItAsThePerson) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  QAbstractItemModelTester feedback(view.feedback(), kFatal);
  view.setSession(session.get());
  const auto before = count(*session, domain::Record::kFeedback);
  ASSERT_TRUE(view.sendFeedback("  Nan's is where I feel calm.  ", VoiceView::StaffOnly, 4, "family-plan"))
      << view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFeedback, before + 1));
  const auto& f = session->snapshot()->records(domain::Record::kFeedback).back().feedback();
  EXPECT_EQ(f.from_person(), demo::kZara);
  EXPECT_EQ(f.family_id(), demo::kFamily);
  EXPECT_EQ(f.audience(), v1::AUDIENCE_STAFF);
  EXPECT_EQ(f.confidence(), 4u);
  EXPECT_EQ(f.about(), "family-plan");
  EXPECT_EQ(f.text(), "Nan's is where I feel calm.");
  EXPECT_TRUE(f.reply_to().empty());
  EXPECT_TRUE(f.to_person().empty());
  // Newest first in the view.
  EXPECT_EQ(role(*view.feedback(), 0, "text").toString(), "Nan's is where I feel calm.");
  EXPECT_EQ(role(*view.feedback(), 0, "confidence").toInt(), 4);

  // A confidence alone is enough; shared with the family.
  ASSERT_TRUE(view.sendFeedback("", VoiceView::Family, 2, {})) << view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFeedback, before + 2));
  const auto& g = session->snapshot()->records(domain::Record::kFeedback).back().feedback();
  EXPECT_EQ(g.audience(), v1::AUDIENCE_FAMILY);
  EXPECT_EQ(g.confidence(), 2u);
  EXPECT_TRUE(g.text().empty());
}

TEST(VoiceView, FeedbackThatIsNotRightIsRefusedAndNothingStored) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  const auto before = count(*session, domain::Record::kFeedback);
  EXPECT_FALSE(view.sendFeedback("Hello", 0, 0, {}));
  EXPECT_TRUE(view.problem().contains("Choose who sees this")) << view.problem().toStdString();
  EXPECT_FALSE(view.sendFeedback("Hello", 3, 0, {}));
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.sendFeedback("Hello", VoiceView::StaffOnly, 6, {}));
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_FALSE(view.sendFeedback("   ", VoiceView::StaffOnly, 0, {}));
  EXPECT_TRUE(view.problem().contains("Write something")) << view.problem().toStdString();
  EXPECT_FALSE(view.sendFeedback(QString(4001, 'a'), VoiceView::StaffOnly, 0, {}));
  EXPECT_TRUE(view.problem().contains("too long")) << view.problem().toStdString();
  QTest::qWait(200);
  EXPECT_EQ(count(*session, domain::Record::kFeedback), before);
  EXPECT_EQ(session->waitingCount(), 0);
}

TEST(VoiceView, AVolunteerTellsStaffOnly) {
  const SeededDevice device(demo::kHelen, demo_records());
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  // A volunteer's device holds no memberships (they are in the family's scope): the family in
  // view is the one their support link names.
  EXPECT_EQ(session->familyId().toStdString(), demo::kFamily);
  EXPECT_TRUE(view.canSendFeedback());
  EXPECT_FALSE(view.canShareWithFamily());
  EXPECT_FALSE(view.canSayNotSafe());
  const auto before = count(*session, domain::Record::kFeedback);
  EXPECT_FALSE(view.sendFeedback("The family is doing well.", VoiceView::Family, 0, {}));
  EXPECT_FALSE(view.problem().isEmpty());
  ASSERT_TRUE(view.sendFeedback("The family is doing well.", VoiceView::StaffOnly, 0, {}));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFeedback, before + 1));
  const auto& record = session->snapshot()->records(domain::Record::kFeedback).back();
  EXPECT_EQ(record.feedback().from_person(), demo::kHelen);
  EXPECT_EQ(record.feedback().family_id(), demo::kFamily);
  EXPECT_EQ(domain::scope_for(record)->to_string(),
            "family:" + demo::kFamily + "/person:" + demo::kHelen);
}

TEST(VoiceView, NotSafeSendsAConcernToStaffThatWaitsOffline) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  // A family device holds no concerns: they are staff-only.
  EXPECT_EQ(count(*session, domain::Record::kConcern), 0u);
  ASSERT_TRUE(view.notSafe("  Someone shouted at me.  ")) << view.problem().toStdString();
  EXPECT_TRUE(view.notSafeWaiting());  // at once, before the store has reported it
  ASSERT_TRUE(waitForCount(*session, domain::Record::kConcern, 1));
  const auto& record = session->snapshot()->records(domain::Record::kConcern).back();
  const auto& c = record.concern();
  EXPECT_EQ(c.kind(), v1::CONCERN_NOT_SAFE);
  EXPECT_EQ(c.raised_by(), demo::kZara);
  EXPECT_EQ(c.family_id(), demo::kFamily);
  EXPECT_EQ(c.text(), "Someone shouted at me.");
  EXPECT_TRUE(c.has_raised_at());
  EXPECT_EQ(domain::scope_for(record)->to_string(), "family:" + demo::kFamily + "/staff");
  EXPECT_TRUE(view.notSafeWaiting());
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->waitingCount() >= 1; }, 5000));

  // Without words is fine too.
  ASSERT_TRUE(view.notSafe());
  ASSERT_TRUE(waitForCount(*session, domain::Record::kConcern, 2));
  EXPECT_TRUE(session->snapshot()->records(domain::Record::kConcern).back().concern().text().empty());
}

TEST(VoiceView, OnlyYoungPeopleAndCareLeaversSayNotSafeHere) {
  for (const auto& person : {demo::kAmina, demo::kNanFarida, demo::kHelen, demo::kJo}) {
    SCOPED_TRACE(person);
    const SeededDevice device(person, demo_records());
    auto session = device.open();
    VoiceView view;
    view.setSession(session.get());
    const auto before = count(*session, domain::Record::kConcern);
    EXPECT_FALSE(view.canSayNotSafe());
    EXPECT_FALSE(view.notSafe("Test"));
    EXPECT_FALSE(view.problem().isEmpty());
    QTest::qWait(50);
    EXPECT_EQ(count(*session, domain::Record::kConcern), before);
  }
  auto records = demo_records();
  for (auto& r : records) {
    if (r.has_membership() && r.membership().person_id() == demo::kZara) {
      r.mutable_membership()->set_role(v1::ROLE_CARE_LEAVER);
    }
  }
  const SeededDevice leaver(demo::kZara, records);
  auto session = leaver.open();
  VoiceView view;
  view.setSession(session.get());
  EXPECT_TRUE(view.canSayNotSafe());
  EXPECT_TRUE(view.canEditThreeHouses());
}

TEST(VoiceView, ThreeHousesRoundTrip) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  ASSERT_TRUE(view.hasThreeHouses());
  EXPECT_EQ(view.worries(), QStringList{"When Mum is sad and stays in bed"});
  EXPECT_EQ(view.goodThings(), (QStringList{"Nan's cooking", "Netball on Wednesdays"}));
  EXPECT_EQ(view.dreams().size(), 2);
  EXPECT_FALSE(view.threeHousesUpdated().isEmpty());

  QStringList good = view.goodThings();
  good << "  Drawing   with Nan " << "   ";
  ASSERT_TRUE(view.saveThreeHouses({}, good, view.dreams())) << view.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return view.worries().isEmpty(); }, 5000));
  EXPECT_EQ(view.goodThings(), (QStringList{"Nan's cooking", "Netball on Wednesdays", "Drawing with Nan"}));
  // The same record, changed: there is one Three Houses for Zara.
  ASSERT_EQ(count(*session, domain::Record::kThreeHouses), 1u);
  const auto& record = session->snapshot()->records(domain::Record::kThreeHouses).front();
  const auto& h = record.three_houses();
  EXPECT_EQ(h.id(), kZarasHouses);
  EXPECT_EQ(h.child_id(), demo::kZara);
  EXPECT_EQ(h.family_id(), demo::kFamily);
  EXPECT_EQ(h.worries_size(), 0);
  EXPECT_EQ(h.good_things_size(), 3);
  EXPECT_EQ(domain::scope_for(record)->to_string(),
            "family:" + demo::kFamily + "/person:" + demo::kZara);

  // After locking and unlocking, a new view reads the same.
  session->lock();
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->state() == app::Session::Locked; }, 5000));
  session->unlock(SeededDevice::kPin);
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->state() == app::Session::Ready; }, 10000));
  VoiceView again;
  again.setSession(session.get());
  EXPECT_EQ(again.goodThings(), view.goodThings());
  EXPECT_TRUE(again.worries().isEmpty());
}

TEST(VoiceView, AYoungPersonWithoutThreeHousesMakesThem) {
  auto records = demo_records();
  std::erase_if(records, [](const domain::Record& r) { return r.has_three_houses(); });
  const SeededDevice device(demo::kZara, records);
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  EXPECT_FALSE(view.hasThreeHouses());
  ASSERT_TRUE(view.saveThreeHouses({"Tests"}, {"Cats"}, {"A dog"})) << view.problem().toStdString();
  ASSERT_TRUE(waitForCount(*session, domain::Record::kThreeHouses, 1));
  const auto& h = session->snapshot()->records(domain::Record::kThreeHouses).front().three_houses();
  EXPECT_NE(h.id(), kZarasHouses);
  EXPECT_EQ(h.child_id(), demo::kZara);
  EXPECT_TRUE(view.hasThreeHouses());
  EXPECT_EQ(view.dreams(), QStringList{"A dog"});
}

TEST(VoiceView, ThreeHousesThatAreNotRightAreRefusedAndNothingStored) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  view.setSession(session.get());
  ASSERT_FALSE(view.saveThreeHouses({QString(201, 'a')}, {}, {}));
  EXPECT_TRUE(view.problem().contains("too long")) << view.problem().toStdString();
  QTest::qWait(200);
  EXPECT_EQ(view.worries(), QStringList{"When Mum is sad and stays in bed"});
  EXPECT_EQ(session->waitingCount(), 0);

  // A parent may not write them (the server would refuse).
  const SeededDevice parent(demo::kAmina, demo_records());
  auto parentSession = parent.open();
  VoiceView parentView;
  parentView.setSession(parentSession.get());
  EXPECT_FALSE(parentView.hasThreeHouses());  // Zara's are in her own scope
  EXPECT_FALSE(parentView.saveThreeHouses({"x"}, {}, {}));
  EXPECT_FALSE(parentView.problem().isEmpty());
  QTest::qWait(100);
  EXPECT_EQ(count(*parentSession, domain::Record::kThreeHouses), 0u);
}

TEST(VoiceView, WordsAndPicturesAreTheChildsOwnInTheirWords) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  VoiceView view;
  QAbstractItemModelTester pages(view.pages(), kFatal);
  view.setSession(session.get());
  ASSERT_EQ(view.pages()->count(), 3);
  EXPECT_EQ(role(*view.pages(), 0, "number").toInt(), 1);
  EXPECT_TRUE(role(*view.pages(), 0, "text").toString().startsWith("Jo works with families"));
  EXPECT_EQ(role(*view.pages(), 0, "pictogram").toString(), "helper");
  EXPECT_FALSE(view.pagesWrittenOn().isEmpty());
  EXPECT_FALSE(view.someUntranslated());
  // In Urdu, with no translation written, the English shows and is marked.
  session->preferences()->setLanguage("ur");
  EXPECT_TRUE(view.someUntranslated());
  EXPECT_TRUE(role(*view.pages(), 0, "untranslated").toBool());

  // They are Zara's: her mother's device shows none, although the family scope holds them.
  const SeededDevice parent(demo::kAmina, demo_records());
  auto parentSession = parent.open();
  VoiceView parentView;
  parentView.setSession(parentSession.get());
  EXPECT_EQ(count(*parentSession, domain::Record::kWordsAndPictures), 1u);
  EXPECT_EQ(parentView.pages()->count(), 0);
}

}  // namespace
}  // namespace kith::testing
