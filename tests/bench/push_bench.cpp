// kith-bench-push: how fast a real kith-server applies pushed mutations, against the rate at which
// the same rows can be inserted raw into a store of the same kind, in the same run.
//
//   push   POST /v1/push of 1, 10 or 100 new scale scores by parents over real TLS on 127.0.0.1,
//          with consecutive seqs per device, every one checked APPLIED; 1 device, then 8 at once.
//          Each push is one transaction of the server's store: the device's row, each record's
//          read and write, its scope's next seq, and one fsync at COMMIT (synchronous = FULL).
//   raw    INSERTs of the same rows (the records table's columns, the same encoded bodies) into
//          another server store made by `kith-admin init`, opened with the same cipher settings,
//          pragmas and cache, one prepared statement, one BEGIN IMMEDIATE ... COMMIT a batch of the
//          same size: what the disk and the page cipher allow, with no HTTP, TLS, protobuf,
//          validation, access rules, reads or sequences.
//
// The machine is shared, so every cell runs in --rounds rounds, the raw and push cells of a batch
// size next to each other (a disturbance hits one round, not one side of a ratio), and the table
// gives each figure's median.
//
// Usage: kith-bench-push [--smoke] [--seconds S] [--rounds N] [--docs PATH]
// --smoke runs each cell once for 0.3 s and writes nothing.

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/scope.hpp"
#include "kith/sqlite/sqlite.hpp"
#include "samples.hpp"

namespace {

using namespace kith::bench;

constexpr int kBatches[] = {1, 10, 100};
constexpr int kManyDevices = 8;

//! A second server store, never served: the raw baseline's table.
class RawStore {
 public:
  explicit RawStore(const std::string& dir) {
    std::ifstream in(dir + "/server.key");
    std::string hex((std::istreambuf_iterator<char>(in)), {});
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r')) hex.pop_back();
    auto raw = kith::from_hex(hex);
    if (!raw) fail("the raw store's key: " + raw.error().describe());
    kith::SecretBytes key(raw->size());
    std::copy(raw->begin(), raw->end(), key.data());
    // The server store's own cache (SqliteStoreOptions::cache_kib) and Connection::open's pragmas.
    auto db = kith::sql::Connection::open(dir + "/kith-server.db", key, false, 64 * 1024);
    if (!db) fail("the raw store: " + db.error().describe());
    db_.emplace(std::move(*db));
    family_id_ = kith::new_uuid();
    person_id_ = kith::new_uuid();
    device_id_ = kith::new_uuid();
  }

