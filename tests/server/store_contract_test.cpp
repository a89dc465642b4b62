// The store contract: every guarantee of server_store.hpp, asserted against both stores, the
// SQLCipher one (a folder) and the PostgreSQL one (a fresh database on the test cluster). A second
// store object opened on the same data stands in for a second kith-server process.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <functional>
#include <iostream>
#include <latch>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "kith/bytes.hpp"
#include "kith/sqlite/sqlite.hpp"
#include "postgres.hpp"
#include "samples.hpp"
#include "server_store.hpp"

namespace kith {
// GoogleTest prints an ErrorCode by its name, not as a byte.
inline void PrintTo(ErrorCode code, std::ostream* out) { *out << to_string(code); }
}  // namespace kith

namespace kith::server {
namespace {

using domain::Record;
using kith::testing::pg_query;
using kith::testing::sample;
using kith::testing::TempDatabase;
using kith::testing::TempDir;
using namespace std::chrono_literals;

// The key every PostgreSQL store of this suite is made and opened with.
constexpr const char* kTestKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
constexpr const char* kOtherKey = "a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5";

// The value of a result the test cannot go on without; its error, as a sentence, otherwise.
// GoogleTest reports the exception as the test's failure.
template <typename T>
T must(Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string(what) + ": " + result.error().describe());
  return std::move(result).value();
}
inline void must(Result<void> result, const char* what) {
  if (!result) throw std::runtime_error(std::string(what) + ": " + result.error().describe());
}

// The error code of a result that should have failed; nullopt when it succeeded.
template <typename T>
std::optional<ErrorCode> code_of(const Result<T>& result) {
  if (result) return std::nullopt;
  return result.error().code;
}

std::string scope_of(const Record& r) { return domain::scope_for(r)->to_string(); }

// Where one store's data lives, made fresh and empty for each test, and how to open it.
class Backend {
 public:
  virtual ~Backend() = default;
  //! Makes the store (init_*_store).
  virtual Result<void> init() = 0;
  //! A new store object on the data: each call stands in for another process.
  virtual Result<std::unique_ptr<ServerStore>> open() = 0;
  //! Raw SQL, as a DBA or an attacker with the key would type it, that would change or remove
  //! audit entries: each statement and whether the database accepted it. The first statement
  //! reads, to show that the raw connection works.
  virtual std::vector<std::pair<std::string, bool>> tamper_with_audit() = 0;
  //! Sets KITH_SERVER_KEY as the store needs it.
  virtual void use_key() = 0;
};

class SqliteBackend final : public Backend {
 public:
  Result<void> init() override {
    use_key();
    return init_sqlite_store(dir_.path());
  }
  Result<std::unique_ptr<ServerStore>> open() override { return open_sqlite_store(dir_.path()); }
  void use_key() override { ::unsetenv("KITH_SERVER_KEY"); }  // the key file in the folder

  std::vector<std::pair<std::string, bool>> tamper_with_audit() override {
    std::ifstream key_file(dir_.path() + "/server.key");
    std::string hex;
    key_file >> hex;
    auto raw = must(from_hex(hex), "reading server.key");
    auto db = must(sql::Connection::open(dir_.path() + "/kith-server.db",
                                         SecretBytes(std::span(raw)), false, 1024),
                   "opening the database with its key");
    std::vector<std::pair<std::string, bool>> out;
    for (const char* statement : {"SELECT count(*) FROM audit", "UPDATE audit SET outcome = 'refused'",
                                  "DELETE FROM audit"}) {
      out.emplace_back(statement, db.exec(statement).has_value());
    }
    return out;
  }

 private:
  TempDir dir_;
};

class PostgresBackend final : public Backend {
 public:
  Result<void> init() override {
    use_key();
    auto said = init_postgres_store(db_.conninfo());
    if (!said) return unexpected(std::move(said).error());
    return {};
  }
  Result<std::unique_ptr<ServerStore>> open() override {
    return open_postgres_store(db_.conninfo());
  }
  void use_key() override { ::setenv("KITH_SERVER_KEY", kTestKey, 1); }

  std::vector<std::pair<std::string, bool>> tamper_with_audit() override {
    std::vector<std::pair<std::string, bool>> out;
    for (const char* statement :
         {"SELECT count(*) FROM kith.audit", "UPDATE kith.audit SET outcome = 'refused'",
          "DELETE FROM kith.audit", "TRUNCATE kith.audit"}) {
      out.emplace_back(statement, pg_query(db_.conninfo(), statement).has_value());
    }
    return out;
  }

  const std::string& conninfo() const { return db_.conninfo(); }

 private:
  TempDatabase db_;
};

std::unique_ptr<Backend> make_backend(const std::string& name) {
  if (name == "postgres") return std::make_unique<PostgresBackend>();
  return std::make_unique<SqliteBackend>();
}

// Collects what a store's listener hears, for a test to wait on.
class Heard {
 public:
  StoreListener listener() {
    return [this](const StoreEvent& event) {
      const std::lock_guard lock(mutex_);
      events_.push_back(event);
      changed_.notify_all();
    };
  }
  //! True as soon as an event that `match` accepts has been heard, false after `within`.
  bool wait_for(const std::function<bool(const StoreEvent&)>& match,
                std::chrono::milliseconds within) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, within, [&] {
      return std::any_of(events_.begin(), events_.end(), match);
    });
  }
  std::vector<StoreEvent> events() {
    const std::lock_guard lock(mutex_);
    return events_;
  }
  void clear() {
    const std::lock_guard lock(mutex_);
    events_.clear();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<StoreEvent> events_;
};

