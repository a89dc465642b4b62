#pragma once
//! Writing records and invites on the server, shared by the Service (pushes, enrolment, invites)
//! and kith-admin, so that both keep the same invariants: a record goes to the scope
//! domain::scope_for gives it, joining a family always leaves a Person, a Membership and, for a
//! volunteer, a SupportLink, and an invite code is stored only as its hash.

#include <cstdint>
#include <string>

#include "kith/domain/record.hpp"
#include "kith/result.hpp"
#include "server_store.hpp"

namespace kith::server {

//! Writes an already validated and encoded record as the next change of `scope`; returns its seq.
Result<std::int64_t> write_record_body(Transaction& tx, const domain::Record& record,
                                       const std::string& scope, const std::string& body,
                                       std::int64_t at, std::string_view device_id = {});
//! Validates `record`, then writes it to its scope.
Result<std::int64_t> write_record(Transaction& tx, const domain::Record& record, std::int64_t at);

//! Makes `person_id` a member of `family_id` in `role` from today: a Person record (if the person
//! has none and `display_name` is given), a Membership, and for a volunteer a SupportLink.
Result<void> join_family(Transaction& tx, const std::string& person_id,
                         const std::string& display_name, const std::string& family_id,
                         v1::Role role, std::int64_t at);

//! How long an invite lasts unless its maker says otherwise: kith-admin's --days and the
//! app's valid_hours both default to it.
inline constexpr std::int64_t kInviteDefaultSeconds = 3 * 24 * 60 * 60;

//! What an invite is for. The caller decides who may make it and checks the role and name.
struct InviteSpec {
  std::string family_id;
  std::string person_id;     //!< the person it enrols; empty: a new person, with a new id
  v1::Role role = v1::ROLE_UNSPECIFIED;
  std::string display_name;  //!< their profile's name, if they have none yet
  std::string created_by;    //!< the coordinator's person id, or "kith-admin"
  std::int64_t valid_seconds = kInviteDefaultSeconds;
};

//! A new invite: the code to give the person (the store keeps only its SHA-256).
struct IssuedInvite {
  std::string code;  //!< "7KQ2M-XH9TD"
  std::string person_id;
  std::int64_t expires_at = 0;  //!< unix seconds
};

//! Makes an invite code for `spec` and stores its hash, valid from `at` for spec.valid_seconds.
//! not_found (field family_id) if the family does not exist; the store's errors otherwise. Does
//! not audit: the caller does, without the code.
Result<IssuedInvite> issue_invite(Transaction& tx, const InviteSpec& spec, std::int64_t at);

//! "YYYY-MM-DD" of a unix time, in UTC.
std::string iso_day(std::int64_t unix_seconds);

}  // namespace kith::server
