#include "kith/formats/braille.hpp"

#include <liblouis/liblouis.h>

#include <mutex>
#include <vector>

#include "wide_text.hpp"

namespace kith::formats {
namespace {

// North American Braille ASCII: the character for each 6-dot cell, indexed by its dots
// (dot 1 = bit 0 ... dot 6 = bit 5).
constexpr std::string_view kBrailleAscii =
    " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
static_assert(kBrailleAscii.size() == 64);

// liblouis keeps its tables in global state and is not thread-safe.
std::mutex& louis_mutex() {
  static std::mutex m;
  return m;
}

// One braille word: its cells in Braille ASCII.
using Cells = std::string;

// `text` in braille (Braille ASCII), through liblouis with `table`.
Result<Cells> translate(std::string_view text, const std::string& table) {
  const std::u32string wide = detail::code_points(text);
  if (wide.empty()) return Cells{};
  std::vector<widechar> in;
  in.reserve(wide.size());
  for (char32_t c : wide) {
    // Tabs and line breaks are spaces in braille; other controls cannot be in a record's text.
    in.push_back(c == U'\t' || c == U'\n' || c == U'\r' ? widechar{' '} : static_cast<widechar>(c));
  }
  static_assert(sizeof(widechar) == 4 || sizeof(widechar) == 2);
  std::vector<widechar> out(in.size() * 4 + 64);
  for (int attempt = 0; attempt < 4; ++attempt) {
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(out.size());
    int ok = 0;
    {
      std::lock_guard lock(louis_mutex());
      ok = lou_translateString(table.c_str(), in.data(), &in_length, out.data(), &out_length,
                               nullptr, nullptr, dotsIO | ucBrl | noUndefined);
    }
    if (ok == 0) {
      return unexpected(ErrorCode::io_error,
                        "liblouis could not translate with the table " + table +
                            ": is liblouis-data installed?");
    }
    if (in_length < static_cast<int>(in.size())) {  // the output filled the buffer: more room
      out.resize(out.size() * 2);
      continue;
    }
    Cells cells;
    cells.reserve(static_cast<std::size_t>(out_length));
    for (int i = 0; i < out_length; ++i) {
      const widechar c = out[static_cast<std::size_t>(i)];
      // ucBrl gives Unicode braille (U+2800 + dots). Dots 7 and 8 cannot be written in a
      // 6-dot BRF and are dropped; anything else is a space.
      const auto dots = (c & 0xFF00u) == 0x2800u ? (c & 0x3Fu) : 0u;
      cells.push_back(kBrailleAscii[dots]);
    }
    return cells;
  }
  return unexpected(ErrorCode::io_error, "liblouis's braille of a block did not fit in memory.");
}

std::vector<Cells> words_of(const Cells& cells) {
  std::vector<Cells> words;
  Cells word;
  for (char c : cells) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Lays out lines of cells into pages.
class Pager {
 public:
  static constexpr std::size_t kWidth = kBrailleCellsPerLine;
  static constexpr std::size_t kBody = kBrailleLinesPerPage - 1;  // the last holds the number

  void blank_line() {
    if (!page_.empty()) line({});
  }

  // Words filled into lines; the first line starts at `first_indent`, the others at `runover`.
  void flow(const std::vector<Cells>& words, std::size_t first_indent, std::size_t runover) {
    Cells current(first_indent, ' ');
    bool empty = true;
    for (Cells word : words) {
      const std::size_t need = empty ? word.size() : word.size() + 1;
      if (current.size() + need <= kWidth) {
        if (!empty) current.push_back(' ');
        current += word;
        empty = false;
        continue;
      }
      if (!empty) {
        line(current);
        current = Cells(runover, ' ');
      }
      // A word longer than a line is split, the only place a word is.
      while (current.size() + word.size() > kWidth) {
        const std::size_t room = kWidth - current.size();
        line(current + word.substr(0, room));
        word.erase(0, room);
        current = Cells(runover, ' ');
      }
      current += word;
      empty = false;
    }
    if (!empty) line(current);
  }

  void centred(const std::vector<Cells>& words) {
    std::vector<Cells> lines;
    Cells current;
    for (const Cells& word : words) {
      if (!current.empty() && current.size() + 1 + word.size() > kWidth) {
        lines.push_back(current);
        current.clear();
      }
      if (!current.empty()) current.push_back(' ');
      current += word;
      while (current.size() > kWidth) {
        lines.push_back(current.substr(0, kWidth));
        current.erase(0, kWidth);
      }
    }
    if (!current.empty()) lines.push_back(current);
    for (const Cells& l : lines) line(Cells((kWidth - l.size()) / 2, ' ') + l);
  }

  std::string finish() {
    if (!page_.empty() || pages_.empty()) close_page();
    std::string out;
    for (std::size_t p = 0; p < pages_.size(); ++p) {
      if (p > 0) out += '\f';
      for (const Cells& l : pages_[p]) out += l + "\r\n";
    }
    return out;
  }

 private:
  void line(Cells cells) {
    while (!cells.empty() && cells.back() == ' ') cells.pop_back();
    if (cells.empty() && page_.empty()) return;  // no blank line at the top of a page
    page_.push_back(std::move(cells));
    if (page_.size() == kBody) close_page();
  }

  void close_page() {
    page_.resize(kBody);
    // The page number: the number sign and the letters a-j for the digits 1-9, 0.
    std::string number = "#";
    for (char digit : std::to_string(pages_.size() + 1)) {
      number.push_back(digit == '0' ? 'J' : static_cast<char>('A' + (digit - '1')));
    }
    page_.push_back(Cells(kWidth - number.size(), ' ') + number);
    pages_.push_back(std::move(page_));
    page_.clear();
  }

  std::vector<Cells> page_;
  std::vector<std::vector<Cells>> pages_;
};

}  // namespace

std::string braille_table(std::string_view language, v1::BrailleGrade grade) {
  const std::string lang = primary_language(language);
  const bool grade2 = grade == v1::BRAILLE_UEB_GRADE_2;
  // The Urdu tables leave out ( ) / and : (so "(English)" and dates lost their signs); UEB's
  // character definitions, after them in the list, fill in only what they lack.
  if (lang == "ur") {
    return grade2 ? "ur-pk-g2.ctb,en-ueb-chardefs.uti" : "ur-pk-g1.utb,en-ueb-chardefs.uti";
  }
  if (lang == "pa") return "pa.tbl";
  if (lang == "bn") return "bn.tbl";
  if (lang == "pl") return "Pl-Pl-g1.utb";
  return grade2 ? "en-ueb-g2.ctb" : "en-ueb-g1.ctb";
}

Result<std::string> braille_brf(const Document& document, v1::BrailleGrade grade) {
  if (grade != v1::BRAILLE_UEB_GRADE_1 && grade != v1::BRAILLE_UEB_GRADE_2) {
    return unexpected(ErrorCode::invalid_argument,
                      "Choose a braille grade (UEB grade 1 or grade 2) for a braille file.",
                      "braille");
  }
  const std::string table = braille_table(document.language, grade);
  const std::string english = braille_table("en", grade);
  // The block's braille: "(English)" in the reader's table, then the English in UEB.
  const auto block_words = [&](const std::string& text, bool untranslated) -> Result<std::vector<Cells>> {
    std::vector<Cells> words;
    if (untranslated && document.language != "en") {
      KITH_ASSIGN(Cells mark, translate(phrase(Phrase::in_english, document.language), table));
      words = words_of(mark);
    }
    KITH_ASSIGN(Cells cells, translate(text, untranslated ? english : table));
    for (Cells& w : words_of(cells)) words.push_back(std::move(w));
    return words;
  };

  Pager pager;
  KITH_ASSIGN(auto title, block_words(document.title, document.title_untranslated));
  pager.centred(title);
  for (const Block& block : document.blocks) {
    KITH_ASSIGN(auto words, block_words(block.text, block.untranslated));
    switch (block.kind) {
      case Block::Kind::heading:
        pager.blank_line();
        pager.centred(words);
        break;
      case Block::Kind::paragraph:
        pager.flow(words, 2, 0);
        break;
      case Block::Kind::item:
        pager.flow(words, 0, 2);
        break;
    }
  }
  return pager.finish();
}

}  // namespace kith::formats