bool is_scope_moved(const StoreEvent& e, const std::string& scope, std::int64_t seq) {
  return e.type == StoreEvent::Type::scope_moved && e.scope == scope && e.seq == seq;
}
bool is_access_changed(const StoreEvent& e) { return e.type == StoreEvent::Type::access_changed; }

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    backend_ = make_backend(GetParam());
    auto made = backend_->init();
    ASSERT_TRUE(made) << made.error().describe();
    store_ = open_other();
    ASSERT_TRUE(store_);
  }
  void TearDown() override {
    if (store_) store_->set_listener({});
    store_.reset();
  }

  bool postgres() const { return GetParam() == "postgres"; }

  std::unique_ptr<ServerStore> open_other() {
    backend_->use_key();
    return must(backend_->open(), "opening the store");
  }

  static std::unique_ptr<Transaction> begin(ServerStore& store) {
    return must(store.begin(), "beginning a transaction");
  }

  // Writes `r` as the next change of its scope and commits.
  static std::int64_t write(ServerStore& store, const Record& r, std::int64_t at = 100,
                            const std::string& device_id = {}) {
    auto tx = begin(store);
    const auto seq = must(tx->write(scope_of(r), domain::record_family_id(r), r.body_case(),
                                    domain::record_id(r), domain::encode(r), at, device_id),
                          "writing a record");
    must(tx->commit(), "committing a write");
    return seq;
  }
  std::int64_t write(const Record& r, std::int64_t at = 100) { return write(*store_, r, at); }

  static void tombstone(ServerStore& store, const Record& r, std::int64_t at) {
    auto tx = begin(store);
    (void)must(tx->write(scope_of(r), domain::record_family_id(r), r.body_case(),
                         domain::record_id(r), std::nullopt, at),
               "writing a tombstone");
    must(tx->commit(), "committing a tombstone");
  }

  static Device device(const std::string& person, std::int64_t last_seq = 0) {
    return {new_uuid(), person, std::string(64, 'c'), last_seq, 1000, 0};
  }
  static void add_device(ServerStore& store, const Device& d) {
    auto tx = begin(store);
    must(tx->insert_device(d), "inserting a device");
    must(tx->commit(), "committing a device");
  }

  std::unique_ptr<Backend> backend_;
  std::unique_ptr<ServerStore> store_;
};

// --- Sequences, records, tombstones ---------------------------------------------------------

TEST_P(StoreContract, EachScopeCountsItsOwnChangesAndARecordSitsAtItsLatest) {
  const Record plan = sample(Record::kPlan);
  const Record score = sample(Record::kScaleScore);
  const std::string scope = scope_of(plan);
  ASSERT_EQ(scope_of(score), scope);
  ASSERT_NE(scope_of(sample(Record::kContactLog)), scope);

  EXPECT_EQ(write(plan), 1);
  EXPECT_EQ(write(score), 2);
  EXPECT_EQ(write(sample(Record::kContactLog)), 1);  // another scope counts from 1
  Record changed = plan;
  changed.mutable_plan()->mutable_title()->set_text("Our new plan");
  EXPECT_EQ(write(changed, 150), 3);

  auto tx = begin(*store_);
  const auto changes = must(tx->changes(scope, 0, 10), "changes");
  ASSERT_EQ(changes.size(), 2u);  // the plan once, at its newer seq
  EXPECT_EQ(changes[0].seq, 2);
  EXPECT_EQ(changes[0].id, domain::record_id(score));
  EXPECT_EQ(changes[1].seq, 3);
  EXPECT_EQ(changes[1].id, domain::record_id(plan));
  EXPECT_EQ(changes[1].kind, Record::kPlan);
  EXPECT_EQ(changes[1].scope, scope);
  EXPECT_EQ(changes[1].family_id, kith::testing::kFamilyId);
  EXPECT_EQ(changes[1].body, domain::encode(changed));

  const auto first = must(tx->changes(scope, 0, 1), "changes with a limit");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].seq, 2);
  const auto after = must(tx->changes(scope, 2, 10), "changes after a seq");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].seq, 3);
  EXPECT_TRUE(must(tx->changes(scope, 3, 10), "changes at the head").empty());
  EXPECT_TRUE(must(tx->changes("family:" + new_uuid(), 0, 10), "changes of no scope").empty());

  const auto head = must(tx->head(scope), "head");
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->scope, scope);
  EXPECT_EQ(head->family_id, kith::testing::kFamilyId);
  EXPECT_EQ(head->last_seq, 3);
  EXPECT_EQ(head->horizon, 0);
  EXPECT_FALSE(must(tx->head("family:" + new_uuid()), "head of no scope").has_value());

  const auto stored = must(tx->record(Record::kPlan, domain::record_id(plan)), "record");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->seq, 3);
  EXPECT_EQ(stored->body, domain::encode(changed));
  EXPECT_FALSE(must(tx->record(Record::kPlan, new_uuid()), "no record").has_value());
  // The same id under another kind is another record.
  EXPECT_FALSE(must(tx->record(Record::kScaleScore, domain::record_id(plan)), "kind").has_value());
}

TEST_P(StoreContract, ARecordRemembersTheDeviceThatWroteIt) {
  const Record plan = sample(Record::kPlan);
  const std::string device_id = new_uuid();
  write(*store_, plan, 100, device_id);
  auto tx = begin(*store_);
  EXPECT_EQ(must(tx->record(Record::kPlan, domain::record_id(plan)), "record")->device_id, device_id);
  tx.reset();  // the SQLCipher store runs one transaction at a time
  write(*store_, plan, 200);  // kith-admin writes with no device
  tx = begin(*store_);
  EXPECT_EQ(must(tx->record(Record::kPlan, domain::record_id(plan)), "record")->device_id, "");
}

TEST_P(StoreContract, ATombstoneIsAChangeUntilPrunedAndThenRaisesTheHorizon) {
  const Record plan = sample(Record::kPlan);
  const Record score = sample(Record::kScaleScore);
  const std::string scope = scope_of(plan);
  write(plan, 100);
  write(score, 100);
  tombstone(*store_, plan, 200);
  {
    auto tx = begin(*store_);
    const auto stored = must(tx->record(Record::kPlan, domain::record_id(plan)), "tombstone");
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->body.has_value());
    EXPECT_EQ(stored->seq, 3);
    const auto changes = must(tx->changes(scope, 2, 10), "changes");
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_FALSE(changes[0].body.has_value());
  }
  EXPECT_EQ(must(store_->prune_tombstones(150), "prune"), 0);  // written at 200: kept
  EXPECT_EQ(must(store_->prune_tombstones(250), "prune"), 1);
  EXPECT_EQ(must(store_->prune_tombstones(250), "prune again"), 0);
  auto tx = begin(*store_);
  const auto head = must(tx->head(scope), "head");
  EXPECT_EQ(head->horizon, 3);
  EXPECT_EQ(head->last_seq, 3);
  EXPECT_FALSE(must(tx->record(Record::kPlan, domain::record_id(plan)), "pruned").has_value());
  // Live records are never pruned, however old.
  EXPECT_TRUE(must(tx->record(Record::kScaleScore, domain::record_id(score)), "live").has_value());
  const auto changes = must(tx->changes(scope, 0, 10), "changes");
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].id, domain::record_id(score));
  // The next change goes on from the head, not from the horizon or the count of rows.
  tx.reset();
  EXPECT_EQ(write(sample(Record::kPlan)), 4);
}

