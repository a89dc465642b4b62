#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "app_fixture.hpp"

namespace kith::testing {
namespace {

using app::Session;

TEST(Session, UnlocksAsThePersonOfTheStoreAndPicksTheirFamily) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  EXPECT_EQ(session->personName(), "Amina");
  EXPECT_EQ(session->familyId().toStdString(), demo::kFamily);
  EXPECT_EQ(session->familyName(), "The Khan family");
  EXPECT_EQ(session->role(), Session::Parent);
  EXPECT_FALSE(session->isStaff());
  EXPECT_GT(session->snapshot()->size(), 10u);
}

TEST(Session, AWrongPinSaysSoAndKeepsItLocked) {
  const SeededDevice device(demo::kAmina, demo_records());
  app::SessionOptions options;
  options.dataDir = device.dataDir();
  options.storeOptions = fast_store_options();
  Session session(options);
  ASSERT_EQ(session.state(), Session::Locked);
  session.unlock("000000");
  ASSERT_TRUE(QTest::qWaitFor([&] { return !session.busy(); }, 5000));
  EXPECT_EQ(session.state(), Session::Locked);
  EXPECT_TRUE(session.error().contains("PIN")) << session.error().toStdString();
  EXPECT_EQ(session.snapshot()->size(), 0u);
  session.unlock("");
  EXPECT_EQ(session.error(), "Type your PIN.");
}

TEST(Session, LockingDropsEveryRecordFromMemoryAndTheirPrivatePreferences) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  ASSERT_GT(session->snapshot()->size(), 0u);
  session->preferences()->setEasyRead(true);
  session->lock();
  EXPECT_EQ(session->state(), Session::Locked);
  EXPECT_EQ(session->snapshot()->size(), 0u);
  EXPECT_TRUE(session->personName().isEmpty());
  EXPECT_TRUE(session->familyName().isEmpty());
  EXPECT_FALSE(session->preferences()->easyRead());
  // And they come back, from the encrypted store, at the next unlock.
  session->unlock(SeededDevice::kPin);
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->state() == Session::Ready; }, 5000));
  EXPECT_TRUE(session->preferences()->easyRead());
}

TEST(Session, QuickExitLocksAndAsksForTheNeutralScreen) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  session->quickExit();
  EXPECT_EQ(session->state(), Session::Locked);
  EXPECT_TRUE(session->quickExited());
  EXPECT_EQ(session->snapshot()->size(), 0u);
  session->leaveNeutralScreen();
  EXPECT_FALSE(session->quickExited());
  EXPECT_EQ(session->state(), Session::Locked);
}

TEST(Session, LocksItselfWhenIdle) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open(/*autoLockSeconds=*/5);
  EXPECT_EQ(session->state(), Session::Ready);
  EXPECT_TRUE(QTest::qWaitFor([&] { return session->state() == Session::Locked; }, 9000));
  EXPECT_EQ(session->snapshot()->size(), 0u);
}

TEST(Session, ActivityPutsOffTheAutoLock) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open(/*autoLockSeconds=*/5);
  for (int i = 0; i < 4; ++i) {
    QTest::qWait(2000);
    session->noteActivity();
  }
  EXPECT_EQ(session->state(), Session::Ready);  // 8 s in, never 5 s idle
}

TEST(Session, FirstUnlockOfANewStoreAsksForEnrolment) {
  QTemporaryDir dir;
  app::SessionOptions options;
  options.dataDir = dir.path();
  Session session(options);
  EXPECT_EQ(session.state(), Session::NeedsEnrolment);
  session.enrolWithInvite("https://127.0.0.1:1", "not a code", "123456", "123456");
  EXPECT_TRUE(session.error().contains("invite")) << session.error().toStdString();
  session.enrolWithInvite("https://127.0.0.1:1", "7KQ2M-XH9TD", "123", "123");
  EXPECT_TRUE(session.error().contains("6 numbers"));
  session.enrolWithInvite("https://127.0.0.1:1", "7KQ2M-XH9TD", "123456", "654321");
  EXPECT_TRUE(session.error().contains("not the same"));
  session.enrolWithInvite("http://127.0.0.1:1", "7KQ2M-XH9TD", "123456", "123456");
  EXPECT_TRUE(session.error().contains("https://"));
  EXPECT_FALSE(session.busy());
}

TEST(Session, AnEnrolmentThatCannotReachTheServerLeavesNoStoreBehind) {
  QTemporaryDir dir;
  app::SessionOptions options;
  options.dataDir = dir.path();
  options.storeOptions = fast_store_options();
  options.engineOptions.client.connect_timeout = std::chrono::milliseconds(300);
  Session session(options);
  session.enrolWithInvite("https://127.0.0.1:1", "7KQ2M-XH9TD", "284613", "284613");
  ASSERT_TRUE(session.busy());
  ASSERT_TRUE(QTest::qWaitFor([&] { return !session.busy(); }, 10000));
  EXPECT_EQ(session.state(), Session::NeedsEnrolment);
  EXPECT_FALSE(session.error().isEmpty());
  EXPECT_FALSE(store::Store::exists(QDir(dir.path()).filePath("store").toStdString()));
}

