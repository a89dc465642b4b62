#pragma once
//! What every session of one Server shares: the options, the Service, whether the server is
//! draining, and the registry of live connections that a drain must reach. Guarded by one mutex,
//! held only while copying or flipping a flag (never while calling into a session or Service).

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "net/server.hpp"
#include "service.hpp"

namespace kith::server::detail {

//! A connection the drain can reach: an HTTP or a WebSocket session.
class Connection {
 public:
  virtual ~Connection() = default;
  //! Asks the connection to wind down: idle ones close, busy ones finish their request first.
  //! Any thread: implementations post to their own strand.
  virtual void drain() = 0;
};

class ServerState {
 public:
  ServerState(ServerOptions options, Service& service)
      : options_(std::move(options)), service_(service) {}

  const ServerOptions& options() const { return options_; }
  Service& service() const { return service_; }
  //! True once the server began to drain. Any thread.
  bool stopping() const { return stopping_.load(std::memory_order_acquire); }

  //! Adds a live connection; returns its id and whether the server is already draining (then
  //! the caller winds down itself: the drain's snapshot may have missed it).
  std::pair<std::uint64_t, bool> add(std::weak_ptr<Connection> connection) {
    const std::lock_guard lock(mutex_);
    const std::uint64_t id = ++next_id_;
    connections_.emplace(id, std::move(connection));
    return {id, stopping_.load(std::memory_order_relaxed)};
  }

  //! Removes a connection (from its destructor). The last one to leave a draining server posts
  //! `on_drained_`, so run() returns as soon as nothing is left instead of at drain_timeout.
  void remove(std::uint64_t id) noexcept {
    const std::lock_guard lock(mutex_);
    connections_.erase(id);
    if (connections_.empty() && stopping_.load(std::memory_order_relaxed) && on_drained_) {
      try {
        on_drained_();  // posts; never runs the handler inline
      } catch (...) {
        // Out of memory while posting: the drain timer still ends run().
      }
    }
  }

  std::size_t size() const {
    const std::lock_guard lock(mutex_);
    return connections_.size();
  }

  //! Marks the server draining and returns the connections to tell. Called once, by the Server.
  std::vector<std::weak_ptr<Connection>> begin_stopping() {
    const std::lock_guard lock(mutex_);
    stopping_.store(true, std::memory_order_release);
    std::vector<std::weak_ptr<Connection>> all;
    all.reserve(connections_.size());
    for (const auto& [id, connection] : connections_) all.push_back(connection);
    return all;
  }

  //! `notify` must only post (it runs under the registry's lock). Set by the Server.
  void set_on_drained(std::function<void()> notify) {
    const std::lock_guard lock(mutex_);
    on_drained_ = std::move(notify);
  }

  //! Runs `post` (which posts a handler to a session's strand) unless the io_context is being
  //! destroyed. An EventSink may be called from a Service thread at any time, even while the
  //! Server is destroyed; this lock keeps such a post from reaching a dead io_context.
  template <class Post>
  void post_if_open(Post&& post) {
    const std::lock_guard lock(io_mutex_);
    if (io_open_) std::forward<Post>(post)();
  }

  //! From the Server's destructor, before the io_context goes: no more posts, no more notices.
  void close_io() {
    {
      const std::lock_guard lock(io_mutex_);
      io_open_ = false;
    }
    const std::lock_guard lock(mutex_);
    on_drained_ = nullptr;
  }

 private:
  const ServerOptions options_;
  Service& service_;
  std::atomic<bool> stopping_{false};

  mutable std::mutex mutex_;
  std::unordered_map<std::uint64_t, std::weak_ptr<Connection>> connections_;
  std::uint64_t next_id_ = 0;
  std::function<void()> on_drained_;

  std::mutex io_mutex_;
  bool io_open_ = true;
};

//! Keeps a connection in the registry for its lifetime.
class Registration {
 public:
  Registration() = default;
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;
  ~Registration() {
    if (state_ != nullptr) state_->remove(id_);
  }

  //! Registers; returns true when the server is already draining.
  bool add(ServerState& state, std::weak_ptr<Connection> connection) {
    auto [id, stopping] = state.add(std::move(connection));
    state_ = &state;
    id_ = id;
    return stopping;
  }

 private:
  ServerState* state_ = nullptr;
  std::uint64_t id_ = 0;
};

}  // namespace kith::server::detail
