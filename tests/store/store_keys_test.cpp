// Opening the store: PINs, lock-out, PIN change, rekey, and files that are damaged or foreign.

#include "store_fixture.hpp"

namespace kith::store {
namespace {

using domain::Record;
using testing::sample;

TEST_F(StoreTest, CreateRefusesWeakPinsAndAnExistingStore) {
  for (const char* weak : {"", "12345", "111111", "123456", "987654"}) {
    auto s = Store::create(dir(), Pin(weak), options());
    ASSERT_FALSE(s) << weak;
    EXPECT_EQ(s.error().code, ErrorCode::weak_pin);
  }
  make();
  EXPECT_EQ(Store::create(dir(), Pin(kPin), options()).error().code, ErrorCode::store_exists);
}

TEST_F(StoreTest, UnlockWhereThereIsNoStore) {
  EXPECT_EQ(unlock().error().code, ErrorCode::store_not_found);
}

TEST_F(StoreTest, WrongPinIsAClearErrorAndChangesNothing) {
  const Record r = sample(Record::kPlan);
  {
    Store store = make();
    ASSERT_TRUE(store.put(r));
  }
  const std::string db_before = read_file(dir() / "kith.db");
  const std::string key_before = read_file(dir() / "kith.key");
  auto wrong = unlock("000001");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::wrong_pin);
  EXPECT_NE(wrong.error().message.find("Nothing was changed"), std::string::npos);
  EXPECT_EQ(read_file(dir() / "kith.db"), db_before);
  EXPECT_EQ(read_file(dir() / "kith.key"), key_before);
  auto store = unlock();
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->get(Record::kPlan, domain::record_id(r))->has_value());
}

TEST_F(StoreTest, RepeatedWrongPinsLockOutForAGrowingTimeAcrossRestarts) {
  make();
  const LockoutPolicy policy;
  for (std::uint32_t i = 1; i < policy.free_attempts; ++i) {
    EXPECT_EQ(unlock("000001").error().code, ErrorCode::wrong_pin) << i;
  }
  // The fifth wrong PIN locks for 30 s; even the right PIN waits.
  auto fifth = unlock("000001");
  EXPECT_EQ(fifth.error().code, ErrorCode::wrong_pin);
  EXPECT_NE(fifth.error().message.find("30 seconds"), std::string::npos) << fifth.error().message;
  auto locked = unlock();
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorCode::locked_out);
  // "Restart": the state is in the folder, not in this process. A new options object has the
  // same clock; nothing in memory carries over between unlock() calls.
  advance(29);
  EXPECT_EQ(unlock().error().code, ErrorCode::locked_out);
  advance(2);
  EXPECT_EQ(unlock("000001").error().code, ErrorCode::wrong_pin);  // sixth: now 60 s
  advance(59);
  EXPECT_EQ(unlock().error().code, ErrorCode::locked_out);
  advance(2);
  EXPECT_EQ(unlock("000001").error().code, ErrorCode::wrong_pin);  // seventh: 120 s
  advance(119);
  EXPECT_EQ(unlock().error().code, ErrorCode::locked_out);
  advance(2);
  ASSERT_TRUE(unlock());  // the right PIN resets the count
  EXPECT_EQ(unlock("000001").error().code, ErrorCode::wrong_pin);
  EXPECT_TRUE(unlock());
}

TEST_F(StoreTest, LockoutGrowsToItsCap) {
  const LockoutPolicy p;
  EXPECT_EQ(p.lock_seconds(4), 0);
  EXPECT_EQ(p.lock_seconds(5), 30);
  EXPECT_EQ(p.lock_seconds(6), 60);
  EXPECT_EQ(p.lock_seconds(10), 960);
  EXPECT_EQ(p.lock_seconds(12), 3600);
  EXPECT_EQ(p.lock_seconds(1000), 3600);
}

