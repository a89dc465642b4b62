#include "admin.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "credentials.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/formats/document.hpp"
#include "kith/formats/export.hpp"
#include "kith/net/certificates.hpp"
#include "kith/sqlite/files.hpp"
#include "kith/v1/records.pb.h"
#include "record_writer.hpp"
#include "server_store.hpp"

namespace kith::server::admin {
namespace {

using domain::Kind;
using domain::Record;

constexpr const char* kUsage = R"(usage: kith-admin --data DIR COMMAND [OPTIONS]
       kith-admin --store postgres --pg CONNINFO COMMAND [OPTIONS]

The store: --data DIR for the SQLCipher file (the default), or --store postgres --pg CONNINFO for
PostgreSQL shared by several servers (KITH_SERVER_KEY must be set; docs/OPERATIONS.md).

Commands:
  init [--app-role ROLE]                make a server store in DIR (and its key, mode 0600); on
                                        PostgreSQL, make Kith's schema or migrate an older one,
                                        and grant ROLE (the servers' login) only what they need
  dev-ca --out DIR                      make a local CA and a server certificate for
                                        127.0.0.1 and localhost (development only)
  create-coordinator --name NAME --username USER [--person ID]
                                        a staff account; the password from KITH_PASSWORD or asked
  create-family --name NAME --coordinator PERSON
  invite --family ID --role ROLE --name NAME [--person ID] [--days N] [--by PERSON]
                                        prints a single-use code (ROLE: parent, network,
                                        young-person, care-leaver, volunteer, coordinator)
  link-volunteer --family ID --person ID
  end-membership --family ID --person ID
  revoke-device --device ID
  export-person --person ID [--out FILE] everything held about a person, as JSON
  formats --person ID --out FOLDER [--family ID] [--format FORMAT]
                                        the family's current plan in the formats the person's
                                        communication needs ask for, in their language, as
                                        files (mode 0600) in FOLDER, which must exist. FORMAT:
                                        needs (the default), easy-read, large-print, audio or
                                        braille. --family when they are in more than one family
  erase-person --person ID              deletes it, revokes their devices, keeps the audit trail
  seed-demo FILE                        loads a demo family's records (assets/demo/family.json)
  audit [--after N]                     prints the audit log
  new-epoch                             after restoring the store from a backup, with every
                                        server stopped: devices reload and resend what they hold
  check                                 the store's integrity check
)";

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;