  //! Inserts batches of `batch` rows for `seconds`; rows a second.
  CellResult run(int batch, double seconds) {
    using kith::domain::Record;
    auto insert = db_->prepare(
        "INSERT INTO records (kind, id, scope, family_id, seq, body, updated_at, device_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) fail("raw insert: " + insert.error().describe());
    std::vector<double> latencies_us;
    std::size_t rows = 0;
    const auto start = Clock::now();
    const auto deadline =
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    while (Clock::now() < deadline) {
      // The rows are made before the clock of the batch starts, as a device makes its push.
      std::vector<Record> records(static_cast<std::size_t>(batch));
      for (Record& score : records) {
        score = kith::testing::sample(Record::kScaleScore);
        score.mutable_scale_score()->set_family_id(family_id_);
        score.mutable_scale_score()->set_scored_by(person_id_);
      }
      const auto begun = Clock::now();
      auto tx = kith::sql::Transaction::begin(*db_);
      if (!tx) fail("raw begin: " + tx.error().describe());
      for (const Record& score : records) {
        const auto scope = kith::domain::scope_for(score);
        if (!scope) fail("raw scope: " + scope.error().describe());
        const std::string body = kith::domain::encode(score);
        insert->bind(1, static_cast<std::int64_t>(score.body_case()))
            .bind(2, kith::domain::record_id(score))
            .bind(3, scope->to_string())
            .bind(4, family_id_)
            .bind(5, ++seq_)
            .bind_blob(6, body)
            .bind(7, static_cast<std::int64_t>(std::time(nullptr)))
            .bind(8, device_id_);
        if (auto ok = insert->run(); !ok) fail("raw insert: " + ok.error().describe());
      }
      if (auto ok = tx->commit(); !ok) fail("raw commit: " + ok.error().describe());
      const auto end = Clock::now();
      if (end <= deadline) {
        latencies_us.push_back(std::chrono::duration<double, std::micro>(end - begun).count());
        rows += static_cast<std::size_t>(batch);
      }
    }
    std::sort(latencies_us.begin(), latencies_us.end());
    CellResult r;
    r.requests = latencies_us.size();
    r.units = rows;
    r.seconds = seconds;
    r.p50_ms = percentile_ms(latencies_us, 0.50);
    r.p99_ms = percentile_ms(latencies_us, 0.99);
    r.client_cores = 1;  // one thread, never waiting on anything but the disk
    return r;
  }

  std::int64_t rows() const { return seq_; }

 private:
  std::optional<kith::sql::Connection> db_;
  std::string family_id_, person_id_, device_id_;
  std::int64_t seq_ = 0;
};

struct Cell {
  std::string what;  //!< "raw", "1 device", "8 devices"
  int batch = 0;
  std::vector<CellResult> rounds;
};

int run(int argc, char** argv) {
  RunOptions options;
  options.docs = KITH_PERFORMANCE_DOC;
  if (!parse_options(argc, argv, "kith-bench-push [--smoke] [--seconds S] [--rounds N] [--docs PATH]",
                     options)) {
    return 2;
  }
  const auto started = Clock::now();
  EmbeddedServerRun run;  // a temporary folder, a certificate, the store made by kith-admin init
  const std::string& where = run.where;
  const ServerCertificate& certificate = run.certificate;
  ServerUnderTest& server = run.server;
  ServerUnderTest raw_maker(run.tmp.path(), StoreSpec{run.tmp.path() + "/raw", {}, {}});
  raw_maker.admin("init");
  RawStore raw(run.tmp.path() + "/raw");
  std::vector<Device> devices;
  enrol_parents({&server}, certificate.ca_pem(), kManyDevices, devices);

  std::vector<Cell> cells;
  for (int batch : kBatches) {
    cells.push_back({"raw inserts (baseline)", batch, {}});
    cells.push_back({"push, 1 device", batch, {}});
    cells.push_back({"push, " + std::to_string(kManyDevices) + " devices at once", batch, {}});
  }
  for (int round = 0; round < options.rounds; ++round) {
    for (Cell& cell : cells) {
      if (cell.what.rfind("raw", 0) == 0) {
        cell.rounds.push_back(raw.run(cell.batch, options.seconds));
        continue;
      }
      const std::size_t n = cell.what == "push, 1 device" ? 1 : kManyDevices;
      cell.rounds.push_back(run_cell(std::span(devices).first(n), options.seconds,
                                     scale_score_pushes(cell.batch), {{server.pid()}, 0, {}}));
    }
  }

  std::int64_t pushed = 0;
  for (const Device& d : devices) pushed += d.seq;
  std::ostringstream body;
  body << "kith-server with `--threads " << sysconf(_SC_NPROCESSORS_ONLN)
       << "` on its SQLCipher store; parents' devices on keep-alive connections, one thread each, "
          "on the same machine. "
       << format_fixed(options.seconds, 1) << " s a cell, median of " << options.rounds
       << " rounds; the ratio is to the raw inserts of the same batch size in the same rounds.\n\n"
       << "| batch | what | batches/s | mutations/s | ratio to raw | p50 a batch | p99 a batch | "
          "server CPU |\n|---:|---|---:|---:|---:|---:|---:|---:|\n";
  std::vector<std::string> ratios;
  double raw_rate = 0;
  for (const Cell& cell : cells) {
    const CellResult m = median_of(cell.rounds);
    const bool is_raw = cell.what.rfind("raw", 0) == 0;
    if (is_raw) raw_rate = m.units_per_second();
    const double ratio = raw_rate > 0 ? m.units_per_second() / raw_rate : 0;
    body << "| " << cell.batch << " | " << cell.what << " | " << format_fixed(m.per_second(), 0)
         << " | " << format_fixed(m.units_per_second(), 0) << " | "
         << (is_raw ? "1.00" : format_fixed(ratio, 2)) << " | " << format_ms(m.p50_ms) << " | "
         << format_ms(m.p99_ms) << " | "
         << (is_raw ? "-" : format_fixed(m.server_cores, 2) + " cores") << " |\n";
    if (!is_raw && cell.batch == 100) ratios.push_back(format_fixed(ratio, 2) + " (" + cell.what + ")");
  }
  body << "\nAt batch 100, push against raw: **" << ratios.front() << "**, " << ratios.back()
       << " (aim: at least 0.5). Rows at the end: " << pushed << " scale scores pushed, "
       << raw.rows() << " inserted raw. Run time " << format_fixed(seconds_since(started), 0)
       << " s.\n";
  std::cout << body.str();
  return write_figures(options.smoke, options.docs, "push", where, options.command, body.str());
}

}  // namespace

int main(int argc, char** argv) { return run_benchmark("kith-bench-push", run, argc, argv); }
