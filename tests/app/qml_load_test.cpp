// Every QML file of every Kith module loads without an error or a warning, with a real Session.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>

#include "app_fixture.hpp"

namespace kith::testing {
namespace {

QStringList all_qml_files() {
  QStringList files;
  QDirIterator it(":/qt/qml/Kith", {"*.qml"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << it.next();
  files.sort();
  return files;
}

TEST(QmlLoad, EveryFileOfEveryModuleCompiles) {
  const QStringList files = all_qml_files();
  ASSERT_GE(files.size(), 15) << "the Kith QML modules are not linked in";
  QQmlEngine engine;
  engine.addImportPath("qrc:/qt/qml");
  for (const QString& file : files) {
    QQmlComponent component(&engine, QUrl("qrc" + file));
    EXPECT_FALSE(component.isError()) << component.errorString().toStdString();
  }
}

TEST(QmlLoad, EveryPageOpensWithASessionWithoutWarnings) {
  const SeededDevice device(demo::kJo, demo_records());
  auto session = device.open();
  for (const QString& file : all_qml_files()) {
    if (!file.endsWith("Page.qml") && !file.endsWith("Screen.qml")) continue;
    const QString relative = file.mid(QString(":/qt/qml/").size());
    PageHarness harness(session.get(), relative);
    EXPECT_NE(harness.page(), nullptr) << relative.toStdString();
    EXPECT_TRUE(harness.errors().isEmpty()) << relative.toStdString() << "\n"
                                            << harness.errors().toStdString();
  }
}

}  // namespace
}  // namespace kith::testing
