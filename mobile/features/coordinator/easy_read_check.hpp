#pragma once
//! kith::app::EasyReadCheck: the easy read checker (kith::formats::check_easy_read) for a text
//! field, run again each time the text changes, so a coordinator writing the easy read form of
//! a plan or an assessment sees at once what to make simpler. In QML:
//!     EasyReadCheck { id: check; text: field.text }
//! then `check.summary` and `check.findings` (one row a finding). UI thread only.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "row_model.hpp"

namespace kith::app {

class EasyReadCheck : public QObject {
  Q_OBJECT
  QML_ELEMENT
  //! The text to check (what the writer typed).
  Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
  //! One row a finding, in text order. Roles: key, rule ("long-sentence", "several-ideas",
  //! "jargon", "long-word", "hard-to-read"), message (for the writer, translated), suggestion
  //! (plain words to use instead, may be empty), span (the words it is about), start and end
  //! (positions in `text`, in QString characters, for selecting the words).
  Q_PROPERTY(kith::app::RowModel* findings READ findings CONSTANT)
  //! How many findings there are.
  Q_PROPERTY(int count READ count NOTIFY checked)
  //! The Flesch reading ease of the whole text (0 for no words or text that is not English).
  Q_PROPERTY(double readingEase READ readingEase NOTIFY checked)
  //! False when the text does not look English: the easy read rules were not applied.
  Q_PROPERTY(bool english READ english NOTIFY checked)
  //! One line for the writer: empty for a blank text, otherwise what the check found, in words.
  Q_PROPERTY(QString summary READ summary NOTIFY checked)

 public:
  explicit EasyReadCheck(QObject* parent = nullptr);

  QString text() const { return m_text; }
  void setText(const QString& text);
  RowModel* findings() const { return m_findings; }
  int count() const { return m_findings->count(); }
  double readingEase() const { return m_readingEase; }
  bool english() const { return m_english; }
  QString summary() const { return m_summary; }

 signals:
  void textChanged();
  void checked();

 private:
  void check();

  QString m_text;
  RowModel* m_findings;
  double m_readingEase = 0;
  bool m_english = true;
  QString m_summary;
};

}  // namespace kith::app
