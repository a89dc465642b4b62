#pragma once
//! The plan as a BRF file (Braille Ready Format) made with liblouis.
//!
//! Tables: English uses Unified English Braille, en-ueb-g1.ctb (grade 1) or en-ueb-g2.ctb
//! (grade 2), as the person's needs say. For the other languages Kith supports, liblouis's own
//! table for that language is used, since UEB is English braille: Urdu ur-pk-g1.utb (grade 1)
//! or ur-pk-g2.ctb (grade 2); Punjabi pa.tbl and Bengali bn.tbl (Bharati braille, which has
//! one grade); Polish Pl-Pl-g1.utb (uncontracted literary; pl-pl-comp8.ctb is 8-dot computer
//! braille, which a 6-dot BRF cannot hold). Any other language falls back to UEB. Content shown
//! in English because it has no translation is translated with UEB, after "(English)" in the
//! reader's language. The Urdu tables define no brackets, slash or colon, so UEB's character
//! definitions (en-ueb-chardefs.uti) follow them in the table list to fill in just those.
//!
//! Layout: 40 cells a line, 25 lines a page; lines wrap between braille words (a word longer
//! than a line is split); the title and headings are centred with a blank line before each
//! heading; a paragraph starts in cell 3 and runs over from cell 1, an item starts in cell 1
//! and runs over from cell 3; the page number (braille number sign and letters) is at the right
//! of each page's last line. Lines end CR LF, pages are separated by a form feed. The cells are
//! written in North American Braille ASCII, so the file holds only 0x20-0x5F, CR, LF and FF.

#include <string>

#include "kith/formats/document.hpp"

namespace kith::formats {

inline constexpr int kBrailleCellsPerLine = 40;
inline constexpr int kBrailleLinesPerPage = 25;

//! The liblouis table list used for `language` at `grade` (as described above).
std::string braille_table(std::string_view language, kith::v1::BrailleGrade grade);

//! The document as BRF file contents.
//! Errors: invalid_argument for BRAILLE_NONE; io_error when liblouis cannot load a table
//! (liblouis-data not installed) or fails to translate.
//! Thread: any (liblouis is serialised inside).
Result<std::string> braille_brf(const Document& document, kith::v1::BrailleGrade grade);

}  // namespace kith::formats
