#pragma once
//! kith::server::Server: the HTTPS and WebSocket listener of kith-server. It owns the sockets, TLS,
//! HTTP/1.1 framing, size limits, timeouts and the graceful shutdown, and hands every request to a
//! kith::server::Service. Plain C++ on purpose: Asio, Beast and OpenSSL stay inside the library.
//! See README.md beside this file for threads, strands, limits, timeouts and what is logged.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "kith/result.hpp"
#include "service.hpp"

namespace kith::server {

//! How the server listens and what it tolerates from clients.
struct ServerOptions {
  std::string address = "127.0.0.1";  //!< an IPv4 or IPv6 address, not a host name
  std::uint16_t port = 0;             //!< 0 = any free port; see Server::port()
  std::string certificate_file;       //!< PEM: the server certificate, then its chain
  std::string private_key_file;       //!< PEM: the certificate's private key, unencrypted
  int threads = 0;                    //!< io threads; 0 = std::thread::hardware_concurrency()
  std::size_t header_limit = 8 * 1024;   //!< request line and headers; above it: 431 and close
  std::size_t body_limit = 1024 * 1024;  //!< request body; above it: 413 and close
  std::chrono::seconds handshake_timeout{10};  //!< the TLS handshake (and the closing one)
  std::chrono::seconds request_timeout{30};    //!< first byte of a request to its last, and
                                               //!< the writing of its response: slow clients
  std::chrono::seconds idle_timeout{60};       //!< a connection waiting for its next request
  std::chrono::seconds drain_timeout{10};      //!< after stop(): in-flight requests get this long
  std::size_t event_queue_limit = 64;  //!< WebSocket frames a session holds unsent before it
                                       //!< closes itself (policy violation)
};

//! One listening socket and the io_context serving it. Create, run() on one thread, stop() from
//! anywhere (or send SIGTERM/SIGINT), destroy after run() has returned. The Service passed to
//! create() must outlive the Server.
class Server {
 public:
  //! Loads the certificate and key, binds and listens (connections queue in the kernel until
  //! run()). Errors: invalid_argument (an option that cannot work: not an IP address, zero
  //! limits or timeouts, negative threads); io_error (cannot read the certificate or key, they do
  //! not match, the address is in use or cannot be bound).
  [[nodiscard]] static Result<std::unique_ptr<Server>> create(ServerOptions options,
                                                              Service& service);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  //! The bound port (the chosen one when options.port was 0). Any thread.
  std::uint16_t port() const;

  //! Serves on options.threads threads (the calling one among them) until stop() or SIGTERM or
  //! SIGINT, then drains: stops accepting, lets in-flight requests finish, closes idle
  //! connections and WebSockets, and returns when none is left or after drain_timeout. Call once.
  //! `ready`, if given, is called once signals are handled and connections are accepted: the
  //! moment to tell a supervisor the server is up (SIGTERM from then on drains cleanly).
  void run(const std::function<void()>& ready = {});

  //! Begins the graceful shutdown that run() finishes. Any thread; idempotent; harmless before
  //! run() (run() then drains at once) and after it.
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::server
