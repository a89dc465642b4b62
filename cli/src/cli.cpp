#include "cli.hpp"

#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "kith/store/store.hpp"
#include "command.hpp"
#include "plan_view.hpp"

namespace kith::cli {

std::optional<Args> parse(const std::vector<std::string>& args, std::ostream& err) {
  Args a;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--json") {
      a.json = true;
    } else if (arg == "--help" || arg == "-h") {
      return std::nullopt;
    } else if (arg.starts_with("--")) {
      if (!has_value) {
        err << "kith-cli: " << arg << " needs a value\n";
        return std::nullopt;
      }
      const std::string value = args[++i];
      if (arg == "--store") a.store = value;
      else if (arg == "--family") a.family = value;
      else a.options[arg] = value;
    } else if (a.command.empty()) {
      a.command = arg;
    } else {
      a.positional.push_back(arg);
    }
  }
  if (a.store.empty() || a.command.empty()) return std::nullopt;
  return a;
}

int fail(std::ostream& err, const Error& error) {
  err << "kith-cli: " << error.describe() << "\n";
  return 1;
}

Result<std::string> pin_from(const std::string& given, const Environment& env, const char* prompt) {
  if (!given.empty()) return given;
  if (env.ask) {
    if (auto typed = env.ask(prompt)) return *typed;
  }
  return unexpected(ErrorCode::invalid_argument,
                    "No PIN: set KITH_PIN, or run kith-cli in a terminal to be asked.");
}

Result<store::Store> open(const Args& a, const Environment& env) {
  KITH_ASSIGN(std::string pin, pin_from(env.pin, env, "PIN: "));
  return store::Store::unlock(a.store, Pin(pin));
}

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return unexpected(ErrorCode::not_found, "Cannot read " + path + ".");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

namespace {

constexpr const char* kUsage = R"(usage: kith-cli --store DIR COMMAND [options]

Commands:
  init                        make a new encrypted store in DIR
  import-demo [FILE]          add the demo family (assets/demo/family.json) to the store
  list [KIND] [--family ID] [--json]
                              list records, all or of one kind (e.g. plan_version)
  plan [--family ID]          show a family's current plan
  check                       check every page of the store
  change-pin                  change the PIN (new PIN from KITH_NEW_PIN or asked for)
  rekey                       replace the data key and re-encrypt the store

Sync:
  enrol --server URL --ca FILE (--code CODE | --username USER) [--pin-key SHA256]
                              join a Kith server (a staff password from KITH_PASSWORD)
  sync                        send waiting changes, then fetch what is new
  status [--json]             who this device is, what waits, what was refused
  add KIND [--family ID] [FIELD=VALUE ...]
                              record something: contact-log, hosting-stay, scale-score,
                              feedback, concern, help-request (the rest is filled in)
  done ACTION [--status STATUS]  tick off an action of the current plan (STATUS: done,
                              in-progress, not-done, confirmed)
  put FILE                    store the records in a JSON file (RecordSet), e.g. a plan version
  watch [--seconds N]         wait for a hint from the server, then sync

The PIN comes from the KITH_PIN environment variable, or is asked for on the terminal.
)";





// The family to show: the one asked for, else the only one in the store.
Result<std::string> pick_family(const std::vector<domain::Record>& families, const std::string& asked) {
  if (!asked.empty()) return asked;
  if (families.size() == 1) return families.front().family().id();
  if (families.empty()) return unexpected(ErrorCode::not_found, "The store holds no family yet.");
  return unexpected(ErrorCode::invalid_argument,
                    "The store holds several families: choose one with --family ID.");
}

int cmd_init(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto pin = pin_from(env.pin, env, "Choose a PIN (6 or more characters): ");
  if (!pin) return fail(err, pin.error());
  if (env.pin.empty()) {
    auto again = pin_from({}, env, "Type the PIN again: ");
    if (!again) return fail(err, again.error());
    if (*again != *pin) {
      return fail(err, {ErrorCode::invalid_argument, "The two PINs were not the same.", {}});
    }
  }
  auto store = store::Store::create(a.store, Pin(*pin));
  if (!store) return fail(err, store.error());
  out << "Made an encrypted store in " << a.store << ".\n";
  return 0;
}

