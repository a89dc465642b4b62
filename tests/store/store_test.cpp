#include <google/protobuf/util/message_differencer.h>

#include "kith/bytes.hpp"
#include "store_fixture.hpp"

namespace kith::store {
namespace {

using domain::Kind;
using domain::Record;
using google::protobuf::util::MessageDifferencer;
using testing::kFamilyId;
using testing::kVolunteerId;
using testing::sample;

TEST_F(StoreTest, EveryKindRoundTrips) {
  Store store = make();
  std::vector<Record> records = testing::sample_of_every_kind();
  for (Record& r : records) testing::fill_text(r, "round trip ✓ خاندان");
  ASSERT_TRUE(store.put(records));
  for (const Record& r : records) {
    auto back = store.get(r.body_case(), domain::record_id(r));
    ASSERT_TRUE(back && back->has_value()) << domain::kind_name(r.body_case());
    EXPECT_TRUE(MessageDifferencer::Equals(**back, r)) << domain::kind_name(r.body_case());
  }
  // And after closing and unlocking again.
  store = std::move(*unlock());
  for (const Record& r : records) {
    auto back = store.get(r.body_case(), domain::record_id(r));
    ASSERT_TRUE(back && back->has_value());
    EXPECT_TRUE(MessageDifferencer::Equals(**back, r));
  }
  EXPECT_EQ(*store.count({}), static_cast<std::int64_t>(records.size()));
}

TEST_F(StoreTest, ListFiltersByKindFamilyAndScope) {
  Store store = make();
  Record mine = sample(Record::kContactLog);
  Record other = sample(Record::kContactLog);
  other.mutable_contact_log()->set_family_id(testing::kOtherFamilyId);
  Record concern = sample(Record::kConcern);
  ASSERT_TRUE(store.put(std::vector{mine, other, concern}));
  EXPECT_EQ(store.list({.kind = Record::kContactLog})->size(), 2u);
  EXPECT_EQ(store.list({.kind = Record::kContactLog, .family_id = kFamilyId})->size(), 1u);
  const std::string staff = domain::Scope::staff(kFamilyId).to_string();
  auto in_staff = store.list({.scope = staff});
  ASSERT_EQ(in_staff->size(), 1u);
  EXPECT_TRUE(in_staff->front().has_concern());
}

TEST_F(StoreTest, PutWritesTheOutboxInTheSameTransaction) {
  Store store = make();
  const Record a = sample(Record::kScaleScore);
  const Record b = sample(Record::kFeedback);
  auto seqs = store.put(std::vector{a, b});
  ASSERT_TRUE(seqs);
  auto outbox = store.outbox();
  ASSERT_EQ(outbox->size(), 2u);
  EXPECT_EQ((*outbox)[0].seq, (*seqs)[0]);
  EXPECT_EQ((*outbox)[0].record_id, domain::record_id(a));
  EXPECT_EQ((*outbox)[0].op, Op::put);
  EXPECT_EQ((*outbox)[0].scope, domain::Scope::family(kFamilyId).to_string());
  EXPECT_EQ((*outbox)[1].scope,
            domain::Scope::person(kFamilyId, b.feedback().from_person()).to_string());
  EXPECT_TRUE(is_uuid((*outbox)[0].mutation_id));
  EXPECT_NE((*outbox)[0].mutation_id, (*outbox)[1].mutation_id);
  auto decoded = domain::decode((*outbox)[0].body);
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(MessageDifferencer::Equals(*decoded, a));
}

TEST_F(StoreTest, AnInvalidRecordInABatchStoresNothing) {
  Store store = make();
  Record good = sample(Record::kScaleScore);
  Record bad = sample(Record::kScaleScore);
  bad.mutable_scale_score()->set_score(11);
  auto result = store.put(std::vector{good, bad});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::out_of_range);
  EXPECT_EQ(result.error().field, "records[1].scale_score.score");
  EXPECT_EQ(*store.count({}), 0);
  EXPECT_TRUE(store.outbox()->empty());
}

TEST_F(StoreTest, OutboxSequenceNeverGoesBackEvenAfterAcknowledgement) {
  Store store = make();
  const std::int64_t first = *store.put(sample(Record::kScaleScore));
  const std::int64_t second = *store.put(sample(Record::kScaleScore));
  EXPECT_EQ(second, first + 1);
  EXPECT_EQ(*store.pending_count(), 2);
  ASSERT_TRUE(store.acknowledge(first));
  EXPECT_EQ(*store.pending_count(), 1);
  ASSERT_TRUE(store.acknowledge(second));
  EXPECT_EQ(*store.pending_count(), 0);
  EXPECT_TRUE(store.outbox()->empty());
  store = std::move(*unlock());
  EXPECT_EQ(*store.put(sample(Record::kScaleScore)), second + 1);
}

TEST_F(StoreTest, RemoveLeavesATombstoneAndAnOutboxEntry) {
  Store store = make();
  const Record r = sample(Record::kHelpRequest);
  ASSERT_TRUE(store.put(r));
  auto seq = store.remove(Record::kHelpRequest, domain::record_id(r));
  ASSERT_TRUE(seq);
  EXPECT_FALSE(store.get(Record::kHelpRequest, domain::record_id(r))->has_value());
  auto outbox = *store.outbox();
  ASSERT_EQ(outbox.size(), 2u);
  EXPECT_EQ(outbox[1].op, Op::remove);
  EXPECT_TRUE(outbox[1].body.empty());
  EXPECT_EQ(store.remove(Record::kHelpRequest, domain::record_id(r)).error().code,
            ErrorCode::not_found);
}

ScopePage page_of(const std::string& scope, std::vector<Record> records, std::int64_t first_seq) {
  ScopePage page{scope, "epoch-1", 0, {}};
  for (auto& r : records) {
    page.changes.push_back({++first_seq, Op::put, std::move(r), {}, {}});
  }
  page.last_seq = first_seq;
  return page;
}

TEST_F(StoreTest, ApplyStoresAPageAndMovesTheCursorTogether) {
  Store store = make();
  const std::string scope = domain::Scope::family(kFamilyId).to_string();
  ScopePage page = page_of(scope, {sample(Record::kPlan), sample(Record::kScaleScore)}, 0);
  ASSERT_TRUE(store.apply(page)) ;
  EXPECT_EQ(*store.count({.scope = scope}), 2);
  auto cursor = *store.cursor(scope);
  ASSERT_TRUE(cursor);
  EXPECT_EQ(cursor->epoch, "epoch-1");
  EXPECT_EQ(cursor->last_seq, 2);
  EXPECT_TRUE(store.outbox()->empty());  // server changes are not pushed back

  // A deletion from the server leaves a tombstone.
  ScopePage removal{scope, "epoch-1", 3, {}};
  removal.changes.push_back({3, Op::remove, {}, Record::kPlan, domain::record_id(page.changes[0].record)});
  ASSERT_TRUE(store.apply(removal));
  EXPECT_EQ(*store.count({.scope = scope}), 1);
  EXPECT_EQ((*store.cursor(scope))->last_seq, 3);

  // An older page is refused.
  ScopePage stale{scope, "epoch-1", 1, {}};
  EXPECT_EQ(store.apply(stale).error().code, ErrorCode::invalid_argument);
}

TEST_F(StoreTest, ApplyRefusesARecordForTheWrongPeopleAndStoresNothing) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  // A concern is staff-only: a page for the family scope must not carry one.
  ScopePage page = page_of(family, {sample(Record::kPlan), sample(Record::kConcern)}, 0);
  auto result = store.apply(page);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::wrong_scope);
  EXPECT_EQ(*store.count({}), 0);
  EXPECT_FALSE(store.cursor(family)->has_value());

  Record bad = sample(Record::kScaleScore);
  bad.mutable_scale_score()->set_score(12);
  EXPECT_EQ(store.apply(page_of(family, {bad}, 0)).error().code, ErrorCode::out_of_range);
  EXPECT_EQ(store.apply(page_of("family:nope", {}, 0)).error().code, ErrorCode::invalid_argument);
}

