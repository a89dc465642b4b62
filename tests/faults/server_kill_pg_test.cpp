// kith-server on a PostgreSQL store (a TempDatabase on the kith_postgres fixture's cluster),
// killed with SIGKILL at random moments while eight devices push through it, and restarted,
// KITH_FAULT_CYCLES times (server_kill_cycles.hpp).

#include <gtest/gtest.h>

#include <cstdlib>

#include "postgres.hpp"
#include "server_kill_cycles.hpp"

namespace kith::testing {
namespace {

TEST(ServerKilled, EveryAcknowledgedMutationIsStoredOnceOnPostgres) {
  TempDatabase database;
  ServerProcess server{OnPostgres{database.conninfo()}};
  run_server_kill_cycles(
      server,
      [&] {
        ::setenv("KITH_SERVER_KEY", server.server_key().c_str(), 1);
        return server::open_postgres_store(database.conninfo(), {.connections = 1});
      },
      "PostgreSQL");
}

}  // namespace
}  // namespace kith::testing
