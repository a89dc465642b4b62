#pragma once
//! kith::app::SupportView: Safe Families support, as the person in view may see it.
//!
//! A volunteer sees the families linked to them (their own support links, not ended) and, for
//! the family in view, the visits and calls they logged, the stays they hosted (with the bed
//! nights) and the help requests asked of them; they log contacts and stays, answer a request and
//! raise a worry, which goes to the Safe Families team and never to the family. A volunteer's
//! device holds only their own volunteer scope of each family (docs/ACCESS.md), never the plan:
//! the view reads nothing else.
//!
//! A parent or carer sees who their volunteer is, the visits logged, the family's help requests
//! (asking for help, withdrawing their own open request) and sends the team feedback on the
//! support. Other family members see the requests and may send feedback; a coordinator reads.
//!
//! Every write is checked here first and kept out of the store if it is wrong, with a sentence
//! saying what to change (`problem`). UI thread only.

#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class SupportView : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(Mode mode READ mode NOTIFY refreshed)
  //! The family shown: for a volunteer, one of their linked families (the first unless chosen).
  Q_PROPERTY(QString familyInView READ familyInView NOTIFY refreshed)
  Q_PROPERTY(QString familyName READ familyName NOTIFY refreshed)
  //! The volunteer's support of the family in view: its kind in words, since when, its goals.
  Q_PROPERTY(QString supportKindText READ supportKindText NOTIFY refreshed)
  Q_PROPERTY(QString supportSince READ supportSince NOTIFY refreshed)
  Q_PROPERTY(QStringList goals READ goals NOTIFY refreshed)
  Q_PROPERTY(int bedNights READ bedNights NOTIFY refreshed)
  Q_PROPERTY(bool canLog READ canLog NOTIFY refreshed)
  Q_PROPERTY(bool canAskForHelp READ canAskForHelp NOTIFY refreshed)
  Q_PROPERTY(bool canSendFeedback READ canSendFeedback NOTIFY refreshed)
  //! When the person last sent the team feedback on the support, as a day; empty if never.
  Q_PROPERTY(QString lastFeedbackOn READ lastFeedbackOn NOTIFY refreshed)
  //! Today as YYYY-MM-DD, for forms.
  Q_PROPERTY(QString today READ today NOTIFY refreshed)
  Q_PROPERTY(kith::app::RowModel* families READ families CONSTANT)
  Q_PROPERTY(kith::app::RowModel* volunteers READ volunteers CONSTANT)
  Q_PROPERTY(kith::app::RowModel* contacts READ contacts CONSTANT)
  Q_PROPERTY(kith::app::RowModel* stays READ stays CONSTANT)
  Q_PROPERTY(kith::app::RowModel* helpRequests READ helpRequests CONSTANT)
  Q_PROPERTY(kith::app::RowModel* children READ children CONSTANT)

 public:
  //! What the person does with Safe Families in the family in view.
  enum Mode {
    NoSupport = 0,  //!< nothing to show (no link as a volunteer, no family)
    Volunteering,   //!< a volunteer, with at least one family linked to them
    Supported,      //!< a member of a supported family (parent, young person, network, ...)
    Staff           //!< a coordinator: reads everything of the family
  };
  Q_ENUM(Mode)

  explicit SupportView(QObject* parent = nullptr);

  Mode mode() const { return m_mode; }
  QString familyInView() const { return QString::fromStdString(m_family); }
  QString familyName() const { return m_familyName; }
  QString supportKindText() const { return m_supportKindText; }
  QString supportSince() const { return m_supportSince; }
  QStringList goals() const { return m_goals; }
  int bedNights() const { return m_bedNights; }
  bool canLog() const { return m_mode == Volunteering && !m_linkId.empty(); }
  bool canAskForHelp() const { return m_canAsk; }
  bool canSendFeedback() const { return m_canFeedback; }
  QString lastFeedbackOn() const { return m_lastFeedbackOn; }
  QString today() const;
  RowModel* families() const { return m_families; }
  RowModel* volunteers() const { return m_volunteers; }
  RowModel* contacts() const { return m_contacts; }
  RowModel* stays() const { return m_stays; }
  RowModel* helpRequests() const { return m_help; }
  RowModel* children() const { return m_children; }

  // ---- a volunteer's writes, for the family in view ----------------------------------------

  //! Logs a contact (a kith.v1.ContactKind) on a day (YYYY-MM-DD, not after today) that lasted
  //! `minutes` (1 to 1440; 0 only for a message), with notes and outcome domains (numbers of
  //! kith.v1.OutcomeDomain, as a list of ints). False, with `problem` set, if anything is wrong.
  Q_INVOKABLE bool logContact(int kind, const QString& happenedOn, int minutes,
                              const QString& notes, const QVariantList& domains);
  //! Logs a stay: who stayed (person ids; none means the same children as the last stay with
  //! this family), the day they came and the day they went home (after it, not after today).
  //! The nights are counted from the dates.
  Q_INVOKABLE bool logStay(const QStringList& childIds, const QString& fromOn,
                           const QString& untilOn, const QString& notes);
  //! Answers a help request asked of this volunteer: HELP_ARRANGED or HELP_DONE. The request
  //! stays the family's: only its status and who gives it change.
  Q_INVOKABLE bool answerHelp(const QString& helpRequestId, int status);
  //! Raises a safeguarding worry with the Safe Families team (a Concern in the family's staff
  //! scope). The family never sees it; it is sent at once when there is a connection.
  Q_INVOKABLE bool raiseWorry(const QString& text);

  // ---- a family member's writes ---------------------------------------------------------------

  //! A parent asks for help (a kith.v1.HelpKind): of the service when `volunteerId` is empty, or
  //! of one of the family's volunteers. `neededOn` is optional (today or later).
  Q_INVOKABLE bool askForHelp(int kind, const QString& description, const QString& neededOn,
                              const QString& volunteerId = {});
  //! Withdraws the person's own open (or arranged) help request.
  Q_INVOKABLE bool withdrawHelp(const QString& helpRequestId);
  //! "How confident do you feel in the help you are getting?" 1 to 5 (0: not said, then words
  //! are needed), and words. Goes to the Safe Families team only.
  Q_INVOKABLE bool sendSupportFeedback(int confidence, const QString& text);

  // ---- words and days for the pages ------------------------------------------------------------

  Q_INVOKABLE QString contactKindText(int kind) const;
  Q_INVOKABLE QString domainText(int domain) const;
  Q_INVOKABLE QString helpKindText(int kind) const;
  Q_INVOKABLE QString helpStatusText(int status) const;
  Q_INVOKABLE QString supportKindName(int kind) const;
  //! A typed day in words ("Thursday 5 November 2026"), or empty if it is not a real day.
  Q_INVOKABLE QString describeDay(const QString& isoDate) const;
  //! The day `days` after a YYYY-MM-DD day (before, if negative); today's if it is not a day.
  Q_INVOKABLE QString shiftDay(const QString& isoDate, int days) const;
  //! The nights between two days, or -1 if either is not a real day.
  Q_INVOKABLE int nightsBetween(const QString& fromOn, const QString& untilOn) const;

 protected:
  void refresh() override;

 private:
  void refreshVolunteer();
  void refreshFamily();
  void fillContacts(bool onlyMine);
  void fillStays(bool onlyMine);
  void fillHelp(bool onlyAskedOfMe);
  void fillChildren();
  const v1::HelpRequest* helpRequest(const std::string& id) const;
  QString personName(const std::string& personId) const;
  //! Checks a typed day; sets the problem and returns false if it is not one.
  bool checkDay(const QString& isoDate, const QString& what, bool required);

  Mode m_mode = NoSupport;
  std::string m_family;  // the family in view
  std::string m_linkId;  // the volunteer's support link with it
  QString m_familyName, m_supportKindText, m_supportSince, m_lastFeedbackOn;
  QStringList m_goals;
  int m_bedNights = 0;
  bool m_canAsk = false, m_canFeedback = false;
  RowModel* m_families;
  RowModel* m_volunteers;
  RowModel* m_contacts;
  RowModel* m_stays;
  RowModel* m_help;
  RowModel* m_children;
};

}  // namespace kith::app
