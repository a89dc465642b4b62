#pragma once
//! kith-admin: looks after a server's data directory from the command line (docs/OPERATIONS.md).
//! It writes to the same store as a running kith-server, which notices within a second.

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace kith::server::admin {

struct Environment {
  std::string data_dir;          //!< --data
  std::string store = "sqlite";  //!< --store: sqlite or postgres
  std::string conninfo;          //!< --pg, for the PostgreSQL store
  std::string password;          //!< KITH_PASSWORD, for create-coordinator
  bool key_from_environment = false;  //!< KITH_SERVER_KEY is set
  //! Asks on the terminal without echo; empty when there is no terminal.
  std::function<std::optional<std::string>(const char* prompt)> ask;
  //! Unix seconds now; the system clock if empty.
  std::function<std::int64_t()> now;
};

//! Runs one command: 0 done, 1 failed (a sentence on `err`), 2 usage error.
int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
        std::ostream& err);

}  // namespace kith::server::admin
