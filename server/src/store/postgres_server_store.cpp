// The server's scale-out store: PostgreSQL 15 through libpq, shared by several kith-server
// processes (docs/OPERATIONS.md). The same guarantees as the SQLCipher store, held by the
// database rather than by one process's mutex:
//
//   - a device's pushes run one at a time: device() locks the device's row (FOR UPDATE) until
//     the transaction ends, and set_device_last_seq() both compares-and-sets the number it read
//     and records each applied mutation in device_mutations, whose primary key (device, seq)
//     refuses a second application outright; a trigger keeps last_seq moving forward only;
//   - a scope's sequence has no gaps a reader can see: the next seq comes from an UPDATE of the
//     scope's row, which holds the row's lock until commit, so seqs commit in order and a rolled
//     back one is reused; UNIQUE (scope, seq) backs it;
//   - a record read in a transaction is locked (an advisory lock on its kind and id, taken before
//     the read), so two pushes deciding on the same record decide one after the other;
//   - an invite is used once: invite() locks its row and mark_invite_used() updates only an
//     unused one;
//   - the audit log is append-only: triggers refuse UPDATE, DELETE and TRUNCATE.
//
// Record bodies, invite names and the token key are sealed (AES-256-GCM) with the server key,
// bound to their row, so the database and its backups hold no personal data in the clear.
// Each committed transaction notifies the channel kith_changes (delivered at commit, dropped on
// rollback); a listening connection on a thread of its own turns other processes' notices into
// StoreEvents.

#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "kith/bytes.hpp"
#include "kith/crypto/seal.hpp"
#include "pg.hpp"
#include "server_key.hpp"
#include "server_store.hpp"

