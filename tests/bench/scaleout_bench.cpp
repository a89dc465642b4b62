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

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <latch>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "admin/admin.hpp"
#include "bench_report.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/net/certificates.hpp"
#include "kith/net/https_client.hpp"
#include "kith/v1/sync.pb.h"
#include "postgres.hpp"
#include "samples.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using kith::domain::Record;

constexpr const char* kProtobuf = "application/x-protobuf";

// A failure of the setup or of a run: caught in main, after the destructors have stopped the
// servers and the cluster and removed the temporary folders.
struct Fatal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& what) {
  throw Fatal(what);
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

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

// The server's answer to a refused request, as "HTTP 429 rate_limited: <message>".
std::string describe_refusal(const kith::net::Response& response) {
  std::string out = "HTTP " + std::to_string(response.status);
  kith::v1::Error error;
  if (response.content_type == kProtobuf && error.ParseFromString(response.body)) {
    out += " " + error.code() + ": " + error.message();
  }
  return out;
}

// ---- CPU ----------------------------------------------------------------------------------------

// utime + stime of one process from /proc/PID/stat, in clock ticks; and its parent's pid.
struct ProcStat {
  pid_t parent = 0;
  unsigned long long ticks = 0;
};

std::optional<ProcStat> proc_stat(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), {});
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime
  // stime (fields 3 to 15 of proc(5)).
  std::istringstream rest(stat.substr(close + 2));
  std::string state, field;
  ProcStat s;
  rest >> state >> s.parent;
  for (int i = 0; i < 9; ++i) rest >> field;
  unsigned long long utime = 0, stime = 0;
  rest >> utime >> stime;
  s.ticks = utime + stime;
  return s;
}

double ticks_to_seconds(unsigned long long ticks) {
  return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double cpu_seconds_of(const std::vector<pid_t>& pids) {
  unsigned long long ticks = 0;
  for (pid_t pid : pids) {
    if (auto s = proc_stat(pid)) ticks += s->ticks;
  }
  return ticks_to_seconds(ticks);
}

// CPU of a PostgreSQL cluster: the postmaster and every process it started (backends, the WAL
// writer, the checkpointer...). Backends that ended during a cell are not counted; the servers
// keep their pooled connections open, so few do.
double cluster_cpu_seconds(pid_t postmaster) {
  if (postmaster <= 0) return 0;
  unsigned long long ticks = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(name));
    if (auto s = proc_stat(pid); s && (pid == postmaster || s->parent == postmaster)) {
      ticks += s->ticks;
    }
  }
  return ticks_to_seconds(ticks);
}

