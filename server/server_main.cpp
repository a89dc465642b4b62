// kith-server: the sync server. Opens its store (the SQLCipher file in --data, or PostgreSQL with
// --store postgres --pg CONNINFO), serves HTTPS on --listen until SIGTERM,
// then drains. Once listening it prints one line to stdout, "kith-server listening on ADDR:PORT",
// so scripts and tests can wait for it (and learn the port when asked for port 0).

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>

#include "kith_service.hpp"
#include "log.hpp"
#include "net/server.hpp"
#include "server_store.hpp"

namespace {

constexpr const char* kUsage = R"(usage: kith-server --data DIR --listen ADDRESS:PORT --tls-cert FILE --tls-key FILE [options]
       kith-server --store postgres --pg CONNINFO --listen ADDRESS:PORT --tls-cert FILE --tls-key FILE [options]
  options: [--threads N] [--max-body BYTES] [--token-minutes N] [--tombstone-days N] [--pg-connections N]
           [--max-streams-per-device N]

  --data DIR          the server store made by `kith-admin --data DIR init`
                      (its key in DIR/server.key, or in KITH_SERVER_KEY)
  --store postgres    keep the data in PostgreSQL instead, shared with other kith-server
  --pg CONNINFO       processes: libpq's "host=... dbname=... user=..." or a postgresql:// URI;
                      the schema made by `kith-admin --store postgres --pg CONNINFO init`.
                      Needs KITH_SERVER_KEY, the same for every process (docs/OPERATIONS.md)
  --pg-connections N  PostgreSQL connections in the pool (default: threads + 2)
  --listen A:P        e.g. 127.0.0.1:8443 (port 0: any free port)
  --tls-cert, --tls-key   PEM files (`kith-admin dev-ca --out DIR` makes development ones)
  --threads N         io threads (default: the number of cores)
  --max-body BYTES    largest request body (default 1048576)
  --token-minutes N   access token lifetime (default 15)
  --tombstone-days N  how long deletions are kept for devices that were offline (default 90)
  --max-streams-per-device N
                      event streams one device may hold; its next closes its oldest (default 4)
)";

//! Every connection is a descriptor, and most systems start a process with a soft limit of 1024:
//! too few for thousands of idle event streams. The soft limit may be raised to the hard limit
//! without privileges, so the server does it itself and logs what it got (an operator who needs
//! more raises the hard limit: LimitNOFILE= in systemd, `ulimit -Hn`).
void raise_file_limit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  const rlim_t was = limit.rlim_cur;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  auto text = [](rlim_t v) {
    return v == RLIM_INFINITY ? std::string("unlimited") : std::to_string(v);
  };
  using kith::server::LogLevel;
  const LogLevel level = limit.rlim_cur < 4096 ? LogLevel::warn : LogLevel::info;
  kith::server::log(
      level, "file_limit",
      {{"open_files", text(limit.rlim_cur)}, {"was", text(was)}, {"hard", text(limit.rlim_max)}});
}

