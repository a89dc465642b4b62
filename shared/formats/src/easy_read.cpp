// The easy read checker: UTF-8 text -> sentences of words -> findings. See easy_read.hpp for
// the rules and why each is as it is.

#include "kith/formats/easy_read.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

namespace kith::formats {
namespace {

// ---------------------------------------------------------------------------------------------
// UTF-8 and character classes

struct CodePoint {
  char32_t cp;
  std::size_t offset;
  std::size_t length;
};

// Decodes leniently: a byte that does not start a valid sequence becomes U+FFFD of length 1,
// so offsets always fall on the boundaries of what the writer typed.
std::vector<CodePoint> decode(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
      len = 1;
      cp = b0;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
      cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      cp = b0 & 0x0Fu;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      cp = b0 & 0x07u;
    }
    bool ok = len > 0 && i + len <= text.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      ok = (b & 0xC0u) == 0x80u;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    // Overlong, surrogate and out-of-range forms are invalid too.
    if (ok && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
               (cp >= 0xD800 && cp <= 0xDFFF))) {
      ok = false;
    }
    if (!ok) {
      out.push_back({0xFFFD, i, 1});
      ++i;
      continue;
    }
    out.push_back({cp, i, len});
    i += len;
  }
  return out;
}

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char32_t c) { return c >= 'a' && c <= 'z'; }

