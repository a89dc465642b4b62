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

#include "bench_report.hpp"
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <latch>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "admin/admin.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/net/certificates.hpp"
#include "kith/net/https_client.hpp"
#include "kith/v1/sync.pb.h"
#include "samples.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using kith::domain::Record;

constexpr const char* kProtobuf = "application/x-protobuf";
constexpr int kMutationsPerPush = 50;
constexpr int kParentsPerFamily = 2;

// A failure of the setup or of a run: caught in main, so that the server is stopped and the
// temporary folder removed on the way out.
struct Fatal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& what) {
  throw Fatal(what);
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
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

// CPU seconds (user + system) of the process `pid`, from /proc/PID/stat.
double process_cpu_seconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), {});
  // The command name may hold spaces; the fields after it are plain numbers. utime and stime
  // are fields 14 and 15, the 12th and 13th after the name's closing parenthesis.
  std::istringstream rest(stat.substr(stat.rfind(')') + 2));
  std::string field;
  for (int i = 0; i < 11; ++i) rest >> field;
  unsigned long long utime = 0, stime = 0;
  rest >> utime >> stime;
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double own_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// ---- the server ---------------------------------------------------------------------------------

// kith-server in its own data folder with a certificate authority made here, on a free port of
// 127.0.0.1, with as many io threads as the machine has cores.
class ServerUnderTest {
 public:
  explicit ServerUnderTest(const std::string& dir) : dir_(dir) {
    ::unsetenv("KITH_SERVER_KEY");  // the key file in the data folder, not the caller's
    admin("init");
    auto ca = kith::net::make_certificate_authority("Kith bench CA", 2);
    if (!ca) fail("CA: " + ca.error().describe());
    ca_pem_ = ca->certificate;
    kith::net::CertificateSpec spec;
    spec.common_name = "127.0.0.1";
    spec.ip_addresses = {"127.0.0.1"};
    auto cert = kith::net::make_server_certificate(*ca, spec);
    if (!cert) fail("server certificate: " + cert.error().describe());
    std::ofstream(dir_ + "/server.pem") << cert->certificate;
    std::ofstream(dir_ + "/server.key.pem") << cert->private_key;
    ::chmod((dir_ + "/server.key.pem").c_str(), 0600);
  }
  ServerUnderTest(const ServerUnderTest&) = delete;
  ServerUnderTest& operator=(const ServerUnderTest&) = delete;
  ~ServerUnderTest() { stop(); }

