// Every endpoint's request body, in protobuf and in JSON, through KithService::handle against a
// real SQLCipher server store: the service without sockets, as kith-server runs it.
//
// The store is made once per process in a temporary folder, as an operator would with kith-admin:
// a coordinator, two families, a parent, a young person, a volunteer and a revoked device, each
// device enrolled through the service with a token, some records of every kind already pushed,
// and an unused invite. Then it is copied aside. An input whose request changed the store (any
// write other than the audit log) is followed by the store's integrity check and the copy put
// back, so every input meets the same store and a crash found once is found again.
//
// Input: byte 0 picks the endpoint (fuzz_ids.hpp kEndpoints), byte 1 the content type (bits 0-1),
// the caller (bits 2-4: none, parent, young person, volunteer, coordinator, revoked, expired
// token, forged token) and GET instead of POST (bit 5); the rest is the body. Placeholders in the
// body (fuzz_ids.hpp) are replaced with the store's real ids, epoch and invite code first.
// GET /v1/events is a WebSocket upgrade handed to subscribe(), the rest of the input its query.
//
// Properties, for every input:
//   - the answer has a status from 200 to 599 and a content type; an error's body is a
//     kith.v1.Error in the answer's encoding with a code and a sentence; a refused token
//     is a 401 that says WWW-Authenticate: Bearer;
//   - a 200 body parses as the endpoint's response, in the encoding the request used;
//   - enrol: the new device gets a token with the secret it was given;
//   - session: the token verifies for the device that asked;
//   - push: applied results have a seq and a scope; sending the same push again changes nothing
//     and gets the same answer (applied ones now duplicates, refusals the same refusal);
//   - pull: every record handed out validates and lies in the scope of its page, every page is in
//     the list of the caller's scopes, and no one but the coordinator gets anything of the other
//     family;
//   - invites and the volunteer list answer 200 only to the coordinator;
//   - a subscription to /v1/events goes to every device with a valid token and to no one else;
//   - a request that changed the store leaves it passing its integrity check.

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "admin/admin.hpp"
#include "credentials.hpp"
#include "fuzz_ids.hpp"
#include "fuzz_support.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/v1/sync.pb.h"
#include "kith_service.hpp"
#include "log.hpp"
#include "samples.hpp"
#include "server_store.hpp"

namespace kith::fuzz {
namespace {

namespace fs = std::filesystem;
using kith::server::HttpRequest;
using kith::server::HttpResponse;
using kith::server::KithService;
using kith::server::ServerStore;
using kith::server::Transaction;

constexpr std::int64_t kNow = 1'790'000'000;  // 2026-09-21, the clock of every request
constexpr std::int64_t kTokenSeconds = 600;

// ---- a store that notes whether a request changed it ------------------------------------------

//! Passes every call through and notes, per transaction, whether anything but the audit log was
//! written; committed writes set `changed`.
class WatchedTransaction final : public Transaction {
 public:
  WatchedTransaction(std::unique_ptr<Transaction> inner, bool& changed)
      : inner_(std::move(inner)), changed_(changed) {}

