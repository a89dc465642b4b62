#include "easy_read_check.hpp"

#include <cmath>

#include "kith/formats/easy_read.hpp"

namespace kith::app {

namespace formats = kith::formats;

namespace {

// The first few words of a span, so a message says which sentence it means without repeating
// all of it.
QString opening(const QString& span) {
  const QStringList words = span.simplified().split(' ', Qt::SkipEmptyParts);
  constexpr qsizetype kWords = 6;
  if (words.size() <= kWords) return span.simplified();
  return QStringList(words.mid(0, kWords)).join(' ') + QStringLiteral("\u2026");
}

}  // namespace

EasyReadCheck::EasyReadCheck(QObject* parent)
    : QObject(parent),
      m_findings(new RowModel({"key", "message", "rule", "suggestion", "span", "start", "end"},
                              this)) {}

void EasyReadCheck::setText(const QString& text) {
  if (text == m_text) return;
  m_text = text;
  emit textChanged();
  check();
}

void EasyReadCheck::check() {
  const QByteArray utf8 = m_text.toUtf8();
  const formats::EasyReadReport report =
      formats::check_easy_read(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  // Offsets come in UTF-8 bytes, on character boundaries; QML counts UTF-16 units.
  auto position = [&](std::size_t bytes) {
    return static_cast<int>(QString::fromUtf8(utf8.constData(), static_cast<qsizetype>(bytes)).size());
  };
  std::vector<RowModel::Row> rows;
  rows.reserve(report.findings.size());
  for (const formats::Finding& f : report.findings) {
    const QByteArray spanBytes = utf8.mid(static_cast<qsizetype>(f.offset), static_cast<qsizetype>(f.length));
    const QString span = QString::fromUtf8(spanBytes);
    const QString suggestion = QString::fromStdString(f.suggestion);
    QString message;
    // The library's messages are English for kith-admin and the golden files; the app says the
    // same thing through tr() so it can be translated.
    switch (f.rule) {
      case formats::Rule::long_sentence: {
        const auto words = formats::check_easy_read(
            std::string_view(spanBytes.constData(), static_cast<std::size_t>(spanBytes.size()))).words;
        message = tr("\"%1\" has %2 words. Easy read works best with %3 or fewer: try splitting it.")
                      .arg(opening(span))
                      .arg(words)
                      .arg(formats::kMaxSentenceWords);
        break;
      }
      case formats::Rule::several_ideas:
        message = tr("\"%1\" may hold more than one idea. Easy read works best with one idea in each sentence.")
                      .arg(opening(span));
        break;
      case formats::Rule::jargon:
        message = tr("\"%1\" is jargon: families may not know it. Try \"%2\".").arg(span, suggestion);
        break;
      case formats::Rule::long_word:
        message = suggestion.isEmpty()
                      ? tr("\"%1\" is a long word. Try a shorter, everyday word.").arg(span)
                      : tr("\"%1\" is a long word. Try \"%2\".").arg(span, suggestion);
        break;
      case formats::Rule::hard_to_read:
        message = tr("The reading ease is %1 out of 100. Easy read works best above %2: use shorter sentences and shorter words.")
                      .arg(std::lround(report.reading_ease))
                      .arg(formats::kMinReadingEase);
        break;
    }
    const QString rule = QString::fromUtf8(formats::rule_name(f.rule).data(),
                                           static_cast<qsizetype>(formats::rule_name(f.rule).size()));
    const int start = position(f.offset);
    rows.push_back({rule + ':' + QString::number(start), message, rule, suggestion, span, start,
                    position(f.offset + f.length)});
  }
  m_findings->setRows(std::move(rows));
  m_readingEase = report.reading_ease;
  m_english = report.english;
  if (report.words == 0) {
    m_summary.clear();
  } else if (!report.english) {
    m_summary = tr("Easy read check: this does not look like English, so it was not checked.");
  } else if (report.findings.empty()) {
    m_summary = tr("Easy read check: this reads well.");
  } else {
    m_summary = tr("Easy read check: %n thing(s) to look at.", nullptr,
                   static_cast<int>(report.findings.size()));
  }
  emit checked();
}

}  // namespace kith::app
