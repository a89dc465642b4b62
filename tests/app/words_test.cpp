// The words children asked for: every string a family member can read in the app (the QML and
// C++ of every module but the coordinator's, which staff use) is checked with the easy read
// checker's jargon list, so "placement", "contact", "LAC" and the rest never reach a family.

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include "kith/formats/easy_read.hpp"

namespace kith::testing {
namespace {

//! Every literal passed to qsTr()/tr() in `folder`'s .qml, .cpp and .hpp files, with where.
std::vector<std::pair<QString, QString>> strings_in(const QString& folder) {
  static const QRegularExpression call(QStringLiteral(R"re(\b(?:qsTr|tr)\(\s*"((?:[^"\\]|\\.)*)")re"));
  std::vector<std::pair<QString, QString>> out;
  QDirIterator it(folder, {"*.qml", "*.cpp", "*.hpp"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) continue;
    const QString source = QString::fromUtf8(file.readAll());
    for (auto m = call.globalMatch(source); m.hasNext();) {
      out.emplace_back(m.next().captured(1), QDir(KITH_SOURCE_DIR).relativeFilePath(path));
    }
  }
  return out;
}

TEST(Words, NoFamilyFacingStringUsesSocialCareJargon) {
  const QDir mobile(QStringLiteral(KITH_SOURCE_DIR "/mobile"));
  std::size_t checked = 0;
  for (const char* module : {"app", "ui", "core", "features/plan", "features/goals",
                                "features/voice", "features/support", "features/onboarding",
                                "features/settings", "features/formats"}) {
    for (const auto& [text, where] : strings_in(mobile.filePath(QString::fromLatin1(module)))) {
      ++checked;
      for (const auto& finding : formats::check_easy_read(text.toStdString()).findings) {
        if (finding.rule != formats::Rule::jargon) continue;
        ADD_FAILURE() << where.toStdString() << ": \"" << text.toStdString() << "\" uses \""
                      << text.toStdString().substr(finding.offset, finding.length) << "\"; "
                      << finding.message;
      }
    }
  }
  EXPECT_GT(checked, 300u);  // the scan found the app's strings
}

}  // namespace
}  // namespace kith::testing
