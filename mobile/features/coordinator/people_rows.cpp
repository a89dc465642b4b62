#include "people_rows.hpp"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <algorithm>

#include "needs_editor.hpp"

namespace kith::app {

QStringList needsFlags(const v1::Person* person) {
  return person && person->has_needs() ? needsFlags(person->needs()) : QStringList();
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
