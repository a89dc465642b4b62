// parse_server_url: the one URL form a device is configured with, "https://host[:port][/]".

#include <algorithm>
#include <cctype>
#include <charconv>

#include "host_names.hpp"
#include "kith/net/https_client.hpp"

namespace kith::net {

namespace {

constexpr std::string_view kScheme = "https://";

Unexpected bad_url(std::string message) {
  return unexpected(ErrorCode::invalid_argument, std::move(message), "server_url");
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

}  // namespace

Result<ServerAddress> parse_server_url(std::string_view url) {
  if (!starts_with_ignoring_case(url, kScheme)) {
    return bad_url(
        "The server address must start with https:// (for example https://kith.example.org).");
  }
  std::string_view rest = url.substr(kScheme.size());
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.empty()) return bad_url("The server address has no host name after https://.");
  if (rest.find_first_of("/?#") != std::string_view::npos) {
    return bad_url(
        "The server address must be only https://host or https://host:port, without a path, query "
        "or fragment.");
  }
  if (rest.find('@') != std::string_view::npos) {
    return bad_url("The server address must not contain a user name or password.");
  }

  ServerAddress address;
  std::string_view host;
  std::string_view port;
  bool has_port = false;
  if (rest.front() == '[') {
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos) {
      return bad_url("The server address has an IPv6 address without its closing bracket.");
    }
    host = rest.substr(1, close - 1);
    const std::string_view after = rest.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':')
        return bad_url("The server address has text after its IPv6 address.");
      has_port = true;
      port = after.substr(1);
    }
    if (!detail::is_ipv6_literal(host)) {
      return bad_url("The server address has a malformed IPv6 address in brackets.");
    }
  } else {
    const std::size_t colon = rest.find(':');
    host = rest.substr(0, colon);
    if (colon != std::string_view::npos) {
      has_port = true;
      port = rest.substr(colon + 1);
    }
    if (host.empty()) return bad_url("The server address has no host name after https://.");
    if (!detail::is_ipv4_literal(host) && !detail::is_dns_name(host)) {
      return bad_url(
          "The server address's host is neither a valid name (letters, digits, hyphens "
          "and dots) nor a valid IPv4 address.");
    }
  }

  if (has_port) {
    unsigned value = 0;
    const char* end = port.data() + port.size();
    const auto [stop, error] = std::from_chars(port.data(), end, value);
    if (port.empty() || error != std::errc() || stop != end || value == 0 || value > 65535 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return bad_url("The server address's port must be a number from 1 to 65535.");
    }
    address.port = static_cast<std::uint16_t>(value);
  }
  address.host = lower(host);
  return address;
}

}  // namespace kith::net
