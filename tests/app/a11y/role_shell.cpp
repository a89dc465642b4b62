#include "role_shell.hpp"

#include <QCoreApplication>
#include <QTest>

#include "device_seed.hpp"

namespace kith::a11y {

namespace {
constexpr const char* kPin = "284613";
}  // namespace

const std::vector<Role>& roles() {
  static const std::vector<Role> all = {
      {"amina", "Amina (parent)", "d2000000-0000-4000-8000-000000000001",
       {"unlock", "home", "openPlan", "openGoals", "openSupport", "openSupport>askForHelp", "openVoice",
        "openVoice>openFeedback", "openSettings", "openNeeds",
        "openNeeds>openFormats"}},
      {"zara", "Zara (young person)", "d2000000-0000-4000-8000-000000000002",
       {"unlock", "home", "openNotSafe", "openPlan", "openGoals", "openVoice", "openVoice>openFeedback",
        "openVoice>openThreeHouses", "openVoice>openWordsAndPictures", "openSettings", "openNeeds",
        "openNeeds>openFormats"}},
      {"nan", "Nan Farida (network)", "d2000000-0000-4000-8000-000000000003",
       {"unlock", "home", "openPlan", "openGoals", "openVoice", "openVoice>openFeedback", "openSettings", "openNeeds",
        "openNeeds>openFormats"}},
      {"helen", "Helen (Safe Families volunteer)", "d2000000-0000-4000-8000-000000000004",
       {"unlock", "home", "openSupport", "openSupport>logContact", "openSupport>logStay",
        "openSupport>raiseWorry", "openSettings", "openNeeds",
        "openNeeds>openFormats"}},
      {"jo", "Jo (coordinator)", "d2000000-0000-4000-8000-000000000005",
       {"unlock", "home", "openInbox", "openFamilies", "openFamily", "openFamily>openInvite",
        "openFamily>openPublishPlan", "openFamily>openAssessment", "openFamily>openConference",
        "openPlan", "openGoals", "openSettings", "openNeeds",
        "openNeeds>openFormats"}},
  };
  return all;
}

const Role* find_role(const QString& key) {
  for (const Role& role : roles()) {
    if (role.key == key) return &role;
  }
  return nullptr;
}

bool opens_page(const QString& objectName) {
  static const QStringList editors = {"askForHelp", "logContact", "logStay", "raiseWorry"};
  return objectName.startsWith(QLatin1String("open")) || editors.contains(objectName);
}

QList<QQuickItem*> descendants(QQuickItem* root) {
  QList<QQuickItem*> out;
  if (!root) return out;
  out << root;
  for (qsizetype i = 0; i < out.size(); ++i) {
    // Breadth first is enough for "every item"; keep the visual order within each parent.
    const auto children = out[i]->childItems();
    out << children;
  }
  return out;
}

RoleShell::RoleShell(const Role& role, const std::vector<domain::Record>& records, const QString& dataRoot)
    : role_(role),
      dir_(dataRoot.isEmpty() ? std::make_unique<QTemporaryDir>()
                              : std::make_unique<QTemporaryDir>(dataRoot + "/kith-" + role.key + "-XXXXXX")) {
  if (!dir_->isValid()) {
    error_ = QStringLiteral("cannot make a data folder: %1").arg(dir_->errorString());
    return;
  }
  const std::string seeded = testing::seed_device_store(dir_->path(), role.personId, records, kPin,
                                                        "https://127.0.0.1:1", testing::fast_store_options());
  if (!seeded.empty()) {
    error_ = QString::fromStdString(seeded);
    return;
  }
  app::SessionOptions options;
  options.dataDir = dir_->path();
  options.storeOptions = testing::fast_store_options();
  options.engineOptions.client.connect_timeout = std::chrono::milliseconds(100);
  session_ = std::make_unique<app::Session>(options);
  // No fades: each page is there at once (what the checks see does not depend on them).
  session_->preferences()->setReducedMotion(true);

  engine_ = std::make_unique<QQmlApplicationEngine>();
  engine_->addImportPath(QStringLiteral("qrc:/qt/qml"));
  QObject::connect(engine_.get(), &QQmlEngine::warnings, engine_.get(), [this](const QList<QQmlError>& list) {
    for (const auto& e : list) warnings_ += e.toString() + "\n";
  });
  engine_->setInitialProperties({{"session", QVariant::fromValue(session_.get())}});
  engine_->load(QUrl(QStringLiteral("qrc:/qt/qml/Kith/App/Main.qml")));
  window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().value(0));
  if (!window_) {
    error_ = QStringLiteral("Main.qml did not load: %1").arg(warnings_);
    return;
  }
  window_->resize(360, 760);
  settle();
}

