// kith-app: builds the Session once and hands it to the window (docs/APP.md).
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>

#include "app_options.hpp"
#include "qml_plugins.hpp"

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
  engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
  QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                   [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kith/App/Main.qml")));

  if (options->quitAfterPlanFrame) {
    // Benchmark: the time from process start to the first frame that shows the plan page.
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window) return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
      if (!window->findChild<QObject*>("planPage")) return;
      std::printf("plan-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
      std::fflush(stdout);
      QCoreApplication::quit();
    });
  }
  if (options->unlockFromEnvironment && session.state() == kith::app::Session::Locked) {
    session.unlock(qEnvironmentVariable("KITH_PIN"));
  }
  return app.exec();
}
