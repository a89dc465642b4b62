#pragma once
//! The errors Kith expects: each a stable code (for programs and the wire) and a sentence a
//! person can act on (for people). Messages never contain personal data.

#include <cstdint>
#include <string>
#include <string_view>

namespace kith {

enum class ErrorCode : std::uint8_t {
  // Validation of a record or an argument.
  invalid_argument,     //!< an argument a caller gave is not usable
  required_missing,     //!< a field that must be filled is empty
  out_of_range,         //!< a number outside its allowed range
  too_long,             //!< a text or list longer than its limit
  invalid_date,         //!< not a real calendar date in YYYY-MM-DD form
  date_out_of_order,    //!< a date before the date it must follow
  invalid_text,         //!< text that is not valid UTF-8 or has control characters
  invalid_id,           //!< not a lower-case UUID
  empty_plan,           //!< a plan version with no actions
  wrong_scope,          //!< a record in a scope it cannot belong to
  // Opening and keeping the encrypted store.
  weak_pin,             //!< the new PIN is too short or too simple
  wrong_pin,            //!< the PIN does not unlock this store; nothing was changed
  locked_out,           //!< too many wrong PINs; try again later
  store_not_found,      //!< no store at that place
  store_exists,         //!< a store is already there; refusing to overwrite it
  not_a_store,          //!< the file is not a Kith store (foreign or unencrypted)
  store_damaged,        //!< the store's files are damaged
  store_too_new,        //!< made by a newer Kith; update the app
  io_error,             //!< the disk refused a read or write
  crypto_failure,       //!< the crypto library failed
  // Records.
  not_found,
  conflict,
  internal,             //!< a bug: the message says where
};

//! The stable, snake_case name of a code, as used in JSON and on the wire.
std::string_view to_string(ErrorCode code) noexcept;

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  //!< one sentence a person can act on
  std::string field;    //!< for validation errors, the path of the field, e.g. "actions[2].owners"

  //! "field: message (code)", for logs and the command line.
  std::string describe() const;
};

}  // namespace kith
