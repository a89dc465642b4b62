#include "kith/error.hpp"

namespace kith {

std::string_view to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::required_missing: return "required_missing";
    case ErrorCode::out_of_range: return "out_of_range";
    case ErrorCode::too_long: return "too_long";
    case ErrorCode::invalid_date: return "invalid_date";
    case ErrorCode::date_out_of_order: return "date_out_of_order";
    case ErrorCode::invalid_text: return "invalid_text";
    case ErrorCode::invalid_id: return "invalid_id";
    case ErrorCode::empty_plan: return "empty_plan";
    case ErrorCode::wrong_scope: return "wrong_scope";
    case ErrorCode::weak_pin: return "weak_pin";
    case ErrorCode::wrong_pin: return "wrong_pin";
    case ErrorCode::locked_out: return "locked_out";
    case ErrorCode::store_not_found: return "store_not_found";
    case ErrorCode::store_exists: return "store_exists";
    case ErrorCode::not_a_store: return "not_a_store";
    case ErrorCode::store_damaged: return "store_damaged";
    case ErrorCode::store_too_new: return "store_too_new";
    case ErrorCode::store_too_old: return "store_too_old";
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::crypto_failure: return "crypto_failure";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::append_only: return "append_only";
    case ErrorCode::network_unreachable: return "network_unreachable";
    case ErrorCode::timeout: return "timeout";
    case ErrorCode::certificate_untrusted: return "certificate_untrusted";
    case ErrorCode::certificate_wrong_host: return "certificate_wrong_host";
    case ErrorCode::certificate_expired: return "certificate_expired";
    case ErrorCode::protocol_error: return "protocol_error";
    case ErrorCode::bad_request: return "bad_request";
    case ErrorCode::unsupported_media_type: return "unsupported_media_type";
    case ErrorCode::method_not_allowed: return "method_not_allowed";
    case ErrorCode::body_too_large: return "body_too_large";
    case ErrorCode::unauthenticated: return "unauthenticated";
    case ErrorCode::token_expired: return "token_expired";
    case ErrorCode::wrong_secret: return "wrong_secret";
    case ErrorCode::wrong_password: return "wrong_password";
    case ErrorCode::device_revoked: return "device_revoked";
    case ErrorCode::device_exists: return "device_exists";
    case ErrorCode::not_enrolled: return "not_enrolled";
    case ErrorCode::forbidden: return "forbidden";
    case ErrorCode::invite_unknown: return "invite_unknown";
    case ErrorCode::invite_used: return "invite_used";
    case ErrorCode::invite_expired: return "invite_expired";
    case ErrorCode::rate_limited: return "rate_limited";
    case ErrorCode::sequence_gap: return "sequence_gap";
    case ErrorCode::unavailable: return "unavailable";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

ErrorCode error_code_from_string(std::string_view name) noexcept {
  for (int i = 0; i <= static_cast<int>(ErrorCode::internal); ++i) {
    const auto code = static_cast<ErrorCode>(i);
    if (to_string(code) == name) return code;
  }
  return ErrorCode::internal;
}

std::string Error::describe() const {
  std::string out;
  if (!field.empty()) out += field + ": ";
  out += message;
  out += " (";
  out += to_string(code);
  out += ")";
  return out;
}

}  // namespace kith
