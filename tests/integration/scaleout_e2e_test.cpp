// Two kith-server processes on one PostgreSQL database, as behind a load balancer (issue 6): real
// processes over real TLS on 127.0.0.1 with one CA made by the test, devices running
// kith::sync::SyncEngine over kith::store::Store as the app does.
//
//   - devices enrolled through either server converge on the same records;
//   - a change pushed through one server reaches, within a second, a device listening for hints
//     on the other (LISTEN/NOTIFY between the servers);
//   - one server SIGKILLed while devices push through it: the devices carry on through the other,
//     and every mutation a server acknowledged is stored exactly once.

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "device_harness.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "postgres.hpp"
#include "server_process.hpp"
#include "store/server_store.hpp"

namespace kith::testing {
namespace {

using Clock = std::chrono::steady_clock;
using domain::Record;

constexpr const char* kPassword = "a-long-staff-password";

double ms_between(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

class ScaleOut : public ::testing::Test {
 protected:
  void SetUp() override {
    coordinator_ = a_.admin_line("create-coordinator --name Sam --username sam", kPassword);
    for (const char* name : {"Khan", "Jones", "Novak"}) {
      families_.push_back(a_.admin_line(std::string("create-family --name ") + name +
                                        " --coordinator " + coordinator_));
    }
    a_.start();
    b_.start();
  }

  // A new parent's device in `family`, enrolled through `server` with an invite from kith-admin.
  std::unique_ptr<Device> parent(const ServerProcess& server, const std::string& family,
                                 const std::string& name) {
    const std::string code =
        a_.admin_line("invite --family " + family + " --role parent --name " + name);
    return enrolled_device(server, {code, {}, {}});
  }

  std::unique_ptr<Device> coordinator(const ServerProcess& server) {
    return enrolled_device(server, {{}, "sam", kPassword});
  }

  // Syncs every device, in turn, until `done` holds or 5 s pass. A server learns what the other
  // committed from a notification, a few milliseconds later, so a device that asks at once may
  // have to ask again. Returns the rounds it took, or 0 if it never held.
  template <typename Done>
  int sync_until(const std::vector<Device*>& devices, Done done) {
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    for (int round = 1; Clock::now() < deadline; ++round) {
      for (Device* d : devices) {
        auto r = d->sync();
        EXPECT_TRUE(r) << r.error().describe();
      }
      if (done()) return round;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return 0;
  }

  TempDatabase database_;
  ServerProcess a_{OnPostgres{database_.conninfo()}};
  ServerProcess b_{kBeside, a_};
  std::string coordinator_;
  std::vector<std::string> families_;
};

TEST_F(ScaleOut, DevicesOnEitherServerConverge) {
  const std::string& family = families_[0];
  auto mum = parent(a_, family, "Amina");
  auto dad = parent(b_, family, "Imran");
  auto staff = coordinator(b_);
  auto aunt = parent(a_, family, "Sadia");
  // Each records things of their own, offline, then syncs with its own server.
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(mum->store().put(made_by(Record::kScaleScore, family, mum->person_id)));
    ASSERT_TRUE(dad->store().put(made_by(Record::kHelpRequest, family, dad->person_id)));
    ASSERT_TRUE(aunt->store().put(made_by(Record::kScaleScore, family, aunt->person_id)));
  }
  Record plan = made_by(Record::kPlan, family, coordinator_);
  ASSERT_TRUE(staff->store().put(plan));

  const std::vector<Device*> all = {mum.get(), dad.get(), staff.get(), aunt.get()};
  const int rounds = sync_until(all, [&] {
    for (Device* d : all) {
      if (d->ids(Record::kScaleScore).size() != 6 || d->ids(Record::kHelpRequest).size() != 3 ||
          d->ids(Record::kPlan).size() != 1) {
        return false;
      }
    }
    return true;
  });
  ASSERT_GT(rounds, 0) << "the devices did not converge within 5 s";
  std::cout << "[ scaleout ] four devices on two servers converged after " << rounds
            << " round(s) of syncs\n";
  for (Device* d : all) {
    EXPECT_EQ(d->ids(Record::kScaleScore), mum->ids(Record::kScaleScore));
    EXPECT_EQ(d->ids(Record::kHelpRequest), mum->ids(Record::kHelpRequest));
    EXPECT_EQ(d->ids(Record::kPlan), std::set<std::string>{plan.plan().id()});
    EXPECT_TRUE(d->store().outbox()->empty());
    EXPECT_TRUE(d->store().rejections()->empty());
  }
  // The other families' records stay out of this family's devices on either server.
  for (Device* d : {mum.get(), dad.get()}) {
    const auto scopes = d->store().scopes();
    ASSERT_TRUE(scopes);
    for (const auto& scope : *scopes) {
      EXPECT_EQ(scope.find(families_[1]), std::string::npos) << scope;
    }
  }
}

TEST_F(ScaleOut, AHintForAChangeThroughOneServerReachesADeviceOnTheOtherWithinASecond) {
  const std::string& family = families_[0];
  auto on_a = parent(a_, family, "Amina");
  auto on_b = parent(b_, family, "Imran");
  const std::string family_scope = domain::Scope::family(family).to_string();

  // Both ways round, a few times: A to B, B to A.
  std::vector<double> latencies_ms;
  for (int sample = 0; sample < 6; ++sample) {
    Device& writer = sample % 2 == 0 ? *on_a : *on_b;
    Device& listener = sample % 2 == 0 ? *on_b : *on_a;
    // Open the listener's event stream and let the server register it; drop hints of earlier
    // samples (the writer's own server may also have hinted the listener's previous push).
    for (;;) {
      auto hint = listener.wait_for_hint(std::chrono::milliseconds(300));
      ASSERT_TRUE(hint) << hint.error().describe();
      if (!*hint) break;
    }
    ASSERT_TRUE(writer.store().put(made_by(Record::kScaleScore, family, writer.person_id)));
    std::atomic<bool> got{false};
    Clock::time_point arrived;
    std::string error;
    std::thread wait([&] {
      const auto deadline = Clock::now() + std::chrono::seconds(3);
      while (Clock::now() < deadline) {
        auto hint = listener.wait_for_hint(std::chrono::milliseconds(100));
        if (!hint) {
          error = hint.error().describe();
          return;
        }
        if (*hint && **hint == family_scope) {
          arrived = Clock::now();
          got = true;
          return;
        }
      }
    });
    const auto pushed = Clock::now();
    auto r = writer.push();
    const auto answered = Clock::now();
    wait.join();
    ASSERT_TRUE(r) << r.error().describe();
    ASSERT_EQ(r->pushed, 1u);
    ASSERT_TRUE(error.empty()) << error;
    ASSERT_TRUE(got) << "no hint for " << family_scope << " reached the device on server "
                     << (sample % 2 == 0 ? "B" : "A") << " within 3 s of the push through "
                     << (sample % 2 == 0 ? "A" : "B");
    const double latency = ms_between(pushed, arrived);
    latencies_ms.push_back(latency);
    std::cout << "[ scaleout ] hint " << (sample % 2 == 0 ? "A -> B" : "B -> A") << ": "
              << latency << " ms after the push began (the push took "
              << ms_between(pushed, answered) << " ms)\n";
    EXPECT_LT(latency, 1000.0);
  }
  std::sort(latencies_ms.begin(), latencies_ms.end());
  std::cout << "[ scaleout ] hint latency across servers: median "
            << latencies_ms[latencies_ms.size() / 2] << " ms, max " << latencies_ms.back()
            << " ms\n";
}

// Several devices push continuously, most through A; A is killed with SIGKILL in the middle;
// each device that loses A goes on through B, as a load balancer would send it. Afterwards every
// change a server acknowledged is stored once, and so is every change still waiting then.
TEST_F(ScaleOut, KillingOneServerMidLoadLosesNoAcknowledgedMutation) {
  struct Lane {
    std::unique_ptr<Device> device;
    const ServerProcess* server = nullptr;
    std::set<std::string> written;       // every scale score put on the device
    std::set<std::string> acknowledged;  // those that left the outbox (a server answered them)
    std::size_t acknowledged_by_a = 0;
    std::size_t failures = 0;  // syncs that failed (the kill)
    std::int64_t first_waiting = 0;  // the device's first unanswered seq when A died
    std::string error;         // a failure that was not the kill's
  };
  std::vector<Lane> lanes;
  for (std::size_t i = 0; i < 6; ++i) {
    Lane lane;
    lane.server = i < 4 ? &a_ : &b_;  // four on A, two on B
    lane.device = parent(*lane.server, families_[i % families_.size()], "P" + std::to_string(i));
    lanes.push_back(std::move(lane));
  }

  // The server store, opened here as a third process on the database: each family scope's head
  // before the load, so that afterwards every change in it can be accounted for.
  ::setenv("KITH_SERVER_KEY", a_.server_key().c_str(), 1);
  auto opened = server::open_postgres_store(database_.conninfo(), {.connections = 1});
  ASSERT_TRUE(opened) << opened.error().describe();
  std::unique_ptr<server::ServerStore> store = std::move(*opened);
  std::map<std::string, std::int64_t> head_before;
  {
    auto tx = store->begin();
    ASSERT_TRUE(tx) << tx.error().describe();
    for (const auto& family : families_) {
      const std::string scope = domain::Scope::family(family).to_string();
      auto head = (*tx)->head(scope);
      ASSERT_TRUE(head) << head.error().describe();
      head_before[scope] = *head ? (*head)->last_seq : 0;
    }
  }

  std::atomic<bool> stop{false};
  std::atomic<bool> a_down{false};
  // Devices that lose A wait until the test has read what A committed for them (before they
  // retry through B), so the test can tell how many mutations A committed but never answered.
  std::atomic<bool> a_counted{false};
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    threads.emplace_back([&, i] {
      Lane& lane = lanes[i];
      Device& d = *lane.device;
      // Small batches, each followed by a sync: a push is in flight through A most of the time.
      for (int round = 0; !stop; ++round) {
        for (int k = 0; k < 1 + round % 3; ++k) {
          Record score = made_by(Record::kScaleScore, d.family_id, d.person_id);
          if (!d.store().put(score)) {
            lane.error = "a put failed on the device";
            return;
          }
          lane.written.insert(score.scale_score().id());
        }
        auto r = d.sync();
        const auto waiting = d.waiting();
        for (const auto& id : lane.written) {
          if (!waiting.contains(id) && lane.acknowledged.insert(id).second && lane.server == &a_) {
            ++lane.acknowledged_by_a;
          }
        }
        if (!r) {
          ++lane.failures;
          if (!sync::is_temporary(r.error()) || !a_down || lane.server != &a_) {
            lane.error = r.error().describe();
            return;
          }
          // A is gone: the load balancer sends this device to B from now on.
          const auto outbox = d.store().outbox(1);
          lane.first_waiting = outbox && !outbox->empty() ? outbox->front().seq : 0;
          while (!a_counted) std::this_thread::sleep_for(std::chrono::milliseconds(5));
          d.switch_to(b_);
          lane.server = &b_;
        }
      }
    });
  }

  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  a_down = true;
  a_.stop(SIGKILL);
  const bool killed = WIFSIGNALED(a_.last_status());
  // What A had committed for each of its devices: their last applied seq, from the database.
  // A COMMIT that A had sent still completes in its backend after A died: give it a moment.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::map<std::string, std::int64_t> committed;
  if (auto tx = store->begin(); tx) {
    for (Lane& lane : lanes) {
      const std::string id = lane.device->store().device_id();
      auto device = (*tx)->device(id);
      EXPECT_TRUE(device && *device);
      if (device && *device) committed[id] = (*device)->last_seq;
    }
  } else {
    ADD_FAILURE() << tx.error().describe();
  }
  a_counted = true;
  std::this_thread::sleep_for(std::chrono::milliseconds(1300));
  stop = true;
  for (auto& t : threads) t.join();
  ASSERT_TRUE(killed) << "kith-server A did not die of SIGKILL";

  std::size_t acknowledged = 0, by_a = 0, failures = 0, written = 0;
  std::int64_t unanswered = 0;  // committed by A, never answered: retried through B
  std::set<std::string> everything;
  for (Lane& lane : lanes) {
    ASSERT_TRUE(lane.error.empty()) << lane.error;
    EXPECT_EQ(lane.server, &b_) << "every device now talks to B";
    // What still waits goes through B: retries of changes A committed but never answered come
    // back DUPLICATE, not applied a second time.
    auto r = lane.device->sync();
    ASSERT_TRUE(r) << r.error().describe();
    EXPECT_TRUE(lane.device->store().outbox()->empty());
    EXPECT_TRUE(lane.device->store().rejections()->empty());
    EXPECT_TRUE(lane.device->store().check());
    acknowledged += lane.acknowledged.size();
    by_a += lane.acknowledged_by_a;
    failures += lane.failures;
    written += lane.written.size();
    if (lane.first_waiting > 0) {
      unanswered += std::max<std::int64_t>(
          0, committed[lane.device->store().device_id()] - lane.first_waiting + 1);
    }
    everything.insert(lane.written.begin(), lane.written.end());
  }
  std::cout << "[ scaleout ] " << written << " scale scores written on 6 devices; " << acknowledged
            << " acknowledged during the load (" << by_a << " by A before it was killed); "
            << failures << " syncs failed when A died; " << unanswered
            << " mutations A committed but never answered were sent again through B\n";
  EXPECT_GT(by_a, 0u) << "A acknowledged nothing before it was killed: the load never reached it";
  EXPECT_GT(failures, 0u) << "no device was using A when it was killed";

  // A new device sees every change exactly once...
  auto staff = coordinator(b_);
  EXPECT_EQ(staff->ids(Record::kScaleScore), everything);
  // ...and so does the database: in each family scope, the changes after the head before the
  // load are exactly the devices' scale scores, one seq each. A mutation applied twice would
  // have taken a second seq, leaving the scope's head beyond its changes.
  auto tx = store->begin();
  ASSERT_TRUE(tx) << tx.error().describe();
  std::set<std::string> stored;
  for (const auto& [scope, before] : head_before) {
    auto head = (*tx)->head(scope);
    ASSERT_TRUE(head && *head);
    auto changes = (*tx)->changes(scope, before, 1000000);
    ASSERT_TRUE(changes) << changes.error().describe();
    EXPECT_EQ(static_cast<std::int64_t>(changes->size()), (*head)->last_seq - before)
        << "a change in " << scope << " was written more than once";
    for (const auto& change : *changes) {
      EXPECT_EQ(change.kind, Record::kScaleScore);
      EXPECT_TRUE(stored.insert(change.id).second) << change.id << " is stored twice";
    }
  }
  EXPECT_EQ(stored, everything);
  // Each device's last applied sequence on the server is the device's own last one.
  for (Lane& lane : lanes) {
    auto device = (*tx)->device(lane.device->store().device_id());
    ASSERT_TRUE(device && *device);
    EXPECT_EQ((*device)->last_seq, *lane.device->store().last_seq());
  }
  tx->reset();
  EXPECT_TRUE(store->check());
  EXPECT_EQ(b_.admin("check"), 0);
}

// The same without chance: A dies after committing a push and before answering it
// (KITH_FAULT=exit-after-push-commit); the device sends the push again through B, which knows
// from the database that it was applied and does not apply it again.
TEST_F(ScaleOut, APushOneServerCommittedButNeverAnsweredIsNotAppliedAgainByTheOther) {
  auto device = parent(a_, families_[0], "Amina");
  a_.stop();
  a_.start({"KITH_FAULT=exit-after-push-commit"});
  const std::string scope = domain::Scope::family(families_[0]).to_string();
  ::setenv("KITH_SERVER_KEY", a_.server_key().c_str(), 1);
  auto opened = server::open_postgres_store(database_.conninfo(), {.connections = 1});
  ASSERT_TRUE(opened) << opened.error().describe();
  auto head = [&] {
    auto tx = (*opened)->begin();
    EXPECT_TRUE(tx) << tx.error().describe();
    auto h = tx ? (*tx)->head(scope) : Result<std::optional<server::ScopeHead>>(std::nullopt);
    return h && *h ? (*h)->last_seq : std::int64_t{-1};
  };
  const std::int64_t before = head();

  std::set<std::string> written;
  for (int i = 0; i < 3; ++i) {
    Record score = made_by(Record::kScaleScore, families_[0], device->person_id);
    ASSERT_TRUE(device->store().put(score));
    written.insert(score.scale_score().id());
  }
  auto lost = device->sync();
  ASSERT_FALSE(lost) << "A answered a push it should have died after";
  EXPECT_TRUE(sync::is_temporary(lost.error())) << lost.error().describe();
  EXPECT_TRUE(a_.wait_exit(5));
  EXPECT_EQ(device->store().outbox()->size(), 3u);  // as far as the device knows, nothing went
  EXPECT_EQ(head(), before + 3) << "A committed the push before it died";

  device->switch_to(b_);
  auto retried = device->sync();
  ASSERT_TRUE(retried) << retried.error().describe();
  EXPECT_TRUE(device->store().outbox()->empty());
  EXPECT_TRUE(device->store().rejections()->empty());
  EXPECT_EQ(head(), before + 3) << "B applied the retried push a second time";
  auto staff = coordinator(b_);
  EXPECT_EQ(staff->ids(Record::kScaleScore), written);
}

}  // namespace
}  // namespace kith::testing
