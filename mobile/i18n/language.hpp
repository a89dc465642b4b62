#pragma once
//! kith::app::Language: shows the interface in the language the person chose. Installs the
//! translation for Preferences::language (at start and whenever it changes), makes the QML engine
//! translate its bindings again, and sets the default QLocale and the layout direction (Urdu is
//! right to left). English installs kith_en.qm too: it carries the English plural forms, and stays
//! underneath every other language so a string not yet translated shows in English, correctly
//! pluralised. It also puts the Noto fonts for Urdu, Gurmukhi and Bengali in the application
//! font's fallback list. The .qm files are built from mobile/i18n/*.ts into :/i18n/ (README.md).
//! UI thread only.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QQmlEngine;
class QTranslator;

namespace kith::app {

class Preferences;

class Language : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString current READ current NOTIFY changed)

 public:
  //! Applies `preferences`' language now and follows its changes. `engine` may be null (no QML to
  //! retranslate); neither is owned, and either may be destroyed first.
  Language(QQmlEngine* engine, Preferences* preferences, QObject* parent = nullptr);
  //! Removes the translators it installed.
  ~Language() override;

  //! Also retranslates `engine` from now on (a second engine, as the tests' page harness has).
  void attach(QQmlEngine* engine);

  //! The language whose translation is installed ("en", "ur", "pa", "bn", "pl").
  QString current() const { return m_current; }

  //! Installs `tag`'s translation and retranslates. An unknown tag, or one whose .qm is missing,
  //! falls back to English and returns false. Does not change the Preferences.
  bool apply(const QString& tag);

  //! Where a language's compiled translation lives in the resources (":/i18n/kith_ur.qm").
  static QString qmPath(const QString& tag);

 signals:
  //! The translation changed: text built in C++ with tr() should be built again.
  void changed();

 private:
  void follow();

  QList<QPointer<QQmlEngine>> m_engines;
  QPointer<Preferences> m_preferences;
  std::unique_ptr<QTranslator> m_english;
  std::unique_ptr<QTranslator> m_chosen;
  QString m_current;
};

}  // namespace kith::app
