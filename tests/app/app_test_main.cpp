// The main() of each kith-app GoogleTest executable: an offscreen QGuiApplication (Qt Quick
// needs one), a fixed locale and time zone, every Kith QML module linked in, and the English
// plural forms the app always has underneath any language ("1 change", not "1 changes").
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTranslator>

#include "language.hpp"

#include "qml_plugins.hpp"

// Under the asan preset: Qt 6.4 leaves the pixmaps of an Image (an SVG pictogram rendered by the
// qsvg plugin into a QImage, its software scene-graph texture) allocated when an offscreen window
// and its engine are torn down. Every such block is allocated inside Qt's own Gui library, the
// qsvg plugin or a QSGTexture; Kith allocates nothing there itself (an object Kith leaks is
// allocated from Kith's code, or from QtQml when QML makes it, and is still reported).
extern "C" const char* __lsan_default_suppressions();  // NOLINT: the sanitizer's hook
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libQt6Gui.so\nleak:libqsvg.so\nleak:QSGTexture::QSGTexture\n";
}

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
