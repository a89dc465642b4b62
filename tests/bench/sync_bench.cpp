// kith-bench-sync: a real kith-server process over real TLS on 127.0.0.1, driven by devices on
// the same machine.
//
//   pull   no-change pulls: every device sends cursors that are already at its scopes' heads,
//          so the server answers from memory (token check, scopes, heads) without a query.
//   push   pushes of 50 new scale scores each, by parents, with consecutive seqs per device:
//          one SQLite transaction (and one WAL fsync) a push, behind the server's single writer.
//
// Each cell runs 1, 10 or 100 devices at once. A device is enrolled through POST /v1/enrol with
// a parent invite made by kith-admin, holds its own access token from POST /v1/session, and
// talks over its own keep-alive kith::net::HttpsClient on its own std::thread (the client is
// blocking; the threads spend most of their time waiting for the server). Families have two
// parents each, so a device holds five scopes, as a parent in a small family does.
//
// The machine is shared, so every cell runs in --rounds rounds (1, 10, 100, 1, 10, 100, ...: a
// disturbance hits one round, not one cell) and the table gives each figure's median.
//
// Usage: kith-bench-sync [--smoke] [--seconds S] [--rounds N] [--docs PATH] [--server-log PATH]
// --smoke runs each cell once for 0.3 s with 1 and 10 devices and writes nothing. Without it,
// the figures go into docs/PERFORMANCE.md between its markers. --server-log keeps a copy of the
// server's log (one line a push, with the time the server spent on it).

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "samples.hpp"

namespace {

using namespace kith::bench;

constexpr int kMutationsPerPush = 50;

// Runs `workload` on the first `n` devices at once (run_cell), measuring the server's CPU.
CellResult run_cell(std::vector<Device>& devices, int n, double seconds, const Workload& workload,
                    pid_t server) {
  std::int64_t stored = 0;
  for (const Device& d : devices) stored += d.seq;
  CellResult r = kith::bench::run_cell(std::span(devices).first(static_cast<std::size_t>(n)),
                                       seconds, workload, {{server}, 0, {}});
  r.label = std::to_string(n);
  r.stored = stored;
  return r;
}

int run(int argc, char** argv) {
  RunOptions options;
  options.docs = KITH_PERFORMANCE_DOC;
  std::string server_log;
  if (!parse_options(
          argc, argv,
          "kith-bench-sync [--smoke] [--seconds S] [--rounds N] [--docs PATH] [--server-log PATH]",
          options, {{"--server-log", false, [&](const std::string& v) { server_log = v; }}})) {
    return 2;
  }
  const bool smoke = options.smoke;
  const double seconds = options.seconds;
  const int rounds = options.rounds;
  const std::vector<int> cells = smoke ? std::vector<int>{1, 10} : std::vector<int>{1, 10, 100};
  const auto started = Clock::now();

  kith::testing::TempDir tmp;
  const std::string where =
      kith::bench::machine_description() + ", data on " + file_system(tmp.path());
  const ServerCertificate certificate;
  certificate.install(tmp.path());
  ServerUnderTest server(tmp.path(), StoreSpec{tmp.path() + "/data", {}, {}});
  server.admin("init");
  std::vector<Device> devices;
  const int restarts = enrol_parents({&server}, certificate.ca_pem(), cells.back(), devices);
  // Cursors only once everyone is in: each enrolment moves the heads of its family's scopes.
  for (Device& d : devices) at_the_heads(d, Clock::now());
  const double setup = seconds_since(started);

  // Rounds per cell: pull_rounds[cell][round].
  std::vector<std::vector<CellResult>> pull_rounds(cells.size()), push_rounds(cells.size() + 1);
  try {
    for (int round = 0; round < rounds; ++round) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        pull_rounds[c].push_back(
            run_cell(devices, cells[c], seconds, no_change_pulls(), server.pid()));
      }
    }
    for (int round = 0; round < rounds; ++round) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        push_rounds[c].push_back(run_cell(devices, cells[c], seconds,
                                          scale_score_pushes(kMutationsPerPush), server.pid()));
      }
    }
    // One device once more, on the store the other cells have grown: it tells what of the
    // change between cells is the number of devices and what is the size of the store.
    for (int round = 0; round < rounds; ++round) {
      push_rounds.back().push_back(
          run_cell(devices, 1, seconds, scale_score_pushes(kMutationsPerPush), server.pid()));
    }
  } catch (const Fatal& e) {
    fail(std::string(e.what()) + "\nThe end of the server's log:\n" + server.log_tail());
  }
  std::vector<CellResult> pulls, pushes;
  for (const auto& r : pull_rounds) pulls.push_back(median_of(r));
  for (const auto& r : push_rounds) pushes.push_back(median_of(r));
  pushes.back().label = "1 again";
  server.stop();
  if (!server_log.empty()) {
    std::ifstream in(server.log_path(), std::ios::binary);
    std::ofstream(server_log, std::ios::binary) << in.rdbuf();
  }

  std::ostringstream table;
  const std::string how = format_fixed(seconds, 1) + " s a cell" +
                          (rounds > 1 ? ", median of " + std::to_string(rounds) + " rounds" : "");
  table << "No-change pulls (protobuf; " << how << "):\n\n"
        << "| devices | pulls | pulls/s | p50 | p99 | server CPU | client CPU |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const CellResult& r : pulls) {
    table << "| " << r.label << " | " << r.requests << " | " << format_fixed(r.per_second(), 0)
          << " | " << format_ms(r.p50_ms) << " | " << format_ms(r.p99_ms) << " | "
          << format_fixed(r.server_cores, 2) << " cores | " << format_fixed(r.client_cores, 2)
          << " cores |\n";
  }
  table
      << "\nPushes of " << kMutationsPerPush << " new scale scores (latency per push; " << how
      << "):\n\n"
      << "| devices | scale scores already stored | pushes | mutations/s | p50 | p99 | server CPU "
         "| client CPU |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const CellResult& r : pushes) {
    table << "| " << r.label << " | " << r.stored
          << (r.stored_last != r.stored ? " to " + std::to_string(r.stored_last) : std::string())
          << " | " << r.requests << " | " << format_fixed(r.per_second() * kMutationsPerPush, 0)
          << " | " << format_ms(r.p50_ms) << " | " << format_ms(r.p99_ms) << " | "
          << format_fixed(r.server_cores, 2) << " cores | " << format_fixed(r.client_cores, 2)
          << " cores |\n";
  }
  table << "\nCPU is cores in use over the cell: the server process, and this process (the device "
           "threads).\n";
  std::cout << table.str();
  std::cout << "setup: " << devices.size() << " devices enrolled in " << format_fixed(setup, 1)
            << " s (server restarts for the enrol rate limit: " << restarts << "); total "
            << format_fixed(seconds_since(started), 1) << " s\n";

  return write_figures(smoke, options.docs, "sync", where, options.command,
                       "kith-server with `--threads " +
                           std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) +
                           "`; one device thread a device, on the same machine.\n\n" + table.str());
}

}  // namespace

int main(int argc, char** argv) {
  return kith::bench::run_benchmark("kith-bench-sync", run, argc, argv);
}
