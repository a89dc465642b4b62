// The canary on the PostgreSQL server store: the same flows (canary_flows.hpp) against a
// kith-server on a database of the test cluster; then, after a CHECKPOINT, the cluster's whole
// folder is scanned (its data files, its WAL, its log, with every statement and its parameters
// logged) as well as everything the test's processes wrote. Ids are stored in the clear there, so
// the scan must find the family's id in the data files, the WAL and the log: it reads what
// PostgreSQL wrote.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "canary_flows.hpp"
#include "postgres.hpp"

namespace kith::testing {
namespace {

namespace fs = std::filesystem;

// The test cluster's folder: the data folder's parent, named by the kith_postgres fixture's state
// (KITH_TEST_PG_STATE/data), or the socket folder of a cluster this binary started itself (they
// are the same folder: tests/support/postgres.sh).
fs::path cluster_folder() {
  if (const char* state = std::getenv("KITH_TEST_PG_STATE")) {
    std::ifstream in(fs::path(state) / "data");
    std::string data;
    if (std::getline(in, data) && !data.empty()) return fs::path(data).parent_path();
  }
  return postgres_socket_dir();
}

bool found_under(const std::vector<Hit>& hits, const std::string& part) {
  for (const Hit& h : hits) {
    if (h.path.find(part) != std::string::npos) return true;
  }
  return false;
}

class CanaryOnPostgres : public CanaryFlows {
 protected:
  TempDatabase db_;  // made before SetUp() moves $TMPDIR, dropped after TearDown()
};

// PostgreSQL logs every statement on this database with its parameters, as a DBA chasing a slow
// query might turn on: what Kith sends PostgreSQL then lands in the cluster's log, which is
// scanned. Kith seals before it sends, so the canary must not be there either.
void log_every_statement(const TempDatabase& db) {
  for (const char* setting : {"log_min_duration_statement = 0", "log_parameter_max_length = -1",
                              "log_parameter_max_length_on_error = -1"}) {
    auto set = pg_query(db.conninfo(), "ALTER DATABASE \"" + db.name() + "\" SET " + setting);
    ASSERT_TRUE(set) << setting << ": " << set.error().describe();
  }
}

TEST_F(CanaryOnPostgres, IsNowhereInTheClusterNorOnDiskAfterEveryRolesFlows) {
  const fs::path cluster = cluster_folder();
  ASSERT_TRUE(fs::is_directory(cluster / "data")) << "no PostgreSQL data folder in " << cluster;
  log_every_statement(db_);
  ASSERT_FALSE(HasFatalFailure());
  Stopwatch clock;
  make_server(OnPostgres{db_.conninfo()});
  run_every_role();
  ASSERT_FALSE(HasFatalFailure());
  expect_canary_where_it_belongs();
  const double flows = clock.seconds();
  clock.restart();

  // Everything PostgreSQL holds in memory goes to its data files; its WAL has it all already.
  auto checkpoint = pg_query(db_.conninfo(), "CHECKPOINT");
  ASSERT_TRUE(checkpoint) << checkpoint.error().describe();
  ScanTally in_cluster;
  auto hits = scan_tree(cluster, canary_, in_cluster);
  EXPECT_TRUE(hits.empty()) << "The canary is in the PostgreSQL cluster's files in plaintext:\n"
                            << describe(hits);
  // The unreadable: files PostgreSQL removed while they were read are not counted.
  EXPECT_TRUE(in_cluster.unreadable.empty()) << "could not read " << in_cluster.unreadable.front();

  // The scan reads what PostgreSQL wrote: the family's id, in the clear, in the data and the WAL.
  const Canary family_id("no-such-prefix:", family_);
  ScanTally ids;
  const auto id_hits = scan_tree(cluster / "data", family_id, ids);
  EXPECT_TRUE(found_under(id_hits, "/base/")) << "the family's id is in no data file";
  EXPECT_TRUE(found_under(id_hits, "/pg_wal/")) << "the family's id is in no WAL segment";
  // And the log has the statements with their parameters (the family's id among them).
  ScanTally log_tally;
  EXPECT_FALSE(scan_file(cluster / "server.log", family_id, log_tally).empty())
      << "PostgreSQL's log does not show Kith's statements with their parameters";

  ScanTally live;
  hits = scan_written(live);
  EXPECT_TRUE(hits.empty()) << "The canary is on disk in plaintext while Kith runs:\n"
                            << describe(hits);
  const double scans_before_stop = clock.seconds();
  clock.restart();
  stop_everything();
  const double stopping = clock.seconds();
  clock.restart();
  ScanTally after;
  hits = scan_written(after);
  EXPECT_TRUE(hits.empty()) << "The canary is on disk in plaintext after Kith stopped:\n"
                            << describe(hits);
  EXPECT_TRUE(after.unreadable.empty()) << "could not read " << after.unreadable.front();
  ScanTally stray;
  hits = scan_stray_temporary_files(stray, cluster.string());
  const double scans = scans_before_stop + clock.seconds();
  EXPECT_TRUE(hits.empty()) << "The canary is in a file outside $TMPDIR:\n" << describe(hits);
  EXPECT_TRUE(crash_files().empty()) << "crash output: " << crash_files().front();

  std::cout << "[ canary ] " << canary_.text() << "; cluster " << cluster << ": "
            << in_cluster.files << " files, " << in_cluster.bytes
            << " bytes; written by the test's "
            << "processes: " << after.files << " files, " << after.bytes
            << " bytes; stray: " << stray.files << " files; flows " << flows << " s, scans "
            << scans << " s, stopping " << stopping << " s\n";
  RecordProperty("cluster_files_scanned", static_cast<int>(in_cluster.files));
}

}  // namespace
}  // namespace kith::testing
