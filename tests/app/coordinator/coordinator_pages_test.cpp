#include <gtest/gtest.h>

#include <QDateTime>
#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QTest>
#include <functional>

#include "coordinator_support.hpp"

namespace kith::testing {
namespace {

using app::Session;

QString qs(const std::string& s) { return QString::fromStdString(s); }

const QStringList kPages = {"FamiliesPage", "FamilyPage", "InvitePage", "ConferencePage",
                            "PublishPlanPage", "AssessmentPage", "InboxPage"};

QString pageFile(const QString& name) { return "Kith/Coordinator/" + name + ".qml"; }

void setTextScale(QQuickItem* page, qreal scale) {
  // The Theme singleton of the page's engine, as the page itself names it.
  QQmlExpression expression(qmlContext(page), page, QStringLiteral("Theme"));
  auto* theme = expression.evaluate().value<QObject*>();
  ASSERT_NE(theme, nullptr) << expression.error().toString().toStdString();
  theme->setProperty("textScale", scale);
}

//! Visible items whose right edge passes the window's: what would be cut off on a narrow phone.
QStringList overflowing(const PageHarness& harness) {
  QStringList out;
  const qreal right = harness.window()->width() + 0.5;
  std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
    if (!item->isVisible()) return;
    const QPointF edge = item->mapToScene(QPointF(item->width(), 0));
    if (item->width() > 0 && edge.x() > right) {
      out << QString("%1 %2 (right edge %3)")
                 .arg(item->metaObject()->className(), item->objectName())
                 .arg(edge.x());
    }
    if (item->clip() && edge.x() > right) return;
    for (QQuickItem* child : item->childItems()) walk(child);
  };
  walk(harness.page());
  return out;
}

TEST(CoordinatorPages, EachOpensCleanlyOnANarrowPhoneAtDoubleTextSize) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  for (const QString& name : kPages) {
    PageHarness harness(session.get(), pageFile(name), QSize(320, 640));
    ASSERT_NE(harness.page(), nullptr) << name.toStdString();
    setTextScale(harness.page(), 2.0);
    harness.render();
    EXPECT_TRUE(harness.errors().isEmpty()) << name.toStdString() << "\n" << harness.errors().toStdString();
    EXPECT_FALSE(harness.find("pageTitle")->property("text").toString().isEmpty());
    const QStringList cut = overflowing(harness);
    EXPECT_TRUE(cut.isEmpty()) << name.toStdString() << ": " << cut.join("\n").toStdString();
    setTextScale(harness.page(), 1.0);
  }
}

TEST(CoordinatorPages, AParentSeesNothingToManage) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  for (const QString& name : kPages) {
    PageHarness harness(session.get(), pageFile(name));
    EXPECT_TRUE(harness.errors().isEmpty()) << name.toStdString() << "\n" << harness.errors().toStdString();
    EXPECT_FALSE(harness.press("makeInvite"));
    EXPECT_FALSE(harness.press("publishPlan"));
    EXPECT_FALSE(harness.press("endMembership"));
  }
}

