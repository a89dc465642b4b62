#include "goals_view.hpp"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <map>

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

// The calendar day of an instant, as an ISO date for FeatureView::day().
std::string isoDay(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds).date().toString(Qt::ISODate).toStdString();
}
}  // namespace

GoalsView::GoalsView(QObject* parent)
    : FeatureView(parent),
      m_goals(new RowModel({"goalId", "words", "pictogram"}, this)),
      m_scores(new RowModel({"scoreId", "date", "score", "viewpoint", "viewpointName", "who",
                             "reason", "goal", "mine", "at"},
                            this)),
      m_latest(new RowModel({"viewpoint", "viewpointName", "score", "who", "date", "reason"},
                            this)) {}

QString GoalsView::viewpointName(int viewpoint) const {
  switch (viewpoint) {
    case Parent: return tr("Parent or carer");
    case YoungPerson: return tr("Young person");
    case Coordinator: return tr("Coordinator");
    case Network: return tr("Family network");
    case Volunteer: return tr("Volunteer");
    default: return tr("Someone");
  }
}

int GoalsView::myViewpoint() const {
  if (!session()) return NoViewpoint;
  switch (session()->role()) {
    case Session::Parent: return Parent;
    case Session::Network: return Network;
    case Session::YoungPerson:
    case Session::CareLeaver: return YoungPerson;
    case Session::Coordinator: return Coordinator;
    case Session::Volunteer: return Volunteer;
    case Session::NoRole: break;
  }
  return NoViewpoint;
}

bool GoalsView::canScore() const {
  if (!session() || family().empty()) return false;
  // docs/ACCESS.md: parents, the network, young people and care leavers write their own scale
  // scores and coordinators write anything; volunteers may not (nor do they hold the family's
  // scores), so they are not offered it.
  const int viewpoint = myViewpoint();
  return viewpoint != NoViewpoint && viewpoint != Volunteer;
}

const v1::Assessment* GoalsView::latestAssessment() const {
  const v1::Assessment* latest = nullptr;
  for (const auto& r : snapshot().records(domain::Record::kAssessment)) {
    const auto& a = r.assessment();
    if (a.family_id() != family()) continue;
    // The latest day wins; on the same day, the one stored last.
    if (!latest || a.assessed_on() >= latest->assessed_on()) latest = &a;
  }
  return latest;
}

