#pragma once
// The canary test's world: every process it starts (kith-server, kith-admin, kith-cli, and the
// devices in this process) runs with $TMPDIR, $HOME and the working directory in folders of the
// test's own; a canary (disk_scan.hpp) goes into every text field of every record kind through the
// flows of every role against a real kith-server over TLS; then every byte those processes wrote
// is searched for it.
//
// Folders under root() (each scanned, and each named in a finding):
//   srv/      the server's folder: data/ (the SQLCipher store and server.key), server.log (its
//             stderr), its TLS files
//   devices/  one store folder per device run by the sync engine in this process
//   cli/      the stores of kith-cli devices
//   tmp/      $TMPDIR for every process
//   home/     $HOME for every process
//   cwd/      the working directory of every process (crash output would land here)
//   out/      what kith-cli and kith-admin printed, where it shows no record (sync, add, audit...)
//   asked/    only what a person asked for: the export, the formats, the records they listed or
//             typed in, and the names kith-cli greets them with. The canary may be here.

#include <gtest/gtest.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../integration/server_process.hpp"
#include "disk_scan.hpp"
#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"

namespace kith::testing {

//! A device as the app runs it: an encrypted store in its own folder and the sync engine over it.
class Phone {
 public:
  explicit Phone(std::filesystem::path dir);
  Result<sync::Enrolment> enrol(const ServerProcess& server, const sync::Credential& credential);
  Result<sync::SyncReport> sync();
  sync::SyncEngine& engine();
  store::Store& store() { return *store_; }
  std::vector<domain::Record> list(domain::Kind kind) { return *store_->list({.kind = kind}); }
  //! Closes the store (and with it the database, its WAL and the data key in memory).
  void close();

  const std::filesystem::path dir;
  std::string person_id;

 private:
  std::optional<store::Store> store_;
  std::optional<sync::SyncEngine> engine_;
};

//! Seconds since it was made, for the timings a test prints.
class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  void restart() { start_ = std::chrono::steady_clock::now(); }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

//! How a program started by the test ended.
struct Exit {
  int status = -1;  //!< the exit status, or -1 if it did not exit by itself
  int signal = 0;   //!< the signal that ended it, or 0
  std::string out;  //!< what it printed on stdout (also in the file named below)
  std::string err;  //!< what it printed on stderr
};

class CanaryFlows : public ::testing::Test {
 protected:
  //! Makes the folders, points $TMPDIR, $HOME and the working directory at them.
  void SetUp() override;
  //! Stops everything, puts the environment back.
  void TearDown() override;

  //! The server on the SQLCipher store, or on a PostgreSQL database; made here, not started.
  void make_server();
  void make_server(OnPostgres database);

  //! Runs every role's flows; the server is running afterwards and the devices are open.
  void run_every_role();
  //! Closes every device and stops the server with SIGTERM; checks it drained and exited 0.
  void stop_everything();

  //! Scans root() (minus asked/): the hits are findings. Also scans the files the server (while
  //! it runs) and this process hold open elsewhere or deleted, through /proc.
  std::vector<Hit> scan_written(ScanTally& tally);
  //! Scans files in /tmp and /var/tmp changed since the test began, outside root() and
  //! `except`: anything that ignored $TMPDIR.
  std::vector<Hit> scan_stray_temporary_files(ScanTally& tally, const std::string& except = {});
  //! Files named like crash output (core, core.N, vgcore.N, *.core) anywhere under root().
  std::vector<std::string> crash_files() const;

  //! Checks that the export and every format the person asked for hold the canary, found by the
  //! same scanner: it finds what is there.
  void expect_canary_where_it_belongs();

  const std::filesystem::path& root() const { return root_.path_ref(); }
  std::filesystem::path dir(const std::string& name) const { return root() / name; }

  Canary canary_;
  std::optional<ServerProcess> server_;
  std::string family_, coordinator_;
  std::map<std::string, std::unique_ptr<Phone>> phones_;  // by role name
  std::set<domain::Kind> kinds_written_;
  std::vector<std::string> export_files_;  // export-person --out
  std::string formats_dir_;                // kith-admin formats --out
  std::vector<std::string> programs_run_;  // for the report
  std::int64_t started_at_ = 0;

 private:
  class Root {
   public:
    Root();
    ~Root();
    Root(const Root&) = delete;
    Root& operator=(const Root&) = delete;
    const std::filesystem::path& path_ref() const { return path_; }

   private:
    std::filesystem::path path_;
  };

  // kith-cli or kith-admin as a program of its own, with the test's environment and `extra`
  // variables; stdout and stderr kept in out/ (or asked/ when `shows_records`).
  Exit run(const std::string& binary, const std::vector<std::string>& args,
           const std::string& command, const std::vector<std::string>& extra, bool shows_records);
  Exit cli(const std::string& store, std::vector<std::string> args, bool shows_records = false);
  Exit admin_program(std::vector<std::string> args, bool shows_records = false);
  std::vector<std::string> admin_store_arguments() const;
  std::string admin_line(const std::string& command_line);

  Phone& phone(const std::string& role);
  Phone& invited(const std::string& role, const std::string& invite_role);
  bool sync_until(Phone& phone, const std::function<bool()>& done);
  void put(Phone& phone, domain::Record record);

  void coordinator_writes();
  void parent_acknowledges_ticks_and_asks();
  void young_person_speaks();
  void volunteer_logs();
  void network_member_joins_from_the_coordinators_invite();
  void coordinator_answers_edits_and_deletes();
  void cli_parent();
  void everyone_syncs();
  void expect_devices_hold_every_kind();
  void endings_exports_and_erasure();

  Root root_;
  std::string old_tmpdir_, old_home_;
  bool had_tmpdir_ = false, had_home_ = false;
  std::filesystem::path old_cwd_;
  int program_count_ = 0;
  // Ids the flows share.
  std::string plan_id_, version_id_, action_id_, support_link_id_, help_asked_id_,
      young_feedback_id_, young_concern_id_, conference_id_;
};

}  // namespace kith::testing
