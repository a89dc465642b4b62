#include "app_fixture.hpp"

#include <gtest/gtest.h>

#include <QQmlComponent>
#include <QSignalSpy>
#include <QTest>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "access.hpp"
#include "kith/net/certificates.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"

namespace kith::testing {

std::vector<domain::Record> demo_records() {
  std::ifstream in(KITH_DEMO_FILE);
  std::stringstream text;
  text << in.rdbuf();
  auto records = domain::records_from_json(text.str());
  EXPECT_TRUE(records) << (records ? "" : records.error().describe());
  return records ? *records : std::vector<domain::Record>{};
}

store::StoreOptions fast_store_options() {
  store::StoreOptions options;
  options.kdf = crypto::ScryptParams{10, 8, 1};
  return options;
}

SeededDevice::SeededDevice(const std::string& person_id, const std::vector<domain::Record>& records,
                           const std::string& server)
    : server_(server) {
  // Which scopes would the server give this person? Ask the server's own access rules.
  server::AccessState state;
  std::string role_name = "ROLE_UNSPECIFIED";
  for (const auto& r : records) {
    if (r.has_family()) state.families.push_back(r.family().id());
    if (!r.has_membership()) continue;
    const auto& m = r.membership();
    state.memberships.push_back({m.id(), m.person_id(), m.family_id(), m.role(), m.ended_on().empty()});
    if (m.person_id() == person_id) role_name = v1::Role_Name(m.role());
    if (m.role() == v1::ROLE_COORDINATOR) state.accounts.push_back({m.person_id(), "staff", {}, true, 0});
  }
  const server::AccessIndex access(state);
  const auto held = access.scopes_for(person_id);

  std::map<std::string, store::ScopePage> pages;
  for (const auto& r : records) {
    const auto scope = domain::scope_for(r);
    EXPECT_TRUE(scope);
    const std::string name = scope->to_string();
    if (!std::binary_search(held.begin(), held.end(), name)) continue;
    auto& page = pages[name];
    page.scope = name;
    page.epoch = "test-epoch";
    store::Change change;
    change.seq = ++page.last_seq;
    change.record = r;
    change.kind = r.body_case();
    change.record_id = domain::record_id(r);
    page.changes.push_back(std::move(change));
  }
  const std::filesystem::path store_dir = dir_.filePath("store").toStdString();
  auto store = store::Store::create(store_dir, Pin(kPin), fast_store_options());
  if (!store) {
    ADD_FAILURE() << "cannot make the store: " << store.error().describe();
    return;
  }
  for (const auto& [name, page] : pages) EXPECT_TRUE(store->apply(page));
  EXPECT_TRUE(store->set_setting(sync::settings::kServer, server_));
  EXPECT_TRUE(store->set_setting(sync::settings::kPersonId, person_id));
  EXPECT_TRUE(store->set_setting(sync::settings::kDeviceSecret, std::string(64, 'a')));
  const auto ca = net::make_certificate_authority("Kith app test CA", 1);
  EXPECT_TRUE(ca);
  if (ca) {
    EXPECT_TRUE(store->set_setting(sync::settings::kCa, ca->certificate));
  }
  EXPECT_TRUE(store->set_setting(sync::settings::kRole, role_name));
}

std::unique_ptr<app::Session> SeededDevice::open(int autoLockSeconds) const {
  app::SessionOptions options;
  options.dataDir = dir_.path();
  options.storeOptions = fast_store_options();
  // No server answers at this address: sync fails quickly and the app works offline.
  options.engineOptions.client.connect_timeout = std::chrono::milliseconds(200);
  options.autoLockSeconds = autoLockSeconds;
  auto session = std::make_unique<app::Session>(options);
  EXPECT_EQ(session->state(), app::Session::Locked);
  session->unlock(kPin);
  EXPECT_TRUE(QTest::qWaitFor([&] { return session->state() == app::Session::Ready; }, 10000))
      << session->error().toStdString();
  return session;
}

PageHarness::PageHarness(app::Session* session, const QString& file, QSize size)
    : engine_(std::make_unique<QQmlEngine>()), window_(std::make_unique<QQuickWindow>()) {
  engine_->addImportPath(QStringLiteral("qrc:/qt/qml"));
  QObject::connect(engine_.get(), &QQmlEngine::warnings, [this](const QList<QQmlError>& list) {
    for (const auto& e : list) errors_ += e.toString() + "\n";
  });
  QQmlComponent component(engine_.get(), QUrl(QStringLiteral("qrc:/qt/qml/") + file));
  QObject* object = component.createWithInitialProperties(
      {{"session", QVariant::fromValue(session)}});
  if (!object) {
    errors_ += component.errorString();
    ADD_FAILURE() << "cannot load " << file.toStdString() << ": " << errors_.toStdString();
    return;
  }
  page_ = qobject_cast<QQuickItem*>(object);
  window_->resize(size);
  page_->setParentItem(window_->contentItem());
  page_->setSize(QSizeF(size));
  window_->show();
  render();
}

PageHarness::~PageHarness() {
  delete page_;
}

QList<QQuickItem*> PageHarness::findAll(const QString& objectName) const {
  // The visual tree, not the QObject tree: delegates a Repeater makes are not QObject children
  // of the page.
  QList<QQuickItem*> out;
  std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
    if (item->objectName() == objectName) out << item;
    for (QQuickItem* child : item->childItems()) walk(child);
  };
  if (page_) walk(page_);
  // The page's header and footer are items too, outside its content.
  return out;
}

QQuickItem* PageHarness::find(const QString& objectName) const {
  const auto all = findAll(objectName);
  auto* item = all.isEmpty() ? nullptr : all.front();
  EXPECT_NE(item, nullptr) << "no item named " << objectName.toStdString();
  return item;
}

bool PageHarness::press(const QString& objectName) const {
  if (!page_) return false;
  // The first one a person could press: visible (and so on a visible card) and enabled.
  for (auto* item : findAll(objectName)) {
    if (item->isVisible() && item->isEnabled()) return QMetaObject::invokeMethod(item, "clicked");
  }
  return false;
}

void PageHarness::render() const {
  if (window_->isExposed()) (void)QTest::qWaitForWindowExposed(window_.get());
  window_->grabWindow();  // forces a frame through the scene graph
  QCoreApplication::processEvents();
}

}  // namespace kith::testing
