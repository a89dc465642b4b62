// A device killed with SIGKILL in the middle of a sync: its sync runs in a child process (fork,
// as tests/store/store_crash_test.cpp does for the store alone) and is killed at a random moment
// of a large pull, KITH_FAULT_CYCLES times (8 by default). After each kill its store opens,
// passes its integrity check, its cursor covers exactly the records it holds, and its outbox
// holds every change not yet acknowledged, once. A final sync converges.
//
//   - SyncKilledMidPull: a real kith-server and the real SyncEngine; the pull is large (a writer
//     adds hundreds of records before each cycle, and every third cycle a refused change makes
//     the next pull a snapshot of the whole family).
//   - ApplyKilledMidPage: Store::apply alone, on pages shaped as the server makes them (puts,
//     updates, deletions, snapshots), with changes waiting in the outbox; nearly every kill lands
//     inside an apply transaction, and the store after it must be exactly a model of the pages
//     just before, or just after, the page being applied: records, values and cursor.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "fault_device.hpp"
#include "kith/domain/scope.hpp"
#include "server_kill_cycles.hpp"  // error_lines()
#include "server_process.hpp"
#include "store/server_store.hpp"

namespace kith::testing {
namespace {

using Clock = std::chrono::steady_clock;
using domain::Record;

// ---- killing a child ---------------------------------------------------------------------------

// What the child was doing when it was killed, from /proc: its state (R running, S sleeping,
// D in disk wait) and the system call it was in (x86-64 numbers for the common ones).
std::string doing(pid_t child) {
  std::ifstream stat("/proc/" + std::to_string(child) + "/stat");
  std::string line;
  std::getline(stat, line);
  const auto close = line.rfind(')');
  const char state = close != std::string::npos && close + 2 < line.size() ? line[close + 2] : '?';
  if (state == 'R') return "running";
  std::ifstream sys("/proc/" + std::to_string(child) + "/syscall");
  std::string call;
  sys >> call;
  static const std::map<std::string, std::string> names = {
      {"0", "read"},         {"1", "write"},   {"7", "poll"},         {"17", "pread"},
      {"18", "pwrite"},      {"44", "sendto"}, {"45", "recvfrom"},    {"74", "fsync"},
      {"75", "fdatasync"},   {"202", "futex"}, {"232", "epoll_wait"}, {"281", "epoll_pwait"},
      {"running", "running"}};
  const auto it = names.find(call);
  return std::string(1, state) + " " + (it != names.end() ? it->second : "syscall " + call);
}

struct Killed {
  bool killed = false;  // it died of our SIGKILL (false: it had finished)
  int exit_code = 0;    // when it finished
  std::string doing;    // what it was doing then
};

Killed kill_after(pid_t child, std::chrono::microseconds delay) {
  std::this_thread::sleep_for(delay);
  Killed out;
  out.doing = doing(child);
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  out.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (!out.killed) out.doing = "finished";
  return out;
}

std::string histogram(const std::map<std::string, int>& counts) {
  std::ostringstream out;
  for (const auto& [what, n] : counts) out << (out.tellp() > 0 ? ", " : "") << what << " " << n;
  return out.str();
}

// ---- a sync killed mid-pull, against a real server -------------------------------------------

// The child: opens the device's store with its key and runs one sync. Killed, or exits 0 when
// the sync is done (4 if it failed, with the reason on stderr).
[[noreturn]] void sync_in_child(const FaultDevice& device) {
  auto store = store::Store::open_with_key(device.dir(), device.key(), {});
  if (!store) {
    std::fprintf(stderr, "child: %s\n", store.error().describe().c_str());
    ::_exit(2);
  }
  auto engine = sync::SyncEngine::open(*store, device.options());
  if (!engine) ::_exit(3);
  auto r = engine->sync();
  if (!r) {
    std::fprintf(stderr, "child: %s\n", r.error().describe().c_str());
    ::_exit(4);
  }
  ::_exit(0);
}

// Runs the device's sync in a child and lets it finish; returns how long it took.
double timed_sync_in_child(const FaultDevice& device) {
  const auto start = Clock::now();
  const pid_t child = ::fork();
  if (child == 0) sync_in_child(device);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the calibration sync failed";
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

class DeviceKilled : public ::testing::Test {
 protected:
  void SetUp() override {
    coordinator_ =
        server_.admin_line("create-coordinator --name Sam --username sam", kStaffPassword);
    family_ = server_.admin_line("create-family --name Khan --coordinator " + coordinator_);
    scope_ = domain::Scope::family(family_).to_string();
    server_.start();
    ASSERT_GT(server_.pid(), 0);
  }

  std::unique_ptr<FaultDevice> parent(const std::string& name) {
    const std::string code =
        server_.admin_line("invite --family " + family_ + " --role parent --name " + name);
    auto device = std::make_unique<FaultDevice>();
    auto enrolled = device->enrol(server_.url(), server_.ca().certificate, {code, {}, {}});
    EXPECT_TRUE(enrolled) << enrolled.error().describe();
    return device;
  }

  // Puts `n` new scale scores on `writer` and syncs them to the server.
  void write(FaultDevice& writer, int n) {
    std::vector<Record> batch;
    for (int i = 0; i < n; ++i)
      batch.push_back(made_by(Record::kScaleScore, family_, writer.person_id));
    ASSERT_TRUE(writer.store().put(batch));
    auto r = writer.sync();
    ASSERT_TRUE(r) << r.error().describe();
  }

  // The server's side of the family scope: each record's seq, and the device's last seq.
  struct ServerView {
    std::int64_t head = 0;
    std::string epoch;
    std::map<std::string, std::int64_t> seq_of;  // the family scope's live scale scores
    std::int64_t device_last_seq = 0;
  };
  ServerView server_view(const std::string& device_id) {
    ServerView view;
    auto store = server::open_sqlite_store(server_.dir() + "/data");
    EXPECT_TRUE(store) << store.error().describe();
    if (!store) return view;
    view.epoch = (*store)->epoch();
    auto tx = (*store)->begin();
    EXPECT_TRUE(tx) << tx.error().describe();
    if (!tx) return view;
    auto head = (*tx)->head(scope_);
    if (head && *head) view.head = (*head)->last_seq;
    auto changes = (*tx)->changes(scope_, 0, 10'000'000);
    EXPECT_TRUE(changes);
    if (changes) {
      for (const auto& c : *changes) {
        if (c.body && c.kind == Record::kScaleScore) view.seq_of[c.id] = c.seq;
      }
    }
    auto device = (*tx)->device(device_id);
    if (device && *device) view.device_last_seq = (*device)->last_seq;
    return view;
  }

  ServerProcess server_;
  std::string coordinator_, family_, scope_;
};

TEST_F(DeviceKilled, SyncKilledMidPull) {
  const int cycles = env_int("KITH_FAULT_CYCLES", 8);
  std::mt19937 random(static_cast<std::uint32_t>(env_int("KITH_FAULT_SEED", 20261122)));
  auto writer = parent("Writer");
  auto victim = parent("Victim");
  ASSERT_TRUE(writer->sync());
  write(*writer, 2000);

  // How long a sync takes in a child: with nothing to pull, and with the first 2000 records.
  victim->close();
  const double full_ms = timed_sync_in_child(*victim);
  const double empty_ms = timed_sync_in_child(*victim);
  const double per_record_ms = std::max(0.0, full_ms - empty_ms) / 2000.0;
  ASSERT_TRUE(victim->open());

  std::set<std::string> own_scores, own_plans;  // what the victim wrote itself
  std::map<std::string, int> at_kill, outcome;
  int killed = 0;
  for (int cycle = 1; cycle <= cycles; ++cycle) {
    write(*writer, std::uniform_int_distribution<int>(200, 800)(random));
    // The victim writes too, so there is an outbox to lose; every third cycle a plan, which a
    // parent may not write: the server refuses it and the refusal makes the device forget its
    // cursor, so the pull after it is a snapshot of the whole family.
    const bool refused = cycle % 3 == 0;
    for (int k = 0; k < 1 + cycle % 3; ++k) {
      Record score = made_by(Record::kScaleScore, family_, victim->person_id);
      ASSERT_TRUE(victim->store().put(score));
      own_scores.insert(score.scale_score().id());
    }
    if (refused) {
      Record plan = made_by(Record::kPlan, family_, victim->person_id);
      ASSERT_TRUE(victim->store().put(plan));
      own_plans.insert(plan.plan().id());
    }
    const auto before = *victim->store().cursor(scope_);
    const std::size_t waiting_before = victim->store().outbox()->size();
    const ServerView server_before = server_view(victim->store().device_id());
    const std::int64_t to_pull = refused || !before
                                     ? static_cast<std::int64_t>(server_before.seq_of.size())
                                     : server_before.head - before->last_seq;
    victim->close();

    // Killed at a random moment of the whole sync, as long as this one is expected to take.
    const double expected_ms = empty_ms + per_record_ms * static_cast<double>(to_pull);
    const auto delay = std::chrono::microseconds(static_cast<std::int64_t>(
        std::uniform_real_distribution<double>(0.0, expected_ms * 1000.0)(random)));
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) sync_in_child(*victim);
    const Killed k = kill_after(child, delay);
    if (k.killed) ++killed;
    EXPECT_TRUE(k.killed || k.exit_code == 0)
        << "cycle " << cycle << ": the child's sync failed by itself (exit " << k.exit_code << ")";
    ++at_kill[k.doing];

    // The store opens and is whole.
    ASSERT_TRUE(victim->open()) << "cycle " << cycle << ": the store does not open";
    store::Store& store = victim->store();
    ASSERT_TRUE(store.check()) << "cycle " << cycle;
    const ServerView view = server_view(store.device_id());
    const auto cursor = *store.cursor(scope_);
    const auto outbox = *store.outbox(1'000'000);
    const std::int64_t last = *store.last_seq();
    const auto refusals = *store.rejections();
    const std::set<std::string> held = victim->ids(Record::kScaleScore, scope_);
    const std::set<std::string> held_plans = victim->ids(Record::kPlan, scope_);

    // The outbox: consecutive numbers up to the device's last, each once, nothing lost: every
    // number the server has not applied is still there. (Numbers it applied but never answered
    // may still be there too: they go again and come back DUPLICATE.)
    std::set<std::string> mutation_ids, waiting;
    for (std::size_t i = 0; i < outbox.size(); ++i) {
      EXPECT_EQ(outbox[i].seq, outbox[0].seq + static_cast<std::int64_t>(i))
          << "cycle " << cycle << ": the outbox has a gap or a number twice";
      EXPECT_TRUE(mutation_ids.insert(outbox[i].mutation_id).second) << "cycle " << cycle;
      waiting.insert(outbox[i].record_id);
      auto record = store.get(outbox[i].kind, outbox[i].record_id);
      EXPECT_TRUE(record && *record) << "cycle " << cycle << ": a waiting change lost its record";
    }
    if (outbox.empty()) {
      EXPECT_EQ(view.device_last_seq, last) << "cycle " << cycle << ": changes were lost";
    } else {
      EXPECT_EQ(outbox.back().seq, last) << "cycle " << cycle;
      EXPECT_LE(outbox.front().seq, view.device_last_seq + 1)
          << "cycle " << cycle << ": changes the server never applied left the outbox";
    }
    for (const auto& id : own_scores) {
      const bool on_server = view.seq_of.contains(id);
      EXPECT_TRUE(waiting.contains(id) || on_server)
          << "cycle " << cycle << ": a score the device wrote is neither waiting nor on the server";
      if (waiting.contains(id)) {
        EXPECT_TRUE(held.contains(id)) << "cycle " << cycle << ": a waiting score is not held";
      }
    }
    std::set<std::string> refused_ids;
    for (const auto& r : refusals) {
      refused_ids.insert(r.record_id);
      EXPECT_EQ(r.code, "forbidden") << "cycle " << cycle << ": " << r.message;
    }
    for (const auto& id : own_plans) {
      EXPECT_FALSE(view.seq_of.contains(id)) << "cycle " << cycle << ": the server kept a plan";
      EXPECT_TRUE(waiting.contains(id) || refused_ids.contains(id))
          << "cycle " << cycle << ": a refused plan is neither waiting nor among the refusals";
    }

    // The cursor covers exactly what the device holds: every record the server has at or below
    // it is here, and nothing from above it is, but the device's own.
    if (cursor) {
      EXPECT_EQ(cursor->epoch, view.epoch);
      EXPECT_LE(cursor->last_seq, view.head) << "cycle " << cycle << ": a cursor past the head";
      std::size_t missing = 0, beyond = 0;
      for (const auto& [id, seq] : view.seq_of) {
        if (seq <= cursor->last_seq && !held.contains(id)) {
          ++missing;
        }
      }
      for (const auto& id : held) {
        const auto it = view.seq_of.find(id);
        const bool own = own_scores.contains(id);
        if (!own && (it == view.seq_of.end() || it->second > cursor->last_seq)) ++beyond;
      }
      EXPECT_EQ(missing, 0u) << "cycle " << cycle << ": the cursor (" << cursor->last_seq
                             << ") is past records the device does not have";
      EXPECT_EQ(beyond, 0u) << "cycle " << cycle << ": the device holds records beyond its cursor";
    } else {
      for (const auto& id : held) {
        EXPECT_TRUE(view.seq_of.contains(id) || own_scores.contains(id)) << "cycle " << cycle;
      }
    }
    for (const auto& id : held_plans) EXPECT_TRUE(own_plans.contains(id)) << "cycle " << cycle;

    // Where the kill left the sync.
    const bool pushed = outbox.empty() || outbox.front().seq > view.device_last_seq;
    if (!k.killed) {
      ++outcome["finished"];
    } else if (!outbox.empty() && outbox.size() >= waiting_before) {
      ++outcome["before the push was answered"];
    } else if (cursor && cursor->last_seq == view.head) {
      ++outcome["after the last page"];
    } else if (cursor && (!before || cursor->last_seq != before->last_seq) && pushed) {
      ++outcome["mid-pull, some pages applied"];
    } else {
      ++outcome["mid-pull, no page applied yet"];
    }
  }

  // A last sync, to the end: the device converges on the server.
  auto r = victim->sync();
  ASSERT_TRUE(r) << r.error().describe();
  const ServerView view = server_view(victim->store().device_id());
  std::set<std::string> on_server;
  for (const auto& [id, seq] : view.seq_of) on_server.insert(id);
  EXPECT_EQ(victim->ids(Record::kScaleScore, scope_), on_server);
  EXPECT_TRUE(victim->ids(Record::kPlan, scope_).empty());
  EXPECT_TRUE(victim->store().outbox()->empty());
  EXPECT_EQ(victim->store().rejections()->size(), own_plans.size());
  EXPECT_EQ((*victim->store().cursor(scope_))->last_seq, view.head);
  EXPECT_EQ(view.device_last_seq, *victim->store().last_seq());
  EXPECT_TRUE(victim->store().check());
  for (const auto& id : own_scores) EXPECT_TRUE(on_server.contains(id));
  EXPECT_EQ(server_.admin("check"), 0);
  for (const auto& line : error_lines(server_.log_text())) {
    ADD_FAILURE() << "kith-server logged an error: " << line;
  }

  std::cout << "[ faults ] device sync killed: " << cycles << " cycles, " << killed
            << " SIGKILLs; a sync with nothing to pull took " << empty_ms << " ms, with 2000 "
            << "records " << full_ms << " ms; the family grew to " << on_server.size()
            << " records; where the kills left the sync: " << histogram(outcome)
            << "; what the child was doing: " << histogram(at_kill) << "\n";
  EXPECT_GT(killed, 0);
}

// ---- Store::apply killed mid-page, against a model --------------------------------------------

// One change of the server's history of a scope: a new record, an update or a deletion.
struct HistoryChange {
  std::int64_t seq = 0;
  std::size_t record = 0;  // index into History's ids
  bool remove = false;
  std::uint32_t score = 0;
};

// A scope's history, numbered as the server numbers it: new records, updates and deletions.
class History {
 public:
  History(std::size_t length, const std::string& family, const std::string& person)
      : family_(family), person_(person) {
    std::mt19937 random(7);
    std::vector<std::size_t> live;
    for (std::int64_t seq = 1; seq <= static_cast<std::int64_t>(length); ++seq) {
      const int roll = std::uniform_int_distribution<int>(0, 99)(random);
      HistoryChange c;
      c.seq = seq;
      c.score = static_cast<std::uint32_t>(seq % 11);
      if (roll < 60 || live.size() < 50) {
        c.record = ids_.size();
        ids_.push_back(new_uuid());
        live.push_back(c.record);
      } else {
        const std::size_t at =
            std::uniform_int_distribution<std::size_t>(0, live.size() - 1)(random);
        c.record = live[at];
        if (roll >= 85) {
          c.remove = true;
          live[at] = live.back();
          live.pop_back();
        }
      }
      changes_.push_back(c);
    }
  }

