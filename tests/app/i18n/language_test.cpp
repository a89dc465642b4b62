// kith::app::Language: the person's language installed at start and whenever it changes, English
// plural forms from kith_en.qm, pages that change language at run time without a QML warning
// (text from QML and from the C++ views), and Urdu right to left.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqml.h>
#include <functional>
#include <tuple>

#include "app_fixture.hpp"
#include "language.hpp"
#include "preferences.hpp"

namespace kith::testing {
namespace {

using app::Language;
using app::Preferences;

QString tr(const char* context, const char* source, int n = -1) {
  return QCoreApplication::translate(context, source, nullptr, n);
}

// Every test leaves the process as it found it: English, left to right.
class LanguageTest : public ::testing::Test {
 protected:
  void TearDown() override {
    QLocale::setDefault(QLocale::c());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
  }
};

TEST_F(LanguageTest, EveryLanguageIsBuiltIntoTheApp) {
  for (const QString& tag : Preferences(QString()).languages()) {
    QTranslator translator;
    EXPECT_TRUE(translator.load(Language::qmPath(tag))) << tag.toStdString();
    EXPECT_FALSE(translator.isEmpty()) << tag.toStdString();
  }
}

TEST_F(LanguageTest, FollowsThePreferences) {
  Preferences preferences{QString()};
  Language language(nullptr, &preferences);
  EXPECT_EQ(language.current(), "en");
  EXPECT_EQ(tr("HomePage", "Settings"), "Settings");

  preferences.setLanguage("pl");
  EXPECT_EQ(language.current(), "pl");
  EXPECT_EQ(tr("HomePage", "Settings"), "Ustawienia");
  EXPECT_EQ(QLocale().language(), QLocale::Polish);

  preferences.setLanguage("bn");
  EXPECT_EQ(tr("HomePage", "Settings"), QString::fromUtf8("সেটিংস"));
  preferences.setLanguage("pa");
  EXPECT_EQ(tr("HomePage", "Settings"), QString::fromUtf8("ਸੈਟਿੰਗਾਂ"));
  preferences.setLanguage("en");
  EXPECT_EQ(tr("HomePage", "Settings"), "Settings");
  EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(LanguageTest, PluralFormsAreRightInEnglishAndPolish) {
  Preferences preferences{QString()};
  Language language(nullptr, &preferences);
  // English: kith_en.qm, so no "1 nights".
  EXPECT_EQ(tr("SupportPage", "%n nights", 1), "1 night");
  EXPECT_EQ(tr("SupportPage", "%n nights", 2), "2 nights");
  EXPECT_EQ(tr("kith::app::Session", "Synced %n minutes ago.", 1), "Synced a minute ago.");
  // Polish: one, few (2-4, 22-24...), many (5-21, 25...).
  preferences.setLanguage("pl");
  EXPECT_EQ(tr("SupportPage", "%n nights", 1), "1 noc");
  EXPECT_EQ(tr("SupportPage", "%n nights", 3), "3 noce");
  EXPECT_EQ(tr("SupportPage", "%n nights", 5), "5 nocy");
  EXPECT_EQ(tr("SupportPage", "%n nights", 12), "12 nocy");
  EXPECT_EQ(tr("SupportPage", "%n nights", 22), "22 noce");
  // Urdu: one and other.
  preferences.setLanguage("ur");
  EXPECT_EQ(tr("SupportPage", "%n nights", 1), QString::fromUtf8("1 رات"));
  EXPECT_EQ(tr("SupportPage", "%n nights", 4), QString::fromUtf8("4 راتیں"));
}

TEST_F(LanguageTest, UrduIsRightToLeft) {
  Preferences preferences{QString()};
  Language language(nullptr, &preferences);
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
  preferences.setLanguage("ur");
  EXPECT_TRUE(preferences.rightToLeft());
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
  EXPECT_EQ(QLocale().textDirection(), Qt::RightToLeft);
  preferences.setLanguage("pa");
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageTest, AnUnknownLanguageShowsEnglish) {
  Language language(nullptr, nullptr);
  EXPECT_FALSE(language.apply("xx"));
  EXPECT_EQ(language.current(), "en");
  EXPECT_EQ(tr("HomePage", "Settings"), "Settings");
}

TEST_F(LanguageTest, TheHomePageChangesLanguageAtRunTime) {
  // Amina, whose recorded needs say Urdu.
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  Preferences* preferences = session->preferences();
  preferences->setLanguage("ur");
  Language language(nullptr, preferences);
  PageHarness harness(session.get(), "Kith/App/HomePage.qml");
  language.attach(qmlEngine(harness.page()));

  auto title = [&] { return harness.find("openSettings")->property("title").toString(); };
  auto greeting = [&] { return harness.find("greeting")->property("text").toString(); };
  EXPECT_EQ(title(), QString::fromUtf8("ترتیبات"));
  preferences->setLanguage("pl");
  harness.render();
  EXPECT_EQ(title(), "Ustawienia");
  EXPECT_EQ(greeting(), QString::fromUtf8("Cześć, Amina."));
  preferences->setLanguage("en");
  harness.render();
  EXPECT_EQ(title(), "Settings");
  EXPECT_EQ(greeting(), "Hello Amina.");
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

TEST_F(LanguageTest, TextFromTheViewsFollowsToo) {
  // Statuses come from PlanView's tr(): the view rebuilds them when the language changes, after
  // the translation is installed (the Language object exists before the page, as in main()).
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  session->preferences()->setLanguage("en");
  Language language(nullptr, session->preferences());
  PageHarness harness(session.get(), "Kith/Plan/PlanPage.qml");
  language.attach(qmlEngine(harness.page()));
  auto statuses = [&] {
    QStringList out;
    for (auto* item : harness.findAll("status")) out << item->property("text").toString();
    return out;
  };
  ASSERT_FALSE(statuses().isEmpty());
  const QStringList english = {"Not started", "Started", "Done, waiting to be checked",
                               "Done and checked", "Not done"};
  const QStringList polish = {"Jeszcze niezaczęte", "Zaczęte", "Zrobione, czeka na sprawdzenie",
                              "Zrobione i sprawdzone", "Niezrobione"};
  auto inside = [](const QStringList& texts, const QStringList& words) {
    for (const QString& t : texts) {
      bool found = false;
      for (const QString& w : words) found = found || t.startsWith(w);
      if (!found) return false;
    }
    return true;
  };
  EXPECT_TRUE(inside(statuses(), english)) << statuses().join(" / ").toStdString();
  session->preferences()->setLanguage("pl");
  harness.render();
  EXPECT_TRUE(inside(statuses(), polish)) << statuses().join(" / ").toStdString();
  EXPECT_TRUE(harness.errors().isEmpty()) << harness.errors().toStdString();
}

// The window as kith-app makes it (Main.qml, the Language object made first, as in main()).
class Window {
 public:
  explicit Window(app::Session* session) : language_(&engine_, session->preferences()) {
    engine_.addImportPath("qrc:/qt/qml");
    QObject::connect(&engine_, &QQmlEngine::warnings, [this](const QList<QQmlError>& list) {
      for (const auto& e : list) errors_ += e.toString() + "\n";
    });
    engine_.setInitialProperties({{"session", QVariant::fromValue(session)}});
    engine_.load(QUrl("qrc:/qt/qml/Kith/App/Main.qml"));
    window_ = qobject_cast<QQuickWindow*>(engine_.rootObjects().value(0));
  }
  QQuickWindow* window() const { return window_; }
  QString errors() const { return errors_; }
  //! The first visible item with this objectName on the page on top.
  QQuickItem* find(const QString& objectName) const {
    QQuickItem* found = nullptr;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
      if (found || !item->isVisible()) return;
      if (item->objectName() == objectName) found = item;
      for (QQuickItem* child : item->childItems()) walk(child);
    };
    walk(window_->contentItem());
    return found;
  }
  void settle() const {
    QTest::qWait(400);  // the page's fade in
    (void)window_->grabWindow();
  }

 private:
  QQmlApplicationEngine engine_;
  Language language_;
  QQuickWindow* window_ = nullptr;
  QString errors_;
};

TEST_F(LanguageTest, TheWindowIsMirroredInUrdu) {
  const SeededDevice device(demo::kAmina, demo_records());
  auto session = device.open();
  session->preferences()->setLanguage("en");
  Window shell(session.get());
  ASSERT_NE(shell.window(), nullptr);
  shell.settle();
  auto exitX = [&] {
    auto* exit = shell.find("quickExit");
    return exit ? exit->mapToScene({exit->width() / 2, 0}).x() : -1.0;
  };
  const qreal middle = shell.window()->width() / 2.0;
  EXPECT_GT(exitX(), middle) << "the quick exit is on the right in English";
  session->preferences()->setLanguage("ur");
  shell.settle();
  EXPECT_LT(exitX(), middle) << "the quick exit is on the left in Urdu";
  EXPECT_TRUE(shell.errors().isEmpty()) << shell.errors().toStdString();
}

// Set KITH_I18N_SCREENSHOTS=<folder> to look at each language: the home page and the plan of
// Amina (parent) and the voice page of Zara (young person), as PNG files.
TEST_F(LanguageTest, RendersEveryLanguage) {
  const QString folder = qEnvironmentVariable("KITH_I18N_SCREENSHOTS");
  if (folder.isEmpty()) GTEST_SKIP() << "KITH_I18N_SCREENSHOTS is not set";
  QDir().mkpath(folder);
  for (const auto& [who, id, page] : {std::tuple{"amina", demo::kAmina, "planPage"},
                                      std::tuple{"zara", demo::kZara, "voicePage"}}) {
    const SeededDevice device(id, demo_records());
    auto session = device.open();
    for (const QString& tag : session->preferences()->languages()) {
      session->preferences()->setLanguage(tag);
      Window shell(session.get());
      ASSERT_NE(shell.window(), nullptr);
      shell.settle();
      EXPECT_TRUE(shell.window()->grabWindow().save(
          QStringLiteral("%1/%2-home-%3.png").arg(folder, QString::fromLatin1(who), tag)));
      QVariant pushed;
      QMetaObject::invokeMethod(shell.window(), "open", Q_RETURN_ARG(QVariant, pushed),
                                Q_ARG(QVariant, shell.window()->property(page)),
                                Q_ARG(QVariant, QVariantMap{}));
      shell.settle();
      EXPECT_TRUE(shell.window()->grabWindow().save(
          QStringLiteral("%1/%2-%3-%4.png").arg(folder, QString::fromLatin1(who), QString::fromLatin1(page), tag)));
      EXPECT_TRUE(shell.errors().isEmpty()) << tag.toStdString() << shell.errors().toStdString();
    }
  }
}

}  // namespace
}  // namespace kith::testing
