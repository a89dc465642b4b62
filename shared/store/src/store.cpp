#include "kith/store/store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <charconv>
#include <cstring>

#include "kith/sqlite/files.hpp"
#include "kith/bytes.hpp"
#include "migrations.hpp"
#include "kith/sqlite/sqlite.hpp"

namespace kith::store {

namespace fs = std::filesystem;
using domain::Kind;
using domain::Record;

namespace {

constexpr const char* kDatabaseFile = "kith.db";
constexpr const char* kKeyFile = "kith.key";
constexpr const char* kNextKeyFile = "kith.key.next";
constexpr const char* kUnlockStateFile = "unlock.state";
constexpr std::size_t kMinPinLength = 6;

std::int64_t now_seconds(const StoreOptions& options) {
  if (options.now) return options.now();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string wait_phrase(std::int64_t seconds) {
  if (seconds <= 90) return std::to_string(seconds) + " seconds";
  return std::to_string((seconds + 59) / 60) + " minutes";
}

// ---- PIN rules ------------------------------------------------------------------------------

Result<void> check_new_pin(const Pin& pin) {
  const auto bytes = pin.bytes();
  if (bytes.size() < kMinPinLength) {
    return unexpected(ErrorCode::weak_pin, "Choose a PIN of at least 6 digits or letters.");
  }
  const bool same = std::all_of(bytes.begin(), bytes.end(), [&](auto b) { return b == bytes[0]; });
  bool up = true, down = true;
  for (std::size_t i = 1; i < bytes.size(); ++i) {
    up = up && bytes[i] == bytes[i - 1] + 1;
    down = down && bytes[i] + 1 == bytes[i - 1];
  }
  if (same || up || down) {
    return unexpected(ErrorCode::weak_pin,
                      "That PIN is easy to guess: avoid repeated or consecutive digits.");
  }
  return {};
}

// ---- the lock-out state ----------------------------------------------------------------------
// A small text file: "kith-unlock 1 <failures> <locked_until>\n". Written before the PIN is
// checked, so killing the app during an attempt still counts the attempt.

struct UnlockState {
  std::uint32_t failures = 0;
  std::int64_t locked_until = 0;
};

Result<UnlockState> read_unlock_state(const fs::path& dir, const LockoutPolicy& policy) {
  auto bytes = files::read(dir / kUnlockStateFile, 256);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::store_not_found) return UnlockState{};
    return unexpected(std::move(bytes).error());
  }
  const std::string text(bytes->begin(), bytes->end());
  UnlockState state;
  long long failures = 0, until = 0;
  if (std::sscanf(text.c_str(), "kith-unlock 1 %lld %lld", &failures, &until) != 2 ||
      failures < 0 || until < 0) {
    // A damaged state file must not become a way round the lock-out: treat it as the last free
    // attempt used, so the next wrong PIN locks.
    state.failures = policy.free_attempts;
    return state;
  }
  state.failures = static_cast<std::uint32_t>(std::min<long long>(failures, 1'000'000));
  state.locked_until = until;
  return state;
}

Result<void> write_unlock_state(const fs::path& dir, const UnlockState& state) {
  const std::string text = "kith-unlock 1 " + std::to_string(state.failures) + " " +
                           std::to_string(state.locked_until) + "\n";
  return files::write_atomically(
      dir / kUnlockStateFile,
      std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Result<crypto::WrappedKey> read_wrapped_key(const fs::path& path) {
  KITH_ASSIGN(auto bytes, files::read(path, 4096));
  return crypto::WrappedKey::parse(bytes);
}

Result<void> write_wrapped_key(const fs::path& path, const crypto::WrappedKey& key) {
  const auto bytes = key.serialize();
  return files::write_atomically(path, bytes);
}

bool file_starts_with_plain_sqlite(const fs::path& path) {
  auto bytes = files::read(path, 16);
  static constexpr char kHeader[] = "SQLite format 3";
  return bytes && bytes->size() >= 16 && std::memcmp(bytes->data(), kHeader, 16) == 0;
}

Result<Record> parse_stored(std::string_view body) {
  Record record;
  if (!record.ParseFromArray(body.data(), static_cast<int>(body.size()))) {
    return unexpected(ErrorCode::store_damaged,
                      "A stored record cannot be read. Restore the store from a backup, or enrol "
                      "this device again and sync.");
  }
  return record;
}

void remove_database_files(const fs::path& dir) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    fs::remove(dir / (std::string(kDatabaseFile) + suffix), ignored);
  }
}

}  // namespace

