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
  store_too_old,        //!< made by an older Kith and not yet migrated (kith-admin init)
  io_error,             //!< the disk refused a read or write
  crypto_failure,       //!< the crypto library failed
  // Records.
  not_found,
  conflict,
  append_only,          //!< a record of a kind that is never changed once written
  // The network and the server's answers.
  network_unreachable,  //!< the server could not be reached; changes wait on the device
  timeout,              //!< the server did not answer in time
  certificate_untrusted,   //!< the server's certificate is not from the configured authority
  certificate_wrong_host,  //!< the certificate is for another server
  certificate_expired,     //!< the certificate has expired (or is not yet valid)
  protocol_error,       //!< the other side sent something that is not Kith's protocol
  bad_request,          //!< the request body could not be read
  unsupported_media_type,
  method_not_allowed,
  body_too_large,
  unauthenticated,      //!< no access token, or one the server did not issue
  token_expired,        //!< the access token is too old: get a new one with the device secret
  wrong_secret,         //!< the device secret does not match: enrol the device again
  wrong_password,
  device_revoked,       //!< this device was signed out by a coordinator
  device_exists,        //!< a device with this id is already enrolled
  not_enrolled,         //!< this store has not joined a server yet
  forbidden,            //!< the person may not read or write this
  invite_unknown,
  invite_used,
  invite_expired,
  rate_limited,         //!< too many attempts; the message says when to try again
  sequence_gap,         //!< a mutation arrived before the one before it
  unavailable,          //!< the server is shutting down or busy; try again
  internal,             //!< a bug: the message says where
};

//! The stable, snake_case name of a code, as used in JSON and on the wire.
std::string_view to_string(ErrorCode code) noexcept;
//! The code with that name; internal for a name this build does not know.
ErrorCode error_code_from_string(std::string_view name) noexcept;

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  //!< one sentence a person can act on
  std::string field;    //!< for validation errors, the path of the field, e.g. "actions[2].owners"

  //! "field: message (code)", for logs and the command line.
  std::string describe() const;
};

}  // namespace kith
