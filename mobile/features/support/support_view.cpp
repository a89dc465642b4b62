#include "support_view.hpp"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>

namespace kith::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QDate parseDay(const QString& iso) {
  // Only the exact form records use: QDate would also take "2026-1-5".
  static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
  if (!form.match(iso).hasMatch()) return {};
  return QDate::fromString(iso, Qt::ISODate);
}

QDate parseDay(const std::string& iso) { return parseDay(qs(iso)); }

bool active(const v1::SupportLink& link, const QDate& today) {
  if (link.ended_on().empty()) return true;
  const QDate ended = parseDay(link.ended_on());
  return ended.isValid() && ended > today;
}

bool stillOpen(const v1::HelpRequest& h) {
  return h.status() == v1::HELP_OPEN || h.status() == v1::HELP_ARRANGED;
}

}  // namespace

SupportView::SupportView(QObject* parent)
    : FeatureView(parent),
      m_families(new RowModel({"familyId", "name", "kindText", "since", "goals", "current"}, this)),
      m_volunteers(new RowModel({"linkId", "name", "volunteerId", "kindText", "since", "goals"}, this)),
      m_contacts(new RowModel({"contactId", "day", "date", "kind", "kindText", "minutes", "notes",
                               "domains", "volunteer"},
                              this)),
      m_stays(new RowModel({"stayId", "fromDay", "untilDay", "nights", "childNames", "notes",
                            "volunteer"},
                           this)),
      m_help(new RowModel({"requestId", "description", "kind", "kindText", "neededDay", "status",
                           "statusText", "askedBy", "askedOf", "mine", "canWithdraw", "canAnswer"},
                          this)),
      m_children(new RowModel({"personId", "name", "stayedBefore"}, this)) {}

QString SupportView::today() const { return QDate::currentDate().toString(Qt::ISODate); }

// ---- words ------------------------------------------------------------------------------------

QString SupportView::contactKindText(int kind) const {
  switch (kind) {
    case v1::CONTACT_VISIT: return tr("Visit");
    case v1::CONTACT_PHONE: return tr("Phone call");
    case v1::CONTACT_MESSAGE: return tr("Messages");
    case v1::CONTACT_OUTING: return tr("Trip out");
    default: return {};
  }
}

QString SupportView::domainText(int domain) const {
  // The six Safe Families outcome domains, in the words a family would use.
  switch (domain) {
    case v1::OUTCOME_SOCIAL_NETWORKS: return tr("People to turn to");
    case v1::OUTCOME_CONFIDENCE: return tr("Feeling more confident");
    case v1::OUTCOME_WELLBEING: return tr("Feeling well in body and mind");
    case v1::OUTCOME_POSITIVE_PARENTING: return tr("Parenting");
    case v1::OUTCOME_FAMILY_RELATIONSHIPS: return tr("Getting on as a family");
    case v1::OUTCOME_PHYSICAL_NEEDS: return tr("Home, food and money");
    default: return {};
  }
}

QString SupportView::helpKindText(int kind) const {
  switch (kind) {
    case v1::HELP_PRACTICAL: return tr("Practical help");
    case v1::HELP_DONATION: return tr("Things we need");
    case v1::HELP_BEFRIENDING: return tr("Someone to talk to");
    case v1::HELP_OTHER: return tr("Something else");
    default: return {};
  }
}

QString SupportView::helpStatusText(int status) const {
  switch (status) {
    case v1::HELP_OPEN: return tr("Waiting for an answer");
    case v1::HELP_ARRANGED: return tr("Arranged");
    case v1::HELP_DONE: return tr("Done");
    case v1::HELP_WITHDRAWN: return tr("No longer needed");
    default: return {};
  }
}

QString SupportView::supportKindName(int kind) const {
  switch (kind) {
    case v1::SUPPORT_FAMILY_FRIEND: return tr("Family friend");
    case v1::SUPPORT_HOST_FAMILY: return tr("Host family");
    case v1::SUPPORT_RESOURCE_FRIEND: return tr("Resource friend");
    default: return {};
  }
}

