#pragma once
//! The server's log: one line per event on stderr, `key=value` fields after the event name, e.g.
//!   2026-11-22T10:00:00Z info push device=3f… applied=12 rejected=0 ms=4
//! Log what happened, never personal data: ids of devices and records, counts, codes and timings
//! are fine; names, record bodies, invite codes, secrets, tokens and IP addresses are not.
//! Thread-safe: lines from different threads never interleave.

#include <initializer_list>
#include <string>
#include <string_view>

namespace kith::server {

enum class LogLevel { debug, info, warn, error };

struct LogField {
  std::string_view key;
  std::string value;
};

void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});
//! Lines below `level` are dropped. Default info; KITH_LOG=debug|info|warn|error overrides.
void set_log_level(LogLevel level);

}  // namespace kith::server