  const std::string* get(const std::string& name) const {
    const auto it = options.find(name);
    return it == options.end() ? nullptr : &it->second;
  }
};

std::int64_t now_seconds(const Environment& env) {
  if (env.now) return env.now();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<v1::Role> parse_role(const std::string& name) {
  static const std::map<std::string, v1::Role> kRoles = {
      {"parent", v1::ROLE_PARENT},           {"network", v1::ROLE_NETWORK},
      {"young-person", v1::ROLE_YOUNG_PERSON}, {"care-leaver", v1::ROLE_CARE_LEAVER},
      {"volunteer", v1::ROLE_VOLUNTEER},     {"coordinator", v1::ROLE_COORDINATOR}};
  const auto it = kRoles.find(name);
  if (it == kRoles.end()) {
    return unexpected(ErrorCode::invalid_argument,
                      "Unknown role '" + name +
                          "': use parent, network, young-person, care-leaver, volunteer or "
                          "coordinator.",
                      "--role");
  }
  return it->second;
}

Result<std::string> require(const Args& args, const std::string& name) {
  const std::string* value = args.get(name);
  if (value == nullptr || value->empty()) {
    return unexpected(ErrorCode::invalid_argument, "This command needs " + name + ".", name);
  }
  return *value;
}

Result<std::string> require_id(const Args& args, const std::string& name) {
  KITH_ASSIGN(std::string value, require(args, name));
  if (!is_uuid(value)) {
    return unexpected(ErrorCode::invalid_id, name + " must be an id (a lower-case UUID).", name);
  }
  return value;
}

Result<void> audit_admin(Transaction& tx, std::int64_t at, const std::string& command,
                         const std::string& family_id, const std::string& subject) {
  return tx.audit({at, subject, {}, "admin:" + command, family_id, {}, {}, {}, "ok", {}, 0});
}

// Every record held about a person: their profile, their memberships, what is in their own
// scopes, and what they wrote.
Result<std::vector<StoredRecord>> records_about(Transaction& tx, const std::string& person_id) {
  std::vector<StoredRecord> out;
  std::set<std::string> families;
  KITH_ASSIGN(auto memberships, tx.memberships_of(person_id));
  for (const Membership& m : memberships) families.insert(m.family_id);
  KITH_ASSIGN(auto profile, tx.record(Kind::kPerson, person_id));
  if (profile && profile->body) out.push_back(*profile);
  const std::string own_suffix_person = "/person:" + person_id;
  const std::string own_suffix_volunteer = "/volunteer:" + person_id;
  for (const std::string& family : families) {
    KITH_ASSIGN(auto rows, tx.records_of_family(family));
    for (StoredRecord& row : rows) {
      if (!row.body) continue;
      const bool own_scope = row.scope.ends_with(own_suffix_person) ||
                             row.scope.ends_with(own_suffix_volunteer);
      bool about = own_scope;
      if (!about) {
        KITH_ASSIGN(Record record, domain::decode(*row.body));
        about = (record.has_membership() && record.membership().person_id() == person_id);
        if (!about) {
          // What they wrote, by the field that names its author.
          switch (record.body_case()) {
            case Kind::kActionUpdate: about = record.action_update().by() == person_id; break;
            case Kind::kPlanAcknowledgement: about = record.plan_acknowledgement().by() == person_id; break;
            case Kind::kScaleScore: about = record.scale_score().scored_by() == person_id; break;
            case Kind::kHelpRequest: about = record.help_request().requested_by() == person_id; break;
            case Kind::kFeedback: about = record.feedback().from_person() == person_id; break;
            case Kind::kConcern: about = record.concern().raised_by() == person_id; break;
            default: break;
          }
        }
      }
      if (about) out.push_back(std::move(row));
    }
  }
  return out;
}

class Admin {
 public:
  Admin(const Args& args, const Environment& env, std::ostream& out)
      : args_(args), env_(env), out_(out) {}

  Result<void> run() {
    const std::string& c = args_.command;
    if (c == "init") return init();
    if (c == "dev-ca") return dev_ca();
    if (env_.store == "postgres") {
      KITH_ASSIGN(store_, open_postgres_store(env_.conninfo, PostgresStoreOptions{2}));
    } else {
      KITH_ASSIGN(store_, open_sqlite_store(env_.data_dir));
    }
    if (c == "create-coordinator") return create_coordinator();
    if (c == "create-family") return create_family();
    if (c == "invite") return invite();
    if (c == "link-volunteer") return link_volunteer();
    if (c == "end-membership") return end_membership();
    if (c == "revoke-device") return revoke_device();
    if (c == "export-person") return export_person();
    if (c == "formats") return plan_formats();
    if (c == "erase-person") return erase_person();
    if (c == "seed-demo") return seed_demo();
    if (c == "audit") return audit();
    if (c == "new-epoch") {
      KITH_ASSIGN(std::string epoch, store_->new_epoch());
      KITH_ASSIGN(auto tx, store_->begin());
      KITH_TRY(audit_admin(*tx, now_seconds(env_), "new-epoch", {}, {}));
      KITH_TRY(tx->commit());
      out_ << "New epoch " << epoch << ". Devices reload what they hold at their next sync and "
              "send again what they still have waiting. Start kith-server now.\n";
      return {};
    }
    if (c == "check") {
      KITH_TRY(store_->check());
      out_ << "The server store is whole.\n";
      return {};
    }
    return unexpected(ErrorCode::invalid_argument, "Unknown command '" + c + "'.");
  }

 private:
  Result<void> init() {
    if (env_.store == "postgres") {
      const std::string* role = args_.get("--app-role");
      KITH_ASSIGN(std::string done, init_postgres_store(env_.conninfo, role ? *role : ""));
      out_ << done << "\n";
      return {};
    }
    KITH_TRY(init_sqlite_store(env_.data_dir));
    out_ << "Made a server store in " << env_.data_dir
         << (env_.key_from_environment ? " (keyed from KITH_SERVER_KEY).\n"
                                       : " (its key is in server.key, mode 0600: back it up "
                                         "apart from the data).\n");
    return {};
  }

  Result<void> dev_ca() {
    KITH_ASSIGN(std::string dir, require(args_, "--out"));
    KITH_TRY(net::write_development_ca(dir));
    out_ << "Made a development CA and a certificate for 127.0.0.1 and localhost in " << dir
         << ":\n  ca.pem (give this to devices), server.pem and server.key (for kith-server).\n"
         << "Do not use it in production.\n";
    return {};
  }

  Result<void> create_coordinator() {
    KITH_ASSIGN(std::string name, require(args_, "--name"));
    KITH_ASSIGN(std::string username, require(args_, "--username"));
    std::string password = env_.password;
    if (password.empty() && env_.ask) {
      if (auto typed = env_.ask("Password for the new coordinator: ")) password = *typed;
    }
    if (password.size() < 12) {
      return unexpected(ErrorCode::weak_pin,
                        "A staff password needs at least 12 characters (set KITH_PASSWORD).",
                        "password");
    }
    KITH_ASSIGN(std::string hash, hash_password(password));
    secure_wipe(password.data(), password.size());
    const std::int64_t at = now_seconds(env_);
    std::string person_id = new_uuid();
    if (args_.get("--person") != nullptr) {
      KITH_ASSIGN(person_id, require_id(args_, "--person"));  // an account for someone on record
    }
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_TRY(tx->put_account({person_id, username, hash, true, at}));
    KITH_ASSIGN(auto existing, tx->record(Kind::kPerson, person_id));
    if (!existing || !existing->body) {
      Record person;
      person.mutable_person()->set_id(person_id);
      person.mutable_person()->set_display_name(name);
      person.mutable_person()->mutable_created_at()->set_seconds(at);
      KITH_TRY(write_record(*tx, person, at));
    }
    KITH_TRY(audit_admin(*tx, at, "create-coordinator", {}, person_id));
    KITH_TRY(tx->commit());
    out_ << person_id << "\n";
    return {};
  }

  Result<void> create_family() {
    KITH_ASSIGN(std::string name, require(args_, "--name"));
    KITH_ASSIGN(std::string coordinator, require_id(args_, "--coordinator"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto account, tx->account(coordinator));
    if (!account || !account->staff) {
      return unexpected(ErrorCode::not_found, "There is no coordinator with that id.", "--coordinator");
    }
    const std::string family_id = new_uuid();
    Record family;
    family.mutable_family()->set_id(family_id);
    family.mutable_family()->set_name(name);
    family.mutable_family()->mutable_created_at()->set_seconds(at);
    KITH_TRY(write_record(*tx, family, at));
    KITH_TRY(join_family(*tx, coordinator, {}, family_id, v1::ROLE_COORDINATOR, at));
    KITH_TRY(audit_admin(*tx, at, "create-family", family_id, coordinator));
    KITH_TRY(tx->commit());
    out_ << family_id << "\n";
    return {};
  }

  Result<void> invite() {
    KITH_ASSIGN(std::string family_id, require_id(args_, "--family"));
    KITH_ASSIGN(std::string role_name, require(args_, "--role"));
    KITH_ASSIGN(v1::Role role, parse_role(role_name));
    KITH_ASSIGN(std::string name, require(args_, "--name"));
    int days = static_cast<int>(kInviteDefaultSeconds / (24 * 60 * 60));
    if (const std::string* d = args_.get("--days")) {
      days = std::atoi(d->c_str());
      if (days < 1 || days > 30) {
        return unexpected(ErrorCode::out_of_range, "--days must be 1 to 30.", "--days");
      }
    }
    std::string person_id;  // empty: a new person
    if (args_.get("--person") != nullptr) {
      KITH_ASSIGN(person_id, require_id(args_, "--person"));
    }
    const std::int64_t at = now_seconds(env_);
    InviteSpec spec;
    spec.family_id = family_id;
    spec.person_id = person_id;
    spec.role = role;
    spec.display_name = name;
    spec.created_by = args_.get("--by") != nullptr ? *args_.get("--by") : std::string("kith-admin");
    spec.valid_seconds = static_cast<std::int64_t>(days) * 24 * 60 * 60;
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(IssuedInvite issued, issue_invite(*tx, spec, at));
    KITH_TRY(audit_admin(*tx, at, "invite", family_id, issued.person_id));
    KITH_TRY(tx->commit());
    const std::string& code = issued.code;
    out_ << code << "\n";
    return {};
  }

  Result<void> link_volunteer() {
    KITH_ASSIGN(std::string family_id, require_id(args_, "--family"));
    KITH_ASSIGN(std::string person_id, require_id(args_, "--person"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto family, tx->record(Kind::kFamily, family_id));
    if (!family || !family->body) {
      return unexpected(ErrorCode::not_found, "There is no family with that id.", "--family");
    }
    KITH_ASSIGN(auto memberships, tx->memberships_of(person_id));
    bool volunteer = false;
    for (const Membership& m : memberships) {
      if (m.role == v1::ROLE_VOLUNTEER) volunteer = true;
      if (m.family_id == family_id && m.active) {
        return unexpected(ErrorCode::conflict, "That person is already part of this family.");
      }
    }
    if (!volunteer) {
      return unexpected(ErrorCode::not_found,
                        "That person is not a volunteer yet: invite them with --role volunteer.",
                        "--person");
    }
    KITH_TRY(join_family(*tx, person_id, {}, family_id, v1::ROLE_VOLUNTEER, at));
    KITH_TRY(audit_admin(*tx, at, "link-volunteer", family_id, person_id));
    KITH_TRY(tx->commit());
    out_ << "Linked.\n";
    return {};
  }

  Result<void> end_membership() {
    KITH_ASSIGN(std::string family_id, require_id(args_, "--family"));
    KITH_ASSIGN(std::string person_id, require_id(args_, "--person"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto rows, tx->records_of_family(family_id));
    int ended = 0;
    for (const StoredRecord& row : rows) {
      if (!row.body) continue;
      if (row.kind != Kind::kMembership && row.kind != Kind::kSupportLink) continue;
      KITH_ASSIGN(Record record, domain::decode(*row.body));
      if (record.has_membership() && record.membership().person_id() == person_id &&
          record.membership().ended_on().empty()) {
        record.mutable_membership()->set_ended_on(
            std::max(iso_day(at), record.membership().started_on()));
      } else if (record.has_support_link() && record.support_link().volunteer_id() == person_id &&
                 record.support_link().ended_on().empty()) {
        record.mutable_support_link()->set_ended_on(
            std::max(iso_day(at), record.support_link().started_on()));
      } else {
        continue;
      }
      KITH_TRY(write_record(*tx, record, at));
      if (record.has_membership()) ++ended;
    }
    if (ended == 0) {
      return unexpected(ErrorCode::not_found, "That person has no current part in this family.");
    }
    KITH_TRY(audit_admin(*tx, at, "end-membership", family_id, person_id));
    KITH_TRY(tx->commit());
    out_ << "Ended. Their devices drop this family's data at their next sync.\n";
    return {};
  }

  Result<void> revoke_device() {
    KITH_ASSIGN(std::string device_id, require_id(args_, "--device"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto device, tx->device(device_id));
    if (!device) return unexpected(ErrorCode::not_found, "There is no device with that id.", "--device");
    KITH_TRY(tx->revoke_device(device_id, at));
    KITH_TRY(tx->audit({at, device->person_id, device_id, "admin:revoke-device", {}, {}, {}, {},
                        "ok", {}, 0}));
    KITH_TRY(tx->commit());
    out_ << "Revoked. The device is refused from its next request.\n";
    return {};
  }

  Result<void> export_person() {
    KITH_ASSIGN(std::string person_id, require_id(args_, "--person"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto rows, records_about(*tx, person_id));
    KITH_ASSIGN(auto account, tx->account(person_id));
    KITH_ASSIGN(auto devices, tx->devices_of(person_id));
    if (rows.empty() && !account) {
      return unexpected(ErrorCode::not_found, "Kith holds nothing about that person id.", "--person");
    }
    v1::RecordSet set;
    for (const StoredRecord& row : rows) {
      KITH_ASSIGN(Record record, domain::decode(*row.body));
      *set.add_records() = std::move(record);
    }
    std::ostringstream json;
    json << "{\n  \"person_id\": \"" << person_id << "\",\n  \"exported_at\": " << at
         << ",\n  \"account\": ";
    if (account) {
      json << "{\"username\": \"" << account->username << "\", \"staff\": "
           << (account->staff ? "true" : "false") << ", \"created_at\": " << account->created_at << "}";
    } else {
      json << "null";
    }
    json << ",\n  \"devices\": [";
    for (std::size_t i = 0; i < devices.size(); ++i) {
      json << (i ? ", " : "") << "{\"id\": \"" << devices[i].id << "\", \"created_at\": "
           << devices[i].created_at << ", \"revoked_at\": " << devices[i].revoked_at << "}";
    }
    json << "],\n  \"records\": " << domain::to_json(set, true) << "\n}\n";
    KITH_TRY(audit_admin(*tx, at, "export-person", {}, person_id));
    KITH_TRY(tx->commit());
    if (const std::string* file = args_.get("--out")) {
      // A person's data: readable by the operator only, whatever the umask.
      const std::string text = json.str();
      KITH_TRY(files::write_atomically(
          *file, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size())));
      out_ << "Wrote " << set.records_size() << " records to " << *file << ".\n";
    } else {
      out_ << json.str();
    }
    return {};
  }

  // The plan in the person's formats. Only records in the family's own scope (what every
  // member's device holds) and the members' profiles are read: never staff-only records.
  Result<void> plan_formats() {
    KITH_ASSIGN(std::string person_id, require_id(args_, "--person"));
    KITH_ASSIGN(std::string folder, require(args_, "--out"));
    std::optional<kith::formats::Format> only;
    if (const std::string* name = args_.get("--format"); name != nullptr && *name != "needs") {
      auto format = kith::formats::format_from_name(*name);
      if (!format) {
        return unexpected(ErrorCode::invalid_argument,
                          "Unknown format '" + *name +
                              "': use needs, easy-read, large-print, audio or braille.",
                          "--format");
      }
      only = *format;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      return unexpected(ErrorCode::not_found,
                        "The folder " + folder + " does not exist: make it first.", "--out");
    }
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto profile, tx->record(Kind::kPerson, person_id));
    if (!profile || !profile->body) {
      return unexpected(ErrorCode::not_found, "There is no person with that id.", "--person");
    }
    KITH_ASSIGN(Record person, domain::decode(*profile->body));
    const v1::CommunicationNeeds& needs = person.person().needs();

    KITH_ASSIGN(auto memberships, tx->memberships_of(person_id));
    std::set<std::string> families;
    for (const Membership& m : memberships) {
      if (m.active) families.insert(m.family_id);
    }
    std::string family_id;
    if (args_.get("--family") != nullptr) {
      KITH_ASSIGN(family_id, require_id(args_, "--family"));
      if (families.count(family_id) == 0) {
        return unexpected(ErrorCode::not_found, "That person is not part of that family now.",
                          "--family");
      }
    } else if (families.empty()) {
      return unexpected(ErrorCode::not_found, "That person is not part of any family now.",
                        "--person");
    } else if (families.size() > 1) {
      return unexpected(ErrorCode::invalid_argument,
                        "That person is part of " + std::to_string(families.size()) +
                            " families: say which with --family.",
                        "--family");
    } else {
      family_id = *families.begin();
    }

    std::vector<Record> records;
    std::set<std::string> members;
    KITH_ASSIGN(auto rows, tx->records_of_family(family_id));
    const std::string family_scope = "family:" + family_id;
    for (const StoredRecord& row : rows) {
      if (!row.body || row.scope != family_scope) continue;
      KITH_ASSIGN(Record record, domain::decode(*row.body));
      if (record.has_membership()) members.insert(record.membership().person_id());
      records.push_back(std::move(record));
    }
    for (const std::string& member : members) {  // their names, for who does what
      KITH_ASSIGN(auto row, tx->record(Kind::kPerson, member));
      if (!row || !row->body) continue;
      KITH_ASSIGN(Record record, domain::decode(*row->body));
      records.push_back(std::move(record));
    }

    const std::vector<kith::formats::Format> wanted =
        only ? std::vector<kith::formats::Format>{*only} : kith::formats::formats_for(needs);
    if (wanted.empty()) {
      return unexpected(ErrorCode::not_found,
                        "That person's communication needs ask for no format: choose one with "
                        "--format.",
                        "--format");
    }
    const std::string language = needs.language().empty() ? std::string("en") : needs.language();
    KITH_ASSIGN(kith::formats::Document document,
                kith::formats::plan_document(records, family_id, {language, needs.easy_read()}));
    KITH_ASSIGN(kith::formats::Document easy_read,
                kith::formats::plan_document(records, family_id, {language, true}));
    std::vector<std::string> written;
    for (kith::formats::Format format : wanted) {
      // The easy-read text is easy read whatever else the person asked for.
      const kith::formats::Document& doc =
          format == kith::formats::Format::easy_read_text ? easy_read : document;
      KITH_ASSIGN(std::string path,
                  kith::formats::write_format(format, doc, needs, folder, "plan-" + person_id));
      written.push_back(std::string(kith::formats::format_name(format)) + ": " + path);
    }
    KITH_TRY(audit_admin(*tx, at, "formats", family_id, person_id));
    KITH_TRY(tx->commit());
    out_ << "Wrote the plan in " << document.language << ":\n";
    for (const std::string& line : written) out_ << "  " << line << "\n";
    return {};
  }

  Result<void> erase_person() {
    KITH_ASSIGN(std::string person_id, require_id(args_, "--person"));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    KITH_ASSIGN(auto rows, records_about(*tx, person_id));
    KITH_ASSIGN(auto devices, tx->devices_of(person_id));
    KITH_ASSIGN(auto account, tx->account(person_id));
    if (rows.empty() && !account && devices.empty()) {
      return unexpected(ErrorCode::not_found, "Kith holds nothing about that person id.", "--person");
    }
    for (const StoredRecord& row : rows) {
      KITH_TRY(tx->write(row.scope, row.family_id, row.kind, row.id, std::nullopt, at));
    }
    for (const Device& d : devices) KITH_TRY(tx->revoke_device(d.id, at));
    KITH_TRY(tx->remove_account(person_id));
    KITH_TRY(tx->audit({at, person_id, {}, "admin:erase-person", {}, {}, {}, {}, "ok", {},
                        static_cast<std::int64_t>(rows.size())}));
    KITH_TRY(tx->commit());
    out_ << "Erased " << rows.size() << " records and revoked " << devices.size()
         << " devices. Devices drop the records at their next sync; tombstones go after the "
            "retention period.\n";
    return {};
  }

  Result<void> seed_demo() {
    if (args_.positional.empty()) {
      return unexpected(ErrorCode::invalid_argument, "seed-demo needs the demo file.");
    }
    std::ifstream f(args_.positional.front(), std::ios::binary);
    if (!f) return unexpected(ErrorCode::io_error, "Could not read " + args_.positional.front() + ".");
    std::stringstream text;
    text << f.rdbuf();
    KITH_ASSIGN(auto records, domain::records_from_json(text.str()));
    const std::int64_t at = now_seconds(env_);
    KITH_ASSIGN(auto tx, store_->begin());
    for (const Record& r : records) KITH_TRY(write_record(*tx, r, at));
    KITH_TRY(audit_admin(*tx, at, "seed-demo", {}, {}));
    KITH_TRY(tx->commit());
    out_ << "Loaded " << records.size() << " records.\n";
    return {};
  }

  Result<void> audit() {
    std::int64_t after = 0;
    if (const std::string* a = args_.get("--after")) after = std::atoll(a->c_str());
    KITH_ASSIGN(auto entries, store_->audit_log(after, 100'000));
    for (const AuditEntry& e : entries) {
      out_ << e.at << ' ' << e.action << ' ' << e.outcome;
      if (!e.code.empty()) out_ << " code=" << e.code;
      if (!e.person_id.empty()) out_ << " person=" << e.person_id;
      if (!e.device_id.empty()) out_ << " device=" << e.device_id;
      if (!e.scope.empty()) out_ << " scope=" << e.scope;
      if (!e.kind.empty()) out_ << " kind=" << e.kind;
      if (!e.record_id.empty()) out_ << " record=" << e.record_id;
      if (e.count > 0) out_ << " count=" << e.count;
      out_ << '\n';
    }
    return {};
  }

  const Args& args_;
  const Environment& env_;
  std::ostream& out_;
  std::unique_ptr<ServerStore> store_;
};

}  // namespace

int run(const std::vector<std::string>& argv, const Environment& env_in, std::ostream& out,
        std::ostream& err) {
  Environment env = env_in;
  Args args;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      out << kUsage;
      return 0;
    }
    if (a.starts_with("--")) {
      if (i + 1 >= argv.size()) {
        err << "kith-admin: " << a << " needs a value.\n" << kUsage;
        return 2;
      }
      if (a == "--data") env.data_dir = argv[++i];
      else if (a == "--store") env.store = argv[++i];
      else if (a == "--pg") env.conninfo = argv[++i];
      else args.options[a] = argv[++i];
    } else if (args.command.empty()) {
      args.command = a;
    } else {
      args.positional.push_back(a);
    }
  }
  if (args.command.empty()) {
    err << kUsage;
    return 2;
  }
  if (env.store != "sqlite" && env.store != "postgres") {
    err << "kith-admin: --store is sqlite (the default) or postgres.\n";
    return 2;
  }
  const bool postgres = env.store == "postgres";
  if (args.command != "dev-ca" &&
      (postgres ? env.conninfo.empty() || !env.data_dir.empty() : env.data_dir.empty())) {
    err << (postgres ? "kith-admin: say which database with --pg CONNINFO (and no --data).\n"
                     : "kith-admin: say where the server's data is with --data DIR.\n");
    return 2;
  }
  Admin admin(args, env, out);
  if (auto ok = admin.run(); !ok) {
    err << "kith-admin: " << ok.error().describe() << "\n";
    return ok.error().code == ErrorCode::invalid_argument ? 2 : 1;
  }
  return 0;
}

}  // namespace kith::server::admin
