#pragma once
// What the benchmarks that drive real kith-server processes share (kith-bench-sync,
// kith-bench-scaleout): the server under test on 127.0.0.1 with a certificate made here, parent
// devices enrolled over HTTPS, each on its own keep-alive kith::net::HttpsClient and its own
// std::thread, the cells that time them, and the CPU the processes used meanwhile.
//
// Failures of the setup or of a run throw Fatal: each benchmark catches it in main, after the
// destructors have stopped the servers and removed the temporary folders. Everything here is
// called from the benchmark's main thread, except what run_cell runs on the device threads.

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <latch>
#include <map>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "admin/admin.hpp"
#include "bench_report.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/net/certificates.hpp"
#include "kith/net/https_client.hpp"
#include "kith/v1/sync.pb.h"
#include "samples.hpp"
#include "server_launch.hpp"

namespace kith::bench {

using Clock = std::chrono::steady_clock;

inline constexpr const char* kProtobuf = "application/x-protobuf";
//! Families have two parents each, so a device holds five scopes, as a parent in a small family
//! does (and in a run on two servers, the two parents of a family are on different ones).
inline constexpr int kParentsPerFamily = 2;

//! A failure of the setup or of a run, as a sentence.
struct Fatal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& what) {
  throw Fatal(what);
}

inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

//! The server's answer to a refused request, as "HTTP 429 rate_limited: <message>".
inline std::string describe_refusal(const kith::net::Response& response) {
  std::string out = "HTTP " + std::to_string(response.status);
  kith::v1::Error error;
  if (response.content_type == kProtobuf && error.ParseFromString(response.body)) {
    out += " " + error.code() + ": " + error.message();
  }
  return out;
}

//! A benchmark's main(): runs `run` with SIGPIPE ignored (a server that closes a connection must
//! not end the benchmark). A Fatal, or anything else the setup throws, becomes the line
//! "NAME: what went wrong" on stderr and exit status 1, after the destructors have stopped the
//! servers and removed the temporary folders.
inline int run_benchmark(const char* name, int (*run)(int, char**), int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << name << ": " << e.what() << "\n";
    return 1;
  }
}

// ---- the command line ---------------------------------------------------------------------------

//! What every server benchmark is told on its command line.
struct RunOptions {
  bool smoke = false;   //!< --smoke: 0.3 s cells, one round, nothing written
  double seconds = 5;   //!< --seconds S: a cell's length, 0.1 to 600
  int rounds = 3;       //!< --rounds N: 1 to 20
  std::string docs;     //!< --docs PATH: the document the figures go into
  std::string command;  //!< the command line as the report quotes it
};

//! A benchmark's own option, which takes a value. `quoted`: the report's command line shows it
//! (an option that only says where to keep logs is left out). `set` may throw a Fatal.
struct OtherOption {
  std::string name;
  bool quoted = true;
  std::function<void(const std::string& value)> set;
};

//! `value` as a number from `low` to `high`, or a Fatal that says which option wants what.
inline double number_in(const std::string& option, const std::string& value, double low,
                        double high) {
  const double v = std::atof(value.c_str());
  if (!(v >= low && v <= high)) {
    fail(option + " must be from " + format_fixed(low, low < 1 ? 1 : 0) + " to " +
         format_fixed(high, 0));
  }
  return v;
}

//! Reads --smoke, --seconds, --rounds, --docs and `others` from the command line into `options`
//! (whose docs is the default), and the command as the report quotes it; with --smoke, 0.3 s
//! cells and one round. For a word it does not know or an option without its value, prints
//! "usage: " and `usage` on stderr and returns false (main's exit status is then 2). A value out
//! of range is a Fatal.
inline bool parse_options(int argc, char** argv, const std::string& usage, RunOptions& options,
                          const std::vector<OtherOption>& others = {}) {
  options.command = argv[0];
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--smoke") {
      options.smoke = true;
      options.command += " " + arg;
      continue;
    }
    const OtherOption* other = nullptr;
    for (const OtherOption& o : others) {
      if (o.name == arg) other = &o;
    }
    if ((other == nullptr && arg != "--seconds" && arg != "--rounds" && arg != "--docs") ||
        i + 1 >= argc) {
      std::cerr << "usage: " << usage << "\n";
      return false;
    }
    const std::string value = argv[++i];
    if (other == nullptr || other->quoted) options.command += " " + arg + " " + value;
    if (other != nullptr) {
      other->set(value);
    } else if (arg == "--seconds") {
      options.seconds = number_in(arg, value, 0.1, 600);
    } else if (arg == "--rounds") {
      options.rounds = static_cast<int>(number_in(arg, value, 1, 20));
    } else {
      options.docs = value;
    }
  }
  if (options.smoke) {
    options.seconds = 0.3;
    options.rounds = 1;
  }
  return true;
}

