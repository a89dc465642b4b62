#pragma once
//! kith::app::StoreWorker: the device's encrypted store and its sync engine, on one worker thread.
//! The interface thread never touches the store: it sends requests as queued calls and gets
//! back immutable snapshots and a sync status through queued signals (the pattern of Qt's
//! threadedsonglist example). Every slot runs on the worker thread.
//!
//! Sync runs by itself once the store is open: at once, a moment after each local change, when
//! the server hints that a scope changed (WebSocket), every few minutes, and after a failure with
//! exponential backoff and jitter.

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "snapshot.hpp"

namespace kith::app {

//! How a first run reaches the server: an invite code, or a staff login.
struct EnrolmentRequest {
  QString server;          //!< https://host:port
  QString caPem;           //!< the authority the server's certificate must come from
  QString pinnedKey;       //!< optional SHA-256 of the server's public key
  QString inviteCode;      //!< either this
  QString username;        //!< or a staff login
  QString password;
};

//! Where sync stands; Session::SyncPhase shows the same values to QML.
enum class SyncPhase { synced = 0, syncing = 1, offline = 2, needs_attention = 3 };

//! What the interface shows about sync.
struct SyncStatus {
  SyncPhase phase = SyncPhase::synced;
  qint64 lastSynced = 0;    //!< unix seconds of the last complete sync; 0 if never
  int waiting = 0;          //!< local changes not yet taken by the server
  QString problem;          //!< what went wrong and what to do, or empty
  bool needsPerson = false; //!< the problem will not pass by itself (revoked, certificate)
  int unseenRejections = 0; //!< changes the server refused that the person has not seen
  QString rejection;        //!< the newest of them: what and why
};

class StoreWorker : public QObject {
  Q_OBJECT
 public:
  //! `storeDir` is the store's folder; `options` sets the PIN stretching and lock-out rules.
  StoreWorker(QString storeDir, store::StoreOptions storeOptions, sync::EngineOptions engineOptions);
  ~StoreWorker() override;

  //! How long the worker waits on the hint stream before looking at its queue again.
  static constexpr std::chrono::milliseconds kHintSlice{120};

 public slots:
  void unlock(const QString& pin);
  void enrol(const kith::app::EnrolmentRequest& request, const QString& pin);
  //! Closes the store and forgets the key; emits locked().
  void lock();
  //! Stores local changes (all or none) and schedules a sync.
  void put(const std::vector<kith::domain::Record>& records);
  void syncNow();
  void setSetting(const QString& key, const QString& value);
  //! Marks every refusal so far as seen.
  void dismissRejections();
  //! Asks the server for an invite (coordinators): inviteReady or requestFailed.
  void createInvite(const QString& familyId, int role, const QString& displayName,
                    const QString& personId);
  //! Asks the server for the volunteers it knows (staff): volunteersReady or requestFailed.
  void listVolunteers();

 signals:
  void opened(const kith::app::SnapshotPtr& snapshot, const QString& role, bool firstRun);
  void openFailed(const QString& code, const QString& message);
  void snapshotChanged(const kith::app::SnapshotPtr& snapshot);
  void writeFailed(const QString& message);
  void statusChanged(const kith::app::SyncStatus& status);
  void settingRead(const QString& key, const QString& value);
  void locked();
  //! `link` is the QR payload (kith:join?...); expiresAt unix seconds.
  void inviteReady(const QString& code, const QString& link, const QString& personId,
                   qint64 expiresAt, const QString& displayName);
  void volunteersReady(const QStringList& personIds, const QStringList& names);
  //! A request to the server failed: what, whether it was for want of a connection (nothing was
  //! done; ask again when online), and the sentence to show otherwise.
  void requestFailed(const QString& what, bool offline, const QString& message);

 private:
  void ensureTimers();
  void afterOpen(bool firstRun);
  void publishSnapshot();
  void publishStatus();
  void runSync();
  void pollHints();
  void scheduleSync(std::chrono::milliseconds after);

  QString storeDir_;
  store::StoreOptions storeOptions_;
  sync::EngineOptions engineOptions_;
  std::optional<store::Store> store_;
  std::optional<sync::SyncEngine> engine_;
  QTimer* syncTimer_ = nullptr;
  QTimer* hintTimer_ = nullptr;
  sync::Backoff backoff_;
  SyncStatus status_;
  bool hintsOpen_ = false;
};

}  // namespace kith::app

Q_DECLARE_METATYPE(kith::app::SnapshotPtr)
Q_DECLARE_METATYPE(kith::app::EnrolmentRequest)
Q_DECLARE_METATYPE(kith::app::SyncStatus)
Q_DECLARE_METATYPE(std::vector<kith::domain::Record>)
