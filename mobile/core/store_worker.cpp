#include "store_worker.hpp"

#include <QDateTime>
#include <QDir>
#include <algorithm>
#include <filesystem>

#include "invite_link.hpp"
#include "startup_trace.hpp"

namespace kith::app {

namespace {

using namespace std::chrono_literals;

constexpr auto kAfterLocalChange = 400ms;   // gathers a burst of taps into one push
constexpr auto kPeriodic = std::chrono::minutes(5);
constexpr const char* kRejectionsSeen = "app.rejections_seen";

QString qs(const std::string& s) { return QString::fromStdString(s); }

//! What to tell a person about a sync failure, and whether it needs them.
std::pair<QString, bool> explain(const Error& error) {
  switch (error.code) {
    case ErrorCode::network_unreachable:
    case ErrorCode::timeout:
      return {QObject::tr("Offline. Changes are kept on this phone."), false};
    case ErrorCode::unavailable:
    case ErrorCode::rate_limited:
      return {QObject::tr("The server is busy. Kith will try again."), false};
    case ErrorCode::device_revoked:
      return {QObject::tr("This phone has been removed from Kith. Ask your coordinator to set it "
                          "up again."),
              true};
    case ErrorCode::certificate_untrusted:
    case ErrorCode::certificate_wrong_host:
    case ErrorCode::certificate_expired:
      return {QObject::tr("Kith could not prove it is talking to the real server, so it sent "
                          "nothing. Ask your coordinator. (%1)")
                  .arg(qs(std::string(to_string(error.code)))),
              true};
    default:
      return {qs(error.message), !sync::is_temporary(error)};
  }
}

//! True when a request failed for want of a connection, not because the server refused it.
bool offline(const Error& error) {
  return error.code == ErrorCode::network_unreachable || error.code == ErrorCode::timeout;
}

QString describeRejection(const store::Rejection& r) {
  const QString what = qs(std::string(domain::kind_name(r.kind))).replace('_', ' ');
  return QObject::tr("A %1 was not saved: %2").arg(what, qs(r.message));
}

}  // namespace

StoreWorker::StoreWorker(QString storeDir, store::StoreOptions storeOptions,
                         sync::EngineOptions engineOptions)
    : storeDir_(std::move(storeDir)),
      storeOptions_(std::move(storeOptions)),
      engineOptions_(std::move(engineOptions)) {}

StoreWorker::~StoreWorker() = default;

void StoreWorker::ensureTimers() {
  if (syncTimer_) return;
  // Made here, on the worker thread, so they fire on it.
  syncTimer_ = new QTimer(this);
  syncTimer_->setSingleShot(true);
  connect(syncTimer_, &QTimer::timeout, this, &StoreWorker::runSync);
  hintTimer_ = new QTimer(this);
  hintTimer_->setSingleShot(true);
  connect(hintTimer_, &QTimer::timeout, this, &StoreWorker::pollHints);
}

void StoreWorker::unlock(const QString& pin) {
  traceStart("worker: unlock begins (PIN stretching)");
  ensureTimers();
  const QByteArray typed = pin.toUtf8();
  auto store = store::Store::unlock(storeDir_.toStdString(),
                                    Pin(std::string_view(typed.constData(), typed.size())),
                                    storeOptions_);
  if (!store) {
    emit openFailed(qs(std::string(to_string(store.error().code))), qs(store.error().message));
    return;
  }
  traceStart("worker: store unlocked");
  store_.emplace(std::move(*store));
  afterOpen(false);
}

void StoreWorker::enrol(const EnrolmentRequest& request, const QString& pin) {
  ensureTimers();
  const std::filesystem::path dir = storeDir_.toStdString();
  const bool existed = store::Store::exists(dir);
  const QByteArray typed = pin.toUtf8();
  const Pin thePin(std::string_view(typed.constData(), typed.size()));
  auto store = existed ? store::Store::unlock(dir, thePin, storeOptions_)
                       : store::Store::create(dir, thePin, storeOptions_);
  if (!store) {
    emit openFailed(qs(std::string(to_string(store.error().code))), qs(store.error().message));
    return;
  }
  sync::ServerTrust trust{request.server.trimmed().toStdString(), request.caPem.toStdString(),
                          request.pinnedKey.toStdString()};
  sync::Credential credential{request.inviteCode.toStdString(), request.username.toStdString(),
                              request.password.toStdString()};
  auto enrolment = sync::SyncEngine::enrol(*store, trust, credential, engineOptions_);
  if (!enrolment) {
    // A store made for this attempt holds nothing yet: remove it so the next attempt starts
    // clean, with whatever PIN the person then chooses.
    if (!existed) {
      store = Result<store::Store>(unexpected(ErrorCode::internal, "closed"));
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
    emit openFailed(qs(std::string(to_string(enrolment.error().code))),
                    qs(enrolment.error().message));
    return;
  }
  store_.emplace(std::move(*store));
  afterOpen(true);
}

void StoreWorker::afterOpen(bool firstRun) {
  auto engine = sync::SyncEngine::open(*store_, engineOptions_);
  if (engine) engine_.emplace(std::move(*engine));
  // The private preferences first, so the window opens already as the person wants it.
  for (const char* key : {"app.easy_read", "app.read_aloud", "app.needs_applied"}) {
    const auto value = store_->setting(key);
    if (value && *value) emit settingRead(QString::fromLatin1(key), qs(**value));
  }
  const auto role = store_->setting(sync::settings::kRole);
  auto records = store_->list({});
  traceStart("worker: records read");
  const auto person = store_->setting(sync::settings::kPersonId);
  auto snapshot = make_snapshot(person && *person ? **person : std::string(),
                                records ? std::move(*records) : std::vector<domain::Record>{});
  traceStart("worker: snapshot made");
  emit opened(std::move(snapshot), role && *role ? qs(**role) : QString(), firstRun);
  backoff_.reset();
  publishStatus();
  scheduleSync(0ms);
}

void StoreWorker::lock() {
  if (syncTimer_) syncTimer_->stop();
  if (hintTimer_) hintTimer_->stop();
  hintsOpen_ = false;
  engine_.reset();
  store_.reset();  // closes the database; the data key wipes itself
  status_ = {};
  emit locked();
}

void StoreWorker::put(const std::vector<domain::Record>& records) {
  if (!store_) {
    emit writeFailed(tr("Kith is locked. Unlock it and try again."));
    return;
  }
  auto stored = store_->put(std::span<const domain::Record>(records));
  if (!stored) {
    emit writeFailed(qs(stored.error().message));
    return;
  }
  publishSnapshot();
  publishStatus();
  scheduleSync(kAfterLocalChange);
}

void StoreWorker::syncNow() {
  backoff_.reset();
  scheduleSync(0ms);
}

void StoreWorker::setSetting(const QString& key, const QString& value) {
  if (store_) (void)store_->set_setting(key.toStdString(), value.toStdString());
}

void StoreWorker::dismissRejections() {
  if (!store_) return;
  const auto rejections = store_->rejections();
  if (rejections && !rejections->empty()) {
    std::int64_t newest = 0;
    for (const auto& r : *rejections) newest = std::max(newest, r.seq);
    (void)store_->set_setting(kRejectionsSeen, std::to_string(newest));
  }
  publishStatus();
}

void StoreWorker::createInvite(const QString& familyId, int role, const QString& displayName,
                               const QString& personId) {
  const QString what = QStringLiteral("invite");
  if (!engine_) return emit requestFailed(what, false, tr("Kith is locked. Unlock it and try again."));
  sync::InviteRequest request;
  request.family_id = familyId.toStdString();
  request.role = v1::Role_Name(static_cast<v1::Role>(role));
  request.display_name = displayName.trimmed().toStdString();
  request.person_id = personId.toStdString();
  auto invite = engine_->create_invite(request);
  if (!invite) {
    return emit requestFailed(what, offline(invite.error()), explain(invite.error()).first);
  }
  InviteLink link;
  if (const auto server = store_->setting(sync::settings::kServer); server && *server) {
    link.server = **server;
  }
  if (const auto pin = store_->setting(sync::settings::kPin); pin && *pin) link.pinned_key = **pin;
  link.code = invite->code;
  emit inviteReady(qs(invite->code), qs(make_invite_link(link)), qs(invite->person_id),
                   invite->expires_at, displayName.trimmed());
}

void StoreWorker::listVolunteers() {
  const QString what = QStringLiteral("volunteers");
  if (!engine_) return emit requestFailed(what, false, tr("Kith is locked. Unlock it and try again."));
  auto volunteers = engine_->volunteers();
  if (!volunteers) {
    return emit requestFailed(what, offline(volunteers.error()), explain(volunteers.error()).first);
  }
  QStringList ids, names;
  for (const auto& v : *volunteers) {
    ids << qs(v.person_id);
    names << qs(v.display_name);
  }
  emit volunteersReady(ids, names);
}

void StoreWorker::publishSnapshot() {
  auto records = store_->list({});
  if (!records) {
    emit writeFailed(qs(records.error().message));
    return;
  }
  const auto person = store_->setting(sync::settings::kPersonId);
  emit snapshotChanged(
      make_snapshot(person && *person ? **person : std::string(), std::move(*records)));
}

void StoreWorker::publishStatus() {
  if (!store_) return;
  const auto waiting = store_->pending_count();
  status_.waiting = waiting ? static_cast<int>(*waiting) : 0;
  const auto last = store_->setting(sync::settings::kLastSync);
  status_.lastSynced = last && *last ? QString::fromStdString(**last).toLongLong() : 0;
  std::int64_t seen = 0;
  if (const auto s = store_->setting(kRejectionsSeen); s && *s) seen = std::stoll(**s);
  status_.unseenRejections = 0;
  status_.rejection.clear();
  if (const auto rejections = store_->rejections(); rejections) {
    for (const auto& r : *rejections) {
      if (r.seq <= seen) continue;
      ++status_.unseenRejections;
      status_.rejection = describeRejection(r);
    }
  }
  emit statusChanged(status_);
}

void StoreWorker::scheduleSync(std::chrono::milliseconds after) {
  if (!syncTimer_) return;
  if (syncTimer_->isActive() && syncTimer_->remainingTime() <= after.count()) return;
  syncTimer_->start(after);
}

void StoreWorker::runSync() {
  if (!store_) return;
  if (!engine_) {
    auto engine = sync::SyncEngine::open(*store_, engineOptions_);
    if (!engine) {
      status_.phase = SyncPhase::needs_attention;
      status_.problem = qs(engine.error().message);
      status_.needsPerson = true;
      publishStatus();
      return;
    }
    engine_.emplace(std::move(*engine));
  }
  status_.phase = SyncPhase::syncing;
  publishStatus();
  auto report = engine_->sync();
  if (!report) {
    auto [problem, needsPerson] = explain(report.error());
    status_.phase = needsPerson ? SyncPhase::needs_attention : SyncPhase::offline;
    status_.problem = problem;
    status_.needsPerson = needsPerson;
    hintsOpen_ = false;
    publishStatus();
    if (!needsPerson) scheduleSync(backoff_.next());
    return;
  }
  backoff_.reset();
  status_.phase = SyncPhase::synced;
  status_.problem.clear();
  status_.needsPerson = false;
  if (report->pulled || report->purged || report->reloaded || report->rejected) publishSnapshot();
  publishStatus();
  scheduleSync(kPeriodic);
  if (!hintsOpen_) {
    hintsOpen_ = true;
    hintTimer_->start(0);
  }
}

void StoreWorker::pollHints() {
  if (!engine_ || !hintsOpen_) return;
  auto hint = engine_->wait_for_hint(kHintSlice);
  if (!hint) {
    // The stream broke: the next sync finds out whether the server is still there.
    hintsOpen_ = false;
    scheduleSync(backoff_.next());
    return;
  }
  if (*hint) scheduleSync(0ms);
  // Back to the event loop between slices, so queued requests from the interface go first.
  hintTimer_->start(0);
}

}  // namespace kith::app
