#pragma once
// The store's schema as numbered migrations. Migration N takes user_version N-1 to N and runs in
// one transaction with the user_version change, so a store is always at exactly one version.
// Never edit a migration that has shipped: add the next one. SQL must run on SQLite 3.15.2
// (SQLCipher 3.4): no UPSERT, no RETURNING, no window functions.

#include <array>
#include <string_view>

namespace kith::store {

inline constexpr std::array<std::string_view, 1> kMigrations = {
    // 1: records by scope, the outbox, cursors.
    R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE records (
  kind       INTEGER NOT NULL,
  id         TEXT    NOT NULL,
  scope      TEXT    NOT NULL,
  family_id  TEXT    NOT NULL,
  body       BLOB,              -- the encoded kith.v1.Record; NULL for a tombstone
  server_seq INTEGER,           -- the change's sequence in its scope once it came from the server
  updated_at INTEGER NOT NULL,  -- unix seconds of the last local write or apply
  UNIQUE (kind, id)
);
CREATE INDEX records_by_scope ON records (scope);
CREATE INDEX records_by_family_kind ON records (family_id, kind);
CREATE TABLE outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, even after acknowledgement
  mutation_id TEXT    NOT NULL UNIQUE,
  scope       TEXT    NOT NULL,
  kind        INTEGER NOT NULL,
  record_id   TEXT    NOT NULL,
  op          INTEGER NOT NULL CHECK (op IN (1, 2)),
  body        BLOB,
  created_at  INTEGER NOT NULL
);
CREATE INDEX outbox_by_scope ON outbox (scope);
CREATE TABLE cursors (
  scope    TEXT PRIMARY KEY,
  epoch    TEXT NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
);
)sql",
};

}  // namespace kith::store
