#pragma once
// A device store seeded as a person of a family, holding exactly the scopes the server would give
// them (the server's own AccessIndex decides): for tests, screenshots and benchmarks. No gtest.

#include <QString>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"

namespace kith::testing {

//! The records of a RecordSet JSON file (assets/demo/family.json); empty with `error` set if not.
std::vector<domain::Record> read_records(const std::string& path, std::string* error);

//! Store options with cheap PIN stretching (tests, screenshots).
store::StoreOptions fast_store_options();

//! Makes DIR/store enrolled as `person_id` (PIN `pin`), holding what a pull of every scope the
//! person may hold would bring from `records`. Returns an error sentence, or empty on success.
//! With `needs_applied` (the default) the person's recorded communication needs count as already
//! applied on this device, as on a phone whose person has since chosen their own settings: pages
//! open at 100% in English. Without it, the first unlock applies them, as after enrolment.
std::string seed_device_store(const QString& dataDir, const std::string& person_id,
                              const std::vector<domain::Record>& records, const std::string& pin,
                              const std::string& server, const store::StoreOptions& options,
                              bool needs_applied = true);

}  // namespace kith::testing