namespace kith::server {
namespace {

using domain::Kind;
using pg::Param;

constexpr const char* kChannel = "kith_changes";
// pg_advisory_lock keys: init and migrations; the daily tombstone prune.
constexpr std::int64_t kMigrationLock = 0x4b495448'00000001;  // "KITH" 1
constexpr std::int64_t kPruneLock = 0x4b495448'00000002;

// Schema versions: kMigrations[i] takes the schema from version i to i + 1. Run by
// `kith-admin init` only; a server refuses a schema older than it knows (store_too_old).
constexpr std::array<std::string_view, 1> kMigrations = {
    R"sql(
CREATE TABLE meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE accounts (
  person_id     text PRIMARY KEY,
  username      text UNIQUE,
  password_hash text NOT NULL DEFAULT '',
  staff         boolean NOT NULL,
  created_at    bigint NOT NULL
);
CREATE TABLE devices (
  id          text PRIMARY KEY,
  person_id   text NOT NULL,
  secret_hash text NOT NULL,
  last_seq    bigint NOT NULL CHECK (last_seq >= -1),  -- -1: take the next push's numbers
  created_at  bigint NOT NULL,
  revoked_at  bigint NOT NULL DEFAULT 0
);
CREATE INDEX devices_by_person ON devices (person_id);
-- A device's last applied mutation only moves forward (or to -1 for a new epoch).
CREATE FUNCTION device_seq_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.last_seq <> -1 AND NEW.last_seq <= OLD.last_seq THEN
    RAISE EXCEPTION 'device % would apply mutation % again (it is at %)',
      OLD.id, NEW.last_seq, OLD.last_seq USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER devices_seq_forward BEFORE UPDATE OF last_seq ON devices
  FOR EACH ROW EXECUTE FUNCTION device_seq_forward();
-- Every mutation applied, by device and the device's own number: applying one twice breaks the
-- primary key. Emptied by a new epoch, when devices number afresh.
CREATE TABLE device_mutations (
  device_id text   NOT NULL,
  seq       bigint NOT NULL,
  PRIMARY KEY (device_id, seq)
);
CREATE TABLE invites (
  code_hash    text PRIMARY KEY,  -- HMAC-SHA256 under the server key of the code's SHA-256
  family_id    text NOT NULL,
  person_id    text NOT NULL,
  role         integer NOT NULL,
  display_name bytea NOT NULL,  -- sealed
  created_by   text NOT NULL,
  created_at   bigint NOT NULL,
  expires_at   bigint NOT NULL,
  used_at      bigint NOT NULL DEFAULT 0
);
CREATE TABLE scopes (
  scope     text PRIMARY KEY,
  family_id text NOT NULL,
  last_seq  bigint NOT NULL CHECK (last_seq >= 1),
  horizon   bigint NOT NULL DEFAULT 0 CHECK (horizon >= 0)
);
CREATE TABLE records (
  kind       integer NOT NULL,
  id         text    NOT NULL,
  scope      text    NOT NULL REFERENCES scopes (scope),
  family_id  text    NOT NULL,
  seq        bigint  NOT NULL CHECK (seq >= 1),
  body       bytea,              -- sealed; NULL: a tombstone
  updated_at bigint  NOT NULL,
  device_id  text    NOT NULL DEFAULT '',  -- whose push wrote this version ('' for kith-admin)
  PRIMARY KEY (kind, id),
  UNIQUE (scope, seq)
);
CREATE INDEX records_by_family ON records (family_id);
CREATE INDEX records_tombstones ON records (updated_at) WHERE body IS NULL;
CREATE TABLE memberships (
  id        text PRIMARY KEY,
  person_id text NOT NULL,
  family_id text NOT NULL,
  role      integer NOT NULL,
  active    boolean NOT NULL
);
CREATE INDEX memberships_by_person ON memberships (person_id);
CREATE TABLE rejections (
  device_id text   NOT NULL,
  seq       bigint NOT NULL,
  code      text   NOT NULL,
  message   text   NOT NULL,
  field     text   NOT NULL,
  PRIMARY KEY (device_id, seq)
);
CREATE TABLE audit (
  id         bigserial PRIMARY KEY,
  at         bigint NOT NULL,
  person_id  text NOT NULL,
  device_id  text NOT NULL,
  action     text NOT NULL,
  family_id  text NOT NULL,
  scope      text NOT NULL,
  kind       text NOT NULL,
  record_id  text NOT NULL,
  outcome    text NOT NULL,
  code       text NOT NULL,
  count      bigint NOT NULL
);
-- The audit log is append-only for everyone who reaches the database as Kith's role.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
)sql",
};
constexpr std::int64_t kSchemaVersion = static_cast<std::int64_t>(kMigrations.size());

std::string random_hex(std::size_t bytes) {
  std::vector<std::uint8_t> raw(bytes);
  (void)random_bytes(raw);
  return to_hex(raw);
}

std::string record_context(Kind kind, std::string_view id) {
  return "record:" + std::to_string(static_cast<int>(kind)) + ":" + std::string(id);
}

Result<SecretBytes> key_from_environment() {
  auto hex = server_key_from_environment();
  if (!hex) {
    return unexpected(ErrorCode::invalid_argument,
                      "The PostgreSQL store needs KITH_SERVER_KEY: 64 hexadecimal characters "
                      "(make one with `openssl rand -hex 32`), the same for every kith-server "
                      "and kith-admin on this database. Keep it apart from the database's "
                      "backups.");
  }
  return parse_server_key(std::move(*hex));
}

//! A value of text[] for SQL: {"a","b"} with quotes and backslashes escaped.
std::string text_array(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

// ---- the pool ----------------------------------------------------------------------------------

class Pool {
 public:
  Pool(std::string conninfo, int size) : conninfo_(std::move(conninfo)), size_(std::max(1, size)) {}

  //! A connection for one transaction; waits while every connection is in use.
  Result<std::unique_ptr<pg::Connection>> take() {
    {
      std::unique_lock lock(mutex_);
      freed_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
      if (!idle_.empty()) {
        auto c = std::move(idle_.back());
        idle_.pop_back();
        return c;
      }
      ++open_;
    }
    auto c = pg::Connection::connect(conninfo_);
    if (!c) {
      const std::lock_guard lock(mutex_);
      --open_;
      freed_.notify_one();
      return unexpected(std::move(c).error());
    }
    return std::make_unique<pg::Connection>(std::move(*c));
  }

  //! Gives a connection back; a broken one is closed, and the next take() opens another.
  void give(std::unique_ptr<pg::Connection> c) {
    const std::lock_guard lock(mutex_);
    if (c && c->healthy()) {
      idle_.push_back(std::move(c));
    } else {
      --open_;
    }
    freed_.notify_one();
  }

  const std::string& conninfo() const { return conninfo_; }

 private:
  std::string conninfo_;
  int size_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<pg::Connection>> idle_;
  int open_ = 0;
};

//! A pooled connection for the length of a scope.
class Lease {
 public:
  Lease(Pool& pool, std::unique_ptr<pg::Connection> c) : pool_(pool), c_(std::move(c)) {}
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  ~Lease() { pool_.give(std::move(c_)); }
  pg::Connection& operator*() { return *c_; }
  pg::Connection* operator->() { return c_.get(); }

 private:
  Pool& pool_;
  std::unique_ptr<pg::Connection> c_;
};

Result<std::unique_ptr<Lease>> lease(Pool& pool) {
  KITH_ASSIGN(auto c, pool.take());
  return std::make_unique<Lease>(pool, std::move(c));
}

//! Runs `body` inside BEGIN ... COMMIT on a pooled connection (ROLLBACK if it fails).
template <typename F>
auto in_transaction(Pool& pool, std::string_view begin, F&& body) -> decltype(body(std::declval<pg::Connection&>())) {
  KITH_ASSIGN(auto held, lease(pool));
  pg::Connection& c = **held;
  KITH_TRY(c.exec(begin));
  auto result = body(c);
  if (!result) {
    (void)c.exec("ROLLBACK");
    return result;
  }
  KITH_TRY(c.exec("COMMIT"));
  return result;
}

// ---- reading rows -------------------------------------------------------------------------------

constexpr const char* kAccountColumns =
    "person_id, COALESCE(username, ''), password_hash, staff, created_at";
constexpr const char* kDeviceColumns =
    "id, person_id, secret_hash, last_seq, created_at, revoked_at";
constexpr const char* kRecordColumns = "scope, family_id, kind, id, seq, body, device_id";

Account read_account(const pg::Rows& r, int i) {
  return {std::string(r.text(i, 0)), std::string(r.text(i, 1)), std::string(r.text(i, 2)),
          r.text(i, 3) == "t", r.integer(i, 4)};
}

Device read_device(const pg::Rows& r, int i) {
  return {std::string(r.text(i, 0)), std::string(r.text(i, 1)), std::string(r.text(i, 2)),
          r.integer(i, 3), r.integer(i, 4), r.integer(i, 5)};
}

Membership read_membership(const pg::Rows& r, int i) {
  return {std::string(r.text(i, 0)), std::string(r.text(i, 1)), std::string(r.text(i, 2)),
          static_cast<v1::Role>(r.integer(i, 3)), r.text(i, 4) == "t"};
}

Result<StoredRecord> read_stored(const pg::Rows& r, int i, const SecretBytes& key) {
  StoredRecord s;
  s.scope = std::string(r.text(i, 0));
  s.family_id = std::string(r.text(i, 1));
  s.kind = static_cast<Kind>(r.integer(i, 2));
  s.id = std::string(r.text(i, 3));
  s.seq = r.integer(i, 4);
  if (!r.null(i, 5)) {
    KITH_ASSIGN(s.body, crypto::unseal(key, r.bytes(i, 5), record_context(s.kind, s.id)));
  }
  s.device_id = std::string(r.text(i, 6));
  return s;
}

Result<std::vector<StoredRecord>> read_all_stored(const pg::Rows& r, const SecretBytes& key) {
  std::vector<StoredRecord> out;
  out.reserve(static_cast<std::size_t>(r.size()));
  for (int i = 0; i < r.size(); ++i) {
    KITH_ASSIGN(StoredRecord s, read_stored(r, i, key));
    out.push_back(std::move(s));
  }
  return out;
}

// ---- the store ----------------------------------------------------------------------------------

class PostgresServerStore;

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresServerStore& store, std::unique_ptr<Lease> held)
      : store_(store), held_(std::move(held)), c_(**held_) {}
  ~PostgresTransaction() override {
    if (!finished_) (void)c_.exec("ROLLBACK");
  }

