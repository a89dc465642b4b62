#include "server_kill_cycles.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "fault_device.hpp"
#include "kith/domain/scope.hpp"

namespace kith::testing {
namespace {

using domain::Record;

constexpr std::size_t kDevices = 8;
constexpr std::size_t kFamilies = 3;

// One device pushing on its own thread. Written by that thread while it runs; read by the test
// after it has been joined.
struct Lane {
  std::unique_ptr<FaultDevice> device;
  std::string family;
  std::set<std::string> written;       // every scale score put on the device
  std::set<std::string> acknowledged;  // those that left the outbox: a push answer took them
  std::size_t syncs = 0;
  std::map<std::string, std::size_t> failures;  // failed syncs by error code
  std::size_t cut = 0;  // of those, syncs whose connection died mid-request (not refused)
  // The first seq still waiting at the device's first failed sync after kill number k (k from
  // 1): with what the dead server had committed for it, this says how many mutations the
  // server committed but never answered.
  std::map<std::uint64_t, std::int64_t> first_waiting;
  std::string error;  // a failure the kills cannot explain, which ends the lane
};

std::string code_list(const std::map<std::string, std::size_t>& counts) {
  std::ostringstream out;
  for (const auto& [code, n] : counts) out << (out.tellp() > 0 ? ", " : "") << code << " " << n;
  return out.str();
}

// What a device may meet while its server is being killed: the connection refused, reset or
// closed mid-answer (network_unreachable), or a connection that hangs (timeout). Anything else
// (a 503, an internal error, a refused token) would mean the server came back wrong.
bool explained_by_kill(const Error& error) {
  return error.code == ErrorCode::network_unreachable || error.code == ErrorCode::timeout ||
         error.code == ErrorCode::protocol_error;
}

}  // namespace

void run_server_kill_cycles(ServerProcess& server, const ServerStoreOpener& open_store,
                            std::string_view label) {
  const int cycles = env_int("KITH_FAULT_CYCLES", 8);
  std::mt19937 random(static_cast<std::uint32_t>(env_int("KITH_FAULT_SEED", 20261122)));

  const std::string coordinator =
      server.admin_line("create-coordinator --name Sam --username sam", kStaffPassword);
  std::vector<std::string> families;
  for (std::size_t i = 0; i < kFamilies; ++i) {
    families.push_back(server.admin_line("create-family --name F" + std::to_string(i) +
                                         " --coordinator " + coordinator));
  }
  server.start();
  ASSERT_GT(server.pid(), 0) << "kith-server did not start:\n" << server.log_text();

  std::vector<Lane> lanes(kDevices);
  for (std::size_t i = 0; i < kDevices; ++i) {
    Lane& lane = lanes[i];
    lane.family = families[i % kFamilies];
    const std::string code = server.admin_line("invite --family " + lane.family +
                                               " --role parent --name P" + std::to_string(i));
    lane.device = std::make_unique<FaultDevice>();
    auto enrolled = lane.device->enrol(server.url(), server.ca().certificate, {code, {}, {}});
    ASSERT_TRUE(enrolled) << enrolled.error().describe();
    auto synced = lane.device->sync();
    ASSERT_TRUE(synced) << synced.error().describe();
  }

  auto opened = open_store();
  ASSERT_TRUE(opened) << opened.error().describe();
  std::unique_ptr<server::ServerStore> store = std::move(*opened);
  auto scope_of = [](const std::string& family) {
    return domain::Scope::family(family).to_string();
  };
  std::map<std::string, std::int64_t> head_before;  // by family scope
  {
    auto tx = store->begin();
    ASSERT_TRUE(tx) << tx.error().describe();
    for (const auto& family : families) {
      auto head = (*tx)->head(scope_of(family));
      ASSERT_TRUE(head) << head.error().describe();
      head_before[scope_of(family)] = *head ? (*head)->last_seq : 0;
    }
  }

  std::atomic<bool> stop{false};
  std::atomic<std::uint64_t> kills{0};
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < kDevices; ++i) {
    threads.emplace_back([&, i] {
      Lane& lane = lanes[i];
      FaultDevice& d = *lane.device;
      std::mt19937 pause(static_cast<std::uint32_t>(i));
      // Small batches, each followed by a sync, so that a push is in flight most of the time.
      for (int round = 0; !stop; ++round) {
        for (int k = 0; k < 1 + round % 3; ++k) {
          Record score = made_by(Record::kScaleScore, lane.family, d.person_id);
          if (auto put = d.store().put(score); !put) {
            lane.error = "a put failed on the device: " + put.error().describe();
            return;
          }
          lane.written.insert(score.scale_score().id());
        }
        auto r = d.sync();
        const auto waiting = d.waiting();
        for (const auto& id : lane.written) {
          if (!waiting.contains(id)) lane.acknowledged.insert(id);
        }
        if (r) {
          ++lane.syncs;
          continue;
        }
        // The kill that made it fail is the latest one: kills are 150 ms apart or more.
        const std::uint64_t generation = kills;
        ++lane.failures[std::string(to_string(r.error().code))];
        if (r.error().message.find("refused the connection") == std::string::npos) {
          ++lane.cut;  // the server died under a request, not before it
        }
        if (!explained_by_kill(r.error())) {
          lane.error =
              "a sync failed in a way a killed server does not explain: " + r.error().describe();
          return;
        }
        if (generation > 0 && !lane.first_waiting.contains(generation)) {
          const auto front = d.store().outbox(1);
          lane.first_waiting[generation] = front && !front->empty() ? front->front().seq : 0;
        }
        // A short pause, as the app's backoff would make (shorter, to keep the test quick).
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 40)(pause)));
      }
    });
  }

  // What each dead server had committed for each device: kill number -> device id -> last seq.
  std::map<std::uint64_t, std::map<std::string, std::int64_t>> committed;
  int signalled = 0;
  std::vector<int> up_ms;
  bool restarted = true;
  for (int cycle = 1; cycle <= cycles && restarted; ++cycle) {
    const int up = std::uniform_int_distribution<int>(150, 700)(random);
    up_ms.push_back(up);
    std::this_thread::sleep_for(std::chrono::milliseconds(up));
    server.stop(SIGKILL);
    const std::uint64_t generation = ++kills;
    if (WIFSIGNALED(server.last_status()) && WTERMSIG(server.last_status()) == SIGKILL) {
      ++signalled;
    }
    // A COMMIT that a PostgreSQL backend had received still completes after its server died.
    if (!server.conninfo().empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (auto tx = store->begin(); tx) {
      for (Lane& lane : lanes) {
        const std::string id = lane.device->store().device_id();
        auto device = (*tx)->device(id);
        if (device && *device) committed[generation][id] = (*device)->last_seq;
      }
    } else {
      ADD_FAILURE() << "cycle " << cycle << ": " << tx.error().describe();
    }
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 150)(random)));
    server.start();
    restarted = server.pid() > 0;
    EXPECT_TRUE(restarted) << "cycle " << cycle << ": kith-server did not come back after "
                           << "SIGKILL:\n"
                           << server.log_text();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // a last stretch of load
  stop = true;
  for (auto& t : threads) t.join();
  ASSERT_TRUE(restarted);
  EXPECT_EQ(signalled, cycles) << "kith-server did not always die of SIGKILL";

  // Every device sends what still waits, then every device takes what the others sent.
  for (int round = 0; round < 2; ++round) {
    for (Lane& lane : lanes) {
      ASSERT_TRUE(lane.error.empty()) << lane.error;
      Result<sync::SyncReport> r = unexpected(ErrorCode::internal, "not tried");
      for (int attempt = 0; attempt < 50 && !r; ++attempt) {
        if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        r = lane.device->sync();
      }
      ASSERT_TRUE(r) << "a device could not sync with the restarted server: "
                     << r.error().describe();
    }
  }

  std::size_t written = 0, acknowledged = 0, syncs = 0, cut = 0;
  std::int64_t unanswered = 0;
  std::map<std::string, std::size_t> failures;
  std::set<std::string> everything;
  std::map<std::string, std::set<std::string>> by_family;
  for (Lane& lane : lanes) {
    FaultDevice& d = *lane.device;
    EXPECT_TRUE(d.store().outbox()->empty()) << "a change is stuck in a device's outbox";
    EXPECT_TRUE(d.store().rejections()->empty());
    EXPECT_TRUE(d.store().check());
    written += lane.written.size();
    acknowledged += lane.acknowledged.size();
    syncs += lane.syncs;
    cut += lane.cut;
    for (const auto& [code, n] : lane.failures) failures[code] += n;
    for (const auto& [generation, first] : lane.first_waiting) {
      const auto it = committed[generation].find(d.store().device_id());
      if (first > 0 && it != committed[generation].end()) {
        unanswered += std::max<std::int64_t>(0, it->second - first + 1);
      }
    }
    everything.insert(lane.written.begin(), lane.written.end());
    by_family[lane.family].insert(lane.written.begin(), lane.written.end());
  }
  std::size_t failed = 0;
  for (const auto& [code, n] : failures) failed += n;
  std::sort(up_ms.begin(), up_ms.end());
  std::cout << "[ faults ] " << label << ": " << cycles << " cycles, " << signalled
            << " SIGKILLs (server up " << up_ms.front() << "-" << up_ms.back()
            << " ms between kills); " << kDevices << " devices wrote " << written
            << " scale scores in " << syncs + failed << " syncs; " << acknowledged
            << " acknowledged during the load; " << failed << " syncs failed ("
            << code_list(failures) << "), " << cut << " of them cut mid-request by a kill; "
            << unanswered
            << " mutations were committed by a server that died before answering, and were "
               "answered DUPLICATE when sent again\n";
  EXPECT_GT(acknowledged, 0u) << "no push was acknowledged during the load";
  EXPECT_GT(failed, 0u) << "no sync was interrupted: the kills did not land under load";

  // Each device holds exactly its family's scale scores, and its cursor is at the scope's head.
  auto tx = store->begin();
  ASSERT_TRUE(tx) << tx.error().describe();
  std::map<std::string, std::int64_t> head_after;
  std::set<std::string> stored;
  for (const auto& family : families) {
    const std::string scope = scope_of(family);
    const std::int64_t before = head_before[scope];
    auto head = (*tx)->head(scope);
    ASSERT_TRUE(head && *head) << "no head for " << scope;
    head_after[scope] = (*head)->last_seq;
    auto changes = (*tx)->changes(scope, before, 10'000'000);
    ASSERT_TRUE(changes) << changes.error().describe();
    // A mutation applied twice would have taken a second seq (its row moves there), leaving the
    // head beyond the number of changes after `before`.
    EXPECT_EQ(static_cast<std::int64_t>(changes->size()), (*head)->last_seq - before)
        << "a change in " << scope << " was written more than once";
    std::set<std::string> in_scope;
    for (const auto& change : *changes) {
      EXPECT_EQ(change.kind, Record::kScaleScore);
      EXPECT_TRUE(change.body.has_value()) << change.id << " is a tombstone";
      EXPECT_TRUE(in_scope.insert(change.id).second) << change.id << " is stored twice";
    }
    EXPECT_EQ(in_scope, by_family[family])
        << "the server's " << scope << " is not exactly what its devices wrote";
    stored.insert(in_scope.begin(), in_scope.end());
  }
  std::size_t lost = 0;
  for (Lane& lane : lanes) {
    for (const auto& id : lane.acknowledged) lost += stored.contains(id) ? 0 : 1;
    auto device = (*tx)->device(lane.device->store().device_id());
    ASSERT_TRUE(device && *device);
    EXPECT_EQ((*device)->last_seq, *lane.device->store().last_seq())
        << "the server's last applied seq for a device is not the device's own";
  }
  EXPECT_EQ(lost, 0u) << "mutations acknowledged to devices are missing from the server";
  tx->reset();
  for (Lane& lane : lanes) {
    FaultDevice& d = *lane.device;
    EXPECT_EQ(d.ids(Record::kScaleScore), by_family[lane.family]);
    EXPECT_EQ(*d.store().count({.kind = Record::kScaleScore}),
              static_cast<std::int64_t>(by_family[lane.family].size()));
    const auto cursor = d.store().cursor(scope_of(lane.family));
    ASSERT_TRUE(cursor && *cursor);
    EXPECT_EQ((*cursor)->last_seq, head_after[scope_of(lane.family)]);
  }

  // A new device sees every change once.
  FaultDevice staff;
  auto enrolled = staff.enrol(server.url(), server.ca().certificate, {{}, "sam", kStaffPassword});
  ASSERT_TRUE(enrolled) << enrolled.error().describe();
  auto pulled = staff.sync();
  ASSERT_TRUE(pulled) << pulled.error().describe();
  EXPECT_EQ(staff.ids(Record::kScaleScore), everything);
  EXPECT_EQ(*staff.store().count({.kind = Record::kScaleScore}),
            static_cast<std::int64_t>(everything.size()));

  EXPECT_TRUE(store->check());
  for (const auto& line : error_lines(server.log_text())) {
    ADD_FAILURE() << "kith-server logged an error: " << line;
  }
  store.reset();
  server.stop();
  EXPECT_EQ(server.admin("check"), 0);
}

}  // namespace kith::testing
