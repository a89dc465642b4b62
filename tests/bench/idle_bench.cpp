// kith-bench-idle: how many idle event streams (GET /v1/events, WebSocket over TLS) one real
// kith-server holds, and what each costs it.
//
// The benchmark starts kith-server on 127.0.0.1 with a store and a certificate authority made in a
// temporary folder, enrols the two parents of one family over HTTPS, then opens --connections
// WebSockets to /v1/events from this one process: Boost.Beast over asio::ssl on one io_context
// and one thread, split between the two parents' access tokens (the server is started with
// --max-streams-per-device as high as --connections). It proves the streams are live, not merely accepted: one parent pushes a scale score
// and every stream must receive its hint; the time from the push to the last hint is the fan-out
// time. The streams then stay idle for --hold seconds (by default longer than the server's 300 s
// WebSocket idle timeout, so only its keep-alive pings keep them open), and a second push must
// again reach every one.
//
// Server memory comes from /proc/PID/status (VmRSS) and /proc/PID/smaps_rollup (Pss,
// Private_Dirty), before the streams open, once they are open and idle, and after the first hint
// (which gives every session its WebSocket write buffer); per connection is the difference
// divided by the connections. The server's CPU over the hold should be about nothing.
//
// kith-server is started with a soft RLIMIT_NOFILE of 1024, what most Linux systems give a
// process, so it has to raise its own limit to hold the streams; this process raises its own soft
// limit to the hard limit once the server runs.
//
// Usage: kith-bench-idle [--smoke] [--connections N] [--hold S] [--docs PATH]
// --smoke opens 200 streams, holds them 1 s and writes nothing. Without it, the figures go into
// docs/PERFORMANCE.md between its markers.

#include <openssl/ssl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "samples.hpp"

namespace {

using namespace kith::bench;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

//! What most Linux systems give a process (systemd's default soft limit): the server starts with
//! it and must raise its own.
constexpr rlim_t kDefaultSoftLimit = 1024;
//! Handshakes (TCP, TLS, WebSocket) in flight at once while opening: enough to keep both of the
//! server's threads busy, few enough that none waits near the server's 10 s handshake timeout.
constexpr int kOpening = 64;
//! The server's WebSocket idle timeout (websocket::stream_base::timeout::suggested for a server).
constexpr int kServerWebSocketIdleSeconds = 300;

// ---- /proc --------------------------------------------------------------------------------------

//! A process's memory in KiB: resident, proportional (shared pages divided among their users) and
//! private dirty (what it wrote: the heap, stacks; what no other process would give back).
struct Memory {
  double rss_kib = 0, pss_kib = 0, private_dirty_kib = 0;
};

//! The value in kB of the line "NAME:   123 kB" of a /proc file; 0 if it is not there.
double proc_kib(const std::string& path, const std::string& name) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(name + ":", 0) == 0) return std::atof(line.c_str() + name.size() + 1);
  }
  return 0;
}

Memory memory_of(pid_t pid) {
  const std::string proc = "/proc/" + std::to_string(pid);
  Memory m;
  m.rss_kib = proc_kib(proc + "/status", "VmRSS");
  m.pss_kib = proc_kib(proc + "/smaps_rollup", "Pss");
  m.private_dirty_kib = proc_kib(proc + "/smaps_rollup", "Private_Dirty");
  if (m.rss_kib == 0 || m.pss_kib == 0) fail("cannot read the memory of process " + proc);
  return m;
}

//! Lines of the server's log that hold `event` (e.g. "accept_failed").
int log_lines_with(const std::string& path, const std::string& event) {
  std::ifstream in(path);
  int count = 0;
  for (std::string line; std::getline(in, line);) count += line.find(event) != std::string::npos;
  return count;
}

// ---- the streams --------------------------------------------------------------------------------

using WebSocket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;

//! One event stream: opened, then reading hints until the end. Lives on the fleet's io_context
//! thread; the main thread reads it only through the fleet's atomics and posted gathers.
struct Stream {
  // One thread runs them all: no strands needed.
  Stream(net::io_context& ioc, ssl::context& tls) : ws(ioc.get_executor(), tls) {}
  WebSocket ws;
  beast::flat_buffer buffer;
  std::string authorization;
  std::vector<Clock::time_point> hints;  //!< when each hint arrived
  bool open = false;
};

