// kith-bench-app: kith-app's cold start, from exec to the first frame of the plan page, and its
// resident memory, with a device store of 10,000 records. Baselines in the same run: the same
// binary on a store holding only the demo family (so the cost of the records shows as a ratio),
// and the PIN stretching alone (scrypt, which a cold start must pay). Writes its figures into
// docs/PERFORMANCE.md between <!-- bench:app:begin --> and <!-- bench:app:end -->.
//
//   kith-bench-app [--runs N] [--records N] [--smoke] [--docs FILE] [--seed DIR]
//
// --seed DIR only seeds the two stores into DIR/small and DIR/large (PIN 284613) and exits, for
// profiling by hand: KITH_TRACE_START=1 QT_QPA_PLATFORM=offscreen KITH_PIN=284613 kith-app
// --data DIR/large --unlock-from-env --open planPage --quit-after-first-frame

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "bench_report.hpp"
#include "device_seed.hpp"
#include "kith/store/store.hpp"

namespace {

using namespace kith;

struct Run {
  double pin_screen_ms = 0;   // exec to the PIN screen's first frame
  double first_frame_ms = 0;  // exec to the plan page's first frame
  double unlock_ms = 0;       // the PIN given (on the PIN screen) to the plan page's first frame
  double wall_ms = 0;         // exec to exit, as seen from here
  long max_rss_kib = 0;
};

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "kith-bench-app: %s\n", why.c_str());
  std::exit(1);
}

