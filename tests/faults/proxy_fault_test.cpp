// Devices sync with a real kith-server through FaultProxy, which drops connections, delays them,
// cuts and truncates answers, cuts requests, stalls and garbles, in turn, KITH_FAULT_CYCLES
// phases (8 by default). While it misbehaves the only errors are the documented temporary ones
// (network_unreachable, timeout, protocol_error); once it heals the devices converge: the same
// records on every device, each once, no change stuck in an outbox, and whole stores.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "fault_device.hpp"
#include "fault_proxy.hpp"
#include "kith/domain/scope.hpp"
#include "server_kill_cycles.hpp"  // error_lines()
#include "server_process.hpp"
#include "store/server_store.hpp"

namespace kith::testing {
namespace {

using domain::Record;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kDevices = 4;
constexpr auto kTimeout = std::chrono::milliseconds(1500);  // the devices' connect and request

// What a phase did: the proxy's plan, the syncs tried in it, and the errors by code.
struct Phase {
  FaultPlan plan;
  std::size_t syncs = 0;
  std::map<std::string, std::size_t> errors;
  std::map<std::string, std::string> example;  // by code: the first message seen
  std::size_t faulted = 0;                     // connections the proxy acted on
};

std::string describe(const FaultPlan& plan) {
  std::ostringstream out;
  out << fault_name(plan.fault);
  if (plan.fault == Fault::delay) out << " " << plan.delay.count() << " ms";
  if (plan.fault != Fault::none && plan.fault != Fault::drop && plan.fault != Fault::delay) {
    out << " at byte " << plan.after_bytes;
  }
  return out.str();
}

// A scale score with a long reason (1 KB), so that a batch of them makes an answer of several
// TLS records: a cut inside the second record is a cut mid-answer, which the client cannot take
// for a connection closed before its request was read.
Record long_score(const std::string& family, const std::string& person) {
  Record r = made_by(Record::kScaleScore, family, person);
  std::string reason;
  while (reason.size() < 1000)
    reason += "Nan came every day this week and the mornings were calmer. ";
  r.mutable_scale_score()->set_reason(reason);
  return r;
}

bool documented(const Error& error) {
  return error.code == ErrorCode::network_unreachable || error.code == ErrorCode::timeout ||
         error.code == ErrorCode::protocol_error;
}

TEST(FaultProxyTest, DevicesConvergeOnceTheNetworkHeals) {
  const int phases = env_int("KITH_FAULT_CYCLES", 8);
  std::mt19937 random(static_cast<std::uint32_t>(env_int("KITH_FAULT_SEED", 20261122)));

  ServerProcess server;
  const std::string coordinator =
      server.admin_line("create-coordinator --name Sam --username sam", kStaffPassword);
  const std::string family =
      server.admin_line("create-family --name Khan --coordinator " + coordinator);
  const std::string scope = domain::Scope::family(family).to_string();
  server.start();
  ASSERT_GT(server.pid(), 0);
  FaultProxy proxy(server.port());
  const std::string via_proxy = "https://127.0.0.1:" + std::to_string(proxy.port());

  // Every device talks to the server only through the proxy. Each starts with some records, so
  // that answers are large enough to be cut in the middle.
  std::vector<std::unique_ptr<FaultDevice>> devices;
  std::vector<std::set<std::string>> written(kDevices);
  for (std::size_t i = 0; i < kDevices; ++i) {
    const std::string code = server.admin_line("invite --family " + family +
                                               " --role parent --name P" + std::to_string(i));
    auto device = std::make_unique<FaultDevice>(kTimeout, kTimeout);
    auto enrolled = device->enrol(via_proxy, server.ca().certificate, {code, {}, {}});
    ASSERT_TRUE(enrolled) << enrolled.error().describe();
    std::vector<Record> batch;
    for (int k = 0; k < 60; ++k) {
      batch.push_back(long_score(family, device->person_id));
      written[i].insert(batch.back().scale_score().id());
    }
    ASSERT_TRUE(device->store().put(batch));
    auto synced = device->sync();
    ASSERT_TRUE(synced) << synced.error().describe();
    devices.push_back(std::move(device));
  }
  std::int64_t head_before = 0;
  {
    auto store = server::open_sqlite_store(server.dir() + "/data");
    ASSERT_TRUE(store) << store.error().describe();
    auto tx = (*store)->begin();
    ASSERT_TRUE(tx) << tx.error().describe();
    auto head = (*tx)->head(scope);
    ASSERT_TRUE(head && *head);
    head_before = (*head)->last_seq;
  }
  const std::size_t seeded = kDevices * 60;

  // The phases, each fault in turn with its numbers drawn at random.
  const std::vector<Fault> faults = {Fault::delay,    Fault::drop,  Fault::cut_answer,
                                     Fault::truncate, Fault::stall, Fault::cut_request,
                                     Fault::garble};
  std::vector<Phase> log(static_cast<std::size_t>(phases));
  for (int p = 0; p < phases; ++p) {
    FaultPlan& plan = log[static_cast<std::size_t>(p)].plan;
    plan.fault = faults[static_cast<std::size_t>(p) % faults.size()];
    // Where in a connection's bytes: the TLS handshake takes the first few kilobytes of the
    // answers and a few hundred bytes of the requests; then come requests and answers.
    plan.after_bytes = plan.fault == Fault::cut_request
                           ? std::uniform_int_distribution<std::size_t>(0, 8000)(random)
                           : std::uniform_int_distribution<std::size_t>(0, 40000)(random);
    // Latency a device should ride out: 10-60 ms more before each burst, each way.
    plan.delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(10, 60)(random));
  }

