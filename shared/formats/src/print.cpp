#include "kith/formats/print.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace kith::formats {
namespace {

// A4 in points, and the page's margins.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kMargin = 56.7;         // 2 cm
constexpr double kFooterSpace = 48;      // below the text: the page number
constexpr double kLineSpacing = 1.5;     // generous, as large-print guidance asks
constexpr double kMinimumBody = 18;      // the large-print minimum

// RAII for the C handles.
struct SurfaceFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct FontFree {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
struct LayoutFree {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct IterFree {
  void operator()(PangoLayoutIter* i) const { pango_layout_iter_free(i); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using Cairo = std::unique_ptr<cairo_t, CairoFree>;
using Font = std::unique_ptr<PangoFontDescription, FontFree>;
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;
using Iter = std::unique_ptr<PangoLayoutIter, IterFree>;
struct SvgFree {
  void operator()(RsvgHandle* h) const { g_object_unref(h); }
};
using Svg = std::unique_ptr<RsvgHandle, SvgFree>;

//! The pictogram's SVG, or null when there is none by that name (a name is a file name in the
//! folder, nothing more: no path separators, no dots, so a record cannot point outside it).
Svg load_pictogram(const std::string& folder, const std::string& name) {
  if (folder.empty() || name.empty() ||
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
    return nullptr;
  }
  const std::filesystem::path path = std::filesystem::path(folder) / (name + ".svg");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
  GError* error = nullptr;
  Svg svg(rsvg_handle_new_from_file(path.c_str(), &error));
  if (error != nullptr) g_error_free(error);
  return svg;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The fonts for a language: Noto throughout; pango falls back along the list, and then through
// fontconfig, for any other script. Urdu in Naskh unless Nastaliq is asked for (print.hpp).
std::string families(const std::string& language, bool nastaliq) {
  std::string list = "Noto Sans, Noto Sans Gurmukhi, Noto Sans Bengali, Noto Sans Arabic";
  if (language == "ur") list = (nastaliq ? "Noto Nastaliq Urdu, " : "Noto Naskh Arabic, ") + list;
  return list;
}

Font font(const std::string& language, bool nastaliq, double points, bool bold) {
  Font f(pango_font_description_from_string(families(language, nastaliq).c_str()));
  pango_font_description_set_absolute_size(f.get(), points * PANGO_SCALE);
  pango_font_description_set_weight(f.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return f;
}

// One piece of text laid out to a width, and how it sits on the page.
struct Piece {
  const char* tag;          // its PDF structure tag: H1, H2 or P
  Layout layout;
  double indent = 0;        // from the start side of the line (left, or right for RTL)
  double space_before = 0;  // points
  bool keep_with_next = false;
  RsvgHandle* pictogram = nullptr;  // drawn at the start side of the first line, if any
};

Layout make_layout(cairo_t* cr, const std::string& text, const PangoFontDescription* f,
                   const std::string& language, double width, bool centred) {
  Layout layout(pango_cairo_create_layout(cr));
  // The language guides pango's choice of font and shaping (Urdu Nastaliq, not Arabic Naskh).
  pango_context_set_language(pango_layout_get_context(layout.get()),
                             pango_language_from_string(language.c_str()));
  pango_layout_context_changed(layout.get());
  pango_layout_set_font_description(layout.get(), f);
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing(layout.get(), static_cast<float>(kLineSpacing));
  // Left alignment is mirrored for a right-to-left paragraph (pango's auto direction).
  pango_layout_set_alignment(layout.get(), centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  return layout;
}

// A line placed on a page.
struct Placed {
  std::size_t piece;
  PangoLayoutLine* line;
  int page;
  double x, baseline;
};

// A pictogram placed on a page, its top-left corner.
struct Picture {
  RsvgHandle* svg;
  int page;
  double x, y;
};

}  // namespace

Result<std::string> large_print_pdf(const Document& document, const PrintOptions& options) {
  // Arabic script looks a size smaller than Latin at the same point size: Urdu is set larger.
  const double script_scale = document.language == "ur" ? 1.2 : 1.0;
  const double body = std::max(options.body_points, kMinimumBody) * script_scale;
  const double heading = std::max(options.heading_points, body * 1.25);
  const double title_size = heading * 4 / 3;
  const std::string& lang = document.language.empty() ? std::string("en") : document.language;
  const std::string mark = std::string(phrase(Phrase::in_english, lang)) + " ";
  // English inside a right-to-left paragraph is a left-to-right isolate (U+2066 ... U+2069), so
  // its full stop stays at its end instead of moving to the start of the line.
  const auto marked = [&](const std::string& text, bool untranslated) {
    if (!untranslated) return text;
    return document.right_to_left ? mark + "\u2066" + text + "\u2069" : mark + text;
  };

  std::string pdf;
  Surface surface(cairo_pdf_surface_create_for_stream(append, &pdf, kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return unexpected(ErrorCode::io_error, "cairo could not make a PDF.");
  }
  const std::string title = marked(document.title, document.title_untranslated);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Kith");
  Cairo cr(cairo_create(surface.get()));

  const bool nastaliq = options.urdu_nastaliq;
  const Font body_font = font(lang, nastaliq, body, false);
  const Font heading_font = font(lang, nastaliq, heading, true);
  const Font title_font = font(lang, nastaliq, title_size, true);
  const double width = kPageWidth - 2 * kMargin;
  const double item_indent = body * 1.5;
  // A pictogram beside each item that has one (easy read's "a picture beside each idea"), about
  // two lines of body text high; the item's words sit beside it.
  const double picture_size = body * 2.2;
  const double picture_gap = body * 0.6;
  const std::string picture_dir =
      options.pictogram_dir.empty() ? std::string(KITH_PICTOGRAM_DIR) : options.pictogram_dir;
  std::map<std::string, Svg> svgs;
  const auto pictogram = [&](const std::string& name) -> RsvgHandle* {
    auto found = svgs.find(name);
    if (found == svgs.end()) found = svgs.emplace(name, load_pictogram(picture_dir, name)).first;
    return found->second.get();
  };

  std::vector<Piece> pieces;
  pieces.push_back({"H1", make_layout(cr.get(), title, title_font.get(), lang, width, false), 0, 0, true});
  bool after_item = false;
  double last_item_indent = item_indent;  // the paragraphs under an item line up with its words
  for (const Block& block : document.blocks) {
    const std::string text = marked(block.text, block.untranslated);
    switch (block.kind) {
      case Block::Kind::heading:
        pieces.push_back({"H2", make_layout(cr.get(), text, heading_font.get(), lang, width, false), 0,
                          body * 1.2, true});
        after_item = false;
        break;
      case Block::Kind::item:
        // Its pictogram, or a bullet, then the words; the lines after the first sit under them.
        if (RsvgHandle* svg = pictogram(block.pictogram)) {
          const double indent = picture_size + picture_gap;
          pieces.push_back({"P", make_layout(cr.get(), text, body_font.get(), lang, width - indent, false),
                            indent, body * 0.6, false, svg});
          last_item_indent = indent;
        } else {
          pieces.push_back({"P", make_layout(cr.get(), "• " + text, body_font.get(), lang, width, false),
                            0, body * 0.6, false});
          last_item_indent = item_indent;
        }
        after_item = true;
        break;
      case Block::Kind::paragraph: {
        // Who, by when and who checks sit under their action; other paragraphs are full width.
        const double indent = after_item ? last_item_indent : 0;
        pieces.push_back({"P", make_layout(cr.get(), text, body_font.get(), lang, width - indent, false),
                          indent, after_item ? 0 : body * 0.6, false});
        break;
      }
    }
  }

  // Place every line, page by page: a line that does not fit starts a new page, and a heading
  // moves to the next page rather than end one.
  const double top = kMargin;
  const double bottom = kPageHeight - kMargin - kFooterSpace;
  std::vector<Placed> placed;
  std::vector<Picture> pictures;
  int page = 0;
  double y = top;
  const auto first_line_height = [](PangoLayout* layout) {
    Iter it(pango_layout_get_iter(layout));
    int y0 = 0, y1 = 0;
    pango_layout_iter_get_line_yrange(it.get(), &y0, &y1);
    return static_cast<double>(y1 - y0) / PANGO_SCALE;
  };
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& piece = pieces[i];
    if (y > top) y += piece.space_before;
    if (piece.keep_with_next && i + 1 < pieces.size()) {
      int w = 0, h = 0;
      pango_layout_get_size(piece.layout.get(), &w, &h);
      const double need = static_cast<double>(h) / PANGO_SCALE + pieces[i + 1].space_before +
                          first_line_height(pieces[i + 1].layout.get());
      if (y > top && y + need > bottom) {
        ++page;
        y = top;
      }
    }
    Iter it(pango_layout_get_iter(piece.layout.get()));
    const bool rtl = pango_layout_get_direction(piece.layout.get(), 0) == PANGO_DIRECTION_RTL;
    const double x0 = kMargin + (rtl ? 0 : piece.indent);
    double picture_bottom = 0;
    if (piece.pictogram != nullptr) {
      if (y > top && y + picture_size > bottom) {
        ++page;
        y = top;
      }
      pictures.push_back({piece.pictogram, page, rtl ? kMargin + width - picture_size : kMargin, y});
      picture_bottom = y + picture_size;
    }
    do {
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it.get(), &y0, &y1);
      const double height = static_cast<double>(y1 - y0) / PANGO_SCALE;
      if (y > top && y + height > bottom) {
        ++page;
        y = top;
      }
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it.get(), nullptr, &logical);
      const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it.get()) - y0) /
                              PANGO_SCALE;
      placed.push_back({i, pango_layout_iter_get_line_readonly(it.get()), page,
                        x0 + static_cast<double>(logical.x) / PANGO_SCALE, y + baseline});
      y += height;
    } while (pango_layout_iter_next_line(it.get()));
    if (piece.pictogram != nullptr && pictures.back().page == page) y = std::max(y, picture_bottom);
  }