std::int64_t LockoutPolicy::lock_seconds(std::uint32_t failures) const {
  if (failures < free_attempts) return 0;
  const std::uint32_t doublings = std::min<std::uint32_t>(failures - free_attempts, 30);
  return std::min(max_lock_seconds, first_lock_seconds << doublings);
}

// ---- Impl ------------------------------------------------------------------------------------

struct Store::Impl {
  fs::path dir;
  StoreOptions options;
  sql::Connection db;
  std::string device_id;
  int schema_version = 0;
  // Statements on the hot paths, prepared once.
  sql::Statement update_record;
  sql::Statement insert_record;
  sql::Statement put_outbox;
  sql::Statement put_cursor;

  Impl(fs::path d, StoreOptions o, sql::Connection c, sql::Statement u, sql::Statement i,
       sql::Statement ob, sql::Statement cu)
      : dir(std::move(d)), options(std::move(o)), db(std::move(c)), update_record(std::move(u)),
        insert_record(std::move(i)), put_outbox(std::move(ob)), put_cursor(std::move(cu)) {}

  // Writes a record row, or a tombstone when `body` is null. UPDATE, then INSERT if there was no
  // row: INSERT OR REPLACE costs about five times as much per row here (it takes SQLite's slow
  // conflict path, and with secure_delete it zeroes the row it replaces), measured in
  // tests/bench (docs/PERFORMANCE.md).
  //! UPDATE, then INSERT if no row changed (SQLite 3.15 has no UPSERT, and INSERT OR REPLACE is
  //! slow: docs/PERFORMANCE.md). `likely_new` (a snapshot's rows, after its scope was cleared)
  //! tries the INSERT first and UPDATEs only if the row was there after all.
  Result<void> write_row(Kind kind, std::string_view id, const std::string& scope,
                         std::string_view family_id, std::optional<std::string_view> body,
                         std::optional<std::int64_t> server_seq, std::int64_t now,
                         bool likely_new = false) {
    sql::Statement* order[] = {&update_record, &insert_record};
    if (likely_new) std::swap(order[0], order[1]);
    for (sql::Statement* stmt : order) {
      stmt->bind(1, static_cast<std::int64_t>(kind)).bind(2, id).bind(3, scope).bind(4, family_id).bind(7, now);
      if (body) stmt->bind_blob(5, *body); else stmt->bind_null(5);
      if (server_seq) stmt->bind(6, *server_seq); else stmt->bind_null(6);
      if (auto ran = stmt->run(); !ran) {
        // The row was there after all (UNIQUE (kind, id)): the UPDATE that follows writes it.
        if (stmt == &insert_record && likely_new && ran.error().code == ErrorCode::conflict) continue;
        return ran;
      }
      if (db.changes() > 0) return {};
    }
    return unexpected(ErrorCode::internal, "A record could not be written.");
  }

  Result<void> write_record(const Record& record, const std::string& scope, std::string_view body,
                            std::optional<std::int64_t> server_seq, std::int64_t now,
                            bool likely_new = false) {
    return write_row(record.body_case(), domain::record_id(record), scope,
                     domain::record_family_id(record), body, server_seq, now, likely_new);
  }

