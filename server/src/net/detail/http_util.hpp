#pragma once
//! The pieces of the HTTP sessions that need no socket: converting requests and responses between
//! Beast and the Service, the JSON error bodies, the one fail() that ignores the expected errors,
//! and the log lines for refused connections.

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <string>
#include <string_view>

#include "kith/error.hpp"
#include "service.hpp"

namespace kith::server::detail {

namespace http = boost::beast::http;
using BeastRequest = http::request<http::string_body>;
using BeastResponse = http::response<http::string_body>;

//! The Service's view of a request. Moves the body out of `request`.
HttpRequest to_service_request(BeastRequest& request, std::string peer);

//! The wire response for a Service answer: adds Server, Date, Content-Length and Connection
//! (keep-alive only when `keep_alive`). Drops headers the network layer owns and any header
//! HTTP does not allow (a name that is not a token, a value with CR, LF or another control
//! character), which could split the response. For HEAD, sends the length but not the body.
//! A status outside 200..599 is a Service bug and goes out as 500; 204 and 304 go without a body.
BeastResponse to_beast_response(HttpResponse response, unsigned version, bool keep_alive,
                                bool head_request);

//! A response refusing a request with kith.v1.Error's JSON, `{"code":"...","message":"..."}`,
//! always with Connection: close.
BeastResponse error_response(http::status status, ErrorCode code, std::string_view message);

//! `{"code":"...","message":"..."}` with both strings escaped.
std::string error_json(ErrorCode code, std::string_view message);

//! An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") independent of the locale.
std::string http_date(std::chrono::system_clock::time_point when);

//! True for the path of the events WebSocket, ignoring any query.
bool is_events_target(std::string_view target);

//! True for the errors every connection ends with sooner or later: our own cancellation, the
//! peer closing (eof, TLS truncation, WebSocket close). They are not worth a log line.
bool is_expected(boost::beast::error_code ec);

//! Logs an unexpected error at debug (`net_error where=... error=...`); ignores expected ones.
void fail(boost::beast::error_code ec, std::string_view where);

//! Why a connection was refused; logged by category, never with the peer's address.
enum class Refusal { handshake_failed, header_too_large, body_too_large, smuggling, bad_request,
                     timeout };
std::string_view to_string(Refusal reason);
//! `refused reason=...` at info (debug for handshake failures and timeouts: scanners and
//! dropped mobile connections make those common and not actionable).
void log_refused(Refusal reason, boost::beast::error_code ec = {});

//! `text` with spaces and control characters replaced, so that it stays one key=value token.
std::string log_token(std::string_view text);

}  // namespace kith::server::detail
