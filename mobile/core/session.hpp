#pragma once
//! kith::app::Session: the one object the interface talks to. It owns the store worker and its
//! thread, knows whether the app needs setting up, is locked or is ready, which person it is
//! enrolled as and which family is in view, and shows sync's state. Feature views (PlanView,
//! GoalsView, ...) read its snapshot and write through put(). Built once in main() and handed to
//! QML as the root's initial property; UI thread only.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "preferences.hpp"
#include "read_aloud.hpp"
#include "shown_text.hpp"
#include "snapshot.hpp"
#include "store_worker.hpp"

namespace kith::app {

struct SessionOptions {
  QString dataDir;        //!< the store lives in dataDir/store, preferences in dataDir/prefs.ini
  QString server;         //!< the server address offered on the first run
  QString caPem;          //!< the certificate authority trusted for the server
  store::StoreOptions storeOptions;
  sync::EngineOptions engineOptions;
  int autoLockSeconds = 180;  //!< idle or in the background this long, the app locks
};

class Session : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("The Session is made once in main() and handed to the window")

  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  Q_PROPERTY(bool quickExited READ quickExited NOTIFY stateChanged)
  Q_PROPERTY(QString defaultServer READ defaultServer CONSTANT)
  Q_PROPERTY(Preferences* preferences READ preferences CONSTANT)
  Q_PROPERTY(ReadAloud* readAloud READ readAloud CONSTANT)
  Q_PROPERTY(int autoLockSeconds READ autoLockSeconds WRITE setAutoLockSeconds NOTIFY autoLockChanged)

  Q_PROPERTY(QString personId READ personId NOTIFY snapshotChanged)
  Q_PROPERTY(QString personName READ personName NOTIFY snapshotChanged)
  Q_PROPERTY(QString familyId READ familyId NOTIFY familyChanged)
  Q_PROPERTY(QString familyName READ familyName NOTIFY familyChanged)
  Q_PROPERTY(Role role READ role NOTIFY roleChanged)
  Q_PROPERTY(bool isStaff READ isStaff NOTIFY familyChanged)
  Q_PROPERTY(QStringList familyIds READ familyIds NOTIFY snapshotChanged)
  Q_PROPERTY(int revision READ revision NOTIFY snapshotChanged)