  Result<void> commit() override {
    auto ok = inner_->commit();
    if (ok && wrote_) changed_ = true;
    return ok;
  }
  Result<std::optional<server::Account>> account(std::string_view id) override {
    return inner_->account(id);
  }
  Result<std::optional<server::Account>> account_by_username(std::string_view name) override {
    return inner_->account_by_username(name);
  }
  Result<void> put_account(const server::Account& a) override {
    return wrote(inner_->put_account(a));
  }
  Result<void> remove_account(std::string_view id) override {
    return wrote(inner_->remove_account(id));
  }
  Result<std::optional<server::Device>> device(std::string_view id) override {
    return inner_->device(id);
  }
  Result<void> insert_device(const server::Device& d) override {
    return wrote(inner_->insert_device(d));
  }
  Result<void> set_device_last_seq(std::string_view id, std::int64_t seq) override {
    return wrote(inner_->set_device_last_seq(id, seq));
  }
  Result<void> revoke_device(std::string_view id, std::int64_t at) override {
    return wrote(inner_->revoke_device(id, at));
  }
  Result<std::vector<server::Device>> devices_of(std::string_view id) override {
    return inner_->devices_of(id);
  }
  Result<std::optional<server::Invite>> invite(std::string_view hash) override {
    return inner_->invite(hash);
  }
  Result<void> insert_invite(const server::Invite& i) override {
    return wrote(inner_->insert_invite(i));
  }
  Result<void> mark_invite_used(std::string_view hash, std::int64_t at) override {
    return wrote(inner_->mark_invite_used(hash, at));
  }
  Result<std::optional<server::StoredRecord>> record(domain::Kind kind,
                                                     std::string_view id) override {
    return inner_->record(kind, id);
  }
  Result<std::int64_t> write(std::string_view scope, std::string_view family_id, domain::Kind kind,
                             std::string_view id, const std::optional<std::string>& body,
                             std::int64_t at, std::string_view device_id) override {
    wrote_ = true;
    return inner_->write(scope, family_id, kind, id, body, at, device_id);
  }
  Result<std::vector<server::StoredRecord>> changes(std::string_view scope, std::int64_t after,
                                                    std::size_t limit) override {
    return inner_->changes(scope, after, limit);
  }
  Result<std::optional<server::ScopeHead>> head(std::string_view scope) override {
    return inner_->head(scope);
  }
  Result<std::vector<server::StoredRecord>> records_of_family(std::string_view id) override {
    return inner_->records_of_family(id);
  }
  Result<std::vector<server::Membership>> memberships_of(std::string_view id) override {
    return inner_->memberships_of(id);
  }
  Result<void> add_rejection(std::string_view device, std::int64_t seq, const Error& e) override {
    return wrote(inner_->add_rejection(device, seq, e));
  }
  Result<std::optional<Error>> rejection(std::string_view device, std::int64_t seq) override {
    return inner_->rejection(device, seq);
  }
  // The audit log is written on most refusals and read by no request: it does not make a store
  // differ for the next input.
  Result<void> audit(const server::AuditEntry& e) override { return inner_->audit(e); }

 private:
  Result<void> wrote(Result<void> r) {
    wrote_ = true;
    return r;
  }
  std::unique_ptr<Transaction> inner_;
  bool& changed_;
  bool wrote_ = false;
};

class WatchedStore final : public ServerStore {
 public:
  explicit WatchedStore(std::unique_ptr<ServerStore> inner) : inner_(std::move(inner)) {}
  const std::string& epoch() const override { return inner_->epoch(); }
  const SecretBytes& token_key() const override { return inner_->token_key(); }
  Result<std::unique_ptr<Transaction>> begin() override {
    KITH_ASSIGN(auto tx, inner_->begin());
    return std::unique_ptr<Transaction>(new WatchedTransaction(std::move(tx), changed));
  }
  Result<server::AccessState> load_access() override { return inner_->load_access(); }
  Result<bool> changed_elsewhere() override { return inner_->changed_elsewhere(); }
  Result<std::int64_t> prune_tombstones(std::int64_t before) override {
    changed = true;
    return inner_->prune_tombstones(before);
  }
  Result<std::vector<server::AuditEntry>> audit_log(std::int64_t after,
                                                    std::size_t limit) override {
    return inner_->audit_log(after, limit);
  }
  Result<void> check() override { return inner_->check(); }
  Result<std::string> new_epoch() override {
    changed = true;
    return inner_->new_epoch();
  }
  void set_listener(server::StoreListener listener) override {
    inner_->set_listener(std::move(listener));
  }

  bool changed = false;  //!< a committed transaction wrote something other than the audit log

 private:
  std::unique_ptr<ServerStore> inner_;
};

// ---- the world every input meets --------------------------------------------------------------

struct Enrolled {
  std::string device_id;
  std::string secret;
  std::string person_id;
  std::string token;
};

class World {
 public:
  World() {
    server::set_log_level(server::LogLevel::error);
    ::unsetenv("KITH_SERVER_KEY");
    data_ = scratch_.path() / "data";
    snapshot_ = scratch_.path() / "snapshot";
    fs::create_directories(data_);
    fs::create_directories(snapshot_);
    build();
    take_snapshot();
    open();
  }

