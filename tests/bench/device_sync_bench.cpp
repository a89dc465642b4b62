// kith-bench-device: sync as a device lives it, through the real kith::sync::SyncEngine and a real
// encrypted device store, against a real kith-server over TLS on 127.0.0.1.
//
//   first sync   a coordinator's new device pulls every family on their caseload (--families,
//                each with --records records in the family's and the staff scopes, seeded into
//                the server's store before it starts): from enrolment done to the last page
//                stored, end to end (token, pulls, TLS, the server's reads, the device's apply).
//                The device's apply rate (time inside Store::apply, which SyncReport gives) is
//                compared with raw inserts of the same rows into the records table of another
//                device store, opened with the same key settings, one transaction per 1,000 rows
//                (the size of a pull answer), in the same run.
//   edit to other device
//                one parent's device writes a scale score and pushes it; the other parent's device
//                is waiting on its event stream (GET /v1/events): the hint arrives, it syncs (pull,
//                apply) and the record is in its store. The time from the write to the record being
//                readable on the other device, for --edits edits one after another.
//
// Usage: kith-bench-device [--smoke] [--rounds N] [--families F] [--records R] [--edits E]
//                          [--docs PATH]
// --smoke: 4 families of 100 records, one round, 10 edits, nothing written.

#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <google/protobuf/descriptor.h>

#include "bench_harness.hpp"
#include "bench_report.hpp"
#include "kith/domain/scope.hpp"
#include "kith/sqlite/sqlite.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "record_writer.hpp"
#include "samples.hpp"
#include "server_store.hpp"

namespace {

using namespace kith::bench;
using kith::domain::Record;

const char* const kPassword = "a-long-staff-password";
const char* const kPin = "284613";

//! A family's records as a caseload holds them: mostly the family's own (actions ticked off,
//! scale scores, assessments, words and pictures, acknowledgements), a fifth staff-only
//! (concerns, episodes).
const Record::BodyCase kKinds[] = {Record::kActionUpdate, Record::kScaleScore,
                                   Record::kAssessment,   Record::kActionUpdate,
                                   Record::kWordsAndPictures, Record::kPlanAcknowledgement,
                                   Record::kScaleScore,   Record::kActionUpdate,
                                   Record::kConcern,      Record::kEpisode};

//! `record`'s family_id set to `family`, whatever its kind.
void set_family(Record& record, const std::string& family) {
  const auto* oneof = Record::descriptor()->FindOneofByName("body");
  const auto* field = record.GetReflection()->GetOneofFieldDescriptor(record, oneof);
  auto* body = record.GetReflection()->MutableMessage(&record, field);
  const auto* family_field = body->GetDescriptor()->FindFieldByName("family_id");
  if (family_field == nullptr) fail("a record kind without family_id");
  body->GetReflection()->SetString(body, family_field, family);
}

//! Writes `per_family` records into each family, straight into the server's store (before the
//! server starts): one transaction a family.
void seed_records(const std::string& data_dir, const std::vector<std::string>& families,
                  int per_family) {
  auto store = kith::server::open_sqlite_store(data_dir, {});
  if (!store) fail("the server's store: " + store.error().describe());
  const std::int64_t at = std::time(nullptr);
  for (const std::string& family : families) {
    auto tx = (*store)->begin();
    if (!tx) fail("seed: " + tx.error().describe());
    for (int i = 0; i < per_family; ++i) {
      Record record = kith::testing::sample(kKinds[i % std::size(kKinds)]);
      set_family(record, family);
      if (auto ok = kith::server::write_record(**tx, record, at); !ok) {
        fail("seed: " + ok.error().describe());
      }
    }
    if (auto ok = (*tx)->commit(); !ok) fail("seed: " + ok.error().describe());
  }
}

kith::store::StoreOptions device_options() {
  kith::store::StoreOptions options;
  // The PIN's stretching is not what this measures; the cipher settings of the data are the same.
  options.kdf = kith::crypto::ScryptParams::fast();
  return options;
}

//! A new device store enrolled with `credential`, and its engine.
struct Phone {
  kith::testing::TempDir dir;
  std::optional<kith::store::Store> store;
  std::optional<kith::sync::SyncEngine> engine;

