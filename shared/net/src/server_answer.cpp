#include "server_answer.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace kith::net::detail {

namespace {

constexpr std::uint32_t kMaxRetryAfter = 24 * 60 * 60;

bool has_media_type(std::string_view content_type, std::string_view media_type) {
  if (content_type.size() < media_type.size()) return false;
  for (std::size_t i = 0; i < media_type.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(content_type[i])) != media_type[i]) return false;
  }
  const std::string_view rest = content_type.substr(media_type.size());
  return rest.empty() || rest.front() == ';' || rest.front() == ' ';
}

std::optional<ErrorCode> known_code(std::string_view name) {
  if (name.empty() || name.size() > 64 || !std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
      }))
    return std::nullopt;
  const ErrorCode code = error_code_from_string(name);
  if (code == ErrorCode::internal && name != "internal") return std::nullopt;
  return code;
}

// kith.v1.Error in protobuf: field 1 (code) is a length-delimited string. Walks the top-level
// fields, skipping the others, and stops at anything malformed.
std::optional<std::string_view> protobuf_code(std::string_view body) {
  std::size_t i = 0;
  auto varint = [&](std::uint64_t& value) {
    value = 0;
    for (int shift = 0; shift < 64 && i < body.size(); shift += 7) {
      const auto byte = static_cast<unsigned char>(body[i++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  };
  while (i < body.size()) {
    std::uint64_t key = 0;
    if (!varint(key)) return std::nullopt;
    const std::uint64_t field = key >> 3;
    std::uint64_t length = 0;
    switch (key & 7) {
      case 0:
        if (!varint(length)) return std::nullopt;
        break;
      case 1:
        i += 8;
        break;
      case 2:
        if (!varint(length) || length > body.size() - i) return std::nullopt;
        if (field == 1) return body.substr(i, static_cast<std::size_t>(length));
        i += static_cast<std::size_t>(length);
        break;
      case 5:
        i += 4;
        break;
      default:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

// The JSON mapping: the string value of the key "code". Not a JSON parser: it looks for
// "code" followed by a colon and a string, which is all the Error message holds at its top level
// besides plain strings and a number; the value found is then checked against the known codes.
std::optional<std::string_view> json_code(std::string_view body) {
  auto skip_space = [&](std::size_t i) {
    while (i < body.size() &&
           (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'))
      ++i;
    return i;
  };
  std::size_t pos = 0;
  while ((pos = body.find("\"code\"", pos)) != std::string_view::npos) {
    std::size_t i = skip_space(pos + 6);
    pos += 6;
    if (i >= body.size() || body[i] != ':') continue;
    i = skip_space(i + 1);
    if (i >= body.size() || body[i] != '"') continue;
    const std::size_t end = body.find('"', i + 1);
    if (end == std::string_view::npos) return std::nullopt;
    return body.substr(i + 1, end - i - 1);
  }
  return std::nullopt;
}

ErrorCode code_for_status(unsigned status) {
  switch (status) {
    case 400:
      return ErrorCode::bad_request;
    case 401:
      return ErrorCode::unauthenticated;
    case 403:
      return ErrorCode::forbidden;
    case 404:
      return ErrorCode::not_found;
    case 405:
      return ErrorCode::method_not_allowed;
    case 429:
      return ErrorCode::rate_limited;
    case 502:
    case 503:
    case 504:
      return ErrorCode::unavailable;
    default:
      return ErrorCode::protocol_error;
  }
}

std::string when(std::uint32_t retry_after_seconds) {
  return retry_after_seconds > 0 ? "in " + std::to_string(retry_after_seconds) + " s" : "later";
}

std::string sentence(ErrorCode code, std::uint32_t retry_after_seconds) {
  switch (code) {
    case ErrorCode::unauthenticated:
      return "The server did not accept this device's access token for the event stream; get a "
             "new token.";
    case ErrorCode::token_expired:
      return "The access token has expired; get a new one with the device secret.";
    case ErrorCode::device_revoked:
      return "This device was signed out by a coordinator; enrol it again to sync.";
    case ErrorCode::forbidden:
      return "The server does not allow this device to open the event stream.";
    case ErrorCode::not_found:
      return "The server has no event stream at this address; check the server address.";
    case ErrorCode::rate_limited:
      return "Too many attempts to open the event stream; try again " + when(retry_after_seconds) +
             ".";
    case ErrorCode::unavailable:
      return "The server is busy or shutting down; try again " + when(retry_after_seconds) + ".";
    case ErrorCode::protocol_error:
      return "The server answered the event stream request without opening it; it may not be a "
             "Kith server.";
    default:
      return "The server refused to open the event stream (" + std::string(to_string(code)) + ").";
  }
}

}  // namespace

std::uint32_t parse_retry_after(std::string_view value) noexcept {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty() ||
      !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  std::uint64_t seconds = 0;
  for (const char c : value) {
    seconds = seconds * 10 + static_cast<std::uint64_t>(c - '0');
    if (seconds > kMaxRetryAfter) return kMaxRetryAfter;
  }
  return static_cast<std::uint32_t>(seconds);
}

std::optional<ErrorCode> error_code_in_body(std::string_view content_type,
                                            std::string_view body) noexcept {
  std::optional<std::string_view> name;
  if (has_media_type(content_type, "application/json")) {
    name = json_code(body);
  } else if (has_media_type(content_type, "application/x-protobuf")) {
    name = protobuf_code(body);
  }
  return name ? known_code(*name) : std::nullopt;
}

Error refused_upgrade_error(unsigned status, std::string_view content_type, std::string_view body,
                            std::uint32_t retry_after_seconds) {
  const ErrorCode code = error_code_in_body(content_type, body).value_or(code_for_status(status));
  std::string message = sentence(code, retry_after_seconds);
  message.insert(message.size() - 1,
                 " (HTTP " + std::to_string(status) + ")");  // before the full stop
  return {code, std::move(message)};
}

}  // namespace kith::net::detail
