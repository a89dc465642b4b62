#pragma once
//! kith::app::Snapshot: an immutable copy of every live record a device holds, grouped by kind,
//! made on the store worker after each change and handed to the interface thread. Views read it
//! without locks; a new change makes a new snapshot rather than editing this one.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"

namespace kith::app {

struct Snapshot {
  std::string person_id;  //!< who this device is enrolled as
  std::map<domain::Kind, std::vector<domain::Record>> by_kind;  //!< in the order first stored

  //! The live records of one kind (empty if none).
  const std::vector<domain::Record>& records(domain::Kind kind) const;
  //! The display name of a person whose profile the device holds; empty if it holds none.
  std::string person_name(const std::string& person_id) const;
  const v1::Person* person(const std::string& person_id) const;
  std::string family_name(const std::string& family_id) const;
  //! The person's current (not ended) role in a family; the wider one if they have two.
  std::optional<v1::Role> role_in(const std::string& person_id, const std::string& family_id) const;
  //! The families this device's person belongs to now, in the order they were stored: by
  //! membership, or for a volunteer by support link.
  std::vector<std::string> my_families() const;
  //! The current published plan version of a family, or nullptr.
  const v1::PlanVersion* current_plan(const std::string& family_id) const;
  std::size_t size() const;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

//! Builds a snapshot from records in the order the store lists them.
SnapshotPtr make_snapshot(std::string person_id, std::vector<domain::Record> records);

}  // namespace kith::app