TEST_P(StoreContract, RecordsOfAFamilyIncludeTombstones) {
  const Record plan = sample(Record::kPlan);
  const Record log = sample(Record::kContactLog);
  write(plan);
  write(log);
  tombstone(*store_, plan, 100);
  Record elsewhere = sample(Record::kPlan);
  elsewhere.mutable_plan()->set_family_id(kith::testing::kOtherFamilyId);
  write(elsewhere);
  auto tx = begin(*store_);
  const auto records = must(tx->records_of_family(kith::testing::kFamilyId), "records_of_family");
  ASSERT_EQ(records.size(), 2u);
  std::set<std::string> ids;
  for (const auto& r : records) {
    ids.insert(r.id);
    EXPECT_EQ(r.family_id, kith::testing::kFamilyId);
    if (r.id == domain::record_id(plan)) {
      EXPECT_FALSE(r.body.has_value());
    }
  }
  EXPECT_EQ(ids, (std::set<std::string>{domain::record_id(plan), domain::record_id(log)}));
}

// --- The membership index and load_access ---------------------------------------------------

TEST_P(StoreContract, MembershipRecordsKeepTheIndex) {
  Record m = sample(Record::kMembership);
  write(m);
  auto state = must(store_->load_access(), "load_access");
  ASSERT_EQ(state.memberships.size(), 1u);
  EXPECT_EQ(state.memberships[0].id, domain::record_id(m));
  EXPECT_EQ(state.memberships[0].person_id, kith::testing::kParentId);
  EXPECT_EQ(state.memberships[0].family_id, kith::testing::kFamilyId);
  EXPECT_EQ(state.memberships[0].role, v1::ROLE_PARENT);
  EXPECT_TRUE(state.memberships[0].active);
  {
    auto tx = begin(*store_);
    const auto mine = must(tx->memberships_of(kith::testing::kParentId), "memberships_of");
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_TRUE(mine[0].active);
    EXPECT_TRUE(must(tx->memberships_of(kith::testing::kChildId), "none").empty());
  }

  m.mutable_membership()->set_ended_on("2026-12-01");
  write(m);
  state = must(store_->load_access(), "load_access");
  ASSERT_EQ(state.memberships.size(), 1u);
  EXPECT_FALSE(state.memberships[0].active);

  tombstone(*store_, m, 300);
  state = must(store_->load_access(), "load_access");
  EXPECT_TRUE(state.memberships.empty());
  auto tx = begin(*store_);
  EXPECT_TRUE(must(tx->memberships_of(kith::testing::kParentId), "after the tombstone").empty());
}

TEST_P(StoreContract, AMembershipWriteThatRollsBackLeavesTheIndexAlone) {
  const Record m = sample(Record::kMembership);
  {
    auto tx = begin(*store_);
    (void)must(tx->write(scope_of(m), kith::testing::kFamilyId, Record::kMembership,
                         domain::record_id(m), domain::encode(m), 100),
               "writing a membership");
  }  // no commit: rolled back
  EXPECT_TRUE(must(store_->load_access(), "load_access").memberships.empty());
  auto tx = begin(*store_);
  EXPECT_FALSE(must(tx->head(scope_of(m)), "head").has_value());
}

TEST_P(StoreContract, LoadAccessReturnsEverythingAccessNeeds) {
  const Account staff{kith::testing::kCoordinatorId, "sam", "scrypt$15$8$1$aa$bb", true, 10};
  const Account parent{kith::testing::kParentId, "", "", false, 11};
  const Device phone = device(kith::testing::kParentId, 4);
  {
    auto tx = begin(*store_);
    must(tx->put_account(staff), "staff account");
    must(tx->put_account(parent), "parent account");
    must(tx->insert_device(phone), "device");
    must(tx->commit(), "commit");
  }
  write(sample(Record::kFamily, kith::testing::kFamilyId));
  const Record gone_family = sample(Record::kFamily, kith::testing::kOtherFamilyId);
  write(gone_family);
  tombstone(*store_, gone_family, 100);  // a family that was removed is not listed
  write(sample(Record::kMembership));
  write(sample(Record::kPlan));

  const auto state = must(store_->load_access(), "load_access");
  ASSERT_EQ(state.accounts.size(), 2u);
  const auto& a = state.accounts[0].person_id == staff.person_id ? state.accounts[0]
                                                                 : state.accounts[1];
  EXPECT_EQ(a.username, "sam");
  EXPECT_EQ(a.password_hash, staff.password_hash);
  EXPECT_TRUE(a.staff);
  EXPECT_EQ(a.created_at, 10);
  ASSERT_EQ(state.devices.size(), 1u);
  EXPECT_EQ(state.devices[0].id, phone.id);
  EXPECT_EQ(state.devices[0].person_id, phone.person_id);
  EXPECT_EQ(state.devices[0].secret_hash, phone.secret_hash);
  EXPECT_EQ(state.devices[0].last_seq, 4);
  ASSERT_EQ(state.memberships.size(), 1u);
  EXPECT_EQ(state.families, std::vector<std::string>{kith::testing::kFamilyId});
  // Two scopes: the family scope (family, membership, plan) and the other family's.
  ASSERT_EQ(state.heads.size(), 2u);
  for (const auto& head : state.heads) {
    if (head.family_id == kith::testing::kFamilyId) {
      EXPECT_EQ(head.scope, "family:" + kith::testing::kFamilyId);
      EXPECT_EQ(head.last_seq, 3);
    } else {
      EXPECT_EQ(head.family_id, kith::testing::kOtherFamilyId);
      EXPECT_EQ(head.last_seq, 2);
    }
  }
}

// --- Accounts, devices, invites, rejections --------------------------------------------------

