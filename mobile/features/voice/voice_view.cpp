#include "voice_view.hpp"

#include <QDateTime>
#include <algorithm>
#include <set>

#include "kith/domain/record.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

std::string isoDay(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds).date().toString(Qt::ISODate).toStdString();
}
}  // namespace

VoiceView::VoiceView(QObject* parent)
    : FeatureView(parent),
      m_feedback(new RowModel({"feedbackId", "text", "date", "audience", "audienceText",
                               "confidence", "about", "isReply", "who", "replyTo", "at"},
                              this)),
      m_pages(new RowModel({"pageId", "number", "text", "pictogram", "untranslated"}, this)) {}

bool VoiceView::inFamily() const { return session() && !family().empty(); }

bool VoiceView::canSendFeedback() const {
  if (!inFamily()) return false;
  // docs/ACCESS.md: every family role and volunteers write their own feedback; coordinators
  // answer it instead (a reply is written from their own screens).
  switch (session()->role()) {
    case Session::Parent:
    case Session::Network:
    case Session::YoungPerson:
    case Session::CareLeaver:
    case Session::Volunteer: return true;
    default: return false;
  }
}

bool VoiceView::canShareWithFamily() const {
  // A volunteer does not hold the family's scope, so the server refuses their family feedback.
  return canSendFeedback() && session()->role() != Session::Volunteer;
}

bool VoiceView::canSayNotSafe() const {
  if (!inFamily()) return false;
  const auto role = session()->role();
  return role == Session::YoungPerson || role == Session::CareLeaver;
}

bool VoiceView::canEditThreeHouses() const {
  // docs/ACCESS.md: only the young person or care leaver writes their own Three Houses.
  return canSayNotSafe();
}

QString VoiceView::audienceText(int audience) const {
  switch (audience) {
    case StaffOnly: return tr("Only staff see this");
    case Family: return tr("Your family can see this");
    default: return {};
  }
}

QString VoiceView::aboutText(const QString& about) const {
  if (about == QLatin1String("family-plan")) return tr("Our family plan");
  if (about == QLatin1String("safe-families")) return tr("Safe Families");
  if (about == QLatin1String("safety")) return tr("Feeling safe");
  return about;
}

void VoiceView::refresh() {
  const Snapshot& s = snapshot();
  const std::string mine = me();
  const std::string fam = family();
  m_someUntranslated = false;

  // Feedback: what this person said, and the staff replies to it. Nothing anyone else said, even
  // family feedback the device holds.
  std::vector<const v1::Feedback*> own, replies;
  std::set<std::string> ownIds;
  for (const auto& r : s.records(domain::Record::kFeedback)) {
    const auto& f = r.feedback();
    if (f.family_id() != fam || mine.empty()) continue;
    if (f.from_person() == mine && f.reply_to().empty()) {
      own.push_back(&f);
      ownIds.insert(f.id());
    }
  }
  for (const auto& r : s.records(domain::Record::kFeedback)) {
    const auto& f = r.feedback();
    if (f.family_id() != fam || mine.empty() || f.from_person() == mine) continue;
    if (ownIds.contains(f.reply_to()) || f.to_person() == mine) replies.push_back(&f);
  }
  auto byTime = [](const v1::Feedback* a, const v1::Feedback* b) {
    return a->at().seconds() < b->at().seconds();
  };
  std::stable_sort(replies.begin(), replies.end(), byTime);
  // A reply to something this device no longer holds still shows, as its own thread.
  std::vector<const v1::Feedback*> threads = own;
  for (const auto* reply : replies) {
    if (!ownIds.contains(reply->reply_to())) threads.push_back(reply);
  }
  std::stable_sort(threads.begin(), threads.end(), byTime);
  std::reverse(threads.begin(), threads.end());  // newest first

  auto row = [&](const v1::Feedback& f, bool isReply) -> RowModel::Row {
    const std::string name = s.person_name(f.from_person());
    const QString who = f.from_person() == mine ? tr("You") : name.empty() ? tr("Staff") : qs(name);
    return {qs(f.id()),
            qs(f.text()),
            day(isoDay(f.at().seconds())),
            static_cast<int>(f.audience()),
            audienceText(static_cast<int>(f.audience())),
            static_cast<int>(f.confidence()),
            aboutText(qs(f.about())),
            isReply,
            who,
            qs(f.reply_to()),
            static_cast<double>(f.at().seconds())};
  };
  std::vector<RowModel::Row> rows;
  for (const auto* f : threads) {
    const bool isReply = !ownIds.contains(f->id());
    rows.push_back(row(*f, isReply));
    if (isReply) continue;
    for (const auto* reply : replies) {
      if (reply->reply_to() == f->id()) rows.push_back(row(*reply, true));
    }
  }
  m_feedback->setRows(std::move(rows));
  m_replyCount = static_cast<int>(replies.size());

  // "I don't feel safe" messages still on this device. A family device never receives the staff
  // scope, so a concern of its own here is one that has not been sent yet.
  bool waiting = false;
  bool sentPresent = false;
  if (session() && session()->role() != Session::Coordinator) {
    for (const auto& r : s.records(domain::Record::kConcern)) {
      const auto& c = r.concern();
      if (c.raised_by() != mine || c.family_id() != fam || c.kind() != v1::CONCERN_NOT_SAFE) continue;
      waiting = true;
      if (c.id() == m_sentConcernId) sentPresent = true;
    }
  }
  if (sentPresent) m_sentConcernSeen = true;
  m_notSafeWaiting = waiting || (!m_sentConcernId.empty() && !m_sentConcernSeen);

  // The Three Houses: the person's own, the latest if there are two.
  const v1::ThreeHouses* houses = nullptr;
  for (const auto& r : s.records(domain::Record::kThreeHouses)) {
    const auto& h = r.three_houses();
    if (h.child_id() != mine || h.family_id() != fam || mine.empty()) continue;
    if (!houses || h.updated_at().seconds() >= houses->updated_at().seconds()) houses = &h;
  }
  m_threeHousesId = houses ? houses->id() : std::string();
  m_worries.clear();
  m_goodThings.clear();
  m_dreams.clear();
  m_threeHousesUpdated.clear();
  if (houses) {
    for (const auto& w : houses->worries()) m_worries << qs(w);
    for (const auto& g : houses->good_things()) m_goodThings << qs(g);
    for (const auto& d : houses->dreams()) m_dreams << qs(d);
    if (houses->has_updated_at()) m_threeHousesUpdated = day(isoDay(houses->updated_at().seconds()));
  }

  // Words and Pictures written for this person: the latest.
  const v1::WordsAndPictures* story = nullptr;
  for (const auto& r : s.records(domain::Record::kWordsAndPictures)) {
    const auto& w = r.words_and_pictures();
    if (w.child_id() != mine || w.family_id() != fam || mine.empty()) continue;
    if (!story || w.written_on() >= story->written_on()) story = &w;
  }
  std::vector<RowModel::Row> pageRows;
  m_pagesWrittenOn = story ? day(story->written_on()) : QString();
  if (story) {
    for (int i = 0; i < story->pages_size(); ++i) {
      // Through the session, so the person's easy read and language apply.
      const ShownText shown = session()->show(story->pages(i).text());
      m_someUntranslated = m_someUntranslated || shown.untranslated;
      pageRows.push_back({QStringLiteral("%1/%2").arg(qs(story->id())).arg(i), i + 1, shown.text,
                          shown.pictogram, shown.untranslated});
    }
  }
  m_pages->setRows(std::move(pageRows));
}