// ---- CPU ----------------------------------------------------------------------------------------

//! utime + stime of one process from /proc/PID/stat, in clock ticks; and its parent's pid.
struct ProcStat {
  pid_t parent = 0;
  unsigned long long ticks = 0;
};

//! Nothing if the process is gone.
inline std::optional<ProcStat> proc_stat(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), {});
  // The command name may hold spaces; the fields after its closing parenthesis are plain.
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

inline double ticks_to_seconds(unsigned long long ticks) {
  return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

//! CPU seconds (user + system) the processes `pids` have used; a process that is gone counts 0.
inline double cpu_seconds_of(const std::vector<pid_t>& pids) {
  unsigned long long ticks = 0;
  for (pid_t pid : pids) {
    if (auto s = proc_stat(pid)) ticks += s->ticks;
  }
  return ticks_to_seconds(ticks);
}

//! CPU of a PostgreSQL cluster: the postmaster and every process it started (backends, the WAL
//! writer, the checkpointer...); 0 without a postmaster. Backends that ended during a cell are not
//! counted; the servers keep their pooled connections open, so few do.
inline double cluster_cpu_seconds(pid_t postmaster) {
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

//! CPU seconds of this process: the device threads.
inline double own_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// ---- kith-server --------------------------------------------------------------------------------

//! A certificate authority made here and a certificate for 127.0.0.1 signed by it, for the servers
//! of one run (several servers behind one address share it, as behind a load balancer).
class ServerCertificate {
 public:
  ServerCertificate() {
    auto ca = kith::net::make_certificate_authority("Kith bench CA", 2);
    if (!ca) fail("CA: " + ca.error().describe());
    ca_pem_ = ca->certificate;
    kith::net::CertificateSpec spec;
    spec.common_name = "127.0.0.1";
    spec.ip_addresses = {"127.0.0.1"};
    auto cert = kith::net::make_server_certificate(*ca, spec);
    if (!cert) fail("server certificate: " + cert.error().describe());
    certificate_ = std::move(*cert);
  }

  //! Writes server.pem and server.key.pem (readable by this user only) into the folder `dir`.
  void install(const std::string& dir) const {
    std::ofstream(dir + "/server.pem") << certificate_.certificate;
    std::ofstream(dir + "/server.key.pem") << certificate_.private_key;
    ::chmod((dir + "/server.key.pem").c_str(), 0600);
  }

  //! What a device trusts.
  const std::string& ca_pem() const { return ca_pem_; }

 private:
  std::string ca_pem_;
  kith::net::Pem certificate_;
};

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

//! kith-server on a free port of 127.0.0.1 with --threads = cores, its certificate and key in
//! `dir` (ServerCertificate::install), its log in dir/server.log. It is killed if the benchmark
//! dies, and stopped by the destructor.
class ServerUnderTest {
 public:
  ServerUnderTest(std::string dir, StoreSpec store)
      : dir_(std::move(dir)), store_(std::move(store)) {}
  ServerUnderTest(const ServerUnderTest&) = delete;
  ServerUnderTest& operator=(const ServerUnderTest&) = delete;
  ~ServerUnderTest() { stop(); }

  //! More kith-server options for the next start().
  std::vector<std::string> options;

  //! Starts kith-server (on the port of the last start, if any) and waits until it listens.
  void start() {
    kith::testing::ServerLaunch launch;
    launch.store_arguments = store_.arguments();
    launch.dir = dir_;
    launch.port = port_;
    launch.threads = sysconf(_SC_NPROCESSORS_ONLN);
    if (!store_.server_key.empty()) launch.environment = {"KITH_SERVER_KEY=" + store_.server_key};
    launch.die_with_parent = true;  // the server goes when the benchmark does, however it ends
    launch.options = options;
    const auto launched = kith::testing::launch_server(launch);
    pid_ = launched.pid;
    if (!launched.error.empty()) fail(launched.error + ":\n" + log_tail());
    port_ = launched.port;
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
    // The PostgreSQL store reads its key from the environment, in kith-admin as in kith-server;
    // the embedded one from the key file in its data folder, not from the caller's environment.
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
  //! The last 4000 characters of its log, for a failure to show.
  std::string log_tail() const {
    std::ifstream in(log_path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
  }

 private:
  std::string dir_;
  StoreSpec store_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;  // 0 until the first start; then kept, so a restart comes back there
};

//! What a benchmark of one kith-server on its embedded store sets up first: a temporary folder,
//! the machine's description with the data's file system, the certificate installed there, and
//! the server's store made by `kith-admin init` in tmp/data (the server is not started).
struct EmbeddedServerRun {
  kith::testing::TempDir tmp;
  std::string where = machine_description() + ", data on " + file_system(tmp.path());
  ServerCertificate certificate;
  ServerUnderTest server{tmp.path(), StoreSpec{data_dir(), {}, {}}};

  EmbeddedServerRun() {
    certificate.install(tmp.path());
    server.admin("init");
  }
  std::string data_dir() const { return tmp.path() + "/data"; }
};

// ---- devices ------------------------------------------------------------------------------------

//! A parent's device as the benchmark drives it: its identity, its session and its own client.
struct Device {
  std::string id, person_id, family_id, token;
  std::int64_t seq = 0;    //!< the last mutation seq this device used
  std::size_t server = 0;  //!< which of its run's servers it talks to
  std::optional<kith::net::HttpsClient> client;
  kith::net::Request full_pull;  //!< a pull without cursors
  kith::net::Request no_change;  //!< a pull whose cursors are at the heads (at_the_heads)
  kith::net::Request request;    //!< the next request of the running cell
};

inline kith::net::HttpsClient new_client(const std::string& url, const std::string& ca_pem) {
  kith::net::ClientOptions options;
  options.connect_timeout = std::chrono::seconds(10);
  options.request_timeout = std::chrono::seconds(60);
  auto client = kith::net::HttpsClient::create(url, {ca_pem, {}}, options);
  if (!client) fail("client: " + client.error().describe());
  return std::move(*client);
}

//! A POST of a protobuf message, with the bearer token if there is one.
inline kith::net::Request post(const char* target, const google::protobuf::Message& message,
                               const std::string& token) {
  return {"POST",
          target,
          kProtobuf,
          kProtobuf,
          message.SerializeAsString(),
          token.empty() ? std::string() : "Bearer " + token};
}

//! One POST during setup; the parsed answer, or a Fatal.
template <typename Answer>
Answer call(Device& d, const char* target, const google::protobuf::Message& message) {
  auto response = d.client->send(post(target, message, d.token));
  if (!response) fail(std::string(target) + ": " + response.error().describe());
  if (response->status != 200) fail(std::string(target) + ": " + describe_refusal(*response));
  Answer answer;
  if (!answer.ParseFromString(response->body)) fail(std::string(target) + ": unreadable answer");
  return answer;
}

//! A push of `count` new scale scores by `d`, with its next seqs.
inline kith::v1::PushRequest scale_scores(Device& d, int count) {
  using kith::domain::Record;
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

//! What is wrong with the answer to a push of `count` mutations (every one APPLIED), or nothing.
inline std::string check_push(const Device& d, const kith::net::Response& response, int count) {
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

//! POST /v1/enrol on `d`'s client, through `server`. A server that answers rate_limited is
//! restarted and asked once more (see enrol_parents); `restarts` counts it. The answer, or a Fatal.
inline kith::v1::EnrolResponse enrol_device(ServerUnderTest& server, Device& d,
                                            const kith::v1::EnrolRequest& enrol, int& restarts) {
  auto response = d.client->send(post("/v1/enrol", enrol, {}));
  if (response && response->status == 429) {
    server.stop();  // every device's client connects again at its next request
    server.start();
    ++restarts;
    response = d.client->send(post("/v1/enrol", enrol, {}));
  }
  if (!response) fail("/v1/enrol: " + response.error().describe());
  if (response->status != 200) fail("/v1/enrol: " + describe_refusal(*response));
  kith::v1::EnrolResponse enrolled;
  if (!enrolled.ParseFromString(response->body)) fail("/v1/enrol: unreadable answer");
  return enrolled;
}

//! Makes `count` parents in families of kParentsPerFamily with kith-admin on the first of
//! `servers` (all on one store), starts every server, and enrols device i through server
//! i % servers.size() over HTTPS with its invite, with a session and its full_pull. Returns how
//! many times a server was restarted.
//!
//! The server allows each client address 10 invite attempts, then one every 6 s, and every device
//! here comes from 127.0.0.1. The limit lives in the server's memory, so a server that says
//! rate_limited is restarted rather than waited for.
inline int enrol_parents(const std::vector<ServerUnderTest*>& servers, const std::string& ca_pem,
                         int count, std::vector<Device>& devices) {
  ServerUnderTest& first = *servers.front();
  const std::string coordinator =
      first.admin("create-coordinator --name Bench --username bench", "a-long-staff-password");
  std::vector<std::string> invites, families;
  for (int i = 0; i < count; ++i) {
    if (i % kParentsPerFamily == 0) {
      families.push_back(first.admin("create-family --name F" + std::to_string(i) +
                                     " --coordinator " + coordinator));
    }
    invites.push_back(first.admin("invite --family " + families.back() + " --role parent --name P" +
                                  std::to_string(i)));
  }
  for (ServerUnderTest* server : servers) server->start();

  int restarts = 0;
  devices.resize(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    Device& d = devices[static_cast<std::size_t>(i)];
    d.server = static_cast<std::size_t>(i) % servers.size();
    ServerUnderTest& server = *servers[d.server];
    d.client.emplace(new_client(server.url(), ca_pem));
    d.id = kith::new_uuid();
    kith::v1::EnrolRequest enrol;
    enrol.set_invite_code(invites[static_cast<std::size_t>(i)]);
    enrol.set_device_id(d.id);
    enrol.set_last_seq(0);
    const kith::v1::EnrolResponse enrolled = enrol_device(server, d, enrol, restarts);
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
  return restarts;
}

//! Sets `d.no_change`: a pull with cursors at the heads of every scope the device holds, checked
//! to bring nothing. Call it once every device is in (each enrolment moves the heads of its
//! family's scopes). Until `deadline` a pull at those cursors that still brings changes is tried
//! again from the start: a server learns of another server's commits by notification, so it may
//! lag by a moment. The failure's sentence ends with `context` (" after 10 s (pg-2)").
inline void at_the_heads(Device& d, Clock::time_point deadline, const std::string& context = {}) {
  for (;;) {
    std::map<std::string, kith::v1::ScopeCursor> cursors;
    kith::v1::PullRequest pull;
    pull.set_device_id(d.id);
    for (int round = 0;; ++round) {
      if (round == 100) fail("the first pull of a device did not end");
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
    // As the device's sync engine sends it once the server has said it reads them: compact
    // cursors (a digest of the sorted scopes, the epoch, the seqs in that order).
    pull.clear_cursors();
    std::vector<std::string> names;
    for (const auto& [scope, cursor] : cursors) {
      names.push_back(scope);
      pull.set_epoch(cursor.epoch());
      pull.add_last_seqs(cursor.last_seq());
    }
    pull.set_scopes_digest(kith::domain::scopes_digest(names));
    const auto answer = call<kith::v1::PullResponse>(d, "/v1/pull", pull);
    if (answer.cursors_needed()) fail("the server did not take the compact cursors" + context);
    if (answer.pages_size() == 0) {
      d.no_change = post("/v1/pull", pull, d.token);
      return;
    }
    if (Clock::now() > deadline) {
      fail("a pull with cursors at the heads still brought changes" + context);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

// ---- cells --------------------------------------------------------------------------------------

//! What one cell asks of each device: the next request (made before its clock starts) and a
//! check of the answer, which says what is wrong or how many units (mutations, records) it held.
struct Workload {
  std::function<void(Device&)> prepare;
  std::function<std::string(Device&, const kith::net::Response&, std::size_t& units)> check;
};

//! One cell's figures, or the medians of its rounds (median_of).
struct CellResult {
  std::string label;             //!< what the benchmark calls the cell, if it needs to
  std::int64_t stored = 0;       //!< scale scores the benchmark had pushed before the cell
  std::int64_t stored_last = 0;  //!< the same, before the last round (after median_of)
  std::size_t requests = 0, units = 0;
  double seconds = 0, p50_ms = 0, p99_ms = 0;
  double server_cores = 0, postgres_cores = 0, client_cores = 0;
  double per_second() const { return static_cast<double>(requests) / seconds; }
  double units_per_second() const { return static_cast<double>(units) / seconds; }
};

//! The processes whose CPU a cell measures, and the name its failures give.
struct CellServers {
  std::vector<pid_t> servers;  //!< the kith-server processes
  pid_t postmaster = 0;        //!< a PostgreSQL cluster's postmaster; 0 for none
  std::string name;            //!< "pg-2"; may be empty
};

inline double percentile_ms(const std::vector<double>& sorted_us, double p) {
  if (sorted_us.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted_us.size())));
  return sorted_us[std::clamp<std::size_t>(rank, 1, sorted_us.size()) - 1] / 1000.0;
}

//! Runs `workload` on every device of `devices` at once, one thread each, for `seconds`. Counts
//! the requests answered inside the window; each thread's first request (a health check that
//! makes sure its connection is open) is done before the clock starts. A device's failure is a
//! Fatal once every thread has stopped.
inline CellResult run_cell(std::span<Device> devices, double seconds, const Workload& workload,
                           const CellServers& measured) {
  struct Lane {
    std::vector<double> latencies_us;
    std::size_t units = 0;
    std::string error;
  };
  const std::size_t n = devices.size();
  std::vector<Lane> lanes(n);
  std::latch ready(static_cast<std::ptrdiff_t>(n)), go(1);
  Clock::time_point deadline;  // written before go opens, read after
  const kith::net::Request health{"GET", "/healthz", {}, kProtobuf, {}, {}};
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      Device& d = devices[i];
      Lane& lane = lanes[i];
      lane.latencies_us.reserve(1 << 16);
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
  const double server_cpu = cpu_seconds_of(measured.servers), own_cpu = own_cpu_seconds(),
               pg_cpu = cluster_cpu_seconds(measured.postmaster);
  const auto start = Clock::now();
  deadline =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  go.count_down();
  std::this_thread::sleep_until(deadline);
  CellResult r;
  const double elapsed = seconds_since(start);
  r.server_cores = (cpu_seconds_of(measured.servers) - server_cpu) / elapsed;
  r.client_cores = (own_cpu_seconds() - own_cpu) / elapsed;
  if (measured.postmaster > 0) {
    r.postgres_cores = (cluster_cpu_seconds(measured.postmaster) - pg_cpu) / elapsed;
  }
  for (auto& t : threads) t.join();
  std::vector<double> all;
  for (const Lane& lane : lanes) {
    if (!lane.error.empty()) {
      fail("a device failed" + (measured.name.empty() ? "" : " (" + measured.name + ")") + ": " +
           lane.error);
    }
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

//! Each figure's median over the rounds of one cell; the label and `stored` of the first round.
inline CellResult median_of(const std::vector<CellResult>& rounds) {
  auto median = [&](auto field) {
    std::vector<double> v;
    for (const CellResult& r : rounds) v.push_back(static_cast<double>(r.*field));
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  CellResult m = rounds.front();
  m.stored_last = rounds.back().stored;
  m.requests = static_cast<std::size_t>(median(&CellResult::requests));
  m.units = static_cast<std::size_t>(median(&CellResult::units));
  m.p50_ms = median(&CellResult::p50_ms);
  m.p99_ms = median(&CellResult::p99_ms);
  m.server_cores = median(&CellResult::server_cores);
  m.postgres_cores = median(&CellResult::postgres_cores);
  m.client_cores = median(&CellResult::client_cores);
  return m;
}

//! Pulls with cursors at the heads (Device::no_change), each checked to bring nothing; a unit is
//! a pull.
inline Workload no_change_pulls() {
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

//! Pushes of `batch` new scale scores, each checked (check_push); a unit is a mutation.
inline Workload scale_score_pushes(int batch) {
  return {[batch](Device& d) { d.request = post("/v1/push", scale_scores(d, batch), d.token); },
          [batch](Device& d, const kith::net::Response& response, std::size_t& units) {
            units = static_cast<std::size_t>(batch);
            return check_push(d, response, batch);
          }};
}

}  // namespace kith::bench
