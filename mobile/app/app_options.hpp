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
  //! Quit after the first frame of the plan page, printing the time since start (benchmark).
  bool quitAfterPlanFrame = false;
};

//! Parses the arguments (without argv[0]); the error sentence if they are wrong.
std::optional<AppOptions> parse_app_options(const QStringList& arguments, QString* error);

}  // namespace kith::app