TEST_F(StoreTest, ApplyStoresTheAnswersPagesTogetherOrNone) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  const std::string staff = domain::Scope::staff(kFamilyId).to_string();
  const std::string other = domain::Scope::family(testing::kOtherFamilyId).to_string();
  Record elsewhere = sample(Record::kPlan);
  elsewhere.mutable_plan()->set_family_id(testing::kOtherFamilyId);

  // The last page carries a record for the wrong people: nothing of the answer is stored, not
  // even the pages before it, and no cursor moves.
  std::vector<ScopePage> answer = {page_of(family, {sample(Record::kPlan), sample(Record::kScaleScore)}, 0),
                                   page_of(other, {elsewhere}, 0),
                                   page_of(staff, {sample(Record::kConcern), sample(Record::kPlan)}, 0)};
  auto refused = store.apply(answer);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_scope);
  EXPECT_EQ(refused.error().field, "pages[2].changes[1]");
  EXPECT_EQ(*store.count({}), 0);
  EXPECT_TRUE(store.cursors()->empty());

  // Without it, every page and every cursor is stored.
  answer[2] = page_of(staff, {sample(Record::kConcern)}, 4);
  ASSERT_TRUE(store.apply(answer));
  EXPECT_EQ(*store.count({.scope = family}), 2);
  EXPECT_EQ(*store.count({.scope = other}), 1);
  EXPECT_EQ(*store.count({.scope = staff}), 1);
  EXPECT_EQ((*store.cursor(family))->last_seq, 2);
  EXPECT_EQ((*store.cursor(other))->last_seq, 1);
  EXPECT_EQ((*store.cursor(staff))->last_seq, 5);

  // A stale page among fresh ones refuses the whole answer.
  std::vector<ScopePage> stale = {page_of(other, {sample(Record::kScaleScore)}, 1),
                                  ScopePage{family, "epoch-1", 1, {}}};
  stale[0].changes[0].record.mutable_scale_score()->set_family_id(testing::kOtherFamilyId);
  EXPECT_EQ(store.apply(stale).error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(*store.count({.scope = other}), 1);
  EXPECT_EQ((*store.cursor(other))->last_seq, 1);
}