double own_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The file system a folder is on: fsync costs nothing on tmpfs, so the figures depend on it.
std::string file_system(const std::string& dir) {
  struct statfs fs {};
  if (::statfs(dir.c_str(), &fs) != 0) return "an unknown file system";
  switch (fs.f_type) {
    case 0xEF53:
      return "ext4";
    case 0x58465342:
      return "xfs";
    case 0x9123683E:
      return "btrfs";
    case 0x01021994:
      return "tmpfs (no real fsync)";
    case 0x794C7630:
      return "overlayfs";
    default:
      return "a disk";
  }
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
    postmaster_ = static_cast<pid_t>(std::atol(first_line(first_line(state_ + "/data") +
                                                          "/postmaster.pid").c_str()));
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

// ---- kith-server ----------------------------------------------------------------------------------

//! Where a server keeps its data: a SQLCipher data folder, or a PostgreSQL database and the
//! server key every process on it shares.
struct StoreSpec {
  std::string data_dir;
  std::string conninfo;
  std::string server_key;  //!< 64 hex digits, for PostgreSQL

  std::vector<std::string> arguments() const {
    if (conninfo.empty()) return {"--data", data_dir};
    return {"--store", "postgres", "--pg", conninfo};
  }
};

// kith-server on a free port of 127.0.0.1 with --threads = cores, a certificate and key in `dir`.
class ServerUnderTest {
 public:
  ServerUnderTest(std::string dir, StoreSpec store) : dir_(std::move(dir)), store_(std::move(store)) {}
  ServerUnderTest(const ServerUnderTest&) = delete;
  ServerUnderTest& operator=(const ServerUnderTest&) = delete;
  ~ServerUnderTest() { stop(); }

  //! Starts kith-server (on the port of the last start, if any) and waits until it listens.
  void start() {
    // Made before fork: the benchmark has threads, so the child must not allocate.
    std::vector<std::string> args = {"kith-server"};
    for (auto& a : store_.arguments()) args.push_back(std::move(a));
    for (std::string a :
         {std::string("--listen"), "127.0.0.1:" + std::to_string(port_), std::string("--tls-cert"),
          dir_ + "/server.pem", std::string("--tls-key"), dir_ + "/server.key.pem",
          std::string("--threads"), std::to_string(sysconf(_SC_NPROCESSORS_ONLN))}) {
      args.push_back(std::move(a));
    }
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::string key = "KITH_SERVER_KEY=" + store_.server_key;
    const std::string log = log_path();
    int out[2];
    if (::pipe(out) != 0) fail("pipe failed");
    pid_ = ::fork();
    if (pid_ < 0) fail("fork failed");
    if (pid_ == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // the server goes when the benchmark does
      ::dup2(out[1], STDOUT_FILENO);
      const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      ::dup2(err, STDERR_FILENO);
      ::close(out[0]);
      if (store_.server_key.empty()) {
        ::unsetenv("KITH_SERVER_KEY");  // the key file in the data folder
      } else {
        ::putenv(key.data());
      }
      ::execv(KITH_SERVER_BINARY, argv.data());
      ::_exit(127);
    }
    ::close(out[1]);
    // "kith-server listening on 127.0.0.1:PORT", or nothing if it failed to start.
    std::string line;
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    const auto colon = line.rfind(':');
    if (colon == std::string::npos) fail("kith-server did not start:\n" + log_tail());
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
  }

  //! SIGTERM and wait for the drain; SIGKILL if it takes more than 15 s.
  void stop() noexcept {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 1500 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (::waitpid(pid_, &status, WNOHANG) == 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
    }
    pid_ = 0;
  }

  //! kith-admin, in this process, on the server's store; its first line of output.
  std::string admin(const std::string& command_line, const std::string& password = {}) {
    std::vector<std::string> args = store_.arguments();
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    kith::server::admin::Environment env;
    env.password = password;
    if (store_.server_key.empty()) {
      ::unsetenv("KITH_SERVER_KEY");
    } else {
      ::setenv("KITH_SERVER_KEY", store_.server_key.c_str(), 1);
      env.key_from_environment = true;
    }
    std::ostringstream out, err;
    if (kith::server::admin::run(args, env, out, err) != 0) {
      fail("kith-admin " + command_line + ": " + err.str());
    }
    return out.str().substr(0, out.str().find('\n'));
  }

  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  std::string log_path() const { return dir_ + "/server.log"; }
  std::string log_tail() const {
    const std::string text = read_file(log_path());
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
  }

 private:
  std::string dir_;
  StoreSpec store_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;  // 0 until the first start; then kept, so a restart comes back there
};

// ---- devices ------------------------------------------------------------------------------------

struct Device {
  std::string id, person_id, family_id, token;
  std::int64_t seq = 0;          //!< the last mutation seq this device used
  std::size_t server = 0;        //!< which of its setup's servers it talks to
  std::optional<kith::net::HttpsClient> client;
  kith::net::Request full_pull;  //!< a pull without cursors
  kith::net::Request no_change;  //!< a pull whose cursors are at the heads
  kith::net::Request request;    //!< the next request of the running cell
};

kith::net::HttpsClient new_client(const std::string& url, const std::string& ca_pem) {
  kith::net::ClientOptions options;
  options.connect_timeout = std::chrono::seconds(10);
  options.request_timeout = std::chrono::seconds(60);
  auto client = kith::net::HttpsClient::create(url, {ca_pem, {}}, options);
  if (!client) fail("client: " + client.error().describe());
  return std::move(*client);
}

kith::net::Request post(const char* target, const google::protobuf::Message& message,
                        const std::string& token) {
  return {"POST",
          target,
          kProtobuf,
          kProtobuf,
          message.SerializeAsString(),
          token.empty() ? std::string() : "Bearer " + token};
}

// One POST during setup; the parsed answer, or a Fatal.
template <typename Answer>
Answer call(Device& d, const char* target, const google::protobuf::Message& message) {
  auto response = d.client->send(post(target, message, d.token));
  if (!response) fail(std::string(target) + ": " + response.error().describe());
  if (response->status != 200) fail(std::string(target) + ": " + describe_refusal(*response));
  Answer answer;
  if (!answer.ParseFromString(response->body)) fail(std::string(target) + ": unreadable answer");
  return answer;
}

kith::v1::PushRequest scale_scores(Device& d, int count) {
  kith::v1::PushRequest push;
  push.set_device_id(d.id);
  for (int i = 0; i < count; ++i) {
    kith::v1::Mutation* m = push.add_mutations();
    m->set_mutation_id(kith::new_uuid());
    m->set_seq(++d.seq);
    Record score = kith::testing::sample(Record::kScaleScore);
    score.mutable_scale_score()->set_family_id(d.family_id);
    score.mutable_scale_score()->set_scored_by(d.person_id);
    *m->mutable_put() = std::move(score);
  }
  return push;
}

// What is wrong with a push's answer, or nothing.
std::string check_push(const Device& d, const kith::net::Response& response, int count) {
  if (response.status != 200) return "/v1/push: " + describe_refusal(response);
  kith::v1::PushResponse answer;
  if (!answer.ParseFromString(response.body)) return "/v1/push: unreadable answer";
  if (answer.results_size() != count || answer.last_seq() != d.seq) {
    return "/v1/push: not every mutation was answered";
  }
  for (const auto& result : answer.results()) {
    if (result.status() != kith::v1::MutationResult::APPLIED) {
      return "/v1/push: mutation " + std::to_string(result.seq()) + " was " +
             kith::v1::MutationResult::Status_Name(result.status()) + " " + result.error().code();
    }
  }
  return {};
}

// ---- a setup ------------------------------------------------------------------------------------

// One column of the comparison: its servers (on one store) and its devices.
class Setup {
 public:
  Setup(std::string name, std::string label, const std::string& dir, StoreSpec store,
        int servers)
      : name_(std::move(name)), label_(std::move(label)) {
    auto ca = kith::net::make_certificate_authority("Kith bench CA", 2);
    if (!ca) fail("CA: " + ca.error().describe());
    ca_pem_ = ca->certificate;
    kith::net::CertificateSpec spec;
    spec.common_name = "127.0.0.1";
    spec.ip_addresses = {"127.0.0.1"};
    auto cert = kith::net::make_server_certificate(*ca, spec);
    if (!cert) fail("server certificate: " + cert.error().describe());
    for (int i = 0; i < servers; ++i) {
      const std::string server_dir = dir + "/server" + std::to_string(i);
      std::filesystem::create_directories(server_dir);
      std::ofstream(server_dir + "/server.pem") << cert->certificate;
      std::ofstream(server_dir + "/server.key.pem") << cert->private_key;
      ::chmod((server_dir + "/server.key.pem").c_str(), 0600);
      servers_.push_back(std::make_unique<ServerUnderTest>(server_dir, store));
    }
    servers_.front()->admin("init");  // one store for all of them
  }

  //! Makes `count` parents in families of two, enrols each through its own server (server i % n)
  //! with an invite from kith-admin, and pushes `seed` scale scores from each. The server allows
  //! each client address 10 invite attempts, then one every 6 s; the limit lives in the server's
  //! memory, so a server that says rate_limited is restarted rather than waited for.
  void enrol(int count, int seed) {
    ServerUnderTest& first = *servers_.front();
    const std::string coordinator =
        first.admin("create-coordinator --name Bench --username bench", "a-long-staff-password");
    std::vector<std::string> invites, families;
    for (int i = 0; i < count; ++i) {
      if (i % 2 == 0) {
        families.push_back(first.admin("create-family --name F" + std::to_string(i) +
                                       " --coordinator " + coordinator));
      }
      invites.push_back(first.admin("invite --family " + families.back() +
                                    " --role parent --name P" + std::to_string(i)));
    }
    for (auto& server : servers_) server->start();

    devices_.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
      Device& d = devices_[static_cast<std::size_t>(i)];
      d.server = static_cast<std::size_t>(i) % servers_.size();
      ServerUnderTest& server = *servers_[d.server];
      d.client.emplace(new_client(server.url(), ca_pem_));
      d.id = kith::new_uuid();
      kith::v1::EnrolRequest enrol;
      enrol.set_invite_code(invites[static_cast<std::size_t>(i)]);
      enrol.set_device_id(d.id);
      enrol.set_last_seq(0);
      auto response = d.client->send(post("/v1/enrol", enrol, {}));
      if (response && response->status == 429) {
        server.stop();  // every device's client connects again at its next request
        server.start();
        ++restarts_;
        response = d.client->send(post("/v1/enrol", enrol, {}));
      }
      if (!response) fail("/v1/enrol: " + response.error().describe());
      if (response->status != 200) fail("/v1/enrol: " + describe_refusal(*response));
      kith::v1::EnrolResponse enrolled;
      if (!enrolled.ParseFromString(response->body)) fail("/v1/enrol: unreadable answer");
      d.person_id = enrolled.person_id();
      d.family_id = enrolled.family_id();
      kith::v1::SessionRequest session;
      session.set_device_id(d.id);
      session.set_device_secret(enrolled.device_secret());
      d.token = call<kith::v1::SessionResponse>(d, "/v1/session", session).access_token();
      kith::v1::PullRequest pull;
      pull.set_device_id(d.id);
      d.full_pull = post("/v1/pull", pull, d.token);
    }
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
    // a pull with those cursors brings nothing.
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    for (Device& d : devices_) {
      for (;;) {
        std::map<std::string, kith::v1::ScopeCursor> cursors;
        kith::v1::PullRequest pull;
        pull.set_device_id(d.id);
        for (int page_round = 0; page_round < 100; ++page_round) {
          pull.clear_cursors();
          for (const auto& [scope, cursor] : cursors) *pull.add_cursors() = cursor;
          const auto answer = call<kith::v1::PullResponse>(d, "/v1/pull", pull);
          bool more = false;
          for (const auto& page : answer.pages()) {
            auto& c = cursors[page.scope()];
            c.set_scope(page.scope());
            c.set_epoch(page.epoch());
            c.set_last_seq(page.last_seq());
            more = more || page.more();
          }
          for (const auto& scope : answer.scopes()) more = more || !cursors.contains(scope);
          if (!more) break;
        }
        pull.clear_cursors();
        for (const auto& [scope, cursor] : cursors) *pull.add_cursors() = cursor;
        if (call<kith::v1::PullResponse>(d, "/v1/pull", pull).pages_size() == 0) {
          d.no_change = post("/v1/pull", pull, d.token);
          break;
        }
        if (Clock::now() > deadline) {
          fail("a pull with cursors at the heads still brought changes after 10 s (" + name_ +
               ")");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
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
  std::string ca_pem_;
  std::vector<std::unique_ptr<ServerUnderTest>> servers_;
  std::vector<Device> devices_;
  int restarts_ = 0;
  bool on_postgres_ = false;
};

// ---- cells --------------------------------------------------------------------------------------

//! What one cell asks of each device: the next request (made before its clock starts) and a
//! check of the answer, which says what is wrong or how many units (mutations, records) it held.
struct Workload {
  std::function<void(Device&)> prepare;
  std::function<std::string(Device&, const kith::net::Response&, std::size_t& units)> check;
};

struct CellResult {
  std::size_t requests = 0, units = 0;
  double seconds = 0, p50_ms = 0, p99_ms = 0;
  double server_cores = 0, postgres_cores = 0, client_cores = 0;
  std::int64_t stored_before = 0;
  double per_second() const { return static_cast<double>(requests) / seconds; }
  double units_per_second() const { return static_cast<double>(units) / seconds; }
};

double percentile_ms(const std::vector<double>& sorted_us, double p) {
  if (sorted_us.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted_us.size())));
  return sorted_us[std::clamp<std::size_t>(rank, 1, sorted_us.size()) - 1] / 1000.0;
}

// Runs `workload` on every device of `setup` at once, one thread each, for `seconds`. Counts the
// requests answered inside the window; each thread's first request (a health check that makes
// sure its connection is open) is done before the clock starts.
CellResult run_cell(Setup& setup, double seconds, const Workload& workload, pid_t postmaster) {
  struct Lane {
    std::vector<double> latencies_us;
    std::size_t units = 0;
    std::string error;
  };
  auto& devices = setup.devices();
  const std::size_t n = devices.size();
  CellResult r;
  r.stored_before = setup.stored();
  std::vector<Lane> lanes(n);
  std::latch ready(static_cast<std::ptrdiff_t>(n)), go(1);
  Clock::time_point deadline;  // written before go opens, read after
  const kith::net::Request health{"GET", "/healthz", {}, kProtobuf, {}, {}};
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      Device& d = devices[i];
      Lane& lane = lanes[i];
      lane.latencies_us.reserve(1 << 14);
      auto warm = d.client->send(health);
      if (!warm || warm->status != 200) {
        lane.error = warm ? describe_refusal(*warm) : warm.error().describe();
      }
      ready.count_down();
      go.wait();
      while (lane.error.empty() && Clock::now() < deadline) {
        workload.prepare(d);
        const auto start = Clock::now();
        auto response = d.client->send(d.request);
        const auto end = Clock::now();
        std::size_t units = 0;
        if (!response) {
          lane.error = response.error().describe();
        } else if (auto wrong = workload.check(d, *response, units); !wrong.empty()) {
          lane.error = std::move(wrong);
        } else if (end <= deadline) {
          lane.latencies_us.push_back(
              std::chrono::duration<double, std::micro>(end - start).count());
          lane.units += units;
        }
      }
    });
  }
  ready.wait();
  const auto servers = setup.server_pids();
  const double server_cpu = cpu_seconds_of(servers), own_cpu = own_cpu_seconds(),
               pg_cpu = setup.on_postgres() ? cluster_cpu_seconds(postmaster) : 0;
  const auto start = Clock::now();
  deadline =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  go.count_down();
  std::this_thread::sleep_until(deadline);
  const double elapsed = seconds_since(start);
  r.server_cores = (cpu_seconds_of(servers) - server_cpu) / elapsed;
  r.client_cores = (own_cpu_seconds() - own_cpu) / elapsed;
  if (setup.on_postgres()) r.postgres_cores = (cluster_cpu_seconds(postmaster) - pg_cpu) / elapsed;
  for (auto& t : threads) t.join();
  std::vector<double> all;
  for (const Lane& lane : lanes) {
    if (!lane.error.empty()) fail("a device failed (" + setup.name() + "): " + lane.error);
    all.insert(all.end(), lane.latencies_us.begin(), lane.latencies_us.end());
    r.units += lane.units;
  }
  std::sort(all.begin(), all.end());
  r.requests = all.size();
  r.seconds = seconds;  // requests are counted inside the window, which is `seconds` long
  r.p50_ms = percentile_ms(all, 0.50);
  r.p99_ms = percentile_ms(all, 0.99);
  return r;
}