  //! Starts kith-server (on the port of the last start, if any) and waits until it listens.
  void start() {
    const std::string data = dir_ + "/data", cert = dir_ + "/server.pem",
                      key = dir_ + "/server.key.pem", log = dir_ + "/server.log",
                      listen = "127.0.0.1:" + std::to_string(port_),
                      threads = std::to_string(sysconf(_SC_NPROCESSORS_ONLN));
    int out[2];
    if (::pipe(out) != 0) fail("pipe failed");
    pid_ = ::fork();
    if (pid_ < 0) fail("fork failed");
    if (pid_ == 0) {
      // The server goes when the benchmark does, however it ends.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::dup2(out[1], STDOUT_FILENO);
      const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      ::dup2(err, STDERR_FILENO);
      ::close(out[0]);
      ::execl(KITH_SERVER_BINARY, "kith-server", "--data", data.c_str(), "--listen", listen.c_str(),
              "--tls-cert", cert.c_str(), "--tls-key", key.c_str(), "--threads", threads.c_str(),
              static_cast<char*>(nullptr));
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

  //! kith-admin, in this process, on the server's data; its first line of output.
  std::string admin(const std::string& command_line, const std::string& password = {}) {
    std::vector<std::string> args = {"--data", dir_ + "/data"};
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    kith::server::admin::Environment env;
    env.password = password;
    std::ostringstream out, err;
    if (kith::server::admin::run(args, env, out, err) != 0) {
      fail("kith-admin " + command_line + ": " + err.str());
    }
    return out.str().substr(0, out.str().find('\n'));
  }

  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
  const std::string& ca_pem() const { return ca_pem_; }
  pid_t pid() const { return pid_; }

  std::string log_path() const { return dir_ + "/server.log"; }
  std::string log_tail() const {
    std::ifstream in(log_path());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
  }

 private:
  std::string dir_;
  std::string ca_pem_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;  // 0 until the first start; then kept, so a restart comes back there
};

// ---- devices ------------------------------------------------------------------------------------

struct Device {
  std::string id, person_id, family_id, token;
  std::int64_t seq = 0;  //!< the last mutation seq this device used
  std::optional<kith::net::HttpsClient> client;
  kith::net::Request pull;     //!< a pull whose cursors are at the heads
  kith::net::Request request;  //!< the next request of the running cell
};

kith::net::HttpsClient new_client(const ServerUnderTest& server) {
  kith::net::ClientOptions options;
  options.connect_timeout = std::chrono::seconds(10);
  options.request_timeout = std::chrono::seconds(60);
  auto client = kith::net::HttpsClient::create(server.url(), {server.ca_pem(), {}}, options);
  if (!client) fail("client: " + client.error().describe());
  return std::move(*client);
}

// One POST of a protobuf message during setup; the parsed answer, or a Fatal.
template <typename Answer>
Answer call(Device& d, const char* target, const google::protobuf::Message& message) {
  const kith::net::Request request{"POST",
                                   target,
                                   kProtobuf,
                                   kProtobuf,
                                   message.SerializeAsString(),
                                   d.token.empty() ? std::string() : "Bearer " + d.token};
  auto response = d.client->send(request);
  if (!response) fail(std::string(target) + ": " + response.error().describe());
  if (response->status != 200) fail(std::string(target) + ": " + describe_refusal(*response));
  Answer answer;
  if (!answer.ParseFromString(response->body)) fail(std::string(target) + ": unreadable answer");
  return answer;
}

// Makes `count` parent devices, enrolled over HTTPS with invites made by kith-admin, each with a
// session and cursors at the heads. Returns how many times the server was restarted.
//
// The server allows each client address 10 invite attempts, then one every 6 s, and every device
// here comes from 127.0.0.1. The limiter lives in the server's memory, so the benchmark restarts
// the server when it says rate_limited instead of waiting 6 s for each of the other 90.
int enrol_devices(ServerUnderTest& server, std::vector<Device>& devices, int count) {
  const std::string coordinator =
      server.admin("create-coordinator --name Bench --username bench", "a-long-staff-password");
  std::vector<std::string> invites;
  std::vector<std::string> families;
  for (int i = 0; i < count; ++i) {
    if (i % kParentsPerFamily == 0) {
      families.push_back(server.admin("create-family --name F" + std::to_string(i) +
                                      " --coordinator " + coordinator));
    }
    invites.push_back(server.admin("invite --family " + families.back() +
                                   " --role parent --name P" + std::to_string(i)));
  }
  server.start();

  int restarts = 0;
  devices.resize(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    Device& d = devices[static_cast<std::size_t>(i)];
    d.client.emplace(new_client(server));
    d.id = kith::new_uuid();
    kith::v1::EnrolRequest enrol;
    enrol.set_invite_code(invites[static_cast<std::size_t>(i)]);
    enrol.set_device_id(d.id);
    enrol.set_last_seq(0);
    const kith::net::Request request{
        "POST", "/v1/enrol", kProtobuf, kProtobuf, enrol.SerializeAsString(), {}};
    auto response = d.client->send(request);
    if (response && response->status == 429) {
      server.stop();  // the devices' clients connect again on their next request
      server.start();
      ++restarts;
      response = d.client->send(request);
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
  }

  // Cursors only once everyone is in: each enrolment moves the heads of its family's scopes.
  for (Device& d : devices) {
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
    pull.clear_cursors();
    for (const auto& [scope, cursor] : cursors) *pull.add_cursors() = cursor;
    if (call<kith::v1::PullResponse>(d, "/v1/pull", pull).pages_size() != 0) {
      fail("a pull with cursors at the heads still brought changes");
    }
    d.pull = {
        "POST", "/v1/pull", kProtobuf, kProtobuf, pull.SerializeAsString(), "Bearer " + d.token};
  }
  return restarts;
}

// ---- cells --------------------------------------------------------------------------------------

//! What one cell asks of each device: the next request (made before the clock starts for it) and
//! a check of the answer (after it stops). check returns what is wrong, or nothing.
struct Workload {
  std::function<void(Device&)> prepare;
  std::function<std::string(Device&, const kith::net::Response&)> check;
};

struct CellResult {
  std::string label;             //!< the number of devices, and a note if needed
  std::int64_t stored = 0;       //!< scale scores the benchmark had pushed before the cell
  std::int64_t stored_last = 0;  //!< the same, before the last round (after median_of)
  std::size_t requests = 0;
  double seconds = 0, p50_ms = 0, p99_ms = 0, server_cores = 0, client_cores = 0;
  double per_second() const { return static_cast<double>(requests) / seconds; }
};

double percentile_ms(const std::vector<double>& sorted_us, double p) {
  if (sorted_us.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted_us.size())));
  return sorted_us[std::clamp<std::size_t>(rank, 1, sorted_us.size()) - 1] / 1000.0;
}

// Runs `workload` on the first `n` devices at once, one thread each, for `seconds`. Counts the
// requests answered inside the window; each thread's first request (a health check that makes
// sure its connection is open) is done before the clock starts.
CellResult run_cell(std::vector<Device>& devices, int n, double seconds, const Workload& workload,
                    pid_t server) {
  struct Lane {
    std::vector<double> latencies_us;
    std::string error;
  };
  std::int64_t stored = 0;
  for (const Device& d : devices) stored += d.seq;
  std::vector<Lane> lanes(static_cast<std::size_t>(n));
  std::latch ready(n), go(1);
  Clock::time_point deadline;  // written before go opens, read after
  const kith::net::Request health{"GET", "/healthz", {}, kProtobuf, {}, {}};
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      Device& d = devices[static_cast<std::size_t>(i)];
      Lane& lane = lanes[static_cast<std::size_t>(i)];
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
        if (!response) {
          lane.error = response.error().describe();
        } else if (auto wrong = workload.check(d, *response); !wrong.empty()) {
          lane.error = std::move(wrong);
        } else if (end <= deadline) {
          lane.latencies_us.push_back(
              std::chrono::duration<double, std::micro>(end - start).count());
        }
      }
    });
  }
  ready.wait();
  const double server_cpu = process_cpu_seconds(server), own_cpu = own_cpu_seconds();
  const auto start = Clock::now();
  deadline =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  go.count_down();
  std::this_thread::sleep_until(deadline);
  CellResult r;
  r.label = std::to_string(n);
  r.stored = stored;
  r.seconds = seconds_since(start);
  r.server_cores = (process_cpu_seconds(server) - server_cpu) / r.seconds;
  r.client_cores = (own_cpu_seconds() - own_cpu) / r.seconds;
  for (auto& t : threads) t.join();
  std::vector<double> all;
  for (const Lane& lane : lanes) {
    if (!lane.error.empty()) fail("a device failed: " + lane.error);
    all.insert(all.end(), lane.latencies_us.begin(), lane.latencies_us.end());
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
  m.stored_last = rounds.back().stored;
  m.requests = static_cast<std::size_t>(median(&CellResult::requests));
  m.p50_ms = median(&CellResult::p50_ms);
  m.p99_ms = median(&CellResult::p99_ms);
  m.server_cores = median(&CellResult::server_cores);
  m.client_cores = median(&CellResult::client_cores);
  return m;
}

