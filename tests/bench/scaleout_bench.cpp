// kith-bench-scaleout: push and pull throughput of kith-server on its embedded store and on
// PostgreSQL, with one and with two server processes, in one run (issue 6).
//
//   (a) embedded   one kith-server on its SQLCipher file: the baseline every ratio is against
//   (b) pg-1       one kith-server on PostgreSQL
//   (c) pg-2       two kith-server processes on one PostgreSQL database, the devices split
//                  between them (device i talks to server i % 2), as behind a load balancer
//
// Each setup has its own store (a data folder, or a database of its own on one throwaway
// PostgreSQL cluster started with tests/support/postgres.sh), its own certificate authority and
// --devices parent devices in families of two (in pg-2 the two parents of a family are on
// different servers, so their pushes meet on the family's scope from two processes). A device is
// enrolled over HTTPS, holds an access token, and talks over its own keep-alive
// kith::net::HttpsClient on its own std::thread.
//
// Before the clock starts each device pushes --seed scale scores, so every family holds the
// same records in every setup. Then, all devices at once for --seconds a cell:
//
//   full pull      POST /v1/pull without cursors: a snapshot of every scope the device may hold
//                  (its family's records, its profile), read from the store
//   no-change pull POST /v1/pull with cursors at the heads: answered from the server's memory
//   push 10, 100   POST /v1/push of 10 or 100 new scale scores, consecutive seqs per device,
//                  every mutation APPLIED
//
// The machine is shared, so every cell runs in --rounds rounds, the setups interleaved within a
// round (a disturbance hits one round, not one setup), and the tables give each figure's median.
// All pull rounds come before the push rounds, so that full pulls read the seeded families only.
//
// PostgreSQL runs durably here (fsync and synchronous_commit on, KITH_PG_DURABLE=1 for
// postgres.sh), as the embedded store does (one fsync a push): the test suite's cluster turns
// durability off, which would flatter PostgreSQL's pushes.
//
// Usage: kith-bench-scaleout [--smoke] [--seconds S] [--rounds N] [--devices N] [--seed N]
//                            [--docs PATH] [--keep-logs DIR]
// --smoke: 4 devices, 0.3 s cells, one round, writes nothing. Without it the figures go into
// docs/PERFORMANCE.md between its "bench:scaleout" markers.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "kith/bytes.hpp"
#include "postgres.hpp"
#include "samples.hpp"

namespace {

using namespace kith::bench;

std::string first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// ---- PostgreSQL ---------------------------------------------------------------------------------

// A throwaway cluster from tests/support/postgres.sh, durable (KITH_PG_DURABLE=1), stopped and
// removed by the destructor.
class Cluster {
 public:
  explicit Cluster(const std::string& state) : state_(state) {
    const std::string command = "KITH_PG_DURABLE=1 bash " + shell_quote(KITH_PG_SCRIPT) +
                                " start " + shell_quote(state_) + " >&2";
    if (std::system(command.c_str()) != 0) {
      stop();
      fail("Could not start a PostgreSQL cluster (tests/support/postgres.sh says why, above).");
    }
    socket_ = first_line(state_ + "/socket");
    postmaster_ = static_cast<pid_t>(
        std::atol(first_line(first_line(state_ + "/data") + "/postmaster.pid").c_str()));
    auto fsync = kith::testing::pg_query(conninfo("postgres"), "SHOW fsync");
    if (!fsync) fail("PostgreSQL: " + fsync.error().describe());
    fsync_ = !fsync->empty() && (*fsync)[0][0] == "on";
  }
  Cluster(const Cluster&) = delete;
  Cluster& operator=(const Cluster&) = delete;
  ~Cluster() { stop(); }

  //! A new database; its conninfo.
  std::string create_database(const std::string& name) {
    auto made = kith::testing::pg_query(conninfo("postgres"), "CREATE DATABASE " + name);
    if (!made) fail("PostgreSQL: CREATE DATABASE " + name + ": " + made.error().describe());
    return conninfo(name);
  }
  std::string conninfo(const std::string& database) const {
    return "host=" + socket_ + " dbname=" + database + " user=kith";
  }
  pid_t postmaster() const { return postmaster_; }
  bool durable() const { return fsync_; }

 private:
  void stop() noexcept {
    if (state_.empty()) return;
    const std::string command =
        "bash " + shell_quote(KITH_PG_SCRIPT) + " stop " + shell_quote(state_) + " >/dev/null";
    (void)std::system(command.c_str());
    state_.clear();
  }

