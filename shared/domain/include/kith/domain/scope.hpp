#pragma once
//! kith::domain::Scope: who may hold a record. Every record belongs to exactly one scope: a family
//! and an audience within it, or a person's own profile. Sync moves and purges whole scopes.
//!
//! Written forms (stable; used as keys in the store and on the wire):
//!   family:F               everyone in family F (plan, shared goals and scores, actions)
//!   family:F/staff         coordinators only (concerns, staff feedback, episodes)
//!   family:F/volunteer:P   volunteer P's support of family F, and staff
//!   family:F/person:P      person P's own records in family F (a child's Three Houses), and staff
//!   person:P               person P's profile and communication needs

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "kith/result.hpp"

namespace kith::domain {

enum class Audience { family, staff, volunteer, person, profile };

struct Scope {
  Audience audience = Audience::family;
  std::string family_id;  //!< empty for Audience::profile
  std::string person_id;  //!< for volunteer, person and profile

  static Scope family(std::string family_id);
  static Scope staff(std::string family_id);
  static Scope volunteer(std::string family_id, std::string person_id);
  static Scope person(std::string family_id, std::string person_id);
  static Scope profile(std::string person_id);

  //! Parses a written form; invalid_argument for anything else, including ids that are not UUIDs.
  static Result<Scope> parse(std::string_view text);
  std::string to_string() const;

  auto operator<=>(const Scope&) const = default;
};

//! A digest of a list of scopes in their written forms, sorted (as PullResponse.scopes is): the
//! compact pull's way to say "the scopes you told me, in that order" without naming them.
//! FNV-1a over each name and a newline. Not a secret and not a proof: a device gains nothing by
//! forging one, since the server only ever maps the seqs onto the scopes it computed itself.
std::uint64_t scopes_digest(std::span<const std::string> sorted_scopes);

}  // namespace kith::domain
