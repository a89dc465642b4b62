#pragma once
//! kith::app::CoordinatorDesk: a coordinator's families and the people in the family in view.
//! Lists the families they coordinate (with people, open worries and the plan's version and
//! review), creates a family (staff accounts), lists each family's people with their role and
//! communication needs, ends a membership, makes invites (with the code, link and expiry from
//! the server), lists the service's volunteers, links a volunteer in the family to it (the
//! SupportLink), and records a Family Group Conference. UI thread only.

#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class CoordinatorDesk : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(kith::app::RowModel* families READ families CONSTANT)
  Q_PROPERTY(kith::app::RowModel* people READ people CONSTANT)
  Q_PROPERTY(kith::app::RowModel* volunteers READ volunteers CONSTANT)
  Q_PROPERTY(kith::app::RowModel* conferences READ conferences CONSTANT)
  Q_PROPERTY(QString familyName READ familyName NOTIFY refreshed)
  //! The person coordinates the family in view.
  Q_PROPERTY(bool isCoordinator READ isCoordinator NOTIFY refreshed)
  //! The person has a staff account: may create families and see the volunteer list.
  Q_PROPERTY(bool isStaff READ isStaff NOTIFY refreshed)
  //! Names of the family's people (not staff, not volunteers), to invite to a conference.
  Q_PROPERTY(QStringList familyNames READ familyNames NOTIFY refreshed)

  Q_PROPERTY(bool invitePending READ invitePending NOTIFY inviteChanged)
  Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
  Q_PROPERTY(QString inviteLink READ inviteLink NOTIFY inviteChanged)
  Q_PROPERTY(QString inviteName READ inviteName NOTIFY inviteChanged)
  Q_PROPERTY(QString invitePersonId READ invitePersonId NOTIFY inviteChanged)
  Q_PROPERTY(QString inviteRoleText READ inviteRoleText NOTIFY inviteChanged)
  //! When the invite stops working, in words ("Works until 24 November 2026 at 12:04").
  Q_PROPERTY(QString inviteExpiry READ inviteExpiry NOTIFY inviteChanged)
  Q_PROPERTY(QDateTime inviteExpiresAt READ inviteExpiresAt NOTIFY inviteChanged)
  Q_PROPERTY(QString inviteProblem READ inviteProblem NOTIFY inviteChanged)
  Q_PROPERTY(bool volunteersPending READ volunteersPending NOTIFY volunteersChanged)
  Q_PROPERTY(bool volunteersLoaded READ volunteersLoaded NOTIFY volunteersChanged)
  Q_PROPERTY(QString volunteersProblem READ volunteersProblem NOTIFY volunteersChanged)

 public:
  explicit CoordinatorDesk(QObject* parent = nullptr);

  RowModel* families() const { return m_families; }
  RowModel* people() const { return m_people; }
  RowModel* volunteers() const { return m_volunteers; }
  RowModel* conferences() const { return m_conferences; }
  QString familyName() const { return m_familyName; }
  bool isCoordinator() const { return m_isCoordinator; }
  bool isStaff() const;
  QStringList familyNames() const { return m_familyNames; }

  bool invitePending() const { return m_invitePending; }
  QString inviteCode() const { return m_inviteCode; }
  QString inviteLink() const { return m_inviteLink; }
  QString inviteName() const { return m_inviteName; }
  QString invitePersonId() const { return m_invitePersonId; }
  QString inviteRoleText() const;
  QString inviteExpiry() const;
  QDateTime inviteExpiresAt() const { return m_inviteExpires; }
  QString inviteProblem() const { return m_inviteProblem; }
  bool volunteersPending() const { return m_volunteersPending; }
  bool volunteersLoaded() const { return m_volunteersLoaded; }
  QString volunteersProblem() const { return m_volunteersProblem; }

  //! Staff: a new family, with this name. The server makes the writer its coordinator when the
  //! family arrives, so only the Family is sent; it shows as waiting until the next sync.
  Q_INVOKABLE bool createFamily(const QString& name);
  //! Ends a membership today (the family leaves that person's devices). A volunteer's support
  //! links in the family end with it. Not one's own: another coordinator does that.
  Q_INVOKABLE bool endMembership(const QString& membershipId);
  //! Asks the server for an invite to the family in view: a Session::Role (not Coordinator), the
  //! name the person goes by, and an existing volunteer's id (or empty for someone new).
  //! False if something is missing; the answer arrives in the invite properties.
  Q_INVOKABLE bool invite(int role, const QString& displayName, const QString& personId = {});
  //! Forgets the invite shown (the code is shown once; it is not kept).
  Q_INVOKABLE void clearInvite();
  //! Staff: asks the server for the service's volunteers (the `volunteers` rows).
  Q_INVOKABLE void loadVolunteers();
  //! Writes the SupportLink of a volunteer who is in the family in view: a kith.v1.SupportKind
  //! and the goals set with the family. Updates their current link if they have one (the server
  //! makes one when they join), else starts one today.
  Q_INVOKABLE bool linkVolunteer(const QString& volunteerId, int supportKind,
                                 const QStringList& goals);
  //! The goals of a volunteer's current link in the family in view, one per line.
  Q_INVOKABLE QStringList supportGoals(const QString& volunteerId) const;
  Q_INVOKABLE int supportKindOf(const QString& volunteerId) const;
  Q_INVOKABLE QString supportKindName(int kind) const;
  //! Records a Family Group Conference held in the family in view.
  Q_INVOKABLE bool recordConference(const QString& heldOn, const QStringList& invited,
                                    const QStringList& attended, bool planProduced,
                                    const QString& advocate);

 signals:
  void inviteChanged();
  void volunteersChanged();

 protected:
  void refresh() override;

 private:
  void listenTo(Session* session);
  void onInviteReady(const QString& code, const QString& link, const QString& personId,
                     const QDateTime& expiresAt, const QString& displayName);
  void onVolunteers(const QStringList& ids, const QStringList& names);
  void onRequestFailed(const QString& what, bool offline, const QString& message);
  void refreshVolunteers();
  const v1::SupportLink* currentLink(const std::string& volunteerId) const;
  bool requireCoordinator();

  RowModel* m_families;
  RowModel* m_people;
  RowModel* m_volunteers;
  RowModel* m_conferences;
  QString m_familyName;
  bool m_isCoordinator = false;
  QStringList m_familyNames;

  bool m_invitePending = false;
  int m_inviteRole = 0;
  QString m_inviteCode, m_inviteLink, m_inviteName, m_invitePersonId, m_inviteProblem;
  QDateTime m_inviteExpires;
  bool m_volunteersPending = false, m_volunteersLoaded = false;
  QString m_volunteersProblem;
  QStringList m_volunteerIds, m_volunteerNames;
};

}  // namespace kith::app