  Result<void> commit() override;

  Result<std::optional<Account>> account(std::string_view person_id) override {
    return one_account("person_id", person_id);
  }
  Result<std::optional<Account>> account_by_username(std::string_view username) override {
    return one_account("username", username);
  }
  Result<void> put_account(const Account& a) override {
    KITH_ASSIGN(auto existing, account_by_username(a.username));
    if (!a.username.empty() && existing && existing->person_id != a.person_id) {
      return unexpected(ErrorCode::conflict, "That username is taken.", "username");
    }
    auto done = c_.run("INSERT INTO accounts (person_id, username, password_hash, staff, created_at) "
                       "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (person_id) DO UPDATE SET "
                       "username = EXCLUDED.username, password_hash = EXCLUDED.password_hash, "
                       "staff = EXCLUDED.staff, created_at = EXCLUDED.created_at",
                       {a.person_id, a.username.empty() ? Param::null_text() : Param(a.username),
                        a.password_hash, a.staff ? "true" : "false", a.created_at});
    if (!done && c_.last_state() == pg::kUniqueViolation) {
      return unexpected(ErrorCode::conflict, "That username is taken.", "username");
    }
    KITH_TRY(std::move(done));
    access_changed_ = true;
    return {};
  }
  Result<void> remove_account(std::string_view person_id) override {
    KITH_TRY(c_.run("DELETE FROM accounts WHERE person_id = $1", {person_id}));
    access_changed_ = true;
    return {};
  }

  Result<std::optional<Device>> device(std::string_view id) override {
    // The row stays locked until this transaction ends: a device's pushes run one at a time,
    // whichever servers they reach.
    KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kDeviceColumns) +
                                      " FROM devices WHERE id = $1 FOR UPDATE",
                                  {id}));
    if (rows.empty()) return std::optional<Device>();
    Device d = read_device(rows, 0);
    read_seq_[d.id] = d.last_seq;
    return std::optional<Device>(std::move(d));
  }
  Result<void> insert_device(const Device& d) override {
    const auto exists = [] {
      return unexpected(ErrorCode::device_exists,
                        "This device is already enrolled. To join again, make a new store on it.");
    };
    KITH_ASSIGN(auto rows, c_.run("SELECT 1 FROM devices WHERE id = $1", {d.id}));
    if (!rows.empty()) return exists();
    auto done = c_.run("INSERT INTO devices (id, person_id, secret_hash, last_seq, created_at, "
                       "revoked_at) VALUES ($1, $2, $3, $4, $5, $6)",
                       {d.id, d.person_id, d.secret_hash, d.last_seq, d.created_at, d.revoked_at});
    if (!done && c_.last_state() == pg::kUniqueViolation) return exists();
    KITH_TRY(std::move(done));
    access_changed_ = true;
    return {};
  }
  Result<void> set_device_last_seq(std::string_view id, std::int64_t seq) override {
    std::int64_t base = 0;
    if (const auto it = read_seq_.find(std::string(id)); it != read_seq_.end()) {
      base = it->second;
    } else {
      KITH_ASSIGN(auto device_now, device(id));
      if (!device_now) return unexpected(ErrorCode::not_found, "There is no such device.");
      base = device_now->last_seq;
    }
    if (seq == base) return {};
    if (seq > base) {
      // One row per mutation applied: the primary key refuses any of them a second time.
      const std::int64_t first = base >= 0 ? base + 1 : seq;
      auto ledger = c_.run("INSERT INTO device_mutations (device_id, seq) "
                           "SELECT $1, generate_series($2::bigint, $3::bigint)",
                           {id, first, seq});
      if (!ledger && c_.last_state() == pg::kUniqueViolation) {
        return unexpected(ErrorCode::unavailable,
                          "These changes were already applied by another server; nothing was "
                          "applied twice. Send them again to get the answer.");
      }
      KITH_TRY(std::move(ledger));
    }
    KITH_ASSIGN(auto rows, c_.run("UPDATE devices SET last_seq = $2 WHERE id = $1 AND last_seq = $3",
                                  {id, seq, base}));
    if (rows.affected() != 1) {
      return unexpected(ErrorCode::unavailable,
                        "Another server moved this device's changes on; nothing was applied "
                        "twice. Send them again.");
    }
    read_seq_[std::string(id)] = seq;
    return {};
  }
  Result<void> revoke_device(std::string_view id, std::int64_t at) override {
    KITH_TRY(c_.run("UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at = 0", {id, at}));
    access_changed_ = true;
    return {};
  }
  Result<std::vector<Device>> devices_of(std::string_view person_id) override {
    KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kDeviceColumns) +
                                      " FROM devices WHERE person_id = $1 ORDER BY id",
                                  {person_id}));
    std::vector<Device> out;
    for (int i = 0; i < rows.size(); ++i) out.push_back(read_device(rows, i));
    return out;
  }

  Result<std::optional<Invite>> invite(std::string_view code_hash) override;
  Result<void> insert_invite(const Invite& i) override;
  Result<void> mark_invite_used(std::string_view code_hash, std::int64_t at) override;

  Result<std::optional<StoredRecord>> record(Kind kind, std::string_view id) override;
  Result<std::int64_t> write(std::string_view scope, std::string_view family_id, Kind kind,
                             std::string_view id, const std::optional<std::string>& body,
                             std::int64_t at, std::string_view device_id) override;
  Result<std::vector<StoredRecord>> changes(std::string_view scope, std::int64_t after_seq,
                                            std::size_t limit) override;
  Result<std::optional<ScopeHead>> head(std::string_view scope) override {
    KITH_ASSIGN(auto rows, c_.run("SELECT scope, family_id, last_seq, horizon FROM scopes "
                                  "WHERE scope = $1",
                                  {scope}));
    if (rows.empty()) return std::optional<ScopeHead>();
    return std::optional<ScopeHead>(ScopeHead{std::string(rows.text(0, 0)),
                                              std::string(rows.text(0, 1)), rows.integer(0, 2),
                                              rows.integer(0, 3)});
  }
  Result<std::vector<StoredRecord>> records_of_family(std::string_view family_id) override;
  Result<std::vector<Membership>> memberships_of(std::string_view person_id) override {
    KITH_ASSIGN(auto rows, c_.run("SELECT id, person_id, family_id, role, active FROM memberships "
                                  "WHERE person_id = $1 ORDER BY id",
                                  {person_id}));
    std::vector<Membership> out;
    for (int i = 0; i < rows.size(); ++i) out.push_back(read_membership(rows, i));
    return out;
  }

  Result<void> add_rejection(std::string_view device_id, std::int64_t seq,
                             const Error& error) override {
    KITH_TRY(c_.run("INSERT INTO rejections (device_id, seq, code, message, field) VALUES "
                  "($1, $2, $3, $4, $5) ON CONFLICT (device_id, seq) DO UPDATE SET "
                  "code = EXCLUDED.code, message = EXCLUDED.message, field = EXCLUDED.field",
                  {device_id, seq, to_string(error.code), error.message, error.field}));
    return {};
  }
  Result<std::optional<Error>> rejection(std::string_view device_id, std::int64_t seq) override {
    KITH_ASSIGN(auto rows, c_.run("SELECT code, message, field FROM rejections WHERE "
                                  "device_id = $1 AND seq = $2",
                                  {device_id, seq}));
    if (rows.empty()) return std::optional<Error>();
    return std::optional<Error>(Error{error_code_from_string(rows.text(0, 0)),
                                      std::string(rows.text(0, 1)), std::string(rows.text(0, 2))});
  }

  Result<void> audit(const AuditEntry& e) override {
    KITH_TRY(c_.run("INSERT INTO audit (at, person_id, device_id, action, family_id, scope, kind, "
                  "record_id, outcome, code, count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                  "$10, $11)",
                  {e.at, e.person_id, e.device_id, e.action, e.family_id, e.scope, e.kind,
                   e.record_id, e.outcome, e.code, e.count}));
    return {};
  }

 private:
  Result<std::optional<Account>> one_account(std::string_view column, std::string_view value) {
    KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kAccountColumns) + " FROM accounts WHERE " +
                                      std::string(column) + " = $1",
                                  {value}));
    if (rows.empty()) return std::optional<Account>();
    return std::optional<Account>(read_account(rows, 0));
  }

  // The membership index follows the Membership records, in the same transaction.
  Result<void> index_membership(std::string_view id, const std::optional<std::string>& body) {
    KITH_TRY(c_.run("DELETE FROM memberships WHERE id = $1", {id}));
    if (!body) return {};
    domain::Record record;
    if (!record.ParseFromArray(body->data(), static_cast<int>(body->size())) ||
        !record.has_membership()) {
      return unexpected(ErrorCode::internal, "A membership record could not be read back.");
    }
    const v1::Membership& m = record.membership();
    KITH_TRY(c_.run("INSERT INTO memberships (id, person_id, family_id, role, active) VALUES "
                    "($1, $2, $3, $4, $5)",
                    {m.id(), m.person_id(), m.family_id(), static_cast<std::int64_t>(m.role()),
                     m.ended_on().empty() ? "true" : "false"}));
    return {};
  }

  PostgresServerStore& store_;
  std::unique_ptr<Lease> held_;
  pg::Connection& c_;
  bool finished_ = false;
  std::map<std::string, std::int64_t> read_seq_;  // device id -> last_seq as read (locked)
  std::map<std::string, std::pair<std::string, std::int64_t>> moved_;  // scope -> family, seq
  bool access_changed_ = false;
};