  std::string state_;
  std::string socket_;
  pid_t postmaster_ = 0;
  bool fsync_ = false;
};

// ---- a setup ------------------------------------------------------------------------------------

// One column of the comparison: its servers (on one store) and its devices.
class Setup {
 public:
  Setup(std::string name, std::string label, const std::string& dir, StoreSpec store, int servers)
      : name_(std::move(name)), label_(std::move(label)) {
    for (int i = 0; i < servers; ++i) {
      const std::string server_dir = dir + "/server" + std::to_string(i);
      std::filesystem::create_directories(server_dir);
      certificate_.install(server_dir);
      servers_.push_back(std::make_unique<ServerUnderTest>(server_dir, store));
    }
    servers_.front()->admin("init");  // one store for all of them
  }

  //! Makes `count` parents in families of two, enrols each through its own server (server i % n)
  //! with an invite from kith-admin (enrol_parents), and pushes `seed` scale scores from each.
  void enrol(int count, int seed) {
    std::vector<ServerUnderTest*> servers;
    for (auto& server : servers_) servers.push_back(server.get());
    restarts_ += enrol_parents(servers, certificate_.ca_pem(), count, devices_);
    for (Device& d : devices_) {
      for (int sent = 0; sent < seed; sent += 100) {
        const int n = std::min(100, seed - sent);
        auto response = d.client->send(post("/v1/push", scale_scores(d, n), d.token));
        if (!response) fail("/v1/push: " + response.error().describe());
        if (auto wrong = check_push(d, *response, n); !wrong.empty()) fail(wrong);
      }
    }
    // Cursors at the heads, once everything is in. With two servers, a server learns of the
    // other's commits by notification, so a device's own server may lag by a moment: ask until
    // a pull with those cursors brings nothing, for 10 s at the most.
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    for (Device& d : devices_) at_the_heads(d, deadline, " after 10 s (" + name_ + ")");
  }

  //! Mutations stored by the benchmark so far (seeds included).
  std::int64_t stored() const {
    std::int64_t n = 0;
    for (const Device& d : devices_) n += d.seq;
    return n;
  }

  std::vector<pid_t> server_pids() const {
    std::vector<pid_t> pids;
    for (const auto& s : servers_) pids.push_back(s->pid());
    return pids;
  }
  std::string log_tail() const {
    std::string out;
    for (const auto& s : servers_) out += s->log_tail();
    return out;
  }
  void keep_logs(const std::string& dir) const {
    for (std::size_t i = 0; i < servers_.size(); ++i) {
      std::ifstream in(servers_[i]->log_path(), std::ios::binary);
      std::ofstream(dir + "/" + name_ + "-server" + std::to_string(i) + ".log", std::ios::binary)
          << in.rdbuf();
    }
  }

  std::vector<Device>& devices() { return devices_; }
  const std::string& name() const { return name_; }
  const std::string& label() const { return label_; }
  bool on_postgres() const { return on_postgres_; }
  void set_on_postgres(bool on) { on_postgres_ = on; }
  int restarts() const { return restarts_; }

