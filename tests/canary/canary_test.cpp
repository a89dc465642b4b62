// The canary on the SQLCipher server store: after the flows of every role against a real
// kith-server over TLS (canary_flows.hpp), the canary is in no file any process wrote, in any form
// the scanner knows, except what a person asked for. Scanned twice: while everything runs (WALs,
// shared-memory files, journals, the files the server holds open) and after everything stopped.

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "canary_flows.hpp"

namespace kith::testing {
namespace {

namespace fs = std::filesystem;

bool scanned(const ScanTally& tally, const std::string& ending) {
  return std::any_of(tally.scanned.begin(), tally.scanned.end(),
                     [&](const std::string& p) { return p.ends_with(ending); });
}

std::string summary(const char* what, const ScanTally& tally) {
  return std::string(what) + ": " + std::to_string(tally.files) + " files, " +
         std::to_string(tally.bytes) + " bytes";
}

using CanaryOnSqlcipher = CanaryFlows;

TEST_F(CanaryOnSqlcipher, IsNowhereOnDiskAfterEveryRolesFlowsButInWhatAPersonAskedFor) {
  Stopwatch clock;
  make_server();
  run_every_role();
  ASSERT_FALSE(HasFatalFailure());
  expect_canary_where_it_belongs();
  const double flows = clock.seconds();

  clock.restart();
  ScanTally live;
  auto hits = scan_written(live);
  EXPECT_TRUE(hits.empty()) << "The canary is on disk in plaintext while Kith runs:\n"
                            << describe(hits);
  EXPECT_TRUE(live.unreadable.empty()) << "could not read " << live.unreadable.front();
  // The scan saw the files that matter, with their write-ahead logs open.
  for (const char* file :
       {"/devices/coordinator/kith.db", "/devices/coordinator/kith.db-wal",
        "/devices/coordinator/kith.db-shm", "/devices/coordinator/kith.key",
        "/devices/parent/unlock.state", "/cli/parent/kith.db", "/data/kith-server.db",
        "/data/kith-server.db-wal", "/data/server.key", "/server.log"}) {
    EXPECT_TRUE(scanned(live, file)) << "the scan did not read " << file;
  }

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
  EXPECT_NE(server_->log_text().find(" push "), std::string::npos)
      << "the server's log is not the one the flows wrote to";

  ScanTally stray;
  hits = scan_stray_temporary_files(stray);
  const double scans = scans_before_stop + clock.seconds();
  EXPECT_TRUE(hits.empty()) << "The canary is in a file outside $TMPDIR:\n" << describe(hits);
  EXPECT_TRUE(crash_files().empty()) << "crash output: " << crash_files().front();
  // Nothing was left in the working directory at all, nor in $TMPDIR but libpulse's runtime
  // folder: espeak-ng (the WAV of kith-admin formats) opens an audio device through libpcaudio
  // even when it only writes samples, and libpulse makes "pulse-<id>" in $TMPDIR when
  // $XDG_RUNTIME_DIR is unset. It holds no data (scanned above with the rest of tmp/).
  for (const auto& entry : fs::directory_iterator(dir("tmp"))) {
    EXPECT_TRUE(entry.path().filename().string().starts_with("pulse-"))
        << "left in $TMPDIR: " << entry.path();
  }
  EXPECT_TRUE(fs::is_empty(dir("cwd"))) << fs::directory_iterator(dir("cwd"))->path();

  std::cout << "[ canary ] " << canary_.text() << "; " << summary("running", live) << "; "
            << summary("stopped", after) << "; " << summary("stray in /tmp and /var/tmp", stray)
            << "; flows " << flows << " s, scans " << scans << " s, stopping " << stopping
            << " s\n";
  RecordProperty("files_scanned_running", static_cast<int>(live.files));
  RecordProperty("files_scanned_stopped", static_cast<int>(after.files));
}

}  // namespace
}  // namespace kith::testing