  KithService& service() { return *service_; }
  WatchedStore& store() { return *store_; }
  const std::string& family() const { return family_; }
  const std::string& other_family() const { return other_family_; }

  //! The Authorization header of `caller`.
  std::string authorization(Caller caller) const {
    switch (caller) {
      case Caller::none:
        return {};
      case Caller::parent:
        return "Bearer " + parent_.token;
      case Caller::child:
        return "Bearer " + child_.token;
      case Caller::volunteer:
        return "Bearer " + volunteer_.token;
      case Caller::coordinator:
        return "Bearer " + coordinator_.token;
      case Caller::revoked:
        return "Bearer " + revoked_.token;
      case Caller::expired:
        return "Bearer " + expired_token_;
      case Caller::forged:
        return "Bearer " + forged_token_;
    }
    return {};
  }
  //! The person behind `caller`'s device, or empty.
  std::string person_of(Caller caller) const {
    switch (caller) {
      case Caller::parent:
        return parent_.person_id;
      case Caller::child:
        return child_.person_id;
      case Caller::volunteer:
        return volunteer_.person_id;
      case Caller::coordinator:
        return coordinator_.person_id;
      default:
        return {};
    }
  }
  std::string device_of(Caller caller) const {
    switch (caller) {
      case Caller::parent:
        return parent_.device_id;
      case Caller::child:
        return child_.device_id;
      case Caller::volunteer:
        return volunteer_.device_id;
      case Caller::coordinator:
        return coordinator_.device_id;
      default:
        return {};
    }
  }

  //! `body` with every placeholder replaced by what it stands for (same length each).
  std::string substitute(std::string body) const {
    for (const auto& [placeholder, real] : replacements_) {
      for (std::size_t at = body.find(placeholder); at != std::string::npos;
           at = body.find(placeholder, at + real.size())) {
        body.replace(at, placeholder.size(), real);
      }
    }
    return body;
  }

  //! After each input: if it changed the store, the store must pass its check; then the copy is
  //! put back. Every few thousand inputs the copy goes back anyway, so the audit log stays small.
  void settle() {
    ++inputs_;
    if (!store_->changed && inputs_ % 4096 != 0) return;
    if (store_->changed) {
      const auto checked = store_->check();
      check(checked.has_value(), "a request left a store that fails its integrity check: " +
                                     (checked ? std::string() : checked.error().describe()));
    }
    restore();
  }

  HttpResponse post(const std::string& path, const google::protobuf::Message& message,
                    const std::string& authorization = {}) {
    HttpRequest request;
    request.method = "POST";
    request.target = path;
    request.content_type = "application/x-protobuf";
    message.SerializeToString(&request.body);
    request.authorization = authorization;
    request.peer = "192.0.2.1";
    return service_->handle(request);
  }

 private:
  std::string admin(const std::string& command_line) {
    std::vector<std::string> args = {"--data", data_.string()};
    std::istringstream words(command_line);
    for (std::string w; words >> w;) args.push_back(w);
    server::admin::Environment env;
    env.password = kStaffPassword;
    env.now = [] { return kNow; };
    std::ostringstream out, err;
    if (server::admin::run(args, env, out, err) != 0) {
      fail("setting up the fuzz store, `kith-admin " + command_line + "` failed: " + err.str());
    }
    const std::string text = out.str();
    return text.substr(0, text.find('\n'));
  }

  Enrolled enrol(const std::string& code, const std::string& device_id) {
    v1::EnrolRequest req;
    req.set_invite_code(code);
    req.set_device_id(device_id);
    return finish_enrol(post("/v1/enrol", req), device_id);
  }

  Enrolled finish_enrol(const HttpResponse& r, const std::string& device_id) {
    v1::EnrolResponse enrolled;
    if (r.status != 200 || !enrolled.ParseFromString(r.body)) {
      fail("setting up the fuzz store, enrolling " + device_id + " failed: " + r.body);
    }
    Enrolled e{device_id, enrolled.device_secret(), enrolled.person_id(), {}};
    v1::SessionRequest session;
    session.set_device_id(device_id);
    session.set_device_secret(e.secret);
    const HttpResponse s = post("/v1/session", session);
    v1::SessionResponse token;
    if (s.status != 200 || !token.ParseFromString(s.body)) {
      fail("setting up the fuzz store, a session for " + device_id + " failed: " + s.body);
    }
    e.token = token.access_token();
    return e;
  }

