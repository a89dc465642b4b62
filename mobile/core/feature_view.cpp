#include "feature_view.hpp"

#include <QDate>
#include <QLocale>

namespace kith::app {

FeatureView::FeatureView(QObject* parent) : QObject(parent) {}

void FeatureView::setSession(Session* session) {
  if (session == m_session) return;
  if (m_session) disconnect(m_session, nullptr, this, nullptr);
  m_session = session;
  if (m_session) {
    connect(m_session, &Session::snapshotChanged, this, &FeatureView::reload);
    connect(m_session, &Session::familyChanged, this, [this] {
      if (m_familyId.isEmpty()) {
        emit familyIdChanged();
        reload();
      }
    });
    connect(m_session->preferences(), &Preferences::changed, this, &FeatureView::reload);
  }
  emit sessionChanged();
  reload();
}

QString FeatureView::familyId() const {
  if (!m_familyId.isEmpty()) return m_familyId;
  return m_session ? m_session->familyId() : QString();
}

void FeatureView::setFamilyId(const QString& id) {
  if (id == m_familyId) return;
  m_familyId = id;
  emit familyIdChanged();
  reload();
}

void FeatureView::resetFamilyId() { setFamilyId({}); }

void FeatureView::reload() {
  refresh();
  emit refreshed();
}

const Snapshot& FeatureView::snapshot() const {
  static const Snapshot empty;
  return m_session ? *m_session->snapshot() : empty;
}

std::string FeatureView::me() const { return snapshot().person_id; }

bool FeatureView::save(std::vector<domain::Record> records) {
  if (!m_session) return false;
  const QString problem = m_session->put(std::move(records));
  setProblem(problem);
  return problem.isEmpty();
}

void FeatureView::setProblem(const QString& problem) {
  if (problem == m_problem) return;
  m_problem = problem;
  emit problemChanged();
}

QString FeatureView::text(const v1::Text& t) const {
  if (!m_session) return QString::fromStdString(t.text());
  return m_session->show(t).text;
}

QString FeatureView::day(const std::string& isoDate) const {
  const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
  if (!date.isValid()) return {};
  const QString language = m_session ? m_session->preferences()->language() : QStringLiteral("en");
  return QLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

}  // namespace kith::app
