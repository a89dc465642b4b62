#pragma once
//! kith::store::Store: a device's encrypted store. One SQLCipher file keyed by a random data key,
//! the data key wrapped under the person's PIN (kith::crypto::WrappedKey), and the tables sync
//! needs: records by scope, an outbox of local changes, a cursor per scope.
//!
//! Files in the store's folder (mode 0700; files 0600):
//!   kith.db, kith.db-wal, kith.db-shm   the SQLCipher database and its write-ahead log
//!   kith.key                            the wrapped data key
//!   kith.key.next                       only during a rekey (see rekey())
//!   unlock.state                        failed PIN attempts and the lock-out time
//!
//! A Store is used from one thread at a time (the app's sync worker, or a command-line tool). It
//! starts no threads. Every function reports expected failures in its Result and never throws.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kith/crypto/wrapped_key.hpp"
#include "kith/domain/record.hpp"
#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::store {

//! How repeated wrong PINs lock a store: the first `free_attempts - 1` consecutive wrong PINs
//! cost nothing; the `free_attempts`-th locks the store for `first_lock_seconds`, and each one
//! after that for twice as long as the last, up to `max_lock_seconds`.
struct LockoutPolicy {
  std::uint32_t free_attempts = 5;
  std::int64_t first_lock_seconds = 30;
  std::int64_t max_lock_seconds = 60 * 60;

  //! Seconds locked after the n-th consecutive failure (0 while still free).
  std::int64_t lock_seconds(std::uint32_t failures) const;
};

struct StoreOptions {
  crypto::ScryptParams kdf = crypto::ScryptParams::standard();
  LockoutPolicy lockout;
  //! Unix seconds now; the system clock if empty. Tests set it to move time.
  std::function<std::int64_t()> now;
  //! SQLite page cache per connection, KiB. Encryption costs little while pages stay cached.
  int cache_kib = 16 * 1024;
};

//! Why a change is in the outbox.
//! `withdrawn`: the change was dropped on the device (its scope was purged) but its sequence number
//! is still sent, without data, because the server refuses gaps.
enum class Op : std::uint8_t { put = 1, remove = 2, withdrawn = 3 };

//! A local change waiting to be pushed. `seq` is this device's mutation sequence number: it only
//! grows, is never reused, and the server refuses gaps in it.
struct OutboxEntry {
  std::int64_t seq = 0;
  std::string mutation_id;  //!< UUID made on the device
  std::string scope;
  domain::Kind kind = domain::Kind::BODY_NOT_SET;
  std::string record_id;
  Op op = Op::put;
  std::string body;  //!< the encoded record for Op::put
  std::int64_t created_at = 0;
  std::int64_t base_seq = 0;  //!< the record's server seq when it was changed; 0 if new
};

//! A change the server refused for good, kept so the person can see what and why.
struct Rejection {
  std::int64_t seq = 0;
  std::string mutation_id;
  std::string scope;
  domain::Kind kind = domain::Kind::BODY_NOT_SET;
  std::string record_id;
  std::string code;     //!< the server's error code
  std::string message;  //!< the server's sentence
  std::int64_t at = 0;
};

//! A clash: the server applied this device's change over one it had not seen. `superseded` is the
//! value that was replaced, kept so the person can compare both.
struct Clash {
  std::string scope;
  domain::Kind kind = domain::Kind::BODY_NOT_SET;
  std::string record_id;
  std::string superseded;  //!< the encoded record
  std::int64_t at = 0;
};

//! How far this device has pulled one scope: the server's epoch and the last sequence applied.
struct Cursor {
  std::string scope;
  std::string epoch;
  std::int64_t last_seq = 0;
};

//! One change pulled from the server.
struct Change {
  std::int64_t seq = 0;
  Op op = Op::put;
  domain::Record record;  //!< for Op::put
  domain::Kind kind = domain::Kind::BODY_NOT_SET;  //!< for Op::remove
  std::string record_id;                           //!< for Op::remove
};

//! A page of changes to one scope, with the cursor it leaves the device at.
struct ScopePage {
  std::string scope;
  std::string epoch;
  std::int64_t last_seq = 0;
  std::vector<Change> changes;
  //! A snapshot: the scope's records are replaced by these (after an epoch change or a cursor
  //! older than the server keeps tombstones). Records with changes still in the outbox are kept.
  bool reset = false;
};

//! Which records to list; empty fields match everything.
struct Query {
  std::optional<domain::Kind> kind;
  std::string family_id;
  std::string scope;
};