  Result<std::int64_t> write_outbox(const std::string& scope, Kind kind, std::string_view record_id,
                                    Op op, std::string_view body, std::int64_t now) {
    put_outbox.bind(1, new_uuid())
        .bind(2, scope)
        .bind(3, static_cast<std::int64_t>(kind))
        .bind(4, record_id)
        .bind(5, static_cast<std::int64_t>(op))
        .bind(7, now);
    if (op == Op::put) put_outbox.bind_blob(6, body); else put_outbox.bind_null(6);
    KITH_TRY(put_outbox.run());
    return db.last_insert_rowid();
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::string& Store::device_id() const { return impl_->device_id; }
int Store::schema_version() const { return impl_->schema_version; }

bool Store::exists(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / kKeyFile, ec);
}

// ---- opening ---------------------------------------------------------------------------------

Result<Store> Store::create(const fs::path& dir, const Pin& pin, StoreOptions options) {
  KITH_TRY(check_new_pin(pin));
  if (exists(dir)) {
    return unexpected(ErrorCode::store_exists,
                      "A Kith store is already here; open it with its PIN instead.");
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return unexpected(ErrorCode::io_error, "Could not make the store's folder: " + ec.message());
  ::chmod(dir.c_str(), 0700);
  // The key file is written last, so a store "exists" only once it is whole. A database without
  // a key file is left by a create that was interrupted; no key can ever open it, so it goes.
  remove_database_files(dir);

  KITH_ASSIGN(SecretBytes key, crypto::new_data_key());
  KITH_ASSIGN(crypto::WrappedKey wrapped, crypto::WrappedKey::wrap(key, pin, options.kdf));
  {
    // Make the file 0600 before SQLite opens it (SQLite gives its WAL and shared-memory files the
    // database's mode). Not umask: that is process-wide, and the caller may have other threads.
    const int fd = ::open((dir / kDatabaseFile).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return unexpected(ErrorCode::io_error, "Could not make the store's data file.");
    ::close(fd);
    auto db = sql::Connection::open((dir / kDatabaseFile).string(), key, true, options.cache_kib);
    if (!db) return unexpected(std::move(db).error());
    KITH_TRY(sql::migrate(*db, kMigrations));
    auto tx = sql::Transaction::begin(*db);
    if (!tx) return unexpected(std::move(tx).error());
    KITH_ASSIGN(auto insert, db->prepare("INSERT INTO meta (key, value) VALUES ('device_id', ?)"));
    KITH_TRY(insert.bind(1, new_uuid()).run());
    KITH_TRY(tx->commit());
  }
  KITH_TRY(write_unlock_state(dir, {}));
  KITH_TRY(write_wrapped_key(dir / kKeyFile, wrapped));
  return open_with_key(dir, key, std::move(options));
}

Result<SecretBytes> Store::unwrap_data_key(const fs::path& dir, const Pin& pin,
                                           const StoreOptions& options) {
  KITH_ASSIGN(crypto::WrappedKey wrapped, read_wrapped_key(dir / kKeyFile));
  KITH_ASSIGN(UnlockState state, read_unlock_state(dir, options.lockout));
  const std::int64_t now = now_seconds(options);
  if (state.locked_until > now) {
    return unexpected(ErrorCode::locked_out,
                      "Too many wrong PINs. Wait " + wait_phrase(state.locked_until - now) +
                          " and try again. Nothing was changed.");
  }
  // Count the attempt before doing the work, so a killed attempt still counts.
  state.failures += 1;
  KITH_TRY(write_unlock_state(dir, state));
  auto key = wrapped.unwrap(pin);
  if (!key) {
    if (key.error().code != ErrorCode::wrong_pin) return key;
    const std::int64_t lock = options.lockout.lock_seconds(state.failures);
    state.locked_until = lock > 0 ? now + lock : 0;
    KITH_TRY(write_unlock_state(dir, state));
    std::string message = "That PIN is not right. Nothing was changed.";
    if (lock > 0) {
      message += " Kith will wait " + wait_phrase(lock) + " before the next try.";
    } else if (const auto left = options.lockout.free_attempts - state.failures; left <= 2) {
      message += " After " + std::to_string(left) + " more wrong " + (left == 1 ? "PIN" : "PINs") +
                 ", Kith will make you wait.";
    }
    return unexpected(ErrorCode::wrong_pin, std::move(message));
  }
  KITH_TRY(write_unlock_state(dir, {}));
  return key;
}

Result<Store> Store::unlock(const fs::path& dir, const Pin& pin, StoreOptions options) {
  if (!exists(dir)) {
    return unexpected(ErrorCode::store_not_found, "There is no Kith store here: make one first.");
  }
  KITH_ASSIGN(SecretBytes key, unwrap_data_key(dir, pin, options));
  const fs::path next_path = dir / kNextKeyFile;
  const bool rekey_pending = fs::exists(next_path);
  auto store = open_with_key(dir, key, options);
  if (!rekey_pending) return store;
  if (store) {
    // The rekey never reached the database: the old key still opens it. Drop the new one.
    KITH_TRY(files::remove_durably(next_path));
    return store;
  }
  if (store.error().code != ErrorCode::store_damaged) return store;
  // The database was rekeyed but the new key file was not yet moved into place: finish that.
  KITH_ASSIGN(crypto::WrappedKey next, read_wrapped_key(next_path));
  KITH_ASSIGN(SecretBytes next_key, next.unwrap(pin));
  KITH_ASSIGN(Store rekeyed, open_with_key(dir, next_key, options));
  KITH_TRY(files::rename_durably(next_path, dir / kKeyFile));
  return rekeyed;
}

Result<Store> Store::open_with_key(const fs::path& dir, const SecretBytes& key,
                                   StoreOptions options) {
  const fs::path db_path = dir / kDatabaseFile;
  std::error_code ec;
  if (!fs::exists(db_path, ec)) {
    return unexpected(ErrorCode::store_damaged,
                      "The store's data file is missing. Restore it from a backup, or enrol this "
                      "device again and sync.");
  }
  auto db = sql::Connection::open(db_path.string(), key, false, options.cache_kib);
  if (!db) {
    if (db.error().code == ErrorCode::store_damaged && file_starts_with_plain_sqlite(db_path)) {
      return unexpected(ErrorCode::not_a_store,
                        "The data file is an unencrypted database, not a Kith store.");
    }
    return unexpected(std::move(db).error());
  }
  KITH_ASSIGN(int version, sql::migrate(*db, kMigrations));
  std::string device_id;
  {
    KITH_ASSIGN(auto select, db->prepare("SELECT value FROM meta WHERE key = 'device_id'"));
    KITH_ASSIGN(bool row, select.step());
    if (!row) {
      return unexpected(ErrorCode::not_a_store, "The data file has no device id: not a Kith store.");
    }
    device_id = std::string(select.column_text(0));
  }
  KITH_ASSIGN(auto update_record,
              db->prepare("UPDATE records SET scope = ?3, family_id = ?4, body = ?5, "
                          "server_seq = COALESCE(?6, server_seq), updated_at = ?7 "
                          "WHERE kind = ?1 AND id = ?2"));
  KITH_ASSIGN(auto insert_record,
              db->prepare("INSERT INTO records (kind, id, scope, family_id, body, server_seq, "
                          "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  KITH_ASSIGN(auto put_outbox,
              db->prepare("INSERT INTO outbox (mutation_id, scope, kind, record_id, op, body, "
                          "created_at, base_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                          "COALESCE((SELECT server_seq FROM records WHERE kind = ?3 AND "
                          "id = ?4), 0))"));
  KITH_ASSIGN(auto put_cursor, db->prepare("INSERT OR REPLACE INTO cursors (scope, epoch, last_seq) "
                                           "VALUES (?, ?, ?)"));
  auto impl = std::make_unique<Impl>(dir, std::move(options), std::move(*db),
                                     std::move(update_record), std::move(insert_record),
                                     std::move(put_outbox), std::move(put_cursor));
  impl->device_id = std::move(device_id);
  impl->schema_version = version;
  return Store(std::move(impl));
}

// ---- local changes ---------------------------------------------------------------------------

Result<std::vector<std::int64_t>> Store::put(std::span<const Record> records) {
  // Validate and encode everything before the transaction: a bad record changes nothing.
  struct Prepared {
    std::string scope;
    std::string body;
  };
  std::vector<Prepared> prepared;
  prepared.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto ok = domain::validate(records[i]);
    if (!ok) {
      Error error = std::move(ok).error();
      if (records.size() > 1) error.field = "records[" + std::to_string(i) + "]." + error.field;
      return unexpected(std::move(error));
    }
    KITH_ASSIGN(domain::Scope scope, domain::scope_for(records[i]));
    prepared.push_back({scope.to_string(), domain::encode(records[i])});
  }
  const std::int64_t now = now_seconds(impl_->options);
  std::vector<std::int64_t> seqs;
  seqs.reserve(records.size());
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  for (std::size_t i = 0; i < records.size(); ++i) {
    KITH_TRY(impl_->write_record(records[i], prepared[i].scope, prepared[i].body, std::nullopt, now));
    KITH_ASSIGN(std::int64_t seq,
                impl_->write_outbox(prepared[i].scope, records[i].body_case(),
                                    domain::record_id(records[i]), Op::put, prepared[i].body, now));
    seqs.push_back(seq);
  }
  KITH_TRY(tx.commit());
  return seqs;
}

Result<std::int64_t> Store::put(const Record& record) {
  KITH_ASSIGN(auto seqs, put(std::span(&record, 1)));
  return seqs.front();
}

Result<std::int64_t> Store::remove(Kind kind, std::string_view id) {
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  KITH_ASSIGN(auto select, impl_->db.prepare(
                               "SELECT scope FROM records WHERE kind = ? AND id = ? AND body IS NOT NULL"));
  select.bind(1, static_cast<std::int64_t>(kind)).bind(2, id);
  KITH_ASSIGN(bool found, select.step());
  if (!found) return unexpected(ErrorCode::not_found, "There is no such record to delete.");
  const std::string scope(select.column_text(0));
  select.reset();
  const std::int64_t now = now_seconds(impl_->options);
  KITH_ASSIGN(auto tombstone, impl_->db.prepare("UPDATE records SET body = NULL, updated_at = ? "
                                                "WHERE kind = ? AND id = ?"));
  KITH_TRY(tombstone.bind(1, now).bind(2, static_cast<std::int64_t>(kind)).bind(3, id).run());
  KITH_ASSIGN(std::int64_t seq, impl_->write_outbox(scope, kind, id, Op::remove, {}, now));
  KITH_TRY(tx.commit());
  return seq;
}

// ---- reading ---------------------------------------------------------------------------------

namespace {
std::string where_clause(const Query& query) {
  std::string sql = " WHERE body IS NOT NULL";
  if (query.kind) sql += " AND kind = ?1";
  if (!query.family_id.empty()) sql += " AND family_id = ?2";
  if (!query.scope.empty()) sql += " AND scope = ?3";
  return sql;
}
void bind_query(sql::Statement& stmt, const Query& query) {
  if (query.kind) stmt.bind(1, static_cast<std::int64_t>(*query.kind));
  if (!query.family_id.empty()) stmt.bind(2, query.family_id);
  if (!query.scope.empty()) stmt.bind(3, query.scope);
}
}  // namespace

Result<std::optional<Record>> Store::get(Kind kind, std::string_view id) {
  KITH_ASSIGN(auto select, impl_->db.prepare(
                               "SELECT body FROM records WHERE kind = ? AND id = ? AND body IS NOT NULL"));
  select.bind(1, static_cast<std::int64_t>(kind)).bind(2, id);
  KITH_ASSIGN(bool found, select.step());
  if (!found) return std::optional<Record>();
  KITH_ASSIGN(Record record, parse_stored(select.column_blob(0)));
  return std::optional<Record>(std::move(record));
}

Result<std::vector<Record>> Store::list(const Query& query) {
  KITH_ASSIGN(auto select,
              impl_->db.prepare("SELECT body FROM records" + where_clause(query) + " ORDER BY rowid"));
  bind_query(select, query);
  std::vector<Record> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    KITH_ASSIGN(Record record, parse_stored(select.column_blob(0)));
    out.push_back(std::move(record));
  }
  return out;
}

Result<std::int64_t> Store::count(const Query& query) {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT count(*) FROM records" + where_clause(query)));
  bind_query(select, query);
  KITH_ASSIGN(bool row, select.step());
  return row ? select.column_int(0) : 0;
}

// ---- sync ------------------------------------------------------------------------------------

Result<std::vector<OutboxEntry>> Store::outbox(std::size_t limit) {
  // Withdrawn numbers are sent too, in order, so the server sees no gap.
  KITH_ASSIGN(auto select,
              impl_->db.prepare("SELECT seq, mutation_id, scope, kind, record_id, op, body, "
                                "created_at, base_seq FROM outbox UNION ALL "
                                "SELECT seq, '', '', 0, '', 3, NULL, 0, 0 FROM outbox_withdrawn "
                                "ORDER BY 1 LIMIT ?"));
  select.bind(1, static_cast<std::int64_t>(std::min<std::size_t>(limit, 1'000'000)));
  std::vector<OutboxEntry> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    OutboxEntry e;
    e.seq = select.column_int(0);
    e.mutation_id = std::string(select.column_text(1));
    e.scope = std::string(select.column_text(2));
    e.kind = static_cast<Kind>(select.column_int(3));
    e.record_id = std::string(select.column_text(4));
    e.op = static_cast<Op>(select.column_int(5));
    e.body = std::string(select.column_blob(6));
    e.created_at = select.column_int(7);
    e.base_seq = select.column_int(8);
    if (e.op == Op::withdrawn) e.mutation_id = new_uuid();
    out.push_back(std::move(e));
  }
  return out;
}

Result<void> Store::acknowledge(std::int64_t seq) {
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  for (const char* sql : {"DELETE FROM outbox WHERE seq <= ?", "DELETE FROM outbox_withdrawn WHERE seq <= ?"}) {
    KITH_ASSIGN(auto del, impl_->db.prepare(sql));
    KITH_TRY(del.bind(1, seq).run());
  }
  return tx.commit();
}

Result<void> Store::settle(std::int64_t through_seq, std::span<const Rejection> rejections,
                           std::span<const Clash> clashes) {
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  KITH_ASSIGN(auto keep, impl_->db.prepare(
                             "INSERT OR REPLACE INTO rejections (seq, mutation_id, scope, kind, "
                             "record_id, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  // The refused change is undone locally unless a later change to the record still waits; the
  // scope is reloaded from the server at the next pull, which restores the server's version.
  KITH_ASSIGN(auto drop, impl_->db.prepare(
                             "DELETE FROM records WHERE kind = ?1 AND id = ?2 AND NOT EXISTS "
                             "(SELECT 1 FROM outbox WHERE kind = ?1 AND record_id = ?2 AND seq > ?3)"));
  KITH_ASSIGN(auto forget, impl_->db.prepare("DELETE FROM cursors WHERE scope = ?"));
  for (const Rejection& r : rejections) {
    KITH_TRY(keep.bind(1, r.seq).bind(2, r.mutation_id).bind(3, r.scope)
                 .bind(4, static_cast<std::int64_t>(r.kind)).bind(5, r.record_id).bind(6, r.code)
                 .bind(7, r.message).bind(8, r.at).run());
    KITH_TRY(drop.bind(1, static_cast<std::int64_t>(r.kind)).bind(2, r.record_id).bind(3, r.seq).run());
    KITH_TRY(forget.bind(1, r.scope).run());
  }
  KITH_ASSIGN(auto clash, impl_->db.prepare("INSERT INTO conflicts (scope, kind, record_id, "
                                            "superseded, at) VALUES (?, ?, ?, ?, ?)"));
  for (const Clash& c : clashes) {
    KITH_TRY(clash.bind(1, c.scope).bind(2, static_cast<std::int64_t>(c.kind)).bind(3, c.record_id)
                 .bind_blob(4, c.superseded).bind(5, c.at).run());
  }
  for (const char* sql : {"DELETE FROM outbox WHERE seq <= ?", "DELETE FROM outbox_withdrawn WHERE seq <= ?"}) {
    KITH_ASSIGN(auto del, impl_->db.prepare(sql));
    KITH_TRY(del.bind(1, through_seq).run());
  }
  return tx.commit();
}

Result<std::vector<Rejection>> Store::rejections() {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT seq, mutation_id, scope, kind, record_id, code, "
                                             "message, at FROM rejections ORDER BY seq"));
  std::vector<Rejection> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    out.push_back({select.column_int(0), std::string(select.column_text(1)),
                   std::string(select.column_text(2)), static_cast<Kind>(select.column_int(3)),
                   std::string(select.column_text(4)), std::string(select.column_text(5)),
                   std::string(select.column_text(6)), select.column_int(7)});
  }
  return out;
}

Result<std::vector<Clash>> Store::clashes() {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT scope, kind, record_id, superseded, at FROM "
                                             "conflicts ORDER BY id"));
  std::vector<Clash> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    out.push_back({std::string(select.column_text(0)), static_cast<Kind>(select.column_int(1)),
                   std::string(select.column_text(2)), std::string(select.column_blob(3)),
                   select.column_int(4)});
  }
  return out;
}

