#pragma once
// What an HTTP answer from kith-server means when it refuses something: the Retry-After header
// and the Error message (kith.v1.Error, as protobuf or its JSON mapping) in its body. Private to
// kith_net; it reads only the stable error code from a body, never its text.

#include <cstdint>
#include <optional>
#include <string_view>

#include "kith/error.hpp"

namespace kith::net::detail {

//! Retry-After in delta-seconds form ("120"); 0 for none, an HTTP date or anything malformed.
//! Clamped to a day: a server asking for longer is treated as asking for a day.
std::uint32_t parse_retry_after(std::string_view value) noexcept;

//! The error code a kith.v1.Error body names, if the body is one (by Content-Type) and the code is
//! one this build knows.
std::optional<ErrorCode> error_code_in_body(std::string_view content_type,
                                            std::string_view body) noexcept;

//! The error for a refused WebSocket upgrade: the code the body names, else one that follows from
//! the status; the message is Kith's own sentence for it (the server's text is not copied).
Error refused_upgrade_error(unsigned status, std::string_view content_type, std::string_view body,
                            std::uint32_t retry_after_seconds);

}  // namespace kith::net::detail
