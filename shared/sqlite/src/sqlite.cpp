#include "kith/sqlite/sqlite.hpp"

#include <algorithm>

#include "kith/bytes.hpp"

namespace kith::sql {

namespace {
// A raw key as the blob literal x'...': SQLCipher uses it as the key itself, with no PBKDF2 on
// top (the PIN's work is done by scrypt). The hex lives in wiped memory.
SecretBytes key_literal(const SecretBytes& key) {
  SecretBytes literal(3 + key.size() * 2);
  std::string hex = to_hex(key.span());
  literal.data()[0] = 'x';
  literal.data()[1] = '\'';
  std::copy(hex.begin(), hex.end(), literal.data() + 2);
  literal.data()[literal.size() - 1] = '\'';
  secure_wipe(hex.data(), hex.size());
  return literal;
}
}  // namespace

Error error_from(int code, std::string_view what) {
  const int primary = code & 0xff;
  std::string context(what);
  switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return {ErrorCode::store_damaged,
              "The Kith data file is damaged or is not a Kith store (" + context +
                  "). Restore it from a backup, or enrol this device again and sync.",
              {}};
    case SQLITE_FULL:
      return {ErrorCode::io_error, "The device is full: free some space and try again.", {}};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return {ErrorCode::io_error,
              "The device would not read or write Kith's data (" + context + "): " +
                  sqlite3_errstr(code) + ".",
              {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {ErrorCode::conflict, "Kith's data is in use by another program; try again.", {}};
    case SQLITE_CONSTRAINT:
      return {ErrorCode::conflict, "That change conflicts with what is stored (" + context + ").", {}};
    default:
      return {ErrorCode::internal,
              "The store failed (" + context + "): " + sqlite3_errstr(code) + ".", {}};
  }
}

Result<Connection> Connection::open(const std::string& path, const SecretBytes& key, bool create,
                                    int cache_kib) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection db(raw);  // owns the handle even when opening failed
  if (rc != SQLITE_OK) return unexpected(error_from(rc, "open"));
  sqlite3_extended_result_codes(raw, 1);

  const SecretBytes literal = key_literal(key);
  if (const int krc = sqlite3_key(raw, literal.data(), static_cast<int>(literal.size()));
      krc != SQLITE_OK) {
    return unexpected(error_from(krc, "key"));
  }
  // Settings that SQLCipher 3.4 and 4.x (with cipher_compatibility = 3) both open. They must be
  // set before the first page is read.
  KITH_TRY(db.exec("PRAGMA cipher_page_size = 4096"));
  KITH_TRY(db.exec("PRAGMA kdf_iter = 64000"));
  KITH_TRY(db.exec("PRAGMA cache_size = -" + std::to_string(cache_kib)));
  // Reading the schema proves the key: SQLCipher checks page 1's HMAC here.
  if (auto probe = db.scalar("SELECT count(*) FROM sqlite_master"); !probe) {
    return unexpected(std::move(probe).error());
  }
  // WAL for fast commits and readers that do not block the writer; FULL sync so that a committed
  // change survives power loss, not only a killed process. Temporary tables and indices stay in
  // memory so nothing personal lands in a temp file; freed pages are overwritten so a purged
  // scope is gone from the file, not just unlinked.
  KITH_TRY(db.exec("PRAGMA journal_mode = WAL"));
  KITH_TRY(db.exec("PRAGMA synchronous = FULL"));
  KITH_TRY(db.exec("PRAGMA temp_store = MEMORY"));
  KITH_TRY(db.exec("PRAGMA secure_delete = ON"));
  return db;
}

Result<void> Connection::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK) return unexpected(error_from(rc, "exec"));
  return {};
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    if (cache_) cache_->clear();
    cache_ = std::move(other.cache_);
    db_ = std::move(other.db_);
  }
  return *this;
}

Connection::~Connection() {
  if (cache_) cache_->clear();
}

sqlite3_stmt* Connection::StatementCache::take(std::string_view sql) {
  const std::lock_guard lock(mutex);
  const auto it = idle.find(sql);
  if (it == idle.end()) return nullptr;
  sqlite3_stmt* stmt = it->second;
  idle.erase(it);
  return stmt;
}

void Connection::StatementCache::give_back(sqlite3_stmt* stmt) {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  {
    const std::lock_guard lock(mutex);
    if (idle.size() < kCapacity) {
      if (idle.emplace(sqlite3_sql(stmt), stmt).second) return;
    }
  }
  sqlite3_finalize(stmt);  // the same text is kept already, or the cache is full
}

void Connection::StatementCache::clear() {
  const std::lock_guard lock(mutex);
  for (auto& [sql, stmt] : idle) sqlite3_finalize(stmt);
  idle.clear();
}