// Letters of the Latin alphabet with accents (Latin-1 Supplement, Extended-A/B, Additional).
bool is_latin_extra_letter(char32_t c) {
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Punctuation inside the ranges of other scripts: Arabic comma, semicolon, question mark, full
// stop, the Devanagari/Bengali dandas.
bool is_script_punctuation(char32_t c) {
  return c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4 || (c >= 0x066A && c <= 0x066D) ||
         c == 0x0964 || c == 0x0965;
}

// Letters (and the marks that join them) of scripts other than Latin: Greek, Cyrillic, Hebrew,
// Arabic (Urdu), Indic (Bengali, Gurmukhi), CJK, Hangul, Arabic presentation forms.
bool is_other_letter(char32_t c) {
  if (is_script_punctuation(c)) return false;
  return (c >= 0x370 && c <= 0x1FFF) || (c >= 0x2C00 && c <= 0x2DFF) ||
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFB00 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

bool is_word_char(char32_t c) {
  return is_ascii_letter(c) || is_digit(c) || is_latin_extra_letter(c) || is_other_letter(c) ||
         (c >= 0x300 && c <= 0x36F)      // combining accents
         || c == 0x200C || c == 0x200D;  // joiners inside Indic and Arabic words
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200A);
}
bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}
bool is_terminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x06D4 || c == 0x061F ||
         c == 0x0964 || c == 0x0965;
}
bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0xBB;
}
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_bullet(char32_t c) {
  return c == '-' || c == '*' || c == '+' || c == '>' || c == 0x2022 || c == 0x2023 ||
         c == 0x25E6 || c == 0xB7 || c == 0x2013 || c == 0x2014 || c == 0x25AA || c == 0x25CF ||
         c == 0x2043 || c == 0x2219;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences and words

struct Word {
  std::size_t begin, end;    // bytes
  std::string_view text;     // as written
  std::string lower;         // ASCII letters lowered, without a final 's / 's
  bool capital = false;      // starts with a capital A-Z
  bool all_caps = false;     // two or more letters, all capitals (an acronym)
  bool number = false;       // no letters at all
  char before = 0;           // ',' ';' or ':' between the previous word and this one
};

struct Sentence {
  std::size_t begin = 0, end = 0;
  std::vector<Word> words;
};

Word make_word(std::string_view text, std::size_t begin, std::size_t end, char before) {
  Word w;
  w.begin = begin;
  w.end = end;
  w.text = text.substr(begin, end - begin);
  w.before = before;
  std::string low = lowered(w.text);
  for (std::string_view tail : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (low.size() > tail.size() + 1 && std::string_view(low).ends_with(tail)) {
      low.resize(low.size() - tail.size());
      break;
    }
  }
  w.lower = std::move(low);
  int letters = 0, capitals = 0;
  for (char c : w.text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  bool any_letter = letters > 0;
  for (char c : w.text) any_letter = any_letter || static_cast<unsigned char>(c) >= 0x80;
  w.number = !any_letter;
  w.capital = !w.text.empty() && w.text[0] >= 'A' && w.text[0] <= 'Z';
  w.all_caps = letters >= 2 && capitals == letters;
  return w;
}

// A full stop after these does not end a sentence (titles and Latin abbreviations).
bool never_ends(const std::string& word) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "cllr", "sgt", "st", "e.g", "i.e", "eg",
      "ie", "cf", "vs", "viz"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}
// ...and after these only when a capital follows.
bool ends_before_capital(const std::string& word) {
  return word == "etc" || word == "approx" || word == "tel";
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text), cps_(decode(text)) {}

  std::vector<Sentence> split() {
    bool line_start = true;
    char pending = 0;  // punctuation seen since the last word
    std::size_t i = 0;
    while (i < cps_.size()) {
      const char32_t c = cps_[i].cp;
      if (is_line_break(c)) {
        close(current_end_);
        line_start = true;
        pending = 0;
        ++i;
        continue;
      }
      if (is_space(c)) {
        ++i;
        continue;
      }
      if (line_start) {
        line_start = false;
        const std::size_t after = bullet_end(i);
        if (after != i) {
          i = after;
          continue;
        }
      }
      if (is_word_char(c)) {
        const std::size_t end = word_end(i);
        open(cps_[i].offset);
        const std::size_t begin_byte = cps_[i].offset;
        const std::size_t end_byte = cps_[end - 1].offset + cps_[end - 1].length;
        current_.words.push_back(make_word(text_, begin_byte, end_byte, pending));
        current_end_ = end_byte;
        pending = 0;
        i = end;
        continue;
      }
      if (is_terminator(c)) {
        std::size_t j = i;
        while (j < cps_.size() && is_terminator(cps_[j].cp)) ++j;
        while (j < cps_.size() && is_closing(cps_[j].cp)) ++j;
        const std::size_t end_byte = cps_[j - 1].offset + cps_[j - 1].length;
        if (open_) current_end_ = end_byte;
        if (ends_sentence(i, j)) {
          close(end_byte);
          pending = 0;
        }
        i = j;
        continue;
      }
      // Other punctuation, symbols and emoji: part of the sentence, not words.
      if (c == ',' || c == 0x060C || c == 0xFF0C) pending = pending == ';' ? ';' : ',';
      if (c == ';' || c == 0x061B) pending = ';';
      if (c == ':' && pending == 0) pending = ':';
      open(cps_[i].offset);
      current_end_ = cps_[i].offset + cps_[i].length;
      ++i;
    }
    close(current_end_);
    return std::move(sentences_);
  }

 private:
  // A bullet at the start of a line: a bullet sign, or up to three digits or one letter then
  // "." or ")", followed by a space. Returns the index after it (or i when there is none).
  std::size_t bullet_end(std::size_t i) const {
    auto spaced = [&](std::size_t k) { return k < cps_.size() && is_space(cps_[k].cp); };
    if (is_bullet(cps_[i].cp) && spaced(i + 1)) return i + 1;
    std::size_t k = i;
    while (k < cps_.size() && k - i < 3 && is_digit(cps_[k].cp)) ++k;
    if (k == i && k < cps_.size() && is_ascii_letter(cps_[k].cp) && k + 1 < cps_.size() &&
        cps_[k + 1].cp == ')') {
      ++k;  // "a) ..."
      return spaced(k + 1) ? k + 1 : i;
    }
    if (k > i && k < cps_.size() && (cps_[k].cp == '.' || cps_[k].cp == ')') && spaced(k + 1)) {
      return k + 1;
    }
    return i;
  }

  // The end of the word starting at i: word characters, joined across an apostrophe or hyphen
  // between letters ("Mum's", "well-being"), a full stop, slash, colon or comma between word
  // characters ("2.5", "e.g", "and/or", "5:30", "1,000"; "s.20").
  std::size_t word_end(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < cps_.size()) {
      const char32_t c = cps_[j].cp;
      if (is_word_char(c)) {
        ++j;
        continue;
      }
      const bool next_word = j + 1 < cps_.size() && is_word_char(cps_[j + 1].cp);
      if (!next_word) break;
      const char32_t prev = cps_[j - 1].cp, next = cps_[j + 1].cp;
      const bool joins = is_apostrophe(c) || is_hyphen(c) || c == '.' || c == '/' ||
                         ((c == ':' || c == ',') && is_digit(prev) && is_digit(next));
      if (!joins) break;
      j += 2;
    }
    return j;
  }

  // Whether the terminators in [i, j) end the sentence: not a full stop after a title or an
  // abbreviation, or a single capital (an initial).
  bool ends_sentence(std::size_t i, std::size_t j) const {
    if (cps_[i].cp != '.' || j != i + 1 || !open_ || current_.words.empty()) return true;
    const Word& last = current_.words.back();
    if (last.end != cps_[i].offset) return true;  // "Mr ." is not an abbreviation
    if (never_ends(last.lower)) return false;
    if (last.text.size() == 1 && is_upper(static_cast<char32_t>(last.text[0])) &&
        last.text != "I" && last.text != "A") {
      return false;
    }
    if (ends_before_capital(last.lower)) {
      for (std::size_t k = j; k < cps_.size(); ++k) {
        if (is_word_char(cps_[k].cp)) return !is_lower(cps_[k].cp);
      }
    }
    return true;
  }

  void open(std::size_t offset) {
    if (open_) return;
    open_ = true;
    current_ = Sentence{};
    current_.begin = offset;
  }
  void close(std::size_t end) {
    if (!open_) return;
    open_ = false;
    current_.end = end;
    if (!current_.words.empty()) sentences_.push_back(std::move(current_));
    current_ = Sentence{};
  }

  std::string_view text_;
  std::vector<CodePoint> cps_;
  std::vector<Sentence> sentences_;
  Sentence current_;
  std::size_t current_end_ = 0;
  bool open_ = false;
};

