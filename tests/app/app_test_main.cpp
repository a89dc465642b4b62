// The main() of each kith-app GoogleTest executable: an offscreen QGuiApplication (Qt Quick
// needs one), a fixed locale and time zone, every Kith QML module linked in, and the English
// plural forms the app always has underneath any language ("1 change", not "1 changes").
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTranslator>

#include "language.hpp"

#include "qml_plugins.hpp"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  qputenv("TZ", "UTC");
  QGuiApplication app(argc, argv);
  QQuickStyle::setStyle("Basic");
  QTranslator english;
  if (!english.load(kith::app::Language::qmPath(QStringLiteral("en")))) return 2;
  QCoreApplication::installTranslator(&english);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
