#pragma once
// A thin RAII layer over SQLCipher's sqlite3 API, shared by the device store and the server store (never linked into a process with plain SQLite): a connection that can
// only be opened with a key, prepared statements, and one mapping of SQLite codes to kith errors.

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::sql {

//! Maps a SQLite result code to a Kith error. NOTADB and CORRUPT mean the file is damaged (or
//! foreign, or the key is wrong, which SQLCipher cannot tell apart); the caller words that.
Error error_from(int code, std::string_view what);

class Statement;

class Connection {
 public:
  //! Opens (and with `create`, makes) the file at `path` keyed with a raw 32-byte key and the
  //! cipher settings of docs/SECURITY.md, then reads the schema to prove the key opens it.
  static Result<Connection> open(const std::string& path, const SecretBytes& key, bool create,
                                 int cache_kib);

  Connection(Connection&&) noexcept = default;
  Connection& operator=(Connection&&) noexcept;
  ~Connection();

  Result<void> exec(std::string_view sql);
  //! A statement for `sql`. Statements are kept once used: a statement given back (destroyed) is
  //! reset, its bindings cleared, and handed out again for the same text, so a store's queries
  //! are parsed and planned once per connection, not once per call. A text already handed out
  //! and not given back gets a statement of its own. Trailing whitespace does not count; a text
  //! of more than one statement runs only the first and is never kept. A Statement must not
  //! outlive its Connection.
  Result<Statement> prepare(std::string_view sql);
  //! Runs a query that returns one integer (or nothing: 0).
  Result<std::int64_t> scalar(std::string_view sql);
  //! Waits up to `ms` for another process's lock before answering conflict (SQLITE_BUSY).
  void busy_timeout(int ms) { sqlite3_busy_timeout(db_.get(), ms); }
  //! Changes the database key in place (PRAGMA rekey), rewriting every page.
  Result<void> rekey(const SecretBytes& key);
  //! How many statements are kept, given back and waiting to be handed out again.
  std::size_t statements_kept() const;
  //! Rows changed by the last statement; the rowid of the last insert.
  std::int64_t changes() const { return sqlite3_changes(db_.get()); }
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_.get()); }

 private:
  //! Statements given back, by their text; finalized when the connection closes.
  struct StatementCache {
    static constexpr std::size_t kCapacity = 128;
    mutable std::mutex mutex;
    //! Looked up by string_view, without making a string.
    struct TextHash {
      using is_transparent = void;
      std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>{}(text);
      }
    };
    std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> idle;
    sqlite3_stmt* take(std::string_view sql);
    void give_back(sqlite3_stmt* stmt);
    void clear();
  };
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  explicit Connection(sqlite3* db) : db_(db), cache_(std::make_unique<StatementCache>()) {}
  std::unique_ptr<sqlite3, Closer> db_;
  std::unique_ptr<StatementCache> cache_;  // destroyed (its statements finalized) before db_ closes

  friend class Statement;
};

class Statement {
 public:
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::span<const char> bytes);
  Statement& bind_null(int index);

  //! Steps once: true while there is a row, false when done.
  Result<bool> step();
  //! Steps to completion and resets, for statements without rows.
  Result<void> run();
  void reset();

  std::int64_t column_int(int index) const;
  std::string_view column_text(int index) const;
  std::string_view column_blob(int index) const;
  bool column_is_null(int index) const {
    return sqlite3_column_type(stmt_.get(), index) == SQLITE_NULL;
  }

 private:
  friend class Connection;
  //! Gives the statement back to its connection's cache, or finalizes it if it has none.
  struct Finalizer {
    Connection::StatementCache* cache = nullptr;
    void operator()(sqlite3_stmt* s) const;
  };
  Statement(sqlite3_stmt* stmt, Connection::StatementCache* cache) : stmt_(stmt, {cache}) {}
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  int bind_error_ = SQLITE_OK;
};

//! A transaction that rolls back unless committed: BEGIN IMMEDIATE so that a writer never has to
//! upgrade its lock half way.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Result<void> commit();

 private:
  explicit Transaction(Connection* db) : db_(db) {}
  Connection* db_;
};

//! Runs the numbered migrations a database has not had yet, each in one transaction with its
//! PRAGMA user_version. store_too_new for a database from a later version. Returns the version.
Result<int> migrate(Connection& db, std::span<const std::string_view> migrations);

}  // namespace kith::sql
