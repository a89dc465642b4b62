#pragma once
//! kith::server::ServerStore: what kith-server keeps, behind an interface with two
//! implementations: SQLCipher in one file (the default, sqlite_server_store.cpp) and PostgreSQL
//! (for several servers sharing one database). The Service decides who may do what; the store
//! keeps the data and the guarantees that need a transaction:
//!
//!   - every record belongs to one scope; each scope has a change sequence 1, 2, 3... and each
//!     record sits at the sequence of its latest change (so a scope's records ordered by seq ARE
//!     its change log, compacted: a record changed twice appears once, at its newer seq);
//!   - a deletion leaves a tombstone until prune_tombstones(); a cursor older than a scope's
//!     horizon must reload the scope (reset);
//!   - a device's last applied mutation sequence is written in the same transaction as the
//!     mutation's effects, so a retried push never applies twice;
//!   - Membership records also fill an index of who belongs where, in the same transaction;
//!   - the audit log is append-only: there is no call that changes or removes an entry.
//!
//! Thread-safety: the store may be used from many threads. The SQLCipher store runs one
//! Transaction at a time; the PostgreSQL store runs one per pooled connection, and makes them
//! behave as if serialised where it matters (a device's pushes, a scope's sequence, an invite),
//! with row locks and constraints. A Transaction is used by one thread.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/result.hpp"
#include "kith/secret.hpp"

namespace kith::server {

//! A login account: staff have a username and a scrypt password hash; family members and
//! volunteers are people without one (they enrol with invites).
struct Account {
  std::string person_id;
  std::string username;       //!< empty for non-staff
  std::string password_hash;  //!< "scrypt$<log2n>$<r>$<p>$<salt hex>$<hash hex>", empty for non-staff
  bool staff = false;
  std::int64_t created_at = 0;
};

struct Device {
  std::string id;
  std::string person_id;
  std::string secret_hash;  //!< SHA-256 of the device secret, hex
  std::int64_t last_seq = 0;  //!< the last mutation sequence applied from this device
  std::int64_t created_at = 0;
  std::int64_t revoked_at = 0;  //!< 0 while the device may sync
};

struct Invite {
  std::string code_hash;  //!< SHA-256 of the normalised code, hex: the code itself is never stored
  std::string family_id;
  std::string person_id;  //!< made when the invite is made; the person it enrols
  v1::Role role = v1::ROLE_UNSPECIFIED;
  std::string display_name;
  std::string created_by;  //!< person id of the coordinator
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  std::int64_t used_at = 0;  //!< 0 while unused
};

struct Membership {
  std::string id;
  std::string person_id;
  std::string family_id;
  v1::Role role = v1::ROLE_UNSPECIFIED;
  bool active = true;  //!< false once ended_on is set
};

//! A stored record or tombstone at its latest change.
struct StoredRecord {
  std::string scope;
  std::string family_id;
  domain::Kind kind = domain::Kind::BODY_NOT_SET;
  std::string id;
  std::int64_t seq = 0;
  std::optional<std::string> body;  //!< the encoded record; empty optional for a tombstone
  std::string device_id;  //!< the device whose push wrote this version; empty for kith-admin
};

struct ScopeHead {
  std::string scope;
  std::string family_id;
  std::int64_t last_seq = 0;
  std::int64_t horizon = 0;  //!< tombstones at or below this seq have been pruned
};

//! One line of the audit log.
struct AuditEntry {
  std::int64_t at = 0;
  std::string person_id;
  std::string device_id;
  std::string action;    //!< "pull", "push", "enrol", "session", "admin:<command>", ...
  std::string family_id;
  std::string scope;
  std::string kind;
  std::string record_id;
  std::string outcome;   //!< "ok" or "refused"
  std::string code;      //!< the error code when refused
  std::int64_t count = 0;  //!< records read or written
};

//! Everything access decisions need, loaded whole and kept in memory by the Service.
struct AccessState {
  std::vector<Account> accounts;
  std::vector<Device> devices;
  std::vector<Membership> memberships;
  std::vector<ScopeHead> heads;
  std::vector<std::string> families;  //!< ids of families that exist (a Family record)
};

//! Reads and writes inside one transaction. Destroying it without commit() rolls back.
class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual Result<void> commit() = 0;

  virtual Result<std::optional<Account>> account(std::string_view person_id) = 0;
  virtual Result<std::optional<Account>> account_by_username(std::string_view username) = 0;
  //! Inserts or replaces. conflict if another person has the username.
  virtual Result<void> put_account(const Account& account) = 0;
  virtual Result<void> remove_account(std::string_view person_id) = 0;

  virtual Result<std::optional<Device>> device(std::string_view id) = 0;
  //! device_exists if the id is taken.
  virtual Result<void> insert_device(const Device& device) = 0;
  virtual Result<void> set_device_last_seq(std::string_view id, std::int64_t seq) = 0;
  virtual Result<void> revoke_device(std::string_view id, std::int64_t at) = 0;
  virtual Result<std::vector<Device>> devices_of(std::string_view person_id) = 0;

  virtual Result<std::optional<Invite>> invite(std::string_view code_hash) = 0;
  virtual Result<void> insert_invite(const Invite& invite) = 0;
  virtual Result<void> mark_invite_used(std::string_view code_hash, std::int64_t at) = 0;

