#include "snapshot.hpp"

#include <algorithm>

namespace kith::app {

const std::vector<domain::Record>& Snapshot::records(domain::Kind kind) const {
  static const std::vector<domain::Record> none;
  const auto it = by_kind.find(kind);
  return it == by_kind.end() ? none : it->second;
}

const v1::Person* Snapshot::person(const std::string& id) const {
  for (const auto& r : records(domain::Record::kPerson)) {
    if (r.person().id() == id) return &r.person();
  }
  return nullptr;
}

std::string Snapshot::person_name(const std::string& id) const {
  const v1::Person* p = person(id);
  return p ? p->display_name() : std::string();
}

std::string Snapshot::family_name(const std::string& family_id) const {
  for (const auto& r : records(domain::Record::kFamily)) {
    if (r.family().id() == family_id) return r.family().name();
  }
  return {};
}

std::optional<v1::Role> Snapshot::role_in(const std::string& id,
                                          const std::string& family_id) const {
  std::optional<v1::Role> best;
  for (const auto& r : records(domain::Record::kMembership)) {
    const auto& m = r.membership();
    if (m.person_id() != id || m.family_id() != family_id || !m.ended_on().empty()) continue;
    // The same rule as the server: a coordinator role wins over any other.
    if (!best || m.role() == v1::ROLE_COORDINATOR) best = m.role();
  }
  return best;
}

std::vector<std::string> Snapshot::my_families() const {
  std::vector<std::string> out;
  auto add = [&](const std::string& family) {
    if (std::find(out.begin(), out.end(), family) == out.end()) out.push_back(family);
  };
  for (const auto& r : records(domain::Record::kMembership)) {
    const auto& m = r.membership();
    if (m.person_id() == person_id && m.ended_on().empty()) add(m.family_id());
  }
  // A volunteer holds only their own support scope of each family, not its memberships: their
  // support links say which families they are part of.
  for (const auto& r : records(domain::Record::kSupportLink)) {
    const auto& link = r.support_link();
    if (link.volunteer_id() == person_id && link.ended_on().empty()) add(link.family_id());
  }
  return out;
}

const v1::PlanVersion* Snapshot::current_plan(const std::string& family_id) const {
  const v1::PlanVersion* best = nullptr;
  for (const auto& r : records(domain::Record::kPlanVersion)) {
    const auto& v = r.plan_version();
    if (v.family_id() != family_id || v.state() != v1::PLAN_PUBLISHED) continue;
    if (!best || v.number() > best->number()) best = &v;
  }
  return best;
}

std::size_t Snapshot::size() const {
  std::size_t n = 0;
  for (const auto& [kind, list] : by_kind) n += list.size();
  return n;
}

SnapshotPtr make_snapshot(std::string person_id, std::vector<domain::Record> records) {
  auto snapshot = std::make_shared<Snapshot>();
  snapshot->person_id = std::move(person_id);
  for (auto& r : records) snapshot->by_kind[r.body_case()].push_back(std::move(r));
  return snapshot;
}

}  // namespace kith::app
