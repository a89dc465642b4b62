#pragma once
// A device for the fault tests: an encrypted kith::store::Store in a folder of its own and, once
// enrolled, a kith::sync::SyncEngine over it, as the app and kith-cli use them. Unlike Device in
// tests/integration/device_harness.hpp, it enrols at any address (a proxy's), its timeouts are
// the test's, and its store can be closed and opened again with its key, so that a child process
// (fork) can run its sync and be killed while the parent looks at what is left.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>

#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "samples.hpp"
// made_by(): a record with its author fields filled in, as the app makes it.
#include "device_harness.hpp"

namespace kith::testing {

inline constexpr const char* kStaffPassword = "a-long-staff-password";

//! An integer from the environment (KITH_FAULT_CYCLES and the like), or `fallback`.
inline int env_int(const char* name, int fallback) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return fallback;
  const int parsed = std::atoi(value);
  return parsed > 0 ? parsed : fallback;
}

class FaultDevice {
 public:
  explicit FaultDevice(std::chrono::milliseconds connect_timeout = std::chrono::seconds(5),
                       std::chrono::milliseconds request_timeout = std::chrono::seconds(10)) {
    options_.client.connect_timeout = connect_timeout;
    options_.client.request_timeout = request_timeout;
    store::StoreOptions store_options;
    store_options.kdf = crypto::ScryptParams::fast();
    auto made = store::Store::create(dir_.path(), Pin("284613"), store_options);
    EXPECT_TRUE(made) << made.error().describe();
    if (!made) return;
    store_.emplace(std::move(*made));
    auto key = store::Store::unwrap_data_key(dir_.path(), Pin("284613"), store_options);
    EXPECT_TRUE(key) << key.error().describe();
    if (key) key_.emplace(std::move(*key));
  }

  //! Enrols at `url` (trusting `ca_pem`) with an invite code or a staff password.
  Result<sync::Enrolment> enrol(const std::string& url, const std::string& ca_pem,
                                const sync::Credential& credential) {
    auto enrolled = sync::SyncEngine::enrol(*store_, {url, ca_pem, {}}, credential, options_);
    if (enrolled) {
      person_id = enrolled->person_id;
      family_id = enrolled->family_id;
    }
    return enrolled;
  }

  Result<sync::SyncReport> sync() {
    if (!engine_) {
      auto engine = sync::SyncEngine::open(*store_, options_);
      if (!engine) return unexpected(engine.error());
      engine_.emplace(std::move(*engine));
    }
    return engine_->sync();
  }

  //! Closes the engine and the store (before a fork: a child must not inherit an open
  //! connection it might use).
  void close() {
    engine_.reset();
    store_.reset();
  }
  //! Opens the store again with its data key.
  Result<void> open() {
    engine_.reset();
    store_.reset();
    auto opened = store::Store::open_with_key(dir_.path(), *key_, {});
    if (!opened) return unexpected(opened.error());
    store_.emplace(std::move(*opened));
    return {};
  }
  bool is_open() const { return store_.has_value(); }

  store::Store& store() { return *store_; }
  const std::string& dir() const { return dir_.path(); }
  const SecretBytes& key() const { return *key_; }
  const sync::EngineOptions& options() const { return options_; }

  //! Ids of the live records of `kind` (of `scope`, if given).
  std::set<std::string> ids(domain::Kind kind, const std::string& scope = {}) {
    std::set<std::string> out;
    auto records = store_->list({.kind = kind, .scope = scope});
    EXPECT_TRUE(records) << records.error().describe();
    if (records) {
      for (const domain::Record& r : *records) out.insert(domain::record_id(r));
    }
    return out;
  }
  //! Ids of the records whose changes still wait in the outbox.
  std::set<std::string> waiting() {
    std::set<std::string> out;
    auto entries = store_->outbox(1'000'000);
    EXPECT_TRUE(entries) << entries.error().describe();
    if (entries) {
      for (const auto& e : *entries) out.insert(e.record_id);
    }
    return out;
  }

  std::string person_id, family_id;

 private:
  TempDir dir_;
  sync::EngineOptions options_;
  std::optional<SecretBytes> key_;
  std::optional<store::Store> store_;
  std::optional<sync::SyncEngine> engine_;
};

}  // namespace kith::testing