bool VoiceView::sendFeedback(const QString& text, int audience, int confidence,
                             const QString& about) {
  if (!canSendFeedback()) {
    setProblem(tr("Feedback is sent by the family and volunteers. Staff answer it."));
    return false;
  }
  if (audience != StaffOnly && audience != Family) {
    setProblem(tr("Choose who sees this: staff only, or your family."));
    return false;
  }
  if (audience == Family && !canShareWithFamily()) {
    setProblem(tr("As a volunteer, your feedback goes to staff only. Choose staff only."));
    return false;
  }
  if (confidence < 0 || confidence > 5) {
    setProblem(tr("Choose how confident you feel from 1 to 5, or leave it out."));
    return false;
  }
  const QString words = text.trimmed();
  if (words.isEmpty() && confidence == 0) {
    setProblem(tr("Write something, or choose how confident you feel."));
    return false;
  }
  domain::Record record;
  auto* f = record.mutable_feedback();
  f->set_id(Session::newId());
  f->set_family_id(family());
  f->set_from_person(me());
  f->set_audience(static_cast<v1::Audience>(audience));
  f->set_about(about.simplified().toStdString());
  f->set_confidence(static_cast<std::uint32_t>(confidence));
  f->set_text(words.toStdString());
  Session::stampNow(f->mutable_at());
  return save({record});
}

bool VoiceView::notSafe(const QString& text) {
  if (!canSayNotSafe()) {
    setProblem(tr("This is for young people. If you are worried about someone's safety, call 999 in an emergency."));
    return false;
  }
  domain::Record record;
  auto* c = record.mutable_concern();
  c->set_id(Session::newId());
  c->set_family_id(family());
  c->set_raised_by(me());
  c->set_kind(v1::CONCERN_NOT_SAFE);
  c->set_text(text.trimmed().toStdString());
  Session::stampNow(c->mutable_raised_at());
  if (!save({record})) return false;
  m_sentConcernId = c->id();
  m_sentConcernSeen = false;
  m_notSafeWaiting = true;
  emit refreshed();
  return true;
}

bool VoiceView::saveThreeHouses(const QStringList& worries, const QStringList& goodThings,
                                const QStringList& dreams) {
  if (!canEditThreeHouses()) {
    setProblem(tr("Three Houses are filled in by the young person they belong to."));
    return false;
  }
  domain::Record record;
  auto* h = record.mutable_three_houses();
  // Each line as the person wrote it, on one line, without empty ones.
  QString tooLong;
  auto fill = [&](const QStringList& lines, google::protobuf::RepeatedPtrField<std::string>* out) {
    for (const QString& line : lines) {
      const QString words = line.simplified();
      if (words.isEmpty()) continue;
      const std::string bytes = words.toStdString();
      if (bytes.size() > domain::Limits::short_text && tooLong.isEmpty()) tooLong = words;
      *out->Add() = bytes;
    }
  };
  fill(worries, h->mutable_worries());
  fill(goodThings, h->mutable_good_things());
  fill(dreams, h->mutable_dreams());
  if (!tooLong.isEmpty()) {
    setProblem(tr("This line is too long: \"%1...\". Split it into two shorter lines.")
                   .arg(tooLong.left(40)));
    return false;
  }
  h->set_id(m_threeHousesId.empty() ? Session::newId() : m_threeHousesId);
  h->set_family_id(family());
  h->set_child_id(me());
  Session::stampNow(h->mutable_updated_at());
  return save({record});
}

}  // namespace kith::app
