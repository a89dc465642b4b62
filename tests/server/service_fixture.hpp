#pragma once
// A server store in a temporary folder, set up through kith-admin as an operator would, and the
// KithService over it, driven request by request without sockets. The clock is the test's.
// With KITH_TEST_STORE=postgres (CTest runs the suite a second time so) the store is PostgreSQL
// in a fresh database on the test cluster instead, and every test holds for it too.

#include <gtest/gtest.h>

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <sstream>

#include "admin/admin.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/v1/sync.pb.h"
#include "kith_service.hpp"
#include "postgres.hpp"
#include "samples.hpp"
#include "server_store.hpp"

namespace kith::server::testing {

using kith::testing::TempDir;

// Counts the store's transactions, so a test can show that a pull with nothing new reads nothing.
class CountingStore final : public ServerStore {
 public:
  explicit CountingStore(std::unique_ptr<ServerStore> inner) : inner_(std::move(inner)) {}
  const std::string& epoch() const override { return inner_->epoch(); }
  const SecretBytes& token_key() const override { return inner_->token_key(); }
  Result<std::unique_ptr<Transaction>> begin() override {
    ++transactions;
    return inner_->begin();
  }
  Result<AccessState> load_access() override { return inner_->load_access(); }
  Result<bool> changed_elsewhere() override { return inner_->changed_elsewhere(); }
  Result<std::int64_t> prune_tombstones(std::int64_t before) override {
    return inner_->prune_tombstones(before);
  }
  Result<std::vector<AuditEntry>> audit_log(std::int64_t after, std::size_t limit) override {
    return inner_->audit_log(after, limit);
  }
  Result<void> check() override { return inner_->check(); }
  Result<std::string> new_epoch() override { return inner_->new_epoch(); }
  // The service's listener, wrapped to note which process each event came from.
  void set_listener(StoreListener listener) override {
    if (deaf) return;  // stands for a server whose notices are late
    if (!listener) {
      inner_->set_listener({});
      return;
    }
    inner_->set_listener([this, listener = std::move(listener)](const StoreEvent& e) {
      listener(e);
      const std::lock_guard lock(mutex_);
      origins_.push_back(e.origin);
      heard_.notify_all();
    });
  }
  //! Waits until an event from `origin` has been handled; false after 10 seconds.
  bool wait_for_origin(const std::string& origin) {
    std::unique_lock lock(mutex_);
    return heard_.wait_for(lock, std::chrono::seconds(10), [&] {
      return std::find(origins_.begin(), origins_.end(), origin) != origins_.end();
    });
  }
  int transactions = 0;
  bool deaf = false;  //!< hears nothing other processes commit (set before the service starts)

