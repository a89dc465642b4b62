#include "kith/domain/scope.hpp"

#include "kith/bytes.hpp"

namespace kith::domain {

Scope Scope::family(std::string family_id) { return {Audience::family, std::move(family_id), {}}; }
Scope Scope::staff(std::string family_id) { return {Audience::staff, std::move(family_id), {}}; }
Scope Scope::volunteer(std::string family_id, std::string person_id) {
  return {Audience::volunteer, std::move(family_id), std::move(person_id)};
}
Scope Scope::person(std::string family_id, std::string person_id) {
  return {Audience::person, std::move(family_id), std::move(person_id)};
}
Scope Scope::profile(std::string person_id) { return {Audience::profile, {}, std::move(person_id)}; }

std::string Scope::to_string() const {
  switch (audience) {
    case Audience::family: return "family:" + family_id;
    case Audience::staff: return "family:" + family_id + "/staff";
    case Audience::volunteer: return "family:" + family_id + "/volunteer:" + person_id;
    case Audience::person: return "family:" + family_id + "/person:" + person_id;
    case Audience::profile: return "person:" + person_id;
  }
  return {};
}

Result<Scope> Scope::parse(std::string_view text) {
  const auto bad = [] {
    return unexpected(ErrorCode::invalid_argument,
                      "A scope is written family:ID, family:ID/staff, family:ID/volunteer:ID, "
                      "family:ID/person:ID or person:ID.");
  };
  const auto take_id = [](std::string_view s) -> std::string {
    return is_uuid(s) ? std::string(s) : std::string();
  };
  constexpr std::string_view kPerson = "person:", kFamily = "family:";
  if (text.starts_with(kPerson)) {
    std::string id = take_id(text.substr(kPerson.size()));
    if (id.empty()) return bad();
    return profile(std::move(id));
  }
  if (!text.starts_with(kFamily)) return bad();
  text.remove_prefix(kFamily.size());
  const auto slash = text.find('/');
  std::string family_id = take_id(text.substr(0, slash));
  if (family_id.empty()) return bad();
  if (slash == std::string_view::npos) return family(std::move(family_id));
  const std::string_view rest = text.substr(slash + 1);
  if (rest == "staff") return staff(std::move(family_id));
  for (auto [prefix, audience] : {std::pair{std::string_view("volunteer:"), Audience::volunteer},
                                  std::pair{std::string_view("person:"), Audience::person}}) {
    if (rest.starts_with(prefix)) {
      std::string person_id = take_id(rest.substr(prefix.size()));
      if (person_id.empty()) return bad();
      return Scope{audience, std::move(family_id), std::move(person_id)};
    }
  }
  return bad();
}

std::uint64_t scopes_digest(std::span<const std::string> sorted_scopes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&](unsigned char byte) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  };
  for (const std::string& scope : sorted_scopes) {
    for (const char c : scope) mix(static_cast<unsigned char>(c));
    mix('\n');
  }
  return hash;
}

}  // namespace kith::domain
