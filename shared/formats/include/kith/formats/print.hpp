#pragma once
//! The plan as a large-print PDF: A4, one column, body text at least 18 pt with generous line
//! spacing, bold larger headings, page numbers, made with cairo and shaped with pango so Urdu
//! (right to left), Gurmukhi and Bengali render properly, in Noto fonts. Fonts are embedded
//! (subsets). The PDF is written to memory: nothing touches the disk.

#include <string>

#include "kith/formats/document.hpp"

namespace kith::formats {

struct PrintOptions {
  double body_points = 20;     //!< body text size; never below 18 (smaller values are raised)
  double heading_points = 26;  //!< headings; the title is a third larger
  //! Folder of pictogram SVGs: an item whose pictogram is "home" gets home.svg beside it (drawn
  //! with librsvg). Empty means the source tree's assets/pictograms; a name with no file there
  //! gets a bullet instead.
  std::string pictogram_dir;
  //! Urdu in Noto Nastaliq Urdu, the style Urdu print uses, instead of Noto Naskh Arabic. Off by
  //! default: poppler (and so screen readers and search working from the PDF's text) cannot get
  //! Nastaliq's words back out of the PDF, while Naskh's come out whole.
  bool urdu_nastaliq = false;
};

//! The bytes of the PDF.
//! Errors: io_error when cairo fails to make the PDF.
//! Thread: any (each call has its own surface; fontconfig is thread-safe).
Result<std::string> large_print_pdf(const Document& document, const PrintOptions& options = {});

}  // namespace kith::formats
