#pragma once
//! Command-line options of kith-app, and the Session they describe. Shared by main() and the
//! tests and benchmarks that start the app the same way.

#include <QString>
#include <QStringList>
#include <optional>

#include "session.hpp"

namespace kith::app {

struct AppOptions {
  SessionOptions session;
  //! Unlock at start with the PIN in $KITH_PIN (demo and benchmark scripts only).
  bool unlockFromEnvironment = false;
  //! After unlocking, open this page of the shell (e.g. "planPage") on top of the home page.
  QString openPage;
  //! Quit after the first frame that shows the page named by openPage, printing the time since
  //! the process started (the cold-start benchmark).
  bool quitAfterFirstFrame = false;
  //! Once unlocked and the first sync has had its go, save the window as a PNG here (for
  //! machines without a display: the demo shows what the app shows).
  QString screenshot;
  bool quitAfterScreenshot = false;
};

//! Parses the arguments (without argv[0]); the error sentence if they are wrong.
std::optional<AppOptions> parse_app_options(const QStringList& arguments, QString* error);

}  // namespace kith::app