QString SupportView::describeDay(const QString& isoDate) const {
  const QDate date = parseDay(isoDate.trimmed());
  if (!date.isValid()) return {};
  const QString language = session() ? session()->preferences()->language() : QStringLiteral("en");
  return QLocale(language).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString SupportView::shiftDay(const QString& isoDate, int days) const {
  QDate date = parseDay(isoDate.trimmed());
  if (!date.isValid()) date = QDate::currentDate();
  return date.addDays(days).toString(Qt::ISODate);
}

int SupportView::nightsBetween(const QString& fromOn, const QString& untilOn) const {
  const QDate from = parseDay(fromOn.trimmed());
  const QDate until = parseDay(untilOn.trimmed());
  if (!from.isValid() || !until.isValid()) return -1;
  return static_cast<int>(from.daysTo(until));
}

QString SupportView::personName(const std::string& personId) const {
  if (personId == me()) return tr("You");
  const std::string name = snapshot().person_name(personId);
  return name.empty() ? tr("Someone") : qs(name);
}

// ---- reading ----------------------------------------------------------------------------------

void SupportView::refresh() {
  const Snapshot& s = snapshot();
  const QDate now = QDate::currentDate();
  m_linkId.clear();
  m_goals.clear();
  m_familyName = m_supportKindText = m_supportSince = m_lastFeedbackOn = QString();
  m_bedNights = 0;
  m_canAsk = m_canFeedback = false;

  // Someone who volunteers in one family may belong to another in a family role: the family
  // chosen (or the session's) decides, when they hold a family role in it.
  const std::string chosen = family();
  std::optional<v1::Role> roleThere;
  if (!chosen.empty()) roleThere = s.role_in(me(), chosen);
  bool linked = false;
  for (const auto& r : s.records(domain::Record::kSupportLink)) {
    linked = linked || (r.support_link().volunteer_id() == me() && active(r.support_link(), now));
  }
  const int role = roleThere ? static_cast<int>(*roleThere)
                             : (session() ? static_cast<int>(session()->role()) : 0);
  if (linked && (!roleThere || *roleThere == v1::ROLE_VOLUNTEER)) {
    m_mode = Volunteering;
    refreshVolunteer();
  } else if (!chosen.empty() && role != v1::ROLE_VOLUNTEER && role != v1::ROLE_UNSPECIFIED) {
    m_family = chosen;
    m_mode = role == v1::ROLE_COORDINATOR ? Staff : Supported;
    m_canAsk = role == v1::ROLE_PARENT;
    m_canFeedback = role == v1::ROLE_PARENT || role == v1::ROLE_NETWORK ||
                    role == v1::ROLE_YOUNG_PERSON || role == v1::ROLE_CARE_LEAVER;
    m_families->setRows({});
    refreshFamily();
  } else {
    // A volunteer linked to no family (yet, or any more), or no family at all.
    m_mode = NoSupport;
    m_family.clear();
    for (auto* model : {m_families, m_volunteers, m_contacts, m_stays, m_help, m_children}) {
      model->setRows({});
    }
  }
}

void SupportView::refreshVolunteer() {
  const Snapshot& s = snapshot();
  const QDate now = QDate::currentDate();
  std::vector<const v1::SupportLink*> links;
  for (const auto& r : s.records(domain::Record::kSupportLink)) {
    const auto& l = r.support_link();
    if (l.volunteer_id() != me() || !active(l, now)) continue;
    // One row per family: two links with one family show as the earlier one.
    const bool seen = std::any_of(links.begin(), links.end(),
                                  [&](auto* other) { return other->family_id() == l.family_id(); });
    if (!seen) links.push_back(&l);
  }
  const std::string chosen = family();
  const auto inView = std::find_if(links.begin(), links.end(),
                                   [&](auto* l) { return l->family_id() == chosen; });
  const v1::SupportLink* link = inView != links.end() ? *inView : links.front();
  m_family = link->family_id();
  m_linkId = link->id();

  // A volunteer does not hold the family's own record (it is in the family scope), so its name
  // is there only on a device that holds it; otherwise the family is named by who asked the
  // volunteer for help, or plainly.
  auto nameOf = [&](const v1::SupportLink& l) -> QString {
    const std::string name = s.family_name(l.family_id());
    if (!name.empty()) return qs(name);
    for (const auto& r : s.records(domain::Record::kHelpRequest)) {
      const auto& h = r.help_request();
      if (h.family_id() != l.family_id() || h.volunteer_id() != me()) continue;
      const std::string who = s.person_name(h.requested_by());
      if (!who.empty()) return tr("%1's family").arg(qs(who));
    }
    return links.size() > 1 ? tr("A family you support since %1").arg(day(l.started_on()))
                            : tr("The family you support");
  };
  auto goalsOf = [&](const v1::SupportLink& l) {
    QStringList goals;
    for (const auto& g : l.goals()) goals << text(g);
    return goals;
  };

  std::vector<RowModel::Row> rows;
  for (const auto* l : links) {
    rows.push_back({qs(l->family_id()), nameOf(*l), supportKindName(l->kind()), day(l->started_on()),
                    goalsOf(*l).join(QLatin1Char('\n')), l == link});
  }
  m_families->setRows(std::move(rows));
  m_familyName = nameOf(*link);
  m_supportKindText = supportKindName(link->kind());
  m_supportSince = day(link->started_on());
  m_goals = goalsOf(*link);
  m_volunteers->setRows({});
  fillContacts(true);
  fillStays(true);
  fillHelp(true);
  fillChildren();
}

void SupportView::refreshFamily() {
  const Snapshot& s = snapshot();
  const QDate now = QDate::currentDate();
  m_familyName = qs(s.family_name(m_family));
  std::vector<RowModel::Row> rows;
  for (const auto& r : s.records(domain::Record::kSupportLink)) {
    const auto& l = r.support_link();
    if (l.family_id() != m_family || !active(l, now)) continue;
    QStringList goals;
    for (const auto& g : l.goals()) goals << text(g);
    rows.push_back({qs(l.id()), personName(l.volunteer_id()), qs(l.volunteer_id()),
                    supportKindName(l.kind()), day(l.started_on()), goals.join(QLatin1Char('\n'))});
  }
  m_volunteers->setRows(std::move(rows));

  std::int64_t lastFeedback = -1;
  for (const auto& r : s.records(domain::Record::kFeedback)) {
    const auto& f = r.feedback();
    if (f.family_id() != m_family || f.from_person() != me() || f.about() != "safe-families") continue;
    lastFeedback = std::max<std::int64_t>(lastFeedback, f.at().seconds());
  }
  if (lastFeedback >= 0) {
    const QDate on = QDateTime::fromSecsSinceEpoch(lastFeedback).toLocalTime().date();
    m_lastFeedbackOn = day(on.toString(Qt::ISODate).toStdString());
  }
  fillContacts(false);
  fillStays(false);
  fillHelp(false);
  fillChildren();
}

void SupportView::fillContacts(bool onlyMine) {
  std::vector<const v1::ContactLog*> logs;
  for (const auto& r : snapshot().records(domain::Record::kContactLog)) {
    const auto& c = r.contact_log();
    if (c.family_id() == m_family && (!onlyMine || c.volunteer_id() == me())) logs.push_back(&c);
  }
  // Newest first; the same day in the order they were logged, newest first too.
  std::reverse(logs.begin(), logs.end());
  std::stable_sort(logs.begin(), logs.end(),
                   [](auto* a, auto* b) { return a->happened_on() > b->happened_on(); });
  std::vector<RowModel::Row> rows;
  for (const auto* c : logs) {
    QStringList domains;
    for (const int d : c->domains()) domains << domainText(d);
    rows.push_back({qs(c->id()), day(c->happened_on()), qs(c->happened_on()),
                    static_cast<int>(c->kind()), contactKindText(c->kind()),
                    static_cast<int>(c->minutes()), qs(c->notes()), domains.join(tr(", ")),
                    personName(c->volunteer_id())});
  }
  m_contacts->setRows(std::move(rows));
}

void SupportView::fillStays(bool onlyMine) {
  std::vector<const v1::HostingStay*> stays;
  for (const auto& r : snapshot().records(domain::Record::kHostingStay)) {
    const auto& h = r.hosting_stay();
    if (h.family_id() == m_family && (!onlyMine || h.volunteer_id() == me())) stays.push_back(&h);
  }
  std::reverse(stays.begin(), stays.end());
  std::stable_sort(stays.begin(), stays.end(),
                   [](auto* a, auto* b) { return a->from_on() > b->from_on(); });
  std::vector<RowModel::Row> rows;
  m_bedNights = 0;
  for (const auto* h : stays) {
    QStringList names;
    for (const auto& c : h->child_ids()) names << personName(c);
    m_bedNights += static_cast<int>(h->nights());
    rows.push_back({qs(h->id()), day(h->from_on()), day(h->until_on()),
                    static_cast<int>(h->nights()), names.join(tr(", ")), qs(h->notes()),
                    personName(h->volunteer_id())});
  }
  m_stays->setRows(std::move(rows));
}

void SupportView::fillHelp(bool onlyAskedOfMe) {
  std::vector<const v1::HelpRequest*> requests;
  for (const auto& r : snapshot().records(domain::Record::kHelpRequest)) {
    const auto& h = r.help_request();
    if (h.family_id() == m_family && (!onlyAskedOfMe || h.volunteer_id() == me())) {
      requests.push_back(&h);
    }
  }
  // Open ones first, then the newest.
  std::reverse(requests.begin(), requests.end());
  std::stable_sort(requests.begin(), requests.end(), [](auto* a, auto* b) {
    if (stillOpen(*a) != stillOpen(*b)) return stillOpen(*a);
    return a->requested_at().seconds() > b->requested_at().seconds();
  });
  std::vector<RowModel::Row> rows;
  for (const auto* h : requests) {
    const bool mine = h->requested_by() == me();
    const QString askedOf = h->volunteer_id().empty() ? tr("the Safe Families team")
                                                      : personName(h->volunteer_id());
    rows.push_back({qs(h->id()), qs(h->description()), static_cast<int>(h->kind()),
                    helpKindText(h->kind()), day(h->needed_on()), static_cast<int>(h->status()),
                    helpStatusText(h->status()), personName(h->requested_by()), askedOf, mine,
                    mine && m_canAsk && stillOpen(*h),
                    m_mode == Volunteering && h->volunteer_id() == me() && stillOpen(*h)});
  }
  m_help->setRows(std::move(rows));
}

void SupportView::fillChildren() {
  const Snapshot& s = snapshot();
  std::vector<std::string> ids;
  std::set<std::string> before;
  auto add = [&](const std::string& id) {
    if (!id.empty() && id != me() && std::find(ids.begin(), ids.end(), id) == ids.end()) {
      ids.push_back(id);
    }
  };
  // The children of earlier stays first, the most recent stay's first of all.
  std::vector<const v1::HostingStay*> stays;
  for (const auto& r : s.records(domain::Record::kHostingStay)) {
    if (r.hosting_stay().family_id() == m_family) stays.push_back(&r.hosting_stay());
  }
  std::stable_sort(stays.begin(), stays.end(),
                   [](auto* a, auto* b) { return a->from_on() > b->from_on(); });
  for (const auto* h : stays) {
    for (const auto& c : h->child_ids()) {
      add(c);
      before.insert(c);
    }
  }
  // The family's children and young people, where the device holds the memberships.
  bool memberships = false;
  for (const auto& r : s.records(domain::Record::kMembership)) {
    const auto& m = r.membership();
    if (m.family_id() != m_family || !m.ended_on().empty()) continue;
    memberships = true;
    if (m.role() == v1::ROLE_YOUNG_PERSON || m.role() == v1::ROLE_CARE_LEAVER) add(m.person_id());
  }
  if (!memberships) {
    // A volunteer holds the names of the people in the family but not who is who: offer them
    // all, except those who asked for help (only parents ask).
    std::set<std::string> parents;
    for (const auto& r : s.records(domain::Record::kHelpRequest)) {
      parents.insert(r.help_request().requested_by());
    }
    for (const auto& r : s.records(domain::Record::kPerson)) {
      if (!parents.count(r.person().id())) add(r.person().id());
    }
  }
  std::vector<RowModel::Row> rows;
  for (const auto& id : ids) rows.push_back({qs(id), personName(id), before.count(id) > 0});
  m_children->setRows(std::move(rows));
}

const v1::HelpRequest* SupportView::helpRequest(const std::string& id) const {
  for (const auto& r : snapshot().records(domain::Record::kHelpRequest)) {
    if (r.help_request().id() == id && r.help_request().family_id() == m_family) {
      return &r.help_request();
    }
  }
  return nullptr;
}

// ---- writing ----------------------------------------------------------------------------------

bool SupportView::checkDay(const QString& isoDate, const QString& what, bool required) {
  const QString typed = isoDate.trimmed();
  if (typed.isEmpty()) {
    if (required) setProblem(tr("Choose %1.").arg(what));
    return !required;
  }
  if (!parseDay(typed).isValid()) {
    setProblem(tr("Write %1 as year-month-day, for example %2.").arg(what, today()));
    return false;
  }
  return true;
}

bool SupportView::logContact(int kind, const QString& happenedOn, int minutes, const QString& notes,
                             const QVariantList& domains) {
  if (!canLog()) {
    setProblem(tr("Only a volunteer linked to this family can log a contact."));
    return false;
  }
  if (contactKindText(kind).isEmpty()) {
    setProblem(tr("Choose how you were in touch: a visit, a call, messages or a trip out."));
    return false;
  }
  if (!checkDay(happenedOn, tr("the day it happened"), true)) return false;
  if (parseDay(happenedOn.trimmed()) > QDate::currentDate()) {
    setProblem(tr("Log a contact once it has happened: choose today or an earlier day."));
    return false;
  }
  if (minutes < 0 || minutes > 1440) {
    setProblem(tr("Minutes must be between 1 and 1440 (a whole day)."));
    return false;
  }
  if (minutes == 0 && kind != v1::CONTACT_MESSAGE) {
    setProblem(tr("Say how many minutes it lasted, for example 30."));
    return false;
  }
  std::vector<v1::OutcomeDomain> chosen;
  for (const QVariant& d : domains) {
    bool ok = false;
    const int value = d.toInt(&ok);
    if (!ok || domainText(value).isEmpty()) {
      setProblem(tr("Choose the areas from the list."));
      return false;
    }
    const auto domain = static_cast<v1::OutcomeDomain>(value);
    if (std::find(chosen.begin(), chosen.end(), domain) == chosen.end()) chosen.push_back(domain);
  }
  domain::Record record;
  auto* c = record.mutable_contact_log();
  c->set_id(Session::newId());
  c->set_family_id(m_family);
  c->set_volunteer_id(me());
  c->set_support_link_id(m_linkId);
  c->set_kind(static_cast<v1::ContactKind>(kind));
  c->set_happened_on(happenedOn.trimmed().toStdString());
  c->set_minutes(static_cast<std::uint32_t>(minutes));
  c->set_notes(notes.trimmed().toStdString());
  for (const auto d : chosen) c->add_domains(d);
  return save({record});
}

bool SupportView::logStay(const QStringList& childIds, const QString& fromOn, const QString& untilOn,
                          const QString& notes) {
  if (!canLog()) {
    setProblem(tr("Only a volunteer linked to this family can log a stay."));
    return false;
  }
  QStringList who = childIds;
  who.removeDuplicates();
  if (who.isEmpty()) {
    // No one chosen: the same children as the last stay with this family.
    const v1::HostingStay* last = nullptr;
    for (const auto& r : snapshot().records(domain::Record::kHostingStay)) {
      const auto& h = r.hosting_stay();
      if (h.family_id() != m_family || h.volunteer_id() != me()) continue;
      if (!last || h.from_on() >= last->from_on()) last = &h;
    }
    if (last) {
      for (const auto& c : last->child_ids()) who << qs(c);
    }
  }
  if (who.isEmpty()) {
    setProblem(tr("Choose who stayed with you."));
    return false;
  }
  for (const QString& id : who) {
    if (!m_children->value(id, "personId").isValid()) {
      setProblem(tr("Choose who stayed from the list."));
      return false;
    }
  }
  if (!checkDay(fromOn, tr("the day they came"), true)) return false;
  if (!checkDay(untilOn, tr("the day they went home"), true)) return false;
  const QDate from = parseDay(fromOn.trimmed());
  const QDate until = parseDay(untilOn.trimmed());
  if (until <= from) {
    setProblem(tr("The day they went home must be after the day they came. A stay is at least one night."));
    return false;
  }
  if (until > QDate::currentDate()) {
    setProblem(tr("Log a stay once the children have gone home: the day they went home cannot be after today."));
    return false;
  }
  domain::Record record;
  auto* h = record.mutable_hosting_stay();
  h->set_id(Session::newId());
  h->set_family_id(m_family);
  h->set_volunteer_id(me());
  h->set_support_link_id(m_linkId);
  for (const QString& id : who) h->add_child_ids(id.toStdString());
  h->set_from_on(fromOn.trimmed().toStdString());
  h->set_until_on(untilOn.trimmed().toStdString());
  h->set_nights(static_cast<std::uint32_t>(from.daysTo(until)));
  h->set_notes(notes.trimmed().toStdString());
  return save({record});
}

bool SupportView::answerHelp(const QString& helpRequestId, int status) {
  const v1::HelpRequest* request = helpRequest(helpRequestId.toStdString());
  if (m_mode != Volunteering || !request || request->volunteer_id() != me()) {
    setProblem(tr("You can answer only the requests asked of you."));
    return false;
  }
  if (status != v1::HELP_ARRANGED && status != v1::HELP_DONE) {
    setProblem(tr("Say whether the help is arranged or done."));
    return false;
  }
  if (!stillOpen(*request)) {
    setProblem(tr("This request is closed: it is done or no longer needed."));
    return false;
  }
  // The request stays the family's: the server refuses a change of who asked.
  domain::Record record;
  *record.mutable_help_request() = *request;
  record.mutable_help_request()->set_status(static_cast<v1::HelpStatus>(status));
  record.mutable_help_request()->set_given_by(me());
  return save({record});
}

bool SupportView::raiseWorry(const QString& text) {
  if (m_mode != Volunteering || m_family.empty()) {
    setProblem(tr("Only a volunteer linked to this family can raise a worry here."));
    return false;
  }
  if (text.trimmed().isEmpty()) {
    setProblem(tr("Say what worries you, in your own words."));
    return false;
  }
  domain::Record record;
  auto* c = record.mutable_concern();
  c->set_id(Session::newId());
  c->set_family_id(m_family);
  c->set_raised_by(me());
  c->set_kind(v1::CONCERN_VOLUNTEER_WORRY);
  c->set_text(text.trimmed().toStdString());
  Session::stampNow(c->mutable_raised_at());
  if (!save({record})) return false;
  // A safeguarding worry must reach the team quickly: try to send it now, not on the next round.
  session()->syncNow();
  return true;
}

bool SupportView::askForHelp(int kind, const QString& description, const QString& neededOn,
                             const QString& volunteerId) {
  if (!m_canAsk) {
    setProblem(tr("Only a parent or carer can ask for help here."));
    return false;
  }
  if (helpKindText(kind).isEmpty()) {
    setProblem(tr("Choose the kind of help you need."));
    return false;
  }
  if (description.trimmed().isEmpty()) {
    setProblem(tr("Say what help you need."));
    return false;
  }
  if (!checkDay(neededOn, tr("the day you need it"), false)) return false;
  if (!neededOn.trimmed().isEmpty() && parseDay(neededOn.trimmed()) < QDate::currentDate()) {
    setProblem(tr("The day you need it cannot be before today."));
    return false;
  }
  if (!volunteerId.isEmpty()) {
    bool theirs = false;
    for (const auto& row : m_volunteers->rows()) theirs = theirs || row[2].toString() == volunteerId;
    if (!theirs) {
      setProblem(tr("Choose your volunteer from the list, or ask the Safe Families team."));
      return false;
    }
  }
  domain::Record record;
  auto* h = record.mutable_help_request();
  h->set_id(Session::newId());
  h->set_family_id(m_family);
  h->set_requested_by(me());
  h->set_kind(static_cast<v1::HelpKind>(kind));
  h->set_description(description.trimmed().toStdString());
  h->set_needed_on(neededOn.trimmed().toStdString());
  h->set_status(v1::HELP_OPEN);
  Session::stampNow(h->mutable_requested_at());
  // Asked of a volunteer, it lives in their support scope; otherwise in the family's.
  h->set_volunteer_id(volunteerId.toStdString());
  return save({record});
}

bool SupportView::withdrawHelp(const QString& helpRequestId) {
  const v1::HelpRequest* request = helpRequest(helpRequestId.toStdString());
  if (!request || request->requested_by() != me() || !m_canAsk) {
    setProblem(tr("You can take back only a request you made."));
    return false;
  }
  if (!stillOpen(*request)) {
    setProblem(tr("This request is closed already."));
    return false;
  }
  domain::Record record;
  *record.mutable_help_request() = *request;
  record.mutable_help_request()->set_status(v1::HELP_WITHDRAWN);
  return save({record});
}

bool SupportView::sendSupportFeedback(int confidence, const QString& text) {
  if (!m_canFeedback) {
    setProblem(tr("Only the family can send feedback on their support."));
    return false;
  }
  if (confidence < 0 || confidence > 5) {
    setProblem(tr("Choose a number from 1 to 5."));
    return false;
  }
  if (confidence == 0 && text.trimmed().isEmpty()) {
    setProblem(tr("Choose how confident you feel, or say something in your own words."));
    return false;
  }
  domain::Record record;
  auto* f = record.mutable_feedback();
  f->set_id(Session::newId());
  f->set_family_id(m_family);
  f->set_from_person(me());
  f->set_audience(v1::AUDIENCE_STAFF);
  f->set_about("safe-families");
  f->set_confidence(static_cast<std::uint32_t>(confidence));
  f->set_text(text.trimmed().toStdString());
  Session::stampNow(f->mutable_at());
  return save({record});
}

}  // namespace kith::app
