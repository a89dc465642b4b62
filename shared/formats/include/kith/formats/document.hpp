#pragma once
//! The family plan as one person should read it, before it becomes a file: a title and a list of
//! blocks (headings, paragraphs, items), every Text chosen for the reader's language and easy
//! read. Each format (braille.hpp, speech.hpp, print.hpp, export.hpp) renders a Document, so
//! they all say the same thing. Pure functions: any thread may call them.

#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"
#include "kith/v1/records.pb.h"

namespace kith::formats {

//! Who reads the document: their language (a BCP 47 tag, "en", "ur", "pa-Guru") and whether
//! they asked for easy read.
struct Reader {
  std::string language = "en";
  bool easy_read = false;
};

//! One piece of the document. `untranslated` marks content in English because no translation
//! into the reader's language exists: every format shows or says "(English)" in the reader's
//! language before it (phrase(Phrase::in_english, ...)); `text` itself holds no mark.
struct Block {
  enum class Kind { heading, paragraph, item } kind;
  std::string text;
  std::string pictogram;  //!< the Text's pictogram name (assets/pictograms/<name>.svg), or empty
  bool untranslated = false;
};

struct Document {
  std::string title;
  std::string language;        //!< the reader's primary language subtag ("en", "ur", ...)
  bool right_to_left = false;  //!< the reader's script runs right to left (Urdu)
  bool title_untranslated = false;  //!< the title is the English one
  std::vector<Block> blocks;
};

//! The fixed words of the formats, in en, ur, pa (Gurmukhi), bn and pl.
enum class Phrase {
  our_plan,        //!< "Our family plan"
  agreed_on,       //!< "Agreed on"
  look_again_on,   //!< "We look at the plan again on"
  must_happen,     //!< the bottom lines: "What must always happen"
  we_will_do,      //!< the actions: "What we will do"
  who,             //!< "Who"
  by_when,         //!< "By"
  who_checks,      //!< "Who checks"
  if_not_working,  //!< the contingency plan: "What we will do if the plan does not work"
  our_goals,       //!< the safety goals: "What we are working towards"
  in_english,      //!< the mark on untranslated content: "(English)"
  page,            //!< "Page"
};
//! The phrase in `language` (its primary subtag); English for a language the table lacks.
std::string_view phrase(Phrase phrase, std::string_view language);

//! The primary subtag of a BCP 47 tag, lower case: "pa-Guru" -> "pa", "en-GB" -> "en";
//! "en" for an empty tag.
std::string primary_language(std::string_view tag);

//! The family's current plan (its latest PLAN_PUBLISHED version) as `reader` should read it:
//! the title, when it was agreed and will be looked at again, the bottom lines, the actions with
//! who does them, by when and who checks, the contingency plan and the safety goals of the
//! latest assessment. Each Text is the reader's translation (its easy-read form if they asked
//! for easy read and one is written), else the English, marked untranslated. Names come from
//! Person records (display_name) or the Owner's name.
//! Errors: not_found when the family or a published plan is not among `records`.
Result<Document> plan_document(const std::vector<kith::v1::Record>& records,
                               std::string_view family_id, const Reader& reader);

//! The document as plain UTF-8 text (the easy-read text format): the title, then each block on
//! its own line, a blank line before each heading, items as "- ...", "(English)" before
//! untranslated content. Ends with a newline.
std::string plain_text(const Document& document);

}  // namespace kith::formats
