#pragma once
//! kith::app::Preferences: how this person wants Kith shown. Text size, contrast, motion and
//! language are kept in a small plain file beside the store (prefs.ini) so the lock screen can
//! use them before the PIN; they say nothing about the person's records. Easy read and read-aloud
//! describe the person's needs, so they are kept encrypted in the store and known only once it
//! is unlocked. The first unlock after enrolment seeds them from the person's recorded
//! communication needs; after that the person's own choices stand. UI thread only.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace kith::v1 {
class CommunicationNeeds;
}

namespace kith::app {

//! What of a person's recorded communication needs changes the screen, as a string: equal
//! fingerprints mean nothing new to apply (who recorded them and when they were reviewed do not
//! count). The Session keeps the last one applied in the store.
QString needsFingerprint(const v1::CommunicationNeeds& needs);

class Preferences : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Preferences belong to the Session")
  Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY changed)
  Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
  Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY changed)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
  Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
  Q_PROPERTY(bool easyRead READ easyRead WRITE setEasyRead NOTIFY changed)
  Q_PROPERTY(bool readAloud READ readAloud WRITE setReadAloud NOTIFY changed)

 public:
  static constexpr qreal kMinScale = 1.0;
  static constexpr qreal kMaxScale = 2.5;

  //! Reads the plain file (if any). `path` may be empty (nothing kept, for tests).
  explicit Preferences(QString path, QObject* parent = nullptr);

  qreal textScale() const { return m_textScale; }
  bool highContrast() const { return m_highContrast; }
  bool reducedMotion() const { return m_reducedMotion; }
  QString language() const { return m_language; }
  bool rightToLeft() const;
  bool easyRead() const { return m_easyRead; }
  bool readAloud() const { return m_readAloud; }

  void setTextScale(qreal scale);
  void setHighContrast(bool on);
  void setReducedMotion(bool on);
  void setLanguage(const QString& tag);
  void setEasyRead(bool on);
  void setReadAloud(bool on);

  //! Applies a person's recorded communication needs (large print, easy read, audio, language).
  void seedFrom(const v1::CommunicationNeeds& needs);
  //! Forgets the private part (on lock): easy read and read-aloud return at the next unlock.
  void forgetPrivate();

  //! Languages the interface offers, as BCP 47 tags, English first.
  Q_INVOKABLE QStringList languages() const;
  //! A language's own name for itself ("اردو" for "ur").
  Q_INVOKABLE QString languageName(const QString& tag) const;

 signals:
  void changed();
  //! A private preference changed: the Session keeps it in the store.
  void privateChanged(const QString& key, const QString& value);

 private:
  void save() const;

  QString m_path;
  qreal m_textScale = 1.0;
  bool m_highContrast = false;
  bool m_reducedMotion = false;
  QString m_language = QStringLiteral("en");
  bool m_easyRead = false;
  bool m_readAloud = false;
};

}  // namespace kith::app