TEST_P(StoreContract, AUsernameBelongsToOnePersonAndAnAccountCanBeReplacedOrRemoved) {
  const std::string kim = new_uuid();
  const std::string other = new_uuid();
  {
    auto tx = begin(*store_);
    must(tx->put_account({kim, "kim", "scrypt$1", true, 5}), "kim");
    // People who are not staff have no username; many may be without one.
    must(tx->put_account({new_uuid(), "", "", false, 6}), "a parent");
    must(tx->put_account({new_uuid(), "", "", false, 7}), "another parent");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    const auto taken = tx->put_account({other, "kim", "scrypt$2", true, 8});
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::conflict);
    EXPECT_FALSE(taken.error().message.empty());
  }
  {
    auto tx = begin(*store_);
    EXPECT_FALSE(must(tx->account(other), "the refused account").has_value());
    must(tx->put_account({kim, "kim", "scrypt$3", true, 5}), "replacing kim's password");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    const auto by_name = must(tx->account_by_username("kim"), "by username");
    ASSERT_TRUE(by_name.has_value());
    EXPECT_EQ(by_name->person_id, kim);
    EXPECT_EQ(by_name->password_hash, "scrypt$3");
    EXPECT_FALSE(must(tx->account_by_username("kym"), "unknown").has_value());
    // Renaming frees the old username.
    must(tx->put_account({kim, "kim2", "scrypt$3", true, 5}), "renaming kim");
    must(tx->put_account({other, "kim", "scrypt$4", true, 9}), "the freed name");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    must(tx->remove_account(kim), "removing kim");
    must(tx->commit(), "commit");
  }
  auto tx = begin(*store_);
  EXPECT_FALSE(must(tx->account(kim), "removed").has_value());
  EXPECT_FALSE(must(tx->account_by_username("kim2"), "removed by name").has_value());
  EXPECT_EQ(must(tx->account_by_username("kim"), "other")->person_id, other);
  tx.reset();
  EXPECT_EQ(must(store_->load_access(), "load_access").accounts.size(), 3u);
}

TEST_P(StoreContract, DevicesAreInsertedOnceRevokedAndListedPerPerson) {
  const std::string person = new_uuid();
  const Device a = device(person);
  const Device b = device(person, -1);
  add_device(*store_, a);
  add_device(*store_, b);
  add_device(*store_, device(new_uuid()));
  {
    auto tx = begin(*store_);
    const auto again = tx->insert_device(a);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::device_exists);
  }
  {
    auto tx = begin(*store_);
    must(tx->set_device_last_seq(a.id, 42), "last_seq");
    must(tx->revoke_device(b.id, 5000), "revoke");
    must(tx->commit(), "commit");
  }
  auto tx = begin(*store_);
  const auto read_a = must(tx->device(a.id), "device a");
  ASSERT_TRUE(read_a.has_value());
  EXPECT_EQ(read_a->person_id, person);
  EXPECT_EQ(read_a->secret_hash, a.secret_hash);
  EXPECT_EQ(read_a->last_seq, 42);
  EXPECT_EQ(read_a->created_at, 1000);
  EXPECT_EQ(read_a->revoked_at, 0);
  EXPECT_EQ(must(tx->device(b.id), "device b")->revoked_at, 5000);
  EXPECT_FALSE(must(tx->device(new_uuid()), "unknown").has_value());
  auto mine = must(tx->devices_of(person), "devices_of");
  ASSERT_EQ(mine.size(), 2u);
  std::set<std::string> ids{mine[0].id, mine[1].id};
  EXPECT_EQ(ids, (std::set<std::string>{a.id, b.id}));
  EXPECT_TRUE(must(tx->devices_of(new_uuid()), "nobody's").empty());
}

TEST_P(StoreContract, AnInviteReadsBackWholeAndIsMarkedUsed) {
  Invite invite;
  invite.code_hash = std::string(64, 'e');
  invite.family_id = kith::testing::kFamilyId;
  invite.person_id = new_uuid();
  invite.role = v1::ROLE_NETWORK;
  invite.display_name = "Nan Begum \xd9\x86\xd8\xa7\xd9\x86";  // with Urdu script
  invite.created_by = kith::testing::kCoordinatorId;
  invite.created_at = 100;
  invite.expires_at = 100 + 3 * 86400;
  {
    auto tx = begin(*store_);
    must(tx->insert_invite(invite), "insert_invite");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    const auto read = must(tx->invite(invite.code_hash), "invite");
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->family_id, invite.family_id);
    EXPECT_EQ(read->person_id, invite.person_id);
    EXPECT_EQ(read->role, v1::ROLE_NETWORK);
    EXPECT_EQ(read->display_name, invite.display_name);
    EXPECT_EQ(read->created_by, invite.created_by);
    EXPECT_EQ(read->created_at, 100);
    EXPECT_EQ(read->expires_at, invite.expires_at);
    EXPECT_EQ(read->used_at, 0);
    EXPECT_FALSE(must(tx->invite(std::string(64, 'f')), "unknown").has_value());
    must(tx->mark_invite_used(invite.code_hash, 777), "mark_invite_used");
    must(tx->commit(), "commit");
  }
  auto other = open_other();
  auto tx = begin(*other);
  EXPECT_EQ(must(tx->invite(invite.code_hash), "used invite")->used_at, 777);
}

TEST_P(StoreContract, ARejectionIsRememberedPerDeviceAndSeq) {
  const std::string phone = new_uuid();
  const std::string tablet = new_uuid();
  {
    auto tx = begin(*store_);
    must(tx->add_rejection(phone, 5, {ErrorCode::forbidden, "You may not change this.", "plan"}),
         "add_rejection");
    must(tx->commit(), "commit");
  }
  auto tx = begin(*store_);
  const auto seen = must(tx->rejection(phone, 5), "rejection");
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->code, ErrorCode::forbidden);
  EXPECT_EQ(seen->message, "You may not change this.");
  EXPECT_EQ(seen->field, "plan");
  EXPECT_FALSE(must(tx->rejection(phone, 6), "another seq").has_value());
  EXPECT_FALSE(must(tx->rejection(tablet, 5), "another device").has_value());
}

// --- The audit log ---------------------------------------------------------------------------

TEST_P(StoreContract, TheAuditLogKeepsItsOrderAndPagesByID) {
  {
    auto tx = begin(*store_);
    must(tx->audit({1, "p1", "d1", "pull", "f", "family:f", "plan", "r1", "ok", "", 3}), "audit 1");
    must(tx->audit({2, "p2", "", "admin:invite", "", "", "", "", "ok", "", 0}), "audit 2");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    must(tx->audit({3, "p3", "d3", "push", "f", "s", "k", "r", "refused", "forbidden", 1}),
         "audit 3");
    must(tx->commit(), "commit");
  }
  {
    auto tx = begin(*store_);
    must(tx->audit({4, "p4", "", "never", "", "", "", "", "ok", "", 0}), "rolled back");
  }
  const auto all = must(store_->audit_log(0, 100), "audit_log");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].action, "pull");
  EXPECT_EQ(all[0].at, 1);
  EXPECT_EQ(all[0].person_id, "p1");
  EXPECT_EQ(all[0].device_id, "d1");
  EXPECT_EQ(all[0].family_id, "f");
  EXPECT_EQ(all[0].scope, "family:f");
  EXPECT_EQ(all[0].kind, "plan");
  EXPECT_EQ(all[0].record_id, "r1");
  EXPECT_EQ(all[0].count, 3);
  EXPECT_EQ(all[1].action, "admin:invite");
  EXPECT_EQ(all[2].outcome, "refused");
  EXPECT_EQ(all[2].code, "forbidden");
  const auto first_two = must(store_->audit_log(0, 2), "limit");
  ASSERT_EQ(first_two.size(), 2u);
  EXPECT_EQ(first_two[1].action, "admin:invite");
  const auto after_first = must(store_->audit_log(1, 100), "after_id");
  ASSERT_EQ(after_first.size(), 2u);
  EXPECT_EQ(after_first[0].action, "admin:invite");
  EXPECT_TRUE(must(store_->audit_log(3, 100), "after the last").empty());
}