  std::atomic<bool> stop{false};
  std::atomic<int> phase{-1};  // -1: healthy, before the first phase
  std::mutex log_mutex;
  std::vector<std::string> unexpected_errors;
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < kDevices; ++i) {
    threads.emplace_back([&, i] {
      FaultDevice& d = *devices[i];
      std::mt19937 pause(static_cast<std::uint32_t>(i + 1));
      while (!stop) {
        // Mostly one record; now and then a batch of sixteen, so the others' pulls run to
        // several TLS records.
        std::vector<Record> batch;
        const int n = std::uniform_int_distribution<int>(0, 5)(pause) == 0 ? 16 : 1;
        for (int k = 0; k < n; ++k) batch.push_back(long_score(family, d.person_id));
        if (auto put = d.store().put(batch); !put) {
          std::lock_guard lock(log_mutex);
          unexpected_errors.push_back("a put failed: " + put.error().describe());
          return;
        }
        for (const Record& r : batch) written[i].insert(r.scale_score().id());
        const int at = phase;
        auto r = d.sync();
        {
          std::lock_guard lock(log_mutex);
          if (at >= 0) {
            Phase& current = log[static_cast<std::size_t>(at)];
            ++current.syncs;
            if (!r) {
              const std::string code(to_string(r.error().code));
              ++current.errors[code];
              current.example.emplace(code, r.error().message);
            }
          }
          if (!r && !documented(r.error())) {
            unexpected_errors.push_back(std::string(to_string(r.error().code)) + ": " +
                                        r.error().describe());
          }
        }
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 30)(pause)));
      }
    });
  }

  for (int p = 0; p < phases; ++p) {
    Phase& current = log[static_cast<std::size_t>(p)];
    const std::size_t faulted_before = proxy.counts().faulted;
    proxy.set(current.plan);
    phase = p;
    // At least 800 ms (a stall: long enough for the devices' timeout to pass), and on until
    // the fault has acted on some connection (a cut at byte N needs a connection to carry N
    // bytes first), up to 10 s.
    const auto started = Clock::now();
    const auto least =
        current.plan.fault == Fault::stall ? kTimeout * 2 : std::chrono::milliseconds(800);
    do {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } while (Clock::now() - started < least || (proxy.counts().faulted == faulted_before &&
                                                Clock::now() - started < std::chrono::seconds(10)));
    current.faulted = proxy.counts().faulted - faulted_before;
  }
  proxy.set({});  // healed
  phase = -1;
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  for (auto& t : threads) t.join();

  int exit_status = 0;
  EXPECT_EQ(::waitpid(server.pid(), &exit_status, WNOHANG), 0)
      << "kith-server exited during the faults:\n"
      << server.log_text();
  for (const auto& e : unexpected_errors) ADD_FAILURE() << "an undocumented error: " << e;

  // Healed: every device sends what waits, then every device takes what the others sent.
  const auto healing = Clock::now();
  for (int round = 0; round < 2; ++round) {
    for (auto& d : devices) {
      auto r = d->sync();
      ASSERT_TRUE(r) << "a device could not sync once the network healed: " << r.error().describe();
    }
  }
  const double heal_ms = std::chrono::duration<double, std::milli>(Clock::now() - healing).count();

  std::set<std::string> everything;
  for (const auto& w : written) everything.insert(w.begin(), w.end());
  for (auto& d : devices) {
    EXPECT_EQ(d->ids(Record::kScaleScore), everything);
    EXPECT_EQ(*d->store().count({.kind = Record::kScaleScore}),
              static_cast<std::int64_t>(everything.size()));
    EXPECT_TRUE(d->store().outbox()->empty()) << "a change is stuck in a device's outbox";
    EXPECT_EQ(*d->store().pending_count(), 0);
    EXPECT_TRUE(d->store().rejections()->empty());
    EXPECT_TRUE(d->store().check());
  }
  // The server holds each change once: the scope's head moved by exactly the number of new
  // records (a mutation applied twice would have taken a second seq).
  {
    auto store = server::open_sqlite_store(server.dir() + "/data");
    ASSERT_TRUE(store) << store.error().describe();
    auto tx = (*store)->begin();
    ASSERT_TRUE(tx);
    auto head = (*tx)->head(scope);
    ASSERT_TRUE(head && *head);
    auto changes = (*tx)->changes(scope, 0, 10'000'000);
    ASSERT_TRUE(changes);
    std::set<std::string> stored;
    for (const auto& c : *changes) {
      if (c.kind == Record::kScaleScore) {
        EXPECT_TRUE(stored.insert(c.id).second) << c.id << " is stored twice";
      }
    }
    EXPECT_EQ(stored, everything);
    EXPECT_EQ((*head)->last_seq - head_before,
              static_cast<std::int64_t>(everything.size() - seeded))
        << "the scope took more seqs than there are new records: something was written twice";
    tx->reset();
    EXPECT_TRUE((*store)->check());
  }
  EXPECT_EQ(server.admin("check"), 0);
  for (const auto& line : error_lines(server.log_text())) {
    ADD_FAILURE() << "kith-server logged an error: " << line;
  }

  // What happened, phase by phase. Each phase must have been felt: the proxy acted on some
  // connection (a fault that never fires proves nothing).
  const auto counts = proxy.counts();
  std::size_t failed = 0, tried = 0;
  for (std::size_t p = 0; p < log.size(); ++p) {
    const Phase& ph = log[p];
    std::size_t phase_failed = 0;
    std::ostringstream codes;
    for (const auto& [code, n] : ph.errors) {
      phase_failed += n;
      codes << " " << code << "=" << n;
    }
    failed += phase_failed;
    tried += ph.syncs;
    std::cout << "[ faults ] proxy phase " << p + 1 << " (" << describe(ph.plan)
              << "): " << ph.syncs << " syncs, " << phase_failed << " failed" << codes.str() << "; "
              << ph.faulted << " connections faulted\n";
    for (const auto& [code, message] : ph.example) {
      std::cout << "[ faults ]   " << code << ": " << message << "\n";
    }
    EXPECT_GT(ph.faulted, 0u) << "phase " << p + 1 << " (" << describe(ph.plan)
                              << ") acted on no connection within 10 s";
  }
  std::cout << "[ faults ] proxy: " << counts.connections << " connections, " << counts.faulted
            << " faulted, " << counts.bytes_to_server << " bytes to the server and "
            << counts.bytes_to_device << " to the devices; " << tried << " syncs during the "
            << "faults, " << failed << " failed; " << everything.size() - seeded
            << " scale scores written under faults; after healing, two rounds of syncs took "
            << heal_ms << " ms and the " << kDevices << " devices hold the same "
            << everything.size() << " records\n";
  EXPECT_GT(failed, 0u) << "no sync failed: the proxy injected nothing the devices noticed";
}

