#include "record_writer.hpp"

#include <ctime>

#include "credentials.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/scope.hpp"

namespace kith::server {

std::string iso_day(std::int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

Result<std::int64_t> write_record_body(Transaction& tx, const domain::Record& record,
                                       const std::string& scope, const std::string& body,
                                       std::int64_t at, std::string_view device_id) {
  return tx.write(scope, domain::record_family_id(record), record.body_case(),
                  domain::record_id(record), body, at, device_id);
}

Result<std::int64_t> write_record(Transaction& tx, const domain::Record& record, std::int64_t at) {
  KITH_TRY(domain::validate(record));
  KITH_ASSIGN(domain::Scope scope, domain::scope_for(record));
  return write_record_body(tx, record, scope.to_string(), domain::encode(record), at);
}

Result<void> join_family(Transaction& tx, const std::string& person_id,
                         const std::string& display_name, const std::string& family_id,
                         v1::Role role, std::int64_t at) {
  if (!display_name.empty()) {
    KITH_ASSIGN(auto existing, tx.record(domain::Kind::kPerson, person_id));
    if (!existing || !existing->body) {
      domain::Record person;
      person.mutable_person()->set_id(person_id);
      person.mutable_person()->set_display_name(display_name);
      person.mutable_person()->mutable_created_at()->set_seconds(at);
      KITH_TRY(write_record(tx, person, at));
    }
  }
  // Joining twice in the same role (an invite for someone already in the family) changes nothing.
  KITH_ASSIGN(auto current, tx.memberships_of(person_id));
  for (const Membership& existing : current) {
    if (existing.active && existing.family_id == family_id && existing.role == role) return {};
  }
  domain::Record membership;
  auto* m = membership.mutable_membership();
  m->set_id(new_uuid());
  m->set_person_id(person_id);
  m->set_family_id(family_id);
  m->set_role(role);
  m->set_started_on(iso_day(at));
  KITH_TRY(write_record(tx, membership, at));
  if (role == v1::ROLE_VOLUNTEER) {
    domain::Record link;
    auto* l = link.mutable_support_link();
    l->set_id(new_uuid());
    l->set_family_id(family_id);
    l->set_volunteer_id(person_id);
    l->set_kind(v1::SUPPORT_FAMILY_FRIEND);
    l->set_started_on(iso_day(at));
    KITH_TRY(write_record(tx, link, at));
  }
  return {};
}

Result<IssuedInvite> issue_invite(Transaction& tx, const InviteSpec& spec, std::int64_t at) {
  KITH_ASSIGN(auto family, tx.record(domain::Kind::kFamily, spec.family_id));
  if (!family || !family->body) {
    return unexpected(ErrorCode::not_found, "There is no family with that id.", "family_id");
  }
  KITH_ASSIGN(std::string code, new_invite_code());
  KITH_ASSIGN(std::string normal, normalise_invite_code(code));
  Invite invite;
  invite.code_hash = sha256_hex(normal);
  invite.family_id = spec.family_id;
  invite.person_id = spec.person_id.empty() ? new_uuid() : spec.person_id;
  invite.role = spec.role;
  invite.display_name = spec.display_name;
  invite.created_by = spec.created_by;
  invite.created_at = at;
  invite.expires_at = at + spec.valid_seconds;
  KITH_TRY(tx.insert_invite(invite));
  return IssuedInvite{std::move(code), invite.person_id, invite.expires_at};
}

}  // namespace kith::server
