#include "postgres.hpp"

#include <libpq-fe.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "kith/bytes.hpp"

#ifndef KITH_TEST_PG_SCRIPT
#error "KITH_TEST_PG_SCRIPT must name tests/support/postgres.sh"
#endif

namespace kith::testing {
namespace {

struct ConnCloser {
  void operator()(PGconn* c) const noexcept { PQfinish(c); }
};
struct ResultClearer {
  void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;
using PgResult = std::unique_ptr<PGresult, ResultClearer>;

// libpq's messages end with a newline; a sentence in a test failure reads better without it.
std::string trimmed(const char* message) {
  std::string text = message != nullptr ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''"; else out += c;
  }
  return out + "'";
}

std::string read_line(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

// A cluster started for this process because no CTest fixture named one: stopped at exit.
class OwnCluster {
 public:
  OwnCluster() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kith-pgstate-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("Could not make a folder for the test PostgreSQL cluster's state.");
    }
    state_ = pattern;
    const std::string command = "bash " + shell_quote(KITH_TEST_PG_SCRIPT) + " start " +
                                shell_quote(state_) + " >&2";
    if (std::system(command.c_str()) != 0) {
      stop();
      throw std::runtime_error(
          "Could not start a PostgreSQL cluster for this test (tests/support/postgres.sh says "
          "why, above). Run the test through ctest, which starts one with the kith_postgres "
          "fixture, or install postgresql-15 with scripts/setup.");
    }
    socket_ = read_line(std::filesystem::path(state_) / "socket");
  }
  OwnCluster(const OwnCluster&) = delete;
  OwnCluster& operator=(const OwnCluster&) = delete;
  ~OwnCluster() { stop(); }

  const std::string& socket() const { return socket_; }

 private:
  void stop() {
    const std::string command = "bash " + shell_quote(KITH_TEST_PG_SCRIPT) + " stop " +
                                shell_quote(state_) + " >/dev/null";
    (void)std::system(command.c_str());
    std::error_code ignored;
    std::filesystem::remove_all(state_, ignored);
  }

  std::string state_;
  std::string socket_;
};

std::string socket_from_fixture(const std::string& state) {
  const std::filesystem::path file = std::filesystem::path(state) / "socket";
  std::string socket = read_line(file);
  if (socket.empty() || !std::filesystem::is_directory(socket)) {
    throw std::runtime_error(
        "KITH_TEST_PG_STATE names " + state + ", but no test PostgreSQL cluster is running there "
        "(" + file.string() + " is missing or stale). Did the postgres_start test fail? Run the "
        "tests with ctest, or unset KITH_TEST_PG_STATE to start a cluster for this process.");
  }
  return socket;
}

Conn connect(const std::string& conninfo) {
  Conn conn(PQconnectdb(conninfo.c_str()));
  if (!conn) throw std::runtime_error("libpq could not allocate a connection.");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    throw std::runtime_error("Could not connect to the test PostgreSQL cluster (" + conninfo +
                             "): " + trimmed(PQerrorMessage(conn.get())));
  }
  // Notices (DROP ... IF EXISTS and the like) would only clutter the test output.
  PQsetNoticeProcessor(conn.get(), [](void*, const char*) {}, nullptr);
  return conn;
}

std::string admin_conninfo() { return "host=" + postgres_socket_dir() + " dbname=postgres user=kith"; }

void run_admin(const std::string& sql) {
  auto rows = pg_query(admin_conninfo(), sql);
  if (!rows) throw std::runtime_error(rows.error().message);
}

}  // namespace

const std::string& postgres_socket_dir() {
  static std::mutex mutex;
  static std::string socket;
  static std::unique_ptr<OwnCluster> own;
  const std::lock_guard lock(mutex);
  if (socket.empty()) {
    if (const char* state = std::getenv("KITH_TEST_PG_STATE"); state != nullptr && *state != '\0') {
      socket = socket_from_fixture(state);
    } else {
      own = std::make_unique<OwnCluster>();
      socket = own->socket();
    }
  }
  return socket;
}

TempDatabase::TempDatabase() {
  std::vector<std::uint8_t> random(8);
  if (!random_bytes(random)) throw std::runtime_error("No random bytes for a database name.");
  name_ = "kith_test_" + to_hex(random);
  run_admin("CREATE DATABASE " + name_);
  conninfo_ = "host=" + postgres_socket_dir() + " dbname=" + name_ + " user=kith";
}

TempDatabase::~TempDatabase() {
  // FORCE ends sessions a test left open (a store's pool or its listening connection).
  (void)pg_query(admin_conninfo(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
}

Result<Rows> pg_query(const std::string& conninfo, const std::string& sql) {
  Conn conn;
  try {
    conn = connect(conninfo);
  } catch (const std::runtime_error& e) {
    return unexpected(ErrorCode::unavailable, e.what());
  }
  PgResult result(PQexec(conn.get(), sql.c_str()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return unexpected(ErrorCode::internal,
                      "PostgreSQL refused `" + sql + "`: " +
                          trimmed(result ? PQresultErrorMessage(result.get())
                                         : PQerrorMessage(conn.get())));
  }
  Rows rows;
  const int n_rows = PQntuples(result.get());
  const int n_cols = PQnfields(result.get());
  rows.reserve(static_cast<std::size_t>(n_rows));
  for (int r = 0; r < n_rows; ++r) {
    auto& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(n_cols));
    for (int c = 0; c < n_cols; ++c) {
      row.emplace_back(PQgetvalue(result.get(), r, c),
                       static_cast<std::size_t>(PQgetlength(result.get(), r, c)));
    }
  }
  return rows;
}

}  // namespace kith::testing
