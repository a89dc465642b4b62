// The SQLCipher server store: keys, sequences, tombstones, the membership index, the audit log.

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>

#include "kith/bytes.hpp"
#include "kith/sqlite/sqlite.hpp"
#include "samples.hpp"
#include "server_store.hpp"

namespace kith::server {
namespace {

using domain::Record;
using kith::testing::sample;
using kith::testing::TempDir;

class ServerStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("KITH_SERVER_KEY");
    ASSERT_TRUE(init_sqlite_store(dir_.path()));
    auto store = open_sqlite_store(dir_.path());
    ASSERT_TRUE(store) << store.error().describe();
    store_ = std::move(*store);
  }

  std::int64_t write(const Record& r, std::int64_t at = 100) {
    auto tx = store_->begin();
    EXPECT_TRUE(tx);
    auto scope = domain::scope_for(r);
    auto seq = (*tx)->write(scope->to_string(), domain::record_family_id(r), r.body_case(),
                            domain::record_id(r), domain::encode(r), at);
    EXPECT_TRUE(seq) << seq.error().describe();
    EXPECT_TRUE((*tx)->commit());
    return *seq;
  }

  TempDir dir_;
  std::unique_ptr<ServerStore> store_;
};

TEST_F(ServerStoreTest, InitMakesAPrivateKeyAndRefusesToOverwrite) {
  struct stat st {};
  ASSERT_EQ(::stat((dir_.path() + "/server.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(init_sqlite_store(dir_.path()).error().code, ErrorCode::store_exists);
  EXPECT_FALSE(store_->epoch().empty());
  EXPECT_EQ(store_->token_key().size(), 32u);
}

TEST_F(ServerStoreTest, AWrongKeyIsAClearErrorAndAnOpenKeyFileIsRefused) {
  store_.reset();
  ::setenv("KITH_SERVER_KEY", std::string(64, 'a').c_str(), 1);
  auto wrong = open_sqlite_store(dir_.path());
  ::unsetenv("KITH_SERVER_KEY");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::store_damaged);
  ::chmod((dir_.path() + "/server.key").c_str(), 0644);
  auto open_key = open_sqlite_store(dir_.path());
  ASSERT_FALSE(open_key);
  EXPECT_NE(open_key.error().message.find("chmod 600"), std::string::npos);
  TempDir empty;
  EXPECT_EQ(open_sqlite_store(empty.path()).error().code, ErrorCode::store_not_found);
}

TEST_F(ServerStoreTest, EachScopeCountsItsOwnChangesAndARecordSitsAtItsLatest) {
  const Record plan = sample(Record::kPlan);
  EXPECT_EQ(write(plan), 1);
  EXPECT_EQ(write(sample(Record::kScaleScore)), 2);
  EXPECT_EQ(write(sample(Record::kContactLog)), 1);  // another scope
  EXPECT_EQ(write(plan), 3);
  auto tx = store_->begin();
  const auto changes = *(*tx)->changes(domain::scope_for(plan)->to_string(), 0, 10);
  ASSERT_EQ(changes.size(), 2u);  // the plan once, at its newer seq
  EXPECT_EQ(changes[0].seq, 2);
  EXPECT_EQ(changes[1].seq, 3);
  EXPECT_EQ(changes[1].id, domain::record_id(plan));
}

TEST_F(ServerStoreTest, PruningTombstonesRaisesTheHorizon) {
  const Record plan = sample(Record::kPlan);
  const std::string scope = domain::scope_for(plan)->to_string();
  write(plan, 100);
  {
    auto tx = store_->begin();
    ASSERT_TRUE((*tx)->write(scope, kith::testing::kFamilyId, Record::kPlan, domain::record_id(plan),
                             std::nullopt, 200));
    ASSERT_TRUE((*tx)->commit());
  }
  EXPECT_EQ(*store_->prune_tombstones(150), 0);
  EXPECT_EQ(*store_->prune_tombstones(250), 1);
  auto tx = store_->begin();
  EXPECT_EQ((*(*tx)->head(scope))->horizon, 2);
  EXPECT_FALSE((*(*tx)->record(Record::kPlan, domain::record_id(plan))).has_value());
}

TEST_F(ServerStoreTest, MembershipRecordsKeepTheIndex) {
  Record m = sample(Record::kMembership);
  write(m);
  auto state = store_->load_access();
  ASSERT_EQ(state->memberships.size(), 1u);
  EXPECT_TRUE(state->memberships[0].active);
  m.mutable_membership()->set_ended_on("2026-12-01");
  write(m);
  state = store_->load_access();
  ASSERT_EQ(state->memberships.size(), 1u);
  EXPECT_FALSE(state->memberships[0].active);
}

TEST_F(ServerStoreTest, TheAuditLogCannotBeChangedOrDeleted) {
  {
    auto tx = store_->begin();
    ASSERT_TRUE((*tx)->audit({1, "p", "d", "pull", "f", "s", "", "", "ok", "", 3}));
    ASSERT_TRUE((*tx)->commit());
  }
  ASSERT_EQ(store_->audit_log(0, 10)->size(), 1u);
  // The store has no call that edits it, and the database refuses it too: triggers stop an
  // UPDATE or DELETE made with the key and a SQL prompt.
  std::ifstream key_file(dir_.path() + "/server.key");
  std::string hex;
  key_file >> hex;
  auto raw = from_hex(hex);
  ASSERT_TRUE(raw);
  auto db = sql::Connection::open(dir_.path() + "/kith-server.db", SecretBytes(std::span(*raw)),
                                  false, 1024);
  ASSERT_TRUE(db) << db.error().describe();
  EXPECT_FALSE(db->exec("UPDATE audit SET outcome = 'refused'"));
  EXPECT_FALSE(db->exec("DELETE FROM audit"));
  EXPECT_EQ(store_->audit_log(0, 10)->front().outcome, "ok");
}

TEST_F(ServerStoreTest, AnotherProcessWritingIsNoticed) {
  EXPECT_FALSE(*store_->changed_elsewhere());
  {
    auto other = open_sqlite_store(dir_.path());
    ASSERT_TRUE(other);
    auto tx = (*other)->begin();
    ASSERT_TRUE((*tx)->put_account({new_uuid(), "kim", "", true, 1}));
    ASSERT_TRUE((*tx)->commit());
  }
  EXPECT_TRUE(*store_->changed_elsewhere());
  EXPECT_FALSE(*store_->changed_elsewhere());
}

}  // namespace
}  // namespace kith::server
