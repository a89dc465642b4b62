// kith-app: builds the Session once and hands it to the window (docs/APP.md).
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

#include "app_options.hpp"
#include "language.hpp"
#include "qml_plugins.hpp"

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
  QElapsedTimer sinceStart;
  sinceStart.start();
  QGuiApplication app(argc, argv);
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

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  // Before the window loads, so its first frame is in the person's language; and before any
  // page's view connects to the Preferences, so views rebuild their text after the switch.
  kith::app::Language language(&engine, session.preferences());
  // The sync line is made in C++ when asked: ask again in the new language.
  QObject::connect(&language, &kith::app::Language::changed, &session,
                   &kith::app::Session::syncChanged);
  engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kith/App/Main.qml")));
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
  if (!window) return 1;

  using kith::app::Session;
  if (!options->openPage.isEmpty()) {
    QObject::connect(&session, &Session::stateChanged, window, [&] {
      if (session.state() != Session::Ready) return;
      const QVariant page = window->property(options->openPage.toLatin1());
      if (!page.isValid()) return;
      QVariant pushed;
      QMetaObject::invokeMethod(window, "open", Q_RETURN_ARG(QVariant, pushed), Q_ARG(QVariant, page),
                                Q_ARG(QVariant, QVariantMap{}));
    }, Qt::QueuedConnection);
  }
  if (options->quitAfterFirstFrame) {
    // Benchmark: from process start to the first frame showing the page asked for (its
    // objectName is the property's name, e.g. planPage). The offscreen platform renders only
    // when asked, so there the frame is rendered by grabbing it.
    const QString target = options->openPage.isEmpty() ? QStringLiteral("homePage") : options->openPage;
    const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    auto report = [&] {
      std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
      std::fflush(stdout);
      QCoreApplication::quit();
    };
    if (offscreen) {
      auto* poll = new QTimer(&app);
      QObject::connect(poll, &QTimer::timeout, &app, [&, poll, report, target] {
        if (!showing(window, target)) return;
        poll->stop();
        (void)window->grabWindow();
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
  if (options->unlockFromEnvironment && session.state() == Session::Locked) {
    session.unlock(qEnvironmentVariable("KITH_PIN"));
  }
  return app.exec();
}