// Words that are English and not also common in Polish or the other languages Kith's families
// write (so "a", "i", "to", "na", "do", "no" are left out).
bool english_function_word(const std::string& w) {
  static constexpr std::string_view kWords[] = {
      "the", "and", "with", "is", "are", "was", "will", "can", "you", "we", "he", "she", "they",
      "it", "of", "in", "at", "for", "this", "that", "my", "your", "our", "her", "his", "their",
      "be", "have", "has", "not", "come", "comes", "go", "goes", "there", "who", "what", "when",
      "if", "or", "but", "from", "by", "about", "too", "mum", "dad"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Whether the English rules fit: letters mostly Latin, and either few of them accented (Polish
// has many; an English text has one or two in a name like "Zoë") or enough English words among
// them ("Zoë and José come to the café").
bool looks_english(std::string_view text, const std::vector<Sentence>& sentences) {
  std::size_t ascii = 0, accented = 0, other = 0;
  for (const CodePoint& c : decode(text)) {
    if (is_ascii_letter(c.cp)) ++ascii;
    else if (is_latin_extra_letter(c.cp)) ++accented;
    else if (is_other_letter(c.cp) && !(c.cp >= 0x300 && c.cp <= 0x36F)) ++other;
  }
  const std::size_t letters = ascii + accented + other;
  if (letters == 0) return true;
  if (other * 10 > letters) return false;
  if (accented < 3 || accented * 25 <= ascii + accented) return true;
  std::size_t words = 0, english = 0;
  for (const Sentence& s : sentences) {
    for (const Word& w : s.words) {
      ++words;
      if (english_function_word(w.lower)) ++english;
    }
  }
  return english * 5 >= words;
}

// ---------------------------------------------------------------------------------------------
// Syllables

bool is_vowel(char c, bool y_is_vowel) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (y_is_vowel && c == 'y');
}

// Everyday words the vowel-group estimate gets wrong.
int syllable_exception(std::string_view w) {
  struct Known {
    std::string_view word;
    int syllables;
  };
  static constexpr Known kKnown[] = {
      {"maybe", 2},      {"recipe", 3},     {"everyone", 3},   {"someone", 2},
      {"anyone", 3},     {"people", 2},     {"business", 2},   {"every", 2},
      {"everything", 3}, {"everybody", 4},  {"area", 3},       {"idea", 3},
      {"ideas", 3},      {"being", 2},      {"going", 2},      {"doing", 2},
      {"seeing", 2},     {"create", 2},     {"lion", 2},       {"science", 2},
      {"quiet", 2},      {"diet", 2},       {"poem", 2},       {"toilet", 2},
  };
  for (const Known& k : kKnown) {
    if (k.word == w) return k.syllables;
  }
  return 0;
}

// One part of a word (ASCII letters, lowered; accented vowels read as their plain vowel).
int part_syllables(const std::string& w) {
  if (w.empty()) return 0;
  if (const int known = syllable_exception(w)) return known;
  int count = 0;
  bool in_vowel = false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const bool v = is_vowel(w[k], k > 0);
    if (v && !in_vowel) ++count;
    in_vowel = v;
  }
  const std::size_t n = w.size();
  auto at = [&](std::size_t k) { return k < n ? w[k] : '\0'; };
  auto consonant = [&](std::size_t k) { return k < n && !is_vowel(w[k], true); };
  // A final lone "e" is silent ("make", "home"), but not in "-le" after a consonant ("little").
  if (n >= 3 && w[n - 1] == 'e' && consonant(n - 2) &&
      !(w[n - 2] == 'l' && consonant(n - 3))) {
    --count;
  }
  // "-es" and "-ed" add no syllable ("lives", "worked"), except after the sounds that need one
  // ("houses", "boxes", "wanted").
  if (n >= 4 && (w.substr(n - 2) == "es" || w.substr(n - 2) == "ed") && consonant(n - 3)) {
    const char before = w[n - 3];
    const bool sounded = w[n - 1] == 'd'
                             ? (before == 't' || before == 'd')
                             : (before == 's' || before == 'x' || before == 'z' ||
                                (before == 'h' && (at(n - 4) == 'c' || at(n - 4) == 's')) ||
                                before == 'c' || before == 'g');
    if (!sounded && !(before == 'l' && consonant(n - 4))) --count;
  }
  // A silent "e" before a suffix ("lovely", "arrangement", "hopeful", "homeless"): the stem's
  // final lone "e" after a consonant makes no syllable.
  for (std::string_view suffix : {"ly", "ment", "ments", "ful", "ness", "less"}) {
    if (n > suffix.size() + 2 && std::string_view(w).ends_with(suffix)) {
      const std::size_t e = n - suffix.size() - 1;
      if (w[e] == 'e' && consonant(e - 1) && !is_vowel(w[e + 1], true) &&
          !(w[e - 1] == 'l' && e >= 2 && consonant(e - 2))) {
        --count;
      }
      break;
    }
  }
  // Two vowels read apart: "ia", "io" (media, violin; not "-cial", "-tion", "-sion", "-ious"),
  // "ua", "uo" (actual, usual; not after q or g as in "quality", "guard").
  for (std::size_t k = 1; k + 1 < n; ++k) {
    const char a = w[k], b = w[k + 1];
    if (a == 'i' && (b == 'a' || b == 'o')) {
      const char p = w[k - 1];
      const bool joined = (p == 'c' || p == 't' || p == 's' || p == 'x' || p == 'g') ||
                          (b == 'o' && k + 2 < n && w[k + 2] == 'u');  // "-ious": one
      if (!joined) ++count;
    }
    if (a == 'u' && (b == 'a' || b == 'o') && w[k - 1] != 'q' && w[k - 1] != 'g') ++count;
  }
  return std::max(count, 1);
}

int word_syllables(std::string_view word) {
  int total = 0;
  bool any_letter = false;
  std::string part;
  auto flush = [&] {
    total += part_syllables(part);
    part.clear();
  };
  for (const CodePoint& c : decode(word)) {
    char32_t cp = c.cp;
    if (cp >= 0xC0 && cp <= 0xFF) {  // read accented Latin-1 vowels as plain ones
      static constexpr std::string_view kBase =
          "aaaaaaaceeeeiiiidnooooo/ouuuuyts"   // C0..DF
          "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // E0..FF
      cp = static_cast<char32_t>(kBase[cp - 0xC0]);
    }
    if (is_ascii_letter(cp)) {
      part.push_back(lower(static_cast<char>(cp)));
      any_letter = true;
    } else if (is_hyphen(cp) || cp == '/') {
      flush();
    } else if (is_apostrophe(cp)) {
      // "Mum's", "don't": the apostrophe joins, it adds nothing.
    } else if (is_word_char(cp)) {
      any_letter = true;  // a letter of another script, or a digit: counted below
    }
  }
  flush();
  return any_letter ? std::max(total, 1) : 1;
}

// ---------------------------------------------------------------------------------------------
// Jargon

enum class Sense {
  any,          // always jargon
  contact_noun, // "contact" as a noun (not "contact Jo", "will contact you")
  case_family,  // "case" meaning a family (not "in case", "a case of")
};

struct Jargon {
  std::string_view phrase;      // lower case, words separated by one space; acronyms as written
  std::string_view suggestion;  // plain words to use instead
  bool acronym = false;         // match only as written, in capitals
  Sense sense = Sense::any;
};

// Social-care words with the plain words children and families asked for; the everyday
// officialese that Plain English guides list comes last.
constexpr Jargon kJargon[] = {
    {"LAC", "a child in care", true},
    {"LACs", "children in care", true},
    {"CLA", "a child in care", true},
    {"CIN", "a child who needs extra help", true},
    {"child in need", "a child who needs extra help"},
    {"children in need", "children who need extra help"},
    {"CP", "keeping children safe", true},
    {"CPP", "a plan to keep the children safe", true},
    {"child protection plan", "a plan to keep the children safe"},
    {"child protection conference", "a meeting about keeping the children safe"},
    {"child protection", "keeping children safe"},
    {"ICPC", "a meeting about keeping the children safe", true},
    {"RCPC", "a meeting about keeping the children safe", true},
    {"case conference", "a meeting about keeping the children safe"},
    {"s20", "staying away from home, agreed with the family"},
    {"s.20", "staying away from home, agreed with the family"},
    {"section 20", "staying away from home, agreed with the family"},
    {"s47", "checking if a child is safe"},
    {"s.47", "checking if a child is safe"},
    {"section 47", "checking if a child is safe"},
    {"PLO", "the last step before court", true},
    {"public law outline", "the last step before court"},
    {"LADO", "the person who checks worries about adults who work with children", true},
    {"IRO", "the person who checks the plan is working", true},
    {"independent reviewing officer", "the person who checks the plan is working"},
    {"CAMHS", "the team that helps children with their feelings", true},
    {"EHCP", "a plan for help at school", true},
    {"PEP", "a plan for school", true},
    {"personal education plan", "a plan for school"},
    {"FGC", "a family meeting", true},
    {"family group conference", "a family meeting"},
    {"TAF", "the people helping your family", true},
    {"team around the family", "the people helping your family"},
    {"MASH", "the team that first reads worries about children", true},
    {"SW", "social worker", true},
    {"DSL", "the person at school who keeps children safe", true},
    {"SGO", "a family member looking after a child, by law", true},
    {"special guardianship order", "a family member looking after a child, by law"},
    {"core group meeting", "a meeting to check the plan"},
    {"core group", "the group that checks the plan"},
    {"strategy meeting", "a meeting of workers about keeping children safe"},
    {"strategy discussion", "a meeting of workers about keeping children safe"},
    {"threshold", "how worried workers are"},
    {"thresholds", "how worried workers are"},
    {"foster placement", "foster home"},
    {"residential placement", "children's home"},
    {"placement", "home"},
    {"placements", "homes"},
    {"contact time", "family time"},
    {"supervised contact", "family time with a worker there"},
    {"contact centre", "the place for family time"},
    {"contact", "family time", false, Sense::contact_noun},
    {"respite", "a short stay"},
    {"respite care", "a short stay"},
    {"safeguarding", "keeping safe"},
    {"safeguard", "keep safe"},
    {"safeguarded", "kept safe"},
    {"looked after child", "child in care"},
    {"looked after children", "children in care"},
    {"looked after young person", "young person in care"},
    {"looked-after", "in care"},
    {"case worker", "worker"},
    {"caseworker", "worker"},
    {"case notes", "notes"},
    {"case file", "notes"},
    {"case", "the work with your family", false, Sense::case_family},
    {"caseload", "the families I work with"},
    {"intervention", "help"},
    {"interventions", "help"},
    {"professional", "worker"},
    {"professionals", "workers"},
    {"multi-agency", "workers from different services"},
    {"statutory", "by law"},
    {"accommodated", "living away from home"},
    {"kinship care", "living with family"},
    {"kinship carer", "a family member who looks after a child"},
    {"care order", "a court order about who looks after a child"},
    {"parental responsibility", "the right to decide things for a child"},
    {"significant harm", "serious harm"},
    {"referral", "asking for help"},
    {"referrals", "asking for help"},
    {"disclosure", "telling someone"},
    {"disclosed", "told"},
    {"escalate", "take further"},
    {"engage", "take part"},
    {"engaged", "taken part"},
    {"engagement", "taking part"},
    {"outcome", "result"},
    {"outcomes", "results"},
    {"concern", "worry"},
    {"concerns", "worries"},
    {"facilitate", "help"},
    {"implement", "do"},
    {"ensure", "make sure"},
    {"ensures", "makes sure"},
    {"ensuring", "making sure"},
    {"liaise", "talk"},
    {"utilise", "use"},
    {"utilize", "use"},
    {"commence", "start"},
    {"prior to", "before"},
    {"in relation to", "about"},
    {"with regard to", "about"},
    {"regarding", "about"},
    {"in order to", "to"},
    {"sufficient", "enough"},
    {"additional", "more"},
    {"obtain", "get"},
    {"require", "need"},
    {"requires", "needs"},
    {"assist", "help"},
    {"appropriate", "right"},
    {"inappropriate", "not right"},
};

struct CompiledJargon {
  std::vector<std::string> words;
  const Jargon* entry;
};

// Longest phrases first, so "child protection plan" wins over "child protection".
const std::vector<CompiledJargon>& compiled_jargon() {
  static const std::vector<CompiledJargon> list = [] {
    std::vector<CompiledJargon> out;
    for (const Jargon& j : kJargon) {
      CompiledJargon c{{}, &j};
      std::string_view rest = j.phrase;
      while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        c.words.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
      out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.words.size() > b.words.size();
    });
    return out;
  }();
  return list;
}

