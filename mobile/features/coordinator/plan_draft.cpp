#include "plan_draft.hpp"

#include <QDate>
#include <algorithm>

#include "people_rows.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

PlanDraft::PlanDraft(QObject* parent)
    : FeatureView(parent),
      m_bottomLines(new DraftList(this)),
      m_actions(new DraftList(this)),
      m_contingency(new DraftList(this)),
      m_people(new RowModel({"personId", "name", "flags", "roleText"}, this)) {
  m_actions->setNamer([this](const QString& id) { return nameOf(id); });
}

QString PlanDraft::nameOf(const QString& personId) const {
  return session() ? session()->personNameOf(personId) : personId;
}

void PlanDraft::setTitle(const QString& t) {
  if (t == m_title) return;
  m_title = t;
  emit draftChanged();
}

void PlanDraft::setAgreedOn(const QString& d) {
  if (d == m_agreedOn) return;
  m_agreedOn = d;
  emit draftChanged();
}

void PlanDraft::setReviewOn(const QString& d) {
  if (d == m_reviewOn) return;
  m_reviewOn = d;
  emit draftChanged();
}

void PlanDraft::refresh() {
  if (!session()) return;
  const Snapshot& s = snapshot();
  const std::string fam = family();
  m_isCoordinator = !fam.empty() && s.role_in(me(), fam) == v1::ROLE_COORDINATOR;
  const v1::PlanVersion* current = s.current_plan(fam);
  m_currentNumber = current ? static_cast<int>(current->number()) : 0;
  // The next number follows every version of the family's plan, whatever its state.
  std::uint32_t last = 0;
  m_hasPlan = false;
  for (const auto& r : s.records(domain::Record::kPlanVersion)) {
    if (r.plan_version().family_id() == fam) last = std::max(last, r.plan_version().number());
  }
  for (const auto& r : s.records(domain::Record::kPlan)) {
    if (r.plan().family_id() == fam) m_hasPlan = true;
  }
  m_nextNumber = static_cast<int>(last) + 1;

  std::vector<RowModel::Row> rows;
  for (const auto& m : familyMembers(s, fam)) {
    if (m.role == v1::ROLE_VOLUNTEER) continue;  // volunteers do not see the plan
    rows.push_back({qs(m.personId), nameOf(qs(m.personId)),
                    needsFlags(s.person(m.personId)).join(QStringLiteral(" · ")),
                    session()->roleName(m.role)});
  }
  m_people->setRows(std::move(rows));
  m_actions->rename();

  if (m_loadedFor != fam) startFromCurrent();
}

void PlanDraft::startFromCurrent() {
  const Snapshot& s = snapshot();
  const std::string fam = family();
  m_loadedFor = fam;
  const v1::PlanVersion* current = s.current_plan(fam);
  m_title.clear();
  for (const auto& r : s.records(domain::Record::kPlan)) {
    if (r.plan().family_id() == fam) m_title = qs(r.plan().title().text());
  }
  if (m_title.isEmpty()) m_title = tr("Our family plan");
  std::vector<DraftList::Item> lines, actions, contingency;
  if (current) {
    for (const auto& b : current->bottom_lines()) lines.push_back(DraftList::fromText(b.id(), b.text()));
    for (const auto& a : current->actions()) {
      DraftList::Item item = DraftList::fromText(a.id(), a.what());
      for (const auto& o : a.owners()) {
        if (!o.person_id().empty()) item.ownerIds << qs(o.person_id());
        else if (item.ownerName.isEmpty()) item.ownerName = qs(o.name());
        else item.ownerName += tr(", ") + qs(o.name());
      }
      item.dueOn = qs(a.due_on());
      item.checkerId = qs(a.checked_by().person_id());
      if (item.checkerId.isEmpty()) item.checkerName = qs(a.checked_by().name());
      actions.push_back(std::move(item));
    }
    contingency.push_back(DraftList::fromText({}, current->contingency().text()));
    m_reviewOn = qs(current->review_on());
  } else {
    contingency.push_back(DraftList::fromText({}, {}));
    m_reviewOn.clear();
  }
  m_agreedOn = QDate::currentDate().toString(Qt::ISODate);
  m_bottomLines->setItems(std::move(lines));
  m_actions->setItems(std::move(actions));
  m_contingency->setItems(std::move(contingency));
  emit draftChanged();
}

