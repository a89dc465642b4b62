#pragma once
//! kith::app::AssessmentDraft: the coordinator's assessment of a family: what are we worried
//! about (harm, danger statements, complicating factors), what's working well (strengths and
//! existing safety), what needs to happen (safety goals, next steps), then the coordinator's
//! safety scale score. It starts from the family's latest assessment; save() writes a new
//! Assessment and, if a score was chosen, a ScaleScore from the coordinator's viewpoint in the
//! same put. UI thread only.

#include <QtQml/qqmlregistration.h>

#include "draft_list.hpp"
#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class AssessmentDraft : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(kith::app::DraftList* worries READ worries CONSTANT)
  Q_PROPERTY(kith::app::DraftList* strengths READ strengths CONSTANT)
  Q_PROPERTY(kith::app::DraftList* safetyGoals READ safetyGoals CONSTANT)
  Q_PROPERTY(kith::app::DraftList* nextSteps READ nextSteps CONSTANT)
  //! The people of the family who can own a next step, with their needs flags.
  Q_PROPERTY(kith::app::RowModel* people READ people CONSTANT)
  //! Every safety scale score of the family, newest first.
  Q_PROPERTY(kith::app::RowModel* scores READ scores CONSTANT)
  Q_PROPERTY(QString assessedOn READ assessedOn WRITE setAssessedOn NOTIFY draftChanged)
  //! The coordinator's score, 0 to 10, or -1 for none.
  Q_PROPERTY(int score READ score WRITE setScore NOTIFY draftChanged)
  Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY draftChanged)
  Q_PROPERTY(QString latestOn READ latestOn NOTIFY refreshed)
  Q_PROPERTY(bool isCoordinator READ isCoordinator NOTIFY refreshed)
  //! How many assessments this draft has saved.
  Q_PROPERTY(int saved READ saved NOTIFY draftChanged)

 public:
  explicit AssessmentDraft(QObject* parent = nullptr);

  DraftList* worries() const { return m_worries; }
  DraftList* strengths() const { return m_strengths; }
  DraftList* safetyGoals() const { return m_goals; }
  DraftList* nextSteps() const { return m_steps; }
  RowModel* people() const { return m_people; }
  RowModel* scores() const { return m_scores; }
  QString assessedOn() const { return m_assessedOn; }
  void setAssessedOn(const QString& d);
  int score() const { return m_score; }
  void setScore(int score);
  QString reason() const { return m_reason; }
  void setReason(const QString& r);
  QString latestOn() const { return m_latestOn; }
  bool isCoordinator() const { return m_isCoordinator; }
  int saved() const { return m_saved; }

  //! Starts again from the family's latest assessment.
  Q_INVOKABLE void startFromLatest();
  //! Checks and writes the assessment (and the score, if chosen). False with the problem shown.
  Q_INVOKABLE bool save();
  //! Writes only a score, against the latest assessment (for a score between assessments).
  Q_INVOKABLE bool saveScore();
  Q_INVOKABLE QString worryKindName(int kind) const;
  Q_INVOKABLE QString viewpointName(int viewpoint) const;

 signals:
  void draftChanged();

 protected:
  void refresh() override;

 private:
  QString check() const;
  QString checkScore() const;
  domain::Record scoreRecord(const std::string& assessmentId) const;
  const v1::Assessment* latest() const;

  DraftList* m_worries;
  DraftList* m_strengths;
  DraftList* m_goals;
  DraftList* m_steps;
  RowModel* m_people;
  RowModel* m_scores;
  QString m_assessedOn, m_reason, m_latestOn;
  int m_score = -1;
  int m_saved = 0;
  bool m_isCoordinator = false;
  std::string m_loadedFor;
};

}  // namespace kith::app
