// The large-print PDF, read back with poppler's tools: the words are there (in Urdu, Punjabi
// and Bengali too), every word is at least 18 pt tall, the fonts are embedded, pages are
// numbered.

#include "kith/formats/print.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "formats_fixture.hpp"
#include "samples.hpp"

// Under the asan preset, LeakSanitizer reports fontconfig's own caches, which pango's global font
// map fills on the first PDF and which fontconfig frees only in FcFini() (never called by pango,
// and unsafe while anything else in the process might use fontconfig). The suppression names
// fontconfig alone, so a leak in Kith's code, cairo, pango, liblouis or espeak-ng still fails.
extern "C" const char* __lsan_default_suppressions();  // NOLINT: the sanitizer's hook
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace kith::formats {
namespace {

using testing::demo_document;
using testing::run;

class Print : public ::testing::Test {
 protected:
  // Writes the PDF into the test's folder; returns its path.
  std::string pdf_of(const Document& doc, const PrintOptions& options = {}) {
    auto pdf = large_print_pdf(doc, options);
    EXPECT_TRUE(pdf) << pdf.error().describe();
    const std::string path = dir_.path() + "/plan" + std::to_string(++count_) + ".pdf";
    testing::write_file(path, pdf ? *pdf : std::string());
    return path;
  }

  static std::string text_of(const std::string& path) {
    return run("pdftotext -enc UTF-8 '" + path + "' - 2>&1");
  }

  // Every word's height (pdftotext -bbox) and text.
  static std::vector<std::pair<double, std::string>> words_of(const std::string& path) {
    const std::string html = run("pdftotext -bbox -enc UTF-8 '" + path + "' - 2>&1");
    static const std::regex word(
        R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
    std::vector<std::pair<double, std::string>> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it) {
      out.emplace_back(std::stod((*it)[4]) - std::stod((*it)[2]), (*it)[5]);
    }
    return out;
  }

  static int pages_of(const std::string& path) {
    const std::string info = run("pdfinfo '" + path + "' 2>&1");
    std::smatch m;
    static const std::regex pages(R"(Pages:\s+(\d+))");
    return std::regex_search(info, m, pages) ? std::stoi(m[1]) : -1;
  }

  kith::testing::TempDir dir_;
  int count_ = 0;
};

TEST_F(Print, TheDemoPlanIsThereInLargePrint) {
  const std::string path = pdf_of(demo_document({"en", false}));
  const std::string text = text_of(path);
  EXPECT_NE(text.find("The Khan family plan"), std::string::npos) << text;
  EXPECT_NE(text.find("What must always happen"), std::string::npos);
  EXPECT_NE(text.find("Who: Nan Farida"), std::string::npos);
  EXPECT_NE(text.find("Who checks: Jo (FGC coordinator)"), std::string::npos);
  EXPECT_NE(text.find("What we are working towards"), std::string::npos);
  const int pages = pages_of(path);
  EXPECT_GE(pages, 2);
  EXPECT_NE(text.find("Page 1 / " + std::to_string(pages)), std::string::npos);
  EXPECT_NE(text.find("Page " + std::to_string(pages) + " / " + std::to_string(pages)),
            std::string::npos);
  const auto words = words_of(path);
  ASSERT_GT(words.size(), 100u);
  for (const auto& [height, w] : words) EXPECT_GE(height, 18.0) << w;
}

TEST_F(Print, AnItemWithAPictogramHasItBesideItInsteadOfABullet) {
  const Document doc = demo_document({"en", true});
  std::size_t items = 0, with_picture = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind != Block::Kind::item) continue;
    ++items;
    if (!b.pictogram.empty()) ++with_picture;
  }
  ASSERT_GT(with_picture, 0u);
  const auto bullets = [&](const PrintOptions& options) {
    const std::string text = text_of(pdf_of(doc, options));
    std::size_t n = 0;
    for (auto at = text.find("\u2022"); at != std::string::npos; at = text.find("\u2022", at + 1)) ++n;
    return n;
  };
  PrintOptions none;
  none.pictogram_dir = dir_.path();  // an empty folder: no pictogram is found, every item a bullet
  EXPECT_EQ(bullets(none), items);
  EXPECT_EQ(bullets({}), items - with_picture);  // assets/pictograms
  // A pictogram name is a file name, never a path.
  Document sly = doc;
  for (Block& b : sly.blocks) {
    if (b.kind == Block::Kind::item) b.pictogram = "../pictograms/home";
  }
  const std::string text = text_of(pdf_of(sly));
  EXPECT_NE(text.find("\u2022"), std::string::npos);
}

