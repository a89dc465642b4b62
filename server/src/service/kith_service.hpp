#pragma once
//! kith::server::KithService: the Service behind kith-server. It answers every endpoint of
//! docs/PROTOCOL.md from a ServerStore: enrolment, sessions, push, pull, hints, health, and the
//! coordinators' invites and volunteer list. It keeps
//! in memory what every request needs (who may do what, each scope's newest seq) so that a pull
//! with nothing new is answered without touching the database, and reloads it when the store
//! changes, here or in another process (tick()). Thread-safe; no threads of its own.

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "server_store.hpp"
#include "service.hpp"

namespace kith::server {

struct ServiceOptions {
  std::int64_t token_seconds = 15 * 60;   //!< how long an access token lasts
  //! Invite and password attempts: each client address gets `attempt_burst`, refilled at one per
  //! `attempt_refill_seconds`; past that, 429 with Retry-After.
  int attempt_burst = 10;
  std::int64_t attempt_refill_seconds = 6;
  //! Invites made through POST /v1/invites: each person gets `invite_burst`, refilled at one per
  //! `invite_refill_seconds`; past that, 429 with Retry-After.
  int invite_burst = 20;
  std::int64_t invite_refill_seconds = 180;
  std::size_t max_mutations = 500;         //!< per push
  std::size_t max_changes = 1000;          //!< per pull response
  //! Event streams one device may hold open. A device's newest stream is the one it is
  //! listening on (an older one may be a connection that died without a word), so opening one
  //! more closes its oldest (1008). This bounds what one device's token can hold open.
  std::size_t max_streams_per_device = 4;
  std::string version = "0.1.0";
  //! Unix seconds now; the system clock if empty. Tests move time with it.
  std::function<std::int64_t()> now;
  //! A fault for tests (KITH_FAULT=exit-after-push-commit in kith-server): the process exits
  //! right after a push commits, before it answers, as if killed at the worst moment.
  bool exit_after_push_commit = false;
};

class KithService final : public Service {
 public:
  //! Loads the access state from `store`. The store must outlive the service.
  static Result<std::unique_ptr<KithService>> create(ServerStore& store, ServiceOptions options = {});
  ~KithService() override;

  HttpResponse handle(const HttpRequest& request) override;
  std::variant<std::uint64_t, HttpResponse> subscribe(const HttpRequest& upgrade,
                                                      std::shared_ptr<EventSink> sink) override;
  void unsubscribe(std::uint64_t id) override;
  void draining() override;

  //! Notices changes made by other processes (kith-admin, another server): reloads the access
  //! state, sends hints for scopes that moved, closes event streams of revoked devices. Call it
  //! about once a second.
  void tick();

  //! Deletes tombstones written before `before` (unix seconds) and moves the scopes' horizons in
  //! memory too, so a device whose cursor is older reloads. Returns how many went.
  Result<std::int64_t> prune_tombstones(std::int64_t before);

 private:
  struct Impl;
  explicit KithService(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::server
