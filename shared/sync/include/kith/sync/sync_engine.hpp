#pragma once
//! kith::sync::SyncEngine: brings a device's store and the server into step (docs/PROTOCOL.md).
//! One sync cycle: get an access token if needed, push the whole outbox in order, then pull every
//! scope the device may hold, purging first any scope it may no longer hold. It never pulls after
//! a push that failed: a scope is only purged once nothing waits to be sent from it.
//!
//! Blocking; used from one thread (the app's sync worker, or kith-cli). A pull that takes several
//! answers asks for the next on a short-lived thread of its own while it stores the last, so the
//! network and the server overlap the device's writing; the store is only ever used from the
//! caller's thread. The engine borrows the Store, which must outlive it.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "kith/net/https_client.hpp"
#include "kith/result.hpp"
#include "kith/store/store.hpp"

namespace kith::sync {

//! Keys of the store settings the engine keeps.
namespace settings {
inline constexpr const char* kServer = "sync.server";
inline constexpr const char* kCa = "sync.ca";
inline constexpr const char* kPin = "sync.pinned_key";
inline constexpr const char* kDeviceSecret = "sync.device_secret";
inline constexpr const char* kPersonId = "sync.person_id";
inline constexpr const char* kFamilyId = "sync.family_id";
inline constexpr const char* kRole = "sync.role";
inline constexpr const char* kDisplayName = "sync.display_name";
inline constexpr const char* kLastSync = "sync.last_sync";
}  // namespace settings

//! How to reach the server: its address and the authority its certificate must come from.
struct ServerTrust {
  std::string url;            //!< "https://host:port"
  std::string ca_pem;
  std::string pinned_key_sha256;  //!< optional
};

//! One of: an invite code, or a staff username and password.
struct Credential {
  std::string invite_code;
  std::string username;
  std::string password;
};

struct Enrolment {
  std::string person_id;
  std::string family_id;
  std::string role;          //!< "ROLE_PARENT", ...
  std::string display_name;
};

//! What a coordinator asks for with SyncEngine::create_invite().
struct InviteRequest {
  std::string family_id;     //!< a family this person coordinates
  std::string role;          //!< "ROLE_PARENT", "ROLE_NETWORK", "ROLE_YOUNG_PERSON",
                             //!< "ROLE_CARE_LEAVER" or "ROLE_VOLUNTEER", as in Enrolment
  std::string display_name;  //!< the name the person is shown by
  std::string person_id;     //!< optional: a volunteer from volunteers(); empty for someone new
  int valid_hours = 0;       //!< 1 to 336; 0 for the server's default (72)
};

//! An invite the server made. The code is shown to the coordinator once, to pass on; neither the
//! server nor the engine keeps it.
struct Invite {
  std::string code;             //!< "7KQ2M-XH9TD"
  std::string person_id;        //!< the person it enrols; records may name them at once
  std::int64_t expires_at = 0;  //!< unix seconds
};

//! A volunteer the service knows: their id and the name on their profile, nothing more.
struct Volunteer {
  std::string person_id;
  std::string display_name;
};

struct EngineOptions {
  net::ClientOptions client;
  std::size_t push_batch = 200;
  std::size_t push_bytes = 512 * 1024;  //!< records per push stop short of this many bytes
  //! Changes asked for in one pull answer (the server caps it at 1000). Pushes and pulls that time
  //! out ask for a quarter of the last size next time, and grow back by half with each success.
  std::size_t pull_changes = 1000;
  //! Unix seconds now; the system clock if empty.
  std::function<std::int64_t()> now;
};

//! What one sync did.
struct SyncReport {
  std::size_t pushed = 0;     //!< changes the server took
  std::size_t rejected = 0;   //!< changes it refused for good (see Store::rejections())
  std::size_t clashes = 0;    //!< changes that replaced one this device had not seen
  std::size_t pulled = 0;     //!< changes applied from the server
  std::size_t purged = 0;     //!< scopes removed from the device
  std::size_t reloaded = 0;   //!< scopes reloaded from a snapshot
  std::vector<std::string> scopes;  //!< the scopes the device holds now
  //! Time spent storing what was pulled (Store::apply), of the whole sync's time: the rest is the
  //! network, the server and reading the answers.
  std::chrono::microseconds apply_time{0};
};

//! True for failures worth retrying later (the network, a busy server); false for those that need
//! a person (a revoked device, a certificate problem, a refused invite).
bool is_temporary(const Error& error);

//! Exponential backoff with full jitter: the n-th retry waits a random time up to
//! min(cap, base * 2^n), so devices that lost the server together do not return together.
class Backoff {
 public:
  explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
                   std::chrono::milliseconds cap = std::chrono::minutes(5),
                   std::uint64_t seed = std::random_device{}());
  std::chrono::milliseconds next();
  void reset() { attempt_ = 0; }
  int attempt() const { return attempt_; }

 private:
  std::chrono::milliseconds base_, cap_;
  int attempt_ = 0;
  std::mt19937_64 random_;
};

class SyncEngine {
 public:
  //! Enrols the store's device with the server and keeps what it needs in the store's settings.
  //! device_exists if the store is enrolled already; invalid_argument if it holds changes that
  //! were never sent (enrol a new store instead); the server's error otherwise.
  static Result<Enrolment> enrol(store::Store& store, const ServerTrust& trust,
                                 const Credential& credential, EngineOptions options = {});
  //! An engine for an enrolled store. not_enrolled if it is not.
  static Result<SyncEngine> open(store::Store& store, EngineOptions options = {});

  SyncEngine(SyncEngine&&) noexcept;
  SyncEngine& operator=(SyncEngine&&) noexcept;
  ~SyncEngine();

  //! One push-then-pull cycle.
  Result<SyncReport> sync();
  //! Pushes only.
  Result<SyncReport> push();
  //! Asks the server for an invite code (POST /v1/invites) for a person to join a family in a
  //! role; the person enrols with it on their own device. Errors: invalid_argument (field role)
  //! for a role name this version does not know, without asking the server; from the server,
  //! forbidden (not a coordinator of that family, or role coordinator: staff are made with
  //! kith-admin), not_found (no such family, field family_id; no such volunteer, field
  //! person_id), bad_request with the field at fault (role, display_name, valid_hours,
  //! person_id), rate_limited (too many invites in a short time); and what any request can meet
  //! (the network, the token, unavailable). Same thread as sync().
  Result<Invite> create_invite(const InviteRequest& request);
  //! The volunteers the service knows (POST /v1/volunteers), sorted by name, so that a
  //! coordinator can invite one to another family by person_id. forbidden unless this device's
  //! person has a staff account; otherwise as create_invite(). Same thread as sync().
  Result<std::vector<Volunteer>> volunteers();
  //! Waits up to `timeout` for a hint from GET /v1/events (opening it if needed): the scope that
  //! changed, or nullopt on timeout. A dropped stream reopens at the next call.
  Result<std::optional<std::string>> wait_for_hint(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  explicit SyncEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::sync
