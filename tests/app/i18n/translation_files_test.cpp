// The translation files of mobile/i18n: each complete (nothing unfinished, nothing empty, every
// placeholder kept, the right number of plural forms), compiled by lrelease without a gap, and in
// step with the sources, so a new qsTr() without a translation fails here rather than showing
// English to a family that reads Urdu.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace kith::testing {
namespace {

const QStringList kLanguages = {"en", "ur", "pa", "bn", "pl"};

struct Message {
  QString context, source, comment;
  bool numerus = false;
  bool unfinished = false;
  QStringList translations;  // one, or one per plural form
};

QString tsPath(const QString& language, const QString& dir = KITH_I18N_DIR) {
  return dir + "/kith_" + language + ".ts";
}

//! The live messages of a .ts file (not those lupdate marked vanished or obsolete).
QList<Message> readTs(const QString& path) {
  QList<Message> out;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ADD_FAILURE() << "cannot read " << path.toStdString();
    return out;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message message;
  bool dead = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("name")) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        message = Message();
        message.context = context;
        message.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        dead = false;
      } else if (name == QLatin1String("source")) {
        message.source = xml.readElementText();
      } else if (name == QLatin1String("comment")) {
        message.comment = xml.readElementText();
      } else if (name == QLatin1String("translation")) {
        const auto type = xml.attributes().value("type");
        message.unfinished = type == QLatin1String("unfinished");
        dead = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
        if (!message.numerus) message.translations << xml.readElementText();
      } else if (name == QLatin1String("numerusform")) {
        message.translations << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !dead) {
      out << message;
    }
  }
  EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
  return out;
}

QString key(const Message& m) { return m.context + " | " + m.source + " | " + m.comment; }

QStringList placeholders(QString text, bool numerus) {
  static const QRegularExpression marker(QStringLiteral("%L?([1-9]|n)"));
  QSet<QString> found;
  for (const auto& match : marker.globalMatch(text)) found << match.captured(1);
  // A singular form may spell its number out ("1 night"): %n is checked on the last form only.
  if (numerus) found.remove(QStringLiteral("n"));
  QStringList list(found.begin(), found.end());
  list.sort();
  return list;
}

int pluralForms(const QString& language) { return language == "pl" ? 3 : 2; }

// The source files lupdate reads: every QML, C++ source and header of the app.
QStringList appSources() {
  QStringList files;
  QDirIterator it(QStringLiteral(KITH_SOURCE_DIR) + "/mobile", {"*.qml", "*.cpp", "*.hpp"},
                  QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << it.next();
  files.sort();
  return files;
}

QString run(const QString& program, const QStringList& arguments) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  EXPECT_TRUE(process.waitForFinished(120000)) << program.toStdString() << " did not finish";
  const QString output = QString::fromUtf8(process.readAll());
  EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
  EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ":\n" << output.toStdString();
  return output;
}

class TranslationFile : public ::testing::TestWithParam<QString> {};

TEST_P(TranslationFile, HasEveryMessageTranslatedWithItsPlaceholders) {
  const QString language = GetParam();
  const auto messages = readTs(tsPath(language));
  ASSERT_GT(messages.size(), 500) << "kith_" << language.toStdString() << ".ts looks empty";
  QStringList problems;
  for (const auto& m : messages) {
    const QString where = key(m);
    if (m.unfinished) problems << "unfinished: " + where;
    if (m.numerus && m.translations.size() != pluralForms(language)) {
      problems << QStringLiteral("%1 plural forms, %2 needed: %3")
                      .arg(m.translations.size())
                      .arg(pluralForms(language))
                      .arg(where);
    }
    for (const QString& t : m.translations) {
      if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) problems << "empty: " + where;
      if (placeholders(t, m.numerus) != placeholders(m.source, m.numerus)) {
        problems << "placeholders differ: " + where + " -> " + t;
      }
    }
    // The plural forms for many (the last) must show the number.
    if (m.numerus && !m.translations.isEmpty() && !m.translations.last().contains("%n")) {
      problems << "the last plural form has no %n: " + where;
    }
  }
  EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString()
                                  << "\n(fill mobile/i18n/translations.txt and run "
                                     "mobile/i18n/translate.py)";
}

TEST_P(TranslationFile, KeepsEmergencyNumbersAndNames) {
  const QString language = GetParam();
  for (const auto& m : readTs(tsPath(language))) {
    for (const char* kept : {"999", "0800 1111", "Childline", "Safe Families"}) {
      if (!m.source.contains(kept)) continue;
      for (const QString& t : m.translations) {
        EXPECT_TRUE(t.contains(kept)) << key(m).toStdString() << " -> " << t.toStdString();
      }
    }
  }
}

TEST_P(TranslationFile, CompilesWithNothingUnfinishedOrUntranslated) {
  const QString language = GetParam();
  QTemporaryDir out;
  const QString report =
      run(KITH_LRELEASE, {"-verbose", tsPath(language), "-qm", out.filePath("kith.qm")});
  EXPECT_TRUE(report.contains("and 0 unfinished")) << report.toStdString();
  EXPECT_FALSE(report.contains("untranslated")) << report.toStdString();
  EXPECT_TRUE(QFile::exists(out.filePath("kith.qm")));
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, ::testing::ValuesIn(kLanguages),
                         [](const auto& language) { return language.param.toStdString(); });

TEST(TranslationFiles, AllHoldTheSameMessages) {
  QSet<QString> english;
  for (const auto& m : readTs(tsPath("en"))) english << key(m);
  for (const QString& language : kLanguages) {
    QSet<QString> keys;
    for (const auto& m : readTs(tsPath(language))) keys << key(m);
    EXPECT_EQ(keys, english) << "kith_" << language.toStdString()
                             << ".ts differs from kith_en.ts: run the kith_lupdate target";
  }
}

TEST(TranslationFiles, HoldEveryStringOfTheSources) {
  // lupdate into a copy: what it adds as unfinished is a string the sources have and the .ts
  // files do not.
  QTemporaryDir dir;
  const QString copy = tsPath("pl", dir.path());
  ASSERT_TRUE(QFile::copy(tsPath("pl"), copy));
  QFile list(dir.filePath("sources.lst"));
  ASSERT_TRUE(list.open(QIODevice::WriteOnly));
  list.write(appSources().join('\n').toUtf8());
  list.close();
  run(KITH_LUPDATE, {"-silent", "-locations", "none", "-no-obsolete", "@" + list.fileName(),
                     "-ts", copy});
  QStringList missing;
  for (const auto& m : readTs(copy)) {
    if (m.unfinished) missing << key(m);
  }
  EXPECT_TRUE(missing.isEmpty())
      << "strings in the sources with no translation:\n"
      << missing.join('\n').toStdString()
      << "\nrun cmake --build <build dir> --target kith_lupdate and translate "
         "(mobile/i18n/README.md)";
}

}  // namespace
}  // namespace kith::testing
