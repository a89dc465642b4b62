// kith-server on its SQLCipher store, killed with SIGKILL at random moments while eight devices
// push through it, and restarted, KITH_FAULT_CYCLES times (server_kill_cycles.hpp).

#include <gtest/gtest.h>

#include "server_kill_cycles.hpp"

namespace kith::testing {
namespace {

TEST(ServerKilled, EveryAcknowledgedMutationIsStoredOnceOnSqlcipher) {
  ServerProcess server;
  run_server_kill_cycles(
      server, [&] { return server::open_sqlite_store(server.dir() + "/data"); }, "SQLCipher");
}

}  // namespace
}  // namespace kith::testing
