#include "assessment_draft.hpp"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

#include "people_rows.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

AssessmentDraft::AssessmentDraft(QObject* parent)
    : FeatureView(parent),
      m_worries(new DraftList(this)),
      m_strengths(new DraftList(this)),
      m_goals(new DraftList(this)),
      m_steps(new DraftList(this)),
      m_people(new RowModel({"personId", "name", "flags", "roleText"}, this)),
      m_scores(new RowModel({"scoreId", "score", "who", "viewpoint", "when", "reason"}, this)) {
  m_steps->setNamer([this](const QString& id) { return session() ? session()->personNameOf(id) : id; });
}

void AssessmentDraft::setAssessedOn(const QString& d) {
  if (d == m_assessedOn) return;
  m_assessedOn = d;
  emit draftChanged();
}

void AssessmentDraft::setScore(int score) {
  score = std::clamp(score, -1, 10);
  if (score == m_score) return;
  m_score = score;
  emit draftChanged();
}

void AssessmentDraft::setReason(const QString& r) {
  if (r == m_reason) return;
  m_reason = r;
  emit draftChanged();
}

QString AssessmentDraft::worryKindName(int kind) const {
  switch (kind) {
    case v1::WORRY_HARM: return tr("Harm that has happened");
    case v1::WORRY_DANGER: return tr("Danger: what could happen if nothing changes");
    case v1::WORRY_COMPLICATING: return tr("Complicating factor");
    default: return tr("Kind not chosen");
  }
}

QString AssessmentDraft::viewpointName(int viewpoint) const {
  switch (viewpoint) {
    case v1::VIEWPOINT_PARENT: return tr("Parent or carer");
    case v1::VIEWPOINT_YOUNG_PERSON: return tr("Young person");
    case v1::VIEWPOINT_COORDINATOR: return tr("Coordinator");
    case v1::VIEWPOINT_NETWORK: return tr("Family network");
    case v1::VIEWPOINT_VOLUNTEER: return tr("Volunteer");
    default: return {};
  }
}

const v1::Assessment* AssessmentDraft::latest() const {
  const v1::Assessment* best = nullptr;
  for (const auto& r : snapshot().records(domain::Record::kAssessment)) {
    const auto& a = r.assessment();
    if (a.family_id() != family()) continue;
    if (!best || a.assessed_on() >= best->assessed_on()) best = &a;  // later stored wins a tie
  }
  return best;
}

void AssessmentDraft::refresh() {
  if (!session()) return;
  const Snapshot& s = snapshot();
  const std::string fam = family();
  m_isCoordinator = !fam.empty() && s.role_in(me(), fam) == v1::ROLE_COORDINATOR;
  const v1::Assessment* last = latest();
  m_latestOn = last ? day(last->assessed_on()) : QString();

  std::vector<RowModel::Row> people;
  for (const auto& m : familyMembers(s, fam)) {
    if (m.role == v1::ROLE_VOLUNTEER) continue;
    people.push_back({qs(m.personId), session()->personNameOf(qs(m.personId)),
                      needsFlags(s.person(m.personId)).join(QStringLiteral(" · ")),
                      session()->roleName(m.role)});
  }
  m_people->setRows(std::move(people));
  m_steps->rename();

  std::vector<const v1::ScaleScore*> all;
  for (const auto& r : s.records(domain::Record::kScaleScore)) {
    if (r.scale_score().family_id() == fam) all.push_back(&r.scale_score());
  }
  std::stable_sort(all.begin(), all.end(), [](auto* a, auto* b) {
    return a->scored_at().seconds() > b->scored_at().seconds();
  });
  std::vector<RowModel::Row> scores;
  const QLocale locale(session()->preferences()->language());
  for (const auto* sc : all) {
    const QDate when = QDateTime::fromSecsSinceEpoch(sc->scored_at().seconds()).toLocalTime().date();
    scores.push_back({qs(sc->id()), static_cast<int>(sc->score()),
                      session()->personNameOf(qs(sc->scored_by())), viewpointName(sc->viewpoint()),
                      locale.toString(when, QStringLiteral("d MMMM yyyy")), qs(sc->reason())});
  }
  m_scores->setRows(std::move(scores));

  if (m_loadedFor != fam) startFromLatest();
}

void AssessmentDraft::startFromLatest() {
  m_loadedFor = family();
  std::vector<DraftList::Item> worries, strengths, goals, steps;
  if (const v1::Assessment* last = latest()) {
    for (const auto& w : last->worries()) {
      auto item = DraftList::fromText(w.id(), w.text());
      item.kind = w.kind();
      worries.push_back(std::move(item));
    }
    for (const auto& st : last->strengths()) {
      auto item = DraftList::fromText(st.id(), st.text());
      item.flag = st.existing_safety();
      strengths.push_back(std::move(item));
    }
    for (const auto& g : last->safety_goals()) goals.push_back(DraftList::fromText(g.id(), g.text()));
    for (const auto& n : last->next_steps()) {
      auto item = DraftList::fromText(n.id(), n.text());
      item.checkerId = qs(n.owner().person_id());
      if (item.checkerId.isEmpty()) item.checkerName = qs(n.owner().name());
      // A day that has passed cannot stay: a next step may not be due before the new
      // assessment's day (validate()). The words stay for the coordinator to date again.
      if (n.due_on() >= todayIso()) item.dueOn = qs(n.due_on());
      steps.push_back(std::move(item));
    }
  }
  m_worries->setItems(std::move(worries));
  m_strengths->setItems(std::move(strengths));
  m_goals->setItems(std::move(goals));
  m_steps->setItems(std::move(steps));
  m_assessedOn = QDate::currentDate().toString(Qt::ISODate);
  m_score = -1;
  m_reason.clear();
  emit draftChanged();
}