  Enrolled join(const std::string& family, const std::string& role, const std::string& name,
                const std::string& device_id) {
    const std::string code =
        admin("invite --family " + family + " --role " + role + " --name " + name);
    reload();
    return enrol(code, device_id);
  }

  //! Records of every kind in the family, so that pulls have something to hand out: written by
  //! kith-admin (seed-demo), not pushed, so that every fuzz device starts with nothing sent.
  //! Families, people and memberships are there already, made by kith-admin and the invites.
  void seed_samples() {
    v1::RecordSet set;
    for (const domain::Kind kind : domain::all_kinds()) {
      if (kind == domain::Record::kFamily || kind == domain::Record::kPerson ||
          kind == domain::Record::kMembership) {
        continue;
      }
      domain::Record r = kith::testing::sample(kind);
      std::string bytes = substitute(r.SerializeAsString());
      if (!r.ParseFromString(bytes)) fail("a sample record does not parse after substitution");
      *set.add_records() = r;
    }
    const fs::path file = scratch_.path() / "samples.json";
    std::ofstream(file) << domain::to_json(set);
    admin("seed-demo " + file.string());
    reload();
  }

  void build() {
    if (auto ok = server::init_sqlite_store(data_.string()); !ok) {
      fail("could not make the fuzz store: " + ok.error().describe());
    }
    const std::string coordinator =
        admin("create-coordinator --name Sam --username " + kStaffUsername);
    family_ = admin("create-family --name Khan --coordinator " + coordinator);
    other_family_ = admin("create-family --name Jones --coordinator " + coordinator);
    open();
    {
      v1::EnrolRequest staff;
      staff.mutable_staff()->set_username(kStaffUsername);
      staff.mutable_staff()->set_password(kStaffPassword);
      staff.set_device_id(kCoordinatorDevice);
      coordinator_ = finish_enrol(post("/v1/enrol", staff), kCoordinatorDevice);
    }
    parent_ = join(family_, "parent", "Amina", kParentDevice);
    child_ = join(family_, "young-person", "Zara", kChildDevice);
    volunteer_ = join(family_, "volunteer", "Jo", kVolunteerDevice);
    revoked_ = join(family_, "network", "Nan", kRevokedDevice);
    admin("revoke-device --device " + kRevokedDevice);
    invite_code_ = admin("invite --family " + family_ + " --role parent --name Bilal");
    reload();

    replacements_ = {{kith::testing::kFamilyId, family_},
                     {kith::testing::kOtherFamilyId, other_family_},
                     {kith::testing::kParentId, parent_.person_id},
                     {kith::testing::kChildId, child_.person_id},
                     {kith::testing::kVolunteerId, volunteer_.person_id},
                     {kith::testing::kCoordinatorId, coordinator_.person_id},
                     {kEpochPlaceholder, store_->epoch()},
                     {kSecretPlaceholder, parent_.secret},
                     {kInvitePlaceholder, invite_code_}};
    for (const auto& [placeholder, real] : replacements_) {
      if (placeholder.size() != real.size()) {
        fail("the placeholder " + placeholder + " is not as long as what it stands for (" + real +
             ")");
      }
    }
    seed_samples();

    expired_token_ = server::issue_token(store_->token_key(), kParentDevice, kNow - 1);
    SecretBytes other_key(32);
    forged_token_ = server::issue_token(other_key, kParentDevice, kNow + kTokenSeconds);
    service_.reset();
    store_.reset();
  }

  void reload() {
    // kith-admin wrote to the store from "another process": the service notices as it would
    // within a second.
    service_->tick();
  }

