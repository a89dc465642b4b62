#include "net/server.hpp"

#include <sys/resource.h>

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <csignal>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

#include "log.hpp"
#include "net/detail/http_session.hpp"
#include "net/detail/http_util.hpp"
#include "net/detail/server_state.hpp"
#include "net/detail/stream_ops.hpp"
#include "net/detail/tls_context.hpp"

namespace kith::server {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using detail::HttpSession;
using detail::ServerState;
using detail::TlsStream;

namespace {

Result<void> check(const ServerOptions& options) {
  if (options.threads < 0) {
    return unexpected(ErrorCode::invalid_argument, "The number of threads cannot be negative.");
  }
  if (options.header_limit < 256 || options.header_limit > (1U << 30)) {
    return unexpected(ErrorCode::invalid_argument,
                      "The header limit must be between 256 bytes and 1 GiB.");
  }
  if (options.event_queue_limit == 0) {
    return unexpected(ErrorCode::invalid_argument, "The event queue limit must be at least 1.");
  }
  using std::chrono::seconds;
  if (options.handshake_timeout <= seconds(0) || options.request_timeout <= seconds(0) ||
      options.idle_timeout <= seconds(0) || options.drain_timeout <= seconds(0)) {
    return unexpected(ErrorCode::invalid_argument, "Every timeout must be at least one second.");
  }
  return {};
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions options, Service& service, std::unique_ptr<net::ssl::context> tls,
       int thread_count)
      : tls_(std::move(tls)),
        ioc_(thread_count),
        state_(std::make_shared<ServerState>(std::move(options), service)),
        strand_(net::make_strand(ioc_)),
        acceptor_(strand_),
        retry_timer_(strand_),
        drain_timer_(strand_),
        threads_(thread_count) {
    // A connection leaving a draining server may be the last: then run() can return now.
    state_->set_on_drained([this] { net::post(strand_, [this] { check_drained(); }); });
  }

  ~Impl() {
    // Sessions still held by the io_context (after a forced stop) are destroyed with it below;
    // from here on no EventSink may post to it.
    state_->close_io();
  }

  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  Result<void> listen(const tcp::endpoint& endpoint) {
    const std::string where = state_->options().address + ":" + std::to_string(endpoint.port());
    boost::system::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (ec == net::error::address_in_use) {
      return unexpected(ErrorCode::io_error,
                        "The address " + where + " is already in use by another program.");
    }
    if (ec == net::error::access_denied) {
      return unexpected(ErrorCode::io_error, "Not allowed to listen on " + where +
                                                 " (ports below 1024 need privileges).");
    }
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
      return unexpected(ErrorCode::io_error, "Cannot listen on " + where + ": " + ec.message() + ".");
    }
    port_ = acceptor_.local_endpoint(ec).port();
    return {};
  }