  const int pages = page + 1;
  std::size_t next = 0;
  std::size_t next_picture = 0;
  // Structure tags (a tagged PDF): a screen reader reading the PDF finds the title, the headings
  // and the paragraphs in order. A tag is closed at the end of each page and reopened on the
  // next, so a paragraph running over a page is two.
  for (int p = 0; p < pages; ++p) {
    cairo_set_source_rgb(cr.get(), 0, 0, 0);  // black on white: the strongest contrast
    const char* open_tag = nullptr;
    std::size_t open_piece = pieces.size();
    for (; next < placed.size() && placed[next].page == p; ++next) {
      if (placed[next].piece != open_piece) {
        if (open_tag != nullptr) cairo_tag_end(cr.get(), open_tag);
        open_piece = placed[next].piece;
        open_tag = pieces[open_piece].tag;
        cairo_tag_begin(cr.get(), open_tag, nullptr);
      }
      cairo_move_to(cr.get(), placed[next].x, placed[next].baseline);
      pango_cairo_show_layout_line(cr.get(), placed[next].line);
    }
    if (open_tag != nullptr) cairo_tag_end(cr.get(), open_tag);
    // The pictograms go outside the structure tags: the words beside them say the same.
    for (; next_picture < pictures.size() && pictures[next_picture].page == p; ++next_picture) {
      const Picture& picture = pictures[next_picture];
      const RsvgRectangle viewport{picture.x, picture.y, picture_size, picture_size};
      rsvg_handle_render_document(picture.svg, cr.get(), &viewport, nullptr);
    }
    const std::string number = std::string(phrase(Phrase::page, lang)) + " " +
                               std::to_string(p + 1) + " / " + std::to_string(pages);
    Layout footer = make_layout(cr.get(), number, body_font.get(), lang, width, true);
    int w = 0, h = 0;
    pango_layout_get_size(footer.get(), &w, &h);
    cairo_move_to(cr.get(), kMargin, kPageHeight - kMargin - static_cast<double>(h) / PANGO_SCALE);
    pango_cairo_show_layout(cr.get(), footer.get());
    cairo_show_page(cr.get());
  }
  cr.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return unexpected(ErrorCode::io_error,
                      std::string("cairo could not finish the PDF: ") +
                          cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  surface.reset();
  return pdf;
}

}  // namespace kith::formats