bool parse_number(const std::string& text, long long& out) {
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kith::server;
  std::string data, listen, cert, key, store_kind = "sqlite", conninfo;
  long long threads = 0, max_body = 1024 * 1024, token_minutes = 15, tombstone_days = 90;
  long long pg_connections = 0, max_streams_per_device = 4;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (i + 1 >= argc) {
      std::cerr << "kith-server: " << a << " needs a value.\n" << kUsage;
      return 2;
    }
    const std::string v = argv[++i];
    bool ok = true;
    if (a == "--data") data = v;
    else if (a == "--store") ok = (store_kind = v) == "sqlite" || v == "postgres";
    else if (a == "--pg") conninfo = v;
    else if (a == "--pg-connections") ok = parse_number(v, pg_connections) && pg_connections >= 1 && pg_connections <= 512;
    else if (a == "--listen") listen = v;
    else if (a == "--tls-cert") cert = v;
    else if (a == "--tls-key") key = v;
    else if (a == "--threads") ok = parse_number(v, threads) && threads >= 0 && threads <= 256;
    else if (a == "--max-body") ok = parse_number(v, max_body) && max_body >= 1024;
    else if (a == "--token-minutes") ok = parse_number(v, token_minutes) && token_minutes >= 1;
    else if (a == "--tombstone-days") ok = parse_number(v, tombstone_days) && tombstone_days >= 1;
    else if (a == "--max-streams-per-device") {
      ok = parse_number(v, max_streams_per_device) && max_streams_per_device >= 1 &&
           max_streams_per_device <= 100000;
    }
    else {
      std::cerr << "kith-server: unknown option " << a << ".\n" << kUsage;
      return 2;
    }
    if (!ok) {
      std::cerr << "kith-server: " << a << " " << v << " is not a usable value.\n";
      return 2;
    }
  }
  const auto colon = listen.rfind(':');
  long long port = -1;
  const bool postgres = store_kind == "postgres";
  if (postgres ? (conninfo.empty() || !data.empty()) : (data.empty() || !conninfo.empty())) {
    std::cerr << "kith-server: give --data DIR for the SQLCipher store, or --store postgres with "
                 "--pg CONNINFO.\n";
    return 2;
  }
  if (cert.empty() || key.empty() || colon == std::string::npos ||
      !parse_number(listen.substr(colon + 1), port) || port < 0 || port > 65535) {
    std::cerr << kUsage;
    return 2;
  }

  raise_file_limit();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  PostgresStoreOptions pg_options;
  pg_options.connections = static_cast<int>(pg_connections > 0 ? pg_connections : threads + 2);
  auto store = postgres ? open_postgres_store(conninfo, pg_options) : open_sqlite_store(data);
  if (!store) {
    std::cerr << "kith-server: " << store.error().describe() << "\n";
    return 1;
  }
  ServiceOptions service_options;
  service_options.token_seconds = token_minutes * 60;
  service_options.max_streams_per_device = static_cast<std::size_t>(max_streams_per_device);
  if (const char* fault = std::getenv("KITH_FAULT")) {
    service_options.exit_after_push_commit = std::string(fault) == "exit-after-push-commit";
  }
  auto service = KithService::create(**store, service_options);
  if (!service) {
    std::cerr << "kith-server: " << service.error().describe() << "\n";
    return 1;
  }
  ServerOptions options;
  options.address = listen.substr(0, colon);
  if (options.address.size() > 2 && options.address.front() == '[') {
    options.address = options.address.substr(1, options.address.size() - 2);
  }
  options.port = static_cast<std::uint16_t>(port);
  options.certificate_file = cert;
  options.private_key_file = key;
  options.threads = static_cast<int>(threads);
  options.body_limit = static_cast<std::size_t>(max_body);
  auto server = Server::create(options, **service);
  if (!server) {
    std::cerr << "kith-server: " << server.error().describe() << "\n";
    return 1;
  }

  // Upkeep on its own thread: notice what kith-admin or another server wrote (and send hints),
  // and let go of tombstones past the retention period.
  std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
  std::thread upkeep([&] {
    const std::int64_t retention = tombstone_days * 24 * 60 * 60;
    auto last_prune = std::chrono::steady_clock::now() - std::chrono::hours(24);
    std::unique_lock lock(mutex);
    while (!wake.wait_for(lock, std::chrono::seconds(1), [&] { return stopping; })) {
      lock.unlock();
      (*service)->tick();
      if (std::chrono::steady_clock::now() - last_prune >= std::chrono::hours(24)) {
        last_prune = std::chrono::steady_clock::now();
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
        if (auto pruned = (*service)->prune_tombstones(now - retention); pruned && *pruned > 0) {
          log(LogLevel::info, "tombstones_pruned", {{"count", std::to_string(*pruned)}});
        }
      }
      lock.lock();
    }
  });

  // Announced once SIGTERM is handled, so a supervisor that stops it at once still gets a drain.
  (*server)->run([&] {
    std::cout << "kith-server listening on " << options.address << ":" << (*server)->port()
              << std::endl;
  });  // returns after SIGTERM and the drain
  {
    const std::lock_guard lock(mutex);
    stopping = true;
  }
  wake.notify_all();
  upkeep.join();
  log(LogLevel::info, "stopped");
  return 0;
}
