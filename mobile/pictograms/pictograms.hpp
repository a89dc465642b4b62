#pragma once
//! kith::app::Pictograms: the catalogue of Kith's pictograms (assets/pictograms, built into the
//! app as resources under qrc:/kith/pictograms): which names exist, the url of each picture and
//! its alt text in each interface language. A QML singleton; read-only, so any thread may call it
//! once constructed.

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace kith::app {

class Pictograms : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  //! Every pictogram's name, sorted.
  Q_PROPERTY(QStringList names READ names CONSTANT)
  //! The categories, in the order a picker shows them (people first, travel last).
  Q_PROPERTY(QStringList categories READ categories CONSTANT)

 public:
  //! Reads the catalogue (pictograms.json) from the resources. If it is missing or unreadable the
  //! catalogue is empty and every name is unknown (the app then shows words without pictures).
  explicit Pictograms(QObject* parent = nullptr);

  QStringList names() const { return m_names; }
  QStringList categories() const { return m_categories; }

  //! True if `name` is a pictogram Kith has.
  Q_INVOKABLE bool has(const QString& name) const { return m_entries.contains(name); }
  //! The picture's url ("qrc:/kith/pictograms/home.svg"), or empty if the name is unknown.
  Q_INVOKABLE QString source(const QString& name) const;
  //! What a screen reader says for the picture, in `language` (a tag such as "ur"); English if
  //! there is none in that language; empty if the name is unknown.
  Q_INVOKABLE QString altText(const QString& name, const QString& language = QStringLiteral("en")) const;
  //! The name's category ("people", "places", ...), or empty if unknown.
  Q_INVOKABLE QString category(const QString& name) const;
  //! The names in one category, sorted.
  Q_INVOKABLE QStringList namesIn(const QString& category) const;

  //! Where the pictures and the catalogue live in the resources.
  static constexpr const char* kResourceFolder = ":/kith/pictograms";

 private:
  struct Entry {
    QString category;
    QHash<QString, QString> alt;  // language tag -> alt text
  };
  QHash<QString, Entry> m_entries;
  QStringList m_names;
  QStringList m_categories;
};

}  // namespace kith::app
