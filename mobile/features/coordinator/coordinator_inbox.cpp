#include "coordinator_inbox.hpp"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

#include "people_rows.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

const v1::Feedback* findFeedback(const Snapshot& s, const std::string& id) {
  for (const auto& r : s.records(domain::Record::kFeedback)) {
    if (r.feedback().id() == id) return &r.feedback();
  }
  return nullptr;
}
}  // namespace

CoordinatorInbox::CoordinatorInbox(QObject* parent)
    : FeatureView(parent),
      m_items(new RowModel({"itemId", "section", "sectionText", "familyId", "familyName", "from",
                            "fromFlags", "when", "text", "detail", "waiting", "status"},
                           this)) {}

void CoordinatorInbox::setAllFamilies(bool all) {
  if (all == m_all) return;
  m_all = all;
  emit allFamiliesChanged();
  refresh();
  emit refreshed();
}

bool CoordinatorInbox::coordinates(const std::string& familyId) const {
  return !familyId.empty() && snapshot().role_in(me(), familyId) == v1::ROLE_COORDINATOR;
}

QString CoordinatorInbox::when(const google::protobuf::Timestamp& at) const {
  if (at.seconds() == 0) return {};
  const QLocale locale(session()->preferences()->language());
  const QDateTime local = QDateTime::fromSecsSinceEpoch(at.seconds()).toLocalTime();
  return locale.toString(local.date(), QStringLiteral("d MMMM yyyy")) + QLatin1Char(' ') +
         locale.toString(local.time(), QLocale::ShortFormat);
}

QString CoordinatorInbox::helpStatusName(int status) const {
  switch (status) {
    case v1::HELP_OPEN: return tr("Open");
    case v1::HELP_ARRANGED: return tr("Arranged");
    case v1::HELP_DONE: return tr("Done");
    case v1::HELP_WITHDRAWN: return tr("Withdrawn");
    default: return tr("Not set");
  }
}

void CoordinatorInbox::refresh() {
  if (!session()) return;
  const Snapshot& s = snapshot();
  std::vector<std::string> families;
  if (m_all) families = coordinatedFamilies(s);
  else if (coordinates(family())) families.push_back(family());
  auto inScope = [&](const std::string& id) {
    return std::find(families.begin(), families.end(), id) != families.end();
  };
  auto who = [&](const std::string& id) {
    return std::make_pair(session()->personNameOf(qs(id)),
                          needsFlags(s.person(id)).join(QStringLiteral(" · ")));
  };

  struct Entry {
    int section;       // 0 concerns, 1 feedback, 2 help
    bool waiting;      // needs an answer: shown first in its section
    std::int64_t at;   // newest first
    RowModel::Row row;
  };
  std::vector<Entry> entries;
  m_unacknowledged = 0;

  for (const auto& r : s.records(domain::Record::kConcern)) {
    const auto& c = r.concern();
    if (!inScope(c.family_id())) continue;
    const bool waiting = c.acknowledged_by().empty();
    if (waiting) ++m_unacknowledged;
    const auto [name, flags] = who(c.raised_by());
    QString text = qs(c.text());
    if (c.kind() == v1::CONCERN_NOT_SAFE && text.isEmpty()) text = tr("\"I don't feel safe.\"");
    const QString detail = waiting ? tr("Not acknowledged yet")
                                   : tr("Acknowledged by %1, %2")
                                         .arg(session()->personNameOf(qs(c.acknowledged_by())),
                                              when(c.acknowledged_at()));
    const QString section = c.kind() == v1::CONCERN_NOT_SAFE ? tr("Does not feel safe")
                            : c.kind() == v1::CONCERN_VOLUNTEER_WORRY ? tr("Worry from a volunteer")
                                                                      : tr("Worry");
    entries.push_back({0, waiting, c.raised_at().seconds(),
                       {qs(c.id()), QStringLiteral("concern"), section, qs(c.family_id()),
                        qs(s.family_name(c.family_id())), name, flags, when(c.raised_at()), text,
                        detail, waiting, 0}});
  }

  for (const auto& r : s.records(domain::Record::kFeedback)) {
    const auto& f = r.feedback();
    if (!inScope(f.family_id()) || f.audience() != v1::AUDIENCE_STAFF || !f.reply_to().empty()) continue;
    QStringList replies;
    for (const auto& other : s.records(domain::Record::kFeedback)) {
      const auto& reply = other.feedback();
      if (reply.reply_to() != f.id()) continue;
      replies << tr("Reply from %1: %2").arg(session()->personNameOf(qs(reply.from_person())),
                                             qs(reply.text()));
    }
    const auto [name, flags] = who(f.from_person());
    QString text = qs(f.text());
    if (f.confidence() > 0) {
      text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
              tr("How confident they feel in the help: %1 out of 5").arg(f.confidence());
    }
    entries.push_back({1, replies.isEmpty(), f.at().seconds(),
                       {qs(f.id()), QStringLiteral("feedback"), tr("Feedback for staff"),
                        qs(f.family_id()), qs(s.family_name(f.family_id())), name, flags,
                        when(f.at()), text,
                        replies.isEmpty() ? tr("No reply yet") : replies.join(QLatin1Char('\n')),
                        replies.isEmpty(), 0}});
  }

  for (const auto& r : s.records(domain::Record::kHelpRequest)) {
    const auto& h = r.help_request();
    if (!inScope(h.family_id())) continue;
    const bool waiting = h.status() == v1::HELP_OPEN;
    const auto [name, flags] = who(h.requested_by());
    QString detail = tr("Status: %1").arg(helpStatusName(h.status()));
    if (!h.needed_on().empty()) detail += QLatin1Char('\n') + tr("Needed by %1").arg(day(h.needed_on()));
    if (!h.volunteer_id().empty()) {
      detail += QLatin1Char('\n') + tr("Asked of %1").arg(session()->personNameOf(qs(h.volunteer_id())));
    }
    entries.push_back({2, waiting, h.requested_at().seconds(),
                       {qs(h.id()), QStringLiteral("help"), tr("Help request"), qs(h.family_id()),
                        qs(s.family_name(h.family_id())), name, flags, when(h.requested_at()),
                        qs(h.description()), detail, waiting, static_cast<int>(h.status())}});
  }

  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.section != b.section) return a.section < b.section;
    if (a.waiting != b.waiting) return a.waiting;
    return a.at > b.at;
  });
  std::vector<RowModel::Row> rows;
  rows.reserve(entries.size());
  for (auto& e : entries) rows.push_back(std::move(e.row));
  m_items->setRows(std::move(rows));
}