TEST_P(StoreContract, TheAuditLogCannotBeChangedOrDeletedEvenWithRawSql) {
  {
    auto tx = begin(*store_);
    must(tx->audit({1, "p", "d", "pull", "f", "s", "", "", "ok", "", 3}), "audit");
    must(tx->commit(), "commit");
  }
  // The store has no call that edits it, and the database refuses it too.
  const auto attempts = backend_->tamper_with_audit();
  ASSERT_GE(attempts.size(), 3u);
  EXPECT_TRUE(attempts[0].second) << "the raw connection could not even read: " << attempts[0].first;
  for (std::size_t i = 1; i < attempts.size(); ++i) {
    EXPECT_FALSE(attempts[i].second) << "the database accepted " << attempts[i].first;
  }
  const auto log = must(store_->audit_log(0, 10), "audit_log");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].outcome, "ok");
}

// --- The epoch, the token key, the integrity check -------------------------------------------

TEST_P(StoreContract, ANewEpochResetsEveryDeviceAndOutlivesAReopen) {
  const std::string first = store_->epoch();
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(store_->token_key().size(), 32u);
  const Device a = device(new_uuid(), 5);
  const Device b = device(new_uuid(), 7);
  add_device(*store_, a);
  add_device(*store_, b);

  const std::string second = must(store_->new_epoch(), "new_epoch");
  EXPECT_NE(second, first);
  EXPECT_FALSE(second.empty());
  EXPECT_EQ(store_->epoch(), second);
  {
    auto tx = begin(*store_);
    EXPECT_EQ(must(tx->device(a.id), "a")->last_seq, -1);
    EXPECT_EQ(must(tx->device(b.id), "b")->last_seq, -1);
  }
  auto reopened = open_other();
  EXPECT_EQ(reopened->epoch(), second);
  EXPECT_TRUE(reopened->token_key() == store_->token_key());  // the same across processes
  auto tx = begin(*reopened);
  EXPECT_EQ(must(tx->device(a.id), "a after reopening")->last_seq, -1);
}

TEST_P(StoreContract, AHealthyStorePassesItsCheck) {
  write(sample(Record::kPlan));
  write(sample(Record::kMembership));
  auto checked = store_->check();
  EXPECT_TRUE(checked) << checked.error().describe();
}

// --- Concurrency: two processes, several threads ---------------------------------------------

TEST_P(StoreContract, ManyWritersToOneScopeGetEverySeqOnceAndReadersNeverSeeAGap) {
  constexpr int kThreads = 4;
  constexpr int kWrites = 25;
  auto other = open_other();
  ServerStore* stores[2] = {store_.get(), other.get()};
  const std::string scope = "family:" + kith::testing::kFamilyId;

  std::latch start(kThreads + 1);
  std::atomic<bool> writing{true};
  std::mutex errors_mutex;
  std::vector<std::string> errors;
  auto report = [&](std::string what) {
    const std::lock_guard lock(errors_mutex);
    errors.push_back(std::move(what));
  };

  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      ServerStore& store = *stores[t % 2];
      start.arrive_and_wait();
      for (int i = 0; i < kWrites; ++i) {
        const Record r = sample(Record::kPlan);
        auto tx = store.begin();
        if (!tx) return report("begin: " + tx.error().describe());
        auto seq = (*tx)->write(scope, kith::testing::kFamilyId, Record::kPlan,
                                domain::record_id(r), domain::encode(r), 100);
        if (!seq) return report("write: " + seq.error().describe());
        if (auto done = (*tx)->commit(); !done) return report("commit: " + done.error().describe());
      }
    });
  }
  // A reader on the second process: whatever it sees must be 1..k with nothing missing, because
  // a device whose cursor passed a gap would never receive the change that fills it.
  int reads = 0;
  std::thread reader([&] {
    start.arrive_and_wait();
    while (writing.load()) {
      auto tx = other->begin();
      if (!tx) return report("reader begin: " + tx.error().describe());
      auto seen = (*tx)->changes(scope, 0, kThreads * kWrites + 10);
      if (!seen) return report("reader changes: " + seen.error().describe());
      tx->reset();
      for (std::size_t i = 0; i < seen->size(); ++i) {
        if ((*seen)[i].seq != static_cast<std::int64_t>(i) + 1) {
          return report("a reader saw seq " + std::to_string((*seen)[i].seq) + " at place " +
                        std::to_string(i + 1) + ": a gap");
        }
      }
      ++reads;
      std::this_thread::sleep_for(1ms);
    }
  });
  const auto began = std::chrono::steady_clock::now();
  for (auto& w : writers) w.join();
  const auto took = std::chrono::steady_clock::now() - began;
  writing = false;
  reader.join();
  for (const auto& e : errors) ADD_FAILURE() << e;

  auto tx = begin(*store_);
  const auto all = must(tx->changes(scope, 0, 1000), "changes");
  ASSERT_EQ(all.size(), static_cast<std::size_t>(kThreads * kWrites));
  for (std::size_t i = 0; i < all.size(); ++i) {
    ASSERT_EQ(all[i].seq, static_cast<std::int64_t>(i) + 1) << "seqs must be 1..N*M, in order";
  }
  std::set<std::string> ids;
  for (const auto& r : all) ids.insert(r.id);
  EXPECT_EQ(ids.size(), all.size());
  EXPECT_EQ(must(tx->head(scope), "head")->last_seq, kThreads * kWrites);
  std::cout << "[ measured ] " << GetParam() << ": " << kThreads * kWrites << " writes from "
            << kThreads << " threads on 2 stores in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms; "
            << reads << " reads saw no gap\n";
}