int cmd_import(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  const std::string file = a.positional.empty() ? env.demo_file : a.positional.front();
  auto json = read_text_file(file);
  if (!json) return fail(err, json.error());
  auto records = domain::records_from_json(*json);
  if (!records) return fail(err, records.error());
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto stored = store->put(*records);
  if (!stored) return fail(err, stored.error());
  out << "Added " << records->size() << " records.\n";
  return 0;
}

int cmd_list(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  store::Query query;
  query.family_id = a.family;
  if (!a.positional.empty()) {
    auto kind = domain::kind_from_name(a.positional.front());
    if (!kind) return fail(err, kind.error());
    query.kind = *kind;
  }
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto records = store->list(query);
  if (!records) return fail(err, records.error());
  if (a.json) {
    v1::RecordSet set;
    for (auto& r : *records) *set.add_records() = std::move(r);
    out << domain::to_json(set, true) << "\n";
    return 0;
  }
  for (const auto& r : *records) out << summary_line(r) << "\n";
  return 0;
}

int cmd_plan(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  auto families = store->list({.kind = domain::Record::kFamily});
  if (!families) return fail(err, families.error());
  auto family = pick_family(*families, a.family);
  if (!family) return fail(err, family.error());
  auto records = store->list({.family_id = *family});
  auto people = store->list({.kind = domain::Record::kPerson});
  if (!records) return fail(err, records.error());
  if (!people) return fail(err, people.error());
  records->insert(records->end(), people->begin(), people->end());
  auto text = render_plan(*records, *family);
  if (!text) return fail(err, text.error());
  out << *text;
  return 0;
}

int cmd_check(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto store = open(a, env);
  if (!store) return fail(err, store.error());
  if (auto ok = store->check(); !ok) return fail(err, ok.error());
  out << "The store is whole.\n";
  return 0;
}

int cmd_change_pin(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto old_pin = pin_from(env.pin, env, "Current PIN: ");
  if (!old_pin) return fail(err, old_pin.error());
  auto new_pin = pin_from(env.new_pin, env, "New PIN: ");
  if (!new_pin) return fail(err, new_pin.error());
  auto store = store::Store::unlock(a.store, Pin(*old_pin));
  if (!store) return fail(err, store.error());
  if (auto ok = store->change_pin(Pin(*old_pin), Pin(*new_pin)); !ok) return fail(err, ok.error());
  out << "The PIN is changed.\n";
  return 0;
}

int cmd_rekey(const Args& a, const Environment& env, std::ostream& out, std::ostream& err) {
  auto pin = pin_from(env.pin, env, "PIN: ");
  if (!pin) return fail(err, pin.error());
  auto store = store::Store::unlock(a.store, Pin(*pin));
  if (!store) return fail(err, store.error());
  if (auto ok = store->rekey(Pin(*pin)); !ok) return fail(err, ok.error());
  out << "The store has a new data key.\n";
  return 0;
}

}  // namespace

int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
        std::ostream& err) {
  const auto parsed = parse(args, err);
  if (!parsed) {
    err << kUsage;
    return 2;
  }
  const Args& a = *parsed;
  if (a.command == "init") return cmd_init(a, env, out, err);
  if (a.command == "import-demo") return cmd_import(a, env, out, err);
  if (a.command == "list") return cmd_list(a, env, out, err);
  if (a.command == "plan") return cmd_plan(a, env, out, err);
  if (a.command == "check") return cmd_check(a, env, out, err);
  if (a.command == "change-pin") return cmd_change_pin(a, env, out, err);
  if (a.command == "rekey") return cmd_rekey(a, env, out, err);
  if (const auto sync_command = sync_command_for(a.command)) {
    return sync_command(a, env, out, err);
  }
  err << "kith-cli: unknown command " << a.command << "\n" << kUsage;
  return 2;
}

}  // namespace kith::cli