// Each figure's median over the rounds of one cell.
CellResult median_of(const std::vector<CellResult>& rounds) {
  auto median = [&](auto field) {
    std::vector<double> v;
    for (const CellResult& r : rounds) v.push_back(static_cast<double>(r.*field));
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  CellResult m = rounds.front();
  m.requests = static_cast<std::size_t>(median(&CellResult::requests));
  m.units = static_cast<std::size_t>(median(&CellResult::units));
  m.p50_ms = median(&CellResult::p50_ms);
  m.p99_ms = median(&CellResult::p99_ms);
  m.server_cores = median(&CellResult::server_cores);
  m.postgres_cores = median(&CellResult::postgres_cores);
  m.client_cores = median(&CellResult::client_cores);
  return m;
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

Workload no_change_pulls() {
  return {[](Device& d) { d.request = d.no_change; },
          [](Device&, const kith::net::Response& response, std::size_t& units) -> std::string {
            if (response.status != 200) return "/v1/pull: " + describe_refusal(response);
            kith::v1::PullResponse answer;
            if (!answer.ParseFromString(response.body)) return "/v1/pull: unreadable answer";
            if (answer.pages_size() != 0) return "/v1/pull: a no-change pull brought changes";
            units = 1;
            return {};
          }};
}

Workload pushes(int batch) {
  return {[batch](Device& d) { d.request = post("/v1/push", scale_scores(d, batch), d.token); },
          [batch](Device& d, const kith::net::Response& response, std::size_t& units) {
            units = static_cast<std::size_t>(batch);
            return check_push(d, response, batch);
          }};
}

// ---- the report ---------------------------------------------------------------------------------

std::string format_ms(double ms) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(ms < 1 ? 2 : ms < 100 ? 1 : 0);
  out << ms << " ms";
  return out.str();
}

std::string format_fixed(double value, int precision) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(precision);
  out << value;
  return out.str();
}