//! Many event streams on one io_context, run by one thread of this process.
class Fleet {
 public:
  Fleet(std::uint16_t port, const std::string& ca_pem) : port_(port) {
    tls_.add_certificate_authority(net::buffer(ca_pem));
    tls_.set_verify_mode(ssl::verify_peer);
    tls_.set_verify_callback(ssl::host_name_verification("127.0.0.1"));
    // The client's TLS buffers matter as much as the server's at this count.
    SSL_CTX_set_mode(tls_.native_handle(), SSL_MODE_RELEASE_BUFFERS);
    thread_ = std::thread([this] { ioc_.run(); });
  }
  Fleet(const Fleet&) = delete;
  Fleet& operator=(const Fleet&) = delete;
  ~Fleet() { stop(); }

  //! Opens `tokens.size() * per_token` streams, kOpening at a time, and waits until each is open
  //! or failed (then a Fatal with the first failure). Returns the seconds it took.
  double open(const std::vector<std::string>& tokens, int count) {
    const auto start = Clock::now();
    net::post(ioc_, [this, tokens, count] {
      for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<Stream>(ioc_, tls_);
        s->authorization = "Bearer " + tokens[static_cast<std::size_t>(i) % tokens.size()];
        streams_.push_back(std::move(s));
      }
      for (int i = 0; i < kOpening && next_ < streams_.size(); ++i) open_next();
    });
    // A server that stops accepting (out of descriptors) leaves handshakes waiting for their
    // 30 s deadline: give up when nothing has moved for 20 s instead of waiting for them all.
    std::size_t progress = 0;
    auto moved = Clock::now();
    while (opened_.load() + failed_.load() < static_cast<std::size_t>(count)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      if (opened_.load() + failed_.load() != progress) {
        progress = opened_.load() + failed_.load();
        moved = Clock::now();
      } else if (seconds_since(moved) > 20) {
        fail("opening stalled at " + std::to_string(opened_.load()) + " of " +
             std::to_string(count) + " streams open (" + std::to_string(failed_.load()) +
             " failed) for 20 s");
      }
    }
    if (failed_.load() > 0)
      fail(std::to_string(failed_.load()) + " streams failed to open: " + first_error());
    return seconds_since(start);
  }

  //! Streams closed since they opened (by the server, or a failure).
  std::size_t lost() const { return lost_.load(); }
  std::string first_error() {
    return gather([this] { return first_error_; });
  }

  //! Arms the count of streams that have received `hints` hints in all (done()).
  void expect_hints(std::size_t hints) {
    expected_hints_.store(hints);
    done_.store(gather([this, hints] {
      std::size_t n = 0;
      for (const auto& s : streams_) n += s->hints.size() >= hints;
      return n;
    }));
  }
  std::size_t done() const { return done_.load(); }

  //! For hint number `hint` (1-based), the times after `since` at which streams received it, in
  //! seconds, sorted; streams that have not received it are left out.
  std::vector<double> arrivals(std::size_t hint, Clock::time_point since) {
    auto times = gather([this, hint, since] {
      std::vector<double> t;
      for (const auto& s : streams_) {
        if (s->hints.size() >= hint) {
          t.push_back(std::chrono::duration<double>(s->hints[hint - 1] - since).count());
        }
      }
      return t;
    });
    std::sort(times.begin(), times.end());
    return times;
  }

  //! Stops the io_context and joins its thread; the streams close with it (the server sees resets).
  void stop() {
    if (!thread_.joinable()) return;
    work_.reset();
    ioc_.stop();
    thread_.join();
    streams_.clear();
  }

 private:
  //! Runs `f` on the io_context's thread and returns its result.
  template <class F>
  std::invoke_result_t<F> gather(F f) {
    std::packaged_task<std::invoke_result_t<F>()> task(std::move(f));
    auto result = task.get_future();
    net::post(ioc_, [&task] { task(); });
    return result.get();
  }

  void open_next() {
    Stream& s = *streams_[next_++];
    auto& lowest = beast::get_lowest_layer(s.ws);
    lowest.expires_after(std::chrono::seconds(30));
    lowest.async_connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_),
                         [this, &s](beast::error_code ec) {
                           if (ec) return failed(s, "connect", ec);
                           s.ws.next_layer().async_handshake(
                               ssl::stream_base::client, [this, &s](beast::error_code tls_ec) {
                                 if (tls_ec) return failed(s, "TLS handshake", tls_ec);
                                 upgrade(s);
                               });
                         });
  }

  void upgrade(Stream& s) {
    s.ws.set_option(websocket::stream_base::decorator([&s](websocket::request_type& request) {
      request.set(beast::http::field::authorization, s.authorization);
    }));
    s.ws.async_handshake(
        "127.0.0.1:" + std::to_string(port_), "/v1/events", [this, &s](beast::error_code ec) {
          if (ec) return failed(s, "WebSocket upgrade", ec);
          // From here the WebSocket keeps its own time: no idle limit on this
          // side; the server's pings are answered while a read is pending.
          beast::get_lowest_layer(s.ws).expires_never();
          s.ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
          s.open = true;
          opened_.fetch_add(1);
          read(s);
          if (next_ < streams_.size()) open_next();
        });
  }

  void read(Stream& s) {
    s.ws.async_read(s.buffer, [this, &s](beast::error_code ec, std::size_t) {
      if (ec) {
        if (first_error_.empty()) first_error_ = "a stream closed: " + ec.message();
        lost_.fetch_add(1);
        return;
      }
      kith::v1::Hint hint;
      const auto data = s.buffer.cdata();
      if (hint.ParseFromArray(data.data(), static_cast<int>(data.size())) &&
          !hint.scope().empty()) {
        s.hints.push_back(Clock::now());
        if (s.hints.size() == expected_hints_.load()) done_.fetch_add(1);
      }
      s.buffer.consume(s.buffer.size());
      read(s);
    });
  }

  void failed(Stream& s, const char* step, beast::error_code ec) {
    (void)s;
    if (first_error_.empty()) first_error_ = std::string(step) + ": " + ec.message();
    failed_.fetch_add(1);
    if (next_ < streams_.size()) open_next();
  }

  std::uint16_t port_;
  net::io_context ioc_{1};
  std::optional<net::executor_work_guard<net::io_context::executor_type>> work_{
      net::make_work_guard(ioc_)};
  ssl::context tls_{ssl::context::tls_client};
  std::vector<std::unique_ptr<Stream>> streams_;  // the io_context's thread
  std::size_t next_ = 0;                          // the io_context's thread
  std::string first_error_;                       // the io_context's thread
  std::atomic<std::size_t> opened_{0}, failed_{0}, lost_{0}, done_{0}, expected_hints_{0};
  std::thread thread_;
};

