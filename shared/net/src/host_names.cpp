#include "host_names.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <string>

namespace kith::net::detail {

namespace {

bool is_ldh(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// inet_pton wants a terminated string; addresses are short, so a small copy does.
bool parses_as(int family, std::string_view text) noexcept {
  if (text.empty() || text.size() > 45) return false;
  std::array<char, 46> terminated{};
  std::copy(text.begin(), text.end(), terminated.begin());
  std::array<unsigned char, 16> address{};
  return inet_pton(family, terminated.data(), address.data()) == 1;
}

}  // namespace

bool is_dns_name(std::string_view name) noexcept {
  if (name.empty() || name.size() > 253) return false;
  if (std::all_of(name.begin(), name.end(),
                  [](char c) { return c == '.' || (c >= '0' && c <= '9'); }))
    return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t dot = std::min(name.find('.', start), name.size());
    const std::string_view label = name.substr(start, dot - start);
    if (label.empty() || label.size() > 63) return false;
    if (label.front() == '-' || label.back() == '-') return false;
    if (!std::all_of(label.begin(), label.end(), is_ldh)) return false;
    start = dot + 1;
  }
  return true;
}

bool is_ipv4_literal(std::string_view text) noexcept {
  return parses_as(AF_INET, text);
}

bool is_ipv6_literal(std::string_view text) noexcept {
  return parses_as(AF_INET6, text);
}

}  // namespace kith::net::detail