 private:
  std::string name_, label_;
  ServerCertificate certificate_;  // one CA and certificate for all the setup's servers
  std::vector<std::unique_ptr<ServerUnderTest>> servers_;
  std::vector<Device> devices_;
  int restarts_ = 0;
  bool on_postgres_ = false;
};

// ---- cells --------------------------------------------------------------------------------------

// Runs `workload` on every device of `setup` at once (run_cell), measuring its servers and, on
// PostgreSQL, the cluster of `postmaster`.
CellResult run_cell(Setup& setup, double seconds, const Workload& workload, pid_t postmaster) {
  return kith::bench::run_cell(
      setup.devices(), seconds, workload,
      {setup.server_pids(), setup.on_postgres() ? postmaster : 0, setup.name()});
}

Workload full_pulls() {
  return {[](Device& d) { d.request = d.full_pull; },
          [](Device&, const kith::net::Response& response, std::size_t& units) -> std::string {
            if (response.status != 200) return "/v1/pull: " + describe_refusal(response);
            kith::v1::PullResponse answer;
            if (!answer.ParseFromString(response.body)) return "/v1/pull: unreadable answer";
            for (const auto& page : answer.pages()) {
              if (page.more()) {
                return "/v1/pull: a full pull needed more than one page; use a smaller --seed";
              }
              units += static_cast<std::size_t>(page.changes_size());
            }
            if (units == 0) return "/v1/pull: a full pull brought nothing";
            return {};
          }};
}

// ---- the report ---------------------------------------------------------------------------------

struct Measure {
  std::string title;  //!< "Pushes of 10 new scale scores"
  std::string unit;   //!< "mutations/s"
  std::string per;    //!< what the server-side CPU column is per: "pull", "mutation"
  bool requests_column =
      false;  //!< a requests/s column as well (full pulls: pulls/s and records/s)
  Workload workload;
  std::vector<std::vector<CellResult>> rounds;  //!< [setup][round]
};

int run(int argc, char** argv) {
  RunOptions options;
  options.docs = KITH_PERFORMANCE_DOC;
  int device_count = 16, seed = 100;
  std::string keep_logs;
  const bool understood = parse_options(
      argc, argv,
      "kith-bench-scaleout [--smoke] [--seconds S] [--rounds N] [--devices N] [--seed N] "
      "[--docs PATH] [--keep-logs DIR]",
      options,
      {{"--devices", true,
        [&](const std::string& v) {
          device_count = static_cast<int>(number_in("--devices", v, 2, 200));
          if (device_count % 2 != 0) fail("--devices must be even (families of two parents)");
        }},
       {"--seed", true,
        [&](const std::string& v) { seed = static_cast<int>(number_in("--seed", v, 1, 400)); }},
       {"--keep-logs", false, [&](const std::string& v) { keep_logs = v; }}});
  if (!understood) return 2;
  const bool smoke = options.smoke;
  const double seconds = options.seconds;
  const int rounds = options.rounds;
  if (smoke) {
    device_count = 4;
    seed = 20;
  }
  const auto started = Clock::now();
  const std::string where = kith::bench::machine_description();

  kith::testing::TempDir tmp;
  std::filesystem::create_directories(tmp.path() + "/pgstate");
  Cluster cluster(tmp.path() + "/pgstate");
  if (!cluster.durable()) {
    std::cerr << "kith-bench-scaleout: warning: the PostgreSQL cluster runs with fsync off "
                 "(tests/support/postgres.sh ignored KITH_PG_DURABLE); its pushes are flattered\n";
  }
  std::vector<std::unique_ptr<Setup>> setups;
  auto server_key = [] {
    std::vector<std::uint8_t> key(32);
    if (!kith::random_bytes(key)) fail("no random bytes for the server key");
    return kith::to_hex(key);
  };
  setups.push_back(std::make_unique<Setup>("embedded", "(a) embedded, 1 server",
                                           tmp.path() + "/embedded",
                                           StoreSpec{tmp.path() + "/embedded/data", {}, {}}, 1));
  setups.push_back(std::make_unique<Setup>(
      "pg-1", "(b) PostgreSQL, 1 server", tmp.path() + "/pg1",
      StoreSpec{{}, cluster.create_database("kith_bench_one"), server_key()}, 1));
  setups.push_back(std::make_unique<Setup>(
      "pg-2", "(c) PostgreSQL, 2 servers", tmp.path() + "/pg2",
      StoreSpec{{}, cluster.create_database("kith_bench_two"), server_key()}, 2));
  setups[1]->set_on_postgres(true);
  setups[2]->set_on_postgres(true);
  for (auto& s : setups) s->enrol(device_count, seed);
  const double setup_seconds = seconds_since(started);

  std::vector<Measure> measures;
  measures.push_back({"Full pulls, without cursors: a snapshot of every scope the device holds",
                      "records/s",
                      "pull",
                      true,
                      full_pulls(),
                      {}});
  measures.push_back({"No-change pulls, with cursors at the heads",
                      "pulls/s",
                      "pull",
                      false,
                      no_change_pulls(),
                      {}});
  measures.push_back({"Pushes of 10 new scale scores",
                      "mutations/s",
                      "mutation",
                      false,
                      scale_score_pushes(10),
                      {}});
  measures.push_back({"Pushes of 100 new scale scores",
                      "mutations/s",
                      "mutation",
                      false,
                      scale_score_pushes(100),
                      {}});
  for (auto& m : measures) m.rounds.resize(setups.size());
  try {
    // Pulls first, all rounds, so full pulls read only the seeded families; then pushes.
    for (std::size_t first : {std::size_t{0}, std::size_t{2}}) {
      for (int round = 0; round < rounds; ++round) {
        for (std::size_t mi = first; mi < first + 2; ++mi) {
          for (std::size_t s = 0; s < setups.size(); ++s) {
            measures[mi].rounds[s].push_back(
                run_cell(*setups[s], seconds, measures[mi].workload, cluster.postmaster()));
          }
        }
      }
    }
  } catch (const Fatal& e) {
    std::string logs;
    for (const auto& s : setups) logs += "\n-- " + s->name() + " --\n" + s->log_tail();
    fail(std::string(e.what()) + "\nThe end of the servers' logs:" + logs);
  }
  if (!keep_logs.empty()) {
    std::filesystem::create_directories(keep_logs);
    for (const auto& s : setups) s->keep_logs(keep_logs);
  }

  std::ostringstream tables;
  const std::string how = format_fixed(seconds, 1) + " s a cell" +
                          (rounds > 1 ? ", median of " + std::to_string(rounds) + " rounds" : "");
  for (const Measure& m : measures) {
    std::vector<CellResult> medians;
    for (const auto& r : m.rounds) medians.push_back(median_of(r));
    const double base = medians.front().units_per_second();
    tables << m.title << " (" << device_count << " devices at once; " << how << "):\n\n"
           << "| setup | " << (m.requests_column ? "pulls/s | " : "") << m.unit
           << " | ratio to (a) | p50 | p99 | kith-server CPU | PostgreSQL CPU | client CPU | "
           << "server-side CPU a " << m.per << " |\n"
           << "|---|" << (m.requests_column ? "---:|" : "")
           << "---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (std::size_t s = 0; s < setups.size(); ++s) {
      const CellResult& r = medians[s];
      tables << "| " << setups[s]->label() << " | ";
      if (m.requests_column) tables << format_fixed(r.per_second(), 0) << " | ";
      tables << format_fixed(r.units_per_second(), 0) << " | "
             << format_fixed(base > 0 ? r.units_per_second() / base : 0, 2) << " | "
             << format_ms(r.p50_ms) << " | " << format_ms(r.p99_ms) << " | "
             << format_fixed(r.server_cores, 2) << " | "
             << (setups[s]->on_postgres() ? format_fixed(r.postgres_cores, 2) : std::string("-"))
             << " | " << format_fixed(r.client_cores, 2) << " | ";
      // kith-server and PostgreSQL together: what one request (a pull) or mutation (a push)
      // costs the servers, whatever the machine's other work left them.
      const double per = m.requests_column ? r.per_second() : r.units_per_second();
      tables << (per > 0 ? format_fixed((r.server_cores + r.postgres_cores) / per * 1e6, 0) : "-")
             << " µs |\n";
    }
    tables << "\n";
  }
  std::ostringstream sizes;
  for (const auto& s : setups) {
    sizes << (sizes.tellp() > 0 ? ", " : "") << s->name() << " " << s->stored();
  }
  tables << "CPU is cores in use over a cell: the kith-server processes, the PostgreSQL cluster "
            "(the postmaster and its children), and this process (the device threads). Scale "
            "scores stored at the end: "
         << sizes.str() << ".\n";
  std::cout << tables.str();
  int restarts = 0;
  for (const auto& s : setups) restarts += s->restarts();
  std::cout << "setup: 3 x " << device_count << " devices enrolled and seeded in "
            << format_fixed(setup_seconds, 1)
            << " s (server restarts for the enrol rate limit: " << restarts << "); total "
            << format_fixed(seconds_since(started), 1) << " s\n";

  std::ostringstream setting;
  setting << "Each kith-server with `--threads " << sysconf(_SC_NPROCESSORS_ONLN)
          << "`; PostgreSQL 15 "
          << (cluster.durable() ? "with fsync and synchronous_commit on"
                                : "WITH FSYNC OFF (not comparable)")
          << "; " << device_count << " parent devices in families of two, each with " << seed
          << " scale scores seeded, one thread a device, on the same machine.\n\n";
  return write_figures(smoke, options.docs, "scaleout",
                       where + ", the data of every store on " + file_system(tmp.path()),
                       options.command, setting.str() + tables.str());
}

}  // namespace

int main(int argc, char** argv) {
  return kith::bench::run_benchmark("kith-bench-scaleout", run, argc, argv);
}
