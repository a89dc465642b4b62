#pragma once
// kith-cli: a headless client over the shared core. The tests, the demo and (later) the
// benchmarks drive Kith through it. Logic lives here so that tests can link it; main.cpp only
// forwards argv and the streams.

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace kith::cli {

//! Where the PIN comes from: KITH_PIN, else asked for on the terminal.
struct Environment {
  std::string pin;        //!< KITH_PIN, empty if unset
  std::string new_pin;    //!< KITH_NEW_PIN for change-pin, empty if unset
  //! Asks on the terminal without echo; empty when there is no terminal.
  std::function<std::optional<std::string>(const char* prompt)> ask;
  std::string demo_file;  //!< the default for import-demo
  std::string password;   //!< KITH_PASSWORD, for a staff enrolment
};

//! Runs one command. Returns the process exit code: 0 done, 1 failed (a sentence on `err`),
//! 2 usage error.
int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
        std::ostream& err);

}  // namespace kith::cli
