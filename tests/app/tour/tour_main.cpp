// kith-app-tour: renders kith-app's pages for one demo person offscreen and saves each as a PNG,
// for scripts/screenshots and for looking at the app as a person would. The real shell
// (Main.qml), a real Session on a seeded SQLCipher store; no server (the sync line says offline).
//
//   kith-app-tour --out DIR --person amina|zara|nan|helen|jo [--scale 1.0] [--language en]
//                 [--contrast] [--width 400] [--height 760]

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <map>

#include "device_seed.hpp"
#include "language.hpp"
#include "qml_plugins.hpp"
#include "session.hpp"

namespace {

struct Person {
  std::string id;
  QStringList pages;  // properties of Main.qml holding the pages this person opens
};

const std::map<QString, Person>& people() {
  static const std::map<QString, Person> all = {
      {"amina", {"d2000000-0000-4000-8000-000000000001", {"planPage", "goalsPage", "supportPage", "voicePage", "needsPage", "settingsPage"}}},
      {"zara", {"d2000000-0000-4000-8000-000000000002", {"planPage", "voicePage", "notSafePage", "threeHousesPage", "wordsAndPicturesPage", "goalsPage"}}},
      {"nan", {"d2000000-0000-4000-8000-000000000003", {"planPage", "goalsPage"}}},
      {"helen", {"d2000000-0000-4000-8000-000000000004", {"supportPage", "settingsPage"}}},
      {"jo", {"d2000000-0000-4000-8000-000000000005", {"familiesPage", "familyPage", "inboxPage", "publishPlanPage", "assessmentPage", "conferencePage", "invitePage", "planPage", "goalsPage", "formatsPage"}}},
  };
  return all;
}

bool settle(QQuickWindow* window) {
  // Let a page transition end, and bindings, layouts and images finish.
  (void)QTest::qWaitFor([&] { return !window->property("changingPage").toBool(); }, 3000);
  for (int i = 0; i < 5; ++i) {
    QCoreApplication::processEvents();
    QTest::qWait(30);
  }
  return window->isVisible();
}

}  // namespace

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
  QGuiApplication app(argc, argv);
  QQuickStyle::setStyle("Basic");
  QString out, who = "amina", language = "en";
  double scale = 1.0;
  bool contrast = false;
  int width = 400, height = 760;
  const QStringList args = app.arguments().mid(1);
  for (int i = 0; i < args.size(); ++i) {
    const QString a = args[i];
    const QString next = i + 1 < args.size() ? args[i + 1] : QString();
    if (a == "--out") out = next, ++i;
    else if (a == "--person") who = next, ++i;
    else if (a == "--scale") scale = next.toDouble(), ++i;
    else if (a == "--language") language = next, ++i;
    else if (a == "--width") width = next.toInt(), ++i;
    else if (a == "--height") height = next.toInt(), ++i;
    else if (a == "--contrast") contrast = true;
    else {
      std::fprintf(stderr, "kith-app-tour: unknown option %s\n", qPrintable(a));
      return 2;
    }
  }
  const auto person = people().find(who);
  if (out.isEmpty() || person == people().end()) {
    std::fprintf(stderr, "usage: kith-app-tour --out DIR --person amina|zara|nan|helen|jo [--scale S] [--language L] [--contrast]\n");
    return 2;
  }
  QDir().mkpath(out);

  QTemporaryDir data;
  std::string error;
  const auto records = kith::testing::read_records(KITH_DEMO_FILE, &error);
  if (!error.empty()) {
    std::fprintf(stderr, "kith-app-tour: %s\n", error.c_str());
    return 1;
  }
  error = kith::testing::seed_device_store(data.path(), person->second.id, records, "284613",
                                           "https://127.0.0.1:1", kith::testing::fast_store_options());
  if (!error.empty()) {
    std::fprintf(stderr, "kith-app-tour: %s\n", error.c_str());
    return 1;
  }
  kith::app::SessionOptions options;
  options.dataDir = data.path();
  options.storeOptions = kith::testing::fast_store_options();
  options.engineOptions.client.connect_timeout = std::chrono::milliseconds(100);
  kith::app::Session session(options);
  session.preferences()->setTextScale(scale);
  session.preferences()->setLanguage(language);
  session.preferences()->setHighContrast(contrast);

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  kith::app::Language translation(&engine, session.preferences());
  engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kith/App/Main.qml")));
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
  if (!window) return 1;
  window->resize(width, height);

  QString suffix;
  if (scale > 1.01) suffix += QStringLiteral("-%1").arg(qRound(scale * 100));
  if (language != "en") suffix += "-" + language;
  if (contrast) suffix += "-contrast";
  int saved = 0;
  auto shoot = [&](const QString& name) {
    settle(window);
    const QString file = QDir(out).filePath(who + "-" + name + suffix + ".png");
    if (window->grabWindow().save(file)) ++saved;
    else std::fprintf(stderr, "kith-app-tour: cannot write %s\n", qPrintable(file));
  };

  shoot("unlock");
  session.unlock("284613");
  if (!QTest::qWaitFor([&] { return session.state() == kith::app::Session::Ready; }, 10000)) {
    std::fprintf(stderr, "kith-app-tour: cannot unlock: %s\n", qPrintable(session.error()));
    return 1;
  }
  QTest::qWait(300);  // the first (failing) sync attempt, so the sync line says what it will say
  shoot("home");
  for (const QString& page : person->second.pages) {
    const QVariant component = window->property(page.toLatin1());
    if (!component.isValid() || component.isNull()) continue;  // not in this build of the shell
    QVariant pushed;
    QMetaObject::invokeMethod(window, "open", Q_RETURN_ARG(QVariant, pushed), Q_ARG(QVariant, component),
                              Q_ARG(QVariant, QVariantMap{}));
    shoot(page.chopped(page.endsWith("Page") ? 4 : 0));
    QMetaObject::invokeMethod(window, "back");
  }
  session.quickExit();
  shoot("quick-exit");
  std::printf("kith-app-tour: %d screenshots of %s in %s\n", saved, qPrintable(who), qPrintable(out));
  return saved > 0 ? 0 : 1;
}
