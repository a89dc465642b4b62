#include "coordinator_desk.hpp"

#include <QDate>
#include <QLocale>
#include <algorithm>

#include "people_rows.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

bool invitable(int role) {
  return role == Session::Parent || role == Session::Network || role == Session::YoungPerson ||
         role == Session::CareLeaver || role == Session::Volunteer;
}
}  // namespace

CoordinatorDesk::CoordinatorDesk(QObject* parent)
    : FeatureView(parent),
      m_families(new RowModel({"familyId", "name", "people", "openConcerns", "planText", "waiting",
                               "inView"},
                              this)),
      m_people(new RowModel({"personId", "name", "flags", "flagList", "role", "roleText",
                             "membershipId", "since", "isMe", "isVolunteer", "linked",
                             "supportText"},
                            this)),
      m_volunteers(new RowModel({"personId", "name", "flags", "inFamily", "otherRole"}, this)),
      m_conferences(new RowModel({"conferenceId", "heldOn", "summary", "advocate"}, this)) {
  connect(this, &FeatureView::sessionChanged, this, [this] { listenTo(session()); });
}

void CoordinatorDesk::listenTo(Session* s) {
  // FeatureView::setSession disconnects everything of the previous session from this object.
  if (!s) return;
  connect(s, &Session::inviteReady, this, &CoordinatorDesk::onInviteReady);
  connect(s, &Session::volunteersReady, this, &CoordinatorDesk::onVolunteers);
  connect(s, &Session::requestFailed, this, &CoordinatorDesk::onRequestFailed);
}

bool CoordinatorDesk::isStaff() const { return session() && session()->isStaff(); }

void CoordinatorDesk::refresh() {
  if (!session()) return;
  const Snapshot& s = snapshot();
  const std::string fam = family();

  // The families coordinated, and any made on this phone that the server has not answered yet
  // (a Family with no membership at all: the server adds the coordinator's when it arrives).
  std::vector<std::string> ids = coordinatedFamilies(s);
  std::vector<std::string> waiting;
  for (const auto& r : s.records(domain::Record::kFamily)) {
    const std::string& id = r.family().id();
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    if (familyMembers(s, id).empty()) waiting.push_back(id);
  }
  std::vector<RowModel::Row> familyRows;
  auto addFamily = [&](const std::string& id, bool isWaiting) {
    int peopleCount = 0;
    for (const auto& m : familyMembers(s, id)) {
      if (m.role != v1::ROLE_COORDINATOR) ++peopleCount;
    }
    int open = 0;
    for (const auto& r : s.records(domain::Record::kConcern)) {
      const auto& c = r.concern();
      if (c.family_id() == id && c.acknowledged_by().empty()) ++open;
    }
    QString planText = tr("No plan yet");
    if (const v1::PlanVersion* v = s.current_plan(id)) {
      planText = v->review_on().empty()
                     ? tr("Plan version %1").arg(v->number())
                     : tr("Plan version %1, review on %2").arg(v->number()).arg(day(v->review_on()));
    }
    if (isWaiting) planText = tr("Waiting to sync: the family can be used once it has reached the server.");
    QString name = qs(s.family_name(id));
    familyRows.push_back({qs(id), name, peopleCount, open, planText, isWaiting, id == fam});
  };
  for (const auto& id : ids) addFamily(id, false);
  for (const auto& id : waiting) addFamily(id, true);
  m_families->setRows(std::move(familyRows));

  m_familyName = qs(s.family_name(fam));
  m_isCoordinator = !fam.empty() && s.role_in(me(), fam) == v1::ROLE_COORDINATOR;

  // The people of the family in view, by role, each with their needs as flags.
  std::vector<FamilyMember> members = familyMembers(s, fam);
  std::stable_sort(members.begin(), members.end(),
                   [](const FamilyMember& a, const FamilyMember& b) { return a.role < b.role; });
  std::vector<RowModel::Row> peopleRows;
  m_familyNames.clear();
  for (const auto& m : members) {
    const v1::Person* person = s.person(m.personId);
    const QStringList flags = needsFlags(person);
    const QString name = session()->personNameOf(qs(m.personId));
    const bool volunteer = m.role == v1::ROLE_VOLUNTEER;
    const v1::SupportLink* link = volunteer ? currentLink(m.personId) : nullptr;
    QString supportText;
    if (volunteer) {
      supportText = link ? tr("%1 since %2").arg(supportKindName(link->kind()), day(link->started_on()))
                         : tr("Not linked to the family yet");
    }
    if (m.role != v1::ROLE_COORDINATOR && !volunteer && !m_familyNames.contains(name)) {
      m_familyNames << name;
    }
    peopleRows.push_back({qs(m.personId), name, flags.join(QStringLiteral(" · ")), flags,
                          static_cast<int>(m.role), session()->roleName(m.role), qs(m.membershipId),
                          day(m.startedOn), m.personId == me(), volunteer, link != nullptr,
                          supportText});
  }
  m_people->setRows(std::move(peopleRows));

  std::vector<const v1::Conference*> held;
  for (const auto& r : s.records(domain::Record::kConference)) {
    if (r.conference().family_id() == fam) held.push_back(&r.conference());
  }
  std::stable_sort(held.begin(), held.end(),
                   [](auto* a, auto* b) { return a->held_on() > b->held_on(); });
  std::vector<RowModel::Row> conferenceRows;
  for (const auto* c : held) {
    QString summary = tr("%1 invited, %2 came.").arg(c->invited_size()).arg(c->attended_size());
    summary += QLatin1Char(' ') + (c->plan_produced() ? tr("The family made a plan.")
                                                      : tr("No plan was made."));
    conferenceRows.push_back({qs(c->id()), day(c->held_on()), summary, qs(c->advocate())});
  }
  m_conferences->setRows(std::move(conferenceRows));
  refreshVolunteers();
}

