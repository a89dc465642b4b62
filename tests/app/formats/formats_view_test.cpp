#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app_fixture.hpp"
#include "formats_view.hpp"
#include "kith/formats/export.hpp"

namespace kith::testing {
namespace {

using app::FormatsView;
using formats::Format;

QString qs(const std::string& s) { return QString::fromStdString(s); }

//! Runs the view's make* call and waits for it to finish; the paths written.
template <typename Start>
QStringList runAndWait(FormatsView& view, Start start) {
  QSignalSpy made(&view, &FormatsView::made);
  start();
  if (!view.busy()) return {};
  EXPECT_TRUE(made.wait(60000));
  return made.isEmpty() ? QStringList() : made.first().first().toStringList();
}

TEST(FormatsView, ListsEveryFormatAndMarksThoseThePersonNeeds) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  FormatsView view;
  QAbstractItemModelTester tester(view.formats(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  view.setSession(session.get());
  view.setPersonId(qs(demo::kAmina));
  EXPECT_TRUE(view.hasPlan());
  ASSERT_EQ(view.formats()->count(), 4);
  // Amina: large print (and Urdu). Only the PDF is asked for.
  for (int i = 0; i < view.formats()->count(); ++i) {
    const QVariantMap row = view.formats()->get(i);
    EXPECT_EQ(row["asked"].toBool(), row["format"].toInt() == static_cast<int>(Format::large_print_pdf))
        << row["title"].toString().toStdString();
  }
  EXPECT_TRUE(view.needs().contains("Urdu"));
  EXPECT_TRUE(view.needsFormats());
  view.setPersonId(qs(demo::kHelen));  // no needs recorded: nothing is asked for
  EXPECT_FALSE(view.needsFormats());
}

TEST(FormatsView, MakesWhatThePersonNeedsIntoTheChosenFolderOnly) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  QTemporaryDir out;
  FormatsView view;
  view.setSession(session.get());
  view.setPersonId(qs(demo::kZara));  // easy read and audio
  view.setFolder(out.filePath("for Zara"));
  const QStringList paths = runAndWait(view, [&] { view.makeAsked(); });
  EXPECT_TRUE(view.problem().isEmpty()) << view.problem().toStdString();
  ASSERT_EQ(paths.size(), 2);
  const QStringList files = QDir(out.filePath("for Zara")).entryList(QDir::Files | QDir::Hidden);
  EXPECT_EQ(files.size(), 2) << files.join(", ").toStdString();
  for (const QString& path : paths) {
    EXPECT_TRUE(path.startsWith(out.filePath("for Zara"))) << path.toStdString();
    QFile file(path);
    EXPECT_GT(file.size(), 0) << path.toStdString();
    EXPECT_EQ(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions{})
        << path.toStdString();
  }
  EXPECT_TRUE(view.result().contains("2")) << view.result().toStdString();
  // Nothing in the folder above it.
  EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

TEST(FormatsView, RefusesWithASentenceAndWritesNothing) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  FormatsView view;
  view.setSession(session.get());
  view.setPersonId(qs(demo::kHelen));  // no needs recorded
  QTemporaryDir out;
  view.setFolder(out.path());
  view.makeAsked();
  EXPECT_FALSE(view.busy());
  EXPECT_TRUE(view.problem().contains("no communication needs")) << view.problem().toStdString();

  view.clearProblem();
  view.setFolder("relative/folder");
  view.make(static_cast<int>(Format::braille_brf));
  EXPECT_FALSE(view.busy());
  EXPECT_TRUE(view.problem().contains("whole path")) << view.problem().toStdString();

  view.setFolder(out.path());
  view.make(99);
  EXPECT_FALSE(view.busy());
  EXPECT_FALSE(view.problem().isEmpty());
  EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(FormatsPage, ACoordinatorMakesBrailleFromThePage) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  QTemporaryDir out;
  PageHarness harness(session.get(), "Kith/Formats/FormatsPage.qml", {320, 640});
  ASSERT_NE(harness.page(), nullptr);
  harness.page()->setProperty("personId", qs(demo::kAmina));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
  auto* folder = harness.find("folder");
  folder->setProperty("text", out.path());
  // The fourth card is Braille.
  const auto makes = harness.findAll("make");
  ASSERT_EQ(makes.size(), 4);
  QMetaObject::invokeMethod(makes[3], "clicked");
  ASSERT_TRUE(QTest::qWaitFor([&] { return !QDir(out.path()).entryList(QDir::Files).isEmpty(); }, 30000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return harness.find("result")->isVisible(); }, 30000));
  const QStringList files = QDir(out.path()).entryList(QDir::Files);
  ASSERT_EQ(files.size(), 1);
  EXPECT_TRUE(files.first().endsWith(".brf")) << files.first().toStdString();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