class PostgresServerStore final : public ServerStore {
 public:
  PostgresServerStore(std::string conninfo, PostgresStoreOptions options, SecretBytes key,
                      std::string epoch, SecretBytes token_key)
      : pool_(conninfo, options.connections),
        key_(std::move(key)),
        epoch_(std::move(epoch)),
        token_key_(std::move(token_key)),
        origin_(random_hex(8)) {
    if (::pipe(wake_) != 0) wake_[0] = wake_[1] = -1;
    listener_thread_ = std::thread([this] { listen(); });
    // Listening before the store is handed out, so that nothing another process commits after
    // the caller's first read goes unheard. If the database does not answer in time, the
    // listener says `resync` once it does.
    std::unique_lock lock(ready_mutex_);
    ready_.wait_for(lock, std::chrono::seconds(5), [&] { return listening_; });
    opened_ = true;
  }

  ~PostgresServerStore() override {
    stopping_ = true;
    if (wake_[1] >= 0) (void)!::write(wake_[1], "x", 1);
    if (listener_thread_.joinable()) listener_thread_.join();
    for (int fd : wake_) {
      if (fd >= 0) ::close(fd);
    }
  }

  const std::string& epoch() const override { return epoch_; }
  const SecretBytes& token_key() const override { return token_key_; }

  Result<std::unique_ptr<Transaction>> begin() override {
    // A pooled connection may have died with a database restart: one fresh try.
    for (int attempt = 0;; ++attempt) {
      KITH_ASSIGN(auto held, lease(pool_));
      auto begun = (**held).exec("BEGIN");
      if (begun) {
        return std::unique_ptr<Transaction>(
            std::make_unique<PostgresTransaction>(*this, std::move(held)));
      }
      if (attempt > 0 || (**held).healthy()) return unexpected(std::move(begun).error());
    }
  }

