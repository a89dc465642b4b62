#include "plan_view.hpp"

#include <QDate>
#include <algorithm>
#include <map>

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

PlanView::PlanView(QObject* parent)
    : FeatureView(parent),
      m_actions(new RowModel({"actionId", "what", "pictogram", "untranslated", "owners", "group",
                              "mine", "due", "overdue", "checkedBy", "status", "statusText",
                              "canTick", "canConfirm"},
                             this)),
      m_versions(new RowModel({"versionId", "label", "state", "current"}, this)) {}

const v1::PlanVersion* PlanView::shown() const {
  const Snapshot& s = snapshot();
  if (!m_chosenId.empty()) {
    for (const auto& r : s.records(domain::Record::kPlanVersion)) {
      if (r.plan_version().id() == m_chosenId && r.plan_version().family_id() == family()) {
        return &r.plan_version();
      }
    }
  }
  return s.current_plan(family());
}

QString PlanView::ownerName(const v1::Owner& owner) const {
  if (!owner.person_id().empty()) {
    const std::string name = snapshot().person_name(owner.person_id());
    if (!name.empty()) return owner.person_id() == me() ? tr("You") : qs(name);
  }
  return qs(owner.name());
}

QString PlanView::statusText(int status) const {
  switch (status) {
    case v1::ACTION_IN_PROGRESS: return tr("Started");
    case v1::ACTION_DONE: return tr("Done, waiting to be checked");
    case v1::ACTION_CONFIRMED: return tr("Done and checked");
    case v1::ACTION_NOT_DONE: return tr("Not done");
    default: return tr("Not started");
  }
}

bool PlanView::canAgree() const {
  if (!hasPlan() || !m_isCurrent || m_agreedByMe || !session()) return false;
  const auto role = session()->role();
  return role == Session::Parent || role == Session::Network || role == Session::YoungPerson ||
         role == Session::CareLeaver;
}

