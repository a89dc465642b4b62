#pragma once
//! Which words of a kith.v1.Text a person sees: their language where a translation exists
//! (otherwise English, marked so they know), and the easy-read form where they asked for it and
//! the writer gave one.

#include <QString>

namespace kith::v1 {
class Text;
}

namespace kith::app {

struct ShownText {
  QString text;
  QString pictogram;        //!< name of an SVG in assets/pictograms, or empty
  bool untranslated = false;  //!< the person's language was wanted but only English exists
};

ShownText choose_text(const v1::Text& text, bool easyRead, const QString& language);

}  // namespace kith::app
