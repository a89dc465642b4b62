#pragma once
//! Who may hold and write what, decided from memberships and roles (docs/ACCESS.md has the table).
//! An AccessIndex is an immutable snapshot of the store's AccessState: the Service keeps the
//! current one behind a shared_ptr and swaps in a new one whenever memberships, devices or
//! accounts change, so a revoked device or an ended membership counts from the next request.
//! Any thread.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/result.hpp"
#include "server_store.hpp"

namespace kith::server {

class AccessIndex {
 public:
  explicit AccessIndex(const AccessState& state);

  const Device* device(std::string_view id) const;
  const Account* account(std::string_view person_id) const;
  bool is_staff(std::string_view person_id) const;
  bool family_exists(std::string_view family_id) const;
  //! True if the person has or had a volunteer membership in any family (and was not erased).
  bool is_volunteer(std::string_view person_id) const;
  //! The person ids of every volunteer, as is_volunteer() counts them, sorted.
  std::vector<std::string> volunteers() const;
  //! The person's active role in a family, if any.
  std::optional<v1::Role> role_in(std::string_view person_id, std::string_view family_id) const;

  //! Every scope the person may hold on a device, sorted.
  std::vector<std::string> scopes_for(const std::string& person_id) const;
  //! True if the person's role in the scope's family lets them read it (coordinators).
  bool is_staff_reader(std::string_view person_id, const domain::Scope& scope) const;

  //! May `person_id` write `record` (whose scope is `scope`), given what is stored now
  //! (`existing`: the record's current body, or empty if new or deleted)? forbidden, append_only
  //! or wrong_scope with a sentence for the person if not.
  Result<void> may_write(const std::string& person_id, const domain::Record& record,
                         const domain::Scope& scope,
                         const std::optional<domain::Record>& existing) const;
  //! May `person_id` delete `existing` (stored in `scope`)?
  Result<void> may_remove(const std::string& person_id, const domain::Record& existing,
                          const domain::Scope& scope) const;

 private:
  std::map<std::string, Device, std::less<>> devices_;
  std::map<std::string, Account, std::less<>> accounts_;
  std::multimap<std::string, Membership, std::less<>> by_person_;
  std::multimap<std::string, Membership, std::less<>> by_family_;
  std::set<std::string, std::less<>> families_;
  std::set<std::string, std::less<>> volunteers_;
};

//! The person a record says wrote it (by, scored_by, raised_by, ...), or empty for kinds that
//! only staff write.
std::string record_author(const domain::Record& record);

}  // namespace kith::server
