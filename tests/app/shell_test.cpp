// The shell as a whole: what the window shows when locked names no one, and the quick exit.
#include <gtest/gtest.h>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <functional>

#include "app_fixture.hpp"

namespace kith::testing {
namespace {

//! Every piece of text the window's visible items show, and their accessible names.
QStringList visible_text(QQuickItem* root) {
  QStringList out;
  std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
    if (!item->isVisible()) return;
    for (const char* property : {"text", "title", "placeholderText"}) {
      const QVariant value = item->property(property);
      if (value.isValid() && !value.toString().isEmpty()) out << value.toString();
    }
    for (QQuickItem* child : item->childItems()) walk(child);
  };
  walk(root);
  return out;
}

class Shell : public ::testing::Test {
 protected:
  QQuickWindow* load(app::Session* session) {
    engine_.addImportPath("qrc:/qt/qml");
    engine_.setInitialProperties({{"session", QVariant::fromValue(session)}});
    engine_.load(QUrl("qrc:/qt/qml/Kith/App/Main.qml"));
    auto* window = qobject_cast<QQuickWindow*>(engine_.rootObjects().value(0));
    EXPECT_NE(window, nullptr);
    return window;
  }
  static bool names_anyone(const QStringList& text) {
    for (const QString& t : text) {
      for (const char* name : {"Amina", "Zara", "Khan", "Farida", "Helen"}) {
        if (t.contains(name)) return true;
      }
    }
    return false;
  }
  QQmlApplicationEngine engine_;
};

TEST_F(Shell, TheLockedWindowNamesNoOne) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  QQuickWindow* window = load(session.get());
  ASSERT_NE(window, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([&] { return names_anyone(visible_text(window->contentItem())); }, 3000))
      << "the unlocked home page should greet Amina";
  session->lock();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !names_anyone(visible_text(window->contentItem())); }, 3000))
      << visible_text(window->contentItem()).join(" | ").toStdString();
  EXPECT_EQ(window->title(), "Kith");
}

TEST_F(Shell, TheQuickExitShowsANeutralScreenThatNamesNoOne) {
  const SeededDevice device(demo::kZara, demo_records());
  auto session = device.open();
  QQuickWindow* window = load(session.get());
  ASSERT_NE(window, nullptr);
  session->quickExit();
  ASSERT_TRUE(QTest::qWaitFor([&] {
    const auto text = visible_text(window->contentItem());
    return text.contains("Continue") && !names_anyone(text);
  }, 3000)) << visible_text(window->contentItem()).join(" | ").toStdString();
  for (const QString& t : visible_text(window->contentItem())) {
    EXPECT_FALSE(t.contains("Kith")) << "the neutral screen says nothing about Kith: " << t.toStdString();
  }
  EXPECT_EQ(window->title(), "Clock");
  session->leaveNeutralScreen();
  EXPECT_EQ(window->title(), "Kith");
}

}  // namespace
}  // namespace kith::testing

namespace kith::testing {
namespace {

TEST(Pages, AChangeTheStoreRefusedIsSaidOnThePageThePersonIsOn) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  PageHarness harness(session.get(), "Kith/Plan/PlanPage.qml");
  auto* notice = harness.find("writeProblem");
  ASSERT_NE(notice, nullptr);
  EXPECT_FALSE(notice->isVisible());
  emit session->writeFailed("The phone's storage is full.");
  harness.render();
  EXPECT_TRUE(notice->isVisible());
  EXPECT_TRUE(notice->property("text").toString().contains("storage is full"));
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