void Statement::Finalizer::operator()(sqlite3_stmt* s) const {
  if (cache != nullptr) {
    cache->give_back(s);
  } else {
    sqlite3_finalize(s);
  }
}

Result<Statement> Connection::prepare(std::string_view sql) {
  // A statement is kept under sqlite3_sql(), its text up to the end of the first statement,
  // which leaves out whitespace after a semicolon: trimmed here too, the text looked up and
  // the text kept are the same.
  while (!sql.empty() && std::string_view(" \t\n\r\f").find(sql.back()) != std::string_view::npos) {
    sql.remove_suffix(1);
  }
  if (sqlite3_stmt* kept = cache_->take(sql)) return Statement(kept, cache_.get());
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc =
      sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return unexpected(error_from(rc, "prepare"));
  }
  // A text with more after its first statement would be kept under the first alone, where no
  // lookup of the whole text finds it: it is finalized when given back instead.
  const bool single = tail == sql.data() + sql.size();
  return Statement(stmt, single ? cache_.get() : nullptr);
}

std::size_t Connection::statements_kept() const {
  const std::lock_guard lock(cache_->mutex);
  return cache_->idle.size();
}

Result<std::int64_t> Connection::scalar(std::string_view sql) {
  KITH_ASSIGN(Statement stmt, prepare(sql));
  KITH_ASSIGN(bool row, stmt.step());
  return row ? stmt.column_int(0) : 0;
}

Result<void> Connection::rekey(const SecretBytes& key) {
  cache_->clear();  // rekey rewrites every page; no statement of the old key is kept
  const SecretBytes literal = key_literal(key);
  const int rc = sqlite3_rekey(db_.get(), literal.data(), static_cast<int>(literal.size()));
  if (rc != SQLITE_OK) return unexpected(error_from(rc, "rekey"));
  return {};
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (const int rc = sqlite3_bind_int64(stmt_.get(), index, value); rc != SQLITE_OK) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // An empty string_view may have no data pointer, which SQLite would bind as NULL: text is text.
  const char* data = text.data() != nullptr ? text.data() : "";
  const int rc = sqlite3_bind_text64(stmt_.get(), index, data, text.size(), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
  if (rc != SQLITE_OK) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind_blob(int index, std::span<const char> bytes) {
  const int rc = sqlite3_bind_blob64(stmt_.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) bind_error_ = rc;
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (const int rc = sqlite3_bind_null(stmt_.get(), index); rc != SQLITE_OK) bind_error_ = rc;
  return *this;
}

Result<bool> Statement::step() {
  if (bind_error_ != SQLITE_OK) {
    const int rc = bind_error_;
    bind_error_ = SQLITE_OK;
    return unexpected(error_from(rc, "bind"));
  }
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_.get());
  return unexpected(error_from(rc, "step"));
}

Result<void> Statement::run() {
  auto stepped = step();
  reset();
  if (!stepped) return unexpected(std::move(stepped).error());
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_.get(), index); }

std::string_view Statement::column_text(int index) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), index));
  return text == nullptr ? std::string_view()
                         : std::string_view(text, static_cast<std::size_t>(
                                                      sqlite3_column_bytes(stmt_.get(), index)));
}

std::string_view Statement::column_blob(int index) const {
  const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt_.get(), index));
  return blob == nullptr ? std::string_view()
                         : std::string_view(blob, static_cast<std::size_t>(
                                                      sqlite3_column_bytes(stmt_.get(), index)));
}

Result<Transaction> Transaction::begin(Connection& db) {
  KITH_TRY(db.exec("BEGIN IMMEDIATE"));
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_ != nullptr) (void)db_->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
  Connection* db = db_;
  db_ = nullptr;
  if (auto ok = db->exec("COMMIT"); !ok) {
    (void)db->exec("ROLLBACK");
    return ok;
  }
  return {};
}

Result<int> migrate(Connection& db, std::span<const std::string_view> migrations) {
  KITH_ASSIGN(std::int64_t version, db.scalar("PRAGMA user_version"));
  const auto latest = static_cast<std::int64_t>(migrations.size());
  if (version > latest) {
    return unexpected(ErrorCode::store_too_new,
                      "This store was made by a newer version of Kith: update Kith.");
  }
  for (std::int64_t v = version + 1; v <= latest; ++v) {
    KITH_ASSIGN(auto tx, Transaction::begin(db));
    KITH_TRY(db.exec(migrations[static_cast<std::size_t>(v - 1)]));
    KITH_TRY(db.exec("PRAGMA user_version = " + std::to_string(v)));
    KITH_TRY(tx.commit());
  }
  return static_cast<int>(latest);
}

}  // namespace kith::sql