  Result<AccessState> load_access() override {
    return in_transaction(pool_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                          [&](pg::Connection& c) -> Result<AccessState> {
      AccessState state;
      KITH_ASSIGN(auto accounts, c.run("SELECT " + std::string(kAccountColumns) + " FROM accounts"));
      for (int i = 0; i < accounts.size(); ++i) state.accounts.push_back(read_account(accounts, i));
      KITH_ASSIGN(auto devices, c.run("SELECT " + std::string(kDeviceColumns) + " FROM devices"));
      for (int i = 0; i < devices.size(); ++i) state.devices.push_back(read_device(devices, i));
      KITH_ASSIGN(auto members, c.run("SELECT id, person_id, family_id, role, active FROM memberships"));
      for (int i = 0; i < members.size(); ++i) state.memberships.push_back(read_membership(members, i));
      KITH_ASSIGN(auto heads, c.run("SELECT scope, family_id, last_seq, horizon FROM scopes"));
      for (int i = 0; i < heads.size(); ++i) {
        state.heads.push_back({std::string(heads.text(i, 0)), std::string(heads.text(i, 1)),
                               heads.integer(i, 2), heads.integer(i, 3)});
      }
      KITH_ASSIGN(auto families, c.run("SELECT id FROM records WHERE kind = $1 AND body IS NOT NULL",
                                       {static_cast<std::int64_t>(Kind::kFamily)}));
      for (int i = 0; i < families.size(); ++i) state.families.emplace_back(families.text(i, 0));
      return state;
    });
  }

  Result<bool> changed_elsewhere() override {
    return foreign_unheard_.exchange(false);
  }

  Result<std::int64_t> prune_tombstones(std::int64_t before) override {
    return in_transaction(pool_, "BEGIN", [&](pg::Connection& c) -> Result<std::int64_t> {
      // Every server prunes daily; one at a time is enough.
      KITH_ASSIGN(auto locked, c.run("SELECT pg_try_advisory_xact_lock($1)", {kPruneLock}));
      if (locked.text(0, 0) != "t") return std::int64_t{0};
      // The horizon is the newest pruned tombstone's seq: a cursor below it may have missed a
      // delete. It never moves back.
      KITH_TRY(c.run("UPDATE scopes s SET horizon = GREATEST(s.horizon, p.seq) FROM "
                     "(SELECT scope, max(seq) AS seq FROM records WHERE body IS NULL AND "
                     "updated_at < $1 GROUP BY scope) p WHERE s.scope = p.scope",
                     {before}));
      KITH_ASSIGN(auto removed, c.run("DELETE FROM records WHERE body IS NULL AND updated_at < $1",
                                      {before}));
      if (removed.affected() > 0) KITH_TRY(notify(c, {origin_ + " a"}));
      return removed.affected();
    });
  }

  Result<std::vector<AuditEntry>> audit_log(std::int64_t after_id, std::size_t limit) override {
    KITH_ASSIGN(auto held, lease(pool_));
    KITH_ASSIGN(auto rows, (**held).run("SELECT at, person_id, device_id, action, family_id, scope, "
                                        "kind, record_id, outcome, code, count FROM audit WHERE "
                                        "id > $1 ORDER BY id LIMIT $2",
                                        {after_id, static_cast<std::int64_t>(limit)}));
    std::vector<AuditEntry> out;
    for (int i = 0; i < rows.size(); ++i) {
      out.push_back({rows.integer(i, 0), std::string(rows.text(i, 1)), std::string(rows.text(i, 2)),
                     std::string(rows.text(i, 3)), std::string(rows.text(i, 4)),
                     std::string(rows.text(i, 5)), std::string(rows.text(i, 6)),
                     std::string(rows.text(i, 7)), std::string(rows.text(i, 8)),
                     std::string(rows.text(i, 9)), rows.integer(i, 10)});
    }
    return out;
  }

  Result<std::string> new_epoch() override {
    const std::string epoch = random_hex(16);
    auto done = in_transaction(pool_, "BEGIN", [&](pg::Connection& c) -> Result<void> {
      KITH_TRY(c.run("UPDATE meta SET value = $1 WHERE key = 'epoch'", {epoch}));
      KITH_TRY(c.exec("UPDATE devices SET last_seq = -1; DELETE FROM device_mutations"));
      return notify(c, {origin_ + " a"});
    });
    if (!done) return unexpected(std::move(done).error());
    epoch_ = epoch;
    return epoch;
  }

  Result<void> check() override {
    const auto damaged = [](const std::string& what) {
      return unexpected(ErrorCode::store_damaged,
                        "The server store failed its check: " + what + ". Restore it from a backup.");
    };
    return in_transaction(pool_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                          [&](pg::Connection& c) -> Result<void> {
      KITH_ASSIGN(auto ahead, c.run("SELECT count(*) FROM records r JOIN scopes s USING (scope) "
                                    "WHERE r.seq > s.last_seq"));
      if (ahead.integer(0, 0) != 0) return damaged("records sit past their scope's newest change");
      KITH_ASSIGN(auto index, c.run("SELECT count(*) FROM records WHERE kind = $1 AND body IS NOT NULL",
                                    {static_cast<std::int64_t>(Kind::kMembership)}));
      KITH_ASSIGN(auto indexed, c.run("SELECT count(*) FROM memberships"));
      if (index.integer(0, 0) != indexed.integer(0, 0)) {
        return damaged("the membership index does not match the membership records");
      }
      // Every sealed body must open with this key where it is: a changed or moved value fails.
      KITH_ASSIGN(auto rows, c.run("SELECT kind, id, body FROM records WHERE body IS NOT NULL"));
      for (int i = 0; i < rows.size(); ++i) {
        const auto kind = static_cast<Kind>(rows.integer(i, 0));
        auto opened = crypto::unseal(key_, rows.bytes(i, 2), record_context(kind, rows.text(i, 1)));
        if (!opened) return damaged("record " + std::string(rows.text(i, 1)) + " does not open");
        secure_wipe(opened->data(), opened->size());
      }
      return {};
    });
  }

  void set_listener(StoreListener listener) override {
    const std::lock_guard lock(listener_mutex_);
    listener_ = std::move(listener);
  }

  // For the transactions.
  //! What the database keeps for an invite code's hash: keyed with the server key, because a
  //! 50-bit code's plain SHA-256 can be found by trying every code, and the database (unlike
  //! the SQLCipher file) may be copied without the key.
  std::string invite_key(std::string_view code_hash) const {
    return crypto::keyed_digest(key_, "invite:" + std::string(code_hash));
  }
  Pool& pool() { return pool_; }
  const SecretBytes& key() const { return key_; }
  const std::string& origin() const { return origin_; }