Result<std::int64_t> Store::last_seq() {
  return impl_->db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'");
}

Result<std::optional<std::string>> Store::setting(std::string_view key) {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT value FROM meta WHERE key = ?"));
  select.bind(1, "setting." + std::string(key));
  KITH_ASSIGN(bool row, select.step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(std::string(select.column_text(0)));
}

Result<void> Store::set_setting(std::string_view key, std::string_view value) {
  KITH_ASSIGN(auto put, impl_->db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
  return put.bind(1, "setting." + std::string(key)).bind(2, value).run();
}

Result<void> Store::apply(const ScopePage& page) { return apply(std::span(&page, 1)); }

Result<void> Store::apply(std::span<const ScopePage> pages) {
  // Check everything before writing anything.
  std::vector<domain::Scope> scopes;
  std::vector<std::vector<std::string>> bodies(pages.size());
  std::optional<sql::Statement> scope_of;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const ScopePage& page = pages[p];
    KITH_ASSIGN(domain::Scope scope, domain::Scope::parse(page.scope));
    if (page.epoch.empty() || page.last_seq < 0) {
      return unexpected(ErrorCode::invalid_argument, "A page of changes needs an epoch and a sequence.");
    }
    // Only a failing change's path is spelt out: the happy path makes no strings.
    auto at = [&](std::size_t i) {
      std::string where = "changes[" + std::to_string(i) + "]";
      return pages.size() == 1 ? where : "pages[" + std::to_string(p) + "]." + where;
    };
    bodies[p].resize(page.changes.size());
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
      const Change& change = page.changes[i];
      if (change.seq <= 0 || change.seq > page.last_seq) {
        return unexpected(ErrorCode::invalid_argument, "A change's sequence is outside its page.", at(i));
      }
      if (change.op == Op::remove) {
        if (domain::kind_name(change.kind).empty() || !is_uuid(change.record_id)) {
          return unexpected(ErrorCode::invalid_argument, "A deletion must name a record.", at(i));
        }
        // A deletion may only touch a record of the page's own scope.
        if (!scope_of) {
          KITH_ASSIGN(auto stmt, impl_->db.prepare("SELECT scope FROM records WHERE kind = ? AND id = ?"));
          scope_of.emplace(std::move(stmt));
        }
        scope_of->bind(1, static_cast<std::int64_t>(change.kind)).bind(2, change.record_id);
        KITH_ASSIGN(bool found, scope_of->step());
        const bool elsewhere = found && scope_of->column_text(0) != page.scope;
        scope_of->reset();
        if (elsewhere) {
          return unexpected(ErrorCode::wrong_scope,
                            "The server asked to delete a record it did not send with this scope; "
                            "nothing was changed.",
                            at(i));
        }
        continue;
      }
      if (auto ok = domain::validate(change.record); !ok) {
        Error error = std::move(ok).error();
        error.field = at(i) + "." + error.field;
        return unexpected(std::move(error));
      }
      KITH_ASSIGN(domain::Scope belongs, domain::scope_for(change.record));
      if (belongs != scope) {
        return unexpected(ErrorCode::wrong_scope,
                          "The server sent a record for the wrong people; it was not stored.", at(i));
      }
      bodies[p][i] = domain::encode(change.record);
    }
    KITH_ASSIGN(std::optional<Cursor> current, cursor(page.scope));
    if (!page.reset && current && current->epoch == page.epoch && page.last_seq < current->last_seq) {
      return unexpected(ErrorCode::invalid_argument,
                        "This page is older than what the device already holds.");
    }
    scopes.push_back(std::move(scope));
  }

  const std::int64_t now = now_seconds(impl_->options);
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  KITH_ASSIGN(auto pending, impl_->db.prepare("SELECT 1 FROM outbox WHERE kind = ? AND record_id = ? LIMIT 1"));
  // With nothing waiting to be sent (a first sync, most syncs), no record needs the check.
  KITH_ASSIGN(const std::int64_t outbox_used, impl_->db.scalar("SELECT EXISTS (SELECT 1 FROM outbox)"));
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const ScopePage& page = pages[p];
    if (page.reset) {
      // A snapshot replaces the scope, except records whose local changes still wait to be
      // pushed: those are the device's newest word and the server will have them after the next
      // push.
      KITH_ASSIGN(auto clear, impl_->db.prepare(
                                  "DELETE FROM records WHERE scope = ? AND NOT EXISTS (SELECT 1 FROM "
                                  "outbox o WHERE o.kind = records.kind AND o.record_id = records.id)"));
      KITH_TRY(clear.bind(1, page.scope).run());
    }
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
      const Change& change = page.changes[i];
      // A record with a change waiting in the outbox keeps the local value: the push that follows
      // puts it on the server (or the server refuses it, and settle() reloads the scope).
      if (outbox_used != 0) {
        const Kind kind = change.op == Op::put ? change.record.body_case() : change.kind;
        const std::string& id = change.op == Op::put ? domain::record_id(change.record) : change.record_id;
        pending.bind(1, static_cast<std::int64_t>(kind)).bind(2, id);
        KITH_ASSIGN(bool waiting, pending.step());
        pending.reset();
        if (waiting) continue;
      }
      if (change.op == Op::put) {
        KITH_TRY(impl_->write_record(change.record, page.scope, bodies[p][i], change.seq, now,
                                     /*likely_new=*/page.reset));
      } else {
        KITH_TRY(impl_->write_row(change.kind, change.record_id, page.scope, scopes[p].family_id,
                                  std::nullopt, change.seq, now));
      }
    }
    KITH_TRY(impl_->put_cursor.bind(1, page.scope).bind(2, page.epoch).bind(3, page.last_seq).run());
  }
  return tx.commit();
}

