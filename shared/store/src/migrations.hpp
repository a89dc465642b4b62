#pragma once
// The store's schema as numbered migrations. Migration N takes user_version N-1 to N and runs in
// one transaction with the user_version change, so a store is always at exactly one version.
// Never edit a migration that has shipped: add the next one. SQL must run on SQLite 3.15.2
// (SQLCipher 3.4): no UPSERT, no RETURNING, no window functions.

#include <array>
#include <string_view>

namespace kith::store {

inline constexpr std::array<std::string_view, 2> kMigrations = {
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
    // 2: sync. The server seq an outbox change was based on (so the server can tell a clash);
    // outbox sequence numbers withdrawn by a purge (the server refuses gaps, so a withdrawn
    // number is still sent, without its data); the server's refusals and clashes, to show.
    R"sql(
ALTER TABLE outbox ADD COLUMN base_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_by_record ON outbox (kind, record_id);
CREATE TABLE outbox_withdrawn (
  seq INTEGER PRIMARY KEY
);
CREATE TABLE rejections (
  seq         INTEGER PRIMARY KEY,
  mutation_id TEXT    NOT NULL,
  scope       TEXT    NOT NULL,
  kind        INTEGER NOT NULL,
  record_id   TEXT    NOT NULL,
  code        TEXT    NOT NULL,
  message     TEXT    NOT NULL,
  at          INTEGER NOT NULL
);
CREATE TABLE conflicts (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  scope      TEXT    NOT NULL,
  kind       INTEGER NOT NULL,
  record_id  TEXT    NOT NULL,
  superseded BLOB    NOT NULL,
  at         INTEGER NOT NULL
);
)sql",
};

}  // namespace kith::store