const v1::SupportLink* CoordinatorDesk::currentLink(const std::string& volunteerId) const {
  const v1::SupportLink* found = nullptr;
  for (const auto& r : snapshot().records(domain::Record::kSupportLink)) {
    const auto& l = r.support_link();
    if (l.family_id() == family() && l.volunteer_id() == volunteerId && l.ended_on().empty()) {
      found = &l;
    }
  }
  return found;
}

QString CoordinatorDesk::supportKindName(int kind) const {
  switch (kind) {
    case v1::SUPPORT_FAMILY_FRIEND: return tr("Family friend");
    case v1::SUPPORT_HOST_FAMILY: return tr("Host family");
    case v1::SUPPORT_RESOURCE_FRIEND: return tr("Resource friend");
    default: return tr("Support not chosen");
  }
}

QStringList CoordinatorDesk::supportGoals(const QString& volunteerId) const {
  QStringList out;
  if (const v1::SupportLink* l = currentLink(volunteerId.toStdString())) {
    for (const auto& g : l->goals()) out << qs(g.text());
  }
  return out;
}

int CoordinatorDesk::supportKindOf(const QString& volunteerId) const {
  const v1::SupportLink* l = currentLink(volunteerId.toStdString());
  return l ? static_cast<int>(l->kind()) : 0;
}

bool CoordinatorDesk::requireCoordinator() {
  if (m_isCoordinator) return true;
  setProblem(family().empty() ? tr("Choose a family first.")
                              : tr("Only a coordinator of this family can do this."));
  return false;
}

// ---- writing --------------------------------------------------------------------------------------

bool CoordinatorDesk::createFamily(const QString& name) {
  if (!isStaff()) {
    setProblem(tr("Only staff accounts can add a family. Ask your Kith administrator."));
    return false;
  }
  const QString clean = oneLine(name);
  if (clean.isEmpty()) {
    setProblem(tr("Type the family's name, for example \"The Ahmed family\"."));
    return false;
  }
  domain::Record record;
  auto* f = record.mutable_family();
  f->set_id(Session::newId());
  f->set_name(clean.toStdString());
  Session::stampNow(f->mutable_created_at());
  return save({record});
}