  void open() {
    auto inner = server::open_sqlite_store(data_.string());
    if (!inner) fail("could not open the fuzz store: " + inner.error().describe());
    store_ = std::make_unique<WatchedStore>(std::move(*inner));
    server::ServiceOptions options;
    options.now = [] { return kNow; };
    options.token_seconds = kTokenSeconds;
    // No rate limits: an input must meet the same service whatever came before it. (The limits
    // have their own tests in tests/server.)
    options.attempt_burst = INT_MAX / 2;
    options.invite_burst = INT_MAX / 2;
    auto service = KithService::create(*store_, options);
    if (!service)
      fail("could not start the service on the fuzz store: " + service.error().describe());
    service_ = std::move(*service);
  }

  void take_snapshot() {
    for (const auto& entry : fs::directory_iterator(data_)) {
      fs::copy_file(entry.path(), snapshot_ / entry.path().filename(),
                    fs::copy_options::overwrite_existing);
    }
  }

  void restore() {
    service_.reset();
    store_.reset();
    for (const auto& entry : fs::directory_iterator(data_)) fs::remove(entry.path());
    for (const auto& entry : fs::directory_iterator(snapshot_)) {
      fs::copy_file(entry.path(), data_ / entry.path().filename());
    }
    open();
  }

  ScratchDir scratch_;
  fs::path data_, snapshot_;
  std::unique_ptr<WatchedStore> store_;
  std::unique_ptr<KithService> service_;
  std::string family_, other_family_, invite_code_;
  Enrolled coordinator_, parent_, child_, volunteer_, revoked_;
  std::string expired_token_, forged_token_;
  std::vector<std::pair<std::string, std::string>> replacements_;
  std::uint64_t inputs_ = 0;
};

World& world() {
  static World w;
  return w;
}

// ---- what every answer must be ----------------------------------------------------------------

bool is_json_type(const std::string& type) {
  return type.rfind("application/json", 0) == 0;
}

template <typename Message>
Message parse_answer(const HttpResponse& r, bool json, const std::string& what) {
  Message m;
  const bool ok = json ? google::protobuf::util::JsonStringToMessage(r.body, &m).ok()
                       : m.ParseFromString(r.body);
  check(ok, what + ": the 200 answer is not a " + m.GetTypeName() + " in " +
                (json ? "JSON" : "protobuf"));
  return m;
}

void check_error_answer(const HttpResponse& r, const std::string& what) {
  const bool json = r.content_type == "application/json";
  check(json || r.content_type == "application/x-protobuf",
        what + ": an error answer has the content type '" + r.content_type + "'");
  v1::Error error;
  const bool ok = json ? google::protobuf::util::JsonStringToMessage(r.body, &error).ok()
                       : error.ParseFromString(r.body);
  check(ok, what + ": a " + std::to_string(r.status) + " answer's body is not a kith.v1.Error");
  check(!error.code().empty() && error_code_from_string(error.code()) != ErrorCode::internal,
        what + ": a " + std::to_string(r.status) + " answer has no known error code ('" +
            error.code() + "')");
  check(!error.message().empty(),
        what + ": a " + std::to_string(r.status) + " answer has no message");
  // A refused or expired token says how to authenticate (RFC 9110 11.6.1). wrong_secret and
  // wrong_password are 401 too, for credentials sent in the body: no scheme fits them.
  if (error.code() == "unauthenticated" || error.code() == "token_expired") {
    bool bearer = false;
    for (const auto& [name, value] : r.headers)
      bearer = bearer || (name == "WWW-Authenticate" && value == "Bearer");
    check(r.status == 401 && bearer,
          what + ": a refused token is not a 401 with WWW-Authenticate: Bearer");
  }
}

HttpResponse send(World& w, const HttpRequest& request) {
  HttpResponse r = w.service().handle(request);
  const std::string what = request.method + " " + request.target;
  check(r.status >= 200 && r.status <= 599,
        what + ": the status " + std::to_string(r.status) + " is not an answer");
  check(!r.content_type.empty(), what + ": the answer has no content type");
  if (r.status >= 400) check_error_answer(r, what);
  return r;
}

void check_push(World& w, const HttpRequest& request, const HttpResponse& r, bool json) {
  const auto first = parse_answer<v1::PushResponse>(r, json, "push");
  v1::PushRequest sent;
  (void)(json ? google::protobuf::util::JsonStringToMessage(request.body, &sent).ok()
              : sent.ParseFromString(request.body));
  std::map<std::int64_t, const v1::Mutation*> by_seq;
  for (const auto& m : sent.mutations()) by_seq.emplace(m.seq(), &m);
  for (const auto& result : first.results()) {
    const auto it = by_seq.find(result.seq());
    check(it != by_seq.end(), "push: a result for a change that was not sent");
    const v1::Mutation& m = *it->second;
    if (result.status() == v1::MutationResult::APPLIED) {
      if (result.server_seq() == 0) {
        // Documented: a withdrawn number, or a deletion of what is gone already, does nothing.
        check(
            m.change_case() == v1::Mutation::kWithdrawn || m.change_case() == v1::Mutation::kRemove,
            "push: a record was applied without a server seq");
      } else {
        check(!result.scope().empty(), "push: an applied change has no scope");
      }
      if (m.has_put()) {
        const auto scope = domain::scope_for(m.put());
        check(scope && scope->to_string() == result.scope(),
              "push: a record was stored in another scope than its own");
      }
    }
    if (result.status() == v1::MutationResult::REJECTED) {
      check(!result.error().code().empty() && !result.error().message().empty(),
            "push: a refused change has no code or message");
    }
  }
  // Retried, as a device does when the answer was lost: nothing is applied twice.
  const HttpResponse again = send(w, request);
  check(again.status == 200,
        "push: the same push sent again is answered " + std::to_string(again.status));
  const auto second = parse_answer<v1::PushResponse>(again, json, "push again");
  check(second.results_size() == first.results_size() && second.last_seq() == first.last_seq(),
        "push: the same push sent again gets a different number of results or last_seq");
  for (int i = 0; i < first.results_size(); ++i) {
    const auto& a = first.results(i);
    const auto& b = second.results(i);
    check(a.seq() == b.seq(), "push: a retried push answers for other changes");
    if (a.status() == v1::MutationResult::REJECTED) {
      check(b.status() == v1::MutationResult::REJECTED && b.error().code() == a.error().code(),
            "push: a refused change is not refused the same way when sent again");
    } else {
      check(b.status() == v1::MutationResult::DUPLICATE,
            "push: change " + std::to_string(a.seq()) + ", " +
                v1::MutationResult::Status_Name(a.status()) + " the first time, is " +
                v1::MutationResult::Status_Name(b.status()) + " " + b.error().code() + " (" +
                b.error().message() + ") when sent again, not a duplicate");
    }
  }
}

void check_pull(World& w, Caller caller, const HttpResponse& r, bool json) {
  const auto pull = parse_answer<v1::PullResponse>(r, json, "pull");
  const std::set<std::string> scopes(pull.scopes().begin(), pull.scopes().end());
  const bool staff = caller == Caller::coordinator;
  for (const std::string& s : scopes) {
    check(staff || s.find(w.other_family()) == std::string::npos,
          "pull: someone outside the other family holds one of its scopes");
  }
  for (const auto& page : pull.pages()) {
    check(scopes.contains(page.scope()), "pull: a page of a scope the caller does not hold");
    for (const auto& change : page.changes()) {
      if (!change.has_put()) continue;
      check(domain::validate(change.put()).has_value(),
            "pull: a record handed out does not validate");
      const auto scope = domain::scope_for(change.put());
      check(scope && scope->to_string() == page.scope(),
            "pull: a record handed out in another scope's page");
    }
  }
}

void check_answer(World& w, const HttpRequest& request, int endpoint, Caller caller,
                  const HttpResponse& r) {
  if (r.status != 200 || request.method != "POST") return;
  const bool json = is_json_type(request.content_type);
  check(is_json_type(r.content_type) == json, "a 200 answer is not in the encoding of its request");
  switch (endpoint) {
    case 0: {  // enrol
      const auto enrolled = parse_answer<v1::EnrolResponse>(r, json, "enrol");
      check(!enrolled.device_secret().empty() && is_uuid(enrolled.person_id()),
            "enrol: a new device got no secret or no person");
      v1::SessionRequest session;
      session.set_device_id(enrolled.device_id());
      session.set_device_secret(enrolled.device_secret());
      check(w.post("/v1/session", session).status == 200,
            "enrol: the new device cannot sign in with the secret it was given");
      break;
    }
    case 1: {  // session
      const auto session = parse_answer<v1::SessionResponse>(r, json, "session");
      const auto claims = server::verify_token(w.store().token_key(), session.access_token(), kNow);
      check(claims.has_value(), "session: the token given out does not verify");
      v1::SessionRequest asked;
      (void)(json ? google::protobuf::util::JsonStringToMessage(request.body, &asked).ok()
                  : asked.ParseFromString(request.body));
      check(claims->device_id == asked.device_id(),
            "session: the token is for another device than the one that asked");
      break;
    }
    case 2:
      check_push(w, request, r, json);
      break;
    case 3:
      check_pull(w, caller, r, json);
      break;
    case 4: {  // invites
      check(caller == Caller::coordinator,
            "invites: someone other than the coordinator made an invite");
      const auto invite = parse_answer<v1::InviteResponse>(r, json, "invites");
      check(server::normalise_invite_code(invite.code()).has_value(),
            "invites: the code given out is not an invite code");
      break;
    }
    case 5:  // volunteers
      check(caller == Caller::coordinator, "volunteers: someone other than staff got the list");
      (void)parse_answer<v1::VolunteersResponse>(r, json, "volunteers");
      break;
    default:
      break;
  }
}

//! Receives hints for a subscription made by an input.
class RecordingSink final : public server::EventSink {
 public:
  void send(std::string frame, bool binary) override {
    frames.emplace_back(std::move(frame), binary);
  }
  void close() override { closed = true; }
  std::vector<std::pair<std::string, bool>> frames;
  bool closed = false;
};

//! GET /v1/events as the network layer hands over a WebSocket upgrade: only a device with a
//! valid token gets a subscription; anyone else gets an error answer instead.
void check_subscribe(World& w, const HttpRequest& upgrade, Caller caller) {
  auto sink = std::make_shared<RecordingSink>();
  auto result = w.service().subscribe(upgrade, sink);
  const bool valid = caller == Caller::parent || caller == Caller::child ||
                     caller == Caller::volunteer || caller == Caller::coordinator;
  if (const auto* refusal = std::get_if<HttpResponse>(&result)) {
    check(!valid, "events: a device with a valid token was refused a subscription");
    check(refusal->status >= 400 && refusal->status <= 599, "events: a refusal is not an error");
    check_error_answer(*refusal, "events");
    return;
  }
  check(valid, "events: a caller without a valid token got a subscription");
  w.service().unsubscribe(std::get<std::uint64_t>(result));
}

}  // namespace
}  // namespace kith::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kith::fuzz;
  if (size < 2) return 0;
  World& w = world();
  const int endpoint = data[0] % kEndpointCount;
  const auto caller = static_cast<Caller>((data[1] >> 2) & 7);
  const bool get = (data[1] & (1 << 5)) != 0;

  kith::server::HttpRequest request;
  request.target = kEndpoints[endpoint];
  request.method = endpoint == 6 || get ? "GET" : "POST";
  request.content_type = kContentTypes[data[1] & 3];
  request.accept = request.content_type;
  request.authorization = w.authorization(caller);
  request.peer = "192.0.2.7";
  request.body = w.substitute(std::string(as_text(data + 2, size - 2)));
  if (endpoint == 7 && get) {
    // A WebSocket upgrade: the rest of the input is the query ("format=json", ...).
    request.target += "?" + request.body;
    request.body.clear();
    check_subscribe(w, request, caller);
    w.settle();
    return 0;
  }

  const kith::server::HttpResponse r = send(w, request);
  // KITH_FUZZ_TRACE=1: one line per input, to see how deep a corpus reaches.
  static const bool trace = std::getenv("KITH_FUZZ_TRACE") != nullptr;
  if (trace) {
    std::fprintf(stderr, "%s %s caller=%d -> %u %.*s\n", request.method.c_str(),
                 request.target.c_str(), static_cast<int>(caller), r.status,
                 static_cast<int>(std::min<std::size_t>(r.body.size(), 4000)), r.body.c_str());
  }
  check_answer(w, request, endpoint, caller, r);
  w.settle();
  return 0;
}
