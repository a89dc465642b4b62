#pragma once
//! kith::net::EventStream: the server's hints ("scope S has new data at seq N") over a WebSocket.
//! HttpsClient::events() opens one. Plain C++: the Asio state lives in the library.

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "kith/result.hpp"

namespace kith::net {

class HttpsClient;

//! An open WebSocket to the server, read message by message. Use it from one thread at a time
//! (it may move between threads); it starts no threads and makes progress only inside next(),
//! which also answers the server's pings and sends keep-alive pings of its own: a connection
//! that stays silent for longer than the client's request_timeout after a ping is reported as
//! lost.
class EventStream {
 public:
  EventStream(EventStream&& other) noexcept;
  EventStream& operator=(EventStream&& other) noexcept;
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;
  ~EventStream();  //!< drops the connection without a goodbye; call close() for one

  //! Waits up to `timeout` for the next message and returns its payload (text or binary);
  //! nullopt if the time passed with nothing. A message still arriving when the time is up is
  //! not lost: the next call goes on reading it. Errors: network_unreachable when the server
  //! closed the stream or the connection was lost (and on every call after that; open a new
  //! stream), protocol_error for a message over the client's max_response_bytes.
  [[nodiscard]] Result<std::optional<std::string>> next(std::chrono::milliseconds timeout);

  //! Sends a WebSocket close and waits at most a second for the server's; then closes the
  //! connection. next() after close() is network_unreachable.
  void close();

 private:
  friend class HttpsClient;
  struct Impl;
  explicit EventStream(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::net
