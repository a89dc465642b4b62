#include "access.hpp"

#include <algorithm>

namespace kith::server {
namespace {

using domain::Kind;
using domain::Record;
using domain::Scope;

bool is_family_role(v1::Role role) {
  return role == v1::ROLE_PARENT || role == v1::ROLE_NETWORK || role == v1::ROLE_YOUNG_PERSON ||
         role == v1::ROLE_CARE_LEAVER;
}

// Kinds that are never changed once written, by anyone but a coordinator: they record what
// someone said or did at a time.
bool append_only(Kind kind) {
  switch (kind) {
    case Record::kActionUpdate:
    case Record::kPlanAcknowledgement:
    case Record::kScaleScore:
    case Record::kContactLog:
    case Record::kFeedback:
    case Record::kConcern:
      return true;
    default:
      return false;
  }
}

// What each role may write, beyond coordinators (who write everything in their families).
bool role_may_write(v1::Role role, Kind kind) {
  switch (kind) {
    case Record::kActionUpdate:
    case Record::kPlanAcknowledgement:
    case Record::kScaleScore:
      return is_family_role(role);
    case Record::kFeedback:
    case Record::kConcern:
      return true;
    case Record::kHelpRequest:
      return role == v1::ROLE_PARENT || role == v1::ROLE_VOLUNTEER;
    case Record::kThreeHouses:
      return role == v1::ROLE_YOUNG_PERSON || role == v1::ROLE_CARE_LEAVER;
    case Record::kContactLog:
    case Record::kHostingStay:
      return role == v1::ROLE_VOLUNTEER;
    default:
      return false;
  }
}

Error forbidden(std::string message) {
  return Error{ErrorCode::forbidden, std::move(message), {}};
}

}  // namespace

std::string record_author(const Record& r) {
  switch (r.body_case()) {
    case Record::kActionUpdate: return r.action_update().by();
    case Record::kPlanAcknowledgement: return r.plan_acknowledgement().by();
    case Record::kScaleScore: return r.scale_score().scored_by();
    case Record::kThreeHouses: return r.three_houses().child_id();
    case Record::kContactLog: return r.contact_log().volunteer_id();
    case Record::kHostingStay: return r.hosting_stay().volunteer_id();
    case Record::kHelpRequest: return r.help_request().requested_by();
    case Record::kFeedback: return r.feedback().from_person();
    case Record::kConcern: return r.concern().raised_by();
    case Record::kPerson: return r.person().id();
    default: return {};
  }
}

AccessIndex::AccessIndex(const AccessState& state) {
  for (const Device& d : state.devices) devices_.emplace(d.id, d);
  for (const Account& a : state.accounts) accounts_.emplace(a.person_id, a);
  for (const Membership& m : state.memberships) {
    if (m.role == v1::ROLE_VOLUNTEER) volunteers_.insert(m.person_id);
    if (!m.active) continue;
    by_person_.emplace(m.person_id, m);
    by_family_.emplace(m.family_id, m);
  }
  families_.insert(state.families.begin(), state.families.end());
}

const Device* AccessIndex::device(std::string_view id) const {
  const auto it = devices_.find(id);
  return it == devices_.end() ? nullptr : &it->second;
}

const Account* AccessIndex::account(std::string_view person_id) const {
  const auto it = accounts_.find(person_id);
  return it == accounts_.end() ? nullptr : &it->second;
}

bool AccessIndex::is_staff(std::string_view person_id) const {
  const Account* a = account(person_id);
  return a != nullptr && a->staff;
}

bool AccessIndex::is_volunteer(std::string_view person_id) const {
  return volunteers_.contains(person_id);
}

std::vector<std::string> AccessIndex::volunteers() const {
  return {volunteers_.begin(), volunteers_.end()};
}

bool AccessIndex::family_exists(std::string_view family_id) const {
  return families_.contains(family_id);
}

std::optional<v1::Role> AccessIndex::role_in(std::string_view person_id,
                                             std::string_view family_id) const {
  std::optional<v1::Role> best;
  const auto [first, last] = by_person_.equal_range(person_id);
  for (auto it = first; it != last; ++it) {
    if (it->second.family_id != family_id) continue;
    // A person with two roles in one family gets the wider one: coordinator first.
    if (!best || it->second.role == v1::ROLE_COORDINATOR) best = it->second.role;
  }
  return best;
}

std::vector<std::string> AccessIndex::scopes_for(const std::string& person_id) const {
  std::set<std::string> out;
  out.insert(Scope::profile(person_id).to_string());
  const auto [first, last] = by_person_.equal_range(person_id);
  for (auto it = first; it != last; ++it) {
    const std::string& family = it->second.family_id;
    const v1::Role role = it->second.role;
    out.insert(Scope::person(family, person_id).to_string());
    const auto [mf, ml] = by_family_.equal_range(family);
    for (auto m = mf; m != ml; ++m) {
      const Membership& other = m->second;
      out.insert(Scope::profile(other.person_id).to_string());  // names of the people around them
      if (role == v1::ROLE_COORDINATOR) {
        out.insert(Scope::person(family, other.person_id).to_string());
      }
      if (other.role == v1::ROLE_VOLUNTEER &&
          (role == v1::ROLE_COORDINATOR || role == v1::ROLE_PARENT)) {
        out.insert(Scope::volunteer(family, other.person_id).to_string());
      }
    }
    if (role == v1::ROLE_VOLUNTEER) {
      out.insert(Scope::volunteer(family, person_id).to_string());
    } else {
      out.insert(Scope::family(family).to_string());
    }
    if (role == v1::ROLE_COORDINATOR) out.insert(Scope::staff(family).to_string());
  }
  return {out.begin(), out.end()};
}

bool AccessIndex::is_staff_reader(std::string_view person_id, const Scope& scope) const {
  if (scope.audience == domain::Audience::profile) return is_staff(person_id);
  return role_in(person_id, scope.family_id) == v1::ROLE_COORDINATOR;
}

Result<void> AccessIndex::may_write(const std::string& person_id, const Record& record,
                                    const Scope& scope,
                                    const std::optional<Record>& existing) const {
  const Kind kind = record.body_case();
  if (existing) {
    const auto old_scope = domain::scope_for(*existing);
    if (old_scope && *old_scope != scope) {
      return unexpected(ErrorCode::wrong_scope,
                        "A record cannot move to other people. Delete it and write a new one.");
    }
  }

  // A profile: the person themself, or a coordinator of a family they belong to.
  if (scope.audience == domain::Audience::profile) {
    if (scope.person_id == person_id) return {};
    const auto [first, last] = by_person_.equal_range(scope.person_id);
    for (auto it = first; it != last; ++it) {
      if (role_in(person_id, it->second.family_id) == v1::ROLE_COORDINATOR) return {};
    }
    if (is_staff(person_id) && first == last) return {};  // a person not yet in any family
    return unexpected(forbidden("Only the person and their coordinator can change their profile."));
  }

  // A new family: any staff member may make one (and becomes its coordinator).
  if (kind == Record::kFamily && !family_exists(scope.family_id)) {
    if (is_staff(person_id)) return {};
    return unexpected(forbidden("Only staff can add a family."));
  }

  const auto role = role_in(person_id, scope.family_id);
  if (!role) return unexpected(forbidden("You are not part of this family in Kith."));

  // The person a per-person scope is about must belong to the family.
  if (scope.audience == domain::Audience::person || scope.audience == domain::Audience::volunteer) {
    if (!role_in(scope.person_id, scope.family_id)) {
      return unexpected(ErrorCode::wrong_scope, "That person is not part of this family in Kith.");
    }
  }

  if (*role == v1::ROLE_COORDINATOR) {
    // Published plan versions do not change, except to be marked superseded.
    if (kind == Record::kPlanVersion && existing && existing->has_plan_version() &&
        existing->plan_version().state() == v1::PLAN_PUBLISHED) {
      Record a = *existing;
      Record b = record;
      a.mutable_plan_version()->clear_state();
      b.mutable_plan_version()->clear_state();
      if (domain::encode(a) != domain::encode(b)) {
        return unexpected(ErrorCode::append_only,
                          "A published plan version cannot change: publish a new version.");
      }
    }
    return {};
  }

  if (!role_may_write(*role, kind)) {
    return unexpected(forbidden("Your role in this family cannot write this."));
  }
  // Everyone writes as themselves. A volunteer answers a help request asked of them.
  std::string author = record_author(record);
  if (kind == Record::kHelpRequest && *role == v1::ROLE_VOLUNTEER) {
    author = record.help_request().volunteer_id();
  }
  if (author != person_id) {
    return unexpected(forbidden("You can only write this as yourself."));
  }
  // A volunteer answers help requests asked of them; they do not make them in a parent's name.
  if (kind == Record::kHelpRequest && *role == v1::ROLE_VOLUNTEER &&
      (!existing || existing->help_request().requested_by() != record.help_request().requested_by())) {
    return unexpected(forbidden("A help request is made by the family; you can answer it."));
  }
  if (existing) {
    std::string old_author = record_author(*existing);
    if (kind == Record::kHelpRequest && *role == v1::ROLE_VOLUNTEER) {
      old_author = existing->help_request().volunteer_id();
    }
    if (old_author != person_id) return unexpected(forbidden("Only its author can change this."));
    if (append_only(kind) && domain::encode(*existing) != domain::encode(record)) {
      return unexpected(ErrorCode::append_only,
                        "This cannot be changed once sent. Add a new one instead.");
    }
  }
  // Where the record lands must be somewhere the writer holds, except concerns, which go to
  // staff only and leave the writer's device once sent.
  if (kind == Record::kConcern && scope.audience == domain::Audience::staff) return {};
  const auto held = scopes_for(person_id);
  if (!std::binary_search(held.begin(), held.end(), scope.to_string())) {
    return unexpected(forbidden("You cannot write to these people's records."));
  }
  return {};
}

Result<void> AccessIndex::may_remove(const std::string& person_id, const Record& existing,
                                     const Scope& scope) const {
  if (existing.body_case() != Record::kPerson && scope.audience != domain::Audience::profile &&
      role_in(person_id, scope.family_id) == v1::ROLE_COORDINATOR) {
    return {};
  }
  if (append_only(existing.body_case())) {
    return unexpected(ErrorCode::append_only, "This cannot be deleted once sent.");
  }
  // A volunteer answers a help request; it is the family's to withdraw.
  if (existing.body_case() == Record::kHelpRequest &&
      role_in(person_id, scope.family_id) == v1::ROLE_VOLUNTEER) {
    return unexpected(forbidden("A help request is the family's to withdraw; you can answer it."));
  }
  if (existing.body_case() == Record::kPerson || existing.body_case() == Record::kFamily ||
      existing.body_case() == Record::kMembership) {
    return unexpected(forbidden(existing.body_case() == Record::kPerson
                                    ? "People are removed with kith-admin erase-person."
                                    : "Only a coordinator can remove this."));
  }
  // Otherwise the author may delete what they could write.
  return may_write(person_id, existing, scope, existing);
}

}  // namespace kith::server