  Q_PROPERTY(SyncPhase syncPhase READ syncPhase NOTIFY syncChanged)
  Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)
  Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY syncChanged)
  Q_PROPERTY(int waitingCount READ waitingCount NOTIFY syncChanged)
  Q_PROPERTY(QString syncProblem READ syncProblem NOTIFY syncChanged)
  Q_PROPERTY(QString rejection READ rejection NOTIFY syncChanged)

 public:
  enum State { NeedsEnrolment, Locked, Ready };
  Q_ENUM(State)
  //! The same numbers as kith.v1.Role.
  enum Role { NoRole = 0, Parent, Network, YoungPerson, CareLeaver, Volunteer, Coordinator };
  Q_ENUM(Role)
  //! The worker's kith::app::SyncPhase, for QML.
  enum SyncPhase {
    Synced = static_cast<int>(app::SyncPhase::synced),
    Syncing = static_cast<int>(app::SyncPhase::syncing),
    Offline = static_cast<int>(app::SyncPhase::offline),
    NeedsAttention = static_cast<int>(app::SyncPhase::needs_attention),
  };
  Q_ENUM(SyncPhase)

  explicit Session(SessionOptions options, QObject* parent = nullptr);
  ~Session() override;

  State state() const { return m_state; }
  bool busy() const { return m_busy; }
  QString error() const { return m_error; }
  bool quickExited() const { return m_quickExited; }
  QString defaultServer() const { return m_options.server; }
  Preferences* preferences() const { return m_preferences; }
  ReadAloud* readAloud() const { return m_readAloud; }
  int autoLockSeconds() const { return m_options.autoLockSeconds; }
  void setAutoLockSeconds(int seconds);

  QString personId() const;
  QString personName() const;
  QString familyId() const { return m_familyId; }
  QString familyName() const;
  Role role() const;
  bool isStaff() const { return m_staff; }
  QStringList familyIds() const;
  int revision() const { return m_revision; }

  SyncPhase syncPhase() const { return static_cast<SyncPhase>(m_sync.phase); }
  QString syncText() const;
  QDateTime lastSynced() const;
  int waitingCount() const { return m_sync.waiting; }
  QString syncProblem() const { return m_sync.problem; }
  QString rejection() const { return m_sync.rejection; }

  //! First run with an invite code or the text of a coordinator's QR code. The PIN is asked
  //! twice; errors land in `error`.
  Q_INVOKABLE void enrolWithInvite(const QString& server, const QString& invite, const QString& pin,
                                   const QString& pinAgain);
  //! First run for staff, with their username and password.
  Q_INVOKABLE void enrolStaff(const QString& server, const QString& username,
                              const QString& password, const QString& pin, const QString& pinAgain);
  Q_INVOKABLE void unlock(const QString& pin);
  //! Closes the store and drops every record from memory.
  Q_INVOKABLE void lock();
  //! Locks at once and asks the window to show the neutral screen.
  Q_INVOKABLE void quickExit();
  //! Leaves the neutral screen for the PIN screen.
  Q_INVOKABLE void leaveNeutralScreen();
  Q_INVOKABLE void syncNow();
  Q_INVOKABLE void dismissRejection();
  Q_INVOKABLE void selectFamily(const QString& familyId);
  Q_INVOKABLE QString familyNameOf(const QString& familyId) const;
  Q_INVOKABLE QString personNameOf(const QString& personId) const;
  //! The person's role in a family, as a word for the screen ("Parent or carer").
  Q_INVOKABLE QString roleName(int role) const;
  //! Coordinators: asks the server for an invite for a person to join a family in a role (a
  //! Session::Role number; not Coordinator). Answered by inviteReady or requestFailed("invite").
  //! `personId` is an existing volunteer from requestVolunteers(), or empty for someone new.
  Q_INVOKABLE void requestInvite(const QString& familyId, int role, const QString& displayName,
                                 const QString& personId = {});
  //! Staff: the volunteers the server knows. Answered by volunteersReady or requestFailed.
  Q_INVOKABLE void requestVolunteers();
  //! Noted by the window on every touch or key press: idle time starts again.
  Q_INVOKABLE void noteActivity();

  //! For feature views. The current snapshot (never null; empty when locked).
  const SnapshotPtr& snapshot() const { return m_snapshot; }
  //! The words of a Text as this person should see them.
  ShownText show(const v1::Text& text) const;
  //! Validates the records here, at once, and sends them to the store. Returns the first
  //! problem as a sentence to show beside the form, or an empty string when they are on their
  //! way (a later refusal by the store arrives as writeFailed()).
  QString put(std::vector<domain::Record> records);
  //! A new record id (a lower-case UUID), and now as a timestamp, for views making records.
  static std::string newId();
  static void stampNow(google::protobuf::Timestamp* at);

 signals:
  void stateChanged();
  void busyChanged();
  void errorChanged();
  void autoLockChanged();
  void snapshotChanged();
  void familyChanged();
  //! The role hangs on the family in view and on being unlocked (NoRole while locked).
  void roleChanged();
  void syncChanged();
  //! A change could not be stored: the sentence says why.
  void writeFailed(const QString& message);
  //! An invite was made. `link` is the text of its QR code; `expiresAt` when it stops working.
  void inviteReady(const QString& code, const QString& link, const QString& personId,
                   const QDateTime& expiresAt, const QString& displayName);
  //! personIds and names line up.
  void volunteersReady(const QStringList& personIds, const QStringList& names);
  //! A request that needs the server failed; `what` is "invite" or "volunteers". `offline`: it
  //! could not reach the server, nothing was done, and it must be asked again once online.
  void requestFailed(const QString& what, bool offline, const QString& message);

 private:
  void setState(State state);
  void setBusy(bool busy);
  void setError(const QString& error);
  void onOpened(const SnapshotPtr& snapshot, const QString& role, bool firstRun);
  void onOpenFailed(const QString& code, const QString& message);
  void onSnapshot(const SnapshotPtr& snapshot);
  void onSettingRead(const QString& key, const QString& value);
  //! Applies the person's recorded communication needs to the preferences when they are new to
  //! this device: on the first sync, and again whenever a coordinator (or the person) changes them.
  void applyNeeds();
  void chooseFamily();
  QString checkNewPin(const QString& pin, const QString& pinAgain);
  void enrol(EnrolmentRequest request, const QString& pin);
  bool eventFilter(QObject* watched, QEvent* event) override;

  SessionOptions m_options;
  Preferences* m_preferences = nullptr;
  ReadAloud* m_readAloud = nullptr;
  //! The communication needs last applied to the preferences (see applyNeeds()); kept in the
  //! store, so a change a coordinator records later is applied once, and the person's own
  //! choices stand until then.
  QString m_needsApplied;
  QThread m_thread;
  StoreWorker* m_worker = nullptr;  // lives on m_thread; deleted when it finishes
  SnapshotPtr m_snapshot;
  State m_state = NeedsEnrolment;
  bool m_busy = false;
  bool m_quickExited = false;
  bool m_staff = false;
  QString m_error;
  QString m_familyId;
  QString m_enrolledRole;
  int m_revision = 0;
  SyncStatus m_sync;
  QTimer m_idleTimer;
};

}  // namespace kith::app