  //! Queues notices for the commit of the transaction on `c` (PostgreSQL sends them then).
  static Result<void> notify(pg::Connection& c, const std::vector<std::string>& payloads) {
    if (payloads.empty()) return {};
    KITH_TRY(c.run(std::string("SELECT pg_notify('") + kChannel + "', p) FROM unnest($1::text[]) AS p",
                   {text_array(payloads)}));
    return {};
  }

 private:
  // The listening connection: other processes' notices become StoreEvents. Reconnects when the
  // connection drops, and says `resync` then, as notices in between are lost.
  void listen() {
    std::optional<pg::Connection> c;
    while (!stopping_) {
      if (!c || !c->healthy()) {
        c.reset();
        auto fresh = pg::Connection::connect(pool_.conninfo());
        if (!fresh || !fresh->exec(std::string("LISTEN ") + kChannel)) {
          wait_for_wake(1000);
          continue;
        }
        c.emplace(std::move(*fresh));
        bool late = false;
        {
          const std::lock_guard lock(ready_mutex_);
          late = opened_;  // a reconnection, or a first connection after open() gave up waiting
          listening_ = true;
        }
        ready_.notify_all();
        if (late) deliver({StoreEvent::Type::resync, {}, {}, {}, 0});
      }
      if (!wait_for_wake(1000, c->socket())) continue;
      auto notes = c->notifications();
      if (!notes) {
        c.reset();
        continue;
      }
      for (const pg::Notification& n : *notes) {
        // "<origin> s <seq> <family> <scope>" or "<origin> a"
        const auto space = n.payload.find(' ');
        if (space == std::string::npos || n.payload.compare(0, space, origin_) == 0) continue;
        std::istringstream words(n.payload.substr(space + 1));
        std::string type;
        words >> type;
        StoreEvent e;
        e.origin = n.payload.substr(0, space);
        if (type == "s") {
          e.type = StoreEvent::Type::scope_moved;
          words >> e.seq >> e.family_id >> e.scope;
          if (e.scope.empty()) continue;
        } else {
          e.type = StoreEvent::Type::access_changed;
        }
        deliver(e);
      }
    }
  }

  //! Waits up to `ms` for `fd` to be readable or for the store to close; true if `fd` is.
  bool wait_for_wake(int ms, int fd = -1) {
    pollfd fds[2] = {{wake_[0], POLLIN, 0}, {fd, POLLIN, 0}};
    const int n = ::poll(fds, fd >= 0 ? 2 : 1, ms);
    return n > 0 && fd >= 0 && (fds[1].revents & (POLLIN | POLLERR | POLLHUP)) != 0;
  }

  void deliver(const StoreEvent& e) {
    const std::lock_guard lock(listener_mutex_);
    if (listener_) {
      listener_(e);
    } else {
      foreign_unheard_ = true;
    }
  }

  Pool pool_;
  SecretBytes key_;
  std::string epoch_;
  SecretBytes token_key_;
  std::string origin_;  // this process's mark on its own notices, which it skips

  std::mutex listener_mutex_;
  StoreListener listener_;
  std::atomic<bool> foreign_unheard_{false};
  std::atomic<bool> stopping_{false};
  std::mutex ready_mutex_;
  std::condition_variable ready_;
  bool listening_ = false;  // the first LISTEN is in place
  bool opened_ = false;     // the constructor has stopped waiting for it
  int wake_[2] = {-1, -1};
  std::thread listener_thread_;
};

Result<void> PostgresTransaction::commit() {
  std::vector<std::string> payloads;
  for (const auto& [scope, moved] : moved_) {
    payloads.push_back(store_.origin() + " s " + std::to_string(moved.second) + " " + moved.first +
                       " " + scope);
  }
  if (access_changed_) payloads.push_back(store_.origin() + " a");
  KITH_TRY(PostgresServerStore::notify(c_, payloads));
  finished_ = true;
  return c_.exec("COMMIT");
}

Result<std::optional<Invite>> PostgresTransaction::invite(std::string_view code_hash) {
  KITH_ASSIGN(auto rows, c_.run("SELECT code_hash, family_id, person_id, role, display_name, "
                                "created_by, created_at, expires_at, used_at FROM invites "
                                "WHERE code_hash = $1 FOR UPDATE",
                                {store_.invite_key(code_hash)}));
  if (rows.empty()) return std::optional<Invite>();
  Invite i;
  i.code_hash = std::string(code_hash);
  i.family_id = std::string(rows.text(0, 1));
  i.person_id = std::string(rows.text(0, 2));
  i.role = static_cast<v1::Role>(rows.integer(0, 3));
  KITH_ASSIGN(i.display_name, crypto::unseal(store_.key(), rows.bytes(0, 4), "invite:" + i.code_hash));
  i.created_by = std::string(rows.text(0, 5));
  i.created_at = rows.integer(0, 6);
  i.expires_at = rows.integer(0, 7);
  i.used_at = rows.integer(0, 8);
  return std::optional<Invite>(std::move(i));
}

Result<void> PostgresTransaction::insert_invite(const Invite& i) {
  KITH_ASSIGN(std::string name, crypto::seal(store_.key(), i.display_name, "invite:" + i.code_hash));
  KITH_TRY(c_.run("INSERT INTO invites (code_hash, family_id, person_id, role, display_name, "
                "created_by, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                "$8, $9)",
                {store_.invite_key(i.code_hash), i.family_id, i.person_id,
                 static_cast<std::int64_t>(i.role),
                 Param::bytes(name), i.created_by, i.created_at, i.expires_at, i.used_at}));
    return {};
}

