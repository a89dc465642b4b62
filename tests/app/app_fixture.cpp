#include "app_fixture.hpp"

#include <gtest/gtest.h>

#include <QQmlComponent>
#include <QSignalSpy>
#include <QTest>
#include <functional>


namespace kith::testing {

std::vector<domain::Record> demo_records() {
  std::string error;
  auto records = read_records(KITH_DEMO_FILE, &error);
  EXPECT_TRUE(error.empty()) << error;
  return records;
}

SeededDevice::SeededDevice(const std::string& person_id, const std::vector<domain::Record>& records,
                           const std::string& server, bool needsApplied)
    : server_(server) {
  const std::string error = seed_device_store(dir_.path(), person_id, records, kPin, server,
                                              fast_store_options(), needsApplied);
  EXPECT_TRUE(error.empty()) << error;
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
