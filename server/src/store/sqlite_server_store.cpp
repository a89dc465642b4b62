// The server's embedded store: one SQLCipher file, one connection, one transaction at a time.
// SQL runs on SQLite 3.15.2 (SQLCipher 3.4): no UPSERT, no RETURNING.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "kith/bytes.hpp"
#include "kith/sqlite/files.hpp"
#include "kith/sqlite/sqlite.hpp"
#include "server_key.hpp"
#include "server_store.hpp"

namespace kith::server {
namespace {

namespace fs = std::filesystem;
using domain::Kind;

constexpr const char* kDatabaseFile = "kith-server.db";
constexpr const char* kKeyFile = "server.key";

constexpr std::array<std::string_view, 1> kMigrations = {
    R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE accounts (
  person_id     TEXT PRIMARY KEY,
  username      TEXT UNIQUE,
  password_hash TEXT NOT NULL DEFAULT '',
  staff         INTEGER NOT NULL,
  created_at    INTEGER NOT NULL
);
CREATE TABLE devices (
  id          TEXT PRIMARY KEY,
  person_id   TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  last_seq    INTEGER NOT NULL CHECK (last_seq >= -1),  -- -1: take the next push's numbers
  created_at  INTEGER NOT NULL,
  revoked_at  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_by_person ON devices (person_id);
CREATE TABLE invites (
  code_hash    TEXT PRIMARY KEY,
  family_id    TEXT NOT NULL,
  person_id    TEXT NOT NULL,
  role         INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  used_at      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE scopes (
  scope     TEXT PRIMARY KEY,
  family_id TEXT NOT NULL,
  last_seq  INTEGER NOT NULL,
  horizon   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE records (
  kind       INTEGER NOT NULL,
  id         TEXT    NOT NULL,
  scope      TEXT    NOT NULL,
  family_id  TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  body       BLOB,              -- NULL: a tombstone
  updated_at INTEGER NOT NULL,
  device_id  TEXT    NOT NULL DEFAULT '',  -- whose push wrote this version ('' for kith-admin)
  UNIQUE (kind, id)
);
CREATE UNIQUE INDEX records_by_scope_seq ON records (scope, seq);
CREATE INDEX records_by_family ON records (family_id);
CREATE TABLE memberships (
  id        TEXT PRIMARY KEY,
  person_id TEXT NOT NULL,
  family_id TEXT NOT NULL,
  role      INTEGER NOT NULL,
  active    INTEGER NOT NULL
);
CREATE INDEX memberships_by_person ON memberships (person_id);
CREATE TABLE rejections (
  device_id TEXT    NOT NULL,
  seq       INTEGER NOT NULL,
  code      TEXT    NOT NULL,
  message   TEXT    NOT NULL,
  field     TEXT    NOT NULL,
  PRIMARY KEY (device_id, seq)
);
CREATE TABLE audit (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  at         INTEGER NOT NULL,
  person_id  TEXT NOT NULL,
  device_id  TEXT NOT NULL,
  action     TEXT NOT NULL,
  family_id  TEXT NOT NULL,
  scope      TEXT NOT NULL,
  kind       TEXT NOT NULL,
  record_id  TEXT NOT NULL,
  outcome    TEXT NOT NULL,
  code       TEXT NOT NULL,
  count      INTEGER NOT NULL
);
-- The audit log is append-only for everyone who reaches the database through Kith.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
)sql",
};

Result<SecretBytes> read_server_key(const fs::path& dir) {
  if (auto env = server_key_from_environment()) return parse_server_key(std::move(*env));
  auto bytes = files::read(dir / kKeyFile, 256);
  if (!bytes) {
    return unexpected(ErrorCode::store_not_found,
                      "There is no server key in " + dir.string() + ": run `kith-admin --data " +
                          dir.string() + " init`, or set KITH_SERVER_KEY.");
  }
  struct stat st {};
  if (::stat((dir / kKeyFile).c_str(), &st) == 0 && (st.st_mode & 077) != 0) {
    secure_wipe(bytes->data(), bytes->size());
    return unexpected(ErrorCode::invalid_argument,
                      "The server key file can be read by other users: chmod 600 it.");
  }
  std::string hex(bytes->begin(), bytes->end());
  secure_wipe(bytes->data(), bytes->size());
  return parse_server_key(std::move(hex));
}

std::string random_hex(std::size_t bytes) {
  std::vector<std::uint8_t> raw(bytes);
  (void)random_bytes(raw);
  return to_hex(raw);
}

class SqliteTransaction;

class SqliteServerStore final : public ServerStore {
 public:
  SqliteServerStore(sql::Connection db, std::string epoch, SecretBytes token_key)
      : db_(std::move(db)), epoch_(std::move(epoch)), token_key_(std::move(token_key)) {}

  const std::string& epoch() const override { return epoch_; }
  const SecretBytes& token_key() const override { return token_key_; }

  Result<std::unique_ptr<Transaction>> begin() override;
  Result<AccessState> load_access() override;
  Result<bool> changed_elsewhere() override {
    const std::lock_guard lock(mutex_);
    KITH_ASSIGN(std::int64_t version, db_.scalar("PRAGMA data_version"));
    const bool changed = data_version_ != 0 && version != data_version_;
    data_version_ = version;
    return changed;
  }
  Result<std::int64_t> prune_tombstones(std::int64_t before) override;
  Result<std::string> new_epoch() override {
    const std::lock_guard lock(mutex_);
    KITH_ASSIGN(auto tx, sql::Transaction::begin(db_));
    const std::string epoch = random_hex(16);
    KITH_ASSIGN(auto put, db_.prepare("UPDATE meta SET value = ? WHERE key = 'epoch'"));
    KITH_TRY(put.bind(1, epoch).run());
    KITH_TRY(db_.exec("UPDATE devices SET last_seq = -1"));
    KITH_TRY(tx.commit());
    epoch_ = epoch;
    return epoch;
  }
  Result<std::vector<AuditEntry>> audit_log(std::int64_t after_id, std::size_t limit) override;
  Result<void> check() override {
    const std::lock_guard lock(mutex_);
    KITH_ASSIGN(auto stmt, db_.prepare("PRAGMA integrity_check"));
    KITH_ASSIGN(bool row, stmt.step());
    if (!row || stmt.column_text(0) != "ok") {
      return unexpected(ErrorCode::store_damaged,
                        "The server store failed its integrity check: restore it from a backup.");
    }
    return {};
  }

 private:
  friend class SqliteTransaction;
  std::mutex mutex_;
  sql::Connection db_;
  std::string epoch_;
  SecretBytes token_key_;
  std::int64_t data_version_ = 0;
};

StoredRecord read_stored(const sql::Statement& s) {
  // Columns: scope, family_id, kind, id, seq, body, device_id
  StoredRecord r;
  r.scope = std::string(s.column_text(0));
  r.family_id = std::string(s.column_text(1));
  r.kind = static_cast<Kind>(s.column_int(2));
  r.id = std::string(s.column_text(3));
  r.seq = s.column_int(4);
  if (!s.column_is_null(5)) r.body = std::string(s.column_blob(5));
  r.device_id = std::string(s.column_text(6));
  return r;
}

Account read_account(const sql::Statement& s) {
  return {std::string(s.column_text(0)), std::string(s.column_text(1)),
          std::string(s.column_text(2)), s.column_int(3) != 0, s.column_int(4)};
}

Device read_device(const sql::Statement& s) {
  return {std::string(s.column_text(0)), std::string(s.column_text(1)),
          std::string(s.column_text(2)), s.column_int(3), s.column_int(4), s.column_int(5)};
}

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(std::unique_lock<std::mutex> lock, sql::Connection& db, sql::Transaction tx)
      : lock_(std::move(lock)), db_(db), tx_(std::move(tx)) {}

  Result<void> commit() override {
    KITH_TRY(write_heads());
    return tx_.commit();
  }

  Result<std::optional<Account>> account(std::string_view person_id) override {
    return one_account("WHERE person_id = ?", person_id);
  }
  Result<std::optional<Account>> account_by_username(std::string_view username) override {
    return one_account("WHERE username = ?", username);
  }
  Result<void> put_account(const Account& a) override {
    KITH_ASSIGN(auto existing, account_by_username(a.username));
    if (!a.username.empty() && existing && existing->person_id != a.person_id) {
      return unexpected(ErrorCode::conflict, "That username is taken.", "username");
    }
    KITH_ASSIGN(auto stmt, db_.prepare("INSERT OR REPLACE INTO accounts (person_id, username, "
                                       "password_hash, staff, created_at) VALUES (?, ?, ?, ?, ?)"));
    stmt.bind(1, a.person_id);
    if (a.username.empty()) stmt.bind_null(2); else stmt.bind(2, a.username);
    return stmt.bind(3, a.password_hash).bind(4, a.staff ? 1 : 0).bind(5, a.created_at).run();
  }
  Result<void> remove_account(std::string_view person_id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("DELETE FROM accounts WHERE person_id = ?"));
    return stmt.bind(1, person_id).run();
  }

  Result<std::optional<Device>> device(std::string_view id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT id, person_id, secret_hash, last_seq, created_at, "
                                       "revoked_at FROM devices WHERE id = ?"));
    stmt.bind(1, id);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) return std::optional<Device>();
    return std::optional<Device>(read_device(stmt));
  }
  Result<void> insert_device(const Device& d) override {
    KITH_ASSIGN(auto existing, device(d.id));
    if (existing) {
      return unexpected(ErrorCode::device_exists,
                        "This device is already enrolled. To join again, make a new store on it.");
    }
    KITH_ASSIGN(auto stmt, db_.prepare("INSERT INTO devices (id, person_id, secret_hash, last_seq, "
                                       "created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)"));
    return stmt.bind(1, d.id).bind(2, d.person_id).bind(3, d.secret_hash).bind(4, d.last_seq)
        .bind(5, d.created_at).bind(6, d.revoked_at).run();
  }
  Result<void> set_device_last_seq(std::string_view id, std::int64_t seq) override {
    KITH_ASSIGN(auto stmt, db_.prepare("UPDATE devices SET last_seq = ? WHERE id = ?"));
    return stmt.bind(1, seq).bind(2, id).run();
  }
  Result<void> revoke_device(std::string_view id, std::int64_t at) override {
    KITH_ASSIGN(auto stmt,
                db_.prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at = 0"));
    return stmt.bind(1, at).bind(2, id).run();
  }
  Result<std::vector<Device>> devices_of(std::string_view person_id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT id, person_id, secret_hash, last_seq, created_at, "
                                       "revoked_at FROM devices WHERE person_id = ? ORDER BY id"));
    stmt.bind(1, person_id);
    std::vector<Device> out;
    for (;;) {
      KITH_ASSIGN(bool row, stmt.step());
      if (!row) break;
      out.push_back(read_device(stmt));
    }
    return out;
  }

  Result<std::optional<Invite>> invite(std::string_view code_hash) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT code_hash, family_id, person_id, role, display_name, "
                                       "created_by, created_at, expires_at, used_at FROM invites "
                                       "WHERE code_hash = ?"));
    stmt.bind(1, code_hash);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) return std::optional<Invite>();
    Invite i;
    i.code_hash = std::string(stmt.column_text(0));
    i.family_id = std::string(stmt.column_text(1));
    i.person_id = std::string(stmt.column_text(2));
    i.role = static_cast<v1::Role>(stmt.column_int(3));
    i.display_name = std::string(stmt.column_text(4));
    i.created_by = std::string(stmt.column_text(5));
    i.created_at = stmt.column_int(6);
    i.expires_at = stmt.column_int(7);
    i.used_at = stmt.column_int(8);
    return std::optional<Invite>(std::move(i));
  }
  Result<void> insert_invite(const Invite& i) override {
    KITH_ASSIGN(auto stmt, db_.prepare("INSERT INTO invites (code_hash, family_id, person_id, role, "
                                       "display_name, created_by, created_at, expires_at, used_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return stmt.bind(1, i.code_hash).bind(2, i.family_id).bind(3, i.person_id)
        .bind(4, static_cast<std::int64_t>(i.role)).bind(5, i.display_name).bind(6, i.created_by)
        .bind(7, i.created_at).bind(8, i.expires_at).bind(9, i.used_at).run();
  }
  Result<void> mark_invite_used(std::string_view code_hash, std::int64_t at) override {
    KITH_ASSIGN(auto stmt, db_.prepare("UPDATE invites SET used_at = ? WHERE code_hash = ?"));
    return stmt.bind(1, at).bind(2, code_hash).run();
  }

  Result<std::optional<StoredRecord>> record(Kind kind, std::string_view id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT scope, family_id, kind, id, seq, body, device_id FROM records "
                                       "WHERE kind = ? AND id = ?"));
    stmt.bind(1, static_cast<std::int64_t>(kind)).bind(2, id);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) {
      // A push reads each record before it writes it: remembering that there was none lets the
      // write go straight to an INSERT.
      absent_.emplace(kind, std::string(id));
      return std::optional<StoredRecord>();
    }
    return std::optional<StoredRecord>(read_stored(stmt));
  }

  Result<std::int64_t> write(std::string_view scope, std::string_view family_id, Kind kind,
                             std::string_view id, const std::optional<std::string>& body,
                             std::int64_t at, std::string_view device_id) override {
    KITH_ASSIGN(Head* head_now, touched_head(scope, family_id));
    const std::int64_t seq = ++head_now->last_seq;
    KITH_ASSIGN(auto in, db_.prepare("INSERT INTO records (kind, id, scope, family_id, seq, body, "
                                     "updated_at, device_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    const auto known_absent = absent_.find(std::pair(kind, std::string(id)));
    bool written = false;
    if (known_absent != absent_.end()) {
      absent_.erase(known_absent);
      // Read as absent in this transaction, which is the only writer: a plain INSERT.
      in.bind(1, static_cast<std::int64_t>(kind)).bind(2, id).bind(3, scope).bind(4, family_id)
          .bind(5, seq).bind(7, at).bind(8, device_id);
      if (body) in.bind_blob(6, *body); else in.bind_null(6);
      KITH_TRY(in.run());
      written = db_.changes() > 0;
    } else {
      // UPDATE, then INSERT when there was no row (no UPSERT in SQLite 3.15).
      KITH_ASSIGN(auto up, db_.prepare("UPDATE records SET scope = ?3, family_id = ?4, seq = ?5, "
                                       "body = ?6, updated_at = ?7, device_id = ?8 "
                                       "WHERE kind = ?1 AND id = ?2"));
      for (sql::Statement* stmt : {&up, &in}) {
        stmt->bind(1, static_cast<std::int64_t>(kind)).bind(2, id).bind(3, scope).bind(4, family_id)
            .bind(5, seq).bind(7, at).bind(8, device_id);
        if (body) stmt->bind_blob(6, *body); else stmt->bind_null(6);
        KITH_TRY(stmt->run());
        if (db_.changes() > 0) {
          written = true;
          break;
        }
      }
    }
    if (!written) return unexpected(ErrorCode::internal, "A record could not be written.");
    if (kind == Kind::kMembership) KITH_TRY(index_membership(id, body));
    return seq;
  }

  Result<std::vector<StoredRecord>> changes(std::string_view scope, std::int64_t after_seq,
                                            std::size_t limit) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT scope, family_id, kind, id, seq, body, device_id FROM records "
                                       "WHERE scope = ? AND seq > ? ORDER BY seq LIMIT ?"));
    stmt.bind(1, scope).bind(2, after_seq).bind(3, static_cast<std::int64_t>(limit));
    return collect(stmt);
  }
  Result<std::optional<ScopeHead>> head(std::string_view scope) override {
    if (const auto it = heads_.find(scope); it != heads_.end()) {
      const Head& h = it->second;
      return std::optional<ScopeHead>(ScopeHead{it->first, h.family_id, h.last_seq, h.horizon});
    }
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT scope, family_id, last_seq, horizon FROM scopes "
                                       "WHERE scope = ?"));
    stmt.bind(1, scope);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) return std::optional<ScopeHead>();
    return std::optional<ScopeHead>(ScopeHead{std::string(stmt.column_text(0)),
                                              std::string(stmt.column_text(1)),
                                              stmt.column_int(2), stmt.column_int(3)});
  }
  Result<std::vector<StoredRecord>> records_of_family(std::string_view family_id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT scope, family_id, kind, id, seq, body, device_id FROM records "
                                       "WHERE family_id = ? ORDER BY scope, seq"));
    stmt.bind(1, family_id);
    return collect(stmt);
  }
  Result<std::vector<Membership>> memberships_of(std::string_view person_id) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT id, person_id, family_id, role, active FROM "
                                       "memberships WHERE person_id = ? ORDER BY id"));
    stmt.bind(1, person_id);
    std::vector<Membership> out;
    for (;;) {
      KITH_ASSIGN(bool row, stmt.step());
      if (!row) break;
      out.push_back({std::string(stmt.column_text(0)), std::string(stmt.column_text(1)),
                     std::string(stmt.column_text(2)), static_cast<v1::Role>(stmt.column_int(3)),
                     stmt.column_int(4) != 0});
    }
    return out;
  }

  Result<void> add_rejection(std::string_view device_id, std::int64_t seq,
                             const Error& error) override {
    KITH_ASSIGN(auto stmt, db_.prepare("INSERT OR REPLACE INTO rejections (device_id, seq, code, "
                                       "message, field) VALUES (?, ?, ?, ?, ?)"));
    return stmt.bind(1, device_id).bind(2, seq).bind(3, to_string(error.code))
        .bind(4, error.message).bind(5, error.field).run();
  }
  Result<std::optional<Error>> rejection(std::string_view device_id, std::int64_t seq) override {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT code, message, field FROM rejections WHERE "
                                       "device_id = ? AND seq = ?"));
    stmt.bind(1, device_id).bind(2, seq);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) return std::optional<Error>();
    return std::optional<Error>(Error{error_code_from_string(stmt.column_text(0)),
                                      std::string(stmt.column_text(1)),
                                      std::string(stmt.column_text(2))});
  }

  Result<void> audit(const AuditEntry& e) override {
    KITH_ASSIGN(auto stmt, db_.prepare("INSERT INTO audit (at, person_id, device_id, action, "
                                       "family_id, scope, kind, record_id, outcome, code, count) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return stmt.bind(1, e.at).bind(2, e.person_id).bind(3, e.device_id).bind(4, e.action)
        .bind(5, e.family_id).bind(6, e.scope).bind(7, e.kind).bind(8, e.record_id)
        .bind(9, e.outcome).bind(10, e.code).bind(11, e.count).run();
  }

 private:
  Result<std::optional<Account>> one_account(std::string_view where, std::string_view value) {
    KITH_ASSIGN(auto stmt, db_.prepare("SELECT person_id, COALESCE(username, ''), password_hash, "
                                       "staff, created_at FROM accounts " + std::string(where)));
    stmt.bind(1, value);
    KITH_ASSIGN(bool row, stmt.step());
    if (!row) return std::optional<Account>();
    return std::optional<Account>(read_account(stmt));
  }

  Result<std::vector<StoredRecord>> collect(sql::Statement& stmt) {
    std::vector<StoredRecord> out;
    for (;;) {
      KITH_ASSIGN(bool row, stmt.step());
      if (!row) break;
      out.push_back(read_stored(stmt));
    }
    return out;
  }

  // The membership index follows the Membership records, in the same transaction.
  Result<void> index_membership(std::string_view id, const std::optional<std::string>& body) {
    KITH_ASSIGN(auto del, db_.prepare("DELETE FROM memberships WHERE id = ?"));
    KITH_TRY(del.bind(1, id).run());
    if (!body) return {};
    domain::Record record;
    if (!record.ParseFromArray(body->data(), static_cast<int>(body->size())) ||
        !record.has_membership()) {
      return unexpected(ErrorCode::internal, "A membership record could not be read back.");
    }
    const v1::Membership& m = record.membership();
    KITH_ASSIGN(auto in, db_.prepare("INSERT INTO memberships (id, person_id, family_id, role, "
                                     "active) VALUES (?, ?, ?, ?, ?)"));
    return in.bind(1, m.id()).bind(2, m.person_id()).bind(3, m.family_id())
        .bind(4, static_cast<std::int64_t>(m.role())).bind(5, m.ended_on().empty() ? 1 : 0).run();
  }

  // A scope's head as this transaction moves it: read once, counted in memory, written once at
  // commit (a push of 100 changes to one scope updates its row once, not 100 times).
  struct Head {
    std::string family_id;
    std::int64_t last_seq = 0;
    std::int64_t horizon = 0;
    std::int64_t stored_seq = 0;  // what the row holds; 0 and !exists: no row yet
    bool exists = false;
  };

  Result<Head*> touched_head(std::string_view scope, std::string_view family_id) {
    if (const auto it = heads_.find(scope); it != heads_.end()) return &it->second;
    KITH_ASSIGN(auto stored, head(scope));
    Head h;
    h.family_id = stored ? stored->family_id : std::string(family_id);
    h.last_seq = h.stored_seq = stored ? stored->last_seq : 0;
    h.horizon = stored ? stored->horizon : 0;
    h.exists = stored.has_value();
    return &heads_.emplace(std::string(scope), std::move(h)).first->second;
  }

  Result<void> write_heads() {
    for (auto& [scope, h] : heads_) {
      if (h.exists && h.last_seq == h.stored_seq) continue;
      if (h.exists) {
        KITH_ASSIGN(auto up, db_.prepare("UPDATE scopes SET last_seq = ? WHERE scope = ?"));
        KITH_TRY(up.bind(1, h.last_seq).bind(2, scope).run());
      } else {
        KITH_ASSIGN(auto in, db_.prepare("INSERT INTO scopes (scope, family_id, last_seq) VALUES (?, ?, ?)"));
        KITH_TRY(in.bind(1, scope).bind(2, h.family_id).bind(3, h.last_seq).run());
      }
      h.exists = true;
      h.stored_seq = h.last_seq;
    }
    return {};
  }

  std::unique_lock<std::mutex> lock_;
  sql::Connection& db_;
  sql::Transaction tx_;
  std::map<std::string, Head, std::less<>> heads_;
  std::set<std::pair<Kind, std::string>> absent_;  // records read as missing, not written since
};

Result<std::unique_ptr<Transaction>> SqliteServerStore::begin() {
  std::unique_lock lock(mutex_);
  KITH_ASSIGN(auto tx, sql::Transaction::begin(db_));
  return std::unique_ptr<Transaction>(
      std::make_unique<SqliteTransaction>(std::move(lock), db_, std::move(tx)));
}

Result<AccessState> SqliteServerStore::load_access() {
  const std::lock_guard lock(mutex_);
  AccessState state;
  KITH_ASSIGN(auto tx, sql::Transaction::begin(db_));  // one consistent snapshot
  {
    KITH_ASSIGN(auto s, db_.prepare("SELECT person_id, COALESCE(username, ''), password_hash, "
                                    "staff, created_at FROM accounts"));
    for (;;) {
      KITH_ASSIGN(bool row, s.step());
      if (!row) break;
      state.accounts.push_back(read_account(s));
    }
  }
  {
    KITH_ASSIGN(auto s, db_.prepare("SELECT id, person_id, secret_hash, last_seq, created_at, "
                                    "revoked_at FROM devices"));
    for (;;) {
      KITH_ASSIGN(bool row, s.step());
      if (!row) break;
      state.devices.push_back(read_device(s));
    }
  }
  {
    KITH_ASSIGN(auto s, db_.prepare("SELECT id, person_id, family_id, role, active FROM memberships"));
    for (;;) {
      KITH_ASSIGN(bool row, s.step());
      if (!row) break;
      state.memberships.push_back({std::string(s.column_text(0)), std::string(s.column_text(1)),
                                   std::string(s.column_text(2)),
                                   static_cast<v1::Role>(s.column_int(3)), s.column_int(4) != 0});
    }
  }
  {
    KITH_ASSIGN(auto s, db_.prepare("SELECT scope, family_id, last_seq, horizon FROM scopes"));
    for (;;) {
      KITH_ASSIGN(bool row, s.step());
      if (!row) break;
      state.heads.push_back({std::string(s.column_text(0)), std::string(s.column_text(1)),
                             s.column_int(2), s.column_int(3)});
    }
  }
  {
    KITH_ASSIGN(auto s, db_.prepare("SELECT id FROM records WHERE kind = ? AND body IS NOT NULL"));
    s.bind(1, static_cast<std::int64_t>(Kind::kFamily));
    for (;;) {
      KITH_ASSIGN(bool row, s.step());
      if (!row) break;
      state.families.emplace_back(s.column_text(0));
    }
  }
  KITH_TRY(tx.commit());
  return state;
}

Result<std::int64_t> SqliteServerStore::prune_tombstones(std::int64_t before) {
  const std::lock_guard lock(mutex_);
  KITH_ASSIGN(auto tx, sql::Transaction::begin(db_));
  // The horizon is the newest pruned tombstone's seq: a cursor below it may have missed a delete.
  KITH_TRY(db_.exec("CREATE TEMP TABLE IF NOT EXISTS pruned (scope TEXT PRIMARY KEY, seq INTEGER)"));
  KITH_TRY(db_.exec("DELETE FROM temp.pruned"));
  KITH_ASSIGN(auto collect, db_.prepare("INSERT INTO temp.pruned (scope, seq) SELECT scope, max(seq) "
                                        "FROM records WHERE body IS NULL AND updated_at < ? "
                                        "GROUP BY scope"));
  KITH_TRY(collect.bind(1, before).run());
  KITH_TRY(db_.exec("UPDATE scopes SET horizon = (SELECT seq FROM temp.pruned p WHERE p.scope = "
                    "scopes.scope) WHERE scope IN (SELECT scope FROM temp.pruned)"));
  KITH_ASSIGN(auto del, db_.prepare("DELETE FROM records WHERE body IS NULL AND updated_at < ?"));
  KITH_TRY(del.bind(1, before).run());
  const std::int64_t removed = db_.changes();
  KITH_TRY(tx.commit());
  return removed;
}

Result<std::vector<AuditEntry>> SqliteServerStore::audit_log(std::int64_t after_id,
                                                             std::size_t limit) {
  const std::lock_guard lock(mutex_);
  KITH_ASSIGN(auto s, db_.prepare("SELECT at, person_id, device_id, action, family_id, scope, kind, "
                                  "record_id, outcome, code, count FROM audit WHERE id > ? "
                                  "ORDER BY id LIMIT ?"));
  s.bind(1, after_id).bind(2, static_cast<std::int64_t>(limit));
  std::vector<AuditEntry> out;
  for (;;) {
    KITH_ASSIGN(bool row, s.step());
    if (!row) break;
    out.push_back({s.column_int(0), std::string(s.column_text(1)), std::string(s.column_text(2)),
                   std::string(s.column_text(3)), std::string(s.column_text(4)),
                   std::string(s.column_text(5)), std::string(s.column_text(6)),
                   std::string(s.column_text(7)), std::string(s.column_text(8)),
                   std::string(s.column_text(9)), s.column_int(10)});
  }
  return out;
}

Result<std::string> meta_value(sql::Connection& db, std::string_view key) {
  KITH_ASSIGN(auto s, db.prepare("SELECT value FROM meta WHERE key = ?"));
  s.bind(1, key);
  KITH_ASSIGN(bool row, s.step());
  if (!row) return unexpected(ErrorCode::not_a_store, "The server store is missing its " + std::string(key) + ".");
  return std::string(s.column_text(0));
}

}  // namespace

