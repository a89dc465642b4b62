// kith-a11y-host: kith-app's shell as one demo person, opening the person's pages one after
// another on command, for the AT-SPI walk (run_atspi_walk.py) to read through the accessibility
// bus. One process per person; the event loop runs between commands so the bus is answered.
//
//   kith-a11y-host --person amina|zara|nan|helen|jo [--data-root DIR] [--width 360] [--height 760]
//
// Commands on stdin, one a line; one answer a line on stdout:
//   pages        -> "pages P1 P2 ..." (the person's pages: "unlock", "home", "openVoice>openFeedback")
//   open PAGE    -> "ready PAGE OBJECTNAME" or "error PAGE WHY"
//   quit         -> exits (so does the end of stdin)

#include <QGuiApplication>
#include <QQuickStyle>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

#include "device_seed.hpp"
#include "qml_plugins.hpp"
#include "role_shell.hpp"

namespace {

void say(const QString& line) {
  std::fprintf(stdout, "%s\n", qPrintable(line));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QQuickStyle::setStyle("Basic");
  QString who, dataRoot;
  int width = 360, height = 760;
  const QStringList args = app.arguments().mid(1);
  for (int i = 0; i < args.size(); ++i) {
    const QString next = i + 1 < args.size() ? args[i + 1] : QString();
    if (args[i] == "--person") who = next, ++i;
    else if (args[i] == "--data-root") dataRoot = next, ++i;
    else if (args[i] == "--width") width = next.toInt(), ++i;
    else if (args[i] == "--height") height = next.toInt(), ++i;
    else {
      std::fprintf(stderr, "kith-a11y-host: unknown option %s\n", qPrintable(args[i]));
      return 2;
    }
  }
  const kith::a11y::Role* role = kith::a11y::find_role(who);
  if (!role) {
    std::fprintf(stderr, "usage: kith-a11y-host --person amina|zara|nan|helen|jo [--data-root DIR]\n");
    return 2;
  }
  std::string error;
  const auto records = kith::testing::read_records(KITH_DEMO_FILE, &error);
  if (!error.empty()) {
    std::fprintf(stderr, "kith-a11y-host: %s\n", error.c_str());
    return 1;
  }
  kith::a11y::RoleShell shell(*role, records, dataRoot);
  if (!shell.error().isEmpty()) {
    std::fprintf(stderr, "kith-a11y-host: %s\n", qPrintable(shell.error()));
    return 1;
  }
  shell.window()->resize(width, height);
  shell.settle();

  auto run = [&](const QString& line) {
    const QString command = line.section(' ', 0, 0);
    const QString argument = line.section(' ', 1).trimmed();
    if (command == "pages") {
      say("pages " + shell.pages().join(' '));
    } else if (command == "open") {
      QString why;
      QQuickItem* page = shell.open(argument, &why);
      const QString warnings = shell.takeWarnings();
      if (!warnings.isEmpty()) std::fprintf(stderr, "kith-a11y-host: %s", qPrintable(warnings));
      if (page) say(QStringLiteral("ready %1 %2").arg(argument, page->objectName()));
      else say(QStringLiteral("error %1 %2").arg(argument, why));
    } else if (command == "quit") {
      QCoreApplication::quit();
    } else if (!command.isEmpty()) {
      say("error " + command + " unknown command");
    }
  };

  // Read stdin as it comes, never blocking: the accessibility bus is served by this event loop.
  QByteArray pending;
  QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
  QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
      input.setEnabled(false);
      QCoreApplication::quit();
      return;
    }
    pending.append(buffer, static_cast<qsizetype>(n));
    qsizetype end;
    while ((end = pending.indexOf('\n')) >= 0) {
      const QString line = QString::fromUtf8(pending.left(end)).trimmed();
      pending.remove(0, end + 1);
      run(line);
    }
  });
  return app.exec();
}