TEST_F(StoreTest, PurgeRemovesAWholeScopeAndNothingElse) {
  Store store = make();
  const std::string volunteer = domain::Scope::volunteer(kFamilyId, kVolunteerId).to_string();
  ASSERT_TRUE(store.apply(page_of(volunteer, {sample(Record::kSupportLink), sample(Record::kContactLog)}, 0)));
  ASSERT_TRUE(store.put(sample(Record::kHostingStay)));  // local, in the same scope, in the outbox
  ASSERT_TRUE(store.put(sample(Record::kPlan)));         // another scope
  ASSERT_EQ(*store.count({.scope = volunteer}), 3);
  EXPECT_EQ(*store.waiting_scopes(),
            (std::vector<std::string>{domain::Scope::family(kFamilyId).to_string(), volunteer}));
  auto removed = store.purge(volunteer);
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, 3);
  EXPECT_EQ(*store.count({.scope = volunteer}), 0);
  EXPECT_FALSE(store.cursor(volunteer)->has_value());
  // The purged change's number stays, withdrawn and without its data, so the server sees no gap.
  auto outbox = *store.outbox();
  ASSERT_EQ(outbox.size(), 2u);
  EXPECT_EQ(outbox[0].op, Op::withdrawn);
  EXPECT_EQ(outbox[0].seq, 1);
  EXPECT_TRUE(outbox[0].body.empty());
  EXPECT_TRUE(outbox[0].scope.empty());
  EXPECT_EQ(outbox[1].scope, domain::Scope::family(kFamilyId).to_string());
  EXPECT_EQ(*store.pending_count(), 1);  // a withdrawn number is not a change the person waits on
  EXPECT_EQ(*store.count({}), 1);
  ASSERT_TRUE(store.acknowledge(2));
  EXPECT_TRUE(store.outbox()->empty());
  EXPECT_EQ(*store.last_seq(), 2);
}

