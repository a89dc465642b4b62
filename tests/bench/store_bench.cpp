// kith-bench-store: the store against raw SQLCipher, in one run on one machine.
//
//   apply    records applied through Store::apply (validate, scope check, encode, insert, cursor)
//            against raw sqlite3 inserts of the same encoded rows into the same table, same cipher
//            settings and pragmas, same page size of 500 rows per transaction. The ratio is the aim.
//   put      local writes through Store::put (each record with its outbox entry).
//   unlock   opening the store with the PIN (scrypt N=2^17, r=8, p=1) and with the raw key.
//
// Usage: kith-bench-store [--smoke] [--records N] [--docs PATH]
// Without --smoke it writes its figures into docs/PERFORMANCE.md between its markers.

#include "bench_report.hpp"
#include <sqlite3.h>
#include <sys/utsname.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kith/bytes.hpp"
#include "kith/store/store.hpp"
#include "samples.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using kith::domain::Record;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::vector<Record> family_records(int n) {
  const Record::BodyCase kinds[] = {Record::kScaleScore, Record::kActionUpdate,
                                    Record::kPlanAcknowledgement, Record::kHelpRequest,
                                    Record::kAssessment};
  std::vector<Record> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back(kith::testing::sample(kinds[i % 5]));
  return out;
}

void die(const std::string& what) {
  std::cerr << "kith-bench-store: " << what << "\n";
  std::exit(1);
}

