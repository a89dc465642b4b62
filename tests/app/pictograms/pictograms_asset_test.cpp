// The pictures of assets/pictograms against the drawing rules of its README, the catalogue
// (pictograms.json) in five languages, and the Pictograms singleton that reads them.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include "app_fixture.hpp"
#include "pictograms.hpp"

namespace kith::testing {
namespace {

using app::Pictograms;

const QString kFolder = QStringLiteral(KITH_SOURCE_DIR "/assets/pictograms");
const QStringList kLanguages = {"en", "ur", "pa", "bn", "pl"};

QStringList svg_files() {
  return QDir(kFolder).entryList({"*.svg"}, QDir::Files, QDir::Name);
}

QStringList folder_names() {
  QStringList names;
  for (const QString& file : svg_files()) names << QFileInfo(file).completeBaseName();
  names.sort();  // by name, not by file name ("family" before "family-time")
  return names;
}

QJsonObject catalogue() {
  QFile file(kFolder + "/pictograms.json");
  EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "no pictograms.json";
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  return doc.object().value("pictograms").toObject();
}

//! Every "pictogram" value anywhere in a JSON value.
void collect_pictograms(const QJsonValue& value, QSet<QString>& out) {
  if (value.isArray()) {
    for (const auto& item : value.toArray()) collect_pictograms(item, out);
  } else if (value.isObject()) {
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (it.key() == QLatin1String("pictogram") && it.value().isString()) out << it.value().toString();
      else collect_pictograms(it.value(), out);
    }
  }
}

//! True if every character of `text` that is a letter is in [first, last] (spaces, punctuation and
//! digits aside), and there is at least one.
bool letters_in_script(const QString& text, char32_t first, char32_t last) {
  int letters = 0;
  for (const char32_t c : text.toUcs4()) {
    if (!QChar::isLetter(c) && !QChar::isMark(c)) continue;
    if (c < first || c > last) return false;
    ++letters;
  }
  return letters > 0;
}

TEST(PictogramAssets, ThereAreEnoughAndEachIsAValidSmallSvg) {
  const QStringList files = svg_files();
  ASSERT_GE(files.size(), 40);
  for (const QString& file : files) {
    const QString path = kFolder + "/" + file;
    EXPECT_LT(QFileInfo(path).size(), 2048) << file.toStdString() << " is 2 KB or more";
    QSvgRenderer renderer(path);
    EXPECT_TRUE(renderer.isValid()) << file.toStdString();
    EXPECT_EQ(renderer.viewBoxF(), QRectF(0, 0, 64, 64)) << file.toStdString();
    EXPECT_EQ(QFileInfo(file).completeBaseName(), QFileInfo(file).completeBaseName().toLower());
  }
}

TEST(PictogramAssets, EachHasATitleAndADescAndNothingActiveOrExternal) {
  const QSet<QString> forbidden = {"script", "text", "tspan", "image", "foreignObject", "style",
                                   "use", "a", "iframe", "audio", "video", "animate", "set"};
  for (const QString& file : svg_files()) {
    QFile svg(kFolder + "/" + file);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString title;
    QString desc;
    int depth = 0;
    while (!xml.atEnd()) {
      const auto token = xml.readNext();
      if (token == QXmlStreamReader::EndElement) --depth;
      if (token != QXmlStreamReader::StartElement) continue;
      ++depth;
      const QString element = xml.name().toString();
      EXPECT_FALSE(forbidden.contains(element)) << file.toStdString() << ": <" << element.toStdString() << ">";
      for (const auto& attribute : xml.attributes()) {
        const QString name = attribute.name().toString();
        const QString value = attribute.value().toString();
        EXPECT_NE(name, "href") << file.toStdString() << ": an external reference";
        EXPECT_FALSE(name.startsWith("on")) << file.toStdString() << ": a script attribute " << name.toStdString();
        EXPECT_FALSE(value.contains("url(") || value.contains("data:") || value.contains("http"))
            << file.toStdString() << ": " << name.toStdString() << "=\"" << value.toStdString() << "\"";
        if (name == "stroke-width") {
          EXPECT_GE(value.toDouble(), 4.0) << file.toStdString() << ": strokes under 4 do not read at 48 px";
        }
      }
      // The title and desc are the svg's own children (depth 2), as screen readers expect.
      // readElementText() reads up to and including the element's end.
      if (depth == 2 && (element == "title" || element == "desc")) {
        (element == "title" ? title : desc) = xml.readElementText();
        --depth;
      }
    }
    EXPECT_FALSE(xml.hasError()) << file.toStdString() << ": " << xml.errorString().toStdString();
    EXPECT_FALSE(title.trimmed().isEmpty()) << file.toStdString() << " has no <title>";
    EXPECT_FALSE(desc.trimmed().isEmpty()) << file.toStdString() << " has no <desc>";
  }
}

TEST(PictogramAssets, EachDrawsBoldDarkInkInsideTheFrameAt48Pixels) {
  // Rendered at 48 px: enough ink to read, dark ink only, and nothing at the very edge (which would
  // mean the drawing is cut off). KITH_PICTOGRAM_SHEET=<file.png> writes every one to a contact
  // sheet to look at.
  const QStringList files = svg_files();
  const int cell = 64;
  const int columns = 8;
  QImage sheet(columns * cell, int((files.size() + columns - 1) / columns) * cell, QImage::Format_ARGB32);
  sheet.fill(QColor("#f7f6f2"));
  QPainter sheetPainter(&sheet);
  for (int i = 0; i < files.size(); ++i) {
    QSvgRenderer renderer(kFolder + "/" + files[i]);
    QImage image(48, 48, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
      QPainter painter(&image);
      renderer.render(&painter);
    }
    int ink = 0;
    int light = 0;
    int edge = 0;
    for (int y = 0; y < image.height(); ++y) {
      for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (c.alpha() < 128) continue;
        ++ink;
        if (c.lightness() > 96) ++light;
        if (x == 0 || y == 0 || x == image.width() - 1 || y == image.height() - 1) ++edge;
      }
    }
    const std::string name = files[i].toStdString();
    EXPECT_GT(ink, 48 * 48 / 10) << name << " is too faint";
    EXPECT_EQ(light, 0) << name << " is not dark ink";
    EXPECT_LE(edge, 6) << name << " touches the edge";
    renderer.render(&sheetPainter, QRectF((i % columns) * cell + 8, (i / columns) * cell + 8, 48, 48));
  }
  sheetPainter.end();
  const QString sheetFile = qEnvironmentVariable("KITH_PICTOGRAM_SHEET");
  if (!sheetFile.isEmpty()) {
    EXPECT_TRUE(sheet.save(sheetFile));
  }
}

