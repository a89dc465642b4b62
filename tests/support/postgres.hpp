#pragma once
// A fresh PostgreSQL database per test on the throwaway test cluster (tests/support/postgres.sh),
// and raw SQL for tests that look inside the database as a DBA or an attacker would.

#include <string>
#include <vector>

#include "kith/result.hpp"

namespace kith::testing {

//! The socket folder of the test cluster: the one CTest's kith_postgres fixture started (named by
//! KITH_TEST_PG_STATE), or, when that is unset (a test binary run by hand), one started for this
//! process on first use and stopped when it exits. Throws std::runtime_error with a sentence if
//! no cluster can be had.
const std::string& postgres_socket_dir();

//! A new, empty database with a random name, dropped (WITH (FORCE), so connections left open do
//! not keep it) by the destructor. The constructor throws std::runtime_error with a sentence.
class TempDatabase {
 public:
  TempDatabase();
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;
  ~TempDatabase();

  const std::string& name() const { return name_; }
  //! "host=SOCKETDIR dbname=NAME user=kith", for libpq and the store.
  const std::string& conninfo() const { return conninfo_; }

 private:
  std::string name_;
  std::string conninfo_;
};

//! The rows (each a list of column values as text; NULL as "") that `sql` returns, run over a
//! connection of its own. Several statements may be given; the last one's rows come back. The
//! error carries PostgreSQL's message, so a test can assert that a statement was refused.
using Rows = std::vector<std::vector<std::string>>;
Result<Rows> pg_query(const std::string& conninfo, const std::string& sql);

}  // namespace kith::testing
