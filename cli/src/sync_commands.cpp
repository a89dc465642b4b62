// kith-cli's sync commands: enrol, sync, status, add, done, put, watch.

#include <chrono>
#include <ctime>
#include <map>
#include <ostream>
#include <sstream>

#include "command.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/sync/sync_engine.hpp"

namespace kith::cli {
namespace {

using domain::Kind;
using domain::Record;

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string rfc3339(std::int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string today() { return rfc3339(now_seconds()).substr(0, 10); }

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string setting_or_empty(store::Store& store, const char* key) {
  auto value = store.setting(key);
  return value && *value ? **value : std::string();
}

void print_report(const sync::SyncReport& r, std::ostream& out) {
  out << "Sent " << r.pushed << " change" << (r.pushed == 1 ? "" : "s") << ", received "
      << r.pulled << ".";
  if (r.rejected > 0) out << " " << r.rejected << " refused by the server (see `status`).";
  if (r.clashes > 0) out << " " << r.clashes << " clashed with a change made elsewhere.";
  if (r.purged > 0) out << " Removed " << r.purged << " group(s) this device may no longer hold.";
  if (r.reloaded > 0) out << " Reloaded " << r.reloaded << " group(s) from the server.";
  out << "\n";
}

int cmd_enrol(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  sync::ServerTrust trust;
  trust.url = a.option("--server");
  trust.pinned_key_sha256 = a.option("--pin-key");
  const std::string ca_file = a.option("--ca");
  sync::Credential credential;
  credential.invite_code = a.option("--code");
  credential.username = a.option("--username");
  credential.password = env.password;
  if (trust.url.empty() || ca_file.empty() ||
      (credential.invite_code.empty() == credential.username.empty())) {
    err << "kith-cli: enrol needs --server URL, --ca FILE and either --code CODE or --username "
           "USER.\n";
    return 2;
  }
  if (!credential.username.empty() && credential.password.empty() && env.ask) {
    if (auto typed = env.ask("Password: ")) credential.password = *typed;
  }
  auto ca = read_text_file(ca_file);
  if (!ca) return fail(err, ca.error());
  trust.ca_pem = *ca;
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto enrolled = sync::SyncEngine::enrol(*store, trust, credential);
  if (!enrolled) return fail(err, enrolled.error());
  out << "Joined as " << enrolled->display_name << " (" << enrolled->role << ").\n"
      << "person " << enrolled->person_id << "\n";
  if (!enrolled->family_id.empty()) out << "family " << enrolled->family_id << "\n";
  return 0;
}

int cmd_sync(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto engine = sync::SyncEngine::open(*store);
  if (!engine) return fail(err, engine.error());
  auto report = engine->sync();
  if (!report) {
    if (sync::is_temporary(report.error())) {
      err << "kith-cli: not synced now: " << report.error().describe()
          << "\nYour changes are safe on this device; sync again later.\n";
    } else {
      fail(err, report.error());
    }
    return 1;
  }
  print_report(*report, out);
  return 0;
}

int cmd_watch(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto engine = sync::SyncEngine::open(*store);
  if (!engine) return fail(err, engine.error());
  const int seconds = a.option("--seconds").empty() ? 30 : std::atoi(a.option("--seconds").c_str());
  auto hint = engine->wait_for_hint(std::chrono::seconds(seconds));
  if (!hint) return fail(err, hint.error());
  if (!*hint) {
    out << "No news in " << seconds << " seconds.\n";
    return 0;
  }
  out << "News for " << **hint << "\n";
  auto report = engine->sync();
  if (!report) return fail(err, report.error());
  print_report(*report, out);
  return 0;
}

int cmd_status(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  const std::string person = setting_or_empty(*store, sync::settings::kPersonId);
  auto waiting = store->outbox(1'000'000);
  auto refused = store->rejections();
  auto clashes = store->clashes();
  if (!waiting || !refused || !clashes) return fail(err, Error{ErrorCode::internal, "status", {}});
  const std::string last = setting_or_empty(*store, sync::settings::kLastSync);
  if (a.json) {
    out << "{\"device_id\": " << json_string(store->device_id())
        << ", \"person_id\": " << json_string(person)
        << ", \"role\": " << json_string(setting_or_empty(*store, sync::settings::kRole))
        << ", \"server\": " << json_string(setting_or_empty(*store, sync::settings::kServer))
        << ", \"waiting\": " << waiting->size() << ", \"last_sync\": " << (last.empty() ? "0" : last)
        << ", \"clashes\": " << clashes->size() << ", \"refused\": [";
    for (std::size_t i = 0; i < refused->size(); ++i) {
      const auto& r = (*refused)[i];
      out << (i ? ", " : "") << "{\"kind\": " << json_string(std::string(domain::kind_name(r.kind)))
          << ", \"record_id\": " << json_string(r.record_id) << ", \"code\": " << json_string(r.code)
          << ", \"message\": " << json_string(r.message) << "}";
    }
    out << "]}\n";
    return 0;
  }
  if (person.empty()) {
    out << "Not enrolled: join a server with `enrol`.\n";
  } else {
    out << "Enrolled as " << setting_or_empty(*store, sync::settings::kDisplayName) << " ("
        << setting_or_empty(*store, sync::settings::kRole) << ") on "
        << setting_or_empty(*store, sync::settings::kServer) << ".\n";
  }
  out << waiting->size() << " change(s) waiting to be sent.\n";
  for (const auto& r : *refused) {
    out << "Refused: " << domain::kind_name(r.kind) << " " << r.record_id << ": " << r.message
        << " (" << r.code << ")\n";
  }
  if (!clashes->empty()) out << clashes->size() << " clash(es) with changes made elsewhere.\n";
  return 0;
}

// The family a command is about: --family, else the one the device enrolled in.
Result<std::string> family_for(const Args& a, store::Store& store) {
  if (!a.family.empty()) return a.family;
  std::string family = setting_or_empty(store, sync::settings::kFamilyId);
  if (family.empty()) {
    return unexpected(ErrorCode::invalid_argument, "Say which family with --family ID.");
  }
  return family;
}

v1::Viewpoint viewpoint_for(const std::string& role) {
  if (role == "ROLE_PARENT") return v1::VIEWPOINT_PARENT;
  if (role == "ROLE_YOUNG_PERSON" || role == "ROLE_CARE_LEAVER") return v1::VIEWPOINT_YOUNG_PERSON;
  if (role == "ROLE_NETWORK") return v1::VIEWPOINT_NETWORK;
  if (role == "ROLE_VOLUNTEER") return v1::VIEWPOINT_VOLUNTEER;
  return v1::VIEWPOINT_COORDINATOR;
}

using Members = std::map<std::string, std::string>;  // field name -> JSON value

// FIELD=VALUE pairs over the defaults: numbers and true/false as they are, lists for *_ids and
// domains (comma separated), everything else a string (enum names included).
Result<void> overlay(Members& members, const std::vector<std::string>& pairs) {
  for (const std::string& pair : pairs) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) {
      return unexpected(ErrorCode::invalid_argument, "Write fields as name=value: " + pair);
    }
    const std::string name = pair.substr(0, eq);
    const std::string value = pair.substr(eq + 1);
    const bool number = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
    std::string json;
    if (name.ends_with("_ids") || name == "domains") {
      json = "[";
      std::stringstream items(value);
      bool first = true;
      for (std::string item; std::getline(items, item, ',');) {
        json += (first ? "" : ", ") + json_string(item);
        first = false;
      }
      json += "]";
    } else if (number || value == "true" || value == "false") {
      json = value;
    } else {
      json = json_string(value);
    }
    members[name] = json;
  }
  return {};
}

int cmd_add(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  if (a.positional.empty()) {
    err << "kith-cli: add needs a kind: contact-log, hosting-stay, scale-score, feedback, "
           "concern or help-request.\n";
    return 2;
  }
  std::string kind = a.positional.front();
  for (char& c : kind) if (c == '-') c = '_';
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  const std::string me = setting_or_empty(*store, sync::settings::kPersonId);
  const std::string role = setting_or_empty(*store, sync::settings::kRole);
  if (me.empty()) return fail(err, {ErrorCode::not_enrolled, "Enrol this device first.", {}});
  auto family = family_for(a, *store);
  if (!family) return fail(err, family.error());
  const std::string id = new_uuid();
  const std::string now = rfc3339(now_seconds());
  Members m = {{"id", json_string(id)}, {"family_id", json_string(*family)}};
  if (kind == "contact_log") {
    m["volunteer_id"] = json_string(me);
    m["kind"] = "\"CONTACT_VISIT\"";
    m["happened_on"] = json_string(today());
    // The support link this contact is part of, if the device holds it.
    if (auto links = store->list({.kind = Kind::kSupportLink, .family_id = *family})) {
      for (const auto& l : *links) {
        if (l.support_link().volunteer_id() == me && l.support_link().ended_on().empty()) {
          m["support_link_id"] = json_string(l.support_link().id());
        }
      }
    }
  } else if (kind == "hosting_stay") {
    m["volunteer_id"] = json_string(me);
  } else if (kind == "scale_score") {
    m["scored_by"] = json_string(me);
    m["scored_at"] = json_string(now);
    m["viewpoint"] = json_string(v1::Viewpoint_Name(viewpoint_for(role)));
  } else if (kind == "feedback") {
    m["from_person"] = json_string(me);
    m["at"] = json_string(now);
    m["audience"] = "\"AUDIENCE_STAFF\"";
  } else if (kind == "concern") {
    m["raised_by"] = json_string(me);
    m["raised_at"] = json_string(now);
    m["kind"] = role == "ROLE_VOLUNTEER" ? "\"CONCERN_VOLUNTEER_WORRY\"" : "\"CONCERN_OTHER\"";
  } else if (kind == "help_request") {
    m["requested_by"] = json_string(me);
    m["requested_at"] = json_string(now);
    m["status"] = "\"HELP_OPEN\"";
    m["kind"] = "\"HELP_PRACTICAL\"";
  } else {
    err << "kith-cli: add makes contact-log, hosting-stay, scale-score, feedback, concern or "
           "help-request records; use `put FILE` for others.\n";
    return 2;
  }
  if (auto ok = overlay(m, {a.positional.begin() + 1, a.positional.end()}); !ok) {
    return fail(err, ok.error());
  }
  std::string body;
  for (const auto& [name, value] : m) body += (body.empty() ? "" : ", ") + json_string(name) + ": " + value;
  auto records = domain::records_from_json("{\"records\": [{" + json_string(kind) + ": {" + body + "}}]}");
  if (!records) return fail(err, records.error());
  auto seq = store->put(records->front());
  if (!seq) return fail(err, seq.error());
  out << id << "\n";
  return 0;
}

int cmd_done(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  if (a.positional.empty()) {
    err << "kith-cli: done needs the action's id (see `plan`).\n";
    return 2;
  }
  const std::string action_id = a.positional.front();
  const std::string status_name = a.option("--status").empty() ? "done" : a.option("--status");
  v1::ActionStatus status = v1::ACTION_DONE;
  if (status_name == "in-progress") status = v1::ACTION_IN_PROGRESS;
  else if (status_name == "not-done") status = v1::ACTION_NOT_DONE;
  else if (status_name == "confirmed") status = v1::ACTION_CONFIRMED;
  else if (status_name != "done") {
    err << "kith-cli: --status is done, in-progress, not-done or confirmed.\n";
    return 2;
  }
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  const std::string me = setting_or_empty(*store, sync::settings::kPersonId);
  if (me.empty()) return fail(err, {ErrorCode::not_enrolled, "Enrol this device first.", {}});
  auto versions = store->list({.kind = Kind::kPlanVersion, .family_id = a.family});
  if (!versions) return fail(err, versions.error());
  // The newest published version that has the action.
  const v1::PlanVersion* found = nullptr;
  for (const auto& r : *versions) {
    const auto& v = r.plan_version();
    if (v.state() != v1::PLAN_PUBLISHED) continue;
    for (const auto& action : v.actions()) {
      if (action.id() == action_id && (found == nullptr || v.number() > found->number())) found = &v;
    }
  }
  if (found == nullptr) {
    return fail(err, {ErrorCode::not_found, "No published plan on this device has that action.", {}});
  }
  Record update;
  auto* u = update.mutable_action_update();
  u->set_id(new_uuid());
  u->set_family_id(found->family_id());
  u->set_plan_version_id(found->id());
  u->set_action_id(action_id);
  u->set_status(status);
  u->set_by(me);
  u->mutable_at()->set_seconds(now_seconds());
  auto seq = store->put(update);
  if (!seq) return fail(err, seq.error());
  out << u->id() << "\n";
  return 0;
}

int cmd_put(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  if (a.positional.empty()) {
    err << "kith-cli: put needs a JSON file of records ({\"records\": [...]}).\n";
    return 2;
  }
  auto text = read_text_file(a.positional.front());
  if (!text) return fail(err, text.error());
  auto records = domain::records_from_json(*text);
  if (!records) return fail(err, records.error());
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto seqs = store->put(*records);
  if (!seqs) return fail(err, seqs.error());
  out << "Stored " << records->size() << " record(s); they go to the server at the next sync.\n";
  return 0;
}

}  // namespace

Command sync_command_for(const std::string& name) {
  if (name == "enrol") return cmd_enrol;
  if (name == "sync") return cmd_sync;
  if (name == "status") return cmd_status;
  if (name == "add") return cmd_add;
  if (name == "done") return cmd_done;
  if (name == "put") return cmd_put;
  if (name == "watch") return cmd_watch;
  return {};
}

}  // namespace kith::cli
