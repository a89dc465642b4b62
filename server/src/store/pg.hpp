#pragma once
// A thin RAII layer over libpq for the PostgreSQL server store: connections, statements prepared
// once per connection, text results, and errors turned into Kith's codes with sentences.

#include <libpq-fe.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kith/result.hpp"

namespace kith::server::pg {

//! One statement parameter, sent as text (or as raw bytes for bytea).
struct Param {
  Param(std::string_view text) : value(text) {}  // NOLINT: implicit by design
  Param(const char* text) : value(text) {}       // NOLINT
  Param(const std::string& text) : value(text) {}  // NOLINT
  Param(std::int64_t number) : value(std::to_string(number)) {}  // NOLINT
  Param(int number) : value(std::to_string(number)) {}  // NOLINT
  //! A bytea parameter; empty optional sends NULL.
  static Param bytes(const std::optional<std::string>& raw) {
    Param p(std::string_view{});
    if (raw) p.value = *raw; else p.null = true;
    p.binary = true;
    return p;
  }
  static Param null_text() {
    Param p(std::string_view{});
    p.null = true;
    return p;
  }
  std::string value;
  bool null = false;
  bool binary = false;
};

//! The rows of one statement, in text form.
class Rows {
 public:
  explicit Rows(PGresult* result) : result_(result) {}
  int size() const { return PQntuples(result_.get()); }
  bool empty() const { return size() == 0; }
  bool null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  std::string_view text(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column),
            static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
  }
  std::int64_t integer(int row, int column) const;
  //! A bytea column, decoded from its text form.
  std::string bytes(int row, int column) const;
  //! Rows an INSERT, UPDATE or DELETE touched.
  std::int64_t affected() const;

 private:
  struct Clear {
    void operator()(PGresult* r) const { PQclear(r); }
  };
  std::unique_ptr<PGresult, Clear> result_;
};

//! A NOTIFY received on a LISTENing connection.
struct Notification {
  std::string channel;
  std::string payload;
};

// SQLSTATE classes the store treats specially.
inline constexpr std::string_view kUniqueViolation = "23505";
inline constexpr std::string_view kRaisedException = "P0001";

class Connection {
 public:
  //! unavailable with a sentence if the server cannot be reached or refuses the login.
  static Result<Connection> connect(const std::string& conninfo);

  Connection(Connection&&) noexcept = default;
  Connection& operator=(Connection&&) noexcept = default;
  ~Connection() = default;

  //! Runs one statement with parameters; prepared the first time this connection sees `sql`.
  Result<Rows> run(std::string_view sql, const std::vector<Param>& params = {});
  //! Runs SQL text without parameters (may hold several statements: migrations, BEGIN, COMMIT).
  Result<void> exec(std::string_view sql);

  //! False once the connection is broken; a pool drops it.
  bool healthy() const { return PQstatus(conn_.get()) == CONNECTION_OK; }
  //! The SQLSTATE of the last failed statement ("" if none).
  const std::string& last_state() const { return last_state_; }
  //! The socket to poll for notifications.
  int socket() const { return PQsocket(conn_.get()); }
  //! Reads what the server sent and returns the notifications among it. unavailable if the
  //! connection broke.
  Result<std::vector<Notification>> notifications();

 private:
  struct Finish {
    void operator()(PGconn* c) const { PQfinish(c); }
  };
  explicit Connection(PGconn* conn) : conn_(conn) {}
  Unexpected failure(PGresult* result, std::string_view what);

  std::unique_ptr<PGconn, Finish> conn_;
  std::map<std::string, std::string, std::less<>> prepared_;  // SQL -> statement name
  std::string last_state_;
};

//! Quotes an identifier (a database or channel name) for SQL text.
std::string quote_identifier(std::string_view name);

}  // namespace kith::server::pg