  std::int64_t length() const { return static_cast<std::int64_t>(changes_.size()); }
  const HistoryChange& at(std::int64_t seq) const {
    return changes_[static_cast<std::size_t>(seq - 1)];
  }
  const std::string& id(std::size_t record) const { return ids_[record]; }
  std::size_t records() const { return ids_.size(); }

  Record record(std::size_t index, std::uint32_t score) const {
    Record r = made_by(Record::kScaleScore, family_, person_);
    r.mutable_scale_score()->set_id(ids_[index]);
    r.mutable_scale_score()->set_score(score);
    r.mutable_scale_score()->set_reason("version with score " + std::to_string(score));
    return r;
  }

 private:
  std::string family_, person_;
  std::vector<std::string> ids_;
  std::vector<HistoryChange> changes_;
};

// A page as the server makes it, without its records (built when applied, to keep memory small).
struct PageSpec {
  bool reset = false;
  std::int64_t last_seq = 0;
  std::vector<HistoryChange> changes;
};

// The pages a device pulling from a server whose history grows would get, one after another:
// the server's compacted log (each record once, at its latest change) from the device's cursor,
// at most `budget` changes a page; one page in six a snapshot, its first page marked reset.
std::vector<PageSpec> pages_of(const History& history, std::size_t count, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::map<std::int64_t, std::size_t> latest;              // seq -> record: the compacted log
  std::vector<std::int64_t> seq_of(history.records(), 0);  // record -> its latest seq
  std::int64_t head = 0, cursor = 0;
  bool snapshot = false;  // the device is in the middle of a snapshot: ordinary pages follow
  std::vector<PageSpec> pages;
  for (std::size_t k = 0; k < count; ++k) {
    const std::int64_t grow = std::uniform_int_distribution<std::int64_t>(0, 1200)(random);
    for (const std::int64_t to = std::min(history.length(), head + grow); head < to;) {
      const HistoryChange& c = history.at(++head);
      if (seq_of[c.record] != 0) latest.erase(seq_of[c.record]);
      latest[c.seq] = c.record;
      seq_of[c.record] = c.seq;
    }
    const auto budget = std::uniform_int_distribution<std::size_t>(200, 1000)(random);
    PageSpec page;
    page.reset = !snapshot && std::uniform_int_distribution<int>(0, 5)(random) == 0;
    const std::int64_t from = page.reset ? 0 : cursor;
    bool more = false;
    for (auto it = latest.upper_bound(from); it != latest.end(); ++it) {
      const HistoryChange& c = history.at(it->first);
      if (page.reset && c.remove) continue;  // a snapshot holds no tombstones
      if (page.changes.size() == budget) {
        more = true;
        break;
      }
      page.changes.push_back(c);
    }
    page.last_seq = more ? page.changes.back().seq : head;
    snapshot = more && (page.reset || snapshot);
    cursor = page.last_seq;
    pages.push_back(std::move(page));
  }
  return pages;
}

store::ScopePage build(const History& history, const PageSpec& spec, const std::string& scope) {
  store::ScopePage page;
  page.scope = scope;
  page.epoch = "e0000000000000000000000000000001";
  page.last_seq = spec.last_seq;
  page.reset = spec.reset;
  for (const HistoryChange& c : spec.changes) {
    store::Change change;
    change.seq = c.seq;
    if (c.remove) {
      change.op = store::Op::remove;
      change.kind = Record::kScaleScore;
      change.record_id = history.id(c.record);
    } else {
      change.record = history.record(c.record, c.score);
    }
    page.changes.push_back(std::move(change));
  }
  return page;
}

// What Store::apply should leave, page after page: record id -> its encoded body (empty for a
// tombstone). Records with a change waiting in the outbox keep the device's version.
class Model {
 public:
  Model(const History& history, std::set<std::string> waiting)
      : history_(history), waiting_(std::move(waiting)) {}