// The baseline: the same rows, pre-encoded, inserted with a prepared statement.
double raw_inserts(const std::string& dir, const kith::SecretBytes& key,
                   const std::vector<Record>& records, std::size_t page) {
  struct Row { std::int64_t kind; std::string id, scope, family, body; };
  std::vector<Row> rows;
  for (const Record& r : records) {
    rows.push_back({r.body_case(), kith::domain::record_id(r),
                    kith::domain::scope_for(r)->to_string(), kith::domain::record_family_id(r),
                    kith::domain::encode(r)});
  }
  sqlite3* db = nullptr;
  if (sqlite3_open((dir + "/raw.db").c_str(), &db) != SQLITE_OK) die("open raw");
  const std::string literal = "x'" + kith::to_hex(key.span()) + "'";
  sqlite3_key(db, literal.data(), static_cast<int>(literal.size()));
  for (const char* sql :
       {"PRAGMA cipher_page_size = 4096", "PRAGMA kdf_iter = 64000", "PRAGMA cache_size = -16384",
        "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        "CREATE TABLE records (kind INTEGER NOT NULL, id TEXT NOT NULL, scope TEXT NOT NULL, "
        "family_id TEXT NOT NULL, body BLOB, server_seq INTEGER, updated_at INTEGER NOT NULL, "
        "UNIQUE (kind, id))",
        "CREATE INDEX records_by_scope ON records (scope)",
        "CREATE INDEX records_by_family_kind ON records (family_id, kind)"}) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
  }
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO records (kind, id, scope, family_id, body, server_seq, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     -1, &insert, nullptr);
  const auto start = Clock::now();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i % page == 0) sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const Row& row = rows[i];
    sqlite3_bind_int64(insert, 1, row.kind);
    sqlite3_bind_text(insert, 2, row.id.data(), static_cast<int>(row.id.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, row.scope.data(), static_cast<int>(row.scope.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, row.family.data(), static_cast<int>(row.family.size()), SQLITE_STATIC);
    sqlite3_bind_blob(insert, 5, row.body.data(), static_cast<int>(row.body.size()), SQLITE_STATIC);
    sqlite3_bind_int64(insert, 6, static_cast<std::int64_t>(i + 1));
    sqlite3_bind_int64(insert, 7, 1'795'000'000);
    if (sqlite3_step(insert) != SQLITE_DONE) die(sqlite3_errmsg(db));
    sqlite3_reset(insert);
    if (i % page == page - 1 || i + 1 == rows.size()) {
      sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
  }
  const double elapsed = seconds_since(start);
  sqlite3_finalize(insert);
  sqlite3_close(db);
  return elapsed;
}

double store_apply(kith::store::Store& store, const std::vector<Record>& records, std::size_t page) {
  const std::string scope = kith::domain::Scope::family(kith::testing::kFamilyId).to_string();
  // Pages are built before the clock starts: the sync layer hands the store parsed records.
  std::vector<kith::store::ScopePage> pages;
  for (std::size_t i = 0; i < records.size(); i += page) {
    kith::store::ScopePage p{scope, "bench", 0, {}};
    for (std::size_t k = i; k < std::min(records.size(), i + page); ++k) {
      p.changes.push_back({static_cast<std::int64_t>(k + 1), kith::store::Op::put, records[k], {}, {}});
    }
    p.last_seq = static_cast<std::int64_t>(std::min(records.size(), i + page));
    pages.push_back(std::move(p));
  }
  const auto start = Clock::now();
  for (const auto& p : pages) {
    if (auto ok = store.apply(p); !ok) die(ok.error().describe());
  }
  return seconds_since(start);
}

std::string machine() {
  return kith::bench::machine_description() + ", SQLCipher " + sqlite3_libversion();
}


}  // namespace

int main(int argc, char** argv) {
  bool smoke = false;
  int n = 20000;
  std::string docs = KITH_PERFORMANCE_DOC;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--smoke") smoke = true;
    else if (arg == "--records" && i + 1 < argc) n = std::atoi(argv[++i]);
    else if (arg == "--docs" && i + 1 < argc) docs = argv[++i];
    else die("usage: kith-bench-store [--smoke] [--records N] [--docs PATH]");
  }
  if (smoke) n = 1000;
  const std::size_t page = 500;
  const int rounds = smoke ? 1 : 3;
  const auto records = family_records(n);

  std::vector<double> raw_times, apply_times, put_times, pin_times, key_times;
  for (int round = 0; round < rounds; ++round) {
    kith::testing::TempDir tmp;
    kith::store::StoreOptions fast;
    fast.kdf = kith::crypto::ScryptParams::fast();
    auto store = kith::store::Store::create(tmp.path() + "/apply", kith::Pin("284613"), fast);
    if (!store) die(store.error().describe());
    auto key = kith::store::Store::unwrap_data_key(tmp.path() + "/apply", kith::Pin("284613"), fast);
    // Alternate which goes first, so neither always meets a warmer cache.
    if (round % 2 == 0) {
      raw_times.push_back(raw_inserts(tmp.path(), *key, records, page));
      apply_times.push_back(store_apply(*store, records, page));
    } else {
      apply_times.push_back(store_apply(*store, records, page));
      raw_times.push_back(raw_inserts(tmp.path(), *key, records, page));
    }
    auto local = kith::store::Store::create(tmp.path() + "/put", kith::Pin("284613"), fast);
    const auto start = Clock::now();
    for (std::size_t i = 0; i < records.size(); i += page) {
      const auto count = std::min(page, records.size() - i);
      if (auto ok = local->put(std::span(records).subspan(i, count)); !ok) die(ok.error().describe());
    }
    put_times.push_back(seconds_since(start));
  }
  {
    kith::testing::TempDir tmp;
    const std::string dir = tmp.path() + "/unlock";
    auto made = kith::store::Store::create(dir, kith::Pin("284613"));
    if (!made) die(made.error().describe());
    if (auto ok = made->put(std::span(records).first(std::min<std::size_t>(records.size(), 1000))); !ok) {
      die(ok.error().describe());
    }
    auto key = kith::store::Store::unwrap_data_key(dir, kith::Pin("284613"));
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
      auto start = Clock::now();
      auto s = kith::store::Store::unlock(dir, kith::Pin("284613"));
      if (!s) die(s.error().describe());
      pin_times.push_back(seconds_since(start));
      start = Clock::now();
      auto k = kith::store::Store::open_with_key(dir, *key);
      if (!k) die(k.error().describe());
      key_times.push_back(seconds_since(start));
    }
  }

  const double raw = median(raw_times), apply = median(apply_times), put = median(put_times);
  const double ratio = raw / apply;
  std::ostringstream table;
  table.setf(std::ios::fixed);
  table.precision(0);
  table << "| what | records | time (median of " << rounds << ") | records/s |\n"
        << "|---|---:|---:|---:|\n"
        << "| raw SQLCipher inserts (baseline) | " << n << " | " << raw * 1000 << " ms | " << n / raw << " |\n"
        << "| `Store::apply` (pages of " << page << ") | " << n << " | " << apply * 1000 << " ms | " << n / apply << " |\n"
        << "| `Store::put` (with outbox, batches of " << page << ") | " << n << " | " << put * 1000 << " ms | " << n / put << " |\n";
  table.precision(2);
  table << "\nApply against raw: **" << ratio << "** of the raw rate (aim: at least 0.5).\n\n";
  table.precision(0);
  table << "| open the store | median |\n|---|---:|\n"
        << "| unlock with the PIN (scrypt N=2^17, r=8, p=1) | " << median(pin_times) * 1000 << " ms |\n";
  table.precision(1);
  table << "| open with the raw data key | " << median(key_times) * 1000 << " ms |\n";
  std::cout << table.str();

  return kith::bench::write_figures(
      smoke, docs, "store", machine(),
      "build/dev/tests/bench/kith-bench-store --records " + std::to_string(n), table.str());
}