Result<void> PostgresTransaction::mark_invite_used(std::string_view code_hash, std::int64_t at) {
  KITH_ASSIGN(auto rows, c_.run("UPDATE invites SET used_at = $2 WHERE code_hash = $1 AND "
                                "used_at = 0",
                                {store_.invite_key(code_hash), at}));
  if (rows.affected() != 1) {
    return unexpected(ErrorCode::invite_used,
                      "This invite has already been used. Ask your coordinator for a new one.");
  }
  return {};
}

Result<std::optional<StoredRecord>> PostgresTransaction::record(Kind kind, std::string_view id) {
  // Locked before it is read (a lock on a record that does not exist yet works too), so two
  // transactions deciding on the same record decide one after the other. Two statements: under
  // READ COMMITTED a statement's snapshot is taken when it starts, so the read must start after
  // the wait for the lock.
  KITH_TRY(c_.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                  {record_context(kind, id)}));
  KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kRecordColumns) +
                                    " FROM records WHERE kind = $1 AND id = $2",
                                {static_cast<std::int64_t>(kind), id}));
  if (rows.empty()) return std::optional<StoredRecord>();
  KITH_ASSIGN(StoredRecord r, read_stored(rows, 0, store_.key()));
  return std::optional<StoredRecord>(std::move(r));
}

Result<std::int64_t> PostgresTransaction::write(std::string_view scope, std::string_view family_id,
                                                Kind kind, std::string_view id,
                                                const std::optional<std::string>& body,
                                                std::int64_t at, std::string_view device_id) {
  // The scope's row stays locked until commit: the next writer to this scope waits, and takes
  // the seq after this one once it is visible (or this one again if it rolls back).
  KITH_ASSIGN(auto next, c_.run("INSERT INTO scopes (scope, family_id, last_seq) VALUES ($1, $2, 1) "
                                "ON CONFLICT (scope) DO UPDATE SET last_seq = scopes.last_seq + 1 "
                                "RETURNING last_seq, (xmax = 0) AS created",
                                {scope, family_id}));
  const std::int64_t seq = next.integer(0, 0);
  std::optional<std::string> sealed;
  if (body) {
    KITH_ASSIGN(sealed, crypto::seal(store_.key(), *body, record_context(kind, id)));
  }
  KITH_TRY(c_.run("INSERT INTO records (kind, id, scope, family_id, seq, body, updated_at, device_id) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (kind, id) DO UPDATE SET "
                  "scope = EXCLUDED.scope, family_id = EXCLUDED.family_id, seq = EXCLUDED.seq, "
                  "body = EXCLUDED.body, updated_at = EXCLUDED.updated_at, "
                  "device_id = EXCLUDED.device_id",
                  {static_cast<std::int64_t>(kind), id, scope, family_id, seq,
                   Param::bytes(sealed), at, device_id}));
  if (kind == Kind::kMembership) KITH_TRY(index_membership(id, body));
  if (kind == Kind::kMembership || kind == Kind::kFamily || next.text(0, 1) == "t") {
    access_changed_ = true;
  }
  moved_[std::string(scope)] = {std::string(family_id), seq};
  return seq;
}

Result<std::vector<StoredRecord>> PostgresTransaction::changes(std::string_view scope,
                                                               std::int64_t after_seq,
                                                               std::size_t limit) {
  KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kRecordColumns) +
                                    " FROM records WHERE scope = $1 AND seq > $2 ORDER BY seq "
                                    "LIMIT $3",
                                {scope, after_seq, static_cast<std::int64_t>(limit)}));
  return read_all_stored(rows, store_.key());
}

Result<std::vector<StoredRecord>> PostgresTransaction::records_of_family(std::string_view family_id) {
  KITH_ASSIGN(auto rows, c_.run("SELECT " + std::string(kRecordColumns) +
                                    " FROM records WHERE family_id = $1 ORDER BY scope, seq",
                                {family_id}));
  return read_all_stored(rows, store_.key());
}

// ---- making, migrating and opening --------------------------------------------------------------

struct Schema {
  bool exists = false;
  std::int64_t version = 0;
};

Result<Schema> schema_of(pg::Connection& c) {
  KITH_ASSIGN(auto rows, c.run("SELECT to_regclass('kith.meta') IS NOT NULL"));
  if (rows.text(0, 0) != "t") return Schema{};
  KITH_ASSIGN(auto version, c.run("SELECT value FROM meta WHERE key = 'schema_version'"));
  if (version.empty()) {
    return unexpected(ErrorCode::not_a_store,
                      "The schema kith in this database has no schema version: it was not made by "
                      "kith-admin init.");
  }
  return Schema{true, version.integer(0, 0)};
}

Result<std::string> meta(pg::Connection& c, std::string_view key) {
  KITH_ASSIGN(auto rows, c.run("SELECT value FROM meta WHERE key = $1", {key}));
  if (rows.empty()) {
    return unexpected(ErrorCode::not_a_store, "The server store is missing its " + std::string(key) + ".");
  }
  return std::string(rows.text(0, 0));
}

//! The key check: a constant sealed at init. store_damaged if this key does not open it.
Result<void> check_key(pg::Connection& c, const SecretBytes& key) {
  KITH_ASSIGN(std::string sealed_hex, meta(c, "key_check"));
  KITH_ASSIGN(auto sealed, from_hex(sealed_hex));
  const std::string bytes(sealed.begin(), sealed.end());
  if (!crypto::unseal(key, bytes, "meta:key_check")) {
    return unexpected(ErrorCode::store_damaged,
                      "KITH_SERVER_KEY is not the key this database was made with. Use the same "
                      "key as the other servers on it.");
  }
  return {};
}

Result<std::string> sealed_meta(const SecretBytes& key, std::string_view plain, std::string_view name) {
  KITH_ASSIGN(std::string sealed, crypto::seal(key, plain, "meta:" + std::string(name)));
  return to_hex(std::span(reinterpret_cast<const std::uint8_t*>(sealed.data()), sealed.size()));
}