TEST(Session, OfflineSyncSaysSoQuietlyAndKeepsChanges) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->syncPhase() == Session::Offline; }, 5000))
      << session->syncText().toStdString();
  EXPECT_TRUE(session->syncText().contains("Offline")) << session->syncText().toStdString();
}

TEST(Session, CommunicationNeedsSeedThePreferencesOnTheFirstRun) {
  app::Preferences prefs({});
  v1::CommunicationNeeds needs;
  needs.set_large_print(true);
  needs.set_language("ur");
  needs.set_easy_read(true);
  prefs.seedFrom(needs);
  EXPECT_DOUBLE_EQ(prefs.textScale(), 2.0);
  EXPECT_EQ(prefs.language(), "ur");
  EXPECT_TRUE(prefs.rightToLeft());
  EXPECT_TRUE(prefs.easyRead());
  EXPECT_FALSE(prefs.readAloud());
  prefs.setTextScale(9);
  EXPECT_DOUBLE_EQ(prefs.textScale(), app::Preferences::kMaxScale);
  prefs.setLanguage("xx");
  EXPECT_EQ(prefs.language(), "en");
}

TEST(Session, RecordedNeedsApplyOnTheFirstUnlockThenOnlyWhenTheyChange) {
  // Amina's recorded needs: Urdu and large print.
  const SeededDevice device(demo::kAmina, demo_records(), "https://127.0.0.1:1",
                            /*needsApplied=*/false);
  auto session = device.open();
  app::Preferences& prefs = *session->preferences();
  EXPECT_EQ(prefs.language(), "ur");
  EXPECT_DOUBLE_EQ(prefs.textScale(), 2.0);
  EXPECT_FALSE(prefs.easyRead());

  // Her own choice stands across a lock and unlock: the same needs are not applied again.
  prefs.setLanguage("en");
  session->lock();
  session->unlock(SeededDevice::kPin);
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->state() == Session::Ready; }, 10000));
  EXPECT_EQ(prefs.language(), "en");

  // A coordinator records a new need (easy read): it is applied on her device without asking.
  const v1::Person* me = session->snapshot()->person(demo::kAmina);
  ASSERT_NE(me, nullptr);
  domain::Record changed;
  *changed.mutable_person() = *me;
  changed.mutable_person()->mutable_needs()->set_easy_read(true);
  ASSERT_EQ(session->put({changed}), QString());
  ASSERT_TRUE(QTest::qWaitFor([&] { return prefs.easyRead(); }, 5000));
  EXPECT_EQ(prefs.language(), "ur");

  // Only a review date changing is nothing new to apply.
  prefs.setLanguage("en");
  domain::Record reviewed = changed;
  reviewed.mutable_person()->mutable_needs()->set_reviewed_on("2026-11-20");
  const int before = session->revision();
  ASSERT_EQ(session->put({reviewed}), QString());
  ASSERT_TRUE(QTest::qWaitFor([&] { return session->revision() > before; }, 5000));
  EXPECT_EQ(prefs.language(), "en");
}

TEST(Session, ReadAloudSaysWhenThereIsNoSpeechEngine) {
  app::ReadAloud reader(QStringList{}, nullptr);
  EXPECT_FALSE(reader.available());
  reader.say("Our family plan", "en");
  EXPECT_FALSE(reader.speaking());
  EXPECT_TRUE(reader.problem().contains("no speech engine")) << reader.problem().toStdString();
  reader.clearProblem();
  EXPECT_TRUE(reader.problem().isEmpty());
}

TEST(Session, ReadAloudWithTheInstalledEngineSpeaksOrSaysWhyNot) {
  app::ReadAloud reader;
  if (!reader.available()) GTEST_SKIP() << "no Qt speech engine installed (qt6-speech-flite-plugin)";
  // flite speaks English only: Urdu has no voice, and the message names the language.
  reader.say(QStringLiteral("ہمارا خاندانی منصوبہ"), "ur");
  EXPECT_FALSE(reader.speaking());
  EXPECT_TRUE(reader.problem().contains("Urdu")) << reader.problem().toStdString();
  // English: either it speaks, or (no sound device here) it says what went wrong. Never silence.
  reader.say("Our family plan", "en");
  ASSERT_TRUE(QTest::qWaitFor([&] { return reader.speaking() || !reader.problem().isEmpty(); }, 5000));
  reader.stop();
  EXPECT_FALSE(reader.speaking());
}

TEST(Session, DisplayPreferencesOutliveARestartButNeedsStayEncrypted) {
  QTemporaryDir dir;
  const QString path = dir.filePath("prefs.ini");
  {
    app::Preferences prefs(path);
    prefs.setTextScale(2.0);
    prefs.setLanguage("pl");
    prefs.setEasyRead(true);
  }
  app::Preferences again(path);
  EXPECT_DOUBLE_EQ(again.textScale(), 2.0);
  EXPECT_EQ(again.language(), "pl");
  EXPECT_FALSE(again.easyRead());  // kept in the store, not in the plain file
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_FALSE(file.readAll().contains("easy"));
}

}  // namespace
}  // namespace kith::testing