// The push pattern of two servers handed the same retried push at once: read the device's
// last_seq, apply the change if it is new, record the seq, commit.
TEST_P(StoreContract, TheSamePushOnTwoProcessesAtOnceAppliesOnce) {
  auto other = open_other();
  ServerStore* stores[2] = {store_.get(), other.get()};
  const Device phone = device(kith::testing::kParentId, 0);
  add_device(*store_, phone);
  Record plan = sample(Record::kPlan);
  const std::string scope = scope_of(plan);
  write(plan);  // seq 1

  constexpr int kRounds = 8;
  int failed = 0;
  int skipped = 0;
  std::mutex why_mutex;
  std::string why;  // the last failure, as the store said it
  for (int k = 1; k <= kRounds; ++k) {
    plan.mutable_plan()->mutable_title()->set_text("Version " + std::to_string(k));
    const std::string body = domain::encode(plan);
    std::latch start(2);
    std::atomic<int> applied{0};
    std::atomic<int> saw_done{0};
    std::atomic<int> errors{0};
    auto fail_with = [&](const Error& error) {
      ++errors;
      const std::lock_guard lock(why_mutex);
      why = error.describe();
    };
    std::vector<std::thread> servers;
    for (ServerStore* store : stores) {
      servers.emplace_back([&, store] {
        start.arrive_and_wait();
        auto tx = store->begin();
        if (!tx) return fail_with(tx.error());
        auto dev = (*tx)->device(phone.id);
        if (!dev) return fail_with(dev.error());
        if (!*dev) return fail_with({ErrorCode::not_found, "The device is missing."});
        // Hold the read a moment, so that the other server's read comes while this one is open.
        std::this_thread::sleep_for(30ms);
        if ((*dev)->last_seq >= k) return void(++saw_done);
        if (auto w = (*tx)->write(scope, kith::testing::kFamilyId, Record::kPlan,
                                  domain::record_id(plan), body, 100 + k, phone.id);
            !w) {
          return fail_with(w.error());
        }
        if (auto set = (*tx)->set_device_last_seq(phone.id, k); !set) return fail_with(set.error());
        if (auto done = (*tx)->commit(); !done) return fail_with(done.error());
        ++applied;
      });
    }
    for (auto& s : servers) s.join();
    EXPECT_EQ(applied.load(), 1) << "round " << k << ": the push must be applied exactly once ("
                                 << saw_done << " saw it done, " << errors << " failed)";
    failed += errors;
    skipped += saw_done;
    auto tx = begin(*store_);
    EXPECT_EQ(must(tx->device(phone.id), "device")->last_seq, k);
    const auto stored = must(tx->record(Record::kPlan, domain::record_id(plan)), "record");
    EXPECT_EQ(stored->seq, 1 + k) << "round " << k << ": the record's seq must move once";
    EXPECT_EQ(stored->body, body);
    EXPECT_EQ(must(tx->head(scope), "head")->last_seq, 1 + k);
  }
  std::cout << "[ measured ] " << GetParam() << ": " << kRounds << " races: the loser saw the push "
            << "done " << skipped << " times and failed " << failed << " times"
            << (why.empty() ? "" : " (" + why + ")") << "\n";
}

TEST_P(StoreContract, AnInviteUsedByTwoProcessesAtOnceIsUsedOnce) {
  auto other = open_other();
  ServerStore* stores[2] = {store_.get(), other.get()};
  constexpr int kRounds = 5;
  int total = 0;
  for (int round = 0; round < kRounds; ++round) {
    Invite invite{to_hex(std::vector<std::uint8_t>(32, static_cast<std::uint8_t>(round))),
                  kith::testing::kFamilyId, new_uuid(), v1::ROLE_PARENT, "Amina", kith::testing::kCoordinatorId,
                  10, 10'000, 0};
    {
      auto tx = begin(*store_);
      must(tx->insert_invite(invite), "insert_invite");
      must(tx->commit(), "commit");
    }
    std::latch start(2);
    std::atomic<int> succeeded{0};
    std::vector<std::thread> servers;
    for (int s = 0; s < 2; ++s) {
      servers.emplace_back([&, s] {
        start.arrive_and_wait();
        auto tx = stores[s]->begin();
        if (!tx) return;
        auto seen = (*tx)->invite(invite.code_hash);
        if (!seen || !*seen) return;
        std::this_thread::sleep_for(30ms);
        if ((*seen)->used_at != 0) return;  // invite_used
        if (!(*tx)->mark_invite_used(invite.code_hash, 500 + s) || !(*tx)->commit()) return;
        ++succeeded;
      });
    }
    for (auto& s : servers) s.join();
    EXPECT_LE(succeeded.load(), 1) << "round " << round << ": an invite enrolled two devices";
    total += succeeded;
    auto tx = begin(*store_);
    const auto used = must(tx->invite(invite.code_hash), "invite")->used_at;
    if (succeeded == 1) {
      EXPECT_NE(used, 0);
    }
  }
  std::cout << "[ measured ] " << GetParam() << ": " << total << " of " << kRounds
            << " contested invites were used (at most one use each)\n";
}

// --- Another process's commit is noticed -----------------------------------------------------

TEST_P(StoreContract, AnotherProcessesCommitIsNoticed) {
  auto other = open_other();
  if (!postgres()) {
    // SQLCipher: changed_elsewhere() says so once.
    EXPECT_FALSE(must(store_->changed_elsewhere(), "changed_elsewhere"));
    {
      auto tx = begin(*other);
      (void)must(tx->write("family:" + kith::testing::kFamilyId, kith::testing::kFamilyId,
                           Record::kPlan, new_uuid(), std::string("x"), 1),
                 "write");
    }  // rolled back: nothing to notice
    EXPECT_FALSE(must(store_->changed_elsewhere(), "after a rollback"));
    write(*other, sample(Record::kPlan));
    EXPECT_TRUE(must(store_->changed_elsewhere(), "after the commit"));
    EXPECT_FALSE(must(store_->changed_elsewhere(), "asked again"));
    return;
  }

  // PostgreSQL: the listener hears a scope move and access changes within a second.
  Heard heard;
  store_->set_listener(heard.listener());
  // The store starts listening on a thread of its own: wait until it hears a first change (in a
  // family of its own) before timing anything.
  bool listening = false;
  for (int probe = 0; probe < 20 && !listening; ++probe) {
    Record r = sample(Record::kPlan);
    r.mutable_plan()->set_family_id(new_uuid());
    const auto probe_seq = write(*other, r);
    listening = heard.wait_for(
        [&](const StoreEvent& e) { return is_scope_moved(e, scope_of(r), probe_seq); }, 500ms);
  }
  ASSERT_TRUE(listening) << "the listener heard nothing of 20 commits in 10 seconds";
  std::this_thread::sleep_for(100ms);  // anything else the probe caused has arrived
  heard.clear();
  const Record plan = sample(Record::kPlan);
  const std::string scope = scope_of(plan);
  write(*other, plan);
  const auto committed = std::chrono::steady_clock::now();
  EXPECT_TRUE(heard.wait_for([&](const StoreEvent& e) { return is_scope_moved(e, scope, 1); }, 1s))
      << "no scope_moved(" << scope << ", 1) within a second of the other store's commit";
  const auto latency = std::chrono::steady_clock::now() - committed;
  for (const auto& e : heard.events()) {
    if (e.type == StoreEvent::Type::scope_moved && e.scope == scope) {
      EXPECT_EQ(e.family_id, kith::testing::kFamilyId);
    }
  }

  heard.clear();
  {
    auto tx = begin(*other);
    must(tx->put_account({new_uuid(), "kim", "", true, 1}), "an account");
    must(tx->commit(), "commit");
  }
  EXPECT_TRUE(heard.wait_for(is_access_changed, 1s)) << "no access_changed after an account";

  heard.clear();
  add_device(*other, device(kith::testing::kParentId));
  EXPECT_TRUE(heard.wait_for(is_access_changed, 1s)) << "no access_changed after a new device";

  heard.clear();
  {
    auto tx = begin(*other);
    must(tx->revoke_device(must(tx->devices_of(kith::testing::kParentId), "devices")[0].id, 9),
         "revoke");
    must(tx->commit(), "commit");
  }
  EXPECT_TRUE(heard.wait_for(is_access_changed, 1s)) << "no access_changed after a revocation";

  heard.clear();
  const Record membership = sample(Record::kMembership);
  const auto seq = write(*other, membership);
  EXPECT_TRUE(heard.wait_for(is_access_changed, 1s)) << "no access_changed after a membership";
  EXPECT_TRUE(heard.wait_for(
      [&](const StoreEvent& e) { return is_scope_moved(e, scope_of(membership), seq); }, 1s));

  // A transaction that rolls back notifies nothing.
  heard.clear();
  {
    auto tx = begin(*other);
    (void)must(tx->write(scope, kith::testing::kFamilyId, Record::kPlan, new_uuid(),
                         std::string("x"), 1),
               "write");
    must(tx->put_account({new_uuid(), "lee", "", true, 1}), "account");
  }
  std::this_thread::sleep_for(500ms);
  for (const auto& e : heard.events()) {
    EXPECT_NE(e.type, StoreEvent::Type::scope_moved) << "a rolled-back write was announced";
    EXPECT_NE(e.type, StoreEvent::Type::access_changed) << "a rolled-back account was announced";
  }
  store_->set_listener({});
  std::cout << "[ measured ] postgres: scope_moved heard "
            << std::chrono::duration_cast<std::chrono::microseconds>(latency).count()
            << " us after the other store's commit returned\n";
}

// --- Bad input: a specific error, and nothing harmed -----------------------------------------

TEST_P(StoreContract, InitTwiceIsRefusedAndHarmsNothing) {
  write(sample(Record::kPlan));
  const std::string epoch = store_->epoch();
  const auto again = backend_->init();
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::store_exists);
  EXPECT_FALSE(again.error().message.empty());
  auto reopened = open_other();
  EXPECT_EQ(reopened->epoch(), epoch);
  auto tx = begin(*reopened);
  EXPECT_EQ(must(tx->head("family:" + kith::testing::kFamilyId), "head")->last_seq, 1);
}