bool one_of(const std::string& w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Whether the word at i, matched as `sense`, means the jargon.
bool means_jargon(const std::vector<Word>& words, std::size_t i, Sense sense) {
  const std::string none;
  const std::string& prev = i > 0 ? words[i - 1].lower : none;
  const std::string& prev2 = i > 1 ? words[i - 2].lower : none;
  const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
  switch (sense) {
    case Sense::any:
      return true;
    case Sense::contact_noun:
      // A verb after "to", a helper verb or a subject; or with its object straight after.
      // Counted ("a contact", "each contact") it is one call or visit, or a person to call,
      // not the family time children asked to have called by its name.
      if (one_of(prev, {"to", "will", "can", "could", "please", "must", "should", "would", "may",
                        "might", "cannot", "can't", "won't", "i", "we", "you", "they", "do",
                        "don't", "not", "or", "and", "a", "an", "each", "every", "one",
                        "another"})) {
        return false;
      }
      if (next && next->before == 0 &&
          (one_of(next->lower, {"me", "you", "us", "him", "her", "them", "it", "someone",
                                "anyone", "somebody"}) ||
           (next->capital && next->lower != "i"))) {
        return false;
      }
      return true;
    case Sense::case_family:
      if (prev == "in" || prev2 == "in" || prev == "just") return false;
      if (one_of(prev, {"pencil", "phone", "brief", "suit", "book", "glasses", "worst", "best",
                        "upper", "lower", "test", "court"})) {
        return false;
      }
      if (next && next->before == 0 && next->lower == "of") return false;
      return true;
  }
  return true;
}

// The jargon entry matching at word i of the sentence, and how many words it covers.
const CompiledJargon* match_jargon(const std::vector<Word>& words, std::size_t i) {
  for (const CompiledJargon& c : compiled_jargon()) {
    if (i + c.words.size() > words.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; ok && k < c.words.size(); ++k) {
      const Word& w = words[i + k];
      // A phrase does not run across a comma or semicolon.
      if (k > 0 && w.before != 0) ok = false;
      else if (c.entry->acronym) ok = w.text == c.words[k];
      else ok = w.lower == c.words[k];
    }
    if (ok && means_jargon(words, i, c.entry->sense)) return &c;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Long words

bool everyday_long_word(const std::string& w) {
  return one_of(w, {"everybody", "everyone", "everything", "anybody", "information",
                    "television", "usually", "actually", "january", "february", "supermarket",
                    "helicopter", "calculator", "caterpillar", "watermelon", "macaroni",
                    "kilometre", "kilometres", "literally", "definitely", "especially",
                    "comfortable", "vegetables", "celebration", "birthday"});
}

// Shorter words for long ones a writer often reaches for.
std::string_view shorter_word(const std::string& w) {
  struct Swap {
    std::string_view word, instead;
  };
  static constexpr Swap kSwaps[] = {
      {"immediately", "now"},          {"approximately", "about"},
      {"unfortunately", "sadly"},      {"opportunity", "chance"},
      {"opportunities", "chances"},    {"communicate", "talk"},
      {"communication", "talking"},    {"accommodation", "a place to live"},
      {"responsibility", "job"},       {"responsibilities", "jobs"},
      {"individual", "person"},        {"individuals", "people"},
      {"alternative", "other"},        {"difficulties", "problems"},
      {"environment", "place"},        {"medication", "medicine"},
      {"educational", "school"},       {"independently", "on your own"},
      {"considerable", "big"},         {"particularly", "mostly"},
      {"necessary", "needed"},         {"anxiety", "worry"},
  };
  for (const Swap& s : kSwaps) {
    if (s.word == w) return s.instead;
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Several ideas

// The joining word (or mark) that makes a second idea in the sentence, or empty.
std::string several_ideas_sign(const Sentence& s) {
  const auto& w = s.words;
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i].before == ';') return "a semicolon";
  }
  static const std::initializer_list<std::string_view> kSubject = {
      "i", "you", "he", "she", "we", "they", "it", "there"};
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i].lower;
    const std::string* next = i + 1 < w.size() ? &w[i + 1].lower : nullptr;
    const bool after_comma = w[i].before == ',';
    auto quoted = [&] { return "\"" + std::string(w[i].text) + "\""; };
    if (one_of(x, {"because", "unless", "although", "though", "whereas", "whilst"})) {
      // "even though" is one joining word; "as though" too.
      return quoted();
    }
    if (i == 0) continue;
    // "which" starts a second clause, except as a question word after a verb ("tell us which
    // day"); "but" almost always does.
    if (x == "which" && !one_of(w[i - 1].lower, {"tell", "know", "ask", "choose", "pick",
                                                 "decide", "say", "see", "show", "us", "me"})) {
      return quoted();
    }
    if (x == "but") return quoted();
    if (x == "while" && !one_of(w[i - 1].lower, {"a", "little", "short", "long"})) {
      return quoted();
    }
    if (x == "so" && (after_comma || (next && (one_of(*next, kSubject) || *next == "that")))) {
      return quoted();
    }
    if (one_of(x, {"and", "or"}) &&
        (after_comma || (next && (one_of(*next, kSubject) || *next == "then")))) {
      return next && *next == "then" ? "\"" + std::string(w[i].text) + " then\"" : quoted();
    }
  }
  // Three or more parts of three words or more, joined by commas.
  std::vector<std::size_t> parts{0};
  for (const Word& x : w) {
    if (x.before == ',' && parts.back() > 0) parts.push_back(0);
    ++parts.back();
  }
  int clause_commas = 0;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (parts[k] >= 3 && parts[k - 1] >= 3) ++clause_commas;
  }
  if (clause_commas >= 2) return "commas";
  return {};
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

