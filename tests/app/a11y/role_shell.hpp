#pragma once
// The accessibility checks' way round the app: kith-app's real shell (Main.qml) on a device store
// seeded as one demo person, and every page that person can reach, opened as they would open it
// (pressing the buttons from the home page). Used in-process by the reflow and mirroring suite
// and by kith-a11y-host, which the AT-SPI walk drives over stdin.

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "session.hpp"

namespace kith::a11y {

//! A demo person and the pages they can reach. A page is a path of objectNames pressed in turn
//! from the home page ("openVoice>openFeedback"); "home" is the home page itself and "unlock" the
//! PIN screen before it. The pages are kith-app-tour's (tests/app/tour/tour_main.cpp), reached
//! through the buttons a person presses, plus the pages those lists left out: settings for every
//! role, voice for Nan, feedback under voice, the support editors, and needs and their formats.
struct Role {
  QString key;           // amina, zara, nan, helen, jo
  QString description;   // "Amina (parent)"
  std::string personId;
  QStringList pages;
};
const std::vector<Role>& roles();
const Role* find_role(const QString& key);

//! The buttons that open another page (objectName starts with "open", or one of the support
//! page's editors): every one a page shows must lead to a page in the person's list.
bool opens_page(const QString& objectName);

//! kith-app's shell for one person: a seeded store, a Session, Main.qml in a window.
class RoleShell {
 public:
  RoleShell(const Role& role, const std::vector<domain::Record>& records, const QString& dataRoot = {});
  ~RoleShell();
  RoleShell(const RoleShell&) = delete;
  RoleShell& operator=(const RoleShell&) = delete;

  //! Empty when the shell is up; otherwise what went wrong.
  QString error() const { return error_; }
  app::Session* session() const { return session_.get(); }
  QQuickWindow* window() const { return window_; }
  //! The page on top of the shell's stack.
  QQuickItem* currentPage() const;
  //! Unlocks with the demo PIN and waits for the home page.
  bool unlock();
  //! The person's pages: their list, and any page the home page offers that the list does not
  //! name yet (a feature added since), so every page a person can reach is checked. Unlocks.
  QStringList pages();
  //! Opens a page of the person's list ("home", "unlock" before unlock(), or a path of buttons):
  //! back to the home page, then each button pressed in turn. Returns the page, or null with
  //! *error said.
  QQuickItem* open(const QString& path, QString* error);
  //! Lets transitions, bindings and layouts settle.
  void settle() const;
  //! Text size, language, window size: applied at once, then settled.
  void setLook(double textScale, const QString& language, QSize size);
  //! QML warnings seen since the last call.
  QString takeWarnings();

 private:
  QObject* stack() const;
  bool home();

  Role role_;
  std::unique_ptr<QTemporaryDir> dir_;
  std::unique_ptr<app::Session> session_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow* window_ = nullptr;
  QString error_;
  QString warnings_;
};

//! Every item under `root` in the visual tree, breadth first, `root` first.
QList<QQuickItem*> descendants(QQuickItem* root);

}  // namespace kith::a11y
