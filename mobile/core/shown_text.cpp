#include "shown_text.hpp"

#include "kith/v1/records.pb.h"

namespace kith::app {

ShownText choose_text(const v1::Text& text, bool easyRead, const QString& language) {
  ShownText out;
  out.pictogram = QString::fromStdString(text.pictogram());
  const std::string tag = language.toStdString();
  if (!tag.empty() && tag != "en") {
    const auto it = text.translations().find(tag);
    if (it != text.translations().end() && !it->second.text().empty()) {
      const auto& t = it->second;
      out.text = QString::fromStdString(easyRead && !t.easy_read().empty() ? t.easy_read() : t.text());
      return out;
    }
    out.untranslated = true;
  }
  out.text = QString::fromStdString(easyRead && !text.easy_read().empty() ? text.easy_read()
                                                                          : text.text());
  return out;
}

}  // namespace kith::app
