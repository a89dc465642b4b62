#include <gtest/gtest.h>

#include <QDate>
#include <QTest>

#include "app_fixture.hpp"
#include "needs_editor.hpp"

namespace kith::testing {
namespace {

using app::NeedsEditor;

QString qs(const std::string& s) { return QString::fromStdString(s); }

const v1::CommunicationNeeds& needsOf(const app::Session& session, const std::string& id) {
  const v1::Person* person = session.snapshot()->person(id);
  EXPECT_NE(person, nullptr);
  static const v1::CommunicationNeeds none;
  return person ? person->needs() : none;
}

TEST(NeedsEditor, ShowsAPersonsRecordedNeedsAsFlags) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  NeedsEditor editor;
  editor.setSession(session.get());
  editor.setPersonId(qs(demo::kAmina));
  EXPECT_EQ(editor.personName(), "Amina");
  EXPECT_FALSE(editor.isMe());
  EXPECT_TRUE(editor.canEdit());
  EXPECT_TRUE(editor.property("largePrint").toBool());
  EXPECT_EQ(editor.property("language").toString(), "ur");
  EXPECT_TRUE(editor.flags().contains("Large print"));
  EXPECT_TRUE(editor.flags().contains("Urdu"));
  EXPECT_TRUE(editor.recorded().contains("1 September 2026")) << editor.recorded().toStdString();
  EXPECT_FALSE(editor.dirty());
}

TEST(NeedsEditor, ACoordinatorRecordsNeedsStampedWithWhoAndWhen) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  NeedsEditor editor;
  editor.setSession(session.get());
  editor.setPersonId(qs(demo::kAmina));
  editor.setProperty("braille", 2);
  editor.setProperty("audio", true);
  editor.setProperty("other", "  Prefers calls in the afternoon  ");
  EXPECT_TRUE(editor.dirty());
  ASSERT_TRUE(editor.save()) << editor.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return needsOf(*session, demo::kAmina).audio(); }, 5000));
  const auto& needs = needsOf(*session, demo::kAmina);
  EXPECT_EQ(needs.braille(), v1::BRAILLE_UEB_GRADE_2);
  EXPECT_TRUE(needs.large_print());  // what was there is kept
  EXPECT_EQ(needs.language(), "ur");
  EXPECT_EQ(needs.other(), "Prefers calls in the afternoon");
  EXPECT_EQ(needs.recorded_by(), demo::kJo);
  EXPECT_EQ(needs.reviewed_on(), QDate::currentDate().toString(Qt::ISODate).toStdString());
  EXPECT_FALSE(editor.dirty());
  EXPECT_TRUE(editor.flags().contains("Braille (contracted)"));
  EXPECT_TRUE(editor.recorded().startsWith("Recorded by Jo")) << editor.recorded().toStdString();
}

TEST(NeedsEditor, APersonRecordsTheirOwnButNotSomeoneElses) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  NeedsEditor own;
  own.setSession(session.get());
  EXPECT_TRUE(own.isMe());
  EXPECT_TRUE(own.canEdit());
  EXPECT_TRUE(own.property("easyRead").toBool());
  own.setProperty("language", "pl");
  ASSERT_TRUE(own.save()) << own.problem().toStdString();
  ASSERT_TRUE(QTest::qWaitFor([&] { return needsOf(*session, demo::kZara).language() == "pl"; }, 5000));

  NeedsEditor mum;
  mum.setSession(session.get());
  mum.setPersonId(qs(demo::kAmina));
  EXPECT_FALSE(mum.canEdit());
  const auto before = needsOf(*session, demo::kAmina).SerializeAsString();
  mum.setProperty("audio", true);
  EXPECT_FALSE(mum.save());
  EXPECT_FALSE(mum.problem().isEmpty());
  EXPECT_EQ(needsOf(*session, demo::kAmina).SerializeAsString(), before);
}

TEST(NeedsEditor, WhatIsTypedStandsWhileTheStoreChangesAndCanBeUndone) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  NeedsEditor editor;
  editor.setSession(session.get());
  editor.setPersonId(qs(demo::kAmina));
  editor.setProperty("interpreter", true);
  // Something else changes in the store (Jo records Zara's needs on another page).
  NeedsEditor other;
  other.setSession(session.get());
  other.setPersonId(qs(demo::kZara));
  other.setProperty("largePrint", true);
  const int before = session->revision();
  ASSERT_TRUE(other.save());
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->revision() > before; }, 5000));
  EXPECT_TRUE(editor.property("interpreter").toBool());
  EXPECT_TRUE(editor.dirty());
  editor.revert();
  EXPECT_FALSE(editor.property("interpreter").toBool());
  EXPECT_FALSE(editor.dirty());
}

TEST(NeedsPage, RecordsNeedsOnANarrowScreenAtLargeText) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  session->preferences()->setTextScale(2.0);
  PageHarness harness(session.get(), "Kith/Formats/NeedsPage.qml", {320, 640});
  ASSERT_NE(harness.page(), nullptr);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  EXPECT_FALSE(harness.find("saveNeeds")->isEnabled());  // nothing changed yet
  ASSERT_TRUE(harness.press("braille1"));
  ASSERT_TRUE(harness.press("saveNeeds"));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return needsOf(*session, demo::kAmina).braille() == v1::BRAILLE_UEB_GRADE_1; }, 5000));
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
