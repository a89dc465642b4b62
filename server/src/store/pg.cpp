#include "pg.hpp"

#include <charconv>

namespace kith::server::pg {

namespace {

// The first line of libpq's message: the rest is context a log may want but a person does not.
std::string first_line(const char* message) {
  std::string text = message != nullptr ? message : "";
  if (const auto nl = text.find('\n'); nl != std::string::npos) text.resize(nl);
  return text;
}

}  // namespace

std::int64_t Rows::integer(int row, int column) const {
  const std::string_view t = text(row, column);
  std::int64_t value = 0;
  std::from_chars(t.data(), t.data() + t.size(), value);
  return value;
}

std::string Rows::bytes(int row, int column) const {
  if (null(row, column)) return {};
  std::size_t length = 0;
  unsigned char* raw = PQunescapeBytea(
      reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row, column)), &length);
  if (raw == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(raw), length);
  PQfreemem(raw);
  return out;
}

std::int64_t Rows::affected() const {
  const char* n = PQcmdTuples(result_.get());
  std::int64_t value = 0;
  if (n != nullptr) std::from_chars(n, n + std::char_traits<char>::length(n), value);
  return value;
}

Result<Connection> Connection::connect(const std::string& conninfo) {
  PGconn* raw = PQconnectdb(conninfo.c_str());
  if (raw == nullptr) {
    return unexpected(ErrorCode::unavailable, "There was no memory to connect to PostgreSQL.");
  }
  Connection c(raw);
  if (PQstatus(raw) != CONNECTION_OK) {
    return unexpected(ErrorCode::unavailable,
                      "PostgreSQL could not be reached with the connection string given (--pg): " +
                          first_line(PQerrorMessage(raw)));
  }
  // Kith's tables live in their own schema; UTC and UTF-8 whatever the server's defaults.
  KITH_TRY(c.exec("SET search_path = kith, pg_catalog; SET TIME ZONE 'UTC'; "
                  "SET client_encoding = 'UTF8'"));
  return c;
}

Unexpected Connection::failure(PGresult* result, std::string_view what) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  last_state_ = state != nullptr ? state : "";
  std::string message = first_line(result != nullptr ? PQresultErrorMessage(result)
                                                     : PQerrorMessage(conn_.get()));
  if (message.empty()) message = first_line(PQerrorMessage(conn_.get()));
  if (!healthy()) {
    return unexpected(ErrorCode::unavailable,
                      "The connection to PostgreSQL was lost (" + message + "); try again.");
  }
  // Serialisation failures, deadlocks, and the server shutting down: the work can be retried.
  if (last_state_ == "40001" || last_state_ == "40P01" || last_state_.starts_with("57P") ||
      last_state_.starts_with("08")) {
    return unexpected(ErrorCode::unavailable, "PostgreSQL asked for this to be tried again (" +
                                                  message + ").");
  }
  if (last_state_ == kUniqueViolation) return unexpected(ErrorCode::conflict, message);
  return unexpected(ErrorCode::internal, std::string(what) + " failed in PostgreSQL: " + message);
}

Result<Rows> Connection::run(std::string_view sql, const std::vector<Param>& params) {
  last_state_.clear();
  auto it = prepared_.find(sql);
  if (it == prepared_.end()) {
    const std::string name = "k" + std::to_string(prepared_.size() + 1);
    PGresult* r = PQprepare(conn_.get(), name.c_str(), std::string(sql).c_str(),
                            static_cast<int>(params.size()), nullptr);
    Rows prepared(r);
    if (r == nullptr || PQresultStatus(r) != PGRES_COMMAND_OK) return failure(r, "Preparing a statement");
    it = prepared_.emplace(std::string(sql), name).first;
  }
  std::vector<const char*> values(params.size());
  std::vector<int> lengths(params.size());
  std::vector<int> formats(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) {
    values[i] = params[i].null ? nullptr : params[i].value.data();
    lengths[i] = static_cast<int>(params[i].value.size());
    formats[i] = params[i].binary ? 1 : 0;
  }
  PGresult* r = PQexecPrepared(conn_.get(), it->second.c_str(), static_cast<int>(params.size()),
                               values.data(), lengths.data(), formats.data(), 0);
  const ExecStatusType status = r != nullptr ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Rows cleanup(r);
    return failure(r, "A statement");
  }
  return Rows(r);
}

Result<void> Connection::exec(std::string_view sql) {
  last_state_.clear();
  PGresult* r = PQexec(conn_.get(), std::string(sql).c_str());
  Rows cleanup(r);
  const ExecStatusType status = r != nullptr ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return failure(r, "SQL");
  return {};
}

Result<std::vector<Notification>> Connection::notifications() {
  if (PQconsumeInput(conn_.get()) == 0 || !healthy()) {
    return unexpected(ErrorCode::unavailable, "The listening connection to PostgreSQL was lost: " +
                                                  first_line(PQerrorMessage(conn_.get())));
  }
  std::vector<Notification> out;
  while (PGnotify* n = PQnotifies(conn_.get())) {
    out.push_back({n->relname != nullptr ? n->relname : "", n->extra != nullptr ? n->extra : ""});
    PQfreemem(n);
  }
  return out;
}

std::string quote_identifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace kith::server::pg
