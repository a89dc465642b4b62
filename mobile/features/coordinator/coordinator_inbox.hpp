#pragma once
//! kith::app::CoordinatorInbox: what needs a coordinator's answer, in the family in view or
//! across all the families they coordinate: worries (concerns) first, those not yet
//! acknowledged first; then feedback for staff, with the replies already sent; then help
//! requests, open ones first. Each can be answered: acknowledge a worry, reply to feedback (a
//! staff Feedback with reply_to and to_person, so it lands beside what the person said), set a
//! help request's status. UI thread only.

#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class CoordinatorInbox : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  //! The items: itemId, section ("concern", "feedback", "help"), sectionText, familyId,
  //! familyName, from, fromFlags, when, text, detail, waiting (needs an answer), status.
  Q_PROPERTY(kith::app::RowModel* items READ items CONSTANT)
  //! Every family the person coordinates, rather than only the one in view.
  Q_PROPERTY(bool allFamilies READ allFamilies WRITE setAllFamilies NOTIFY allFamiliesChanged)
  Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY refreshed)

 public:
  explicit CoordinatorInbox(QObject* parent = nullptr);

  RowModel* items() const { return m_items; }
  bool allFamilies() const { return m_all; }
  void setAllFamilies(bool all);
  int unacknowledged() const { return m_unacknowledged; }

  //! Marks a worry as seen by this coordinator, now.
  Q_INVOKABLE bool acknowledge(const QString& concernId);
  //! Answers feedback for staff; the person sees the reply beside what they said.
  Q_INVOKABLE bool reply(const QString& feedbackId, const QString& text);
  //! Sets a help request's status (a kith.v1.HelpStatus).
  Q_INVOKABLE bool setHelpStatus(const QString& helpRequestId, int status);
  Q_INVOKABLE QString helpStatusName(int status) const;

 signals:
  void allFamiliesChanged();

 protected:
  void refresh() override;

 private:
  bool coordinates(const std::string& familyId) const;
  QString when(const google::protobuf::Timestamp& at) const;

  RowModel* m_items;
  bool m_all = false;
  int m_unacknowledged = 0;
};

}  // namespace kith::app
