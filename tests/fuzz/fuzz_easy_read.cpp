// The easy-read checker (kith::formats::check_easy_read) on any bytes: the app runs it on every
// keystroke of a coordinator writing a plan, so it must never fail, and what it reports must be
// usable as it stands: findings inside the text, on code point boundaries, in order, each with
// advice; a score in its documented range; no English rules applied to text that is not English.

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "kith/formats/easy_read.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::fail;

//! For each byte: true if it starts a code point as a strict UTF-8 decoder reads the text (an
//! invalid byte is a code point of its own), false if it is inside a valid multi-byte sequence.
//! Written apart from the checker's own decoder, so that the two can disagree.
std::vector<bool> code_point_starts(std::string_view text) {
  std::vector<bool> starts(text.size() + 1, true);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    std::uint32_t lowest = 0, highest = 0x7F;
    if (b >= 0xC2 && b <= 0xDF)
      length = 2, lowest = 0x80, highest = 0x7FF;
    else if (b >= 0xE0 && b <= 0xEF)
      length = 3, lowest = 0x800, highest = 0xFFFF;
    else if (b >= 0xF0 && b <= 0xF4)
      length = 4, lowest = 0x10000, highest = 0x10FFFF;
    else if (b >= 0x80)
      length = 0;  // a lone continuation byte or an impossible lead byte
    if (length <= 1 || i + length > text.size()) {
      ++i;
      continue;
    }
    std::uint32_t cp = b & (0xFFu >> (length + 1));
    bool valid = true;
    for (std::size_t k = 1; k < length && valid; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      valid = (c & 0xC0u) == 0x80u;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    valid = valid && cp >= lowest && cp <= highest && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!valid) {
      ++i;
      continue;
    }
    for (std::size_t k = 1; k < length; ++k) starts[i + k] = false;
    i += length;
  }
  return starts;
}

std::string describe(const kith::formats::Finding& f) {
  return std::string(kith::formats::rule_name(f.rule)) + " at " + std::to_string(f.offset) + "+" +
         std::to_string(f.length);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kith::formats;
  const std::string_view text = kith::fuzz::as_text(data, size);
  const EasyReadReport report = check_easy_read(text);
  const std::vector<bool> starts = code_point_starts(text);

  check(std::isfinite(report.reading_ease) && report.reading_ease >= 0 &&
            report.reading_ease <= 121.23,
        "the reading ease " + std::to_string(report.reading_ease) +
            " is outside the documented 0..121");
  if (report.words == 0) check(report.reading_ease == 0, "a text with no words has a reading ease");
  if (!report.english) {
    check(report.findings.empty(), "text taken for not English still has findings");
    check(report.reading_ease == 0, "text taken for not English still has a reading ease");
  }
  const Finding* previous = nullptr;
  for (const Finding& f : report.findings) {
    check(f.offset <= size && f.length <= size - f.offset,
          describe(f) + " reaches past the end of a text of " + std::to_string(size) + " bytes");
    check(f.length > 0, describe(f) + " marks nothing");
    check(starts[f.offset] && starts[f.offset + f.length],
          describe(f) + " splits a character (offsets must fall on code point boundaries)");
    check(!f.message.empty(), describe(f) + " has no advice for the writer");
    if (previous != nullptr) {
      check(
          previous->offset < f.offset || (previous->offset == f.offset && previous->rule <= f.rule),
          describe(*previous) + " comes before " + describe(f) + ": findings are out of order");
    }
    if (f.rule == Rule::hard_to_read) {
      check(report.words >= kMinWordsForEase && report.reading_ease < kMinReadingEase,
            "hard-to-read is reported for a text that is short or reads easily enough");
    }
    if (f.rule == Rule::jargon) check(!f.suggestion.empty(), describe(f) + " offers no plain word");
    previous = &f;
  }
  // Same text, same report: the app relies on it to keep the marks still while a person types.
  const EasyReadReport again = check_easy_read(text);
  check(again.findings.size() == report.findings.size() && again.words == report.words &&
            again.sentences == report.sentences,
        "checking the same text twice gave different reports");
  return 0;
}