TEST(PictogramCatalogue, ListsTheSameNamesAsTheFolder) {
  EXPECT_EQ(catalogue().keys().join(' ').toStdString(), folder_names().join(' ').toStdString());
}

TEST(PictogramCatalogue, EveryNameHasACategoryAndAltTextInFiveLanguagesInTheirOwnScripts) {
  const QJsonObject all = catalogue();
  for (auto it = all.begin(); it != all.end(); ++it) {
    const std::string name = it.key().toStdString();
    const QJsonObject item = it.value().toObject();
    EXPECT_FALSE(item.value("category").toString().isEmpty()) << name;
    const QJsonObject alt = item.value("alt").toObject();
    for (const QString& language : kLanguages) {
      const QString text = alt.value(language).toString();
      EXPECT_FALSE(text.trimmed().isEmpty()) << name << " has no alt text in " << language.toStdString();
      EXPECT_LE(text.size(), 60) << name << ": alt text is short";
    }
    EXPECT_TRUE(letters_in_script(alt.value("ur").toString(), 0x0600, 0x06FF)) << name << ": Urdu script";
    EXPECT_TRUE(letters_in_script(alt.value("pa").toString(), 0x0A00, 0x0A7F)) << name << ": Gurmukhi";
    EXPECT_TRUE(letters_in_script(alt.value("bn").toString(), 0x0980, 0x09FF)) << name << ": Bengali script";
    EXPECT_TRUE(letters_in_script(alt.value("pl").toString(), 0x0041, 0x017F)) << name << ": Latin script";
    EXPECT_TRUE(letters_in_script(alt.value("en").toString(), 0x0041, 0x007A)) << name << ": English";
  }
}

TEST(PictogramCatalogue, EveryPictogramTheDemoFamilyUsesExists) {
  QFile file(QStringLiteral(KITH_DEMO_FILE));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  QSet<QString> used;
  collect_pictograms(QJsonDocument::fromJson(file.readAll()).object(), used);
  ASSERT_FALSE(used.isEmpty()) << "the demo family uses no pictogram";
  const Pictograms pictograms;
  for (const QString& name : used) {
    EXPECT_TRUE(pictograms.has(name)) << name.toStdString();
    EXPECT_TRUE(QFile::exists(kFolder + "/" + name + ".svg")) << name.toStdString();
  }
}

TEST(PictogramsSingleton, GivesTheBuiltInPictureAndItsAltText) {
  const Pictograms pictograms;
  EXPECT_EQ(pictograms.names().join(' ').toStdString(), folder_names().join(' ').toStdString())
      << "the resources hold another set than the folder";
  EXPECT_TRUE(pictograms.has("home-night"));
  EXPECT_EQ(pictograms.source("home-night"), "qrc:/kith/pictograms/home-night.svg");
  for (const QString& name : pictograms.names()) {
    EXPECT_TRUE(QSvgRenderer(pictograms.source(name).mid(3)).isValid()) << name.toStdString();
  }
  const QJsonObject homeNight = catalogue().value("home-night").toObject().value("alt").toObject();
  EXPECT_EQ(pictograms.altText("home-night", "en"), "A house at night");
  EXPECT_EQ(pictograms.altText("home-night", "ur"), homeNight.value("ur").toString());
  EXPECT_EQ(pictograms.altText("home-night", "pl"), homeNight.value("pl").toString());
  // A language without alt texts falls back to English; an unknown name has nothing.
  EXPECT_EQ(pictograms.altText("home-night", "cy"), "A house at night");
  EXPECT_EQ(pictograms.altText("home-night", ""), "A house at night");
  EXPECT_FALSE(pictograms.has("placement"));
  EXPECT_FALSE(pictograms.has(""));
  EXPECT_TRUE(pictograms.source("placement").isEmpty());
  EXPECT_TRUE(pictograms.altText("placement", "en").isEmpty());
  EXPECT_EQ(pictograms.category("doctor"), "health");
  // Every name is in exactly one category, people first.
  ASSERT_FALSE(pictograms.categories().isEmpty());
  EXPECT_EQ(pictograms.categories().first(), "people");
  qsizetype counted = 0;
  for (const QString& category : pictograms.categories()) counted += pictograms.namesIn(category).size();
  EXPECT_EQ(counted, pictograms.names().size());
}

}  // namespace
}  // namespace kith::testing
