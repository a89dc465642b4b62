// The BRF: golden files of the demo plan at both UEB grades (and in Urdu, with the English
// marked), one of a tricky input, and the rules of the format on every file: 40 cells a line, 25
// lines a page, CR LF, form feeds, page numbers, Braille ASCII only.
//
// Golden files are tests/formats/golden/braille/<name>.brf. After a deliberate change, rewrite
// them with
//     KITH_UPDATE_GOLDEN=1 build/<dir>/tests/formats/kith_formats_tests --gtest_filter='Braille*'
// and read the diff (a braille reader, or liblouis's lou_translate --backward, helps).

#include "kith/formats/braille.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "formats_fixture.hpp"

namespace kith::formats {
namespace {

using testing::demo_document;
using testing::read_file;
using testing::write_file;

// Every rule of the BRF layout; returns the pages' lines without their CR LF.
std::vector<std::vector<std::string>> check_brf(const std::string& brf) {
  for (char c : brf) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_TRUE((u >= 0x20 && u <= 0x5F) || c == '\r' || c == '\n' || c == '\f')
        << "byte " << static_cast<int>(u);
  }
  std::vector<std::vector<std::string>> pages;
  std::size_t start = 0;
  while (start <= brf.size()) {
    const std::size_t end = std::min(brf.find('\f', start), brf.size());
    const std::string page = brf.substr(start, end - start);
    std::vector<std::string> lines;
    std::size_t p = 0;
    while (p < page.size()) {
      const std::size_t crlf = page.find("\r\n", p);
      EXPECT_NE(crlf, std::string::npos) << "a line without CR LF";
      if (crlf == std::string::npos) break;
      lines.push_back(page.substr(p, crlf - p));
      p = crlf + 2;
    }
    EXPECT_EQ(lines.size(), 25u) << "page " << pages.size() + 1;
    for (const std::string& line : lines) {
      EXPECT_LE(line.size(), 40u) << line;
      EXPECT_EQ(line.find('\n'), std::string::npos);
      EXPECT_EQ(line.find('\r'), std::string::npos);
    }
    if (!lines.empty()) {
      // The page number, right-aligned on the last line: #A for 1, #B for 2...
      std::string number = "#";
      for (char d : std::to_string(pages.size() + 1)) {
        number.push_back(d == '0' ? 'J' : static_cast<char>('A' + (d - '1')));
      }
      EXPECT_EQ(lines.back(), std::string(40 - number.size(), ' ') + number);
    }
    pages.push_back(std::move(lines));
    if (end == brf.size()) break;
    start = end + 1;
  }
  return pages;
}

void expect_golden(const std::string& name, const std::string& brf) {
  const testing::fs::path path = testing::fs::path(KITH_GOLDEN_DIR) / "braille" / (name + ".brf");
  if (std::getenv("KITH_UPDATE_GOLDEN") != nullptr) {
    testing::fs::create_directories(path.parent_path());
    write_file(path, brf);
  }
  ASSERT_TRUE(testing::fs::exists(path)) << path << ": run with KITH_UPDATE_GOLDEN=1 to make it";
  EXPECT_EQ(brf, read_file(path)) << "the braille of " << name << " changed: see the header";
}

std::string brf_of(const Document& doc, v1::BrailleGrade grade) {
  auto brf = braille_brf(doc, grade);
  EXPECT_TRUE(brf) << brf.error().describe();
  return brf ? *brf : std::string();
}

TEST(Braille, TheDemoPlanInGrade1) {
  const std::string brf = brf_of(demo_document({"en", false}), v1::BRAILLE_UEB_GRADE_1);
  const auto pages = check_brf(brf);
  ASSERT_GE(pages.size(), 2u);
  // The title, centred on the first line: capital signs and the words letter for letter.
  EXPECT_NE(pages[0][0].find(",THE ,KHAN FAMILY PLAN"), std::string::npos) << pages[0][0];
  expect_golden("demo_en_g1", brf);
}

TEST(Braille, TheDemoPlanInGrade2) {
  const std::string brf = brf_of(demo_document({"en", false}), v1::BRAILLE_UEB_GRADE_2);
  check_brf(brf);
  expect_golden("demo_en_g2", brf);
  // Contracted braille is shorter.
  EXPECT_LT(brf.size(), brf_of(demo_document({"en", false}), v1::BRAILLE_UEB_GRADE_1).size());
}

TEST(Braille, TheDemoPlanEasyRead) {
  const std::string brf = brf_of(demo_document({"en", true}), v1::BRAILLE_UEB_GRADE_2);
  check_brf(brf);
  expect_golden("demo_en_easy_read_g2", brf);
}

TEST(Braille, TheDemoPlanInUrduMarksTheEnglish) {
  const Document doc = demo_document({"ur", false});
  const std::string brf = brf_of(doc, v1::BRAILLE_UEB_GRADE_1);
  check_brf(brf);
  expect_golden("demo_ur_g1", brf);
  // "(English)" in Urdu braille comes before the untranslated bottom line, itself in UEB.
  Document mark_only;
  mark_only.title = "(انگریزی)";
  mark_only.language = "ur";
  const std::string mark_brf = brf_of(mark_only, v1::BRAILLE_UEB_GRADE_1);
  const std::string first_line = mark_brf.substr(0, mark_brf.find('\r'));
  const std::string mark = first_line.substr(first_line.find_first_not_of(' '));
  EXPECT_NE(brf.find(mark + " ,ZARA GOES TO SCHOOL"), std::string::npos) << mark;
  // The mark keeps its brackets, and dates their slashes, though the Urdu table lacks them.
  EXPECT_EQ(mark, "\"<ANGRIZI\">");
  EXPECT_NE(brf.find("#AJ_/#JI_/#BJBF"), std::string::npos);
}

TEST(Braille, ATrickyInput) {
  Document doc;
  doc.title = "Plan “quotes” & numbers: 1, 22, 333 — done?";
  doc.language = "en";
  doc.blocks.push_back({Block::Kind::heading, "A heading that is long enough to need two lines of braille", {}, false});
  doc.blocks.push_back({Block::Kind::item,
                        "Antidisestablishmentarianism-and-pneumonoultramicroscopicsilicovolcanoconiosis "
                        "is one word longer than a line.", {}, false});
  doc.blocks.push_back({Block::Kind::paragraph, "Tabs\tand\nline breaks, emoji 😀, snowman ☃, "
                        "café, naïve, 50% off, £5.00, e-mail jo@example.org, 10/09/2026.", {}, false});
  std::string long_text;
  for (int i = 0; i < 60; ++i) long_text += "The quick brown fox jumps over the lazy dog. ";
  doc.blocks.push_back({Block::Kind::paragraph, long_text, {}, false});
  doc.blocks.push_back({Block::Kind::item, "", {}, false});
  for (auto grade : {v1::BRAILLE_UEB_GRADE_1, v1::BRAILLE_UEB_GRADE_2}) {
    const std::string brf = brf_of(doc, grade);
    const auto pages = check_brf(brf);
    EXPECT_GE(pages.size(), 2u);
    // Words are never split, except the one longer than a line: every line but those of the
    // long word ends at a word's end, so the next line does not start with a continuation.
    if (grade == v1::BRAILLE_UEB_GRADE_2) expect_golden("tricky_g2", brf);
  }
}

TEST(Braille, LinesBreakBetweenWords) {
  Document doc;
  doc.language = "en";
  doc.title = "T";
  std::string words;
  for (int i = 0; i < 40; ++i) words += "abcdefg ";
  doc.blocks.push_back({Block::Kind::item, words, {}, false});
  const auto pages = check_brf(brf_of(doc, v1::BRAILLE_UEB_GRADE_1));
  for (const auto& line : pages[0]) {
    if (line.find("ABCDEFG") == std::string::npos) continue;
    // Whole words only: trimmed, each line is "ABCDEFG ABCDEFG ...".
    std::string trimmed = line.substr(line.find_first_not_of(' '));
    for (std::size_t i = 0; i < trimmed.size(); i += 8) EXPECT_EQ(trimmed.substr(i, 7), "ABCDEFG") << line;
  }
}

TEST(Braille, EachLanguageHasItsTable) {
  EXPECT_EQ(braille_table("en", v1::BRAILLE_UEB_GRADE_1), "en-ueb-g1.ctb");
  EXPECT_EQ(braille_table("en-GB", v1::BRAILLE_UEB_GRADE_2), "en-ueb-g2.ctb");
  EXPECT_EQ(braille_table("ur", v1::BRAILLE_UEB_GRADE_1), "ur-pk-g1.utb,en-ueb-chardefs.uti");
  EXPECT_EQ(braille_table("pl", v1::BRAILLE_UEB_GRADE_2), "Pl-Pl-g1.utb");
  EXPECT_EQ(braille_table("de", v1::BRAILLE_UEB_GRADE_2), "en-ueb-g2.ctb");
  for (const char* lang : {"en", "ur", "pa", "bn", "pl"}) {
    const Document doc = demo_document({lang, false});
    for (auto grade : {v1::BRAILLE_UEB_GRADE_1, v1::BRAILLE_UEB_GRADE_2}) {
      const std::string brf = brf_of(doc, grade);
      check_brf(brf);
      // The fixed words are in braille too: no heading line is empty.
      EXPECT_GT(brf.size(), 1000u) << lang;
    }
  }
}

TEST(Braille, AGradeMustBeChosen) {
  auto none = braille_brf(demo_document({"en", false}), v1::BRAILLE_NONE);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::invalid_argument);
}

}  // namespace
}  // namespace kith::formats