Workload no_change_pulls() {
  return {[](Device& d) { d.request = d.pull; },
          [](Device&, const kith::net::Response& response) -> std::string {
            if (response.status != 200) return "/v1/pull: " + describe_refusal(response);
            kith::v1::PullResponse answer;
            if (!answer.ParseFromString(response.body)) return "/v1/pull: unreadable answer";
            if (answer.pages_size() != 0) return "/v1/pull: a no-change pull brought changes";
            return {};
          }};
}

Workload scale_score_pushes() {
  return {[](Device& d) {
            kith::v1::PushRequest push;
            push.set_device_id(d.id);
            for (int i = 0; i < kMutationsPerPush; ++i) {
              kith::v1::Mutation* m = push.add_mutations();
              m->set_mutation_id(kith::new_uuid());
              m->set_seq(++d.seq);
              Record score = kith::testing::sample(Record::kScaleScore);
              score.mutable_scale_score()->set_family_id(d.family_id);
              score.mutable_scale_score()->set_scored_by(d.person_id);
              *m->mutable_put() = std::move(score);
            }
            d.request = {"POST",
                         "/v1/push",
                         kProtobuf,
                         kProtobuf,
                         push.SerializeAsString(),
                         "Bearer " + d.token};
          },
          [](Device& d, const kith::net::Response& response) -> std::string {
            if (response.status != 200) return "/v1/push: " + describe_refusal(response);
            kith::v1::PushResponse answer;
            if (!answer.ParseFromString(response.body)) return "/v1/push: unreadable answer";
            if (answer.results_size() != kMutationsPerPush || answer.last_seq() != d.seq) {
              return "/v1/push: not every mutation was answered";
            }
            for (const auto& result : answer.results()) {
              if (result.status() != kith::v1::MutationResult::APPLIED) {
                return "/v1/push: mutation " + std::to_string(result.seq()) + " was " +
                       kith::v1::MutationResult::Status_Name(result.status()) + " " +
                       result.error().code();
              }
            }
            return {};
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

std::string machine(const std::string& data_dir) {
  struct statfs fs {};
  std::string fs_name = "a disk";
  if (::statfs(data_dir.c_str(), &fs) == 0) {
    // The file systems a data folder is likely to be on; fsync costs nothing on tmpfs.
    switch (fs.f_type) {
      case 0xEF53:
        fs_name = "ext4";
        break;
      case 0x58465342:
        fs_name = "xfs";
        break;
      case 0x9123683E:
        fs_name = "btrfs";
        break;
      case 0x01021994:
        fs_name = "tmpfs (no real fsync)";
        break;
      case 0x794C7630:
        fs_name = "overlayfs";
        break;
      default:
        break;
    }
  }
  return kith::bench::machine_description() + ", data on " + fs_name;
}

int run(int argc, char** argv) {
  bool smoke = false;
  double seconds = 5;
  int rounds = 3;
  std::string docs = KITH_PERFORMANCE_DOC;
  std::string server_log;
  std::string command = argv[0];
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    command += " " + arg;
    if (arg == "--smoke") {
      smoke = true;
    } else if (arg == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
      command += " " + std::string(argv[i]);
      if (!(seconds >= 0.1 && seconds <= 600)) fail("--seconds must be from 0.1 to 600");
    } else if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
      command += " " + std::string(argv[i]);
      if (rounds < 1 || rounds > 20) fail("--rounds must be from 1 to 20");
    } else if (arg == "--docs" && i + 1 < argc) {
      docs = argv[++i];
      command += " " + docs;
    } else if (arg == "--server-log" && i + 1 < argc) {
      server_log = argv[++i];
    } else {
      std::cerr << "usage: kith-bench-sync [--smoke] [--seconds S] [--rounds N] [--docs PATH] "
                   "[--server-log PATH]\n";
      return 2;
    }
  }
  if (smoke) {
    seconds = 0.3;
    rounds = 1;
  }
  const std::vector<int> cells = smoke ? std::vector<int>{1, 10} : std::vector<int>{1, 10, 100};
  const auto started = Clock::now();

  kith::testing::TempDir tmp;
  const std::string where = machine(tmp.path());
  ServerUnderTest server(tmp.path());
  std::vector<Device> devices;
  const int restarts = enrol_devices(server, devices, cells.back());
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
        push_rounds[c].push_back(
            run_cell(devices, cells[c], seconds, scale_score_pushes(), server.pid()));
      }
    }
    // One device once more, on the store the other cells have grown: it tells what of the
    // change between cells is the number of devices and what is the size of the store.
    for (int round = 0; round < rounds; ++round) {
      push_rounds.back().push_back(
          run_cell(devices, 1, seconds, scale_score_pushes(), server.pid()));
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

  if (smoke) {
    std::cout << "smoke: 1 passed, 0 failed\n";
    return 0;
  }
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  std::ostringstream section;
  section << "Measured " << date << " on " << where << ".\n"
          << "Command: `" << command << "`\n\n"
          << "kith-server with `--threads " << sysconf(_SC_NPROCESSORS_ONLN)
          << "`; one device thread a device, on the same machine.\n\n"
          << table.str();
  kith::bench::write_doc_section(docs, "sync", section.str());
  std::cout << "wrote " << docs << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    // Fatal, or anything thrown by the setup; the destructors have stopped the server.
    std::cerr << "kith-bench-sync: " << e.what() << "\n";
    return 1;
  }
}
