#include "device_seed.hpp"

#include <QDir>
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "access.hpp"
#include "kith/net/certificates.hpp"
#include "preferences.hpp"
#include "kith/sync/sync_engine.hpp"

namespace kith::testing {

std::vector<domain::Record> read_records(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return {};
  }
  std::stringstream text;
  text << in.rdbuf();
  auto records = domain::records_from_json(text.str());
  if (!records) {
    *error = records.error().describe();
    return {};
  }
  return *records;
}

store::StoreOptions fast_store_options() {
  store::StoreOptions options;
  options.kdf = crypto::ScryptParams::fast();
  return options;
}

std::string seed_device_store(const QString& dataDir, const std::string& person_id,
                              const std::vector<domain::Record>& records, const std::string& pin,
                              const std::string& server, const store::StoreOptions& options,
                              bool needs_applied) {
  // Which scopes would the server give this person? Ask the server's own access rules.
  server::AccessState state;
  std::string role_name = "ROLE_UNSPECIFIED";
  for (const auto& r : records) {
    if (r.has_family()) state.families.push_back(r.family().id());
    if (!r.has_membership()) continue;
    const auto& m = r.membership();
    state.memberships.push_back({m.id(), m.person_id(), m.family_id(), m.role(), m.ended_on().empty()});
    if (m.person_id() == person_id) role_name = v1::Role_Name(m.role());
    if (m.role() == v1::ROLE_COORDINATOR) state.accounts.push_back({m.person_id(), "staff", {}, true, 0});
  }
  const server::AccessIndex access(state);
  const auto held = access.scopes_for(person_id);

  std::map<std::string, store::ScopePage> pages;
  for (const auto& r : records) {
    const auto scope = domain::scope_for(r);
    if (!scope) return scope.error().describe();
    const std::string name = scope->to_string();
    if (!std::binary_search(held.begin(), held.end(), name)) continue;
    auto& page = pages[name];
    page.scope = name;
    page.epoch = "seeded-epoch";
    store::Change change;
    change.seq = ++page.last_seq;
    change.record = r;
    change.kind = r.body_case();
    change.record_id = domain::record_id(r);
    page.changes.push_back(std::move(change));
  }
  const std::filesystem::path store_dir = QDir(dataDir).filePath("store").toStdString();
  auto store = store::Store::create(store_dir, Pin(pin), options);
  if (!store) return "cannot make the store: " + store.error().describe();
  for (const auto& [name, page] : pages) {
    if (auto applied = store->apply(page); !applied) return applied.error().describe();
  }
  const auto ca = net::make_certificate_authority("Kith seeded device CA", 1);
  if (!ca) return ca.error().describe();
  for (const auto& [key, value] :
       std::vector<std::pair<const char*, std::string>>{{sync::settings::kServer, server},
                                                        {sync::settings::kPersonId, person_id},
                                                        {sync::settings::kRole, role_name},
                                                        {sync::settings::kDeviceSecret, std::string(64, 'a')},
                                                        {sync::settings::kCa, ca->certificate}}) {
    if (auto set = store->set_setting(key, value); !set) return set.error().describe();
  }
  if (needs_applied) {
    for (const auto& r : records) {
      if (r.has_person() && r.person().id() == person_id) {
        const std::string fingerprint = app::needsFingerprint(r.person().needs()).toStdString();
        if (auto set = store->set_setting("app.needs_applied", fingerprint); !set) {
          return set.error().describe();
        }
      }
    }
  }
  return {};
}

}  // namespace kith::testing
