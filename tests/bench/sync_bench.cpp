// kith-bench-sync: no-change pulls from a real kith-server process over real TLS on 127.0.0.1,
// against nginx serving a file of the same size over TLS to the same devices, in the same run.
//
//   pull    no-change pulls: every device sends cursors that are already at its scopes' heads,
//           so the server answers from memory (token check, scopes, heads) without a query.
//   nginx   the baseline: the Debian package's nginx, started here on loopback with the same
//           certificate and key, TLS settings as close to kith-server's as nginx allows,
//           worker_processes = kith-server's --threads, keep-alive without a request limit and
//           no access log, answers GET of a static file whose body is a no-change pull's answer.
//   bytes   what one no-change pull costs on the wire before TLS (HttpsClient::traffic()),
//           request and answer, headers and body: for a parent (5 scopes), for the coordinator
//           of the parents' families, and for coordinators of 10 and 100 families of their own.
//
// Each cell runs 1, 10 or 100 devices at once. A device is enrolled through POST /v1/enrol with
// a parent invite made by kith-admin, holds its own access token from POST /v1/session, and
// talks over its own keep-alive kith::net::HttpsClient on its own std::thread (the client is
// blocking; the threads spend most of their time waiting for the server). Against nginx each
// device has a second client of its own, on its own thread, the same way. Families have two
// parents each, so a device holds five scopes, as a parent in a small family does.
//
// The machine is shared, so every cell runs in --rounds rounds (kith-server then nginx at 1, 10,
// 100 devices, then again: a disturbance hits one round, not one cell) and the table gives each
// figure's median.
//
// Usage: kith-bench-sync [--smoke] [--seconds S] [--rounds N] [--docs PATH] [--server-log PATH]
// --smoke runs each cell once for 0.3 s with 1 and 10 devices (coordinators of 2 and 10
// families) and writes nothing. Without it, the figures go into docs/PERFORMANCE.md between its
// markers. --server-log keeps a copy of the server's log.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "samples.hpp"

namespace {

using namespace kith::bench;

constexpr const char* kStaffPassword = "a-long-staff-password";
constexpr const char* kPullFile = "/pull";

// ---- nginx --------------------------------------------------------------------------------------

//! Where the Debian package puts nginx; else the first on PATH; empty if there is none.
std::string nginx_binary() {
  if (::access("/usr/sbin/nginx", X_OK) == 0) return "/usr/sbin/nginx";
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path != nullptr ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (!dir.empty() && ::access((dir + "/nginx").c_str(), X_OK) == 0) return dir + "/nginx";
  }
  return {};
}

//! A TCP port on 127.0.0.1 that nothing listens on now (the kernel's choice).
std::uint16_t free_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (s < 0 || ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (s >= 0) ::close(s);
    fail("no free port on 127.0.0.1 for nginx");
  }
  ::close(s);
  return ntohs(address.sin_port);
}

