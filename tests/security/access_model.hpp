#pragma once
// docs/ACCESS.md as a model, written once: its tables ("Scopes each role holds", "Kinds each role
// may write", "Deleting") as data, and its numbered rules as one function each for a put and a
// deletion. The authorisation matrix (access_matrix_test.cpp) asks this model what every cell
// should answer and the real KithService what it does answer. Nothing here calls the code under
// test's decisions (AccessIndex); where the code and ACCESS.md disagree, a comment says so and the
// model follows the code, as ACCESS.md itself says it should ("the code wins").

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"

namespace kith::security {

using domain::Kind;
using domain::Record;
using domain::Scope;

// ---- ACCESS.md "Kinds each role may write"
// -------------------------------------------------------

//! One cell of the table, for the five family roles (coordinators write everything: rule 7).
enum class Grant {
  none,         //!< "–": refused with forbidden
  own,          //!< "own": as its author
  append_only,  //!< "own, append-only"
  write_only,   //!< "own, write-only" (concerns)
  answer,       //!< "answer only" (a volunteer and a help request asked of them)
  not_held,     //!< "– (scope not held)": the kind is the role's, the scope is not (rule 14)
};

//! The table's row a record falls in.
inline std::string_view write_row(const Record& r) {
  switch (r.body_case()) {
    case Record::kActionUpdate:
      return "action_update";
    case Record::kPlanAcknowledgement:
      return "plan_acknowledgement";
    case Record::kScaleScore:
      return "scale_score";
    case Record::kFeedback:
      return r.feedback().audience() == v1::AUDIENCE_FAMILY ? "feedback, audience FAMILY"
                                                            : "feedback, audience STAFF";
    case Record::kConcern:
      return "concern";
    case Record::kHelpRequest:
      return r.help_request().volunteer_id().empty() ? "help_request, no volunteer"
                                                     : "help_request, asked of V";
    case Record::kThreeHouses:
      return "three_houses";
    case Record::kContactLog:
      return "contact_log";
    case Record::kHostingStay:
      return "hosting_stay";
    case Record::kPerson:
      return "person";
    default:
      return "family, membership, plan, plan_version, assessment, ...";
  }
}

//! What a family role (parent, network, young person, care leaver, volunteer) may do with `r`.
inline Grant grant(const Record& r, v1::Role role) {
  constexpr Grant N = Grant::none, O = Grant::own, A = Grant::append_only, W = Grant::write_only,
                  V = Grant::answer, H = Grant::not_held;
  // clang-format off
  //                                                      parent network young  leaver volunteer
  static const std::map<std::string_view, std::array<Grant, 5>> kTable = {
      {"action_update",                                  {A,     A,      A,     A,     N}},
      {"plan_acknowledgement",                           {A,     A,      A,     A,     N}},
      {"scale_score",                                    {A,     A,      A,     A,     N}},
      {"feedback, audience FAMILY",                      {A,     A,      A,     A,     H}},
      {"feedback, audience STAFF",                       {A,     A,      A,     A,     A}},
      {"concern",                                        {W,     W,      W,     W,     W}},
      {"help_request, no volunteer",                     {O,     N,      N,     N,     N}},
      {"help_request, asked of V",                       {O,     N,      N,     N,     V}},
      {"three_houses",                                   {N,     N,      O,     O,     N}},
      {"contact_log",                                    {N,     N,      N,     N,     A}},
      {"hosting_stay",                                   {N,     N,      N,     N,     O}},
      {"person",                                         {O,     O,      O,     O,     O}},
  };
  // clang-format on
  if (role < v1::ROLE_PARENT || role > v1::ROLE_VOLUNTEER) return Grant::none;
  const auto it = kTable.find(write_row(r));
  return it == kTable.end() ? Grant::none : it->second[static_cast<std::size_t>(role - 1)];
}

//! The table's "author field" column: for a volunteer and a help request, `volunteer_id`.
inline std::string author_of(const Record& r, v1::Role role) {
  switch (r.body_case()) {
    case Record::kActionUpdate:
      return r.action_update().by();
    case Record::kPlanAcknowledgement:
      return r.plan_acknowledgement().by();
    case Record::kScaleScore:
      return r.scale_score().scored_by();
    case Record::kFeedback:
      return r.feedback().from_person();
    case Record::kConcern:
      return r.concern().raised_by();
    case Record::kHelpRequest:
      return role == v1::ROLE_VOLUNTEER ? r.help_request().volunteer_id()
                                        : r.help_request().requested_by();
    case Record::kThreeHouses:
      return r.three_houses().child_id();
    case Record::kContactLog:
      return r.contact_log().volunteer_id();
    case Record::kHostingStay:
      return r.hosting_stay().volunteer_id();
    case Record::kPerson:
      return r.person().id();
    default:
      return {};
  }
}

//! Rule 12: the kinds that cannot change once sent, except by a coordinator.
inline bool append_only(Kind kind) {
  return kind == Record::kActionUpdate || kind == Record::kPlanAcknowledgement ||
         kind == Record::kScaleScore || kind == Record::kContactLog || kind == Record::kFeedback ||
         kind == Record::kConcern;
}

//! The table's "lands in" column (and DATA-MODEL.md for the coordinators' kinds).
inline Scope lands_in(const Record& r) {
  const std::string& family = domain::record_family_id(r);
  switch (r.body_case()) {
    case Record::kPerson:
      return Scope::profile(r.person().id());
    case Record::kConference:
    case Record::kConcern:
    case Record::kEpisode:
      return Scope::staff(family);
    case Record::kThreeHouses:
      return Scope::person(family, r.three_houses().child_id());
    case Record::kSupportLink:
      return Scope::volunteer(family, r.support_link().volunteer_id());
    case Record::kContactLog:
      return Scope::volunteer(family, r.contact_log().volunteer_id());
    case Record::kHostingStay:
      return Scope::volunteer(family, r.hosting_stay().volunteer_id());
    case Record::kHelpRequest:
      if (r.help_request().volunteer_id().empty()) return Scope::family(family);
      return Scope::volunteer(family, r.help_request().volunteer_id());
    case Record::kFeedback:
      if (r.feedback().audience() == v1::AUDIENCE_FAMILY) return Scope::family(family);
      if (!r.feedback().to_person().empty()) return Scope::person(family, r.feedback().to_person());
      return Scope::person(family, r.feedback().from_person());
    default:
      return Scope::family(family);
  }
}

// ---- who belongs where
// ---------------------------------------------------------------------------

//! Families and their active members, and who has a staff account: what the rules read.
class World {
 public:
  void add_family(const std::string& family) { families_[family]; }
  void join(const std::string& family, const std::string& person, v1::Role role) {
    families_[family].emplace_back(person, role);
  }
  //! Ends every membership of `person` in `family`.
  void leave(const std::string& family, const std::string& person) {
    auto& members = families_[family];
    std::erase_if(members, [&](const auto& m) { return m.first == person; });
  }
  void add_staff(const std::string& person) { staff_.insert(person); }