QString PlanDraft::check() const {
  if (!m_isCoordinator) return tr("Only a coordinator of this family can publish its plan.");
  if (oneLine(m_title).isEmpty()) return tr("Give the plan a title, for example \"Our family plan\".");
  if (!isIsoDay(m_agreedOn.trimmed())) {
    return tr("Type the day the family agreed the plan as year-month-day, for example 2026-09-10.");
  }
  const QDate agreed = QDate::fromString(m_agreedOn.trimmed(), Qt::ISODate);
  if (!m_reviewOn.trimmed().isEmpty()) {
    if (!isIsoDay(m_reviewOn.trimmed())) {
      return tr("Type the review day as year-month-day, for example 2026-12-10, or leave it empty.");
    }
    if (QDate::fromString(m_reviewOn.trimmed(), Qt::ISODate) < agreed) {
      return tr("The review day cannot be before the day the plan was agreed.");
    }
  }
  int n = 0;
  for (const auto& line : m_bottomLines->items()) {
    ++n;
    if (line.text.trimmed().isEmpty()) {
      return tr("Bottom line %1 has no words. Write it, or remove it.").arg(n);
    }
  }
  if (m_actions->items().empty()) return tr("Add at least one action: what will happen, and who does it.");
  n = 0;
  for (const auto& a : m_actions->items()) {
    ++n;
    if (a.text.trimmed().isEmpty()) return tr("Action %1 has no words. Say what will happen, or remove it.").arg(n);
    if (a.ownerIds.isEmpty() && oneLine(a.ownerName).isEmpty()) {
      return tr("Action %1 has nobody doing it. Choose someone, or type a name.").arg(n);
    }
    if (!a.dueOn.isEmpty()) {
      if (!isIsoDay(a.dueOn)) {
        return tr("Action %1: type the day it is due as year-month-day, or leave it empty.").arg(n);
      }
      if (QDate::fromString(a.dueOn, Qt::ISODate) < agreed) {
        return tr("Action %1 is due before the day the plan was agreed.").arg(n);
      }
    }
  }
  return {};
}

bool PlanDraft::publish() {
  if (const QString problem = check(); !problem.isEmpty()) {
    setProblem(problem);
    return false;
  }
  const Snapshot& s = snapshot();
  const std::string fam = family();
  std::vector<domain::Record> records;

  std::string planId;
  for (const auto& r : s.records(domain::Record::kPlan)) {
    if (r.plan().family_id() == fam) planId = r.plan().id();
  }
  if (planId.empty()) {
    domain::Record plan;
    auto* p = plan.mutable_plan();
    planId = Session::newId();
    p->set_id(planId);
    p->set_family_id(fam);
    p->mutable_title()->set_text(oneLine(m_title).toStdString());
    p->set_created_on(todayIso());
    // The conference the plan came from: the latest held.
    std::string held;
    for (const auto& r : s.records(domain::Record::kConference)) {
      const auto& c = r.conference();
      if (c.family_id() == fam && c.plan_produced() && c.held_on() >= held) {
        held = c.held_on();
        p->set_conference_id(c.id());
      }
    }
    records.push_back(plan);
  }

  domain::Record version;
  auto* v = version.mutable_plan_version();
  v->set_id(Session::newId());
  v->set_family_id(fam);
  v->set_plan_id(planId);
  v->set_number(static_cast<std::uint32_t>(m_nextNumber));
  v->set_state(v1::PLAN_PUBLISHED);
  v->set_agreed_on(m_agreedOn.trimmed().toStdString());
  v->set_review_on(m_reviewOn.trimmed().toStdString());
  v->set_published_by(me());
  Session::stampNow(v->mutable_published_at());
  for (const auto& item : m_bottomLines->items()) {
    auto* b = v->add_bottom_lines();
    b->set_id(item.key.toStdString());
    *b->mutable_text() = DraftList::toText(item);
  }
  for (const auto& item : m_actions->items()) {
    auto* a = v->add_actions();
    a->set_id(item.key.toStdString());
    *a->mutable_what() = DraftList::toText(item);
    for (const QString& id : item.ownerIds) a->add_owners()->set_person_id(id.toStdString());
    for (const QString& name : item.ownerName.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      if (const QString n = oneLine(name); !n.isEmpty()) a->add_owners()->set_name(n.toStdString());
    }
    a->set_due_on(item.dueOn.toStdString());
    const v1::Owner checker = DraftList::checker(item);
    if (!checker.person_id().empty() || !checker.name().empty()) *a->mutable_checked_by() = checker;
  }
  if (!m_contingency->items().empty() && !m_contingency->items().front().text.trimmed().isEmpty()) {
    *v->mutable_contingency()->mutable_text() = DraftList::toText(m_contingency->items().front());
  }
  records.push_back(version);

  // Every version published before goes to superseded, changing nothing else.
  for (const auto& r : s.records(domain::Record::kPlanVersion)) {
    if (r.plan_version().family_id() != fam || r.plan_version().state() != v1::PLAN_PUBLISHED) continue;
    domain::Record old = r;
    old.mutable_plan_version()->set_state(v1::PLAN_SUPERSEDED);
    records.push_back(old);
  }
  if (!save(std::move(records))) return false;
  m_published = m_nextNumber;
  emit draftChanged();
  return true;
}

}  // namespace kith::app
