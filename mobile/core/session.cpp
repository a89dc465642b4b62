#include "session.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QUuid>

#include "invite_link.hpp"
#include "startup_trace.hpp"

namespace kith::app {

namespace {

//! The store setting holding the fingerprint of the communication needs last applied.
constexpr const char* kNeedsApplied = "app.needs_applied";

QString qs(const std::string& s) { return QString::fromStdString(s); }

Session::Role roleFromName(const QString& name) {
  v1::Role role = v1::ROLE_UNSPECIFIED;
  if (!v1::Role_Parse(name.toStdString(), &role)) return Session::NoRole;
  return static_cast<Session::Role>(role);
}

}  // namespace

Session::Session(SessionOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_snapshot(make_snapshot({}, {})) {
  qRegisterMetaType<SnapshotPtr>();
  qRegisterMetaType<EnrolmentRequest>();
  qRegisterMetaType<SyncStatus>();
  qRegisterMetaType<std::vector<domain::Record>>();

  QDir().mkpath(m_options.dataDir);
  const QString prefs = m_options.dataDir.isEmpty() ? QString()
                                                    : QDir(m_options.dataDir).filePath("prefs.ini");
  m_preferences = new Preferences(prefs, this);
  m_readAloud = new ReadAloud(this);
  connect(m_preferences, &Preferences::privateChanged, this, [this](const QString& k, const QString& v) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, k, v] { w->setSetting(k, v); });
  });

  const QString storeDir = QDir(m_options.dataDir).filePath("store");
  m_worker = new StoreWorker(storeDir, m_options.storeOptions, m_options.engineOptions);
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &StoreWorker::opened, this, &Session::onOpened);
  connect(m_worker, &StoreWorker::openFailed, this, &Session::onOpenFailed);
  connect(m_worker, &StoreWorker::snapshotChanged, this, &Session::onSnapshot);
  connect(m_worker, &StoreWorker::settingRead, this, &Session::onSettingRead);
  connect(m_worker, &StoreWorker::writeFailed, this, &Session::writeFailed);
  connect(m_worker, &StoreWorker::inviteReady, this,
          [this](const QString& code, const QString& link, const QString& personId, qint64 expires,
                 const QString& name) {
            emit inviteReady(code, link, personId, QDateTime::fromSecsSinceEpoch(expires), name);
          });
  connect(m_worker, &StoreWorker::volunteersReady, this, &Session::volunteersReady);
  connect(m_worker, &StoreWorker::requestFailed, this, &Session::requestFailed);
  connect(m_worker, &StoreWorker::statusChanged, this, [this](const SyncStatus& status) {
    m_sync = status;
    emit syncChanged();
  });
  connect(this, &Session::familyChanged, this, &Session::roleChanged);
  connect(this, &Session::stateChanged, this, &Session::roleChanged);
  m_thread.setObjectName("kith-store");
  m_thread.start();

  m_state = store::Store::exists(storeDir.toStdString()) ? Locked : NeedsEnrolment;

  m_idleTimer.setSingleShot(true);
  m_idleTimer.setInterval(m_options.autoLockSeconds * 1000);
  connect(&m_idleTimer, &QTimer::timeout, this, [this] {
    if (m_state == Ready) lock();
  });
  // Every touch and key press anywhere in the app counts as activity. A phone put away, or the
  // app sent to the background, gets none, so the same timer locks it there too.
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

Session::~Session() {
  if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
  m_thread.quit();
  m_thread.wait();
}

void Session::setAutoLockSeconds(int seconds) {
  seconds = std::max(seconds, 5);
  if (seconds == m_options.autoLockSeconds) return;
  m_options.autoLockSeconds = seconds;
  m_idleTimer.setInterval(seconds * 1000);
  if (m_idleTimer.isActive()) m_idleTimer.start();
  emit autoLockChanged();
}

bool Session::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
      noteActivity();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

void Session::noteActivity() {
  if (m_state == Ready) m_idleTimer.start();
}

// ---- state ---------------------------------------------------------------------------------------

void Session::setState(State state) {
  if (state == m_state) return;
  m_state = state;
  if (state == Ready) {
    m_idleTimer.start();
  } else {
    m_idleTimer.stop();
  }
  emit stateChanged();
}

void Session::setBusy(bool busy) {
  if (busy == m_busy) return;
  m_busy = busy;
  emit busyChanged();
}

void Session::setError(const QString& error) {
  if (error == m_error) return;
  m_error = error;
  emit errorChanged();
}

QString Session::checkNewPin(const QString& pin, const QString& pinAgain) {
  if (pin.size() < 6) return tr("Choose a PIN of at least 6 numbers.");
  for (const QChar c : pin) {
    if (!c.isDigit()) return tr("A PIN is numbers only.");
  }
  if (pin != pinAgain) return tr("The two PINs are not the same. Type the same PIN twice.");
  return {};
}

