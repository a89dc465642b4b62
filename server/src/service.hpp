#pragma once
//! kith::server::Service: what the network layer asks of Kith. The network layer (server/src/net)
//! owns sockets, TLS, HTTP framing, limits and timeouts; a Service turns one parsed request into
//! one response and knows nothing of sockets. That split keeps every handler testable without a
//! socket, and the network layer testable with a small Service of its own.
//!
//! Every function may be called from any io thread at once; implementations are thread-safe.
//! None of them throws.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kith::server {

//! One HTTP request, as the network layer read it (already within the header and body limits).
struct HttpRequest {
  std::string method;         //!< "GET", "POST", ...
  std::string target;         //!< path and query as sent, e.g. "/v1/pull"
  std::string content_type;   //!< the Content-Type header, as sent
  std::string accept;         //!< the Accept header, as sent
  std::string authorization;  //!< the Authorization header, as sent
  std::string body;
  std::string peer;           //!< the client's IP address, for rate limits (never logged)
};

//! One HTTP response. The network layer adds Date, Server, Content-Length and Connection.
struct HttpResponse {
  unsigned status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  //!< e.g. {"Retry-After", "30"}
  bool close = false;  //!< close the connection after sending this
};

//! Where a WebSocket session receives hint frames. Implemented by the network layer; the
//! Service may call send() from any thread, after the session has gone too (then it does
//! nothing). A session whose queue of unsent frames is full closes itself: the device pulls when
//! it reconnects, so nothing is lost.
class EventSink {
 public:
  virtual ~EventSink() = default;
  //! Queues one frame: binary (protobuf) or text (JSON).
  virtual void send(std::string frame, bool binary) = 0;
  //! Closes the WebSocket with a policy-violation close frame (the device was revoked).
  virtual void close() = 0;
};

class Service {
 public:
  virtual ~Service() = default;

  //! Answers one request. Never blocks on the network; may block briefly on the store.
  virtual HttpResponse handle(const HttpRequest& request) = 0;

  //! Authenticates a WebSocket upgrade to GET /v1/events. On success, returns a subscription id:
  //! the session is upgraded and `sink` receives hints until unsubscribe(id). On failure, returns
  //! the response to send instead of upgrading (401, 403, ...).
  virtual std::variant<std::uint64_t, HttpResponse> subscribe(const HttpRequest& upgrade,
                                                              std::shared_ptr<EventSink> sink) = 0;
  virtual void unsubscribe(std::uint64_t id) = 0;

  //! Called once when the server starts to drain (SIGTERM): /healthz then answers "draining".
  virtual void draining() = 0;
};

}  // namespace kith::server