// ---- the run ------------------------------------------------------------------------------------

void set_soft_file_limit(rlim_t soft) {
  rlimit limit{};
  ::getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = std::min(soft, limit.rlim_max);
  if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) fail("cannot set this process's RLIMIT_NOFILE");
}

rlim_t hard_file_limit() {
  rlimit limit{};
  ::getrlimit(RLIMIT_NOFILE, &limit);
  return limit.rlim_max;
}

//! What one push did: how long its request took and when its hint reached the streams.
struct FanOut {
  double push_ms = 0, first_ms = 0, median_ms = 0, last_ms = 0;
  std::size_t reached = 0;
};

//! Device `d` pushes one scale score; waits (up to 60 s) until every one of `streams` has received
//! hint number `hint`.
FanOut push_and_count(Device& d, Fleet& fleet, std::size_t hint, std::size_t streams) {
  fleet.expect_hints(hint);
  const auto start = Clock::now();
  auto response = d.client->send(post("/v1/push", scale_scores(d, 1), d.token));
  FanOut f;
  f.push_ms = seconds_since(start) * 1000;
  if (!response) fail("/v1/push: " + response.error().describe());
  if (auto wrong = check_push(d, *response, 1); !wrong.empty()) fail(wrong);
  const auto deadline = start + std::chrono::seconds(60);
  while (fleet.done() < streams && Clock::now() < deadline && fleet.lost() == 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  const auto times = fleet.arrivals(hint, start);
  f.reached = times.size();
  if (!times.empty()) {
    f.first_ms = times.front() * 1000;
    f.median_ms = times[times.size() / 2] * 1000;
    f.last_ms = times.back() * 1000;
  }
  return f;
}

std::string kib(double v) {
  return format_fixed(v / 1024, 1) + " MiB";
}

int run(int argc, char** argv) {
  RunOptions options;
  options.docs = KITH_PERFORMANCE_DOC;
  int connections = 5000;
  double hold = kServerWebSocketIdleSeconds + 30;
  bool connections_given = false, hold_given = false;
  if (!parse_options(argc, argv,
                     "kith-bench-idle [--smoke] [--connections N] [--hold S] [--docs PATH]",
                     options,
                     {{"--connections", true,
                       [&](const std::string& v) {
                         connections = static_cast<int>(number_in("--connections", v, 1, 100000));
                         connections_given = true;
                       }},
                      {"--hold", true, [&](const std::string& v) {
                         hold = number_in("--hold", v, 1, 3600);
                         hold_given = true;
                       }}})) {
    return 2;
  }
  if (options.smoke) {
    if (!connections_given) connections = 200;
    if (!hold_given) hold = 1;
  }
  const auto n = static_cast<std::size_t>(connections);
  if (hard_file_limit() < n + 256) {
    fail("this process may open at most " + std::to_string(hard_file_limit()) +
         " files (hard RLIMIT_NOFILE); " + std::to_string(n) + " streams need more");
  }
  const auto started = Clock::now();

  EmbeddedServerRun run;  // a temporary folder, a certificate, the store made by kith-admin init
  const std::string& where = run.where;
  const ServerCertificate& certificate = run.certificate;
  ServerUnderTest& server = run.server;
  // Every stream is one of two parents' (enrolling thousands of devices would mean hundreds of
  // restarts past the enrolment rate limit), so the server must let a device hold them all.
  // What a stream costs does not depend on whose it is.
  server.options = {"--max-streams-per-device", std::to_string(connections)};
  // The server inherits the limit it is started with; it must raise its own.
  set_soft_file_limit(kDefaultSoftLimit);
  std::vector<Device> devices;
  enrol_parents({&server}, certificate.ca_pem(), kParentsPerFamily, devices);
  set_soft_file_limit(hard_file_limit());
  std::vector<std::string> tokens;
  for (const Device& d : devices) tokens.push_back(d.token);

  std::this_thread::sleep_for(std::chrono::seconds(1));  // let enrolment's reloads settle
  const Memory before = memory_of(server.pid());

  std::ostringstream table;
  try {
    Fleet fleet(
        static_cast<std::uint16_t>(std::stoi(server.url().substr(server.url().rfind(':') + 1))),
        certificate.ca_pem());
    const double cpu_before_open = cpu_seconds_of({server.pid()});
    const double open_seconds = fleet.open(tokens, connections);
    const double open_cpu = cpu_seconds_of({server.pid()}) - cpu_before_open;
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const Memory open = memory_of(server.pid());
    if (fleet.lost() > 0) fail(fleet.first_error());

    const FanOut first = push_and_count(devices[0], fleet, 1, n);
    if (first.reached < n) {
      fail("the first hint reached " + std::to_string(first.reached) + " of " + std::to_string(n) +
           " streams" + (fleet.lost() ? ": " + fleet.first_error() : ""));
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const Memory hinted = memory_of(server.pid());

    // Idle: nothing but the server's keep-alive pings (every 150 s) for `hold` seconds.
    const double server_cpu = cpu_seconds_of({server.pid()}), own_cpu = own_cpu_seconds();
    const auto hold_start = Clock::now();
    while (seconds_since(hold_start) < hold && fleet.lost() == 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const double held = seconds_since(hold_start);
    const double idle_server_cores = (cpu_seconds_of({server.pid()}) - server_cpu) / held;
    const double idle_client_cores = (own_cpu_seconds() - own_cpu) / held;
    if (fleet.lost() > 0) {
      fail(std::to_string(fleet.lost()) + " streams closed after " + format_fixed(held, 0) +
           " s idle: " + fleet.first_error());
    }
    const Memory after_hold = memory_of(server.pid());

    const FanOut second = push_and_count(devices[1], fleet, 2, n);
    if (second.reached < n) {
      fail("after " + format_fixed(held, 0) + " s idle the second hint reached " +
           std::to_string(second.reached) + " of " + std::to_string(n) + " streams");
    }

    // Drain with every stream open: the server closes each (going away) and the fleet answers.
    const auto drain_start = Clock::now();
    server.stop();
    const double drain_seconds = seconds_since(drain_start);
    fleet.stop();
    const int accept_failures = log_lines_with(server.log_path(), "accept_failed");
    const std::string limit_line = [&] {
      std::ifstream in(server.log_path());
      for (std::string line; std::getline(in, line);) {
        if (line.find("file_limit") != std::string::npos) return line;
      }
      return std::string("(none)");
    }();

    auto per = [&](double open_kib, double before_kib) {
      return format_fixed((open_kib - before_kib) / static_cast<double>(n), 1) + " KiB";
    };
    table << "| server memory | before | " << n << " open, idle | after one hint each | after "
          << format_fixed(held, 0) << " s idle | per stream (open) | per stream (after a hint) |\n"
          << "|---|---:|---:|---:|---:|---:|---:|\n";
    auto row = [&](const char* name, double Memory::*field) {
      table << "| " << name << " | " << kib(before.*field) << " | " << kib(open.*field) << " | "
            << kib(hinted.*field) << " | " << kib(after_hold.*field) << " | "
            << per(open.*field, before.*field) << " | " << per(hinted.*field, before.*field)
            << " |\n";
    };
    row("VmRSS", &Memory::rss_kib);
    row("Pss", &Memory::pss_kib);
    row("Private_Dirty", &Memory::private_dirty_kib);
    const double per_stream = (hinted.rss_kib - before.rss_kib) / static_cast<double>(n);
    table << "\nAim: at most 64 KiB of server memory a stream. VmRSS after a hint each: **"
          << format_fixed(per_stream, 1) << " KiB** a stream ("
          << (per_stream <= 64 ? "met" : "not met") << ").\n\n";
    table << "| what | figure |\n|---|---:|\n"
          << "| streams opened (TCP, TLS, WebSocket upgrade; " << kOpening << " at a time) | " << n
          << " in " << format_fixed(open_seconds, 1) << " s ("
          << format_fixed(static_cast<double>(n) / open_seconds, 0) << "/s) |\n"
          << "| server CPU to open them | "
          << format_fixed(open_cpu * 1000 / static_cast<double>(n), 2) << " ms a stream |\n"
          << "| push of one scale score (request to answer) | " << format_ms(first.push_ms)
          << " |\n"
          << "| its hint: first, median and last of " << n << " streams, from the push | "
          << format_ms(first.first_ms) << ", " << format_ms(first.median_ms) << ", "
          << format_ms(first.last_ms) << " |\n"
          << "| server CPU over " << format_fixed(held, 0) << " s idle | "
          << format_fixed(idle_server_cores * 100, 3) << " % of a core |\n"
          << "| this process's CPU over the same | " << format_fixed(idle_client_cores * 100, 3)
          << " % of a core |\n"
          << "| second push after " << format_fixed(held, 0) << " s idle"
          << (held > kServerWebSocketIdleSeconds ? " (past the server's 300 s WebSocket idle "
                                                   "timeout)"
                                                 : "")
          << ": hint reached | " << second.reached << " of " << n << " streams, last after "
          << format_ms(second.last_ms) << " |\n"
          << "| drain (SIGTERM) with every stream open | " << format_fixed(drain_seconds, 2)
          << " s |\n"
          << "| accept failures in the server's log | " << accept_failures << " |\n";
    std::cout << table.str();
    std::cout << "server's file limit line: " << limit_line << "\n";
  } catch (const Fatal& e) {
    fail(std::string(e.what()) + "\nThe end of the server's log:\n" + server.log_tail());
  }
  std::cout << "total " << format_fixed(seconds_since(started), 1) << " s\n";

  return write_figures(
      options.smoke, options.docs, "idle", where, options.command,
      "kith-server with `--threads " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) +
          "`, started with a soft RLIMIT_NOFILE of " + std::to_string(kDefaultSoftLimit) +
          "; the streams from one process, one io_context on one thread, split between the two "
          "parents of one family.\n\n" +
          table.str());
}

}  // namespace

int main(int argc, char** argv) {
  return kith::bench::run_benchmark("kith-bench-idle", run, argc, argv);
}
