#pragma once
//! kith::formats easy read checker: warns a writer, while they write, where a text is not yet
//! easy read (Mencap style: short sentences, one idea each, everyday words). Plain C++, no
//! allocation beyond the report, no threads: any thread may call it, on every keystroke.
//!
//! The rules, in the order a finding names them:
//!  - long-sentence: a sentence of more than 15 words (kMaxSentenceWords).
//!  - several-ideas: a sentence that seems to hold more than one idea. Signs, any one enough:
//!      a semicolon inside the sentence; a joining word that always starts a second clause
//!      ("because", "unless", "although", "though", "whereas", "which", "while" unless it is
//!      "a while", "which" unless a question word ("tell us which day")); "but", not as the
//!      first word; "so" after a comma or before a subject pronoun or "that"; "and", "or" after
//!      a comma or before a subject pronoun ("and she", "or they") or "then"; or two or more
//!      commas each between parts of three words or more (a list such as "Mum, Nan and Jo" is
//!      one idea). "If" and "when" are NOT signs: "If Nan cannot come, Aunt Samina comes." is
//!      one easy-read idea. "Mum and Nan go" is not either: nouns joined by "and" are one idea.
//!  - jargon: a social-care word or phrase from the list in easy_read.cpp, with a plain one to
//!      use instead ("placement" -> "home", "contact" -> "family time", "LAC", "s20",
//!      "safeguarding" -> "keeping safe", "intervention" -> "help", ...). Matched as whole
//!      words and phrases; acronyms only in capitals (so "pep talk" is fine, "PEP" is not);
//!      words that are also everyday English only where they mean the jargon: "contact" not as
//!      a verb ("Contact Jo", "will contact you") nor counted ("log a contact"), "case" not in "in case", "looked after" only
//!      before "child", "children" or "young person", "in care" never (it is the plain words).
//!  - long-word: a word of 4 or more syllables (kLongWordSyllables, estimated from vowel groups
//!      with English spelling rules), except everyday words on a short allow-list
//!      (everybody, everyone, everything, information, television, usually, ...), capitalised
//!      words inside a sentence (names: "Elizabeth"; a sentence's first word is checked, as its
//!      capital says nothing), acronyms, words already found as jargon, and numbers. A hyphenated
//!      word is long only if one of its parts is. Some long words come with a shorter one
//!      ("immediately" -> "now").
//!  - hard-to-read: the whole text's Flesch reading ease is under 70 (kMinReadingEase), counted
//!      only from 10 words on (kMinWordsForEase): a few words give a meaningless score.
//!
//! Sentences end at . ! ? … (and the Urdu and Bengali full stops) followed by a space or the
//! end, and at every line break (a list of bullets is a list of sentences). A full stop does not
//! end a sentence after a title or abbreviation ("Mr.", "Dr.", "e.g.", "i.e.", "etc." before a
//! small letter), after a single capital ("J. Smith") or inside a number ("2.5"). Bullets
//! ("-", "*", "•", "1.", "a)") at the start of a line are not words.
//!
//! The English rules apply only to English-looking text: at least 90% of the letters from the
//! Latin alphabet, and few of those with accents (under 3, or under 4%) unless a fifth of the
//! words are common English words ("Zoë and José come to the café"). Urdu, Bengali, Punjabi or
//! Polish text (or any text that mostly is) gets no findings and `english` false, never a score
//! computed from rules that do not fit it. Text is UTF-8; offsets and lengths are bytes, always on code point
//! boundaries; invalid bytes are passed over, never split.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kith::formats {

//! What a finding is about.
enum class Rule { long_sentence, several_ideas, jargon, long_word, hard_to_read };

//! One thing to look at: where it is (bytes into the text given to check_easy_read), advice for
//! the writer in plain English, and words to use instead when there are some.
struct Finding {
  Rule rule;
  std::size_t offset;
  std::size_t length;      // bytes into the text
  std::string message;     // plain English advice for the writer
  std::string suggestion;  // e.g. "home" for "placement"; may be empty
};

//! The findings in text order (by offset, then by rule), the Flesch reading ease of the whole
//! text, and what was counted.
struct EasyReadReport {
  std::vector<Finding> findings;
  double reading_ease = 0;  // Flesch, 0..121; 0 when there are no words or the text is not English
  std::size_t sentences = 0, words = 0;
  //! False when the text does not look English: no rule was applied (an addition to the
  //! agreed API, so a caller can say "not checked" rather than "reads well").
  bool english = true;
};

inline constexpr std::size_t kMaxSentenceWords = 15;
inline constexpr int kLongWordSyllables = 4;
inline constexpr double kMinReadingEase = 70;
inline constexpr std::size_t kMinWordsForEase = 10;

//! Checks `text` (UTF-8; invalid bytes tolerated) against the rules above. Never fails.
EasyReadReport check_easy_read(std::string_view text);

//! The rule's stable name: "long-sentence", "several-ideas", "jargon", "long-word",
//! "hard-to-read" (used in golden files and logs).
std::string_view rule_name(Rule rule);

//! The estimated syllables of one English word (letters, apostrophes, hyphens); at least 1 for
//! a word with a letter. Exposed for tests and for the reading ease shown by callers.
int english_syllables(std::string_view word);

}  // namespace kith::formats
