#pragma once
//! kith::app::FeatureView: the base of each feature's view object (PlanView, GoalsView, ...).
//! A view is made in QML with the session handed in, follows the family in view, and rebuilds
//! what it shows whenever the snapshot, the family or the person's preferences change. Views
//! only read the snapshot and write through Session::put(); they hold no data of their own that
//! outlives a lock. UI thread only.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "session.hpp"

namespace kith::app {

class FeatureView : public QObject {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(kith::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
  //! The family shown; follows the session's family unless set.
  Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId RESET resetFamilyId NOTIFY familyIdChanged)
  //! The last problem with something the person tried to save, as a sentence; empty if none.
  Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

 public:
  explicit FeatureView(QObject* parent = nullptr);

  Session* session() const { return m_session; }
  void setSession(Session* session);
  QString familyId() const;
  void setFamilyId(const QString& id);
  void resetFamilyId();
  QString problem() const { return m_problem; }

  Q_INVOKABLE void clearProblem() { setProblem({}); }

 signals:
  void sessionChanged();
  void familyIdChanged();
  void problemChanged();
  //! What the view shows changed.
  void refreshed();

 protected:
  //! Rebuilds the view from the session's snapshot. Called on every change, and once a session
  //! is set.
  virtual void refresh() = 0;
  const Snapshot& snapshot() const;
  std::string family() const { return familyId().toStdString(); }
  std::string me() const;
  //! Puts records through the session; shows the problem, if any. True if they were sent on.
  bool save(std::vector<domain::Record> records);
  void setProblem(const QString& problem);
  QString text(const v1::Text& t) const;
  //! A calendar day from a record ("2026-10-05") in the person's language ("5 October 2026").
  QString day(const std::string& isoDate) const;

 private:
  void reload();
  QPointer<Session> m_session;
  QString m_familyId;
  QString m_problem;
};

}  // namespace kith::app