  Phone(const std::string& url, const std::string& ca, const kith::sync::Credential& credential) {
    auto made = kith::store::Store::create(dir.path(), kith::Pin(kPin), device_options());
    if (!made) fail("device store: " + made.error().describe());
    store.emplace(std::move(*made));
    auto enrolled = kith::sync::SyncEngine::enrol(*store, {url, ca, {}}, credential);
    if (!enrolled) fail("enrol: " + enrolled.error().describe());
    auto opened = kith::sync::SyncEngine::open(*store);
    if (!opened) fail("engine: " + opened.error().describe());
    engine.emplace(std::move(*opened));
  }
};

//! Raw inserts of `records` into the records table of a new device store, `batch` rows a
//! transaction; seconds taken.
double raw_device_inserts(const std::vector<Record>& records, std::size_t batch) {
  kith::testing::TempDir dir;
  {
    auto made = kith::store::Store::create(dir.path(), kith::Pin(kPin), device_options());
    if (!made) fail("raw store: " + made.error().describe());
  }
  auto key = kith::store::Store::unwrap_data_key(dir.path(), kith::Pin(kPin), device_options());
  if (!key) fail("raw store key: " + key.error().describe());
  auto db = kith::sql::Connection::open(dir.path() + "/kith.db", *key, false,
                                        kith::store::StoreOptions{}.cache_kib);
  if (!db) fail("raw store: " + db.error().describe());
  struct Row {
    std::int64_t kind;
    std::string id, scope, family, body;
  };
  std::vector<Row> rows;
  rows.reserve(records.size());
  for (const Record& r : records) {
    rows.push_back({r.body_case(), kith::domain::record_id(r),
                    kith::domain::scope_for(r)->to_string(), kith::domain::record_family_id(r),
                    kith::domain::encode(r)});
  }
  auto insert = db->prepare(
      "INSERT INTO records (kind, id, scope, family_id, body, server_seq, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!insert) fail("raw insert: " + insert.error().describe());
  const auto start = Clock::now();
  for (std::size_t i = 0; i < rows.size(); i += batch) {
    auto tx = kith::sql::Transaction::begin(*db);
    if (!tx) fail("raw begin: " + tx.error().describe());
    for (std::size_t k = i; k < std::min(rows.size(), i + batch); ++k) {
      const Row& row = rows[k];
      insert->bind(1, row.kind).bind(2, row.id).bind(3, row.scope).bind(4, row.family)
          .bind_blob(5, row.body).bind(6, static_cast<std::int64_t>(k + 1))
          .bind(7, static_cast<std::int64_t>(1'795'000'000));
      if (auto ok = insert->run(); !ok) fail("raw insert: " + ok.error().describe());
    }
    if (auto ok = tx->commit(); !ok) fail("raw commit: " + ok.error().describe());
  }
  return seconds_since(start);
}

struct FirstSync {
  double seconds = 0, apply_seconds = 0, raw_seconds = 0;
  std::size_t pulled = 0, stored = 0;
};

struct EditLatencies {
  std::vector<double> us;  //!< microseconds, sorted
  double percentile(double p) const { return percentile_ms(us, p); }
};

//! `edits` edits by `writer`, each waited for on `reader` (which waits on its event stream).
EditLatencies edit_to_other_device(Phone& writer, Phone& reader, const std::string& family,
                                   const std::string& writer_person, int edits) {
  std::mutex mutex;
  std::condition_variable arrived;
  std::string waiting_for;          // the id of the edit on its way; empty when none
  Clock::time_point written_at;
  std::vector<double> latencies_us;
  bool stop = false;
  std::string error;

  bool watching = false;
  std::thread watcher([&] {
    // Open the event stream and catch up before the first edit, as the app does: a change
    // committed before the stream was open has no hint on it.
    std::string failed;
    if (auto opened = reader.engine->wait_for_hint(std::chrono::milliseconds(1)); !opened) {
      failed = "event stream: " + opened.error().describe();
    } else if (auto synced = reader.engine->sync(); !synced) {
      failed = "sync: " + synced.error().describe();
    }
    {
      const std::lock_guard lock(mutex);
      error = failed;
      watching = true;
      arrived.notify_all();
      if (!failed.empty()) return;
    }
    while (true) {
      {
        const std::lock_guard lock(mutex);
        if (stop) return;
      }
      auto hint = reader.engine->wait_for_hint(std::chrono::milliseconds(200));
      if (!hint) {
        const std::lock_guard lock(mutex);
        error = "event stream: " + hint.error().describe();
        arrived.notify_all();
        return;
      }
      if (!*hint) continue;
      if (auto synced = reader.engine->sync(); !synced) {
        const std::lock_guard lock(mutex);
        error = "sync: " + synced.error().describe();
        arrived.notify_all();
        return;
      }
      std::string id;
      {
        const std::lock_guard lock(mutex);
        id = waiting_for;
      }
      if (id.empty()) continue;
      auto got = reader.store->get(Record::kScaleScore, id);
      if (got && *got) {
        const auto now = Clock::now();
        const std::lock_guard lock(mutex);
        latencies_us.push_back(std::chrono::duration<double, std::micro>(now - written_at).count());
        waiting_for.clear();
        arrived.notify_all();
      }
    }
  });

  bool ready = false;
  {
    std::unique_lock lock(mutex);
    arrived.wait(lock, [&] { return watching; });
    ready = error.empty();
  }
  for (int i = 0; ready && i < edits; ++i) {
    Record score = kith::testing::sample(Record::kScaleScore);
    score.mutable_scale_score()->set_family_id(family);
    score.mutable_scale_score()->set_scored_by(writer_person);
    {
      const std::lock_guard lock(mutex);
      waiting_for = kith::domain::record_id(score);
      written_at = Clock::now();
    }
    if (auto put = writer.store->put(score); !put) fail("put: " + put.error().describe());
    if (auto pushed = writer.engine->push(); !pushed) fail("push: " + pushed.error().describe());
    std::unique_lock lock(mutex);
    if (!arrived.wait_for(lock, std::chrono::seconds(10),
                          [&] { return waiting_for.empty() || !error.empty(); })) {
      error = "an edit did not reach the other device within 10 s";
    }
    if (!error.empty()) break;
    lock.unlock();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a person's pace, roughly
  }
  {
    const std::lock_guard lock(mutex);
    stop = true;
  }
  watcher.join();
  if (!error.empty()) fail(error);
  EditLatencies out;
  out.us = std::move(latencies_us);
  std::sort(out.us.begin(), out.us.end());
  return out;
}

int run(int argc, char** argv) {
  RunOptions options;
  options.docs = KITH_PERFORMANCE_DOC;
  int families = 100, per_family = 500, edits = 200;
  if (!parse_options(
          argc, argv,
          "kith-bench-device [--smoke] [--rounds N] [--families F] [--records R] [--edits E] "
          "[--docs PATH]",
          options,
          {{"--families", true,
            [&](const std::string& v) { families = static_cast<int>(number_in("--families", v, 1, 1000)); }},
           {"--records", true,
            [&](const std::string& v) { per_family = static_cast<int>(number_in("--records", v, 1, 10000)); }},
           {"--edits", true,
            [&](const std::string& v) { edits = static_cast<int>(number_in("--edits", v, 1, 10000)); }}})) {
    return 2;
  }
  if (options.smoke) {
    families = 4;
    per_family = 100;
    edits = 10;
  }
  const auto started = Clock::now();
  EmbeddedServerRun run;  // a temporary folder, a certificate, the store made by kith-admin init
  const std::string& where = run.where;
  const ServerCertificate& certificate = run.certificate;
  ServerUnderTest& server = run.server;
  const std::string coordinator =
      server.admin("create-coordinator --name Bench --username bench", kPassword);
  std::vector<std::string> family_ids;
  for (int f = 0; f < families; ++f) {
    family_ids.push_back(server.admin("create-family --name F" + std::to_string(f) +
                                      " --coordinator " + coordinator));
  }
  const std::string invite_a =
      server.admin("invite --family " + family_ids.front() + " --role parent --name A");
  const std::string invite_b =
      server.admin("invite --family " + family_ids.front() + " --role parent --name B");
  const auto seeding = Clock::now();
  seed_records(run.data_dir(), family_ids, per_family);
  const double seed_seconds = seconds_since(seeding);
  server.start();

  // First syncs: a new device each round.
  std::vector<FirstSync> syncs;
  std::vector<Record> held;  // what the first round's device holds, for the raw baseline
  for (int round = 0; round < options.rounds; ++round) {
    kith::sync::Credential staff;
    staff.username = "bench";
    staff.password = kPassword;
    Phone phone(server.url(), certificate.ca_pem(), staff);
    const auto t0 = Clock::now();
    auto report = phone.engine->sync();
    FirstSync s;
    s.seconds = seconds_since(t0);
    if (!report) fail("first sync: " + report.error().describe());
    s.apply_seconds = std::chrono::duration<double>(report->apply_time).count();
    s.pulled = report->pulled;
    auto count = phone.store->count({});
    if (!count) fail("count: " + count.error().describe());
    s.stored = static_cast<std::size_t>(*count);
    if (s.stored < static_cast<std::size_t>(families) * static_cast<std::size_t>(per_family)) {
      fail("the first sync stored " + std::to_string(s.stored) + " records, fewer than seeded");
    }
    if (held.empty()) {
      auto all = phone.store->list({});
      if (!all) fail("list: " + all.error().describe());
      held = std::move(*all);
    }
    s.raw_seconds = raw_device_inserts(held, 1000);
    syncs.push_back(s);
  }

  // Edits seen on another device.
  kith::sync::Credential a, b;
  a.invite_code = invite_a;
  b.invite_code = invite_b;
  Phone writer(server.url(), certificate.ca_pem(), a);
  Phone reader(server.url(), certificate.ca_pem(), b);
  for (Phone* p : {&writer, &reader}) {
    if (auto ok = p->engine->sync(); !ok) fail("sync: " + ok.error().describe());
  }
  auto writer_person = writer.store->setting(kith::sync::settings::kPersonId);
  if (!writer_person || !*writer_person) fail("the writer's person id");
  const EditLatencies latencies =
      edit_to_other_device(writer, reader, family_ids.front(), **writer_person, edits);

  auto median_by = [&](auto field) {
    std::vector<double> v;
    for (const FirstSync& s : syncs) v.push_back(static_cast<double>(s.*field));
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const double total = median_by(&FirstSync::seconds), apply = median_by(&FirstSync::apply_seconds),
               raw = median_by(&FirstSync::raw_seconds);
  const auto pulled = static_cast<double>(syncs.front().pulled);
  const double apply_rate = pulled / apply, raw_rate = static_cast<double>(held.size()) / raw;

  std::ostringstream body;
  body << "kith-server with `--threads " << sysconf(_SC_NPROCESSORS_ONLN)
       << "`, the devices in this process, on the same machine. The device stores are real "
          "SQLCipher files with the phone's cipher settings (the PIN's stretching is set low: it "
          "is not what is measured here).\n\n"
       << "First sync of a coordinator's new device: " << families << " families of " << per_family
       << " records (" << syncs.front().stored << " records held after it, with the families' "
       << "own records and profiles). Median of " << syncs.size() << " rounds, each a new device.\n\n"
       << "| what | time | records/s |\n|---|---:|---:|\n"
       << "| first sync, end to end over TLS | " << format_ms(total * 1000) << " | "
       << format_fixed(pulled / total, 0) << " |\n"
       << "| of which the device's apply (`Store::apply`) | " << format_ms(apply * 1000) << " | "
       << format_fixed(apply_rate, 0) << " |\n"
       << "| raw inserts of the same rows on the device, 1,000 a transaction (baseline) | "
       << format_ms(raw * 1000) << " | " << format_fixed(raw_rate, 0) << " |\n\n"
       << "End to end: **" << format_fixed(total, 2) << " s** (aim: within 3 s). Device apply "
       << "against raw: **" << format_fixed(apply_rate / raw_rate, 2)
       << "** of the raw rate (aim: at least 0.5).\n\n"
       << "An edit on one parent's device, read on the other parent's (write and push; the hint "
       << "on the event stream; pull and apply), " << latencies.us.size()
       << " edits one after another:\n\n"
       << "| p50 | p95 | p99 | max |\n|---:|---:|---:|---:|\n| "
       << format_ms(latencies.percentile(0.50)) << " | " << format_ms(latencies.percentile(0.95))
       << " | " << format_ms(latencies.percentile(0.99)) << " | "
       << format_ms(latencies.us.empty() ? 0 : latencies.us.back() / 1000.0)
       << " |\n\np95: **" << format_ms(latencies.percentile(0.95))
       << "** (aim: under 250 ms). Seeding the server took " << format_fixed(seed_seconds, 1)
       << " s; the run " << format_fixed(seconds_since(started), 0) << " s.\n";
  std::cout << body.str();
  return write_figures(options.smoke, options.docs, "device", where, options.command, body.str());
}

}  // namespace

int main(int argc, char** argv) { return run_benchmark("kith-bench-device", run, argc, argv); }
