// The main() of each kith-app GoogleTest executable: an offscreen QGuiApplication (Qt Quick
// needs one), a fixed locale and time zone, and every Kith QML module linked in.
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QQuickStyle>

#include "qml_plugins.hpp"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  qputenv("TZ", "UTC");
  QGuiApplication app(argc, argv);
  QQuickStyle::setStyle("Basic");
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
