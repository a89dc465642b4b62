// EasyReadCheck: the easy read checker as a QML type (findings under QAbstractItemModelTester,
// positions in QString characters, messages through tr()), then the notice under each easy-read
// field of the publish and assessment pages, driven as a coordinator would type.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <cmath>
#include <functional>

#include "coordinator_support.hpp"
#include "easy_read_check.hpp"

namespace kith::testing {
namespace {

using app::EasyReadCheck;

QString role(const app::RowModel* model, int row, const char* name) {
  return model->get(row).value(name).toString();
}

TEST(EasyReadCheck, GoodEasyReadReadsWell) {
  EasyReadCheck check;
  QAbstractItemModelTester tester(check.findings(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  QSignalSpy checked(&check, &EasyReadCheck::checked);
  check.setText("An adult is always at home at night.\nNan stays at night when Mum works late.");
  EXPECT_EQ(checked.count(), 1);
  EXPECT_EQ(check.count(), 0);
  EXPECT_TRUE(check.english());
  EXPECT_GT(check.readingEase(), 70);
  EXPECT_EQ(check.summary(), "Easy read check: this reads well.");
  check.setText(check.text());  // the same text again is not checked again
  EXPECT_EQ(checked.count(), 1);
}

TEST(EasyReadCheck, EachFindingIsARowWithAMessageAndPlainWords) {
  EasyReadCheck check;
  QAbstractItemModelTester tester(check.findings(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  check.setText("Your placement is good. Mum works late because she has a new job.");
  const app::RowModel* rows = check.findings();
  ASSERT_EQ(rows->count(), 2);
  // "thing(s)" until kith_en.ts gives the English plural forms.
  EXPECT_TRUE(check.summary().startsWith("Easy read check: 2 thing")) << check.summary().toStdString();
  EXPECT_EQ(role(rows, 0, "rule"), "jargon");
  EXPECT_EQ(role(rows, 0, "span"), "placement");
  EXPECT_EQ(role(rows, 0, "suggestion"), "home");
  EXPECT_EQ(role(rows, 0, "message"), "\"placement\" is jargon: families may not know it. Try \"home\".");
  EXPECT_EQ(role(rows, 1, "rule"), "several-ideas");
  EXPECT_EQ(role(rows, 1, "message"),
            "\"Mum works late because she has\u2026\" may hold more than one idea. Easy read works "
            "best with one idea in each sentence.");
  EXPECT_TRUE(role(rows, 1, "suggestion").isEmpty());
}

TEST(EasyReadCheck, LongSentencesAndHardTextSayTheirNumbers) {
  EasyReadCheck check;
  check.setText("Following the strategy meeting the review determined that the arrangements "
                "should continue under the current agreement for the foreseeable future.");
  QStringList messages;
  for (int i = 0; i < check.count(); ++i) messages << role(check.findings(), i, "message");
  const QString all = messages.join('\n');
  EXPECT_TRUE(all.contains("has 20 words. Easy read works best with 15 or fewer: try splitting it."))
      << all.toStdString();
  EXPECT_TRUE(all.contains(QString("The reading ease is %1 out of 100. Easy read works best above 70")
                               .arg(std::lround(check.readingEase()))))
      << all.toStdString();
  EXPECT_TRUE(all.contains("\"strategy meeting\" is jargon")) << all.toStdString();
}

TEST(EasyReadCheck, PositionsAreQStringCharactersAfterEmojiAndAccents) {
  EasyReadCheck check;
  const QString text = QString::fromUtf8("Zo\u00eb \U0001F3E0 likes her placement.");
  check.setText(text);
  ASSERT_EQ(check.count(), 1);
  const QVariantMap row = check.findings()->get(0);
  const int start = row.value("start").toInt(), end = row.value("end").toInt();
  EXPECT_EQ(text.mid(start, end - start), "placement");
}

TEST(EasyReadCheck, TypingUpdatesTheRowsAndBlankTextSaysNothing) {
  EasyReadCheck check;
  QAbstractItemModelTester tester(check.findings(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  check.setText("The placement");
  EXPECT_EQ(check.count(), 1);
  check.setText("The placement is");  // same finding, same key: updated in place
  EXPECT_EQ(check.count(), 1);
  check.setText("The home is good.");
  EXPECT_EQ(check.count(), 0);
  check.setText("   ");
  EXPECT_EQ(check.count(), 0);
  EXPECT_TRUE(check.summary().isEmpty());
  EXPECT_EQ(check.readingEase(), 0.0);
}

TEST(EasyReadCheck, UrduIsNotCheckedAndSaysSo) {
  EasyReadCheck check;
  check.setText(QString::fromUtf8("نانی رات کو رہتی ہیں جب امی دیر تک کام کرتی ہیں۔"));
  EXPECT_FALSE(check.english());
  EXPECT_EQ(check.count(), 0);
  EXPECT_EQ(check.summary(), "Easy read check: this does not look like English, so it was not checked.");
}

// --- The pages --------------------------------------------------------------------------------

QQuickItem* child(QQuickItem* item, const QString& name) {
  for (QQuickItem* c : item->childItems()) {
    if (c->objectName() == name) return c;
    if (auto* found = child(c, name)) return found;
  }
  return nullptr;
}

QStringList visibleTexts(QQuickItem* under, const QString& name) {
  QStringList out;
  std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
    if (!item->isVisible()) return;
    if (item->objectName() == name) out << item->property("text").toString();
    for (QQuickItem* c : item->childItems()) walk(c);
  };
  walk(under);
  return out;
}

TEST(EasyReadNotice, EveryEasyReadFieldOfThePlanHasOneAndTheDemoPlanReadsWell) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Coordinator/PublishPlanPage.qml");
  harness.render();
  const auto fields = harness.findAll("itemEasyRead");
  const auto notices = harness.findAll("easyReadNotice");
  ASSERT_FALSE(fields.isEmpty());
  EXPECT_EQ(notices.size(), fields.size());
  const QStringList summaries = visibleTexts(harness.page(), "easyReadSummary");
  ASSERT_FALSE(summaries.isEmpty());
  for (const QString& s : summaries) EXPECT_EQ(s, "Easy read check: this reads well.");
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(EasyReadNotice, WarnsWhileTheCoordinatorTypes) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Coordinator/PublishPlanPage.qml", QSize(320, 640));
  ASSERT_TRUE(harness.press("addAction"));
  harness.render();
  const auto items = harness.findAll("draftItem");
  QQuickItem* added = items[items.size() - 2];  // the contingency editor comes last
  QQuickItem* field = child(added, "itemEasyRead");
  QQuickItem* notice = child(added, "easyReadNotice");
  ASSERT_NE(field, nullptr);
  ASSERT_NE(notice, nullptr);
  EXPECT_FALSE(notice->isVisible()) << "nothing to say about an empty field";

  field->setProperty("text", "Contact with Dad is on Saturday at the contact centre because of "
                             "the CAMHS appointment; the IRO and the LADO will be there too.");
  harness.render();
  EXPECT_TRUE(notice->isVisible());
  const QStringList summary = visibleTexts(notice, "easyReadSummary");
  ASSERT_EQ(summary.size(), 1);
  EXPECT_TRUE(summary[0].startsWith("Easy read check: ")) << summary[0].toStdString();
  // Only the first three findings show until the coordinator asks for all of them.
  const int count = notice->property("check").value<QObject*>()->property("count").toInt();
  ASSERT_GT(count, 3);
  EXPECT_EQ(visibleTexts(notice, "easyReadFinding").size(), 3);
  QQuickItem* showAll = child(notice, "easyReadShowAll");
  ASSERT_NE(showAll, nullptr);
  ASSERT_TRUE(showAll->isVisible());
  ASSERT_TRUE(QMetaObject::invokeMethod(showAll, "toggle"));  // the switch, as a tap turns it on
  harness.render();
  const QStringList all = visibleTexts(notice, "easyReadFinding");
  EXPECT_EQ(all.size(), count);
  EXPECT_TRUE(all.join('\n').contains("Try \"family time\"")) << all.join('\n').toStdString();

  // What was typed went into the draft, warnings or not.
  EXPECT_TRUE(added->property("easyRead").toString().startsWith("Contact with Dad"));
  field->setProperty("text", "Dad sees Zara on Saturday.");
  harness.render();
  EXPECT_EQ(visibleTexts(notice, "easyReadSummary"), QStringList{"Easy read check: this reads well."});
  EXPECT_TRUE(visibleTexts(notice, "easyReadFinding").isEmpty());
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(EasyReadNotice, TheAssessmentPageChecksItsEasyReadToo) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Coordinator/AssessmentPage.qml");
  harness.render();
  const auto fields = harness.findAll("itemEasyRead");
  ASSERT_FALSE(fields.isEmpty());
  EXPECT_EQ(harness.findAll("easyReadNotice").size(), fields.size());
  fields.front()->setProperty("text", "Safeguarding concerns remain.");
  harness.render();
  const QStringList found = visibleTexts(harness.page(), "easyReadFinding");
  EXPECT_TRUE(found.join('\n').contains("\"Safeguarding\" is jargon")) << found.join('\n').toStdString();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
