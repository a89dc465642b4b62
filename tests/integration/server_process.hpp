#pragma once
// A real kith-server process for tests: its own data directory, a CA made here, a free port on
// 127.0.0.1. Started with fork/exec, stopped with SIGTERM (or killed), its stderr kept for a
// failing test to show.

#include <fcntl.h>
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
#include "kith/net/certificates.hpp"
#include "samples.hpp"

namespace kith::testing {

class ServerProcess {
 public:
  //! Makes the data directory and certificates; does not start the server.
  ServerProcess() {
    ::unsetenv("KITH_SERVER_KEY");
    EXPECT_EQ(admin("init"), 0);
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

  ~ServerProcess() { stop(); }

  //! Starts kith-server with extra environment variables ("NAME=value"); waits for it to listen.
  void start(const std::vector<std::string>& environment = {}) {
    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    const std::string log = dir_.path() + "/server.log";
    pid_ = ::fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      ::dup2(err, STDERR_FILENO);
      ::close(out[0]);
      for (const auto& e : environment) ::putenv(const_cast<char*>(e.c_str()));
      const std::string listen = "127.0.0.1:" + std::to_string(port_);
      const std::string data = dir_.path() + "/data";
      const std::string cert = dir_.path() + "/server.pem";
      const std::string key = dir_.path() + "/server.key.pem";
      ::execl(KITH_SERVER_BINARY, "kith-server", "--data", data.c_str(), "--listen", listen.c_str(),
              "--tls-cert", cert.c_str(), "--tls-key", key.c_str(), "--threads", "2",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    // Wait for "kith-server listening on 127.0.0.1:PORT".
    std::string line;
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    const auto colon = line.rfind(':');
    ASSERT_NE(colon, std::string::npos) << "kith-server did not start:\n" << log_text();
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
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
    std::vector<std::string> args = {"--data", dir_.path() + "/data"};
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    server::admin::Environment env;
    env.password = password;
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

 private:
  static void write(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }

  TempDir dir_;
  net::Pem ca_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;  // 0 until the first start; then kept, so a restart comes back there
  int last_status_ = 0;
};

}  // namespace kith::testing