TEST_F(Print, ThePdfHasAStructureOfHeadingsAndParagraphs) {
  const std::string structure = run("pdfinfo -struct '" + pdf_of(demo_document({"en", false})) + "' 2>&1");
  EXPECT_EQ(structure.substr(0, 2), "H1") << structure;
  EXPECT_NE(structure.find("H2"), std::string::npos) << structure;
  EXPECT_NE(structure.find("P (block)"), std::string::npos) << structure;
}

TEST_F(Print, TheFontsAreEmbedded) {
  for (const char* lang : {"en", "ur", "pa", "bn"}) {
    const std::string fonts = run("pdffonts '" + pdf_of(demo_document({lang, false})) + "' 2>&1");
    std::istringstream lines(fonts);
    std::string line;
    int listed = 0;
    static const std::regex embedded(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    while (std::getline(lines, line)) {
      if (line.starts_with("name") || line.starts_with("----") || line.empty()) continue;
      ++listed;
      EXPECT_TRUE(std::regex_search(line, embedded)) << lang << ": " << line;
    }
    EXPECT_GT(listed, 0) << fonts;
  }
}

TEST_F(Print, OtherScriptsAreShapedAndExtractable) {
  struct Case {
    const char* lang;
    const char* words;
  };
  for (const Case& c : {Case{"ur", "منصوبہ"}, Case{"pa", "ਅਸੀਂ"}, Case{"bn", "আমরা"},
                        Case{"pl", "Co zrobimy"}}) {
    const std::string path = pdf_of(demo_document({c.lang, false}));
    const std::string text = text_of(path);
    EXPECT_NE(text.find(c.words), std::string::npos) << c.lang << ":\n" << text;
    // The English shown for want of a translation is marked in the reader's language.
    EXPECT_NE(text.find(std::string(phrase(Phrase::in_english, c.lang))), std::string::npos) << c.lang;
    for (const auto& [height, w] : words_of(path)) EXPECT_GE(height, 18.0) << c.lang << " " << w;
  }
}

TEST_F(Print, UrduRunsRightToLeft) {
  // The Urdu heading sits against the right margin, the English page number is centred.
  const std::string path = pdf_of(demo_document({"ur", false}));
  const std::string html = run("pdftotext -bbox -enc UTF-8 '" + path + "' - 2>&1");
  static const std::regex word(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
  double rightmost = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it) {
    rightmost = std::max(rightmost, std::stod((*it)[2]));
  }
  EXPECT_GT(rightmost, 595.0 - 56.7 - 10);
}

TEST_F(Print, TheBodyIsNeverSmallerThan18Points) {
  PrintOptions small;
  small.body_points = 9;
  small.heading_points = 10;
  const std::string path = pdf_of(demo_document({"en", true}), small);
  for (const auto& [height, w] : words_of(path)) EXPECT_GE(height, 18.0) << w;
}

TEST_F(Print, ALongPlanRunsOntoMorePagesWithoutLosingAWord) {
  Document doc;
  doc.language = "en";
  doc.title = "A long plan";
  for (int i = 0; i < 60; ++i) {
    doc.blocks.push_back({i % 10 == 0 ? Block::Kind::heading : Block::Kind::item,
                          "Line number " + std::to_string(i) + " of the plan, long enough to wrap "
                          "onto a second line at this size of print.", {}, false});
  }
  const std::string path = pdf_of(doc);
  EXPECT_GE(pages_of(path), 5);
  std::string text = text_of(path);
  std::erase(text, '\n');
  for (int i = 0; i < 60; ++i) {
    EXPECT_NE(text.find("Line number " + std::to_string(i) + " of"), std::string::npos) << i;
  }
}

}  // namespace
}  // namespace kith::formats

namespace kith::formats {
namespace {

TEST(PrintNastaliq, UrduCanBeSetInNastaliq) {
  kith::testing::TempDir dir;
  PrintOptions options;
  options.urdu_nastaliq = true;
  auto pdf = large_print_pdf(testing::demo_document({"ur", false}), options);
  ASSERT_TRUE(pdf) << pdf.error().describe();
  const std::string path = dir.path() + "/nastaliq.pdf";
  testing::write_file(path, *pdf);
  EXPECT_NE(testing::run("pdffonts '" + path + "'").find("NotoNastaliqUrdu"), std::string::npos);
}

}  // namespace
}  // namespace kith::formats