TEST(FamiliesPage, StaffAddAFamily) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("FamiliesPage"));
  ASSERT_NE(harness.find("family_" + qs(demo::kFamily)), nullptr);
  harness.find("newFamilyName")->setProperty("text", "The Byrne family");
  ASSERT_TRUE(harness.press("createFamily"));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kFamily, 2));
  EXPECT_EQ(session->snapshot()->records(domain::Record::kFamily).back().family().name(), "The Byrne family");
  EXPECT_EQ(harness.find("newFamilyName")->property("text").toString(), "");
  // An empty name: the problem shows and nothing is stored.
  ASSERT_TRUE(harness.press("createFamily"));
  harness.render();
  EXPECT_FALSE(harness.find("problem")->property("text").toString().isEmpty());
  EXPECT_EQ(session->snapshot()->records(domain::Record::kFamily).size(), 2u);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(FamilyPage, ShowsNeedsBesideEachNameAndRemovesSomeoneOnlyAfterConfirming) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("FamilyPage"));
  QStringList flags;
  for (auto* item : harness.findAll("needsFlags")) {
    if (item->isVisible()) flags << item->property("text").toString();
  }
  EXPECT_EQ(flags, (QStringList{"Large print · Urdu", "Interpreter · Punjabi", "Easy read · Audio"}));
  // The first person is Amina (parents first).
  ASSERT_TRUE(harness.press("endMembership"));
  harness.render();
  QTest::qWait(100);
  for (const auto& r : session->snapshot()->records(domain::Record::kMembership)) {
    EXPECT_TRUE(r.membership().ended_on().empty()) << "ended before confirming";
  }
  ASSERT_TRUE(harness.press("confirmYes"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    const auto* m = findRecord(*session, domain::Record::kMembership, [](const domain::Record& r) {
      return r.membership().person_id() == demo::kAmina;
    });
    return m && !m->membership().ended_on().empty();
  }, 5000));
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(InvitePage, OfflineTheInviteSaysItNeedsAConnection) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("InvitePage"));
  ASSERT_TRUE(harness.press("choice_" + QString::number(Session::Parent)));
  harness.find("inviteName")->setProperty("text", "Uncle Tariq");
  ASSERT_TRUE(harness.press("makeInvite"));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return harness.find("inviteProblem")->property("text").toString().contains("offline"); }, 10000))
      << harness.find("inviteProblem")->property("text").toString().toStdString();
  EXPECT_FALSE(harness.find("inviteResult")->isVisible());
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(InvitePage, ShowsTheCodeAndALargeQrCodeOfTheLink) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("InvitePage"), QSize(320, 640));
  setTextScale(harness.page(), 2.0);
  ASSERT_TRUE(harness.press("choice_" + QString::number(Session::YoungPerson)));
  harness.find("inviteName")->setProperty("text", "Sami");
  ASSERT_TRUE(harness.press("makeInvite"));
  const QString link = "kith:join?server=https://127.0.0.1:1&code=9V7HMFXQPG";
  emit session->inviteReady("9V7HM-FXQPG", link, "d2000000-0000-4000-8000-0000000000dd",
                            QDateTime::currentDateTimeUtc().addDays(3), "Sami");
  harness.render();
  auto* qr = harness.find("inviteQr");
  ASSERT_NE(qr, nullptr);
  EXPECT_TRUE(qr->isVisible());
  EXPECT_EQ(qr->property("text").toString(), link);
  EXPECT_GT(qr->property("modules").toInt(), 20);
  // Large: as wide as the column, and square.
  EXPECT_GE(qr->width(), 320 - 4 * 8 - 1);
  EXPECT_EQ(qr->width(), qr->height());
  EXPECT_EQ(harness.find("inviteCode")->property("text").toString(), "9V7HM-FXQPG");
  EXPECT_TRUE(harness.find("inviteExpiry")->property("text").toString().startsWith("Works until"));
  const QStringList cut = overflowing(harness);
  EXPECT_TRUE(cut.isEmpty()) << cut.join("\n").toStdString();
  // Rendered black on white with a quiet zone, whatever the theme.
  const QImage frame = harness.window()->grabWindow();
  const QPointF corner = qr->mapToScene(QPointF(0, 0));
  const QPoint inside = QPointF(corner.x() + 2, corner.y() + 2).toPoint();
  EXPECT_EQ(frame.pixel(inside) & 0xffffff, 0xffffffu);
  setTextScale(harness.page(), 1.0);
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(PublishPlanPage, PublishesAfterConfirming) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("PublishPlanPage"));
  // The demo's actions are due from 14 September: agreed on the conference day.
  harness.find("agreedOn")->setProperty("text", "2026-09-10");
  ASSERT_TRUE(harness.press("publishPlan"));
  harness.render();
  QTest::qWait(100);
  EXPECT_EQ(session->snapshot()->records(domain::Record::kPlanVersion).size(), 1u);
  ASSERT_TRUE(harness.press("confirmYes"));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kPlanVersion, 2))
      << harness.find("problem")->property("text").toString().toStdString();
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(PublishPlanPage, TypingIntoAnItemGoesIntoTheDraft) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("PublishPlanPage"));
  const auto before = harness.findAll("draftItem").size();
  ASSERT_TRUE(harness.press("addAction"));
  harness.render();
  const auto items = harness.findAll("draftItem");
  ASSERT_EQ(items.size(), before + 1);
  // The new action is the last action editor (the contingency editor comes after it).
  QQuickItem* added = items[items.size() - 2];
  std::function<QQuickItem*(QQuickItem*, const QString&)> child = [&](QQuickItem* item, const QString& name) -> QQuickItem* {
    for (QQuickItem* c : item->childItems()) {
      if (c->objectName() == name) return c;
      if (auto* found = child(c, name)) return found;
    }
    return nullptr;
  };
  QQuickItem* text = child(added, "itemText");
  ASSERT_NE(text, nullptr);
  text->setProperty("text", "Nan takes Zara to netball.");
  harness.render();
  EXPECT_EQ(added->property("text").toString(), "Nan takes Zara to netball.");
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(AssessmentPage, SavesTheAssessmentWithAScore) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("AssessmentPage"));
  ASSERT_TRUE(harness.press("choice_7"));
  ASSERT_TRUE(harness.press("saveAssessment"));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kAssessment, 2));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kScaleScore, 5));
  EXPECT_EQ(session->snapshot()->records(domain::Record::kScaleScore).back().scale_score().score(), 7u);
  harness.render();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(ConferencePage, RecordsWhoCame) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("ConferencePage"));
  ASSERT_TRUE(harness.press("attended_Amina"));
  ASSERT_TRUE(harness.press("recordConference"));
  ASSERT_TRUE(waitForCount(*session, domain::Record::kConference, 2))
      << harness.find("problem")->property("text").toString().toStdString();
  const auto& c = session->snapshot()->records(domain::Record::kConference).back().conference();
  EXPECT_EQ(c.invited_size(), 3);
  ASSERT_EQ(c.attended_size(), 1);
  EXPECT_EQ(c.attended(0), "Amina");
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST(InboxPage, AcknowledgesAWorry) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), pageFile("InboxPage"));
  ASSERT_TRUE(harness.press("acknowledge"));
  ASSERT_TRUE(QTest::qWaitFor([&] {
    return !session->snapshot()->records(domain::Record::kConcern).front().concern().acknowledged_by().empty();
  }, 5000));
  harness.render();
  EXPECT_FALSE(harness.press("acknowledge"));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
