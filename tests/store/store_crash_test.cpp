// A process killed with SIGKILL in the middle of writing leaves a store that opens, passes its
// integrity check, and holds each transaction whole or not at all, with its outbox entries.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <random>
#include <thread>

#include "store_fixture.hpp"

namespace kith::store {
namespace {

using domain::Record;

constexpr int kRecordsPerTransaction = 40;

[[noreturn]] void write_until_killed(const std::filesystem::path& dir, StoreOptions options,
                                     int first_tx) {
  auto store = Store::unlock(dir, Pin(kPin), std::move(options));
  if (!store) _exit(2);
  for (int tx = first_tx;; ++tx) {
    std::vector<Record> batch;
    for (int i = 0; i < kRecordsPerTransaction; ++i) {
      Record r = testing::sample(Record::kContactLog);
      r.mutable_contact_log()->set_notes("tx " + std::to_string(tx) + " " + std::string(200, 'n'));
      batch.push_back(std::move(r));
    }
    if (!store->put(batch)) _exit(3);
    if (tx % 5 == 0) (void)store->purge("family:f0000000-0000-4000-8000-0000000000ff");
  }
}

TEST_F(StoreTest, KilledMidWriteLeavesAWholeStore) {
  make();
  std::mt19937 random(20261122);
  const int cycles = std::getenv("KITH_CRASH_CYCLES") ? std::atoi(std::getenv("KITH_CRASH_CYCLES")) : 30;
  int killed_mid_run = 0;
  std::int64_t last_count = 0;
  for (int cycle = 0; cycle < cycles; ++cycle) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) write_until_killed(dir(), options(), cycle * 100000);
    std::this_thread::sleep_for(std::chrono::milliseconds(
        std::uniform_int_distribution<int>(20, 120)(random)));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself with " << WEXITSTATUS(status);
    ++killed_mid_run;

    auto store = unlock();
    ASSERT_TRUE(store) << "cycle " << cycle << ": " << store.error().describe();
    ASSERT_TRUE(store->check()) << "cycle " << cycle;
    auto logs = store->list({.kind = Record::kContactLog});
    ASSERT_TRUE(logs);
    std::map<std::string, int> per_tx;
    for (const Record& r : *logs) {
      const std::string& notes = r.contact_log().notes();
      per_tx[notes.substr(0, notes.find(' ', 3))]++;
    }
    for (const auto& [tx, n] : per_tx) {
      EXPECT_EQ(n, kRecordsPerTransaction) << "cycle " << cycle << ", " << tx << " is partial";
    }
    // Every stored record still has its outbox entry: they were written in one transaction.
    EXPECT_EQ(static_cast<std::int64_t>(store->outbox(1'000'000)->size()),
              static_cast<std::int64_t>(logs->size()));
    EXPECT_GE(static_cast<std::int64_t>(logs->size()), last_count);
    last_count = static_cast<std::int64_t>(logs->size());
  }
  EXPECT_EQ(killed_mid_run, cycles);
  EXPECT_GT(last_count, 0);
}

}  // namespace
}  // namespace kith::store

namespace kith::store {
namespace {

TEST_F(StoreTest, AnAttemptKilledDuringScryptStillCounts) {
  make();
  // Real cost here, so the attempt is still deriving when it is killed.
  StoreOptions slow = options();
  slow.kdf = crypto::ScryptParams::standard();
  {
    auto wrap = crypto::WrappedKey::wrap(*Store::unwrap_data_key(dir(), Pin(kPin), options()),
                                         Pin(kPin), slow.kdf);
    const auto bytes = wrap->serialize();
    write_file(dir() / "kith.key", std::string(bytes.begin(), bytes.end()));
  }
  for (int attempt = 1; attempt <= 2; ++attempt) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      (void)Store::unwrap_data_key(dir(), Pin("000001"), slow);
      _exit(0);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // scrypt takes ~400 ms
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the attempt finished before it was killed";
    EXPECT_EQ(read_file(dir() / "unlock.state"),
              "kith-unlock 1 " + std::to_string(attempt) + " 0\n");
  }
}

}  // namespace
}  // namespace kith::store