  void run(const std::function<void()>& ready) {
    // Installed here, not in create(): a Server that is never run must not swallow signals.
    signals_.emplace(strand_, SIGINT, SIGTERM);
    signals_->async_wait([this](boost::system::error_code ec, int signal) {
      if (ec) return;
      log(LogLevel::info, "signal", {{"signal", signal == SIGINT ? "SIGINT" : "SIGTERM"}});
      begin_stop();
    });
    net::post(strand_, [this] { do_accept(); });
    log(LogLevel::info, "server_started",
        {{"address", state_->options().address},
         {"port", std::to_string(port_)},
         {"threads", std::to_string(threads_)}});
    if (ready) ready();

    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads_ - 1));
    for (int i = 1; i < threads_; ++i) pool.emplace_back([this] { run_loop(); });
    run_loop();
    for (auto& thread : pool) thread.join();

    log(LogLevel::info, "server_stopped",
        {{"forced", forced_ ? "true" : "false"}, {"open", std::to_string(state_->size())}});
  }

  void run_loop() {
    for (;;) {
      try {
        ioc_.run();
        return;
      } catch (const std::exception& e) {
        // Handlers catch what they expect; this is a bug, but one connection's bug must not
        // take the server down.
        log(LogLevel::error, "io_exception", {{"what", detail::log_token(e.what())}});
      } catch (...) {
        log(LogLevel::error, "io_exception");
      }
    }
  }

  void stop() {
    if (stop_requested_.exchange(true)) return;
    net::post(strand_, [this] { begin_stop(); });
  }

  // On strand_ from here on.

  void do_accept() {
    if (state_->stopping()) return;
    // Each connection gets its own strand: its handlers never run concurrently, different
    // connections' handlers do.
    acceptor_.async_accept(net::make_strand(ioc_),
                           [this](boost::system::error_code ec, tcp::socket socket) {
                             on_accept(ec, std::move(socket));
                           });
  }

  void on_accept(boost::system::error_code ec, tcp::socket socket) {
    if (state_->stopping()) return;  // the socket closes here
    if (ec) {
      if (ec == net::error::operation_aborted) return;
      // Out of descriptors or memory: retrying at once would spin. The kernel keeps queueing.
      note_accept_failure(ec);
      retry_timer_.expires_after(std::chrono::milliseconds(100));
      retry_timer_.async_wait([this](boost::system::error_code wait_ec) {
        if (!wait_ec) do_accept();
      });
      return;
    }
    if (accept_failures_ > 0) {
      log(LogLevel::info, "accept_resumed",
          {{"failures", std::to_string(accept_failures_)},
           {"ms", std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now() - accept_failed_at_)
                                     .count())}});
      accept_failures_ = 0;
    }
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *tls_), state_)->run();
    do_accept();
  }

  //! Logs the first failure of a run of them (one line, not ten a second while it lasts; the
  //! line accept_resumed ends the run). Out of descriptors gets its own reason with the numbers
  //! an operator needs: the process's limit and the connections open.
  void note_accept_failure(boost::system::error_code ec) {
    if (accept_failures_++ > 0) return;
    accept_failed_at_ = std::chrono::steady_clock::now();
    if (ec == net::error::no_descriptors ||
        ec == boost::system::errc::too_many_files_open_in_system) {
      rlimit limit{};
      ::getrlimit(RLIMIT_NOFILE, &limit);
      log(LogLevel::warn, "accept_failed",
          {{"reason", ec == net::error::no_descriptors ? "process_out_of_file_descriptors"
                                                       : "system_out_of_file_descriptors"},
           {"limit", std::to_string(limit.rlim_cur)},
           {"open", std::to_string(state_->size())}});
      return;
    }
    log(LogLevel::warn, "accept_failed", {{"error", detail::log_token(ec.message())}});
  }

  void begin_stop() {
    if (draining_) return;
    draining_ = true;
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    retry_timer_.cancel();
    if (signals_) {
      // A second SIGINT during the drain now ends the process: the operator's way out.
      signals_->clear(ignored);
      signals_->cancel(ignored);
    }
    try {
      state_->service().draining();
    } catch (...) {
      log(LogLevel::error, "handler_threw");
    }
    const auto connections = state_->begin_stopping();
    log(LogLevel::info, "draining", {{"open", std::to_string(connections.size())}});
    for (const auto& weak : connections) {
      if (auto connection = weak.lock()) connection->drain();
    }
    drain_timer_.expires_after(state_->options().drain_timeout);
    drain_timer_.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      forced_ = true;
      log(LogLevel::warn, "drain_timeout", {{"open", std::to_string(state_->size())}});
      ioc_.stop();
    });
    check_drained();
  }

  void check_drained() {
    if (draining_ && state_->size() == 0) drain_timer_.cancel();
  }

  // Destroyed last to first: the io_context (and with it any session a forced stop left)
  // after the acceptor and timers that use it, the TLS context after every session.
  std::unique_ptr<net::ssl::context> tls_;
  net::io_context ioc_;
  std::shared_ptr<ServerState> state_;
  net::strand<net::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;
  std::optional<net::signal_set> signals_;
  net::steady_timer retry_timer_;
  net::steady_timer drain_timer_;
  const int threads_;
  std::uint16_t port_ = 0;
  std::atomic<bool> stop_requested_{false};
  bool draining_ = false;  // strand_
  // strand_: failures in the current run of them, and when it began.
  std::uint64_t accept_failures_ = 0;
  std::chrono::steady_clock::time_point accept_failed_at_;
  bool forced_ = false;    // strand_, read after the threads joined
};

Result<std::unique_ptr<Server>> Server::create(ServerOptions options, Service& service) {
  KITH_TRY(check(options));
  boost::system::error_code ec;
  const auto address = net::ip::make_address(options.address, ec);
  if (ec) {
    return unexpected(ErrorCode::invalid_argument,
                      "The listen address \"" + options.address + "\" is not an IP address.");
  }
  KITH_ASSIGN(auto tls, detail::make_tls_context(options.certificate_file,
                                                 options.private_key_file));
  int threads = options.threads;
  if (threads == 0) threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  const tcp::endpoint endpoint(address, options.port);
  auto impl = std::make_unique<Impl>(std::move(options), service, std::move(tls), threads);
  KITH_TRY(impl->listen(endpoint));
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

std::uint16_t Server::port() const { return impl_->port_; }
void Server::run(const std::function<void()>& ready) { impl_->run(ready); }
void Server::stop() { impl_->stop(); }

}  // namespace kith::server
