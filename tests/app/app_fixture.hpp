#pragma once
// Test support for kith-app: a device store seeded as a person of the demo family (holding
// exactly the scopes the server would give them), a Session opened on it, and QML pages loaded
// with that session in an offscreen window.

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <memory>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "device_seed.hpp"
#include "session.hpp"

namespace kith::testing {

//! The people of assets/demo/family.json.
namespace demo {
inline const std::string kFamily = "d1000000-0000-4000-8000-000000000001";
inline const std::string kAmina = "d2000000-0000-4000-8000-000000000001";      // parent
inline const std::string kZara = "d2000000-0000-4000-8000-000000000002";       // young person
inline const std::string kNanFarida = "d2000000-0000-4000-8000-000000000003";  // network
inline const std::string kHelen = "d2000000-0000-4000-8000-000000000004";      // volunteer
inline const std::string kJo = "d2000000-0000-4000-8000-000000000005";         // coordinator
}  // namespace demo

//! The demo family's records.
std::vector<domain::Record> demo_records();


//! A data folder whose store is enrolled as `person_id` and holds what the server would send that
//! person from `records` (a pull of every scope they may hold). PIN "284613".
class SeededDevice {
 public:
  //! `needsApplied`: see seed_device_store (false: the first unlock applies the person's needs).
  SeededDevice(const std::string& person_id, const std::vector<domain::Record>& records,
               const std::string& server = "https://127.0.0.1:1", bool needsApplied = true);
  QString dataDir() const { return dir_.path(); }
  static constexpr const char* kPin = "284613";
  //! A Session on this folder, unlocked (waits until it is Ready; fails the test if not).
  std::unique_ptr<app::Session> open(int autoLockSeconds = 180) const;

 private:
  QTemporaryDir dir_;
  std::string server_;
};

//! Loads a QML file of a Kith module (e.g. "Kith/Plan/PlanPage.qml") with `session` set, inside
//! an offscreen window of 400 x 760 (or the size given), and shows it.
class PageHarness {
 public:
  PageHarness(app::Session* session, const QString& file, QSize size = {400, 760});
  ~PageHarness();
  QQuickItem* page() const { return page_; }
  QQuickWindow* window() const { return window_.get(); }
  //! The engine the page was loaded in (to attach a kith::app::Language, for instance).
  QQmlEngine* engine() const { return engine_.get(); }
  //! The first item under the page with this objectName (asserts it exists).
  QQuickItem* find(const QString& objectName) const;
  //! Every item under the page with this objectName, in the visual tree's order.
  QList<QQuickItem*> findAll(const QString& objectName) const;
  //! Presses a button found by objectName through its accessibility action, as a screen reader
  //! would; returns false if there is no such visible, enabled button.
  bool press(const QString& objectName) const;
  //! Waits for the scene graph to render a frame.
  void render() const;
  QString errors() const { return errors_; }

 private:
  std::unique_ptr<QQmlEngine> engine_;
  std::unique_ptr<QQuickWindow> window_;
  QQuickItem* page_ = nullptr;
  QString errors_;
};

}  // namespace kith::testing