RoleShell::~RoleShell() {
  engine_.reset();  // the window and its pages go before the session they use
  session_.reset();
}

QObject* RoleShell::stack() const {
  return window_ ? window_->findChild<QObject*>(QStringLiteral("stack")) : nullptr;
}

QQuickItem* RoleShell::currentPage() const {
  QObject* s = stack();
  return s ? s->property("currentItem").value<QQuickItem*>() : nullptr;
}

void RoleShell::settle() const {
  if (!window_) return;
  (void)QTest::qWaitFor([&] { return !window_->property("changingPage").toBool(); }, 3000);
  for (int i = 0; i < 4; ++i) {
    QCoreApplication::processEvents();
    QTest::qWait(15);
  }
}

bool RoleShell::unlock() {
  if (!session_) return false;
  if (session_->state() == app::Session::Ready) return true;
  if (session_->quickExited()) {  // from the neutral screen, "Continue" leads to the PIN screen
    session_->leaveNeutralScreen();
    settle();
  }
  session_->unlock(QString::fromLatin1(kPin));
  if (!QTest::qWaitFor([&] { return session_->state() == app::Session::Ready; }, 10000)) {
    error_ = QStringLiteral("cannot unlock: %1").arg(session_->error());
    return false;
  }
  settle();
  return true;
}

bool RoleShell::home() {
  QObject* s = stack();
  if (!s) return false;
  for (int i = 0; i < 10 && s->property("depth").toInt() > 1; ++i) {
    QMetaObject::invokeMethod(window_, "back");
    settle();
  }
  return s->property("depth").toInt() == 1;
}

QQuickItem* RoleShell::open(const QString& path, QString* error) {
  if (!error_.isEmpty()) {
    *error = error_;
    return nullptr;
  }
  if (path == QLatin1String("unlock")) {
    if (session_->state() != app::Session::Locked) {
      *error = QStringLiteral("the PIN screen is only there before unlocking");
      return nullptr;
    }
    settle();
    return currentPage();
  }
  if (!unlock()) {
    *error = error_;
    return nullptr;
  }
  if (path == QLatin1String("neutral")) {
    // The quick exit's neutral screen; the next open() unlocks again from the PIN screen.
    session_->quickExit();
    settle();
    return currentPage();
  }
  if (!home()) {
    *error = QStringLiteral("cannot go back to the home page");
    return nullptr;
  }
  if (path == QLatin1String("home")) return currentPage();
  for (const QString& name : path.split('>')) {
    QQuickItem* before = currentPage();
    QQuickItem* button = nullptr;
    for (QQuickItem* item : descendants(before)) {
      if (item->objectName() == name && item->isVisible() && item->isEnabled()) {
        button = item;
        break;
      }
    }
    if (!button) {
      *error = QStringLiteral("no visible, enabled %1 on %2").arg(name, before ? before->objectName() : "?");
      return nullptr;
    }
    QMetaObject::invokeMethod(button, "clicked");
    settle();
    if (currentPage() == before) {
      *error = QStringLiteral("pressing %1 opened no page").arg(name);
      return nullptr;
    }
  }
  return currentPage();
}

QStringList RoleShell::pages() {
  QStringList out = role_.pages;
  QString why;
  QQuickItem* homePage = open(QStringLiteral("home"), &why);
  if (!homePage) return out;
  for (QQuickItem* item : descendants(homePage)) {
    const QString name = item->objectName();
    if (item->isVisible() && item->isEnabled() && opens_page(name) && !out.contains(name)) out << name;
  }
  return out;
}

void RoleShell::setLook(double textScale, const QString& language, QSize size) {
  if (!session_ || !window_) return;
  session_->preferences()->setTextScale(textScale);
  session_->preferences()->setLanguage(language);
  window_->resize(size);
  settle();
}

QString RoleShell::takeWarnings() {
  QString out;
  out.swap(warnings_);
  return out;
}

}  // namespace kith::a11y
