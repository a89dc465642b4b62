#pragma once
// The server SIGKILL cycles, shared by the SQLCipher and the PostgreSQL test: many devices push
// continuously through a real kith-server while it is killed at random moments and restarted,
// KITH_FAULT_CYCLES times (8 by default). Afterwards every mutation a push answer acknowledged is
// stored exactly once, the scopes' sequences account for every change, the devices' outboxes are
// empty and the server store passes its check.

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"
#include "store/server_store.hpp"

// tests/integration/server_process.hpp, included by path (another engineer owns that folder).
#include "server_process.hpp"

namespace kith::testing {

//! The lines of a kith-server log at level error ("2026-11-22T10:08:06Z error push_failed ...").
//! A server that fails a push or a pull, or cannot reload, says so there.
inline std::vector<std::string> error_lines(const std::string& log) {
  std::vector<std::string> out;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("Z error ") != std::string::npos) out.push_back(line);
  }
  return out;
}

//! Opens the server's store from the test process, as kith-admin would, beside the server.
using ServerStoreOpener = std::function<Result<std::unique_ptr<server::ServerStore>>()>;

//! Runs the cycles against `server` (made, not yet started: this makes its coordinator and
//! families and starts it). `label` names the store in what is printed.
void run_server_kill_cycles(ServerProcess& server, const ServerStoreOpener& open_store,
                            std::string_view label);

}  // namespace kith::testing