//! What kith-server needs and no more: Kith's tables, the audit log to add to and read only.
Result<void> grant_app_role(pg::Connection& c, const std::string& role) {
  KITH_ASSIGN(auto exists, c.run("SELECT 1 FROM pg_roles WHERE rolname = $1", {role}));
  if (exists.empty()) {
    return unexpected(ErrorCode::invalid_argument,
                      "There is no role " + role + " in this PostgreSQL: create it first (CREATE "
                      "ROLE " + role + " LOGIN PASSWORD '...'), then run init again.",
                      "--app-role");
  }
  const std::string r = pg::quote_identifier(role);
  return c.exec("GRANT USAGE ON SCHEMA kith TO " + r +
                "; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA kith TO " + r +
                "; REVOKE UPDATE, DELETE, TRUNCATE ON kith.audit FROM " + r +
                "; GRANT USAGE ON ALL SEQUENCES IN SCHEMA kith TO " + r);
}

}  // namespace

Result<std::string> init_postgres_store(const std::string& conninfo, const std::string& app_role) {
  KITH_ASSIGN(SecretBytes key, key_from_environment());
  KITH_ASSIGN(auto c, pg::Connection::connect(conninfo));
  // One init at a time, whoever runs it.
  KITH_TRY(c.run("SELECT pg_advisory_lock($1)", {kMigrationLock}));
  auto done = [&]() -> Result<std::string> {
    KITH_TRY(c.exec("BEGIN"));
    KITH_ASSIGN(Schema schema, schema_of(c));
    if (schema.version > kSchemaVersion) {
      return unexpected(ErrorCode::store_too_new,
                        "This database was made by a newer Kith (schema " +
                            std::to_string(schema.version) + "); update kith-admin.");
    }
    if (schema.exists && schema.version == kSchemaVersion) {
      KITH_TRY(check_key(c, key));
      if (!app_role.empty()) {
        KITH_TRY(grant_app_role(c, app_role));
        KITH_TRY(c.exec("COMMIT"));
        return "Kith's schema is up to date (version " + std::to_string(kSchemaVersion) +
               "); granted " + app_role + " what kith-server needs.";
      }
      return unexpected(ErrorCode::store_exists,
                        "Kith's schema is already in this database and up to date (version " +
                            std::to_string(kSchemaVersion) + "); nothing was changed.");
    }
    if (schema.exists) KITH_TRY(check_key(c, key));
    if (!schema.exists) KITH_TRY(c.exec("CREATE SCHEMA kith"));
    for (auto v = schema.version; v < kSchemaVersion; ++v) {
      KITH_TRY(c.exec(kMigrations[static_cast<std::size_t>(v)]));
    }
    if (!schema.exists) {
      std::vector<std::uint8_t> token(32);
      KITH_TRY(random_bytes(token));
      const std::string token_text(token.begin(), token.end());
      secure_wipe(token.data(), token.size());
      KITH_ASSIGN(std::string token_sealed, sealed_meta(key, token_text, "token_key"));
      KITH_ASSIGN(std::string check_sealed, sealed_meta(key, "kith", "key_check"));
      KITH_TRY(c.run("INSERT INTO meta (key, value) VALUES ('epoch', $1), ('token_key', $2), "
                     "('key_check', $3), ('schema_version', $4)",
                     {random_hex(16), token_sealed, check_sealed, kSchemaVersion}));
    } else {
      KITH_TRY(c.run("UPDATE meta SET value = $1 WHERE key = 'schema_version'", {kSchemaVersion}));
    }
    if (!app_role.empty()) KITH_TRY(grant_app_role(c, app_role));
    KITH_TRY(c.exec("COMMIT"));
    const std::string granted =
        app_role.empty() ? "" : " Granted " + app_role + " what kith-server needs.";
    if (!schema.exists) {
      return "Made Kith's schema (version " + std::to_string(kSchemaVersion) +
             ") in the database. Every kith-server and kith-admin on it needs the same "
             "KITH_SERVER_KEY." + granted;
    }
    return "Migrated Kith's schema from version " + std::to_string(schema.version) + " to " +
           std::to_string(kSchemaVersion) + "." + granted;
  }();
  if (!done) (void)c.exec("ROLLBACK");
  (void)c.run("SELECT pg_advisory_unlock($1)", {kMigrationLock});
  return done;
}

Result<std::unique_ptr<ServerStore>> open_postgres_store(const std::string& conninfo,
                                                         PostgresStoreOptions options) {
  KITH_ASSIGN(SecretBytes key, key_from_environment());
  KITH_ASSIGN(auto c, pg::Connection::connect(conninfo));
  KITH_ASSIGN(Schema schema, schema_of(c));
  if (!schema.exists) {
    return unexpected(ErrorCode::store_not_found,
                      "This database has no Kith schema: run `kith-admin --store postgres --pg "
                      "CONNINFO init` first.");
  }
  if (schema.version > kSchemaVersion) {
    return unexpected(ErrorCode::store_too_new,
                      "This database was migrated by a newer Kith (schema " +
                          std::to_string(schema.version) + "); update kith-server.");
  }
  if (schema.version < kSchemaVersion) {
    return unexpected(ErrorCode::store_too_old,
                      "This database's schema is version " + std::to_string(schema.version) +
                          " and this Kith needs " + std::to_string(kSchemaVersion) +
                          ": stop every server, then run `kith-admin --store postgres --pg CONNINFO "
                          "init` to migrate it.");
  }
  KITH_TRY(check_key(c, key));
  KITH_ASSIGN(std::string epoch, meta(c, "epoch"));
  KITH_ASSIGN(std::string token_hex, meta(c, "token_key"));
  KITH_ASSIGN(auto token_sealed, from_hex(token_hex));
  KITH_ASSIGN(std::string token_raw,
              crypto::unseal(key, std::string(token_sealed.begin(), token_sealed.end()),
                             "meta:token_key"));
  SecretBytes token_key(std::span(reinterpret_cast<const std::uint8_t*>(token_raw.data()),
                                  token_raw.size()));
  secure_wipe(token_raw.data(), token_raw.size());
  return std::unique_ptr<ServerStore>(std::make_unique<PostgresServerStore>(
      conninfo, options, std::move(key), std::move(epoch), std::move(token_key)));
}

}  // namespace kith::server
