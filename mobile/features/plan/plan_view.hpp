#pragma once
//! kith::app::PlanView: a family's plan as the person should see it: the current published
//! version (or an earlier one they chose), its bottom lines, its actions grouped by who does them
//! with their status, the contingency plan and the review date; agreeing to it; ticking off and
//! confirming actions. UI thread only.

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class PlanView : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY refreshed)
  Q_PROPERTY(QString title READ title NOTIFY refreshed)
  Q_PROPERTY(int number READ number NOTIFY refreshed)
  Q_PROPERTY(bool isCurrent READ isCurrent NOTIFY refreshed)
  Q_PROPERTY(QString agreedOn READ agreedOn NOTIFY refreshed)
  Q_PROPERTY(QString reviewOn READ reviewOn NOTIFY refreshed)
  Q_PROPERTY(QString contingency READ contingency NOTIFY refreshed)
  Q_PROPERTY(QStringList bottomLines READ bottomLines NOTIFY refreshed)
  //! Each bottom line's pictogram (a name in assets/pictograms, or empty), in the same order.
  Q_PROPERTY(QStringList bottomLinePictograms READ bottomLinePictograms NOTIFY refreshed)
  Q_PROPERTY(bool someUntranslated READ someUntranslated NOTIFY refreshed)
  Q_PROPERTY(bool agreedByMe READ agreedByMe NOTIFY refreshed)
  Q_PROPERTY(bool canAgree READ canAgree NOTIFY refreshed)
  Q_PROPERTY(QString agreedBy READ agreedBy NOTIFY refreshed)
  Q_PROPERTY(kith::app::RowModel* actions READ actions CONSTANT)
  Q_PROPERTY(kith::app::RowModel* versions READ versions CONSTANT)

 public:
  explicit PlanView(QObject* parent = nullptr);

  bool hasPlan() const { return !m_versionId.empty(); }
  QString title() const { return m_title; }
  int number() const { return m_number; }
  bool isCurrent() const { return m_isCurrent; }
  QString agreedOn() const { return m_agreedOn; }
  QString reviewOn() const { return m_reviewOn; }
  QString contingency() const { return m_contingency; }
  QStringList bottomLines() const { return m_bottomLines; }
  QStringList bottomLinePictograms() const { return m_bottomLinePictograms; }
  bool someUntranslated() const { return m_someUntranslated; }
  bool agreedByMe() const { return m_agreedByMe; }
  bool canAgree() const;
  QString agreedBy() const { return m_agreedBy; }
  RowModel* actions() const { return m_actions; }
  RowModel* versions() const { return m_versions; }

  //! Shows an earlier version (by its id), or the current one for an empty id.
  Q_INVOKABLE void showVersion(const QString& versionId);
  //! The person agrees to the version shown.
  Q_INVOKABLE bool agree();
  //! Sets an action's status (a kith.v1.ActionStatus number), with an optional note.
  Q_INVOKABLE bool setStatus(const QString& actionId, int status, const QString& note = {});
  //! The words for a status number.
  Q_INVOKABLE QString statusText(int status) const;

 protected:
  void refresh() override;

 private:
  const v1::PlanVersion* shown() const;
  QString ownerName(const v1::Owner& owner) const;

  std::string m_versionId;   // the version shown
  std::string m_chosenId;    // an earlier version the person chose; empty for the current one
  QString m_title, m_agreedOn, m_reviewOn, m_contingency, m_agreedBy;
  QStringList m_bottomLines;
  QStringList m_bottomLinePictograms;
  int m_number = 0;
  bool m_isCurrent = false, m_someUntranslated = false, m_agreedByMe = false;
  RowModel* m_actions;
  RowModel* m_versions;
};

}  // namespace kith::app
