// kith_app_quick_tests: Qt Quick Test cases (tst_*.qml) that drive the real shell, one role at a
// time, offscreen. `backend.openAs(person)` gives a Session unlocked on a real encrypted store
// seeded as that demo person (tests/app/device_seed.hpp).
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickTest>
#include <map>
#include <memory>
#include <vector>

#include "device_seed.hpp"
#include "qml_plugins.hpp"
#include "session.hpp"

namespace {

class Backend : public QObject {
  Q_OBJECT
 public:
  //! A new Session, unlocked, for "amina", "zara", "nan", "helen" or "jo"; null if it fails.
  Q_INVOKABLE QObject* openAs(const QString& person) {
    static const std::map<QString, std::string> ids = {
        {"amina", "d2000000-0000-4000-8000-000000000001"}, {"zara", "d2000000-0000-4000-8000-000000000002"},
        {"nan", "d2000000-0000-4000-8000-000000000003"},   {"helen", "d2000000-0000-4000-8000-000000000004"},
        {"jo", "d2000000-0000-4000-8000-000000000005"}};
    const auto id = ids.find(person);
    if (id == ids.end()) return nullptr;
    std::string error;
    const auto records = kith::testing::read_records(KITH_DEMO_FILE, &error);
    auto& dir = dirs_.emplace_back(std::make_unique<QTemporaryDir>());
    error = kith::testing::seed_device_store(dir->path(), id->second, records, "284613",
                                             "https://127.0.0.1:1", kith::testing::fast_store_options());
    if (!error.empty()) qFatal("cannot seed %s: %s", qPrintable(person), error.c_str());
    kith::app::SessionOptions options;
    options.dataDir = dir->path();
    options.storeOptions = kith::testing::fast_store_options();
    options.engineOptions.client.connect_timeout = std::chrono::milliseconds(200);
    auto* session = new kith::app::Session(options, this);
    session->unlock("284613");
    if (!QTest::qWaitFor([&] { return session->state() == kith::app::Session::Ready; }, 10000)) {
      qFatal("cannot unlock %s: %s", qPrintable(person), qPrintable(session->error()));
    }
    return session;
  }
  //! Closes every session (their stores and worker threads) while the application still exists.
  void closeAll() {
    const auto sessions = findChildren<kith::app::Session*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(sessions);
    dirs_.clear();
  }
  //! How many records of a kind (by its schema name, e.g. "action_update") a session holds.
  Q_INVOKABLE int count(QObject* session, const QString& kind) const {
    auto* s = qobject_cast<kith::app::Session*>(session);
    const auto k = kith::domain::kind_from_name(kind.toStdString());
    return s && k ? static_cast<int>(s->snapshot()->records(*k).size()) : -1;
  }

 private:
  std::vector<std::unique_ptr<QTemporaryDir>> dirs_;
};

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() { QQuickStyle::setStyle("Basic"); }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Tests only: the backend reaches the test files as a context property.
    engine->rootContext()->setContextProperty("backend", &backend_);
  }
  void cleanupTestCase() { backend_.closeAll(); }

 private:
  Backend backend_;
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(kith_app_quick_tests, Setup)

#include "quick_test_main.moc"