Result<std::optional<Cursor>> Store::cursor(std::string_view scope) {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT epoch, last_seq FROM cursors WHERE scope = ?"));
  select.bind(1, scope);
  KITH_ASSIGN(bool row, select.step());
  if (!row) return std::optional<Cursor>();
  return std::optional<Cursor>(
      Cursor{std::string(scope), std::string(select.column_text(0)), select.column_int(1)});
}

Result<std::vector<std::string>> Store::scopes() {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT DISTINCT scope FROM records UNION "
                                             "SELECT scope FROM cursors ORDER BY 1"));
  std::vector<std::string> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    out.emplace_back(select.column_text(0));
  }
  return out;
}

Result<std::vector<std::string>> Store::waiting_scopes() {
  KITH_ASSIGN(auto select, impl_->db.prepare("SELECT DISTINCT scope FROM outbox ORDER BY 1"));
  std::vector<std::string> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    out.emplace_back(select.column_text(0));
  }
  return out;
}

Result<std::int64_t> Store::pending_count() {
  // Withdrawn numbers live in their own table: they carry no change a person made.
  return impl_->db.scalar("SELECT count(*) FROM outbox");
}

Result<std::vector<Cursor>> Store::cursors() {
  KITH_ASSIGN(auto select,
              impl_->db.prepare("SELECT scope, epoch, last_seq FROM cursors ORDER BY scope"));
  std::vector<Cursor> out;
  for (;;) {
    KITH_ASSIGN(bool row, select.step());
    if (!row) break;
    out.push_back({std::string(select.column_text(0)), std::string(select.column_text(1)),
                   select.column_int(2)});
  }
  return out;
}