  void apply(const PageSpec& page) {
    if (page.reset) {
      std::erase_if(rows_, [&](const auto& row) { return !waiting_.contains(row.first); });
    }
    for (const HistoryChange& c : page.changes) {
      const std::string& id = history_.id(c.record);
      if (waiting_.contains(id)) continue;
      rows_[id] = c.remove ? std::string() : domain::encode(history_.record(c.record, c.score));
    }
    cursor_ = page.last_seq;
  }
  void put_local(const std::string& id, std::string body) { rows_[id] = std::move(body); }

  std::int64_t cursor() const { return cursor_; }
  std::map<std::string, std::string> live() const {
    std::map<std::string, std::string> out;
    for (const auto& [id, body] : rows_) {
      if (!body.empty()) out[id] = body;
    }
    return out;
  }

 private:
  const History& history_;
  std::set<std::string> waiting_;
  std::map<std::string, std::string> rows_;
  std::int64_t cursor_ = 0;
};

constexpr const char* kStepSetting = "test.page";

// The child: applies the pages in order from the one it was at, as a device pulling would, until
// it is killed. Before each page it notes the page's number (its own small transaction), so that
// the parent knows the store must be just before or just after that page. Past the last page it
// applies the last one again and again.
[[noreturn]] void apply_in_child(const FaultDevice& device, const History& history,
                                 const std::vector<PageSpec>& pages, const std::string& scope) {
  auto store = store::Store::open_with_key(device.dir(), device.key(), {});
  if (!store) ::_exit(2);
  auto noted = store->setting(kStepSetting);
  if (!noted || !*noted) ::_exit(3);
  for (std::size_t k = std::stoul(**noted);; k = std::min(k + 1, pages.size() - 1)) {
    if (!store->set_setting(kStepSetting, std::to_string(k))) ::_exit(4);
    if (auto applied = store->apply(build(history, pages[k], scope)); !applied) {
      std::fprintf(stderr, "child: page %zu: %s\n", k, applied.error().describe().c_str());
      ::_exit(5);
    }
  }
}

TEST(DeviceApplyKilled, ApplyKilledMidPage) {
  const int cycles = env_int("KITH_FAULT_CYCLES", 8);
  std::mt19937 random(static_cast<std::uint32_t>(env_int("KITH_FAULT_SEED", 20261122)));
  const std::string family = new_uuid();
  const std::string person = new_uuid();
  const std::string scope = domain::Scope::family(family).to_string();
  const History history(100'000, family, person);
  const auto page_count = static_cast<std::size_t>(std::max(400, cycles * 12));
  const std::vector<PageSpec> pages = pages_of(history, page_count, 11);
  FaultDevice device;  // never enrolled: the pages come from the history, not a server

  // The device applies the first pages itself, then changes some of those records and writes
  // new ones: changes waiting in its outbox, which no page may overwrite or remove.
  constexpr std::size_t kFirst = 4;
  std::vector<std::pair<std::string, std::string>> local;  // id, encoded local version
  double first_ms = 0;
  std::size_t first_changes = 0;
  {
    const auto start = Clock::now();
    for (std::size_t k = 0; k < kFirst; ++k) {
      ASSERT_TRUE(device.store().apply(build(history, pages[k], scope)));
      first_changes += pages[k].changes.size();
    }
    first_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const auto held = device.store().list({.scope = scope});
    ASSERT_TRUE(held);
    ASSERT_GT(held->size(), 100u);
    for (std::size_t i = 0; i < 10; ++i) {
      Record changed = (*held)[i * 7];
      changed.mutable_scale_score()->set_reason("changed on the device");
      ASSERT_TRUE(device.store().put(changed));
      local.emplace_back(changed.scale_score().id(), domain::encode(changed));
    }
    for (int i = 0; i < 5; ++i) {
      Record fresh = made_by(Record::kScaleScore, family, person);
      ASSERT_TRUE(device.store().put(fresh));
      local.emplace_back(fresh.scale_score().id(), domain::encode(fresh));
    }
    ASSERT_TRUE(device.store().set_setting(kStepSetting, std::to_string(kFirst)));
  }
  std::set<std::string> waiting;
  for (const auto& [id, body] : local) waiting.insert(id);
  Model model(history, waiting);
  for (std::size_t k = 0; k < kFirst; ++k) model.apply(pages[k]);
  for (const auto& [id, body] : local) model.put_local(id, body);
  std::size_t modelled = kFirst;  // pages the model has taken
  const auto outbox_before = *device.store().outbox(1'000'000);
  ASSERT_EQ(outbox_before.size(), local.size());
  device.close();

  std::map<std::string, int> at_kill;
  int killed = 0, after_page = 0, before_page = 0;
  std::size_t reached = 0, resets_crossed = 0;
  for (int cycle = 1; cycle <= cycles; ++cycle) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) apply_in_child(device, history, pages, scope);
    const Killed k = kill_after(child, std::chrono::microseconds(std::uniform_int_distribution<int>(
                                           20'000, 600'000)(random)));
    ASSERT_TRUE(k.killed) << "cycle " << cycle << ": the child stopped by itself (exit "
                          << k.exit_code << ")";
    ++killed;
    ++at_kill[k.doing];

    ASSERT_TRUE(device.open()) << "cycle " << cycle << ": the store does not open";
    store::Store& store = device.store();
    ASSERT_TRUE(store.check()) << "cycle " << cycle;
    const auto noted = *store.setting(kStepSetting);
    ASSERT_TRUE(noted);
    const std::size_t step = std::stoul(*noted);
    ASSERT_GE(step, modelled) << "cycle " << cycle << ": the page number went back";
    // The model just before page `step`, and just after it.
    for (; modelled < step; ++modelled) {
      resets_crossed += pages[modelled].reset ? 1 : 0;
      model.apply(pages[modelled]);
    }
    const auto before = model.live();
    const std::int64_t cursor_before = model.cursor();
    Model after_model = model;
    after_model.apply(pages[step]);
    const auto after = after_model.live();

    const auto cursor = *store.cursor(scope);
    ASSERT_TRUE(cursor);
    const auto records = store.list({.scope = scope});
    ASSERT_TRUE(records) << records.error().describe();
    std::map<std::string, std::string> held;
    for (const Record& r : *records) held[domain::record_id(r)] = domain::encode(r);
    const bool is_after = cursor->last_seq == after_model.cursor() && held == after;
    const bool is_before = cursor->last_seq == cursor_before && held == before;
    EXPECT_TRUE(is_before || is_after)
        << "cycle " << cycle << ": killed at page " << step << " (" << pages[step].changes.size()
        << " changes" << (pages[step].reset ? ", a snapshot" : "") << "), the store holds "
        << held.size() << " records at cursor " << cursor->last_seq << "; whole pages would "
        << "leave " << before.size() << " at " << cursor_before << " or " << after.size() << " at "
        << after_model.cursor();
    after_page += is_after && !is_before ? 1 : 0;
    before_page += is_before ? 1 : 0;
    reached = step;

    // The outbox is exactly as it was: every change, once, with its number and body.
    const auto outbox = *store.outbox(1'000'000);
    ASSERT_EQ(outbox.size(), outbox_before.size()) << "cycle " << cycle;
    for (std::size_t i = 0; i < outbox.size(); ++i) {
      EXPECT_EQ(outbox[i].seq, outbox_before[i].seq);
      EXPECT_EQ(outbox[i].mutation_id, outbox_before[i].mutation_id);
      EXPECT_EQ(outbox[i].body, outbox_before[i].body);
      EXPECT_EQ(outbox[i].base_seq, outbox_before[i].base_seq);
    }
    EXPECT_EQ(*store.pending_count(), static_cast<std::int64_t>(local.size()));
    device.close();
    if (HasFailure()) return;
  }
  std::cout << "[ faults ] apply killed: " << killed << " SIGKILLs of a device applying "
            << "server-shaped pages (200-1000 changes: new records, updates, deletions; one in "
            << "six a snapshot; " << first_changes << " changes in the first " << kFirst
            << " pages took " << first_ms << " ms) with " << local.size()
            << " changes waiting in its outbox; it "
            << "reached page " << reached << " of " << pages.size() << " (" << resets_crossed
            << " snapshots on the way); the store was just before the page it was killed in "
            << before_page << " times and just after it " << after_page << " times; what the "
            << "child was doing: " << histogram(at_kill) << "\n";
  EXPECT_EQ(killed, cycles);
}

}  // namespace
}  // namespace kith::testing
