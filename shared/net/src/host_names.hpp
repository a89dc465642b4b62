#pragma once
// Which host names and addresses kith_net accepts, in URLs and in certificates. Private to
// kith_net.

#include <string_view>

namespace kith::net::detail {

//! A DNS name of letters, digits and hyphens: labels of 1 to 63 characters that do not start or
//! end with a hyphen, 253 characters at most, no trailing dot, and not all digits and dots (such a
//! text is a malformed address, not a name). Letters of either case.
bool is_dns_name(std::string_view name) noexcept;

//! A dotted-quad IPv4 address, e.g. "127.0.0.1" (no leading zeros, no short forms).
bool is_ipv4_literal(std::string_view text) noexcept;

//! An IPv6 address in text form, without brackets, e.g. "::1".
bool is_ipv6_literal(std::string_view text) noexcept;

}  // namespace kith::net::detail