  bool family_exists(const std::string& family) const { return families_.contains(family); }
  bool is_staff(const std::string& person) const { return staff_.contains(person); }
  //! The person's role in the family; coordinator wins over any other (ACCESS.md "Roles").
  std::optional<v1::Role> role_of(const std::string& person, const std::string& family) const {
    const auto it = families_.find(family);
    if (it == families_.end()) return std::nullopt;
    std::optional<v1::Role> best;
    for (const auto& [who, role] : it->second) {
      if (who == person && (!best || role == v1::ROLE_COORDINATOR)) best = role;
    }
    return best;
  }
  //! The families the person is an active member of.
  std::vector<std::string> families_of(const std::string& person) const {
    std::vector<std::string> out;
    for (const auto& [family, members] : families_) {
      if (role_of(person, family)) out.push_back(family);
    }
    return out;
  }
  bool in_any_family(const std::string& person) const { return !families_of(person).empty(); }

  //! ACCESS.md "Scopes each role holds", row by row.
  std::set<std::string> scopes_held(const std::string& me) const {
    std::set<std::string> out{Scope::profile(me).to_string()};  // held even with no family
    for (const auto& [family, members] : families_) {
      const auto role = role_of(me, family);
      if (!role) continue;
      for (const auto& [p, r] : members) {
        out.insert(Scope::profile(p).to_string());  // names of the people around them
        if (*role == v1::ROLE_COORDINATOR) out.insert(Scope::person(family, p).to_string());
        if (r == v1::ROLE_VOLUNTEER &&
            (*role == v1::ROLE_COORDINATOR || *role == v1::ROLE_PARENT || p == me)) {
          out.insert(Scope::volunteer(family, p).to_string());
        }
      }
      if (*role != v1::ROLE_VOLUNTEER) out.insert(Scope::family(family).to_string());
      out.insert(Scope::person(family, me).to_string());
      if (*role == v1::ROLE_COORDINATOR) out.insert(Scope::staff(family).to_string());
    }
    return out;
  }

