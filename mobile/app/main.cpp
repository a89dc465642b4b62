// kith-app: builds the Session once and hands it to the window (docs/APP.md).
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <ctime>

#include "app_options.hpp"
#include "language.hpp"
#include "qml_plugins.hpp"
#include "startup_trace.hpp"

namespace {

// True once the page with this objectName is on screen, fully faded in. The visual tree is
// walked: pages on a StackView are not QObject children of the window's content.
bool showing(QQuickItem* item, const QString& objectName) {
  if (!item->isVisible()) return false;
  if (item->objectName() == objectName) return item->opacity() > 0.99;
  for (QQuickItem* child : item->childItems()) {
    if (showing(child, objectName)) return true;
  }
  return false;
}

bool showing(QQuickWindow* window, const QString& objectName) {
  return showing(window->contentItem(), objectName);
}

}  // namespace

int main(int argc, char* argv[]) {
  using kith::app::traceStart;
  traceStart("main");
  QGuiApplication app(argc, argv);
  traceStart("QGuiApplication made");
  QGuiApplication::setApplicationName("kith");
  QGuiApplication::setOrganizationName("Kith");
  QQuickStyle::setStyle("Basic");

  QString error;
  auto options = kith::app::parse_app_options(app.arguments().mid(1), &error);
  if (!options) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 2;
  }
  kith::app::Session session(options->session);
  traceStart("session made");

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  // Before the window loads, so its first frame is in the person's language; and before any
  // page's view connects to the Preferences, so views rebuild their text after the switch.
  kith::app::Language language(&engine, session.preferences());
  // The sync line is made in C++ when asked: ask again in the new language.
  QObject::connect(&language, &kith::app::Language::changed, &session,
                   &kith::app::Session::syncChanged);
  engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
  traceStart("engine made");
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kith/App/Main.qml")));
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
  if (!window) return 1;
  traceStart("window loaded");
  QObject::connect(window, &QQuickWindow::frameSwapped, window,
                   [] { traceStart("frame swapped"); });

  using kith::app::Session;
  if (!options->openPage.isEmpty()) {
    const QVariant page = window->property(options->openPage.toLatin1());
    if (!page.value<QQmlComponent*>()) {
      std::fprintf(stderr, "kith-app: there is no page %s\n", qPrintable(options->openPage));
      return 2;
    }
    window->setProperty("startPage", page);
  }

  // Benchmark: the times from the process's start (exec) to the PIN screen's first frame, to
  // the PIN being given, and to the first frame showing the page asked for, each also as a
  // CLOCK_MONOTONIC time, so a parent that noted when it forked measures with no resolution lost.
  auto milestone = [](const char* name) {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("%s-ms %.1f\n%s-at-ns %lld\n", name, kith::app::msSinceProcessStart(), name,
                static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
    std::fflush(stdout);
  };
  if (options->unlockFromEnvironment && session.state() == Session::Locked) {
    // As a person would: the PIN is typed on the PIN screen, so only once that has been drawn.
    // (Unlocking before the window exists would hide the time the PIN screen takes.)
    auto* typed = new QObject(&app);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, typed,
        [&, typed, milestone] {
          if (session.state() != Session::Locked || !showing(window, QStringLiteral("unlockPage")))
            return;
          typed->deleteLater();
          if (options->quitAfterFirstFrame) {
            milestone("pin-screen");
            milestone("pin-given");
          }
          session.unlock(qEnvironmentVariable("KITH_PIN"));
        },
        Qt::QueuedConnection);
  }
  if (options->quitAfterFirstFrame) {
    // The target's objectName is the property's name, e.g. planPage. The offscreen platform
    // draws a frame only when something asks for one, so there the frame is drawn by grabbing it.
    const QString target =
        options->openPage.isEmpty() ? QStringLiteral("homePage") : options->openPage;
    const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    auto report = [&, milestone] {
      milestone("first-frame");
      QCoreApplication::quit();
    };
    if (offscreen) {
      auto* poll = new QTimer(&app);
      QObject::connect(poll, &QTimer::timeout, &app, [&, poll, report, target] {
        if (!showing(window, target)) return;
        poll->stop();
        traceStart("page showing");
        (void)window->grabWindow();
        traceStart("page drawn");
        report();
      });
      poll->start(1);
    } else {
      QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, report, target] {
        if (showing(window, target)) report();
      });
    }
  }
  if (!options->screenshot.isEmpty()) {
    auto* poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
      if (session.state() != Session::Ready || session.syncPhase() == Session::Syncing ||
          window->property("changingPage").toBool()) {
        return;
      }
      poll->stop();
      const bool saved = window->grabWindow().save(options->screenshot);
      std::fprintf(stderr, "kith-app: %s %s\n", saved ? "saved" : "could not save",
                   qPrintable(options->screenshot));
      if (options->quitAfterScreenshot) QCoreApplication::quit();
    });
    poll->start(500);
  }
  return app.exec();
}
