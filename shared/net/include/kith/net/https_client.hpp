#pragma once
//! kith::net::HttpsClient: the device's blocking HTTPS client for kith-server. It trusts only the
//! certificate authority it is given (never the system store), checks the server's name and,
//! optionally, a pinned key; every failure comes back as a Result with an error a person can act
//! on. Boost.Asio and OpenSSL stay inside the library: this header is plain C++.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "kith/net/event_stream.hpp"
#include "kith/result.hpp"

namespace kith::net {

//! Whom the client trusts: the server's certificate must chain to `ca_pem`, and, if a pin is
//! given, carry exactly that public key.
struct TlsTrust {
  //! The certificate authority, PEM (may hold several certificates).
  std::string ca_pem;
  //! Lower-case hex SHA-256 of the server certificate's SubjectPublicKeyInfo (DER), as
  //! public_key_sha256() makes it; empty = no pin.
  std::string pinned_key_sha256;
};

struct ClientOptions {
  std::chrono::milliseconds connect_timeout{10'000};  //!< TCP connect + TLS handshake
  std::chrono::milliseconds request_timeout{30'000};  //!< write request + read whole response
  std::size_t max_response_bytes = 64u << 20;         //!< larger bodies are a protocol_error
};

struct Request {
  std::string method = "POST";
  std::string target;        //!< origin form, e.g. "/v1/pull"
  std::string content_type;  //!< empty = no Content-Type header
  std::string accept;        //!< empty = no Accept header
  std::string body;
  std::string authorization;  //!< the whole header value, e.g. "Bearer ..."; empty = none
};

struct Response {
  unsigned status = 0;
  std::string content_type;
  std::string body;
  std::uint32_t retry_after_seconds = 0;  //!< from Retry-After in delta-seconds form; 0 = none
};

//! The HTTP bytes a client has exchanged with its server, counted where it writes and reads, before
//! TLS: what a request and its answer cost on the wire without TLS's own records and handshakes.
//! Headers include the start line and the blank line that ends them; a chunked answer's framing
//! counts as header bytes. Event streams are not counted.
struct Traffic {
  std::uint64_t exchanges = 0;              //!< requests answered
  std::uint64_t sent_header_bytes = 0;      //!< request lines and headers
  std::uint64_t sent_body_bytes = 0;        //!< request bodies
  std::uint64_t received_header_bytes = 0;  //!< status lines and headers (and chunk framing)
  std::uint64_t received_body_bytes = 0;    //!< answer bodies

  std::uint64_t sent() const { return sent_header_bytes + sent_body_bytes; }
  std::uint64_t received() const { return received_header_bytes + received_body_bytes; }
};

struct ServerAddress {
  std::string host;  //!< lower-case DNS name, or an IP literal (IPv6 without brackets)
  std::uint16_t port = 443;
};

//! Parses a server URL of the form "https://host[:port][/]" (host: DNS name, IPv4 literal, or
//! IPv6 literal in brackets). invalid_argument, with a sentence saying what is wrong, for any
//! other form: another scheme, a path, a query, user information, a bad port.
[[nodiscard]] Result<ServerAddress> parse_server_url(std::string_view url);

//! A blocking HTTPS/1.1 client for one server. It keeps one TLS connection alive between
//! requests. Use it from one thread at a time (it may move between threads); it starts no
//! threads. DNS lookups are bounded by the system resolver's own timeout, not connect_timeout.
//!
//! Errors of send() and events():
//! - certificate_untrusted: the certificate does not chain to the trusted authority, or its key
//!   does not match the pin (the message says which);
//! - certificate_wrong_host: the certificate is for another name or address;
//! - certificate_expired: the certificate (or its authority) has expired or is not yet valid;
//! - network_unreachable: name not found, connection refused or reset, or closed mid-answer;
//! - timeout: connect_timeout or request_timeout passed;
//! - protocol_error: the server does not speak TLS 1.2+ or HTTP, or its answer is too large;
//! - invalid_argument: a request with an unknown method, a bad target or a header value with
//!   line breaks.
//! Messages name the server but never contain bodies or credentials.
class HttpsClient {
 public:
  //! Parses `server_url` and loads the authority; does not connect. invalid_argument for a bad
  //! URL, a PEM that holds no certificate, or a pin that is not 64 hex digits.
  [[nodiscard]] static Result<HttpsClient> create(std::string_view server_url, TlsTrust trust,
                                                  ClientOptions options = {});

  HttpsClient(HttpsClient&& other) noexcept;
  HttpsClient& operator=(HttpsClient&& other) noexcept;
  HttpsClient(const HttpsClient&) = delete;
  HttpsClient& operator=(const HttpsClient&) = delete;
  ~HttpsClient();  //!< drops the connection without a TLS goodbye; call close() for one

  //! Sends one request and reads the whole answer; any HTTP status is a Response, not an
  //! error. Connects on first use and reuses the connection while the server keeps it alive.
  //! If a reused connection turns out to have been closed by the server before any byte of the
  //! answer arrived, it reconnects once and sends the request again: Kith's requests are
  //! idempotent (mutations carry ids), so a resend never doubles an effect.
  [[nodiscard]] Result<Response> send(const Request& request);

  //! Opens the server's event stream (a WebSocket over its own TLS connection) at `target`,
  //! sending `authorization` as the Authorization header. A refused upgrade comes back as the
  //! error the server named in its answer (e.g. token_expired, unauthenticated, forbidden,
  //! rate_limited, unavailable), else one that follows from the HTTP status.
  [[nodiscard]] Result<EventStream> events(std::string_view target, std::string_view authorization);

  //! Closes the kept-alive connection with a TLS goodbye (waiting at most a second). The
  //! client stays usable: the next send() connects again.
  void close();

  const ServerAddress& address() const;

  //! What this client has sent and received since it was made, over all its connections (a
  //! request sent again on a fresh connection counts twice, as it crossed the wire twice).
  //! An exchange that failed counts the bytes that made it (a request cut short, as header
  //! bytes). Subtract two readings to measure one request.
  Traffic traffic() const;

 private:
  struct Impl;
  explicit HttpsClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kith::net
