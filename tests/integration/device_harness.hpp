#pragma once
// A device for end-to-end tests, as the app runs one: an encrypted kith::store::Store in its own
// folder and, once enrolled with a ServerProcess, a kith::sync::SyncEngine over it. And made_by(),
// a record with its author fields filled in, as the app makes them.
//
// Used by the sync, invite and scale-out tests; the test thread that made a Device is the one that
// uses it (the store and the engine are not shared between threads).

#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "samples.hpp"
#include "server_process.hpp"

namespace kith::testing {

//! One device: an encrypted store in its own folder and, once enrolled, a sync engine opened on
//! first use. It can be pointed at another server (as a load balancer would send it elsewhere)
//! with switch_to().
class Device {
 public:
  //! Makes the store (PIN 284613, fast scrypt); a failure is a test failure.
  Device() {
    store::StoreOptions options;
    options.kdf = crypto::ScryptParams::fast();
    auto made = store::Store::create(dir_.path(), Pin("284613"), options);
    EXPECT_TRUE(made) << made.error().describe();
    store_.emplace(std::move(*made));
  }

  //! Enrols with `server` (at `host`, trusting `ca_pem` or else the server's own CA); on success
  //! keeps the person and family it was enrolled as. The server's refusal is the error.
  Result<sync::Enrolment> enrol(const ServerProcess& server, const sync::Credential& credential,
                                const std::string& ca_pem = {},
                                const std::string& host = "127.0.0.1") {
    sync::ServerTrust trust{
        server.url(host), ca_pem.empty() ? server.ca().certificate : ca_pem, {}};
    auto enrolled = sync::SyncEngine::enrol(*store_, trust, credential, options());
    if (enrolled) {
      person_id = enrolled->person_id;
      family_id = enrolled->family_id;
    }
    return enrolled;
  }

  //! From the next request on, talks to `server` (same CA, same database).
  void switch_to(const ServerProcess& server) {
    ASSERT_TRUE(store_->set_setting(sync::settings::kServer, server.url()));
    engine_.reset();  // the engine reads the address when it opens
  }

  //! The engine, opened on first use; a failure to open it is a test failure.
  sync::SyncEngine& engine() {
    auto opened = open_engine();
    EXPECT_TRUE(opened) << opened.error().describe();
    return *engine_;
  }

  //! The engine's calls, with a failure to open the engine as their error.
  Result<sync::SyncReport> sync() {
    KITH_TRY(open_engine());
    return engine_->sync();
  }
  Result<sync::SyncReport> push() {
    KITH_TRY(open_engine());
    return engine_->push();
  }
  Result<std::optional<std::string>> wait_for_hint(std::chrono::milliseconds timeout) {
    KITH_TRY(open_engine());
    return engine_->wait_for_hint(timeout);
  }

  store::Store& store() { return *store_; }
  std::size_t count(domain::Kind kind) {
    return static_cast<std::size_t>(*store_->count({.kind = kind}));
  }
  std::vector<domain::Record> list(domain::Kind kind) { return *store_->list({.kind = kind}); }
  //! Ids of the records of `kind` on the device.
  std::set<std::string> ids(domain::Kind kind) {
    std::set<std::string> out;
    const auto records = store_->list({.kind = kind});
    EXPECT_TRUE(records) << records.error().describe();
    if (records) {
      for (const domain::Record& r : *records) out.insert(domain::record_id(r));
    }
    return out;
  }
  //! Ids of records still waiting in the outbox.
  std::set<std::string> waiting() {
    std::set<std::string> out;
    const auto entries = store_->outbox(100000);
    EXPECT_TRUE(entries) << entries.error().describe();
    if (entries) {
      for (const auto& e : *entries) out.insert(e.record_id);
    }
    return out;
  }

  std::string person_id, family_id;  //!< as enrolled; empty before

 private:
  Result<void> open_engine() {
    if (engine_) return {};
    KITH_ASSIGN(sync::SyncEngine engine, sync::SyncEngine::open(*store_, options()));
    engine_.emplace(std::move(engine));
    return {};
  }
  static sync::EngineOptions options() {
    sync::EngineOptions o;
    o.client.connect_timeout = std::chrono::seconds(5);
    o.client.request_timeout = std::chrono::seconds(10);
    return o;
  }
  TempDir dir_;
  std::optional<store::Store> store_;
  std::optional<sync::SyncEngine> engine_;
};

//! A new device enrolled with `server` by `credential` (an invite code, or a username and
//! password) and synced once, as a person's first run of the app. A failure of either is a test
//! failure; the device is returned anyway.
inline std::unique_ptr<Device> enrolled_device(const ServerProcess& server,
                                               const sync::Credential& credential) {
  auto device = std::make_unique<Device>();
  auto enrolled = device->enrol(server, credential);
  EXPECT_TRUE(enrolled) << enrolled.error().describe();
  auto synced = device->sync();
  EXPECT_TRUE(synced) << synced.error().describe();
  return device;
}

//! A record of `kind` in `family` by `person` (author fields set to them), like the app makes.
inline domain::Record made_by(domain::Kind kind, const std::string& family,
                              const std::string& person) {
  domain::Record r = sample(kind, new_uuid());
  const auto* field = r.GetDescriptor()->FindFieldByNumber(static_cast<int>(kind));
  auto* body = r.GetReflection()->MutableMessage(&r, field);
  for (const char* name : {"family_id", "by", "scored_by", "from_person", "volunteer_id",
                           "raised_by", "requested_by", "child_id", "published_by", "author"}) {
    const auto* f = body->GetDescriptor()->FindFieldByName(name);
    if (f != nullptr) {
      body->GetReflection()->SetString(body, f,
                                       std::string_view(name) == "family_id" ? family : person);
    }
  }
  if (r.has_help_request()) r.mutable_help_request()->clear_volunteer_id();
  return r;
}

}  // namespace kith::testing