Result<std::int64_t> Store::purge(std::string_view scope) {
  KITH_ASSIGN(auto tx, sql::Transaction::begin(impl_->db));
  KITH_ASSIGN(auto records, impl_->db.prepare("DELETE FROM records WHERE scope = ?"));
  KITH_TRY(records.bind(1, scope).run());
  const std::int64_t removed = impl_->db.changes();
  // The outbox's numbers stay, withdrawn, so the device's sequence has no gap on the server.
  KITH_ASSIGN(auto withdraw,
              impl_->db.prepare("INSERT INTO outbox_withdrawn (seq) SELECT seq FROM outbox WHERE scope = ?"));
  KITH_TRY(withdraw.bind(1, scope).run());
  for (const char* table_sql :
       {"DELETE FROM outbox WHERE scope = ?", "DELETE FROM cursors WHERE scope = ?",
        "DELETE FROM rejections WHERE scope = ?", "DELETE FROM conflicts WHERE scope = ?"}) {
    KITH_ASSIGN(auto del, impl_->db.prepare(table_sql));
    KITH_TRY(del.bind(1, scope).run());
  }
  KITH_TRY(tx.commit());
  return removed;
}

// ---- keys ------------------------------------------------------------------------------------

Result<void> Store::change_pin(const Pin& old_pin, const Pin& new_pin) {
  KITH_TRY(check_new_pin(new_pin));
  KITH_ASSIGN(SecretBytes key, unwrap_data_key(impl_->dir, old_pin, impl_->options));
  KITH_ASSIGN(crypto::WrappedKey wrapped, crypto::WrappedKey::wrap(key, new_pin, impl_->options.kdf));
  return write_wrapped_key(impl_->dir / kKeyFile, wrapped);
}