bool CoordinatorInbox::acknowledge(const QString& concernId) {
  for (const auto& r : snapshot().records(domain::Record::kConcern)) {
    if (r.concern().id() != concernId.toStdString()) continue;
    if (!coordinates(r.concern().family_id())) break;
    if (!r.concern().acknowledged_by().empty()) {
      setProblem(tr("This worry has been acknowledged already."));
      return false;
    }
    domain::Record record = r;
    record.mutable_concern()->set_acknowledged_by(me());
    Session::stampNow(record.mutable_concern()->mutable_acknowledged_at());
    return save({record});
  }
  setProblem(tr("Only a coordinator of the family can acknowledge this worry."));
  return false;
}

bool CoordinatorInbox::reply(const QString& feedbackId, const QString& text) {
  const v1::Feedback* original = findFeedback(snapshot(), feedbackId.toStdString());
  if (!original || !coordinates(original->family_id()) ||
      original->audience() != v1::AUDIENCE_STAFF) {
    setProblem(tr("Only a coordinator of the family can reply to this."));
    return false;
  }
  if (text.trimmed().isEmpty()) {
    setProblem(tr("Write your reply first."));
    return false;
  }
  domain::Record record;
  auto* f = record.mutable_feedback();
  f->set_id(Session::newId());
  f->set_family_id(original->family_id());
  f->set_from_person(me());
  f->set_audience(v1::AUDIENCE_STAFF);
  f->set_about(original->about());
  f->set_text(text.trimmed().toStdString());
  Session::stampNow(f->mutable_at());
  f->set_reply_to(original->id());
  // The reply lands in the author's person scope, beside what they said (ACCESS.md).
  f->set_to_person(original->from_person());
  return save({record});
}

bool CoordinatorInbox::setHelpStatus(const QString& helpRequestId, int status) {
  if (status < v1::HELP_OPEN || status > v1::HELP_WITHDRAWN) {
    setProblem(tr("Choose open, arranged, done or withdrawn."));
    return false;
  }
  for (const auto& r : snapshot().records(domain::Record::kHelpRequest)) {
    if (r.help_request().id() != helpRequestId.toStdString()) continue;
    if (!coordinates(r.help_request().family_id())) break;
    if (r.help_request().status() == status) return true;
    domain::Record record = r;
    record.mutable_help_request()->set_status(static_cast<v1::HelpStatus>(status));
    return save({record});
  }
  setProblem(tr("Only a coordinator of the family can change this request."));
  return false;
}

}  // namespace kith::app