bool CoordinatorDesk::endMembership(const QString& membershipId) {
  if (!requireCoordinator()) return false;
  const Snapshot& s = snapshot();
  const v1::Membership* found = nullptr;
  for (const auto& r : s.records(domain::Record::kMembership)) {
    if (r.membership().id() == membershipId.toStdString() && r.membership().family_id() == family()) {
      found = &r.membership();
    }
  }
  if (!found || !found->ended_on().empty()) {
    setProblem(tr("That person is no longer in this family."));
    return false;
  }
  if (found->person_id() == me()) {
    setProblem(tr("You cannot remove yourself here. Ask another coordinator or your Kith administrator."));
    return false;
  }
  // Not before the day it started (a membership dated ahead ends on its first day).
  const std::string today = std::max(todayIso(), found->started_on());
  std::vector<domain::Record> records;
  domain::Record ended;
  *ended.mutable_membership() = *found;
  ended.mutable_membership()->set_ended_on(today);
  records.push_back(ended);
  if (found->role() == v1::ROLE_VOLUNTEER) {
    for (const auto& r : s.records(domain::Record::kSupportLink)) {
      const auto& l = r.support_link();
      if (l.family_id() != family() || l.volunteer_id() != found->person_id() ||
          !l.ended_on().empty()) {
        continue;
      }
      domain::Record link = r;
      link.mutable_support_link()->set_ended_on(std::max(today, l.started_on()));
      records.push_back(link);
    }
  }
  return save(std::move(records));
}

bool CoordinatorDesk::linkVolunteer(const QString& volunteerId, int supportKind,
                                    const QStringList& goals) {
  if (!requireCoordinator()) return false;
  const std::string id = volunteerId.toStdString();
  if (snapshot().role_in(id, family()) != v1::ROLE_VOLUNTEER) {
    // The server refuses a volunteer scope about someone not in the family (wrong_scope).
    setProblem(tr("%1 is not in this family as a volunteer yet. Invite them, and link them once "
                  "they have set up Kith.")
                   .arg(session()->personNameOf(volunteerId)));
    return false;
  }
  if (supportKind < v1::SUPPORT_FAMILY_FRIEND || supportKind > v1::SUPPORT_RESOURCE_FRIEND) {
    setProblem(tr("Choose how they will help: family friend, host family or resource friend."));
    return false;
  }
  domain::Record record;
  auto* l = record.mutable_support_link();
  if (const v1::SupportLink* existing = currentLink(id)) {
    *l = *existing;
  } else {
    l->set_id(Session::newId());
    l->set_family_id(family());
    l->set_volunteer_id(id);
    l->set_started_on(todayIso());
  }
  l->set_kind(static_cast<v1::SupportKind>(supportKind));
  l->clear_goals();
  for (const QString& goal : goals) {
    if (goal.trimmed().isEmpty()) continue;
    l->add_goals()->set_text(goal.trimmed().toStdString());
  }
  return save({record});
}

bool CoordinatorDesk::recordConference(const QString& heldOn, const QStringList& invited,
                                       const QStringList& attended, bool planProduced,
                                       const QString& advocate) {
  if (!requireCoordinator()) return false;
  const QString day = heldOn.trimmed();
  if (!isIsoDay(day)) {
    setProblem(tr("Type the day the conference was held as year-month-day, for example 2026-09-10."));
    return false;
  }
  if (QDate::fromString(day, Qt::ISODate) > QDate::currentDate()) {
    setProblem(tr("The conference day cannot be after today. Record a conference once it has been held."));
    return false;
  }
  QStringList in, came;
  for (const QString& n : invited) {
    if (const QString c = oneLine(n); !c.isEmpty() && !in.contains(c)) in << c;
  }
  for (const QString& n : attended) {
    if (const QString c = oneLine(n); !c.isEmpty() && !came.contains(c)) came << c;
  }
  if (in.isEmpty()) {
    setProblem(tr("Add the names of the family members who were invited."));
    return false;
  }
  domain::Record record;
  auto* c = record.mutable_conference();
  c->set_id(Session::newId());
  c->set_family_id(family());
  c->set_held_on(day.toStdString());
  for (const QString& n : in) c->add_invited(n.toStdString());
  for (const QString& n : came) c->add_attended(n.toStdString());
  c->set_plan_produced(planProduced);
  c->set_advocate(oneLine(advocate).toStdString());
  return save({record});
}

// ---- invites and volunteers -------------------------------------------------------------------------