Result<void> Store::rekey(const Pin& pin) {
  KITH_ASSIGN(SecretBytes old_key, unwrap_data_key(impl_->dir, pin, impl_->options));
  KITH_ASSIGN(SecretBytes new_key, crypto::new_data_key());
  KITH_ASSIGN(crypto::WrappedKey wrapped, crypto::WrappedKey::wrap(new_key, pin, impl_->options.kdf));
  // 1. The new key is safe on disk before the database depends on it.
  const fs::path next_path = impl_->dir / kNextKeyFile;
  KITH_TRY(write_wrapped_key(next_path, wrapped));
  // 2. Re-encrypt every page. SQLCipher rekeys in a rollback journal, not in WAL: fold the WAL
  //    back first, and return to WAL after.
  KITH_TRY(impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
  KITH_TRY(impl_->db.exec("PRAGMA journal_mode = DELETE"));
  auto rekeyed = impl_->db.rekey(new_key);
  // Back to WAL whether or not the rekey worked. If it failed, the database still has its old
  // key and kith.key.next is dropped by the next unlock().
  auto wal = impl_->db.exec("PRAGMA journal_mode = WAL");
  KITH_TRY(rekeyed);
  KITH_TRY(wal);
  // 3. The new key file replaces the old one. A crash before this is finished by unlock().
  return files::rename_durably(next_path, impl_->dir / kKeyFile);
}

Result<void> Store::check() {
  KITH_ASSIGN(auto select, impl_->db.prepare("PRAGMA integrity_check"));
  KITH_ASSIGN(bool row, select.step());
  if (!row || select.column_text(0) != "ok") {
    return unexpected(ErrorCode::store_damaged,
                      "The store failed its integrity check. Restore it from a backup, or enrol "
                      "this device again and sync.");
  }
  return {};
}

}  // namespace kith::store