void Session::enrolWithInvite(const QString& server, const QString& invite, const QString& pin,
                              const QString& pinAgain) {
  auto link = parse_invite_link(invite.toStdString());
  if (!link) return setError(qs(link.error().message));
  if (const QString problem = checkNewPin(pin, pinAgain); !problem.isEmpty()) return setError(problem);
  EnrolmentRequest request;
  request.server = link->server.empty() ? server.trimmed() : qs(link->server);
  request.pinnedKey = qs(link->pinned_key);
  request.inviteCode = qs(link->code);
  enrol(std::move(request), pin);
}

void Session::enrolStaff(const QString& server, const QString& username, const QString& password,
                         const QString& pin, const QString& pinAgain) {
  if (username.trimmed().isEmpty()) return setError(tr("Type your Kith username."));
  if (password.isEmpty()) return setError(tr("Type your password."));
  if (const QString problem = checkNewPin(pin, pinAgain); !problem.isEmpty()) return setError(problem);
  EnrolmentRequest request;
  request.server = server.trimmed();
  request.username = username.trimmed();
  request.password = password;
  enrol(std::move(request), pin);
}

void Session::enrol(EnrolmentRequest request, const QString& pin) {
  if (!request.server.startsWith(QLatin1String("https://"))) {
    return setError(tr("The server address starts with https://, for example "
                       "https://kith.example.gov.uk"));
  }
  request.caPem = m_options.caPem;
  setError({});
  setBusy(true);
  QMetaObject::invokeMethod(m_worker, [w = m_worker, request, pin] { w->enrol(request, pin); });
}

void Session::unlock(const QString& pin) {
  if (pin.isEmpty()) return setError(tr("Type your PIN."));
  setError({});
  setBusy(true);
  QMetaObject::invokeMethod(m_worker, [w = m_worker, pin] { w->unlock(pin); });
}

void Session::lock() {
  // Drop every record from memory now; the worker closes the store behind us.
  m_snapshot = make_snapshot({}, {});
  m_readAloud->stop();
  m_preferences->forgetPrivate();
  m_needsApplied.clear();
  m_sync = {};
  m_familyId.clear();
  ++m_revision;
  emit familyChanged();
  emit snapshotChanged();
  emit syncChanged();
  if (m_state == Ready) setState(Locked);
  QMetaObject::invokeMethod(m_worker, &StoreWorker::lock);
}

void Session::quickExit() {
  m_quickExited = true;
  lock();
  emit stateChanged();
}

void Session::leaveNeutralScreen() {
  if (!m_quickExited) return;
  m_quickExited = false;
  emit stateChanged();
}

void Session::requestInvite(const QString& familyId, int role, const QString& displayName,
                            const QString& personId) {
  const QString what = QStringLiteral("invite");
  if (m_state != Ready) return emit requestFailed(what, false, tr("Kith is locked. Unlock it and try again."));
  if (displayName.trimmed().isEmpty()) {
    return emit requestFailed(what, false, tr("Type the name the person will be shown by."));
  }
  if (role == Coordinator || role <= NoRole || role > Coordinator) {
    return emit requestFailed(what, false, tr("Choose the person's part in the family. Coordinators "
                                       "are added by the service's Kith administrator."));
  }
  QMetaObject::invokeMethod(m_worker, [w = m_worker, familyId, role, displayName, personId] {
    w->createInvite(familyId, role, displayName, personId);
  });
}

void Session::requestVolunteers() {
  if (m_state != Ready) {
    return emit requestFailed(QStringLiteral("volunteers"), false, tr("Kith is locked. Unlock it and try again."));
  }
  QMetaObject::invokeMethod(m_worker, &StoreWorker::listVolunteers);
}

void Session::syncNow() { QMetaObject::invokeMethod(m_worker, &StoreWorker::syncNow); }

void Session::dismissRejection() { QMetaObject::invokeMethod(m_worker, &StoreWorker::dismissRejections); }

void Session::onOpened(const SnapshotPtr& snapshot, const QString& role, bool) {
  m_enrolledRole = role;
  m_staff = roleFromName(role) == Coordinator;
  setBusy(false);
  setError({});
  m_quickExited = false;
  traceStart("session: opened");
  onSnapshot(snapshot);
  setState(Ready);
  traceStart("session: ready (home page made)");
}

void Session::onOpenFailed(const QString&, const QString& message) {
  setBusy(false);
  setError(message);
}

void Session::onSettingRead(const QString& key, const QString& value) {
  if (key == QLatin1String("app.easy_read")) m_preferences->setEasyRead(value == "1");
  else if (key == QLatin1String("app.read_aloud")) m_preferences->setReadAloud(value == "1");
  else if (key == QLatin1String(kNeedsApplied)) m_needsApplied = value;
}

void Session::applyNeeds() {
  const v1::Person* me = m_snapshot->person(m_snapshot->person_id);
  if (!me) return;  // the profile arrives with the first sync
  const QString fingerprint = needsFingerprint(me->needs());
  if (fingerprint == m_needsApplied) return;
  m_preferences->seedFrom(me->needs());
  m_needsApplied = fingerprint;
  QMetaObject::invokeMethod(m_worker, [w = m_worker, fingerprint] {
    w->setSetting(QString::fromLatin1(kNeedsApplied), fingerprint);
  });
}