void PlanView::refresh() {
  const Snapshot& s = snapshot();
  const v1::PlanVersion* version = shown();
  const v1::PlanVersion* current = s.current_plan(family());

  // Earlier versions, newest first.
  std::vector<RowModel::Row> versionRows;
  std::vector<const v1::PlanVersion*> all;
  for (const auto& r : s.records(domain::Record::kPlanVersion)) {
    const auto& v = r.plan_version();
    if (v.family_id() == family() && v.state() != v1::PLAN_DRAFT) all.push_back(&v);
  }
  std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->number() > b->number(); });
  for (const auto* v : all) {
    versionRows.push_back({qs(v->id()), tr("Version %1, agreed %2").arg(v->number()).arg(day(v->agreed_on())),
                           static_cast<int>(v->state()), v == current});
  }
  m_versions->setRows(std::move(versionRows));

  m_versionId = version ? version->id() : std::string();
  m_someUntranslated = false;
  m_bottomLines.clear();
  m_bottomLinePictograms.clear();
  m_agreedByMe = false;
  m_agreedBy.clear();
  if (!version) {
    m_title.clear();
    m_number = 0;
    m_isCurrent = false;
    m_agreedOn = m_reviewOn = m_contingency = QString();
    m_actions->setRows({});
    return;
  }
  auto shownText = [&](const v1::Text& t) {
    const ShownText st = session()->show(t);
    m_someUntranslated = m_someUntranslated || st.untranslated;
    return st;
  };
  m_number = static_cast<int>(version->number());
  m_isCurrent = version == current;
  m_title.clear();
  for (const auto& r : s.records(domain::Record::kPlan)) {
    if (r.plan().id() == version->plan_id()) m_title = shownText(r.plan().title()).text;
  }
  if (m_title.isEmpty()) m_title = tr("Family plan");
  m_agreedOn = day(version->agreed_on());
  m_reviewOn = day(version->review_on());
  m_contingency = shownText(version->contingency().text()).text;
  for (const auto& line : version->bottom_lines()) {
    const ShownText shown = shownText(line.text());
    m_bottomLines << shown.text;
    m_bottomLinePictograms << shown.pictogram;
  }

  QStringList agreed;
  for (const auto& r : s.records(domain::Record::kPlanAcknowledgement)) {
    const auto& a = r.plan_acknowledgement();
    if (a.plan_version_id() != version->id()) continue;
    if (a.by() == me()) m_agreedByMe = true;
    agreed << session()->personNameOf(qs(a.by()));
  }
  agreed.removeDuplicates();
  m_agreedBy = agreed.join(QStringLiteral(", "));

  // Each action's status is its latest update: by time, then by the order the updates came.
  std::map<std::string, const v1::ActionUpdate*> latest;
  for (const auto& r : s.records(domain::Record::kActionUpdate)) {
    const auto& u = r.action_update();
    if (u.plan_version_id() != version->id()) continue;
    auto& slot = latest[u.action_id()];
    if (!slot || u.at().seconds() >= slot->at().seconds()) slot = &u;
  }

  const bool coordinator = session()->role() == Session::Coordinator;
  const QDate today = QDate::currentDate();
  std::vector<RowModel::Row> mine, others;
  for (const auto& action : version->actions()) {
    QStringList owners;
    bool isMine = false;
    for (const auto& o : action.owners()) {
      owners << ownerName(o);
      isMine = isMine || (!o.person_id().empty() && o.person_id() == me());
    }
    const auto it = latest.find(action.id());
    const int status = it == latest.end() ? v1::ACTION_NOT_STARTED : it->second->status();
    const bool checker = action.checked_by().person_id() == me() && !me().empty();
    const QDate due = QDate::fromString(qs(action.due_on()), Qt::ISODate);
    const bool finished = status == v1::ACTION_DONE || status == v1::ACTION_CONFIRMED;
    const ShownText what = shownText(action.what());
    RowModel::Row row{qs(action.id()),
                      what.text,
                      what.pictogram,
                      what.untranslated,
                      owners.join(tr(" and ")),
                      isMine ? tr("Your actions") : tr("Actions for %1").arg(owners.join(tr(" and "))),
                      isMine,
                      day(action.due_on()),
                      due.isValid() && due < today && !finished,
                      ownerName(action.checked_by()),
                      status,
                      statusText(status),
                      m_isCurrent && (isMine || coordinator) && status != v1::ACTION_CONFIRMED,
                      m_isCurrent && (checker || coordinator) && status == v1::ACTION_DONE};
    (isMine ? mine : others).push_back(std::move(row));
  }
  // The person's own actions first; the others grouped by who does them, in plan order.
  std::stable_sort(others.begin(), others.end(), [](const RowModel::Row& a, const RowModel::Row& b) {
    return a[5].toString() < b[5].toString();
  });
  mine.insert(mine.end(), std::make_move_iterator(others.begin()),
              std::make_move_iterator(others.end()));
  m_actions->setRows(std::move(mine));
}

void PlanView::showVersion(const QString& versionId) {
  m_chosenId = versionId.toStdString();
  refresh();
  emit refreshed();
}

bool PlanView::agree() {
  if (!canAgree()) return false;
  domain::Record record;
  auto* a = record.mutable_plan_acknowledgement();
  a->set_id(Session::newId());
  a->set_family_id(family());
  a->set_plan_version_id(m_versionId);
  a->set_by(me());
  Session::stampNow(a->mutable_at());
  return save({record});
}

bool PlanView::setStatus(const QString& actionId, int status, const QString& note) {
  if (!hasPlan() || !m_isCurrent) {
    setProblem(tr("Only the current plan's actions can change."));
    return false;
  }
  if (!v1::ActionStatus_IsValid(status) || status == v1::ACTION_STATUS_UNSPECIFIED) {
    setProblem(tr("That is not a status an action can have."));
    return false;
  }
  const QVariant canTick = m_actions->value(actionId, "canTick");
  const QVariant canConfirm = m_actions->value(actionId, "canConfirm");
  const bool allowed = status == v1::ACTION_CONFIRMED ? canConfirm.toBool() : canTick.toBool();
  if (!allowed) {
    setProblem(status == v1::ACTION_CONFIRMED
                   ? tr("Only the person who checks this action can confirm it.")
                   : tr("Only the people doing this action can change it."));
    return false;
  }
  domain::Record record;
  auto* u = record.mutable_action_update();
  u->set_id(Session::newId());
  u->set_family_id(family());
  u->set_plan_version_id(m_versionId);
  u->set_action_id(actionId.toStdString());
  u->set_status(static_cast<v1::ActionStatus>(status));
  u->set_by(me());
  u->set_note(note.trimmed().toStdString());
  Session::stampNow(u->mutable_at());
  return save({record});
}

}  // namespace kith::app