// A device on a link too slow to carry a whole answer, or a whole batch of its changes, within its
// request timeout: each request that times out is followed by one a quarter the size, so the
// backlog gets through in steps instead of the same request failing for ever. Both ways: a new
// device pulls a family's 300 records of 1 KB; then it pushes 300 of its own.
TEST(FaultProxyTest, ASlowLinkGetsABacklogThroughInSmallerSteps) {
  ServerProcess server;
  const std::string coordinator =
      server.admin_line("create-coordinator --name Sam --username sam", kStaffPassword);
  const std::string family =
      server.admin_line("create-family --name Khan --coordinator " + coordinator);
  server.start();
  ASSERT_GT(server.pid(), 0);
  FaultProxy proxy(server.port());
  const std::string via_proxy = "https://127.0.0.1:" + std::to_string(proxy.port());
  const std::string url = "https://127.0.0.1:" + std::to_string(server.port());

  // Another parent puts 300 records of 1 KB on the server, over a good link.
  FaultDevice writer;
  ASSERT_TRUE(writer.enrol(url, server.ca().certificate,
                           {server.admin_line("invite --family " + family +
                                              " --role parent --name A"), {}, {}}));
  std::vector<Record> batch;
  for (int k = 0; k < 300; ++k) batch.push_back(long_score(family, writer.person_id));
  ASSERT_TRUE(writer.store().put(batch));
  ASSERT_TRUE(writer.sync());

  // The new device's link carries 64 KB a second; its requests time out after 1.5 s, so an
  // answer of 300 KB (or a push of as much) cannot get through whole.
  FaultDevice slow(std::chrono::seconds(5), std::chrono::milliseconds(1500));
  ASSERT_TRUE(slow.enrol(url, server.ca().certificate,
                         {server.admin_line("invite --family " + family +
                                            " --role parent --name B"), {}, {}}));
  FaultPlan plan;
  plan.fault = Fault::slow;
  plan.bytes_per_second = 64 * 1024;
  proxy.set(plan);
  // The device now reaches the server through the slow link only.
  ASSERT_TRUE(slow.store().set_setting(sync::settings::kServer, via_proxy));
  auto sync_until_done = [&](auto done) {
    std::size_t timeouts = 0;
    for (int attempt = 0; attempt < 40 && !done(); ++attempt) {
      auto synced = slow.sync();
      if (!synced) {
        EXPECT_EQ(synced.error().code, ErrorCode::timeout) << synced.error().describe();
        ++timeouts;
      }
    }
    EXPECT_TRUE(done());
    return timeouts;
  };
  const std::size_t pull_timeouts = sync_until_done([&] {
    return slow.ids(Record::kScaleScore).size() == 300 && slow.store().cursors()->size() > 0;
  });
  EXPECT_GE(pull_timeouts, 1u);  // the first answer was too big for the link

  std::vector<Record> mine;
  for (int k = 0; k < 300; ++k) mine.push_back(long_score(family, slow.person_id));
  ASSERT_TRUE(slow.store().put(mine));
  const std::size_t push_timeouts = sync_until_done([&] { return slow.waiting().empty(); });
  EXPECT_GE(push_timeouts, 1u);  // the first batch was too big for the link
  EXPECT_TRUE(slow.store().check());

  // Everything arrived once: the writer sees the slow device's 300 and its own 300.
  ASSERT_TRUE(writer.sync());
  EXPECT_EQ(writer.ids(Record::kScaleScore).size(), 600u);
}

}  // namespace
}  // namespace kith::testing