class Store {
 public:
  //! Makes a new store in `dir` (created if missing) with a new random data key wrapped under
  //! `pin`. store_exists if a store is already there; weak_pin for a PIN under 6 characters.
  static Result<Store> create(const std::filesystem::path& dir, const Pin& pin,
                              StoreOptions options = {});
  //! Opens the store with the person's PIN. wrong_pin (nothing changed but the failure count),
  //! locked_out (with the wait in the message), store_not_found, not_a_store, store_damaged,
  //! store_too_new. Finishes a rekey that a crash interrupted.
  static Result<Store> unlock(const std::filesystem::path& dir, const Pin& pin,
                              StoreOptions options = {});
  //! The data key for `pin`, under the same lock-out rules as unlock(); for a platform keystore
  //! that keeps the data key so the person need not type the PIN every time.
  static Result<SecretBytes> unwrap_data_key(const std::filesystem::path& dir, const Pin& pin,
                                             const StoreOptions& options = {});
  //! Opens the store with its raw data key (from a platform keystore). store_damaged or
  //! not_a_store if the key does not open the database.
  static Result<Store> open_with_key(const std::filesystem::path& dir, const SecretBytes& key,
                                     StoreOptions options = {});
  //! True if `dir` holds a store's key file.
  static bool exists(const std::filesystem::path& dir);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  //! This device's id, made when the store was created.
  const std::string& device_id() const;
  //! The schema version after migrations.
  int schema_version() const;

  // ---- local changes ---------------------------------------------------------------------------

  //! Validates and stores records changed on this device, each with its outbox entry, all in one
  //! transaction: all of them are stored or none. Returns the outbox sequence numbers.
  Result<std::vector<std::int64_t>> put(std::span<const domain::Record> records);
  Result<std::int64_t> put(const domain::Record& record);
  //! Deletes a record on this device, leaving a tombstone and an outbox entry. not_found if absent.
  Result<std::int64_t> remove(domain::Kind kind, std::string_view id);

  // ---- reading ---------------------------------------------------------------------------------

  Result<std::optional<domain::Record>> get(domain::Kind kind, std::string_view id);
  //! Live records (not tombstones) matching `query`, in the order they were first stored.
  Result<std::vector<domain::Record>> list(const Query& query);
  Result<std::int64_t> count(const Query& query);

  // ---- sync ------------------------------------------------------------------------------------

  //! The oldest `limit` outbox entries, in sequence order.
  Result<std::vector<OutboxEntry>> outbox(std::size_t limit = 1000);
  //! Removes outbox entries up to and including `seq` (the server has applied them).
  Result<void> acknowledge(std::int64_t seq);
  //! After a push, in one transaction: keeps the refusals and clashes, drops the local copy of
  //! each refused record (unless a later change to it still waits) and forgets its scope's cursor
  //! so the next pull reloads the server's version, then acknowledges through `through_seq`.
  Result<void> settle(std::int64_t through_seq, std::span<const Rejection> rejections,
                      std::span<const Clash> clashes);
  Result<std::vector<Rejection>> rejections();
  Result<std::vector<Clash>> clashes();
  //! The highest mutation sequence number this device has used (0 for none).
  Result<std::int64_t> last_seq();
  //! Applies a page of server changes and moves the scope's cursor, in one transaction. Each
  //! record is validated and must belong to the page's scope (wrong_scope otherwise): a server
  //! cannot put a record where the device would show it to the wrong people.
  Result<void> apply(const ScopePage& page);
  //! Applies the pages of one pull answer in one transaction: every page is checked before any
  //! is written, and either all of them and their cursors are stored or none is. One commit (one
  //! fsync) for the answer rather than one a scope, which is most of a first sync's cost when a
  //! coordinator's hundreds of scopes each bring a few records.
  Result<void> apply(std::span<const ScopePage> pages);
  Result<std::optional<Cursor>> cursor(std::string_view scope);
  //! Every scope the device holds anything of: records, tombstones or a cursor.
  Result<std::vector<std::string>> scopes();
  //! The scopes with changes waiting in the outbox (which must not be purged yet).
  Result<std::vector<std::string>> waiting_scopes();
  Result<std::vector<Cursor>> cursors();
  //! How many changes made on this device wait to be sent (withdrawn numbers not counted).
  Result<std::int64_t> pending_count();
  //! Removes every record, tombstone, outbox entry, refusal, clash and the cursor of `scope`, in
  //! one transaction. The outbox entries' sequence numbers stay, as Op::withdrawn. Returns how
  //! many records went.
  Result<std::int64_t> purge(std::string_view scope);

  // ---- settings ------------------------------------------------------------------------------

  //! Small values kept encrypted with the data: the server's address and CA, this device's
  //! secret, the person it is enrolled as.
  Result<std::optional<std::string>> setting(std::string_view key);
  Result<void> set_setting(std::string_view key, std::string_view value);

  // ---- keys ------------------------------------------------------------------------------------

  //! Rewraps the data key under `new_pin` after checking `old_pin` (under the lock-out rules).
  Result<void> change_pin(const Pin& old_pin, const Pin& new_pin);
  //! Replaces the data key itself and re-encrypts every page. Crash-safe: the new wrapped key is
  //! written to kith.key.next before the database changes, and unlock() finishes either way.
  Result<void> rekey(const Pin& pin);

  //! PRAGMA integrity_check over every page (and so every page's HMAC). store_damaged if not "ok".
  Result<void> check();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::store
