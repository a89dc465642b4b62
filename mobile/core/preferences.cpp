#include "preferences.hpp"

#include <QLocale>
#include <QSettings>
#include <algorithm>

#include "kith/v1/records.pb.h"

namespace kith::app {

namespace {
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ur"), QStringLiteral("pa"),
                                QStringLiteral("bn"), QStringLiteral("pl")};
}

Preferences::Preferences(QString path, QObject* parent) : QObject(parent), m_path(std::move(path)) {
  if (m_path.isEmpty()) return;
  QSettings file(m_path, QSettings::IniFormat);
  m_textScale = std::clamp(file.value("textScale", 1.0).toReal(), kMinScale, kMaxScale);
  m_highContrast = file.value("highContrast", false).toBool();
  m_reducedMotion = file.value("reducedMotion", false).toBool();
  const QString language = file.value("language", "en").toString();
  m_language = kLanguages.contains(language) ? language : QStringLiteral("en");
}

bool Preferences::rightToLeft() const {
  return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

void Preferences::setTextScale(qreal scale) {
  scale = std::clamp(scale, kMinScale, kMaxScale);
  if (qFuzzyCompare(scale, m_textScale)) return;
  m_textScale = scale;
  save();
  emit changed();
}

void Preferences::setHighContrast(bool on) {
  if (on == m_highContrast) return;
  m_highContrast = on;
  save();
  emit changed();
}

void Preferences::setReducedMotion(bool on) {
  if (on == m_reducedMotion) return;
  m_reducedMotion = on;
  save();
  emit changed();
}

void Preferences::setLanguage(const QString& tag) {
  const QString language = kLanguages.contains(tag) ? tag : QStringLiteral("en");
  if (language == m_language) return;
  m_language = language;
  save();
  emit changed();
}

void Preferences::setEasyRead(bool on) {
  if (on == m_easyRead) return;
  m_easyRead = on;
  emit privateChanged(QStringLiteral("app.easy_read"), on ? "1" : "0");
  emit changed();
}

void Preferences::setReadAloud(bool on) {
  if (on == m_readAloud) return;
  m_readAloud = on;
  emit privateChanged(QStringLiteral("app.read_aloud"), on ? "1" : "0");
  emit changed();
}

QString needsFingerprint(const v1::CommunicationNeeds& needs) {
  v1::CommunicationNeeds shown = needs;
  shown.clear_recorded_by();
  shown.clear_reviewed_on();
  return QString::fromLatin1(QByteArray::fromStdString(shown.SerializeAsString()).toBase64());
}

void Preferences::seedFrom(const v1::CommunicationNeeds& needs) {
  if (needs.large_print() && m_textScale < 2.0) setTextScale(2.0);
  if (needs.easy_read()) setEasyRead(true);
  if (needs.audio()) setReadAloud(true);
  // A spoken language Kith's interface has (an interpreter need alone changes nothing here).
  const QString language = QString::fromStdString(needs.language());
  if (kLanguages.contains(language)) setLanguage(language);
}

void Preferences::forgetPrivate() {
  if (!m_easyRead && !m_readAloud) return;
  m_easyRead = false;
  m_readAloud = false;
  emit changed();
}

QStringList Preferences::languages() const { return kLanguages; }

QString Preferences::languageName(const QString& tag) const {
  if (tag == QLatin1String("en")) return QStringLiteral("English");
  // Each language named in itself, so a person finds theirs whatever the interface shows now.
  if (tag == QLatin1String("ur")) return QStringLiteral("اردو");
  if (tag == QLatin1String("pa")) return QStringLiteral("ਪੰਜਾਬੀ");
  if (tag == QLatin1String("bn")) return QStringLiteral("বাংলা");
  if (tag == QLatin1String("pl")) return QStringLiteral("Polski");
  return tag;
}

void Preferences::save() const {
  if (m_path.isEmpty()) return;
  QSettings file(m_path, QSettings::IniFormat);
  file.setValue("textScale", m_textScale);
  file.setValue("highContrast", m_highContrast);
  file.setValue("reducedMotion", m_reducedMotion);
  file.setValue("language", m_language);
}

}  // namespace kith::app