Result<void> init_sqlite_store(const std::string& dir_text) {
  const fs::path dir(dir_text);
  std::error_code ec;
  if (fs::exists(dir / kDatabaseFile, ec)) {
    return unexpected(ErrorCode::store_exists,
                      "A server store is already in " + dir_text + "; refusing to overwrite it.");
  }
  fs::create_directories(dir, ec);
  if (ec) return unexpected(ErrorCode::io_error, "Could not make " + dir_text + ": " + ec.message());
  ::chmod(dir.c_str(), 0700);
  if (!server_key_from_environment()) {
    std::vector<std::uint8_t> key(32);
    KITH_TRY(random_bytes(key));
    std::string hex = to_hex(key) + "\n";
    secure_wipe(key.data(), key.size());
    auto written = files::write_atomically(
        dir / kKeyFile, std::span(reinterpret_cast<const std::uint8_t*>(hex.data()), hex.size()));
    secure_wipe(hex.data(), hex.size());
    KITH_TRY(written);
  }
  KITH_ASSIGN(SecretBytes key, read_server_key(dir));
  {
    const std::string path = (dir / kDatabaseFile).string();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return unexpected(ErrorCode::io_error, "Could not make the server's data file.");
    ::close(fd);
  }
  KITH_ASSIGN(auto db, sql::Connection::open((dir / kDatabaseFile).string(), key, true, 2048));
  KITH_TRY(sql::migrate(db, kMigrations));
  KITH_ASSIGN(auto tx, sql::Transaction::begin(db));
  KITH_ASSIGN(auto put, db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)"));
  KITH_TRY(put.bind(1, "epoch").bind(2, random_hex(16)).run());
  KITH_TRY(put.bind(1, "token_key").bind(2, random_hex(32)).run());
  return tx.commit();
}

Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& dir_text,
                                                       SqliteStoreOptions options) {
  const fs::path dir(dir_text);
  std::error_code ec;
  if (!fs::exists(dir / kDatabaseFile, ec)) {
    return unexpected(ErrorCode::store_not_found,
                      "There is no server store in " + dir_text + ": run `kith-admin --data " +
                          dir_text + " init` first.");
  }
  KITH_ASSIGN(SecretBytes key, read_server_key(dir));
  auto db = sql::Connection::open((dir / kDatabaseFile).string(), key, false, options.cache_kib);
  if (!db) {
    if (db.error().code == ErrorCode::store_damaged) {
      return unexpected(ErrorCode::store_damaged,
                        "The server key does not open " + dir_text +
                            "/kith-server.db, or the file is damaged. Check KITH_SERVER_KEY and "
                            "server.key, or restore from a backup.");
    }
    return unexpected(std::move(db).error());
  }
  db->busy_timeout(5000);  // kith-admin and the server share the file
  KITH_TRY(sql::migrate(*db, kMigrations));
  KITH_ASSIGN(std::string epoch, meta_value(*db, "epoch"));
  KITH_ASSIGN(std::string token_hex, meta_value(*db, "token_key"));
  KITH_ASSIGN(auto token_raw, from_hex(token_hex));
  SecretBytes token_key(token_raw.size());
  std::copy(token_raw.begin(), token_raw.end(), token_key.data());
  secure_wipe(token_raw.data(), token_raw.size());
  secure_wipe(token_hex.data(), token_hex.size());
  auto store = std::make_unique<SqliteServerStore>(std::move(*db), std::move(epoch),
                                                   std::move(token_key));
  KITH_TRY(store->changed_elsewhere());  // records the data version as of now
  return std::unique_ptr<ServerStore>(std::move(store));
}

}  // namespace kith::server
