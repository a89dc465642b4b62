#pragma once
//! Writing records on the server, shared by the Service (pushes, enrolment) and kith-admin, so
//! that both keep the same invariants: a record goes to the scope domain::scope_for gives it, and
//! joining a family always leaves a Person, a Membership and, for a volunteer, a SupportLink.

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

//! "YYYY-MM-DD" of a unix time, in UTC.
std::string iso_day(std::int64_t unix_seconds);

}  // namespace kith::server
