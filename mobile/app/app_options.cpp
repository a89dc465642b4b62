#include "app_options.hpp"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace kith::app {

std::optional<AppOptions> parse_app_options(const QStringList& arguments, QString* error) {
  AppOptions options;
  options.session.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QString caFile;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    auto value = [&]() -> QString {
      if (i + 1 >= arguments.size()) return {};
      return arguments[++i];
    };
    if (a == "--data") options.session.dataDir = value();
    else if (a == "--server") options.session.server = value();
    else if (a == "--ca") caFile = value();
    else if (a == "--unlock-from-env") options.unlockFromEnvironment = true;
    else if (a == "--open") options.openPage = value();
    else if (a == "--quit-after-first-frame") options.quitAfterFirstFrame = true;
    else if (a == "--screenshot") options.screenshot = value();
    else if (a == "--quit-after-screenshot") options.quitAfterScreenshot = true;
    else if (a == "--auto-lock-seconds") options.session.autoLockSeconds = value().toInt();
    else {
      *error = QStringLiteral("kith-app: unknown option %1\n"
                              "usage: kith-app [--data DIR] [--server URL] [--ca FILE] [--auto-lock-seconds N]\n"
                              "                [--unlock-from-env] [--open PAGE] [--screenshot FILE]").arg(a);
      return std::nullopt;
    }
  }
  if (options.session.dataDir.isEmpty()) {
    *error = QStringLiteral("kith-app: --data needs a folder");
    return std::nullopt;
  }
  // The authority the server's certificate must come from: --ca, or ca.pem in the data folder.
  if (caFile.isEmpty()) caFile = QDir(options.session.dataDir).filePath("ca.pem");
  QFile ca(caFile);
  if (ca.open(QIODevice::ReadOnly)) options.session.caPem = QString::fromUtf8(ca.readAll());
  else if (arguments.contains("--ca")) {
    *error = QStringLiteral("kith-app: cannot read the certificate authority %1").arg(caFile);
    return std::nullopt;
  }
  if (options.session.autoLockSeconds <= 0) options.session.autoLockSeconds = 180;
  return options;
}

}  // namespace kith::app