TEST_F(StoreTest, OutboxRemembersTheServerSeqAChangeWasBasedOn) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  Record help = sample(Record::kHelpRequest);
  ASSERT_TRUE(store.apply(page_of(family, {help}, 0)));  // from the server at seq 1
  help.mutable_help_request()->set_description("Lift to school on Monday");
  ASSERT_TRUE(store.put(help));
  help.mutable_help_request()->set_description("Lift to school on Tuesday");
  ASSERT_TRUE(store.put(help));
  auto outbox = *store.outbox();
  ASSERT_EQ(outbox.size(), 2u);
  EXPECT_EQ(outbox[0].base_seq, 1);
  EXPECT_EQ(outbox[1].base_seq, 1);  // a second local edit is still based on the server's seq 1
  ASSERT_TRUE(store.put(sample(Record::kPlan)));
  EXPECT_EQ(store.outbox()->back().base_seq, 0);
}

TEST_F(StoreTest, ServerChangesDoNotOverwriteAChangeWaitingToBePushed) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  Record help = sample(Record::kHelpRequest);
  help.mutable_help_request()->set_description("Mine");
  ASSERT_TRUE(store.put(help));
  Record theirs = help;
  theirs.mutable_help_request()->set_description("Theirs");
  ASSERT_TRUE(store.apply(page_of(family, {theirs}, 0)));
  EXPECT_EQ((*store.get(Record::kHelpRequest, domain::record_id(help)))->help_request().description(),
            "Mine");
  ASSERT_TRUE(store.acknowledge(*store.last_seq()));
  ASSERT_TRUE(store.apply(page_of(family, {theirs}, 1)));
  EXPECT_EQ((*store.get(Record::kHelpRequest, domain::record_id(help)))->help_request().description(),
            "Theirs");
}

TEST_F(StoreTest, AResetPageReplacesTheScopeButKeepsWaitingChanges) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  ASSERT_TRUE(store.apply(page_of(family, {sample(Record::kPlan), sample(Record::kScaleScore)}, 0)));
  ASSERT_TRUE(store.put(sample(Record::kHelpRequest)));  // waiting
  ScopePage snapshot = page_of(family, {sample(Record::kPlan)}, 0);
  snapshot.reset = true;
  snapshot.epoch = "epoch-2";
  ASSERT_TRUE(store.apply(snapshot));
  EXPECT_EQ(*store.count({.scope = family}), 2);  // the plan again, and the waiting help request
  EXPECT_EQ(*store.count({.kind = Record::kScaleScore}), 0);
  EXPECT_EQ((*store.cursor(family))->epoch, "epoch-2");
}

TEST_F(StoreTest, SettleKeepsRefusalsUndoesThemLocallyAndReloadsTheScope) {
  Store store = make();
  const std::string family = domain::Scope::family(kFamilyId).to_string();
  ASSERT_TRUE(store.apply(page_of(family, {sample(Record::kPlan)}, 0)));
  const Record help = sample(Record::kHelpRequest);
  ASSERT_TRUE(store.put(help));
  ASSERT_TRUE(store.put(sample(Record::kScaleScore)));
  auto outbox = *store.outbox();
  ASSERT_EQ(outbox.size(), 2u);
  const Rejection refused{outbox[0].seq, outbox[0].mutation_id, outbox[0].scope, outbox[0].kind,
                          outbox[0].record_id, "forbidden", "Not allowed.", 10};
  const Clash clash{family, Record::kScaleScore, outbox[1].record_id, "old", 11};
  ASSERT_TRUE(store.settle(outbox[1].seq, std::span(&refused, 1), std::span(&clash, 1)));
  EXPECT_TRUE(store.outbox()->empty());
  EXPECT_FALSE(store.get(Record::kHelpRequest, domain::record_id(help))->has_value());
  EXPECT_FALSE(store.cursor(family)->has_value());  // reloaded at the next pull
  ASSERT_EQ(store.rejections()->size(), 1u);
  EXPECT_EQ(store.rejections()->front().code, "forbidden");
  ASSERT_EQ(store.clashes()->size(), 1u);
  EXPECT_EQ(store.clashes()->front().superseded, "old");
  ASSERT_TRUE(store.purge(family));
  EXPECT_TRUE(store.rejections()->empty());
  EXPECT_TRUE(store.clashes()->empty());
}