 private:
  std::map<std::string, std::vector<std::pair<std::string, v1::Role>>> families_;
  std::set<std::string> staff_;
};

// ---- the rules
// -----------------------------------------------------------------------------------

//! What the rules cannot see in the record itself.
struct Facts {
  std::string invalid;        //!< rule 1: the validation code the record earns, if any
  bool id_elsewhere = false;  //!< rule 2: its id is stored in another scope
};

//! ACCESS.md "The rules, one by one", in order: the code of the first rule a put of `r` by `me`
//! breaks, or "" if it is applied. `existing` is the stored version of the record, if any.
inline std::string put_verdict(const World& w, const std::string& me, const Record& r,
                               const std::optional<Record>& existing, const Facts& facts = {}) {
  if (!facts.invalid.empty()) return facts.invalid;  // 1
  if (facts.id_elsewhere) return "wrong_scope";      // 2
  const Scope land = lands_in(r);
  if (land.audience == domain::Audience::profile) {  // 3
    if (land.person_id == me) return "";
    for (const std::string& family : w.families_of(land.person_id)) {
      if (w.role_of(me, family) == v1::ROLE_COORDINATOR) return "";
    }
    if (w.is_staff(me) && !w.in_any_family(land.person_id)) return "";
    return "forbidden";
  }
  if (r.has_family() && !w.family_exists(r.family().id())) {  // 4
    return w.is_staff(me) ? "" : "forbidden";
  }
  const auto role = w.role_of(me, land.family_id);
  if (!role) return "forbidden";  // 5
  if ((land.audience == domain::Audience::person || land.audience == domain::Audience::volunteer) &&
      !w.role_of(land.person_id, land.family_id)) {
    return "wrong_scope";  // 6
  }
  if (*role == v1::ROLE_COORDINATOR) {  // 7
    if (r.has_plan_version() && existing && existing->has_plan_version() &&
        existing->plan_version().state() == v1::PLAN_PUBLISHED) {
      Record a = *existing, b = r;
      a.mutable_plan_version()->clear_state();
      b.mutable_plan_version()->clear_state();
      if (domain::encode(a) != domain::encode(b)) return "append_only";
    }
    return "";
  }
  const Grant g = grant(r, *role);
  if (g == Grant::none) return "forbidden";           // 8
  if (author_of(r, *role) != me) return "forbidden";  // 9
  if (g == Grant::answer &&
      (!existing || existing->help_request().requested_by() != r.help_request().requested_by())) {
    return "forbidden";  // 10
  }
  if (existing) {
    if (author_of(*existing, *role) != me) return "forbidden";  // 11
    if (append_only(r.body_case()) && domain::encode(*existing) != domain::encode(r)) {
      return "append_only";  // 12
    }
  }
  if (r.has_concern() && land.audience == domain::Audience::staff) return "";  // 13
  if (!w.scopes_held(me).contains(land.to_string())) return "forbidden";       // 14
  return "";
}

//! ACCESS.md "Deleting", then (for an author) the rules for writing the stored record.
inline std::string remove_verdict(const World& w, const std::string& me, const Record& existing) {
  const Scope land = lands_in(existing);
  // The role in the record's family; a profile is in no family.
  const v1::Role role = land.audience == domain::Audience::profile
                            ? v1::ROLE_UNSPECIFIED
                            : w.role_of(me, land.family_id).value_or(v1::ROLE_UNSPECIFIED);
  if (!existing.has_person() && role == v1::ROLE_COORDINATOR) return "";
  if (append_only(existing.body_case())) return "append_only";
  // ACCESS.md's "Known gaps" still says a volunteer may delete a help request asked of them; the
  // code refuses it (AccessIndex::may_remove), and ServiceTest asserts the refusal: the page is
  // out of date, and the model follows the code.
  if (existing.has_help_request() && role == v1::ROLE_VOLUNTEER) return "forbidden";
  if (existing.has_person() || existing.has_family() || existing.has_membership()) {
    return "forbidden";
  }
  return put_verdict(w, me, existing, existing);
}

//! ACCESS.md "Reading and the audit log": an applied write is audited when a coordinator writes
//! into their families' scopes, a staff account writes a profile, or a family is created.
inline bool write_is_audited(const World& w, const std::string& me, const Scope& land,
                             bool new_family) {
  if (new_family) return true;
  if (land.audience == domain::Audience::profile) return w.is_staff(me);
  return w.role_of(me, land.family_id) == v1::ROLE_COORDINATOR;
}

}  // namespace kith::security