bool CoordinatorDesk::invite(int role, const QString& displayName, const QString& personId) {
  auto refuse = [this](const QString& why) {
    m_inviteProblem = why;
    emit inviteChanged();
    return false;
  };
  if (!m_isCoordinator) return refuse(tr("Only a coordinator of this family can invite people to it."));
  if (!invitable(role)) {
    return refuse(tr("Choose the person's part in the family. Coordinators are added by your Kith "
                     "administrator."));
  }
  const QString name = oneLine(displayName);
  if (name.isEmpty()) return refuse(tr("Type the name the person will be shown by."));
  if (!personId.isEmpty() && role != Session::Volunteer) {
    return refuse(tr("Someone already in Kith can only be invited as a volunteer."));
  }
  if (m_invitePending) return refuse(tr("An invite is on its way. Wait a moment."));
  m_inviteCode.clear();
  m_inviteLink.clear();
  m_invitePersonId.clear();
  m_inviteExpires = {};
  m_inviteProblem.clear();
  m_inviteName = name;
  m_inviteRole = role;
  m_invitePending = true;
  emit inviteChanged();
  session()->requestInvite(familyId(), role, name, personId);
  return true;
}

void CoordinatorDesk::clearInvite() {
  m_invitePending = false;
  m_inviteCode.clear();
  m_inviteLink.clear();
  m_inviteName.clear();
  m_invitePersonId.clear();
  m_inviteProblem.clear();
  m_inviteExpires = {};
  m_inviteRole = 0;
  emit inviteChanged();
}

QString CoordinatorDesk::inviteRoleText() const {
  return session() && m_inviteRole ? session()->roleName(m_inviteRole) : QString();
}

QString CoordinatorDesk::inviteExpiry() const {
  if (!m_inviteExpires.isValid()) return {};
  const QString language = session() ? session()->preferences()->language() : QStringLiteral("en");
  const QLocale locale(language);
  const QDateTime local = m_inviteExpires.toLocalTime();
  return tr("Works until %1 at %2, once.")
      .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
           locale.toString(local.time(), QLocale::ShortFormat));
}

void CoordinatorDesk::onInviteReady(const QString& code, const QString& link,
                                    const QString& personId, const QDateTime& expiresAt,
                                    const QString& displayName) {
  if (!m_invitePending) return;  // another view's invite
  m_invitePending = false;
  m_inviteCode = code;
  m_inviteLink = link;
  m_invitePersonId = personId;
  m_inviteExpires = expiresAt;
  if (!displayName.isEmpty()) m_inviteName = displayName;
  emit inviteChanged();
}

void CoordinatorDesk::loadVolunteers() {
  if (!isStaff()) {
    m_volunteersProblem = tr("Only staff accounts can see the list of volunteers.");
    emit volunteersChanged();
    return;
  }
  m_volunteersPending = true;
  m_volunteersProblem.clear();
  emit volunteersChanged();
  session()->requestVolunteers();
}

void CoordinatorDesk::onVolunteers(const QStringList& ids, const QStringList& names) {
  if (!m_volunteersPending) return;
  m_volunteersPending = false;
  m_volunteersLoaded = true;
  m_volunteerIds = ids;
  m_volunteerNames = names;
  refreshVolunteers();
  emit volunteersChanged();
}

void CoordinatorDesk::refreshVolunteers() {
  const Snapshot& s = snapshot();
  std::vector<RowModel::Row> rows;
  for (int i = 0; i < m_volunteerIds.size(); ++i) {
    const std::string id = m_volunteerIds[i].toStdString();
    const auto role = s.role_in(id, family());
    QString name = i < m_volunteerNames.size() ? m_volunteerNames[i] : QString();
    if (name.isEmpty()) name = tr("A volunteer with no name yet");
    rows.push_back({m_volunteerIds[i], name, needsFlags(s.person(id)).join(QStringLiteral(" · ")),
                    role == v1::ROLE_VOLUNTEER, role.has_value() && role != v1::ROLE_VOLUNTEER});
  }
  m_volunteers->setRows(std::move(rows));
}

void CoordinatorDesk::onRequestFailed(const QString& what, bool offline, const QString& message) {
  if (what == QLatin1String("invite") && m_invitePending) {
    m_invitePending = false;
    m_inviteProblem =
        offline ? tr("You are offline, so no invite was made. An invite needs a connection to "
                     "the Kith server: try again when you are online.")
                : message;
    emit inviteChanged();
  } else if (what == QLatin1String("volunteers") && m_volunteersPending) {
    m_volunteersPending = false;
    m_volunteersProblem =
        offline ? tr("You are offline. The list of volunteers needs a connection to the Kith "
                     "server: try again when you are online.")
                : message;
    emit volunteersChanged();
  }
}

}  // namespace kith::app