 private:
  std::unique_ptr<ServerStore> inner_;
  std::mutex mutex_;
  std::condition_variable heard_;
  std::vector<std::string> origins_;
};

//! True when CTest runs the suite against PostgreSQL (KITH_TEST_STORE=postgres).
inline bool on_postgres() {
  const char* store = std::getenv("KITH_TEST_STORE");
  return store != nullptr && std::string(store) == "postgres";
}

struct Device {
  std::string device_id;
  std::string secret;
  std::string person_id;
  std::string token;
  std::int64_t seq = 0;
};

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (on_postgres()) {
      db_ = std::make_unique<kith::testing::TempDatabase>();
      ::setenv("KITH_SERVER_KEY", std::string(64, 'c').c_str(), 1);
    } else {
      ::unsetenv("KITH_SERVER_KEY");
    }
    ASSERT_EQ(admin("init"), "") << admin_err_;
    open();
    coordinator_ = admin("create-coordinator --name Sam --username sam", "a-long-password-1");
    family_ = admin("create-family --name Khan --coordinator " + coordinator_);
    other_family_ = admin("create-family --name Jones --coordinator " + coordinator_);
    tick();
  }

  void open() {
    service_.reset();
    auto inner = db_ ? open_postgres_store(db_->conninfo()) : open_sqlite_store(dir_.path());
    ASSERT_TRUE(inner) << inner.error().describe();
    auto counting = std::make_unique<CountingStore>(std::move(*inner));
    store_ = counting.get();
    store_owner_ = std::move(counting);
    ServiceOptions options;
    options.now = [this] { return now_; };
    options.attempt_burst = 5;
    options.attempt_refill_seconds = 60;
    options.token_seconds = 600;
    auto service = KithService::create(*store_, options);
    ASSERT_TRUE(service) << service.error().describe();
    service_ = std::move(*service);
  }

  //! What kith-admin wrote, taken in by the service. On PostgreSQL the service learns of it from
  //! notifications, on a thread of the store's: a marker notified after them arrives after them
  //! (PostgreSQL delivers in commit order), so once it has been handled, so have they.
  //! A second server on the same store (another process, as behind a load balancer) that has not
  //! heard of anything committed after it started.
  std::unique_ptr<KithService> second_server(std::unique_ptr<ServerStore>& owner) {
    auto inner = db_ ? open_postgres_store(db_->conninfo()) : open_sqlite_store(dir_.path());
    EXPECT_TRUE(inner) << inner.error().describe();
    auto counting = std::make_unique<CountingStore>(std::move(*inner));
    counting->deaf = true;
    ServiceOptions options;
    options.now = [this] { return now_; };
    options.token_seconds = 600;
    auto service = KithService::create(*counting, options);
    EXPECT_TRUE(service) << service.error().describe();
    owner = std::move(counting);
    return std::move(*service);
  }

  void tick() {
    if (db_) {
      const std::string marker = "test-marker-" + std::to_string(++markers_);
      auto sent = kith::testing::pg_query(db_->conninfo(),
                                          "NOTIFY kith_changes, '" + marker + " a'");
      ASSERT_TRUE(sent) << sent.error().describe();
      ASSERT_TRUE(store_->wait_for_origin(marker));
    }
    service_->tick();
  }

  //! The options that name the store for kith-admin.
  std::vector<std::string> store_args() const {
    if (db_) return {"--store", "postgres", "--pg", db_->conninfo()};
    return {"--data", dir_.path()};
  }

  // Runs kith-admin; returns its first line of output (an id or a code), trimmed.
  std::string admin(const std::string& command_line, const std::string& password = {}) {
    std::vector<std::string> args = store_args();
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    admin::Environment env;
    env.password = password;
    env.now = [this] { return now_; };
    std::ostringstream out, err;
    admin_status_ = admin::run(args, env, out, err);
    admin_err_ = err.str();
    std::string first = out.str().substr(0, out.str().find('\n'));
    if (command_line == "init") return admin_status_ == 0 ? "" : admin_err_;
    return first;
  }

  HttpResponse post(const std::string& path, const google::protobuf::Message& message,
                    const std::string& token = {}, const std::string& peer = "192.0.2.1") {
    HttpRequest request;
    request.method = "POST";
    request.target = path;
    request.content_type = "application/x-protobuf";
    message.SerializeToString(&request.body);
    if (!token.empty()) request.authorization = "Bearer " + token;
    request.peer = peer;
    return service_->handle(request);
  }

  template <typename T>
  static T parse(const HttpResponse& response) {
    T message;
    EXPECT_TRUE(message.ParseFromString(response.body)) << response.body;
    return message;
  }

  static std::string error_code(const HttpResponse& response) {
    v1::Error error;
    if (response.content_type == "application/json") {
      (void)google::protobuf::util::JsonStringToMessage(response.body, &error);
    } else {
      error.ParseFromString(response.body);
    }
    return error.code();
  }

  // Invites a person and enrols a new device with the code; returns the device with a token.
  Device join(const std::string& family, const std::string& role, const std::string& name,
              const std::string& person = {}) {
    std::string command = "invite --family " + family + " --role " + role + " --name " + name;
    if (!person.empty()) command += " --person " + person;
    const std::string code = admin(command);
    EXPECT_EQ(admin_status_, 0) << admin_err_;
    tick();
    return enrol(code);
  }

  Device enrol(const std::string& code) {
    v1::EnrolRequest req;
    req.set_invite_code(code);
    req.set_device_id(new_uuid());
    const HttpResponse r = post("/v1/enrol", req);
    EXPECT_EQ(r.status, 200u) << r.body;
    const auto enrolled = parse<v1::EnrolResponse>(r);
    Device d{enrolled.device_id(), enrolled.device_secret(), enrolled.person_id(), {}, 0};
    d.token = session(d);
    return d;
  }

  std::string session(const Device& d) {
    v1::SessionRequest req;
    req.set_device_id(d.device_id);
    req.set_device_secret(d.secret);
    const HttpResponse r = post("/v1/session", req);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::SessionResponse>(r).access_token();
  }

  Device staff_device() {
    v1::EnrolRequest req;
    req.mutable_staff()->set_username("sam");
    req.mutable_staff()->set_password("a-long-password-1");
    req.set_device_id(new_uuid());
    const HttpResponse r = post("/v1/enrol", req, {}, "192.0.2.99");
    EXPECT_EQ(r.status, 200u) << r.body;
    const auto enrolled = parse<v1::EnrolResponse>(r);
    Device d{enrolled.device_id(), enrolled.device_secret(), enrolled.person_id(), {}, 0};
    d.token = session(d);
    return d;
  }

  // Pushes records from `d` as its next mutations.
  v1::PushResponse push(Device& d, const std::vector<domain::Record>& records,
                        std::int64_t base_seq = 0) {
    v1::PushRequest req;
    req.set_device_id(d.device_id);
    for (const domain::Record& r : records) {
      v1::Mutation* m = req.add_mutations();
      m->set_mutation_id(new_uuid());
      m->set_seq(++d.seq);
      *m->mutable_put() = r;
      m->set_base_seq(base_seq);
    }
    const HttpResponse r = post("/v1/push", req, d.token);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::PushResponse>(r);
  }

  //! Deletes `record` from `d` as its next mutation.
  v1::PushResponse remove(Device& d, const domain::Record& record) {
    v1::PushRequest req;
    req.set_device_id(d.device_id);
    v1::Mutation* m = req.add_mutations();
    m->set_mutation_id(new_uuid());
    m->set_seq(++d.seq);
    m->mutable_remove()->set_kind(std::string(domain::kind_name(record.body_case())));
    m->mutable_remove()->set_id(domain::record_id(record));
    const HttpResponse r = post("/v1/push", req, d.token);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::PushResponse>(r);
  }

  //! Pulls everything (from no cursors) and returns the records by kind name.
  v1::PullResponse pull(const Device& d, const std::vector<v1::ScopeCursor>& cursors = {}) {
    v1::PullRequest req;
    req.set_device_id(d.device_id);
    for (const auto& c : cursors) *req.add_cursors() = c;
    const HttpResponse r = post("/v1/pull", req, d.token);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::PullResponse>(r);
  }

  static std::vector<domain::Record> records_in(const v1::PullResponse& response) {
    std::vector<domain::Record> out;
    for (const auto& page : response.pages()) {
      for (const auto& change : page.changes()) {
        if (change.has_put()) out.push_back(change.put());
      }
    }
    return out;
  }

  static std::vector<v1::ScopeCursor> cursors_after(const v1::PullResponse& response) {
    std::vector<v1::ScopeCursor> out;
    for (const auto& page : response.pages()) {
      v1::ScopeCursor c;
      c.set_scope(page.scope());
      c.set_epoch(page.epoch());
      c.set_last_seq(page.last_seq());
      out.push_back(c);
    }
    return out;
  }

  TempDir dir_;
  std::unique_ptr<kith::testing::TempDatabase> db_;  // on PostgreSQL
  int markers_ = 0;
  std::int64_t now_ = 1'790'000'000;  // 2026-09-21
  std::unique_ptr<ServerStore> store_owner_;
  CountingStore* store_ = nullptr;
  std::unique_ptr<KithService> service_;
  std::string coordinator_, family_, other_family_;
  int admin_status_ = 0;
  std::string admin_err_;
};

}  // namespace kith::server::testing

namespace kith::server::testing {

//! A sample record of `kind` in `family`, written by `person` (every author field set to them).
inline domain::Record owned(domain::Kind kind, const std::string& family, const std::string& person) {
  domain::Record r = kith::testing::sample(kind);
  const auto* field = r.GetDescriptor()->FindFieldByNumber(static_cast<int>(kind));
  google::protobuf::Message* body = r.GetReflection()->MutableMessage(&r, field);
  const auto* reflection = body->GetReflection();
  for (const char* name : {"family_id", "by", "scored_by", "from_person", "volunteer_id",
                           "raised_by", "requested_by", "child_id"}) {
    const auto* f = body->GetDescriptor()->FindFieldByName(name);
    if (f == nullptr) continue;
    reflection->SetString(body, f, std::string_view(name) == "family_id" ? family : person);
  }
  if (r.has_help_request()) r.mutable_help_request()->clear_volunteer_id();  // to the service
  return r;
}

}  // namespace kith::server::testing