TEST_P(StoreContract, AnotherKeyIsStoreDamaged) {
  write(sample(Record::kPlan));
  ::setenv("KITH_SERVER_KEY", kOtherKey, 1);
  auto wrong = backend_->open();
  backend_->use_key();
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::store_damaged) << wrong.error().describe();
  EXPECT_FALSE(wrong.error().message.empty());
  // The right key still opens it, whole.
  auto right = open_other();
  auto tx = begin(*right);
  EXPECT_EQ(must(tx->head("family:" + kith::testing::kFamilyId), "head")->last_seq, 1);
}

TEST_P(StoreContract, OpeningWhereNoStoreIsIsStoreNotFound) {
  auto empty = make_backend(GetParam());
  empty->use_key();
  const auto opened = empty->open();
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::store_not_found) << opened.error().describe();
  EXPECT_NE(opened.error().message.find("init"), std::string::npos)
      << "the sentence should say to run kith-admin init: " << opened.error().message;
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

// --- PostgreSQL only ---------------------------------------------------------------------------

class PostgresStore : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("KITH_SERVER_KEY", kTestKey, 1); }
  void TearDown() override { ::unsetenv("KITH_SERVER_KEY"); }

  void make() {
    auto said = init_postgres_store(db_.conninfo());
    ASSERT_TRUE(said) << said.error().describe();
  }
  void set_schema_version(const std::string& expression) {
    must(pg_query(db_.conninfo(), "UPDATE kith.meta SET value = (" + expression +
                                      ")::text WHERE key = 'schema_version'"),
         "changing schema_version");
  }

  TempDatabase db_;
};

TEST_F(PostgresStore, InitSaysWhatItDid) {
  auto said = init_postgres_store(db_.conninfo());
  ASSERT_TRUE(said) << said.error().describe();
  EXPECT_FALSE(said->empty());
  const auto version = must(pg_query(db_.conninfo(), "SELECT value FROM kith.meta WHERE key = "
                                                     "'schema_version'"),
                            "schema_version");
  ASSERT_EQ(version.size(), 1u);
  EXPECT_GE(std::stoi(version[0][0]), 1);
}

TEST_F(PostgresStore, AnUnreachableServerIsUnavailableWithASentence) {
  TempDir nothing_listens;
  const auto opened =
      open_postgres_store("host=" + nothing_listens.path() + " dbname=kith user=kith");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::unavailable) << opened.error().describe();
  EXPECT_GT(opened.error().message.size(), 20u);
  const auto made = init_postgres_store("host=" + nothing_listens.path() + " dbname=kith user=kith");
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ErrorCode::unavailable) << made.error().describe();
}

