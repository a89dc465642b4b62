#pragma once
//! kith::app::GoalsView: a family's safety goals and its safety scale, as the person should see
//! them. The goals come from the latest assessment, with its worries and what is working well
//! shown beside them for context (read only). The scale is every ScaleScore of the family: a list
//! over time, one series per viewpoint for the chart, and the latest score of each viewpoint.
//! The person adds their own score, with a sentence why. UI thread only.

#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class GoalsView : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool hasAssessment READ hasAssessment NOTIFY refreshed)
  Q_PROPERTY(QString assessedOn READ assessedOn NOTIFY refreshed)
  Q_PROPERTY(QStringList worries READ worries NOTIFY refreshed)
  Q_PROPERTY(QStringList workingWell READ workingWell NOTIFY refreshed)
  Q_PROPERTY(bool someUntranslated READ someUntranslated NOTIFY refreshed)
  //! The safety goals: goalId, words, pictogram.
  Q_PROPERTY(kith::app::RowModel* goals READ goals CONSTANT)
  //! Every score, newest first: scoreId, date, score, viewpoint, viewpointName, who, reason,
  //! goal (the goal's words, or empty for the whole picture), mine, at (seconds since 1970).
  Q_PROPERTY(kith::app::RowModel* scores READ scores CONSTANT)
  //! The latest score of each viewpoint that has one, in viewpoint order: viewpoint,
  //! viewpointName, score, who, date, reason.
  Q_PROPERTY(kith::app::RowModel* latest READ latest CONSTANT)
  //! One entry per viewpoint with scores, for the chart: {viewpoint, name, index (0-4, for the
  //! marker and line pattern), points: [{at, score, date}] oldest first}.
  Q_PROPERTY(QVariantList series READ series NOTIFY refreshed)
  //! The time span of all scores, in seconds since 1970 (equal when there is one score).
  Q_PROPERTY(double firstAt READ firstAt NOTIFY refreshed)
  Q_PROPERTY(double lastAt READ lastAt NOTIFY refreshed)
  //! The chart in words, for screen readers: the latest score of each viewpoint.
  Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
  //! Whether this person may add a score (the server accepts scale scores from them).
  Q_PROPERTY(bool canScore READ canScore NOTIFY refreshed)
  //! The viewpoint this person's scores are given from (a kith.v1.Viewpoint number; 0 if none).
  Q_PROPERTY(int myViewpoint READ myViewpoint NOTIFY refreshed)

 public:
  //! The same numbers as kith.v1.Viewpoint.
  enum Viewpoint { NoViewpoint = 0, Parent, YoungPerson, Coordinator, Network, Volunteer };
  Q_ENUM(Viewpoint)

  explicit GoalsView(QObject* parent = nullptr);

  bool hasAssessment() const { return !m_assessmentId.empty(); }
  QString assessedOn() const { return m_assessedOn; }
  QStringList worries() const { return m_worries; }
  QStringList workingWell() const { return m_workingWell; }
  bool someUntranslated() const { return m_someUntranslated; }
  RowModel* goals() const { return m_goals; }
  RowModel* scores() const { return m_scores; }
  RowModel* latest() const { return m_latest; }
  QVariantList series() const { return m_series; }
  double firstAt() const { return m_firstAt; }
  double lastAt() const { return m_lastAt; }
  QString summary() const { return m_summary; }
  bool canScore() const;
  int myViewpoint() const;

  //! Adds the person's score (0-10) with a sentence why, about the whole picture or one safety
  //! goal of the latest assessment. False, with `problem` set and nothing stored, if the score,
  //! the reason or the goal is not right or the person may not score.
  Q_INVOKABLE bool addScore(int score, const QString& reason, const QString& safetyGoalId = {});
  //! The words for a viewpoint number ("Parent or carer", "Young person", ...).
  Q_INVOKABLE QString viewpointName(int viewpoint) const;

 protected:
  void refresh() override;

 private:
  const v1::Assessment* latestAssessment() const;

  std::string m_assessmentId;
  QString m_assessedOn, m_summary;
  QStringList m_worries, m_workingWell;
  bool m_someUntranslated = false;
  QVariantList m_series;
  double m_firstAt = 0, m_lastAt = 0;
  RowModel* m_goals;
  RowModel* m_scores;
  RowModel* m_latest;
};

}  // namespace kith::app