struct Measure {
  std::string title;  //!< "Pushes of 10 new scale scores"
  std::string unit;   //!< "mutations/s"
  std::string per;    //!< what the server-side CPU column is per: "pull", "mutation"
  bool requests_column = false;  //!< a requests/s column as well (full pulls: pulls/s and records/s)
  Workload workload;
  std::vector<std::vector<CellResult>> rounds;  //!< [setup][round]
};

int run(int argc, char** argv) {
  bool smoke = false;
  double seconds = 5;
  int rounds = 3, device_count = 16, seed = 100;
  std::string docs = KITH_PERFORMANCE_DOC, keep_logs;
  std::string command = argv[0];
  auto number = [&](int& i, const char* what, double low, double high) {
    if (i + 1 >= argc) fail(std::string(what) + " needs a value");
    const double v = std::atof(argv[++i]);
    command += " " + std::string(argv[i]);
    if (!(v >= low && v <= high)) {
      fail(std::string(what) + " must be from " + format_fixed(low, low < 1 ? 1 : 0) + " to " +
           format_fixed(high, 0));
    }
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg != "--keep-logs") command += " " + arg;
    if (arg == "--smoke") {
      smoke = true;
    } else if (arg == "--seconds") {
      seconds = number(i, "--seconds", 0.1, 600);
    } else if (arg == "--rounds") {
      rounds = static_cast<int>(number(i, "--rounds", 1, 20));
    } else if (arg == "--devices") {
      device_count = static_cast<int>(number(i, "--devices", 2, 200));
      if (device_count % 2 != 0) fail("--devices must be even (families of two parents)");
    } else if (arg == "--seed") {
      seed = static_cast<int>(number(i, "--seed", 1, 400));
    } else if (arg == "--docs" && i + 1 < argc) {
      docs = argv[++i];
      command += " " + docs;
    } else if (arg == "--keep-logs" && i + 1 < argc) {
      keep_logs = argv[++i];
    } else {
      std::cerr << "usage: kith-bench-scaleout [--smoke] [--seconds S] [--rounds N] [--devices N] "
                   "[--seed N] [--docs PATH] [--keep-logs DIR]\n";
      return 2;
    }
  }
  if (smoke) {
    seconds = 0.3;
    rounds = 1;
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
                      "records/s", "pull", true, full_pulls(), {}});
  measures.push_back({"No-change pulls, with cursors at the heads", "pulls/s", "pull", false,
                      no_change_pulls(), {}});
  measures.push_back({"Pushes of 10 new scale scores", "mutations/s", "mutation", false,
                      pushes(10), {}});
  measures.push_back({"Pushes of 100 new scale scores", "mutations/s", "mutation", false,
                      pushes(100), {}});
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
            << format_fixed(setup_seconds, 1) << " s (server restarts for the enrol rate limit: "
            << restarts << "); total " << format_fixed(seconds_since(started), 1) << " s\n";

  if (smoke) {
    std::cout << "smoke: 1 passed, 0 failed\n";
    return 0;
  }
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  std::ostringstream section;
  section << "Measured " << date << " on " << where << ", the data of every store on "
          << file_system(tmp.path()) << ".\n"
          << "Command: `" << command << "`\n\n"
          << "Each kith-server with `--threads " << sysconf(_SC_NPROCESSORS_ONLN)
          << "`; PostgreSQL 15 " << (cluster.durable() ? "with fsync and synchronous_commit on"
                                                       : "WITH FSYNC OFF (not comparable)")
          << "; " << device_count << " parent devices in families of two, each with " << seed
          << " scale scores seeded, one thread a device, on the same machine.\n\n"
          << tables.str();
  kith::bench::write_doc_section(docs, "scaleout", section.str());
  std::cout << "wrote " << docs << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    // Fatal, or anything thrown by the setup; the destructors have stopped the servers.
    std::cerr << "kith-bench-scaleout: " << e.what() << "\n";
    return 1;
  }
}