TEST_F(StoreTest, ADamagedLockoutFileDoesNotResetTheCount) {
  make();
  write_file(dir() / "unlock.state", "garbage");
  // Treated as the free attempts used up: the next wrong PIN locks.
  EXPECT_EQ(unlock("000001").error().code, ErrorCode::wrong_pin);
  EXPECT_EQ(unlock().error().code, ErrorCode::locked_out);
}

TEST_F(StoreTest, ChangingThePinRewrapsTheSameDataKey) {
  const Record r = sample(Record::kPlan);
  {
    Store store = make();
    ASSERT_TRUE(store.put(r));
    const std::string db_before = read_file(dir() / "kith.db");
    EXPECT_EQ(store.change_pin(Pin("000001"), Pin("719305")).error().code, ErrorCode::wrong_pin);
    EXPECT_EQ(store.change_pin(Pin(kPin), Pin("1111")).error().code, ErrorCode::weak_pin);
    ASSERT_TRUE(store.change_pin(Pin(kPin), Pin("719305")));
    EXPECT_EQ(read_file(dir() / "kith.db"), db_before);  // the data key did not change
  }
  EXPECT_EQ(unlock(kPin).error().code, ErrorCode::wrong_pin);
  auto store = unlock("719305");
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->get(Record::kPlan, domain::record_id(r))->has_value());
}

TEST_F(StoreTest, RekeyChangesTheDataKeyAndKeepsTheData) {
  const Record r = sample(Record::kPlan);
  SecretBytes old_key, new_key;
  {
    Store store = make();
    ASSERT_TRUE(store.put(r));
    old_key = std::move(*Store::unwrap_data_key(dir(), Pin(kPin), options()));
    EXPECT_EQ(store.rekey(Pin("000001")).error().code, ErrorCode::wrong_pin);
    ASSERT_TRUE(store.rekey(Pin(kPin)));
    // The open store keeps working with the new key.
    ASSERT_TRUE(store.put(sample(Record::kScaleScore)));
    new_key = std::move(*Store::unwrap_data_key(dir(), Pin(kPin), options()));
  }
  EXPECT_FALSE(old_key == new_key);
  EXPECT_FALSE(std::filesystem::exists(dir() / "kith.key.next"));
  // The old key no longer opens the database; the new one does.
  EXPECT_EQ(Store::open_with_key(dir(), old_key, options()).error().code, ErrorCode::store_damaged);
  auto store = Store::open_with_key(dir(), new_key, options());
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->get(Record::kPlan, domain::record_id(r))->has_value());
  EXPECT_EQ(*store->count({}), 2);
  EXPECT_TRUE(store->check());
}

TEST_F(StoreTest, RekeyInterruptedAfterTheDatabaseChangedIsFinishedByUnlock) {
  const Record r = sample(Record::kPlan);
  {
    Store store = make();
    ASSERT_TRUE(store.put(r));
    const std::string old_key_file = read_file(dir() / "kith.key");
    ASSERT_TRUE(store.rekey(Pin(kPin)));
    // Put the folder back as a crash between steps 2 and 3 would leave it.
    std::filesystem::rename(dir() / "kith.key", dir() / "kith.key.next");
    write_file(dir() / "kith.key", old_key_file);
  }
  auto store = unlock();
  ASSERT_TRUE(store) << store.error().describe();
  EXPECT_TRUE(store->get(Record::kPlan, domain::record_id(r))->has_value());
  EXPECT_FALSE(std::filesystem::exists(dir() / "kith.key.next"));
  store = unlock();  // and the finished state opens normally
  ASSERT_TRUE(store);
}

TEST_F(StoreTest, RekeyInterruptedBeforeTheDatabaseChangedKeepsTheOldKey) {
  {
    Store store = make();
    ASSERT_TRUE(store.put(sample(Record::kPlan)));
  }
  // A crash after step 1: a new wrapped key on disk that the database never used.
  auto unused = crypto::WrappedKey::wrap(*crypto::new_data_key(), Pin(kPin), options().kdf);
  const auto bytes = unused->serialize();
  write_file(dir() / "kith.key.next", std::string(bytes.begin(), bytes.end()));
  auto store = unlock();
  ASSERT_TRUE(store) << store.error().describe();
  EXPECT_EQ(*store->count({}), 1);
  EXPECT_FALSE(std::filesystem::exists(dir() / "kith.key.next"));
}

