#pragma once
// Starting a kith-server child process on 127.0.0.1 and learning its port: what the tests'
// ServerProcess (server_process.hpp) and the benchmarks' ServerUnderTest (tests/bench/
// bench_harness.hpp) share. No GoogleTest here: the benchmarks do not link it, so failures come
// back as sentences for the caller to report its own way.

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kith::testing {

//! How to start one kith-server.
struct ServerLaunch {
  //! How it finds its store: {"--data", DIR} or {"--store", "postgres", "--pg", CONNINFO}.
  std::vector<std::string> store_arguments;
  //! Holds server.pem and server.key.pem; its stderr is appended to DIR/server.log.
  std::string dir;
  std::uint16_t port = 0;  //!< 0: a free port, chosen by the server
  long threads = 2;        //!< --threads
  //! "NAME=value" added to its environment. KITH_SERVER_KEY is removed from what it inherits
  //! unless given here (then it uses the key file in its data folder).
  std::vector<std::string> environment;
  bool die_with_parent = false;  //!< SIGKILL it when the caller's thread ends (PR_SET_PDEATHSIG)
  std::vector<std::string> options;  //!< more of its options, e.g. {"--max-body", "4096"}
};

//! A started (or failed) kith-server. `error` is empty when it listens on `port`; otherwise it
//! says what failed, and, if the child was forked, `pid` is still its pid for the caller to reap.
struct LaunchedServer {
  pid_t pid = 0;
  std::uint16_t port = 0;
  std::string error;
};

//! Forks and execs KITH_SERVER_BINARY as `launch` says, and waits until it prints
//! "kith-server listening on 127.0.0.1:PORT". May be called from any thread; the caller may have
//! other threads, so everything the child needs is made before fork and the child allocates
//! nothing.
inline LaunchedServer launch_server(const ServerLaunch& launch) {
  std::vector<std::string> args = {"kith-server"};
  args.insert(args.end(), launch.store_arguments.begin(), launch.store_arguments.end());
  for (std::string a :
       {std::string("--listen"), "127.0.0.1:" + std::to_string(launch.port),
        std::string("--tls-cert"), launch.dir + "/server.pem", std::string("--tls-key"),
        launch.dir + "/server.key.pem", std::string("--threads"), std::to_string(launch.threads)}) {
    args.push_back(std::move(a));
  }
  args.insert(args.end(), launch.options.begin(), launch.options.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env = launch.environment;
  bool key_given = false;
  for (const auto& e : env) key_given = key_given || e.rfind("KITH_SERVER_KEY=", 0) == 0;
  const std::string log = launch.dir + "/server.log";

  LaunchedServer launched;
  int out[2];
  if (::pipe(out) != 0) {
    launched.error = "could not make a pipe for kith-server's output";
    return launched;
  }
  launched.pid = ::fork();
  if (launched.pid < 0) {
    ::close(out[0]);
    ::close(out[1]);
    launched.pid = 0;
    launched.error = "could not fork for kith-server";
    return launched;
  }
  if (launched.pid == 0) {
    if (launch.die_with_parent) ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::dup2(out[1], STDOUT_FILENO);
    const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    ::dup2(err, STDERR_FILENO);
    ::close(out[0]);
    if (!key_given) ::unsetenv("KITH_SERVER_KEY");  // the key file in the data folder
    for (auto& e : env) ::putenv(e.data());
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
  if (colon == std::string::npos) {
    launched.error = "kith-server did not start";
    return launched;
  }
  launched.port = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
  return launched;
}

}  // namespace kith::testing