std::string_view rule_name(Rule rule) {
  switch (rule) {
    case Rule::long_sentence: return "long-sentence";
    case Rule::several_ideas: return "several-ideas";
    case Rule::jargon: return "jargon";
    case Rule::long_word: return "long-word";
    case Rule::hard_to_read: return "hard-to-read";
  }
  return "unknown";
}

int english_syllables(std::string_view word) { return word_syllables(word); }

EasyReadReport check_easy_read(std::string_view text) {
  EasyReadReport report;
  const std::vector<Sentence> sentences = Splitter(text).split();
  report.sentences = sentences.size();
  for (const Sentence& s : sentences) report.words += s.words.size();
  report.english = looks_english(text, sentences);
  if (!report.english || report.words == 0) return report;

  std::size_t syllables = 0;
  for (const Sentence& s : sentences) {
    const std::size_t n = s.words.size();
    const std::string_view span = text.substr(s.begin, s.end - s.begin);
    if (n > kMaxSentenceWords) {
      report.findings.push_back(
          {Rule::long_sentence, s.begin, s.end - s.begin,
           "This sentence has " + std::to_string(n) + " words. Easy read works best with " +
               std::to_string(kMaxSentenceWords) + " words or fewer: try splitting it.",
           {}});
    }
    if (const std::string sign = several_ideas_sign(s); !sign.empty()) {
      const std::string how = sign == "commas" ? "joins several parts with commas"
                                               : "joins them with " + sign;
      report.findings.push_back(
          {Rule::several_ideas, s.begin, span.size(),
           "This sentence may hold more than one idea: it " + how +
               ". Easy read works best with one idea in each sentence: try making two.",
           {}});
    }
    std::vector<bool> is_jargon(n, false);
    for (std::size_t i = 0; i < n;) {
      const CompiledJargon* j = match_jargon(s.words, i);
      if (!j) {
        ++i;
        continue;
      }
      const std::size_t last = i + j->words.size() - 1;
      const std::size_t begin = s.words[i].begin, end = s.words[last].end;
      const std::string_view found = text.substr(begin, end - begin);
      report.findings.push_back(
          {Rule::jargon, begin, end - begin,
           quoted(found) + " is jargon: families may not know it. Try " +
               quoted(j->entry->suggestion) + ".",
           std::string(j->entry->suggestion)});
      for (std::size_t k = i; k <= last; ++k) is_jargon[k] = true;
      i = last + 1;
    }
    for (std::size_t i = 0; i < n; ++i) {
      const Word& w = s.words[i];
      const int count = word_syllables(w.text);
      syllables += static_cast<std::size_t>(count);
      if (w.number || is_jargon[i] || count < kLongWordSyllables) continue;
      if ((i > 0 && w.capital) || w.all_caps) continue;  // a name, or an acronym
      // A hyphenated word is long only if one of its parts is ("great-grandmother" is not).
      int longest = 0;
      std::string part_lower;
      for (char c : w.lower) {
        if (c == '-' || c == '/') {
          longest = std::max(longest, word_syllables(part_lower));
          part_lower.clear();
        } else {
          part_lower.push_back(c);
        }
      }
      longest = std::max(longest, word_syllables(part_lower));
      if (longest < kLongWordSyllables || everyday_long_word(w.lower)) continue;
      const std::string_view instead = shorter_word(w.lower);
      std::string message = quoted(w.text) + " is a long word (" + std::to_string(count) +
                            " syllables). ";
      message += instead.empty() ? "Try a shorter, everyday word."
                                 : "Try " + quoted(instead) + ".";
      report.findings.push_back(
          {Rule::long_word, w.begin, w.end - w.begin, std::move(message), std::string(instead)});
    }
  }

  const double words = static_cast<double>(report.words);
  const double ease = 206.835 - 1.015 * (words / static_cast<double>(report.sentences)) -
                      84.6 * (static_cast<double>(syllables) / words);
  report.reading_ease = std::max(0.0, ease);
  if (report.words >= kMinWordsForEase && report.reading_ease < kMinReadingEase) {
    const std::size_t begin = sentences.front().begin, end = sentences.back().end;
    report.findings.push_back(
        {Rule::hard_to_read, begin, end - begin,
         "The reading ease is " + std::to_string(static_cast<long>(std::lround(report.reading_ease))) +
             " out of 100. Easy read works best above " +
             std::to_string(static_cast<int>(kMinReadingEase)) +
             ": use shorter sentences and shorter words.",
         {}});
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if (a.offset != b.offset) return a.offset < b.offset;
                     return static_cast<int>(a.rule) < static_cast<int>(b.rule);
                   });
  return report;
}

}  // namespace kith::formats