TEST_F(StoreTest, AFlippedByteInTheDatabaseIsAClearError) {
  const std::size_t pages_to_try = 3;
  {
    Store store = make();
    std::vector<Record> many;
    for (int i = 0; i < 200; ++i) many.push_back(sample(Record::kContactLog));
    ASSERT_TRUE(store.put(many));
  }
  {
    // Fold the WAL into the main file so the damage lands on the pages that will be read.
    auto store = unlock();
    ASSERT_TRUE(store);
  }
  const std::string good = read_file(dir() / "kith.db");
  ASSERT_GT(good.size(), 4096u * pages_to_try);
  for (std::size_t page = 0; page < pages_to_try; ++page) {
    std::string bad = good;
    bad[page * 4096 + 100] ^= 0x01;
    write_file(dir() / "kith.db", bad);
    std::filesystem::remove(dir() / "kith.db-wal");
    std::filesystem::remove(dir() / "kith.db-shm");
    auto store = unlock();
    if (!store) {
      EXPECT_EQ(store.error().code, ErrorCode::store_damaged) << store.error().describe();
      continue;
    }
    // Page 1 was fine; the damage shows when the page is read, and the check finds it.
    auto check = store->check();
    auto listed = store->list({});
    EXPECT_TRUE(!check || !listed) << "page " << page;
    if (!check) {
      EXPECT_EQ(check.error().code, ErrorCode::store_damaged);
    }
    if (!listed) {
      EXPECT_EQ(listed.error().code, ErrorCode::store_damaged);
    }
  }
}

TEST_F(StoreTest, AFileThatIsNotADatabaseIsAClearError) {
  make();
  write_file(dir() / "kith.db", std::string(8192, 'x'));
  std::filesystem::remove(dir() / "kith.db-wal");
  std::filesystem::remove(dir() / "kith.db-shm");
  auto store = unlock();
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::store_damaged);
}

TEST_F(StoreTest, AnUnencryptedSqliteFileIsNotAStore) {
  make();
  std::string plain = "SQLite format 3";
  plain.push_back('\0');
  plain.resize(4096, '\0');
  write_file(dir() / "kith.db", plain);
  std::filesystem::remove(dir() / "kith.db-wal");
  std::filesystem::remove(dir() / "kith.db-shm");
  EXPECT_EQ(unlock().error().code, ErrorCode::not_a_store);
}

TEST_F(StoreTest, AMissingOrForeignKeyFileIsAClearError) {
  make();
  write_file(dir() / "kith.key", "-----BEGIN PRIVATE KEY-----\n");
  EXPECT_EQ(unlock().error().code, ErrorCode::not_a_store);
  std::filesystem::remove(dir() / "kith.key");
  EXPECT_EQ(unlock().error().code, ErrorCode::store_not_found);
}

TEST_F(StoreTest, AMissingDatabaseIsDamageNotAnEmptyStore) {
  make();
  for (const char* f : {"kith.db", "kith.db-wal", "kith.db-shm"}) std::filesystem::remove(dir() / f);
  EXPECT_EQ(unlock().error().code, ErrorCode::store_damaged);
}

TEST_F(StoreTest, AnInterruptedCreateCanBeDoneAgain) {
  // A database without a key file is what a create killed half way leaves.
  std::filesystem::create_directories(dir());
  write_file(dir() / "kith.db", "half-made");
  EXPECT_FALSE(Store::exists(dir()));
  Store store = make();
  EXPECT_TRUE(store.check());
}

}  // namespace
}  // namespace kith::store