long long monotonic_ns() {
  timespec now{};
  ::clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

// The CLOCK_MONOTONIC time kith-app printed as `NAME-at-ns T`.
long long milestone_ns(const std::string& text, const std::string& name) {
  const auto at = text.find(name + "-at-ns ");
  if (at == std::string::npos) fail("kith-app printed no " + name + " time: " + text);
  return std::stoll(text.substr(at + name.size() + 7));
}

// Runs kith-app on `dataDir` until the plan page's first frame. kith-app "types" the PIN the
// moment the PIN screen has been drawn, as a person would, only with no time spent typing.
Run cold_start(const QString& dataDir) {
  int out[2];
  if (::pipe(out) != 0) fail("pipe");
  const long long forked = monotonic_ns();
  const pid_t pid = ::fork();
  if (pid < 0) fail("fork");
  if (pid == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::close(out[0]);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDERR_FILENO);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::setenv("KITH_PIN", "284613", 1);
    const std::string data = dataDir.toStdString();
    ::execl(KITH_APP_BINARY, "kith-app", "--data", data.c_str(), "--unlock-from-env", "--open",
            "planPage", "--quit-after-first-frame", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(out[1]);
  std::string text;
  char buffer[256];
  for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
    text.append(buffer, static_cast<std::size_t>(n));
  ::close(out[0]);
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  Run run;
  run.wall_ms = static_cast<double>(monotonic_ns() - forked) / 1e6;
  run.max_rss_kib = usage.ru_maxrss;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fail("kith-app did not reach the plan page (exit " + std::to_string(WEXITSTATUS(status)) +
         "): " + text);
  }
  const auto since_fork = [&](const char* name) {
    return static_cast<double>(milestone_ns(text, name) - forked) / 1e6;
  };
  run.pin_screen_ms = since_fork("pin-screen");
  run.first_frame_ms = since_fork("first-frame");
  run.unlock_ms =
      static_cast<double>(milestone_ns(text, "first-frame") - milestone_ns(text, "pin-given")) /
      1e6;
  return run;
}

// Action updates in the family's scope: what years of ticking off make, and what the plan page
// reads through (each action's status is its latest update).
std::vector<domain::Record> filler(std::size_t count, const std::string& family,
                                   const std::string& version,
                                   const std::vector<std::string>& actions, const std::string& by) {
  std::vector<domain::Record> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    domain::Record r;
    auto* u = r.mutable_action_update();
    char id[40];
    std::snprintf(id, sizeof id, "b0000000-0000-4000-8000-%012zx", i);
    u->set_id(id);
    u->set_family_id(family);
    u->set_plan_version_id(version);
    u->set_action_id(actions[i % actions.size()]);
    u->set_status(static_cast<v1::ActionStatus>(1 + i % 3));
    u->set_by(by);
    u->mutable_at()->set_seconds(1'780'000'000 + static_cast<std::int64_t>(i) * 60);
    u->set_note("Week " + std::to_string(i / 7) +
                ": done as agreed, and Nan checked it on Sunday.");
    out.push_back(std::move(r));
  }
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

std::string fixed(double v, int precision = 0) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(precision);
  out << v;
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  int runs = 7;
  std::size_t records = 10'000;
  bool smoke = false;
  std::string docs = KITH_PERFORMANCE_DOC;
  std::string command = "kith-bench-app";
  std::string seed_only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    command += " " + a;
    if (a == "--smoke")
      smoke = true;
    else if (a == "--runs" && i + 1 < argc)
      runs = std::atoi(argv[++i]), command += std::string(" ") + argv[i];
    else if (a == "--records" && i + 1 < argc)
      records = std::strtoul(argv[++i], nullptr, 10), command += std::string(" ") + argv[i];
    else if (a == "--docs" && i + 1 < argc)
      docs = argv[++i], command += " " + docs;
    else if (a == "--seed" && i + 1 < argc)
      seed_only = argv[++i];
    else
      fail("unknown option " + a +
           "\nusage: kith-bench-app [--runs N] [--records N] [--smoke] [--docs FILE] [--seed DIR]");
  }
  if (smoke) {
    runs = 1;
    records = 500;
  }
  if (runs < 1 || runs > 50) fail("--runs must be from 1 to 50");

  std::string error;
  const auto demo = testing::read_records(KITH_DEMO_FILE, &error);
  if (!error.empty()) fail(error);
  std::string family, version, by = "d2000000-0000-4000-8000-000000000001";
  std::vector<std::string> actions;
  for (const auto& r : demo) {
    if (r.has_plan_version()) {
      family = r.plan_version().family_id();
      version = r.plan_version().id();
      for (const auto& a : r.plan_version().actions()) actions.push_back(a.id());
    }
  }
  if (actions.empty()) fail("the demo family has no plan");
  std::vector<domain::Record> big = demo;
  auto more =
      filler(records > demo.size() ? records - demo.size() : 0, family, version, actions, by);
  big.insert(big.end(), more.begin(), more.end());

  // Both stores with the standard PIN stretching a phone uses.
  const store::StoreOptions standard;
  if (!seed_only.empty()) {
    const std::vector<std::pair<std::string, const std::vector<domain::Record>*>> stores = {
        {"/small", &demo}, {"/large", &big}};
    for (const auto& [name, records_in] : stores) {
      error = testing::seed_device_store(QString::fromStdString(seed_only + name), by, *records_in,
                                         "284613", "https://127.0.0.1:1", standard);
      if (!error.empty()) fail(error);
    }
    std::printf("seeded %s/small and %s/large\n", seed_only.c_str(), seed_only.c_str());
    return 0;
  }
  QTemporaryDir small_dir, big_dir;
  error = testing::seed_device_store(small_dir.path(), by, demo, "284613", "https://127.0.0.1:1",
                                     standard);
  if (!error.empty()) fail(error);
  error = testing::seed_device_store(big_dir.path(), by, big, "284613", "https://127.0.0.1:1",
                                     standard);
  if (!error.empty()) fail(error);

  // What the larger device really holds (the scopes Amina may hold, as the server would send).
  std::int64_t held = 0;
  {
    auto store =
        store::Store::unlock((big_dir.path() + "/store").toStdString(), Pin("284613"), standard);
    if (!store) fail(store.error().describe());
    auto count = store->count({});
    if (!count) fail(count.error().describe());
    held = *count;
  }

  // Alternate the two stores and the PIN stretching alone (scrypt, which every start pays: the
  // floor under unlocking) so a burst of load on the shared machine hits all three alike.
  const std::string machine =
      bench::machine_description();  // with the load average before the runs
  std::vector<Run> small, large;
  std::vector<double> scrypt;
  for (int i = 0; i < runs; ++i) {
    small.push_back(cold_start(small_dir.path()));
    large.push_back(cold_start(big_dir.path()));
    const long long t = monotonic_ns();
    auto key = store::Store::unwrap_data_key((small_dir.path() + "/store").toStdString(),
                                             Pin("284613"), standard);
    if (!key) fail(key.error().describe());
    scrypt.push_back(static_cast<double>(monotonic_ns() - t) / 1e6);
  }
  auto med = [](const std::vector<Run>& v, double Run::*field) {
    std::vector<double> out;
    for (const auto& r : v) out.push_back(r.*field);
    return median(out);
  };
  auto rss = [](const std::vector<Run>& v) {
    long most = 0;
    for (const auto& r : v) most = std::max(most, r.max_rss_kib);
    return most;
  };
  const double small_ms = med(small, &Run::first_frame_ms),
               large_ms = med(large, &Run::first_frame_ms);
  const double scrypt_ms = median(scrypt);
  std::string load_after = "?";
  {
    std::ifstream loadavg("/proc/loadavg");
    loadavg >> load_after;
  }
  std::printf("cold start to the plan page's first frame (median of %d; load average now %s):\n",
              runs, load_after.c_str());
  std::printf("  %-32s %8s %8s %8s %8s\n", "device store", "PIN scr", "unlock", "total", "max RSS");
  std::printf("  %-32s %6.0f ms %5.0f ms %5.0f ms %4ld MiB\n",
              ("demo family only (" + std::to_string(demo.size()) + ")").c_str(),
              med(small, &Run::pin_screen_ms), med(small, &Run::unlock_ms), small_ms,
              rss(small) / 1024);
  std::printf("  %-32s %6.0f ms %5.0f ms %5.0f ms %4ld MiB\n",
              (std::to_string(held) + " records").c_str(), med(large, &Run::pin_screen_ms),
              med(large, &Run::unlock_ms), large_ms, rss(large) / 1024);
  std::printf("  PIN stretching alone (scrypt N=2^17, r=8): %.0f ms\n", scrypt_ms);
  std::printf("  ratio %lld records / demo only: %.2f\n", static_cast<long long>(held),
              large_ms / small_ms);
  if (smoke) {
    std::printf("(smoke: figures not written)\n");
    return 0;
  }

  auto row = [&](const std::string& name, const std::vector<Run>& v) {
    return "| " + name + " | " + fixed(med(v, &Run::pin_screen_ms)) + " ms | " +
           fixed(med(v, &Run::unlock_ms)) + " ms | **" + fixed(med(v, &Run::first_frame_ms)) +
           " ms** | " + std::to_string(rss(v) / 1024) + " MiB |\n";
  };
  std::ostringstream section;
  section
      << "### kith-app cold start\n\n"
      << "Measured " << QDateTime::currentDateTimeUtc().toString("yyyy-MM-dd").toStdString()
      << " on " << machine << "; " << load_after << " after it. Command `" << command
      << "` (offscreen Qt Quick, software rendering). Each run is a new `kith-app` "
      << "process, timed from its fork by the benchmark: exec, the PIN screen drawn, the PIN given "
      << "the moment it is drawn (as a person would, with no time spent typing), the unlock "
         "(scrypt "
      << "N=2^17, r=8, the phone's setting) and the store read on the worker thread, then the home "
      << "page with the plan page on top, opened as a link from outside, until the first frame "
         "that "
      << "shows the plan page. Median of " << runs
      << " runs; the two stores and the PIN stretching "
      << "alone alternated.\n\n"
      << "| device store | exec to the PIN screen's first frame | PIN given to the plan page's "
         "first "
      << "frame | exec to the plan page's first frame | max resident memory "
         "|\n|---|---|---|---|---|\n"
      << row("the demo family only (" + std::to_string(demo.size()) + " records), the baseline",
             small)
      << row(std::to_string(held) + " records", large) << "\n"
      << "Ratio, " << held << " records to the demo family: **" << fixed(large_ms / small_ms, 2)
      << "**. The PIN stretching alone took " << fixed(scrypt_ms) << " ms ("
      << fixed(100 * scrypt_ms / large_ms)
      << "% of the larger start); everything else in the larger start took "
      << fixed(large_ms - scrypt_ms) << " ms. The aim (issue 8) is under 1 s.\n\n";
  bench::write_doc_section(docs, "app", section.str());
  std::printf("written to %s\n", docs.c_str());
  return 0;
}
