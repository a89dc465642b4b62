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
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::crypto_failure: return "crypto_failure";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
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
