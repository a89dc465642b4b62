#pragma once
//! kith::app::NeedsEditor: a person's communication needs (the Accessible Information Standard's
//! "record"), read and changed by the person themselves or by a coordinator of their family. The
//! needs live on the Person record, so they are recorded once and follow the person into every
//! family; saving stamps who recorded them and today's date as the review. The person's devices
//! apply a change on their next sync (Session::applyNeeds).

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"

namespace kith::app {

class NeedsEditor : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  //! Whose needs; empty means the person using the app.
  Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
  Q_PROPERTY(QString personName READ personName NOTIFY refreshed)
  Q_PROPERTY(bool isMe READ isMe NOTIFY refreshed)
  //! The person is known on this device and this person may record their needs.
  Q_PROPERTY(bool canEdit READ canEdit NOTIFY refreshed)
  Q_PROPERTY(bool easyRead MEMBER m_easyRead NOTIFY edited)
  Q_PROPERTY(bool largePrint MEMBER m_largePrint NOTIFY edited)
  Q_PROPERTY(bool audio MEMBER m_audio NOTIFY edited)
  //! 0 none, 1 UEB grade 1 (uncontracted), 2 UEB grade 2 (contracted): kith.v1.BrailleGrade.
  Q_PROPERTY(int braille MEMBER m_braille NOTIFY edited)
  Q_PROPERTY(bool signLanguage MEMBER m_signLanguage NOTIFY edited)
  Q_PROPERTY(bool interpreter MEMBER m_interpreter NOTIFY edited)
  //! A BCP 47 tag ("ur"), or empty for none recorded.
  Q_PROPERTY(QString language MEMBER m_language NOTIFY edited)
  Q_PROPERTY(QString other MEMBER m_other NOTIFY edited)
  //! "Recorded by Jo on 1 September 2026", or empty if nothing was ever recorded.
  Q_PROPERTY(QString recorded READ recorded NOTIFY refreshed)
  //! The needs as saved, as short flags ("Easy read", "Urdu", ...).
  Q_PROPERTY(QStringList flags READ flags NOTIFY refreshed)
  //! What was typed differs from what is saved.
  Q_PROPERTY(bool dirty READ dirty NOTIFY edited)

 public:
  explicit NeedsEditor(QObject* parent = nullptr);

  QString personId() const { return m_personId; }
  void setPersonId(const QString& id);
  QString personName() const { return m_personName; }
  bool isMe() const;
  bool canEdit() const { return m_canEdit; }
  QString recorded() const { return m_recorded; }
  QStringList flags() const { return m_flags; }
  bool dirty() const;

  //! The languages offered: Kith's own first, then others families in England often speak.
  Q_INVOKABLE QStringList languages() const;
  //! "اردو (Urdu)": a language named in itself, then in English.
  Q_INVOKABLE QString languageName(const QString& tag) const;
  //! Saves what was typed; false (with `problem` set) if it cannot be.
  Q_INVOKABLE bool save();
  //! Puts back what is saved.
  Q_INVOKABLE void revert();

 signals:
  void personIdChanged();
  void edited();

 protected:
  void refresh() override;

 private:
  std::string target() const;
  v1::CommunicationNeeds typed() const;
  void load(const v1::CommunicationNeeds& needs);

  QString m_personId;
  QString m_personName;
  bool m_canEdit = false;
  QString m_recorded;
  QStringList m_flags;
  std::string m_saved;  //!< the saved needs, serialised, to tell a change
  bool m_loaded = false;

  bool m_easyRead = false;
  bool m_largePrint = false;
  bool m_audio = false;
  int m_braille = 0;
  bool m_signLanguage = false;
  bool m_interpreter = false;
  QString m_language;
  QString m_other;
};

//! The needs as short flags for a list ("Easy read", "Braille (contracted)", "Urdu").
QStringList needsFlags(const v1::CommunicationNeeds& needs);

}  // namespace kith::app