QString AssessmentDraft::checkScore() const {
  if (m_score < 0 || m_score > 10) return tr("Choose a score from 0 to 10.");
  return {};
}

QString AssessmentDraft::check() const {
  if (!m_isCoordinator) return tr("Only a coordinator of this family can write its assessment.");
  if (!isIsoDay(m_assessedOn.trimmed())) {
    return tr("Type the day of the assessment as year-month-day, for example 2026-08-27.");
  }
  const QDate on = QDate::fromString(m_assessedOn.trimmed(), Qt::ISODate);
  int n = 0;
  for (const auto& w : m_worries->items()) {
    ++n;
    if (w.text.trimmed().isEmpty()) return tr("Worry %1 has no words. Write it, or remove it.").arg(n);
    if (w.kind < v1::WORRY_HARM || w.kind > v1::WORRY_COMPLICATING) {
      return tr("Worry %1: choose harm, danger or complicating factor.").arg(n);
    }
  }
  n = 0;
  for (const auto& st : m_strengths->items()) {
    ++n;
    if (st.text.trimmed().isEmpty()) return tr("What's working well %1 has no words. Write it, or remove it.").arg(n);
  }
  n = 0;
  for (const auto& g : m_goals->items()) {
    ++n;
    if (g.text.trimmed().isEmpty()) return tr("Safety goal %1 has no words. Write it, or remove it.").arg(n);
  }
  n = 0;
  for (const auto& st : m_steps->items()) {
    ++n;
    if (st.text.trimmed().isEmpty()) return tr("Next step %1 has no words. Write it, or remove it.").arg(n);
    if (!st.dueOn.isEmpty()) {
      if (!isIsoDay(st.dueOn)) return tr("Next step %1: type the day as year-month-day, or leave it empty.").arg(n);
      if (QDate::fromString(st.dueOn, Qt::ISODate) < on) {
        return tr("Next step %1 is due before the day of the assessment.").arg(n);
      }
    }
  }
  if (m_worries->count() + m_strengths->count() + m_goals->count() + m_steps->count() == 0) {
    return tr("Write at least one worry, strength, safety goal or next step.");
  }
  if (m_score != -1) return checkScore();
  return {};
}

domain::Record AssessmentDraft::scoreRecord(const std::string& assessmentId) const {
  domain::Record record;
  auto* sc = record.mutable_scale_score();
  sc->set_id(Session::newId());
  sc->set_family_id(family());
  sc->set_assessment_id(assessmentId);
  sc->set_score(static_cast<std::uint32_t>(m_score));
  sc->set_scored_by(me());
  sc->set_viewpoint(v1::VIEWPOINT_COORDINATOR);
  Session::stampNow(sc->mutable_scored_at());
  sc->set_reason(m_reason.trimmed().toStdString());
  return record;
}

bool AssessmentDraft::save() {
  if (const QString problem = check(); !problem.isEmpty()) {
    setProblem(problem);
    return false;
  }
  domain::Record record;
  auto* a = record.mutable_assessment();
  a->set_id(Session::newId());
  a->set_family_id(family());
  a->set_assessed_on(m_assessedOn.trimmed().toStdString());
  a->set_author(me());
  for (const auto& item : m_worries->items()) {
    auto* w = a->add_worries();
    w->set_id(item.key.toStdString());
    w->set_kind(static_cast<v1::WorryKind>(item.kind));
    *w->mutable_text() = DraftList::toText(item);
  }
  for (const auto& item : m_strengths->items()) {
    auto* st = a->add_strengths();
    st->set_id(item.key.toStdString());
    st->set_existing_safety(item.flag);
    *st->mutable_text() = DraftList::toText(item);
  }
  for (const auto& item : m_goals->items()) {
    auto* g = a->add_safety_goals();
    g->set_id(item.key.toStdString());
    *g->mutable_text() = DraftList::toText(item);
  }
  for (const auto& item : m_steps->items()) {
    auto* n = a->add_next_steps();
    n->set_id(item.key.toStdString());
    *n->mutable_text() = DraftList::toText(item);
    const v1::Owner owner = DraftList::checker(item);
    if (!owner.person_id().empty() || !owner.name().empty()) *n->mutable_owner() = owner;
    n->set_due_on(item.dueOn.toStdString());
  }
  std::vector<domain::Record> records{record};
  if (m_score >= 0) records.push_back(scoreRecord(a->id()));
  if (!FeatureView::save(std::move(records))) return false;
  ++m_saved;
  m_score = -1;
  m_reason.clear();
  emit draftChanged();
  return true;
}

bool AssessmentDraft::saveScore() {
  QString problem = m_isCoordinator ? checkScore()
                                    : tr("Only a coordinator of this family can score here.");
  if (!problem.isEmpty()) {
    setProblem(problem);
    return false;
  }
  const v1::Assessment* last = latest();
  if (!FeatureView::save({scoreRecord(last ? last->id() : std::string())})) return false;
  m_score = -1;
  m_reason.clear();
  emit draftChanged();
  return true;
}

}  // namespace kith::app