  virtual Result<std::optional<StoredRecord>> record(domain::Kind kind, std::string_view id) = 0;
  //! Writes `body` (or a tombstone when empty) as the next change of `scope` and returns its
  //! seq. A Membership body also updates the membership index; a Membership tombstone removes it.
  virtual Result<std::int64_t> write(std::string_view scope, std::string_view family_id,
                                     domain::Kind kind, std::string_view id,
                                     const std::optional<std::string>& body, std::int64_t at,
                                     std::string_view device_id = {}) = 0;
  //! Changes of `scope` after `after_seq`, in seq order, at most `limit`.
  virtual Result<std::vector<StoredRecord>> changes(std::string_view scope,
                                                    std::int64_t after_seq,
                                                    std::size_t limit) = 0;
  virtual Result<std::optional<ScopeHead>> head(std::string_view scope) = 0;
  //! Live records and tombstones of every scope of a family, or about a person (see erase).
  virtual Result<std::vector<StoredRecord>> records_of_family(std::string_view family_id) = 0;
  virtual Result<std::vector<Membership>> memberships_of(std::string_view person_id) = 0;

  //! A refusal remembered per device and seq, so that a retried push gets the same answer.
  virtual Result<void> add_rejection(std::string_view device_id, std::int64_t seq,
                                     const Error& error) = 0;
  virtual Result<std::optional<Error>> rejection(std::string_view device_id,
                                                 std::int64_t seq) = 0;

  virtual Result<void> audit(const AuditEntry& entry) = 0;
};

//! A change another process (another kith-server, kith-admin) committed, as the store learns of
//! it. Only the PostgreSQL store reports these (through LISTEN/NOTIFY); for the SQLCipher store
//! changed_elsewhere() is the only signal.
struct StoreEvent {
  enum class Type {
    scope_moved,     //!< `scope` (of `family_id`) now reaches `seq`
    access_changed,  //!< accounts, devices, memberships, families or scopes changed: reload them
    resync,          //!< notifications may have been missed (the listening connection was lost)
  };
  Type type = Type::resync;
  std::string origin;  //!< the committing process's mark (random per store object), for logs
  std::string scope;
  std::string family_id;
  std::int64_t seq = 0;
};
using StoreListener = std::function<void(const StoreEvent&)>;

class ServerStore {
 public:
  virtual ~ServerStore() = default;

  //! The store's epoch: a random id made at init and again after a restore. A device whose
  //! cursor carries another epoch reloads from a snapshot.
  virtual const std::string& epoch() const = 0;
  //! The key that signs access tokens (made at init, kept in the store).
  virtual const SecretBytes& token_key() const = 0;

  //! A transaction for reading and writing. The SQLCipher store runs one at a time.
  virtual Result<std::unique_ptr<Transaction>> begin() = 0;
  //! Everything access decisions need.
  virtual Result<AccessState> load_access() = 0;
  //! True if another process (kith-admin, another server) committed since the last call: the
  //! caller reloads what it keeps in memory. Cheap: it reads no table.
  virtual Result<bool> changed_elsewhere() = 0;
  //! Deletes tombstones written before `before` (unix seconds) and raises their scopes' horizon.
  //! Returns how many went.
  virtual Result<std::int64_t> prune_tombstones(std::int64_t before) = 0;
  //! Entries of the audit log, oldest first, after `after_id` (for kith-admin and tests).
  virtual Result<std::vector<AuditEntry>> audit_log(std::int64_t after_id, std::size_t limit) = 0;
  //! After a restore from a backup, with no server running: a new epoch, so every device reloads
  //! what it holds, and each device's next push sets its sequence afresh (the backup's numbers
  //! are behind the device's). Returns the new epoch.
  virtual Result<std::string> new_epoch() = 0;
  //! PRAGMA integrity_check or its equivalent. store_damaged if not ok.
  virtual Result<void> check() = 0;
  //! Calls `listener`, on a thread of the store's own, for each change another process commits,
  //! until it is replaced; setting an empty one waits for a call in progress to return. Stores
  //! that cannot tell (SQLCipher) never call it.
  virtual void set_listener(StoreListener listener) { (void)listener; }
};

//! Where a SQLCipher server store lives: DIR/kith-server.db, keyed with the 32-byte key in
//! DIR/server.key (hex, mode 0600) or in the environment variable KITH_SERVER_KEY (hex).
struct SqliteStoreOptions {
  int cache_kib = 64 * 1024;
};

//! Makes a new server store in `dir`: the key file (unless KITH_SERVER_KEY is set), the
//! database, a new epoch and token key. store_exists if one is there.
Result<void> init_sqlite_store(const std::string& dir);
//! Opens the server store in `dir`. store_not_found, not_a_store, store_damaged, store_too_new.
Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& dir,
                                                       SqliteStoreOptions options = {});

//! The PostgreSQL store: several kith-server processes share one database (docs/OPERATIONS.md).
//! Record bodies, invite names and the token key are sealed with AES-256-GCM under the server key
//! (KITH_SERVER_KEY, 64 hex digits, the same for every process on the database), so the database
//! and its backups hold no personal data in the clear.
struct PostgresStoreOptions {
  int connections = 8;  //!< the pool: transactions that can run at once
};

//! Creates Kith's schema in the database `conninfo` names (libpq's "host=... dbname=..." or a
//! postgresql:// URI), or migrates an older one. Returns a sentence saying which it did.
//! store_exists if the schema is already current (after granting, if asked); invalid_argument
//! without KITH_SERVER_KEY; store_damaged if the key does not match the one the database was made
//! with. With `app_role`, grants that existing role what kith-server needs and no more: it may
//! read and write Kith's tables but only add to the audit log, and cannot change the schema or
//! the triggers (run init as the schema's owner; the servers log in as the app role).
Result<std::string> init_postgres_store(const std::string& conninfo,
                                        const std::string& app_role = {});
//! Connects to an existing store. unavailable if the database cannot be reached,
//! store_not_found without a schema, store_too_old before `kith-admin init` migrates it,
//! store_too_new, store_damaged for another key.
Result<std::unique_ptr<ServerStore>> open_postgres_store(const std::string& conninfo,
                                                         PostgresStoreOptions options = {});

}  // namespace kith::server
