#pragma once
// A real kith-server process for tests: its own data directory (or a PostgreSQL database), a CA
// made here, a free port on 127.0.0.1. Started with fork/exec, stopped with SIGTERM (or killed),
// its stderr kept for a failing test to show.
//
// Several servers can share one PostgreSQL database, as they would behind a load balancer: the
// first is made with OnPostgres{conninfo}, the others beside it with ServerProcess(kBeside, first),
// which gives them the same database, server key, CA and certificate, and a port and log of their
// own.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "admin/admin.hpp"
#include "kith/bytes.hpp"
#include "kith/net/certificates.hpp"
#include "samples.hpp"
#include "server_launch.hpp"

namespace kith::testing {

//! A PostgreSQL database for a ServerProcess: libpq's conninfo ("host=/tmp/x dbname=y ...").
struct OnPostgres {
  std::string conninfo;
};

//! Tag: a server beside another, on the same database.
struct Beside {};
inline constexpr Beside kBeside{};

class ServerProcess {
 public:
  //! Makes the data directory (a SQLCipher store) and certificates; does not start the server.
  ServerProcess() {
    ::unsetenv("KITH_SERVER_KEY");
    EXPECT_EQ(admin("init"), 0);
    make_certificates();
  }

  //! A server on PostgreSQL: `kith-admin init` makes the schema in `database` under a server key
  //! made here; certificates as above. Does not start the server.
  explicit ServerProcess(OnPostgres database) : conninfo_(std::move(database.conninfo)) {
    std::vector<std::uint8_t> key(32);
    EXPECT_TRUE(random_bytes(key));
    server_key_ = to_hex(key);
    EXPECT_EQ(admin("init"), 0);
    make_certificates();
  }

  //! Another server on `first`'s PostgreSQL database, with its key, CA and certificate. `first`
  //! must be on PostgreSQL and outlive nothing of this one: everything is copied.
  ServerProcess(Beside, const ServerProcess& first)
      : conninfo_(first.conninfo_), server_key_(first.server_key_), ca_(first.ca_) {
    EXPECT_FALSE(conninfo_.empty()) << "only servers on PostgreSQL can share a database";
    copy_file(first.dir() + "/server.pem", dir_.path() + "/server.pem");
    copy_file(first.dir() + "/server.key.pem", dir_.path() + "/server.key.pem");
  }

  ~ServerProcess() { stop(); }

  //! Starts kith-server with extra environment variables ("NAME=value"); waits for it to listen.
  void start(const std::vector<std::string>& environment = {}) {
    ServerLaunch launch{store_arguments(), dir_.path(), port_, 2, environment, false};
    if (!server_key_.empty()) launch.environment.push_back("KITH_SERVER_KEY=" + server_key_);
    const LaunchedServer launched = launch_server(launch);
    pid_ = launched.pid;
    ASSERT_TRUE(launched.error.empty()) << launched.error << ":\n" << log_text();
    port_ = launched.port;
  }

  //! SIGTERM and wait (a clean drain), or SIGKILL.
  void stop(int signal = SIGTERM) {
    if (pid_ <= 0) return;
    ::kill(pid_, signal);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    last_status_ = status;
    pid_ = 0;
  }

  //! Waits for the server to exit by itself (after a fault hook), up to `seconds`.
  bool wait_exit(int seconds) {
    for (int i = 0; i < seconds * 100; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        last_status_ = status;
        pid_ = 0;
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  //! kith-admin on this server's data; its first output line in `first_line`.
  int admin(const std::string& command_line, std::string* first_line = nullptr,
            const std::string& password = {}) {
    std::vector<std::string> args = store_arguments();
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    server::admin::Environment env;
    env.password = password;
    // The PostgreSQL store reads its key from the environment, in kith-admin as in kith-server.
    if (server_key_.empty()) {
      ::unsetenv("KITH_SERVER_KEY");
    } else {
      ::setenv("KITH_SERVER_KEY", server_key_.c_str(), 1);
      env.key_from_environment = true;
    }
    std::ostringstream out, err;
    const int status = server::admin::run(args, env, out, err);
    if (first_line) *first_line = out.str().substr(0, out.str().find('\n'));
    if (status != 0) ADD_FAILURE() << "kith-admin " << command_line << ": " << err.str();
    return status;
  }

  std::string admin_line(const std::string& command_line, const std::string& password = {}) {
    std::string line;
    admin(command_line, &line, password);
    return line;
  }

  std::string url(const std::string& host = "127.0.0.1") const {
    return "https://" + host + ":" + std::to_string(port_);
  }
  const net::Pem& ca() const { return ca_; }
  std::uint16_t port() const { return port_; }
  int last_status() const { return last_status_; }
  std::string log_text() const {
    std::ifstream in(dir_.path() + "/server.log");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  const std::string& dir() const { return dir_.path(); }
  pid_t pid() const { return pid_; }
  //! The database's conninfo; empty for a server on SQLCipher.
  const std::string& conninfo() const { return conninfo_; }
  //! KITH_SERVER_KEY of a server on PostgreSQL (64 hex digits); empty on SQLCipher.
  const std::string& server_key() const { return server_key_; }

 private:
  static void write(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }
  static void copy_file(const std::string& from, const std::string& to) {
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary);
    out << in.rdbuf();
  }

  void make_certificates() {
    auto ca = net::make_certificate_authority("Kith test CA", 30);
    EXPECT_TRUE(ca);
    ca_ = *ca;
    net::CertificateSpec spec;
    spec.common_name = "127.0.0.1";
    spec.ip_addresses = {"127.0.0.1"};
    spec.dns_names = {"localhost"};
    auto cert = net::make_server_certificate(ca_, spec);
    EXPECT_TRUE(cert);
    write(dir_.path() + "/server.pem", cert->certificate);
    write(dir_.path() + "/server.key.pem", cert->private_key);
  }

  //! How kith-server and kith-admin find the store.
  std::vector<std::string> store_arguments() const {
    if (conninfo_.empty()) return {"--data", dir_.path() + "/data"};
    return {"--store", "postgres", "--pg", conninfo_};
  }

  TempDir dir_;
  std::string conninfo_;
  std::string server_key_;
  net::Pem ca_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;  // 0 until the first start; then kept, so a restart comes back there
  int last_status_ = 0;
};

}  // namespace kith::testing