void Session::onSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot) return;
  m_snapshot = snapshot;
  ++m_revision;
  applyNeeds();
  chooseFamily();
  emit snapshotChanged();
}

void Session::chooseFamily() {
  const auto families = m_snapshot->my_families();
  QString chosen = m_familyId;
  const bool stillMine = std::find(families.begin(), families.end(), chosen.toStdString()) !=
                         families.end();
  if (!stillMine) chosen = families.empty() ? QString() : qs(families.front());
  if (chosen != m_familyId) m_familyId = chosen;
  emit familyChanged();
}

void Session::selectFamily(const QString& familyId) {
  if (familyId == m_familyId) return;
  m_familyId = familyId;
  emit familyChanged();
}

// ---- what the interface reads ---------------------------------------------------------------------

QString Session::personId() const { return qs(m_snapshot->person_id); }

QString Session::personName() const { return qs(m_snapshot->person_name(m_snapshot->person_id)); }

QString Session::familyName() const { return familyNameOf(m_familyId); }

QString Session::familyNameOf(const QString& familyId) const {
  const std::string name = m_snapshot->family_name(familyId.toStdString());
  if (!name.empty() || familyId.isEmpty()) return qs(name);
  // A volunteer's device does not hold the family's own record, only their support of it.
  for (const auto& r : m_snapshot->records(domain::Record::kSupportLink)) {
    if (r.support_link().family_id() == familyId.toStdString()) return tr("The family you support");
  }
  return {};
}

QString Session::personNameOf(const QString& personId) const {
  const std::string name = m_snapshot->person_name(personId.toStdString());
  return name.empty() ? tr("Someone") : qs(name);
}

Session::Role Session::role() const {
  if (m_state != Ready) return NoRole;
  if (!m_familyId.isEmpty()) {
    if (auto r = m_snapshot->role_in(m_snapshot->person_id, m_familyId.toStdString())) {
      return static_cast<Role>(*r);
    }
  }
  return roleFromName(m_enrolledRole);
}

QStringList Session::familyIds() const {
  QStringList out;
  for (const auto& id : m_snapshot->my_families()) out << qs(id);
  return out;
}

QString Session::roleName(int role) const {
  switch (static_cast<Role>(role)) {
    case Parent: return tr("Parent or carer");
    case Network: return tr("Family network");
    case YoungPerson: return tr("Young person");
    case CareLeaver: return tr("Care leaver");
    case Volunteer: return tr("Safe Families volunteer");
    case Coordinator: return tr("Coordinator");
    case NoRole: break;
  }
  return {};
}

QDateTime Session::lastSynced() const {
  return m_sync.lastSynced ? QDateTime::fromSecsSinceEpoch(m_sync.lastSynced) : QDateTime();
}

QString Session::syncText() const {
  QString waiting;
  // English plural forms come from kith_en.qm (mobile/i18n).
  if (m_sync.waiting > 0) waiting = tr("%n changes to send.", "", m_sync.waiting);
  switch (syncPhase()) {
    case Syncing:
      return tr("Syncing…");
    case Offline:
    case NeedsAttention:
      return (m_sync.problem + QLatin1Char(' ') + waiting).trimmed();
    case Synced:
      break;
  }
  if (!m_sync.lastSynced) return (tr("Not synced yet.") + QLatin1Char(' ') + waiting).trimmed();
  const qint64 ago = QDateTime::currentSecsSinceEpoch() - m_sync.lastSynced;
  QString when;
  if (ago < 60) when = tr("Synced just now.");
  else if (ago < 3600) when = tr("Synced %n minutes ago.", "", static_cast<int>(ago / 60));
  else when = tr("Synced at %1.").arg(QLocale(m_preferences->language()).toString(
          lastSynced().toLocalTime().time(), QLocale::ShortFormat));
  return (when + QLatin1Char(' ') + waiting).trimmed();
}

// ---- writing ---------------------------------------------------------------------------------------

ShownText Session::show(const v1::Text& text) const {
  return choose_text(text, m_preferences->easyRead(), m_preferences->language());
}

QString Session::put(std::vector<domain::Record> records) {
  if (m_state != Ready) return tr("Kith is locked. Unlock it and try again.");
  for (const auto& record : records) {
    if (auto valid = domain::validate(record); !valid) return qs(valid.error().message);
  }
  QMetaObject::invokeMethod(m_worker, [w = m_worker, r = std::move(records)] { w->put(r); });
  return {};
}

std::string Session::newId() {
  return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower().toStdString();
}

void Session::stampNow(google::protobuf::Timestamp* at) {
  at->set_seconds(QDateTime::currentSecsSinceEpoch());
  at->set_nanos(0);
}

}  // namespace kith::app
