#include "people_rows.hpp"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <algorithm>

namespace kith::app {

QStringList needsFlags(const v1::Person* person) {
  QStringList flags;
  if (!person || !person->has_needs()) return flags;
  const auto& n = person->needs();
  if (n.easy_read()) flags << QObject::tr("Easy read");
  if (n.large_print()) flags << QObject::tr("Large print");
  if (n.audio()) flags << QObject::tr("Audio");
  if (n.braille() != v1::BRAILLE_NONE) flags << QObject::tr("Braille");
  if (n.british_sign_language()) flags << QObject::tr("BSL");
  if (n.interpreter()) flags << QObject::tr("Interpreter");
  if (!n.language().empty()) {
    const QLocale locale(QString::fromStdString(n.language()));
    const QString name = locale.language() == QLocale::C
                             ? QString::fromStdString(n.language())
                             : QLocale::languageToString(locale.language());
    flags << name;
  }
  return flags;
}

std::vector<FamilyMember> familyMembers(const Snapshot& snapshot, const std::string& familyId) {
  std::vector<FamilyMember> out;
  for (const auto& r : snapshot.records(domain::Record::kMembership)) {
    const auto& m = r.membership();
    if (m.family_id() != familyId || !m.ended_on().empty()) continue;
    out.push_back({m.person_id(), m.id(), m.role(), m.started_on()});
  }
  return out;
}

std::vector<std::string> coordinatedFamilies(const Snapshot& snapshot) {
  std::vector<std::string> out;
  for (const auto& id : snapshot.my_families()) {
    if (snapshot.role_in(snapshot.person_id, id) == v1::ROLE_COORDINATOR) out.push_back(id);
  }
  return out;
}

std::string todayIso() { return QDate::currentDate().toString(Qt::ISODate).toStdString(); }

bool isIsoDay(const QString& text) {
  static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
  return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QString oneLine(const QString& text) {
  QString out = text;
  out.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
  out.replace(QLatin1Char('\t'), QLatin1Char(' '));
  return out.simplified();
}

}  // namespace kith::app