TEST_F(PostgresStore, AnOlderSchemaIsStoreTooOldAndANewerOneStoreTooNew) {
  make();
  set_schema_version("value::int - 1");
  auto old = open_postgres_store(db_.conninfo());
  ASSERT_FALSE(old);
  EXPECT_EQ(old.error().code, ErrorCode::store_too_old) << old.error().describe();
  EXPECT_NE(old.error().message.find("init"), std::string::npos)
      << "the sentence should say to run kith-admin init: " << old.error().message;

  set_schema_version("value::int + 2");  // one past the current
  auto newer = open_postgres_store(db_.conninfo());
  ASSERT_FALSE(newer);
  EXPECT_EQ(newer.error().code, ErrorCode::store_too_new) << newer.error().describe();
  auto init_newer = init_postgres_store(db_.conninfo());
  ASSERT_FALSE(init_newer) << "init must not touch a store made by a newer Kith";
  EXPECT_EQ(init_newer.error().code, ErrorCode::store_too_new) << init_newer.error().describe();
}

TEST_F(PostgresStore, InitOrOpenWithoutTheKeyIsInvalidArgument) {
  ::unsetenv("KITH_SERVER_KEY");
  const auto made = init_postgres_store(db_.conninfo());
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(made.error().message.find("KITH_SERVER_KEY"), std::string::npos)
      << made.error().message;
  // Nothing was made.
  const auto schemas = must(pg_query(db_.conninfo(), "SELECT 1 FROM pg_namespace WHERE nspname = "
                                                     "'kith'"),
                            "looking for the schema");
  EXPECT_TRUE(schemas.empty());
  ::setenv("KITH_SERVER_KEY", "not hex", 1);
  EXPECT_EQ(code_of(init_postgres_store(db_.conninfo())), ErrorCode::invalid_argument);
  ::setenv("KITH_SERVER_KEY", kTestKey, 1);
  make();
  ::unsetenv("KITH_SERVER_KEY");
  EXPECT_EQ(code_of(open_postgres_store(db_.conninfo())), ErrorCode::invalid_argument);
}

// The database and its backups hold no personal data in the clear: a canary written through the
// store is found nowhere in any table, read as text or as the bytes of any bytea column.
TEST_F(PostgresStore, AnInviteCodesHashIsKeyedSoACopiedDatabaseCannotTryEveryCode) {
  make();
  auto store = must(open_postgres_store(db_.conninfo()), "open");
  const std::string code_hash(64, 'e');  // what the service looks an invite up by: SHA-256 of the code
  {
    auto tx = must(store->begin(), "begin");
    must(tx->insert_invite({code_hash, kith::testing::kFamilyId, new_uuid(), v1::ROLE_PARENT,
                            "Ffion", kith::testing::kCoordinatorId, 1, 2, 0}),
         "invite");
    must(tx->commit(), "commit");
  }
  const auto stored = must(pg_query(db_.conninfo(), "SELECT code_hash FROM kith.invites"), "read");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_NE(stored[0][0], code_hash);  // not the plain hash, which 2^50 tries would find
  EXPECT_EQ(stored[0][0].size(), 64u);
  auto tx = must(store->begin(), "begin");
  EXPECT_EQ(must(tx->invite(code_hash), "invite")->code_hash, code_hash);  // found by the store
  must(tx->mark_invite_used(code_hash, 5), "used");
  EXPECT_EQ(tx->mark_invite_used(code_hash, 6).error().code, ErrorCode::invite_used);
}

TEST_F(PostgresStore, PersonalDataIsSealedInEveryTable) {
  make();
  auto store = must(open_postgres_store(db_.conninfo()), "open");
  const std::string canary = "CANARY-7c1f-Ffion";
  Record plan = sample(Record::kPlan);
  kith::testing::fill_text(plan, canary);
  const std::string body = domain::encode(plan);
  ASSERT_NE(body.find(canary), std::string::npos);  // the canary is in the body, in the clear
  Invite invite{std::string(64, 'd'), kith::testing::kFamilyId, new_uuid(), v1::ROLE_PARENT,
                "Ffion " + canary, kith::testing::kCoordinatorId, 1, 2, 0};
  {
    auto tx = must(store->begin(), "begin");
    (void)must(tx->write(scope_of(plan), kith::testing::kFamilyId, Record::kPlan,
                         domain::record_id(plan), body, 100),
               "write");
    must(tx->insert_invite(invite), "invite");
    must(tx->commit(), "commit");
  }
  {
    auto tx = must(store->begin(), "begin");
    EXPECT_EQ(must(tx->record(Record::kPlan, domain::record_id(plan)), "record")->body, body);
    EXPECT_EQ(must(tx->invite(invite.code_hash), "invite")->display_name, invite.display_name);
  }

  const auto tables = must(pg_query(db_.conninfo(), "SELECT table_name FROM information_schema."
                                                    "tables WHERE table_schema = 'kith' ORDER BY 1"),
                           "listing kith's tables");
  std::set<std::string> names;
  for (const auto& row : tables) names.insert(row[0]);
  for (const char* expected : {"meta", "records", "invites", "audit", "accounts", "devices",
                               "scopes", "memberships", "rejections"}) {
    EXPECT_TRUE(names.count(expected)) << "kith." << expected << " is missing";
  }
  const std::string canary_hex =
      to_hex(std::span(reinterpret_cast<const std::uint8_t*>(canary.data()), canary.size()));
  bool saw_record_id = false;  // the scan reads the rows: the record's id is stored in the clear
  for (const auto& table : names) {
    const auto rows = must(pg_query(db_.conninfo(), "SELECT t::text FROM kith." + table + " t"),
                           "reading a table as text");
    for (const auto& row : rows) {
      EXPECT_EQ(row[0].find(canary), std::string::npos) << "kith." << table << ": " << row[0];
      EXPECT_EQ(row[0].find(canary_hex), std::string::npos) << "kith." << table << " (as hex)";
      if (row[0].find(domain::record_id(plan)) != std::string::npos) saw_record_id = true;
    }
  }
  EXPECT_TRUE(saw_record_id) << "the scan never saw the record's id: it is not reading the rows";
  const auto bytea_columns = must(pg_query(db_.conninfo(),
                                           "SELECT table_name, column_name FROM information_schema."
                                           "columns WHERE table_schema = 'kith' AND data_type = "
                                           "'bytea'"),
                                  "listing bytea columns");
  EXPECT_FALSE(bytea_columns.empty());
  for (const auto& column : bytea_columns) {
    const auto rows = must(pg_query(db_.conninfo(), "SELECT encode(" + column[1] + ", 'escape') FROM kith." +
                                                        column[0] + " WHERE " + column[1] +
                                                        " IS NOT NULL"),
                           "reading a bytea column");
    for (const auto& row : rows) {
      EXPECT_EQ(row[0].find(canary), std::string::npos)
          << "kith." << column[0] << "." << column[1] << " holds the canary in the clear";
    }
  }
}

}  // namespace
}  // namespace kith::server
