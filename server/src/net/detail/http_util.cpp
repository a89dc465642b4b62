#include "net/detail/http_util.hpp"

#include <array>
#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket/error.hpp>
#include <cstdio>
#include <ctime>
#include <utility>

#include "log.hpp"

namespace kith::server::detail {

namespace {

namespace beast = boost::beast;

//! A header value HTTP allows (RFC 9110 5.5): visible characters, spaces, tabs and bytes from
//! 0x80 up. CR, LF and NUL would split the response; other control characters make it invalid.
bool safe_header_text(std::string_view text) {
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\t') || b == 0x7f) return false;
  }
  return true;
}

//! A header name HTTP allows (RFC 9110 5.1, a token): a space or a colon in a name would end it
//! early and turn the rest into another header.
bool safe_header_name(std::string_view name) {
  static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
  if (name.empty()) return false;
  for (const char c : name) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && kSymbols.find(c) == std::string_view::npos) return false;
  }
  return true;
}

//! Headers whose value follows from the framing, which the network layer alone decides, and
//! Content-Type, which comes from HttpResponse::content_type (a second one would be ambiguous).
bool owned_by_network(std::string_view name) {
  return beast::iequals(name, "content-length") || beast::iequals(name, "transfer-encoding") ||
         beast::iequals(name, "connection") || beast::iequals(name, "keep-alive") ||
         beast::iequals(name, "upgrade") || beast::iequals(name, "server") ||
         beast::iequals(name, "date") || beast::iequals(name, "content-type");
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          std::array<char, 8> escaped{};
          std::snprintf(escaped.data(), escaped.size(), "\\u%04x",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += escaped.data();
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

}  // namespace

HttpRequest to_service_request(BeastRequest& request, std::string peer) {
  HttpRequest out;
  out.method = std::string(request.method_string());
  out.target = std::string(request.target());
  out.content_type = std::string(request[http::field::content_type]);
  out.accept = std::string(request[http::field::accept]);
  out.authorization = std::string(request[http::field::authorization]);
  out.body = std::move(request.body());
  out.peer = std::move(peer);
  return out;
}

BeastResponse to_beast_response(HttpResponse response, unsigned version, bool keep_alive,
                                bool head_request) {
  BeastResponse out;
  out.version(version == 10 ? 10 : 11);
  // Beast refuses codes above 999; anything outside 2xx..5xx is a Service bug. A 1xx is not an
  // answer at all (a 101 would tell the client the connection changed protocol), and Beast
  // throws when asked to send one with a body, which would unwind through Asio.
  if (response.status < 200 || response.status > 599) {
    log(LogLevel::error, "bad_status", {{"status", std::to_string(response.status)}});
    response = HttpResponse{500, "application/json",
                            error_json(ErrorCode::internal, "The server built an invalid answer."),
                            {}, false};
  }
  out.result(response.status);
  out.set(http::field::server, "kith");
  out.set(http::field::date, http_date(std::chrono::system_clock::now()));
  if (!response.content_type.empty() && safe_header_text(response.content_type)) {
    out.set(http::field::content_type, response.content_type);
  }
  for (const auto& [name, value] : response.headers) {
    if (!safe_header_name(name) || owned_by_network(name) || !safe_header_text(value)) {
      log(LogLevel::warn, "header_dropped", {{"name", log_token(name)}});
      continue;
    }
    out.insert(name, value);
  }
  out.body() = std::move(response.body);
  // 204 and 304 have no body (RFC 9110 15.3.5, 15.4.5); Beast would throw on one.
  if (response.status == 204 || response.status == 304) out.body().clear();
  out.keep_alive(keep_alive && !response.close);
  if (head_request) {
    // HEAD: the length of what GET would send, and no body.
    out.content_length(out.body().size());
    out.body().clear();
  } else {
    out.prepare_payload();
  }
  return out;
}

std::string error_json(ErrorCode code, std::string_view message) {
  std::string out;
  out.reserve(32 + message.size());
  out += "{\"code\":";
  append_json_string(out, kith::to_string(code));
  out += ",\"message\":";
  append_json_string(out, message);
  out += '}';
  return out;
}

BeastResponse error_response(http::status status, ErrorCode code, std::string_view message) {
  BeastResponse out{status, 11};
  out.set(http::field::server, "kith");
  out.set(http::field::date, http_date(std::chrono::system_clock::now()));
  out.set(http::field::content_type, "application/json");
  out.body() = error_json(code, message);
  out.keep_alive(false);
  out.prepare_payload();
  return out;
}

std::string http_date(std::chrono::system_clock::time_point when) {
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed",
                                                    "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&t, &utc);
  std::array<char, 40> text{};
  std::snprintf(text.data(), text.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                kDays.at(static_cast<std::size_t>(utc.tm_wday % 7)), utc.tm_mday,
                kMonths.at(static_cast<std::size_t>(utc.tm_mon % 12)), utc.tm_year + 1900,
                utc.tm_hour, utc.tm_min, utc.tm_sec);
  return text.data();
}

bool is_events_target(std::string_view target) {
  const auto query = target.find('?');
  return target.substr(0, query) == "/v1/events";
}

bool is_expected(beast::error_code ec) {
  return ec == boost::asio::error::operation_aborted || ec == boost::asio::error::eof ||
         ec == boost::asio::ssl::error::stream_truncated ||
         ec == boost::beast::websocket::error::closed || ec == http::error::end_of_stream ||
         ec == boost::asio::error::connection_reset || ec == boost::asio::error::broken_pipe;
}

void fail(beast::error_code ec, std::string_view where) {
  if (!ec || is_expected(ec)) return;
  log(LogLevel::debug, "net_error", {{"where", std::string(where)}, {"error", log_token(ec.message())}});
}

std::string_view to_string(Refusal reason) {
  switch (reason) {
    case Refusal::handshake_failed: return "handshake_failed";
    case Refusal::header_too_large: return "header_too_large";
    case Refusal::body_too_large: return "body_too_large";
    case Refusal::smuggling: return "smuggling";
    case Refusal::bad_request: return "bad_request";
    case Refusal::timeout: return "timeout";
  }
  return "bad_request";
}

void log_refused(Refusal reason, beast::error_code ec) {
  const bool common = reason == Refusal::handshake_failed || reason == Refusal::timeout;
  const LogLevel level = common ? LogLevel::debug : LogLevel::info;
  if (ec) {
    log(level, "refused", {{"reason", std::string(to_string(reason))}, {"error", log_token(ec.message())}});
  } else {
    log(level, "refused", {{"reason", std::string(to_string(reason))}});
  }
}

std::string log_token(std::string_view text) {
  std::string out(text.substr(0, 120));
  for (char& c : out) {
    if (c == ' ' || static_cast<unsigned char>(c) < 0x20 || c == '=') c = '_';
  }
  return out;
}

}  // namespace kith::server::detail