bool accepts_connections(std::uint16_t port) {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(port);
  const bool ok =
      s >= 0 && ::connect(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  if (s >= 0) ::close(s);
  return ok;
}

//! nginx in the foreground (daemon off) with its own configuration, prefix, logs and pid file in
//! the folder `dir`, serving `body` at kPullFile (and an empty /healthz, which every cell's
//! first request asks for) over TLS with the certificate and key ServerCertificate::install
//! wrote into `cert_dir`. Stopped by the destructor; SIGKILLed if the benchmark dies.
class Nginx {
 public:
  Nginx(const std::string& dir, const std::string& cert_dir, const std::string& body, long workers)
      : dir_(dir) {
    const std::string binary = nginx_binary();
    if (binary.empty()) fail("nginx is not installed (scripts/setup installs the Debian package)");
    std::filesystem::create_directories(dir_ + "/root");
    std::filesystem::create_directories(dir_ + "/temp");
    std::ofstream(dir_ + "/root" + kPullFile, std::ios::binary) << body;
    std::ofstream(dir_ + "/root/healthz", std::ios::binary);
    port_ = free_port();
    std::ofstream conf(dir_ + "/nginx.conf");
    // As root, the workers would otherwise run as nobody, who cannot read the temporary folder.
    if (::geteuid() == 0) conf << "user " << ::getpwuid(0)->pw_name << ";\n";
    conf << "worker_processes " << workers << ";\n"
         << "daemon off;\n"
         << "pid " << dir_ << "/nginx.pid;\n"
         << "error_log " << dir_ << "/error.log warn;\n"
         << "events { worker_connections 1024; }\n"
         << "http {\n"
         << "  access_log off;\n"
         << "  default_type application/x-protobuf;\n"
         << "  keepalive_requests 100000000;\n"
         << "  keepalive_timeout 300s;\n"
         // The package's defaults are under /var/lib/nginx; nothing here is uploaded or proxied.
         << "  client_body_temp_path " << dir_ << "/temp/body;\n"
         << "  proxy_temp_path " << dir_ << "/temp/proxy;\n"
         << "  fastcgi_temp_path " << dir_ << "/temp/fastcgi;\n"
         << "  uwsgi_temp_path " << dir_ << "/temp/uwsgi;\n"
         << "  scgi_temp_path " << dir_ << "/temp/scgi;\n"
         << "  server {\n"
         << "    listen 127.0.0.1:" << port_ << " ssl;\n"
         << "    ssl_certificate " << cert_dir << "/server.pem;\n"
         << "    ssl_certificate_key " << cert_dir
         << "/server.key.pem;\n"
         // kith-server's settings (server/src/net/detail/tls_context.cpp): TLS 1.2 and 1.3,
         // its TLS 1.2 suites in its order, OpenSSL's TLS 1.3 suites. nginx, like kith-server,
         // sets SSL_MODE_RELEASE_BUFFERS and refuses renegotiation; OpenSSL 3 has no
         // compression.
         << "    ssl_protocols TLSv1.2 TLSv1.3;\n"
         << "    ssl_ciphers ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;\n"
         << "    ssl_prefer_server_ciphers on;\n"
         << "    root " << dir_ << "/root;\n"
         << "    location / { }\n"
         << "  }\n"
         << "}\n";
    conf.close();

    std::vector<std::string> args = {
        binary, "-p", dir_ + "/", "-c", dir_ + "/nginx.conf", "-e", dir_ + "/error.log"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) fail("could not fork for nginx");
    if (pid_ == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    for (int i = 0; i < 1000 && !accepts_connections(port_); ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = 0;
        fail("nginx did not start:\n" + log());
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!accepts_connections(port_)) fail("nginx does not listen after 10 s:\n" + log());
  }
  Nginx(const Nginx&) = delete;
  Nginx& operator=(const Nginx&) = delete;
  ~Nginx() { stop(); }

  //! The master and its workers, for the CPU they use.
  std::vector<pid_t> pids() const {
    std::vector<pid_t> out = {pid_};
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
      const std::string name = entry.path().filename().string();
      if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
      const pid_t pid = static_cast<pid_t>(std::stol(name));
      if (auto s = proc_stat(pid); s && s->parent == pid_) out.push_back(pid);
    }
    return out;
  }

  //! SIGTERM (nginx's fast shutdown) and wait; SIGKILL for the master and its workers if that
  //! takes more than 5 s.
  void stop() noexcept {
    if (pid_ <= 0) return;
    const std::vector<pid_t> all = pids();
    ::kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 500 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (::waitpid(pid_, &status, WNOHANG) == 0) {
      for (pid_t p : all) ::kill(p, SIGKILL);
      ::waitpid(pid_, &status, 0);
    }
    pid_ = 0;
  }

  std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }

  std::string log() const {
    std::ifstream in(dir_ + "/error.log", std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
  }

 private:
  std::string dir_;
  std::uint16_t port_ = 0;
  pid_t pid_ = 0;
};

//! GETs of the static file, each checked to bring `size` bytes; a unit is a request.
Workload static_file(std::size_t size) {
  return {[](Device& d) { d.request = {"GET", kPullFile, {}, kProtobuf, {}, {}}; },
          [size](Device&, const kith::net::Response& response, std::size_t& units) -> std::string {
            if (response.status != 200) return "nginx: HTTP " + std::to_string(response.status);
            if (response.body.size() != size) return "nginx: an answer of another size";
            units = 1;
            return {};
          }};
}

// ---- bytes on the wire --------------------------------------------------------------------------

//! One request and its answer, in plaintext bytes.
struct Exchange {
  std::string who;
  std::size_t scopes = 0;
  kith::net::Traffic bytes;
};

kith::net::Traffic difference(const kith::net::Traffic& after, const kith::net::Traffic& before) {
  return {after.exchanges - before.exchanges, after.sent_header_bytes - before.sent_header_bytes,
          after.sent_body_bytes - before.sent_body_bytes,
          after.received_header_bytes - before.received_header_bytes,
          after.received_body_bytes - before.received_body_bytes};
}

//! `request` sent by `d`, measured; its answer in `response`.
Exchange measure(Device& d, const kith::net::Request& request, const std::string& who,
                 kith::net::Response& response) {
  const kith::net::Traffic before = d.client->traffic();
  auto answer = d.client->send(request);
  if (!answer) fail(request.target + ": " + answer.error().describe());
  response = std::move(*answer);
  return {who, 0, difference(d.client->traffic(), before)};
}

//! One no-change pull by `d`, measured; checked to bring nothing.
Exchange measure_pull(Device& d, const std::string& who) {
  kith::net::Response response;
  Exchange e = measure(d, d.no_change, who, response);
  kith::v1::PullResponse answer;
  if (response.status != 200 || !answer.ParseFromString(response.body) ||
      answer.pages_size() != 0) {
    fail("/v1/pull: a no-change pull of " + who + " did not come back empty");
  }
  // A compact pull names no scope either way: the request's seqs are one a scope.
  kith::v1::PullRequest sent;
  if (!sent.ParseFromString(d.no_change.body)) fail("the no-change pull of " + who);
  e.scopes = static_cast<std::size_t>(answer.scopes_unchanged() ? sent.last_seqs_size()
                                                                 : answer.scopes_size());
  return e;
}

//! A coordinator's device, enrolled with the staff account's username and password.
void enrol_coordinator(ServerUnderTest& server, const std::string& ca_pem,
                       const std::string& username, Device& d, int& restarts) {
  d.client.emplace(new_client(server.url(), ca_pem));
  d.id = kith::new_uuid();
  kith::v1::EnrolRequest enrol;
  enrol.mutable_staff()->set_username(username);
  enrol.mutable_staff()->set_password(kStaffPassword);
  enrol.set_device_id(d.id);
  const kith::v1::EnrolResponse enrolled = enrol_device(server, d, enrol, restarts);
  d.person_id = enrolled.person_id();
  kith::v1::SessionRequest session;
  session.set_device_id(d.id);
  session.set_device_secret(enrolled.device_secret());
  d.token = call<kith::v1::SessionResponse>(d, "/v1/session", session).access_token();
}

// ---- the run ------------------------------------------------------------------------------------

// Runs `workload` on the first `n` devices at once (run_cell), measuring `measured`'s CPU.
CellResult run_cell(std::vector<Device>& devices, int n, double seconds, const Workload& workload,
                    const std::vector<pid_t>& measured) {
  CellResult r = kith::bench::run_cell(std::span(devices).first(static_cast<std::size_t>(n)),
                                       seconds, workload, {measured, 0, {}});
  r.label = std::to_string(n);
  return r;
}

std::string row(const CellResult& r) {
  return " | " + std::to_string(r.requests) + " | " + format_fixed(r.per_second(), 0) + " | " +
         format_ms(r.p50_ms) + " | " + format_ms(r.p99_ms) + " | " +
         format_fixed(r.server_cores, 2) + " cores | " + format_fixed(r.client_cores, 2) +
         " cores |";
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
  // Coordinators whose families hold only them: the cursors grow with the families.
  const std::vector<int> coordinated = smoke ? std::vector<int>{2, 10} : std::vector<int>{10, 100};
  const long threads = sysconf(_SC_NPROCESSORS_ONLN);
  const auto started = Clock::now();

  EmbeddedServerRun run;  // a temporary folder, a certificate, the store made by kith-admin init
  const std::string& where = run.where;
  const ServerCertificate& certificate = run.certificate;
  ServerUnderTest& server = run.server;
  std::vector<std::string> usernames;
  for (int families : coordinated) {
    const std::string username = "c" + std::to_string(families);
    const std::string coordinator = server.admin(
        "create-coordinator --name C" + std::to_string(families) + " --username " + username,
        kStaffPassword);
    for (int f = 0; f < families; ++f) {
      server.admin("create-family --name " + username + "-" + std::to_string(f) +
                   " --coordinator " + coordinator);
    }
    usernames.push_back(username);
  }
  std::vector<Device> devices;
  int restarts = enrol_parents({&server}, certificate.ca_pem(), cells.back(), devices);
  // enrol_parents made the coordinator "bench" of the parents' families.
  usernames.push_back("bench");
  std::vector<Device> coordinators(usernames.size());
  for (std::size_t i = 0; i < usernames.size(); ++i) {
    enrol_coordinator(server, certificate.ca_pem(), usernames[i], coordinators[i], restarts);
  }
  // Cursors only once everyone is in: each enrolment moves the heads of its family's scopes.
  for (Device& d : devices) at_the_heads(d, Clock::now());
  for (Device& d : coordinators) at_the_heads(d, Clock::now());

  // Bytes on the wire.
  std::vector<Exchange> exchanges;
  exchanges.push_back(measure_pull(devices.front(), "a parent"));
  for (std::size_t i = 0; i < coordinated.size(); ++i) {
    exchanges.push_back(measure_pull(
        coordinators[i],
        "a coordinator of " + std::to_string(coordinated[i]) + " families (no other members)"));
  }
  exchanges.push_back(
      measure_pull(coordinators.back(), "a coordinator of the " +
                                            std::to_string(cells.back() / kParentsPerFamily) +
                                            " families of two parents above"));

  // nginx serves what a parent's no-change pull answers: the same body, byte for byte.
  std::string pull_body;
  {
    auto response = devices.front().client->send(devices.front().no_change);
    if (!response || response->status != 200) fail("/v1/pull: the no-change pull failed");
    pull_body = response->body;
  }
  const Nginx nginx(run.tmp.path() + "/nginx", run.tmp.path(), pull_body, threads);
  std::vector<Device> nginx_devices(static_cast<std::size_t>(cells.back()));
  for (Device& d : nginx_devices) d.client.emplace(new_client(nginx.url(), certificate.ca_pem()));
  {
    kith::net::Response response;
    exchanges.push_back(measure(nginx_devices.front(), {"GET", kPullFile, {}, kProtobuf, {}, {}},
                                "nginx: GET of the file of a parent's answer", response));
    if (response.status != 200 || response.body != pull_body) fail("nginx: not the file");
  }
  const double setup = seconds_since(started);

  // Rounds per cell: pulls[cell][round], files[cell][round].
  std::vector<std::vector<CellResult>> pull_rounds(cells.size()), file_rounds(cells.size());
  try {
    for (int round = 0; round < rounds; ++round) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        pull_rounds[c].push_back(
            run_cell(devices, cells[c], seconds, no_change_pulls(), {server.pid()}));
        file_rounds[c].push_back(run_cell(nginx_devices, cells[c], seconds,
                                          static_file(pull_body.size()), nginx.pids()));
      }
    }
  } catch (const Fatal& e) {
    fail(std::string(e.what()) + "\nThe end of the server's log:\n" + server.log_tail() +
         "\nnginx's log:\n" + nginx.log());
  }
  std::vector<CellResult> pulls, files;
  for (const auto& r : pull_rounds) pulls.push_back(median_of(r));
  for (const auto& r : file_rounds) files.push_back(median_of(r));
  server.stop();
  if (!server_log.empty()) {
    std::ifstream in(server.log_path(), std::ios::binary);
    std::ofstream(server_log, std::ios::binary) << in.rdbuf();
  }

  std::ostringstream table;
  const std::string how = format_fixed(seconds, 1) + " s a cell" +
                          (rounds > 1 ? ", median of " + std::to_string(rounds) + " rounds" : "");
  table << "No-change pulls against nginx serving a file of the same size (" << pull_body.size()
        << " bytes) over TLS (" << how << "):\n\n"
        << "| devices | server | requests | requests/s | p50 | p99 | server CPU | client CPU |"
           " kith-server / nginx |\n"
        << "|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const double ratio = pulls[c].per_second() / files[c].per_second();
    table << "| " << cells[c] << " | kith-server" << row(pulls[c]) << " **"
          << format_fixed(ratio, 2) << "** |\n"
          << "| " << cells[c] << " | nginx" << row(files[c]) << " |\n";
  }
  table << "\nCPU is cores in use over the cell: the server's processes (nginx: its master and "
           "workers), and this process (the device threads). Aim: kith-server at least 0.5 of "
           "nginx's rate with "
        << cells.back() << " devices.\n";
  table << "\nBytes on the wire for one no-change pull, before TLS (aim: under 1 KB, request and "
           "answer):\n\n"
        << "| device | scopes | request header | request body | answer header | answer body |"
           " total |\n"
        << "|---|---:|---:|---:|---:|---:|---:|\n";
  for (const Exchange& e : exchanges) {
    table << "| " << e.who << " | " << (e.scopes > 0 ? std::to_string(e.scopes) : "-") << " | "
          << e.bytes.sent_header_bytes << " | " << e.bytes.sent_body_bytes << " | "
          << e.bytes.received_header_bytes << " | " << e.bytes.received_body_bytes << " | "
          << e.bytes.sent() + e.bytes.received() << " |\n";
  }
  std::cout << table.str();
  std::cout << "setup: " << devices.size() + coordinators.size() << " devices enrolled in "
            << format_fixed(setup, 1)
            << " s (server restarts for the enrol rate limit: " << restarts << "); total "
            << format_fixed(seconds_since(started), 1) << " s\n";

  return write_figures(smoke, options.docs, "sync", where, options.command,
                       "kith-server with `--threads " + std::to_string(threads) + "`, nginx " +
                           "with `worker_processes " + std::to_string(threads) +
                           "`; one device thread a device, on the same machine.\n\n" + table.str());
}

}  // namespace

int main(int argc, char** argv) {
  return kith::bench::run_benchmark("kith-bench-sync", run, argc, argv);
}
