#pragma once
//! kith::app::PlanDraft: the coordinator's editor for the next version of a family's plan: its
//! bottom lines, actions (what, owners from the family's people or a typed name, by when, who
//! checks), contingency, review day and the day the family agreed it, each text with an optional
//! easy-read form and translations. It starts from the current published version. publish()
//! writes, in one put, the Plan (if the family has none), the new PlanVersion (the next number,
//! published by the coordinator now) and the previous published version marked superseded (the
//! only change the server allows to a published version). The draft lives in memory only.
//! UI thread only.

#include <QtQml/qqmlregistration.h>

#include "draft_list.hpp"
#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class PlanDraft : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(kith::app::DraftList* bottomLines READ bottomLines CONSTANT)
  Q_PROPERTY(kith::app::DraftList* actions READ actions CONSTANT)
  //! The contingency plan, as a one-item list (for the same editor).
  Q_PROPERTY(kith::app::DraftList* contingency READ contingency CONSTANT)
  //! The people of the family who can own or check an action, with their needs flags.
  Q_PROPERTY(kith::app::RowModel* people READ people CONSTANT)
  Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY draftChanged)
  Q_PROPERTY(QString agreedOn READ agreedOn WRITE setAgreedOn NOTIFY draftChanged)
  Q_PROPERTY(QString reviewOn READ reviewOn WRITE setReviewOn NOTIFY draftChanged)
  Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY refreshed)
  Q_PROPERTY(int currentNumber READ currentNumber NOTIFY refreshed)
  Q_PROPERTY(int nextNumber READ nextNumber NOTIFY refreshed)
  Q_PROPERTY(bool isCoordinator READ isCoordinator NOTIFY refreshed)
  //! The number of the version last published from this draft; 0 if none yet.
  Q_PROPERTY(int published READ published NOTIFY draftChanged)

 public:
  explicit PlanDraft(QObject* parent = nullptr);

  DraftList* bottomLines() const { return m_bottomLines; }
  DraftList* actions() const { return m_actions; }
  DraftList* contingency() const { return m_contingency; }
  RowModel* people() const { return m_people; }
  QString title() const { return m_title; }
  void setTitle(const QString& t);
  QString agreedOn() const { return m_agreedOn; }
  void setAgreedOn(const QString& d);
  QString reviewOn() const { return m_reviewOn; }
  void setReviewOn(const QString& d);
  bool hasPlan() const { return m_hasPlan; }
  int currentNumber() const { return m_currentNumber; }
  int nextNumber() const { return m_nextNumber; }
  bool isCoordinator() const { return m_isCoordinator; }
  int published() const { return m_published; }

  //! Starts the draft again from the current published version (or empty if there is none).
  Q_INVOKABLE void startFromCurrent();
  //! Checks the draft and publishes it. False with the problem shown, and the draft kept.
  Q_INVOKABLE bool publish();

 signals:
  void draftChanged();

 protected:
  void refresh() override;

 private:
  QString check() const;
  QString nameOf(const QString& personId) const;

  DraftList* m_bottomLines;
  DraftList* m_actions;
  DraftList* m_contingency;
  RowModel* m_people;
  QString m_title, m_agreedOn, m_reviewOn;
  std::string m_loadedFor;  // the family the draft was started for
  bool m_hasPlan = false, m_isCoordinator = false;
  int m_currentNumber = 0, m_nextNumber = 1, m_published = 0;
};

}  // namespace kith::app