TEST_F(StoreTest, SettingsAreKeptEncryptedAcrossUnlocks) {
  {
    Store store = make();
    EXPECT_FALSE(store.setting("server")->has_value());
    ASSERT_TRUE(store.set_setting("server", "https://127.0.0.1:8443"));
    ASSERT_TRUE(store.set_setting("server", "https://127.0.0.1:9443"));
  }
  Store store = std::move(*unlock());
  EXPECT_EQ(**store.setting("server"), "https://127.0.0.1:9443");
}

TEST_F(StoreTest, CanaryIsNowhereInPlaintextOnDisk) {
  const std::string canary = "CANARY-q7Zx-Kith";
  {
    Store store = make();
    std::vector<Record> records = testing::sample_of_every_kind();
    for (Record& r : records) testing::fill_text(r, canary);
    ASSERT_TRUE(store.put(records));
    // And through the sync path, and with a purge that frees pages holding it.
    const std::string staff = domain::Scope::staff(kFamilyId).to_string();
    Record concern = sample(Record::kConcern);
    testing::fill_text(concern, canary);
    ASSERT_TRUE(store.apply(page_of(staff, {concern}, 0)));
    ASSERT_TRUE(store.purge(staff));
    // The store is still open here: the WAL holds the recent pages.
    std::size_t files_checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir())) {
      const std::string bytes = read_file(entry.path());
      EXPECT_EQ(bytes.find(canary), std::string::npos) << entry.path();
      ++files_checked;
    }
    EXPECT_GE(files_checked, 3u);  // kith.db, kith.db-wal, kith.key, ...
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir())) {
    EXPECT_EQ(read_file(entry.path()).find(canary), std::string::npos) << entry.path();
  }
  EXPECT_NE(read_file(dir() / "kith.db").substr(0, 15), "SQLite format 3");
}

TEST_F(StoreTest, FilesArePrivateToTheUser) {
  Store store = make();
  ASSERT_TRUE(store.put(sample(Record::kPlan)));
  namespace fs = std::filesystem;
  EXPECT_EQ(fs::status(dir()).permissions() & fs::perms::all, fs::perms::owner_all);
  for (const auto& entry : fs::directory_iterator(dir())) {
    EXPECT_EQ(entry.status().permissions() & (fs::perms::group_all | fs::perms::others_all),
              fs::perms::none)
        << entry.path();
  }
}

TEST_F(StoreTest, SchemaIsMigratedOnceAndKept) {
  Store store = make();
  EXPECT_EQ(store.schema_version(), 2);
  const std::string device = store.device_id();
  EXPECT_TRUE(is_uuid(device));
  store = std::move(*unlock());
  EXPECT_EQ(store.schema_version(), 2);
  EXPECT_EQ(store.device_id(), device);
  EXPECT_TRUE(store.check());
}

}  // namespace
}  // namespace kith::store

namespace kith::store {
namespace {

TEST_F(StoreTest, ApplyRefusesADeletionOfARecordFromAnotherScope) {
  Store store = make();
  const std::string staff = domain::Scope::staff(testing::kFamilyId).to_string();
  const std::string family = domain::Scope::family(testing::kFamilyId).to_string();
  const domain::Record concern = testing::sample(domain::Record::kConcern);
  ASSERT_TRUE(store.apply({staff, "e", 1, {{1, Op::put, concern, {}, {}}}}));
  ScopePage removal{family, "e", 1, {}};
  removal.changes.push_back({1, Op::remove, {}, domain::Record::kConcern, domain::record_id(concern)});
  auto result = store.apply(removal);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::wrong_scope);
  EXPECT_TRUE(store.get(domain::Record::kConcern, domain::record_id(concern))->has_value());
  EXPECT_EQ(*store.count({.scope = staff}), 1);
}

}  // namespace
}  // namespace kith::store
