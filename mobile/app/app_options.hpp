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
  //! Unlock with the PIN in $KITH_PIN once the PIN screen has been drawn, as a person would type
  //! it there (demo and benchmark scripts only).
  bool unlockFromEnvironment = false;
  //! Once unlocked, show this page of the shell (e.g. "planPage") on top of the home page, both
  //! in one frame, as a link from outside would open it. Only the first unlock.
  QString openPage;
  //! Quit after the first frame that shows the page named by openPage (the cold-start benchmark),
  //! printing `NAME-ms` (since exec, 10 ms resolution) and `NAME-at-ns` (CLOCK_MONOTONIC) for
  //! pin-screen, pin-given and first-frame.
  bool quitAfterFirstFrame = false;
  //! Once unlocked and the first sync has had its go, save the window as a PNG here (for
  //! machines without a display: the demo shows what the app shows).
  QString screenshot;
  bool quitAfterScreenshot = false;
};

//! Parses the arguments (without argv[0]); the error sentence if they are wrong.
std::optional<AppOptions> parse_app_options(const QStringList& arguments, QString* error);

}  // namespace kith::app