void GoalsView::refresh() {
  const Snapshot& s = snapshot();
  m_someUntranslated = false;
  auto shown = [&](const v1::Text& t) {
    const ShownText st = session() ? session()->show(t) : ShownText{qs(t.text()), {}, false};
    m_someUntranslated = m_someUntranslated || st.untranslated;
    return st;
  };

  // The goals, worries and what is working well of the latest assessment.
  const v1::Assessment* assessment = latestAssessment();
  m_assessmentId = assessment ? assessment->id() : std::string();
  m_assessedOn = assessment ? day(assessment->assessed_on()) : QString();
  m_worries.clear();
  m_workingWell.clear();
  std::vector<RowModel::Row> goalRows;
  if (assessment) {
    for (const auto& w : assessment->worries()) m_worries << shown(w.text()).text;
    for (const auto& st : assessment->strengths()) m_workingWell << shown(st.text()).text;
    for (const auto& g : assessment->safety_goals()) {
      const ShownText t = shown(g.text());
      goalRows.push_back({qs(g.id()), t.text, t.pictogram});
    }
  }
  m_goals->setRows(std::move(goalRows));

  // A score may be about a goal of an earlier assessment: name it from whichever has it.
  std::map<std::string, QString> goalWords;
  for (const auto& r : s.records(domain::Record::kAssessment)) {
    if (r.assessment().family_id() != family()) continue;
    for (const auto& g : r.assessment().safety_goals()) goalWords[g.id()] = shown(g.text()).text;
  }

  std::vector<const v1::ScaleScore*> all;
  for (const auto& r : s.records(domain::Record::kScaleScore)) {
    if (r.scale_score().family_id() == family()) all.push_back(&r.scale_score());
  }
  // Oldest first; scores given at the same second keep the order they were stored.
  std::stable_sort(all.begin(), all.end(), [](const v1::ScaleScore* a, const v1::ScaleScore* b) {
    return a->scored_at().seconds() < b->scored_at().seconds();
  });

  auto who = [&](const std::string& personId) {
    if (!personId.empty() && personId == me()) return tr("You");
    const std::string name = s.person_name(personId);
    return name.empty() ? tr("Someone") : qs(name);
  };

  constexpr int kViewpoints = 5;
  std::array<QVariantList, kViewpoints> points;
  std::array<const v1::ScaleScore*, kViewpoints> latestOf{};
  std::vector<RowModel::Row> scoreRows;
  for (const auto* score : all) {
    const auto at = score->scored_at().seconds();
    const QString date = day(isoDay(at));
    const int viewpoint = static_cast<int>(score->viewpoint());
    const auto goal = goalWords.find(score->safety_goal_id());
    scoreRows.push_back({qs(score->id()), date, static_cast<int>(score->score()), viewpoint,
                         viewpointName(viewpoint), who(score->scored_by()), qs(score->reason()),
                         goal == goalWords.end() ? QString() : goal->second,
                         !me().empty() && score->scored_by() == me(), static_cast<double>(at)});
    if (viewpoint < 1 || viewpoint > kViewpoints) continue;
    const auto slot = static_cast<std::size_t>(viewpoint - 1);
    points[slot].append(QVariantMap{{"at", static_cast<double>(at)},
                                    {"score", static_cast<int>(score->score())},
                                    {"date", date}});
    latestOf[slot] = score;
  }
  std::reverse(scoreRows.begin(), scoreRows.end());  // newest first for the list
  m_scores->setRows(std::move(scoreRows));
  m_firstAt = all.empty() ? 0 : static_cast<double>(all.front()->scored_at().seconds());
  m_lastAt = all.empty() ? 0 : static_cast<double>(all.back()->scored_at().seconds());

  m_series.clear();
  std::vector<RowModel::Row> latestRows;
  QStringList said;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto* score = latestOf[i];
    if (!score) continue;
    const int viewpoint = static_cast<int>(i) + 1;
    const QString name = viewpointName(viewpoint);
    const QString date = day(isoDay(score->scored_at().seconds()));
    m_series.append(QVariantMap{{"viewpoint", viewpoint},
                                {"name", name},
                                {"index", static_cast<int>(i)},
                                {"points", points[i]}});
    latestRows.push_back({viewpoint, name, static_cast<int>(score->score()),
                          who(score->scored_by()), date, qs(score->reason())});
    said << tr("%1: %2 out of 10 on %3").arg(name).arg(score->score()).arg(date);
  }
  m_latest->setRows(std::move(latestRows));
  m_summary = said.isEmpty() ? tr("Safety scale: no scores yet.")
                             : tr("Safety scale, latest scores. %1.").arg(said.join(QStringLiteral("; ")));
}

bool GoalsView::addScore(int score, const QString& reason, const QString& safetyGoalId) {
  if (!canScore()) {
    setProblem(tr("Only the family and their coordinator give scores here."));
    return false;
  }
  if (score < 0 || score > 10) {
    setProblem(tr("Choose a number from 0 to 10."));
    return false;
  }
  const QString why = reason.trimmed();
  if (why.isEmpty()) {
    setProblem(tr("Write a sentence about why you chose %1.").arg(score));
    return false;
  }
  if (!safetyGoalId.isEmpty() && !m_goals->value(safetyGoalId, "goalId").isValid()) {
    setProblem(tr("That goal is not one of the family's goals now. Choose another."));
    return false;
  }
  domain::Record record;
  auto* s = record.mutable_scale_score();
  s->set_id(Session::newId());
  s->set_family_id(family());
  s->set_assessment_id(m_assessmentId);
  s->set_safety_goal_id(safetyGoalId.toStdString());
  s->set_score(static_cast<std::uint32_t>(score));
  s->set_scored_by(me());
  s->set_viewpoint(static_cast<v1::Viewpoint>(myViewpoint()));
  Session::stampNow(s->mutable_scored_at());
  s->set_reason(why.toStdString());
  return save({record});
}

}  // namespace kith::app
