#include "kith_service.hpp"

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <ctime>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "access.hpp"
#include "credentials.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/v1/sync.pb.h"
#include "log.hpp"
#include "record_writer.hpp"

namespace kith::server {
namespace {

using domain::Kind;
using domain::Record;
using domain::Scope;

enum class Encoding { protobuf, json };

std::string_view media_type(std::string_view header) {
  const auto semicolon = header.find(';');
  std::string_view type = header.substr(0, semicolon);
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  return type;
}

bool is_json(std::string_view type) { return type == "application/json"; }
bool is_protobuf(std::string_view type) {
  return type == "application/x-protobuf" || type == "application/protobuf" ||
         type == "application/vnd.google.protobuf" || type == "application/octet-stream";
}

unsigned status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::unauthenticated:
    case ErrorCode::token_expired:
    case ErrorCode::wrong_secret:
    case ErrorCode::wrong_password:
      return 401;
    case ErrorCode::forbidden:
    case ErrorCode::device_revoked:
      return 403;
    case ErrorCode::not_found:
    case ErrorCode::invite_unknown:
      return 404;
    case ErrorCode::method_not_allowed: return 405;
    case ErrorCode::device_exists:
    case ErrorCode::sequence_gap:
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::invite_used:
    case ErrorCode::invite_expired:
      return 410;
    case ErrorCode::body_too_large: return 413;
    case ErrorCode::unsupported_media_type: return 415;
    case ErrorCode::rate_limited: return 429;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::internal:
    case ErrorCode::io_error:
    case ErrorCode::store_damaged:
    case ErrorCode::crypto_failure:
      return 500;
    default: return 400;
  }
}

std::string encode_message(const google::protobuf::Message& message, Encoding encoding) {
  std::string out;
  if (encoding == Encoding::json) {
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    (void)google::protobuf::util::MessageToJsonString(message, &out, options);
    out += '\n';
  } else {
    message.SerializeToString(&out);
  }
  return out;
}

HttpResponse respond(const google::protobuf::Message& message, Encoding encoding,
                     unsigned status = 200) {
  HttpResponse response;
  response.status = status;
  response.content_type = encoding == Encoding::json ? "application/json" : "application/x-protobuf";
  response.body = encode_message(message, encoding);
  return response;
}

HttpResponse error_response(const Error& error, Encoding encoding, std::uint32_t retry_after = 0) {
  v1::Error wire;
  wire.set_code(std::string(to_string(error.code)));
  wire.set_message(error.message);
  wire.set_field(error.field);
  wire.set_retry_after_seconds(retry_after);
  HttpResponse response = respond(wire, encoding, status_for(error.code));
  if (retry_after > 0) response.headers.emplace_back("Retry-After", std::to_string(retry_after));
  if (error.code == ErrorCode::unauthenticated || error.code == ErrorCode::token_expired) {
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
  }
  return response;
}

Error make_error(ErrorCode code, std::string message, std::string field = {}) {
  return Error{code, std::move(message), std::move(field)};
}

Result<void> parse_body(const HttpRequest& request, Encoding encoding,
                        google::protobuf::Message& message) {
  if (encoding == Encoding::json) {
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    const auto status = google::protobuf::util::JsonStringToMessage(request.body, &message, options);
    if (!status.ok()) {
      // The parser's words name the field at fault and may quote the value sent: they go back to
      // the sender only, never to the log. What they quote need not be UTF-8 (that may be why it
      // failed), and 200 bytes may end inside a character, but the answer must be UTF-8 for the
      // client to read it: anything beyond ASCII becomes '?'.
      std::string said(status.message().substr(0, 200));
      for (char& c : said) {
        if (static_cast<unsigned char>(c) >= 0x80) c = '?';
      }
      return unexpected(ErrorCode::bad_request,
                        "The request is not valid JSON for " + message.GetTypeName() + ": " + said);
    }
    return {};
  }
  if (!message.ParseFromString(request.body)) {
    return unexpected(ErrorCode::bad_request,
                      "The request body is not a valid " + message.GetTypeName() + " message.");
  }
  return {};
}


// Token buckets per client address for invite and password attempts.
class AttemptLimiter {
 public:
  AttemptLimiter(int burst, std::int64_t refill_seconds)
      : burst_(burst), refill_(std::max<std::int64_t>(1, refill_seconds)) {}

  //! 0 if the attempt may go ahead (and takes a token), else seconds to wait.
  std::uint32_t take(const std::string& peer, std::int64_t now) {
    const std::lock_guard lock(mutex_);
    if (buckets_.size() > 100'000) buckets_.clear();  // bounded memory under a spray of addresses
    Bucket& b = buckets_.try_emplace(peer, Bucket{static_cast<double>(burst_), now}).first->second;
    b.tokens = std::min<double>(burst_, b.tokens + static_cast<double>(now - b.at) / static_cast<double>(refill_));
    b.at = now;
    if (b.tokens >= 1.0) {
      b.tokens -= 1.0;
      return 0;
    }
    return static_cast<std::uint32_t>(refill_);
  }

 private:
  struct Bucket {
    double tokens;
    std::int64_t at;
  };
  std::mutex mutex_;
  int burst_;
  std::int64_t refill_;
  std::unordered_map<std::string, Bucket> buckets_;
};

struct Caller {
  std::string device_id;
  std::string person_id;
};

struct Subscriber {
  std::string device_id;
  std::string person_id;
  std::set<std::string> scopes;
  std::shared_ptr<EventSink> sink;
  bool json = false;
  bool replaced = false;  //!< closed for a newer stream of its device; gone once unsubscribed
};

}  // namespace

struct KithService::Impl {
  ServerStore& store;
  ServiceOptions options;
  AttemptLimiter limiter;         // enrol and session attempts, per client address
  AttemptLimiter invite_limiter;  // invites made, per coordinator (person id)
  std::atomic<bool> is_draining{false};

  std::mutex reload_mutex;  // held for a whole reload: load, then swap
  std::mutex index_mutex;
  std::shared_ptr<const AccessIndex> index;

  std::shared_mutex heads_mutex;
  std::unordered_map<std::string, ScopeHead> heads;

  std::mutex hub_mutex;
  std::map<std::uint64_t, Subscriber> subscribers;
  //! Each device's open streams (not replaced), oldest first.
  std::unordered_map<std::string, std::vector<std::uint64_t>> open_streams;
  std::uint64_t next_subscriber = 1;

  Impl(ServerStore& s, ServiceOptions o)
      : store(s),
        options(std::move(o)),
        limiter(options.attempt_burst, options.attempt_refill_seconds),
        invite_limiter(options.invite_burst, options.invite_refill_seconds) {}

  std::int64_t now() const {
    if (options.now) return options.now();
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

  std::shared_ptr<const AccessIndex> current_index() {
    const std::lock_guard lock(index_mutex);
    return index;
  }

  // ---- state kept in memory --------------------------------------------------------------------

  //! Reloads who may do what and every scope's head; sends the hints that follow from the
  //! difference (scopes moved, scopes gained or lost, devices revoked).
  Result<void> reload() {
    // One at a time: reloads run on request threads (after an enrolment), on the upkeep thread
    // and on the store's listener, and a snapshot read earlier must not replace a later one.
    const std::lock_guard serial(reload_mutex);
    KITH_ASSIGN(AccessState state, store.load_access());
    auto fresh = std::make_shared<const AccessIndex>(state);
    std::vector<std::pair<std::string, std::int64_t>> moved;
    {
      const std::unique_lock lock(heads_mutex);
      for (const ScopeHead& h : state.heads) {
        auto& held = heads[h.scope];
        if (h.last_seq > held.last_seq) moved.emplace_back(h.scope, h.last_seq);
        // Never backwards: a push on another thread may have committed after this snapshot.
        const std::int64_t newest = std::max(held.last_seq, h.last_seq);
        held = h;
        held.last_seq = newest;
      }
    }
    {
      const std::lock_guard lock(index_mutex);
      index = fresh;
    }
    refresh_subscribers(*fresh);
    for (const auto& [scope, seq] : moved) publish(scope, seq);
    return {};
  }

  //! Records that `scope` reached `seq`; true if that is news.
  bool note_head(const std::string& scope, const std::string& family_id, std::int64_t seq) {
    const std::unique_lock lock(heads_mutex);
    ScopeHead& h = heads[scope];
    h.scope = scope;
    h.family_id = family_id;
    const bool moved = seq > h.last_seq;
    h.last_seq = std::max(h.last_seq, seq);
    return moved;
  }

  //! What another server (or kith-admin) committed, as the store reports it: a scope that moved
  //! is a hint at once; anything about access reloads the access state.
  void on_store_event(const StoreEvent& e) {
    if (e.type == StoreEvent::Type::scope_moved) {
      if (note_head(e.scope, e.family_id, e.seq)) publish(e.scope, e.seq);
      return;
    }
    if (auto ok = reload(); !ok) {
      log(LogLevel::error, "reload_failed", {{"code", std::string(to_string(ok.error().code))}});
    }
  }

  ScopeHead head_of(const std::string& scope) {
    const std::shared_lock lock(heads_mutex);
    const auto it = heads.find(scope);
    return it == heads.end() ? ScopeHead{scope, {}, 0, 0} : it->second;
  }

  // ---- hints -----------------------------------------------------------------------------------

  void send_hint(const Subscriber& s, const v1::Hint& hint) {
    s.sink->send(encode_message(hint, s.json ? Encoding::json : Encoding::protobuf), !s.json);
  }

  void publish(const std::string& scope, std::int64_t seq) {
    v1::Hint hint;
    hint.set_scope(scope);
    hint.set_seq(seq);
    const std::lock_guard lock(hub_mutex);
    for (const auto& [id, s] : subscribers) {
      if (!s.replaced && s.scopes.contains(scope)) send_hint(s, hint);
    }
  }

  //! hub_mutex held: adds a subscriber, first closing its device's oldest open streams if it
  //! already holds max_streams_per_device.
  std::uint64_t add_subscriber(Subscriber subscriber) {
    std::vector<std::uint64_t>& open = open_streams[subscriber.device_id];
    const std::size_t limit = std::max<std::size_t>(1, options.max_streams_per_device);
    while (open.size() >= limit) {
      Subscriber& oldest = subscribers.at(open.front());
      oldest.replaced = true;
      oldest.scopes.clear();
      oldest.sink->close();
      open.erase(open.begin());
      log(LogLevel::info, "event_stream_replaced", {{"limit", std::to_string(limit)}});
    }
    const std::uint64_t id = next_subscriber++;
    open.push_back(id);
    subscribers.emplace(id, std::move(subscriber));
    return id;
  }

  //! hub_mutex held.
  void remove_subscriber(std::uint64_t id) {
    const auto it = subscribers.find(id);
    if (it == subscribers.end()) return;
    if (!it->second.replaced) {
      const auto device = open_streams.find(it->second.device_id);
      if (device != open_streams.end()) {
        std::erase(device->second, id);
        if (device->second.empty()) open_streams.erase(device);
      }
    }
    subscribers.erase(it);
  }

  void refresh_subscribers(const AccessIndex& fresh) {
    const std::lock_guard lock(hub_mutex);
    for (auto& [id, s] : subscribers) {
      if (s.replaced) continue;
      const Device* device = fresh.device(s.device_id);
      if (device == nullptr || device->revoked_at != 0) {
        s.sink->close();
        s.scopes.clear();
        continue;
      }
      const auto scopes = fresh.scopes_for(s.person_id);
      std::set<std::string> now_held(scopes.begin(), scopes.end());
      if (now_held != s.scopes) {
        s.scopes = std::move(now_held);
        v1::Hint hint;
        hint.set_scopes_changed(true);
        send_hint(s, hint);
      }
    }
  }

  // ---- audit -----------------------------------------------------------------------------------

  void audit_refusal(const Caller& caller, std::string action, const Error& error,
                     std::string scope = {}, std::string family_id = {}) {
    AuditEntry entry;
    entry.at = now();
    entry.person_id = caller.person_id;
    entry.device_id = caller.device_id;
    entry.action = std::move(action);
    entry.family_id = std::move(family_id);
    entry.scope = std::move(scope);
    entry.outcome = "refused";
    entry.code = std::string(to_string(error.code));
    auto tx = store.begin();
    if (tx && (*tx)->audit(entry) && (*tx)->commit()) return;
    log(LogLevel::error, "audit_failed", {{"action", entry.action}});
  }

  // ---- authentication --------------------------------------------------------------------------

  Result<Caller> authenticate(const HttpRequest& request, std::string_view action) {
    constexpr std::string_view kBearer = "Bearer ";
    Caller caller;
    // Refusals of a device Kith knows go to the audit log. A request with no token, or one this
    // server never signed, names nobody: it is logged (without its address) but not audited, so
    // that anyone on the internet cannot grow the append-only audit table.
    auto refuse = [&](Error error) -> Result<Caller> {
      if (caller.device_id.empty()) {
        log(LogLevel::info, "refused", {{"action", std::string(action)},
                                        {"code", std::string(to_string(error.code))}});
      } else {
        audit_refusal(caller, std::string(action), error);
      }
      return unexpected(std::move(error));
    };
    if (request.authorization.substr(0, kBearer.size()) != kBearer) {
      return refuse(make_error(ErrorCode::unauthenticated,
                               "This request needs the device's access token: sign in with "
                               "POST /v1/session first."));
    }
    auto claims = verify_token(store.token_key(), request.authorization.substr(kBearer.size()), now());
    if (!claims) {
      // An expired token was signed here: its device is known.
      if (claims.error().code == ErrorCode::token_expired) {
        const std::string_view token = std::string_view(request.authorization).substr(kBearer.size() + 3);
        caller.device_id = std::string(token.substr(0, token.find('.')));
      }
      return refuse(std::move(claims).error());
    }
    caller.device_id = claims->device_id;
    const auto idx = current_index();
    const Device* device = idx->device(claims->device_id);
    if (device == nullptr) {
      return refuse(make_error(ErrorCode::unauthenticated, "This device is not enrolled here."));
    }
    caller.person_id = device->person_id;
    if (device->revoked_at != 0) {
      return refuse(make_error(ErrorCode::device_revoked,
                               "This device was signed out of Kith by a coordinator. Ask them "
                               "for a new invite."));
    }
    return caller;
  }

  // ---- endpoints -------------------------------------------------------------------------------

  HttpResponse health(const HttpRequest& request) {
    v1::Health health;
    health.set_status(is_draining ? "draining" : "ok");
    health.set_version(options.version);
    health.set_epoch(store.epoch());
    const Encoding encoding =
        is_protobuf(media_type(request.accept)) ? Encoding::protobuf : Encoding::json;
    return respond(health, encoding, is_draining ? 503 : 200);
  }

  HttpResponse enrol(const HttpRequest& request, Encoding encoding) {
    v1::EnrolRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    const std::int64_t at = now();
    if (const auto wait = limiter.take(request.peer, at); wait > 0) {
      log(LogLevel::warn, "enrol_rate_limited");
      return error_response(make_error(ErrorCode::rate_limited,
                                       "Too many attempts from here. Wait " + std::to_string(wait) +
                                           " seconds, then try again."),
                            encoding, wait);
    }
    if (!is_uuid(req.device_id())) {
      return error_response(make_error(ErrorCode::bad_request,
                                       "device_id must be the device's UUID.", "device_id"),
                            encoding);
    }
    if (req.last_seq() < 0) {
      return error_response(make_error(ErrorCode::bad_request, "last_seq cannot be negative.", "last_seq"),
                            encoding);
    }
    auto outcome = req.has_staff() ? enrol_staff(req, at) : enrol_invite(req, at);
    Caller caller{req.device_id(), {}};
    if (!outcome) {
      audit_refusal(caller, "enrol", outcome.error());
      log(LogLevel::info, "enrol_refused", {{"code", std::string(to_string(outcome.error().code))}});
      return error_response(outcome.error(), encoding);
    }
    if (auto ok = reload(); !ok) log(LogLevel::error, "reload_failed", {{"code", std::string(to_string(ok.error().code))}});
    log(LogLevel::info, "enrolled", {{"device", req.device_id()}, {"role", v1::Role_Name(outcome->role())}});
    return respond(*outcome, encoding);
  }

  Result<v1::EnrolResponse> enrol_staff(const v1::EnrolRequest& req, std::int64_t at) {
    // The account is read in its own short transaction: scrypt takes a moment, and the store's
    // one writer must not wait on it.
    std::optional<Account> account;
    {
      KITH_ASSIGN(auto read, store.begin());
      KITH_ASSIGN(account, read->account_by_username(req.staff().username()));
    }
    // Run scrypt either way, so a wrong username takes as long as a wrong password.
    const bool ok = account && account->staff
                        ? check_password(req.staff().password(), account->password_hash)
                        : (check_password(req.staff().password(),
                                          "scrypt$16$8$1$00000000000000000000000000000000$00"),
                           false);
    if (!ok) {
      return unexpected(ErrorCode::wrong_password,
                        "That username and password do not match. Check them, or ask your Kith "
                        "administrator to reset the password.");
    }
    KITH_ASSIGN(std::string secret, new_device_secret());
    KITH_ASSIGN(auto tx, store.begin());
    KITH_TRY(tx->insert_device({req.device_id(), account->person_id, sha256_hex(secret),
                                req.last_seq(), at, 0}));
    KITH_TRY(tx->audit({at, account->person_id, req.device_id(), "enrol", {}, {}, {}, {}, "ok", {}, 0}));
    // The name they go by, from their Person record; the username if they have none.
    std::string display_name = account->username;
    KITH_ASSIGN(auto person, tx->record(Kind::kPerson, account->person_id));
    if (person && person->body) {
      Record r;
      if (r.ParseFromString(*person->body)) display_name = r.person().display_name();
    }
    KITH_TRY(tx->commit());
    v1::EnrolResponse response;
    response.set_device_id(req.device_id());
    response.set_device_secret(secret);
    response.set_person_id(account->person_id);
    response.set_role(v1::ROLE_COORDINATOR);
    response.set_display_name(display_name);
    return response;
  }

  Result<v1::EnrolResponse> enrol_invite(const v1::EnrolRequest& req, std::int64_t at) {
    KITH_ASSIGN(std::string code, normalise_invite_code(req.invite_code()));
    KITH_ASSIGN(auto tx, store.begin());
    KITH_ASSIGN(auto invite, tx->invite(sha256_hex(code)));
    if (!invite) {
      return unexpected(ErrorCode::invite_unknown,
                        "That invite code is not known here. Check it, or ask your coordinator "
                        "for a new one.",
                        "invite_code");
    }
    if (invite->used_at != 0) {
      return unexpected(ErrorCode::invite_used,
                        "That invite code has been used already. Ask your coordinator for a new "
                        "one.",
                        "invite_code");
    }
    if (at >= invite->expires_at) {
      return unexpected(ErrorCode::invite_expired,
                        "That invite code has expired. Ask your coordinator for a new one.",
                        "invite_code");
    }
    KITH_ASSIGN(auto account, tx->account(invite->person_id));
    if (!account) KITH_TRY(tx->put_account({invite->person_id, {}, {}, false, at}));
    KITH_TRY(join_family(*tx, invite->person_id, invite->display_name, invite->family_id,
                         invite->role, at));
    KITH_ASSIGN(std::string secret, new_device_secret());
    KITH_TRY(tx->insert_device({req.device_id(), invite->person_id, sha256_hex(secret),
                                req.last_seq(), at, 0}));
    KITH_TRY(tx->mark_invite_used(invite->code_hash, at));
    KITH_TRY(tx->audit({at, invite->person_id, req.device_id(), "enrol", invite->family_id, {}, {},
                        {}, "ok", {}, 0}));
    KITH_TRY(tx->commit());
    v1::EnrolResponse response;
    response.set_device_id(req.device_id());
    response.set_device_secret(secret);
    response.set_person_id(invite->person_id);
    response.set_family_id(invite->family_id);
    response.set_role(invite->role);
    response.set_display_name(invite->display_name);
    return response;
  }

  HttpResponse session(const HttpRequest& request, Encoding encoding) {
    v1::SessionRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    if (!is_uuid(req.device_id())) {
      return error_response(make_error(ErrorCode::bad_request,
                                       "device_id must be the device's UUID.", "device_id"),
                            encoding);
    }
    auto idx = current_index();
    if (idx->device(req.device_id()) == nullptr && limiter.take(request.peer, now()) == 0) {
      // Enrolled by another server process a moment ago, perhaps: look again before refusing
      // (rate-limited per address, as a reload reads the whole access state).
      (void)reload();
      idx = current_index();
    }
    const Device* device = idx->device(req.device_id());
    Caller caller{req.device_id(), device != nullptr ? device->person_id : std::string()};
    if (device == nullptr ||
        !equal_constant_time(sha256_hex(req.device_secret()), device->secret_hash)) {
      const Error error = make_error(ErrorCode::wrong_secret,
                                     "This device's key is not recognised. Enrol it again with a "
                                     "new invite.");
      // Audited only for a device Kith knows: a made-up id names nobody, and auditing it would
      // let anyone grow the append-only log.
      if (device != nullptr) {
        audit_refusal(caller, "session", error);
      } else {
        log(LogLevel::info, "refused", {{"action", "session"}, {"code", "wrong_secret"}});
      }
      return error_response(error, encoding);
    }
    if (device->revoked_at != 0) {
      const Error error = make_error(ErrorCode::device_revoked,
                                     "This device was signed out of Kith by a coordinator. Ask "
                                     "them for a new invite.");
      audit_refusal(caller, "session", error);
      return error_response(error, encoding);
    }
    v1::SessionResponse response;
    response.set_access_token(issue_token(store.token_key(), device->id, now() + options.token_seconds));
    response.set_expires_in_seconds(options.token_seconds);
    response.set_person_id(device->person_id);
    response.set_epoch(store.epoch());
    return respond(response, encoding);
  }

  // One mutation inside the push transaction. A Result error is a store failure (the whole push
  // is rolled back and retried later); a refusal for good comes back in `rejection`.
  struct Applied {
    std::optional<Error> rejection;
    std::string scope;
    std::string family_id;
    std::int64_t seq = 0;
    std::optional<Record> superseded;
    bool access_changed = false;
    bool staff_write = false;
    std::string kind;
    std::string record_id;
  };

  Result<Applied> apply_mutation(Transaction& tx, const AccessIndex& idx, const Caller& caller,
                                 const v1::Mutation& m, std::int64_t at) {
    Applied out;
    auto refuse = [&](Error error) -> Result<Applied> {
      out.rejection = std::move(error);
      return out;
    };
    if (m.change_case() == v1::Mutation::kWithdrawn || m.change_case() == v1::Mutation::CHANGE_NOT_SET) {
      if (m.change_case() == v1::Mutation::CHANGE_NOT_SET) {
        return refuse(make_error(ErrorCode::bad_request, "A mutation must put, remove or withdraw."));
      }
      return out;
    }
    if (m.change_case() == v1::Mutation::kRemove) {
      const auto kind = domain::kind_from_name(m.remove().kind());
      if (!kind || !is_uuid(m.remove().id())) {
        return refuse(make_error(ErrorCode::bad_request, "A deletion must name a record kind and id."));
      }
      out.kind = m.remove().kind();
      out.record_id = m.remove().id();
      KITH_ASSIGN(auto stored, tx.record(*kind, m.remove().id()));
      if (!stored || !stored->body) return out;  // already gone: nothing to do, and no error
      KITH_ASSIGN(Record existing, domain::decode(*stored->body));
      KITH_ASSIGN(Scope scope, Scope::parse(stored->scope));
      if (auto ok = idx.may_remove(caller.person_id, existing, scope); !ok) return refuse(ok.error());
      KITH_ASSIGN(out.seq, tx.write(stored->scope, stored->family_id, *kind, stored->id,
                                    std::nullopt, at, caller.device_id));
      out.scope = stored->scope;
      out.family_id = stored->family_id;
      out.access_changed = *kind == Record::kMembership || *kind == Record::kFamily;
      out.staff_write = idx.is_staff_reader(caller.person_id, scope);
      return out;
    }

    const Record& record = m.put();
    if (auto ok = domain::validate(record); !ok) return refuse(ok.error());
    auto scope = domain::scope_for(record);
    if (!scope) return refuse(scope.error());
    out.kind = std::string(domain::kind_name(record.body_case()));
    out.record_id = domain::record_id(record);
    KITH_ASSIGN(auto stored, tx.record(record.body_case(), out.record_id));
    // An id belongs to one scope for good, tombstone included: reusing a deleted record's id
    // elsewhere would carry its tombstone away from the devices that hold the old scope.
    if (stored && stored->scope != scope->to_string()) {
      return refuse(make_error(ErrorCode::wrong_scope,
                               "That record id is in use for other people. Write a new record."));
    }
    std::optional<Record> existing;
    if (stored && stored->body) {
      KITH_ASSIGN(Record old, domain::decode(*stored->body));
      existing = std::move(old);
    }
    if (auto ok = idx.may_write(caller.person_id, record, *scope, existing); !ok) {
      return refuse(ok.error());
    }
    const bool new_family = record.has_family() && !idx.family_exists(record.family().id());
    const std::string body = domain::encode(record);
    // A clash: the device changed a version older than the server's, and the newer one came from
    // someone else (a device's own earlier change is not a clash: its changes arrive in order).
    // The later write wins, in server order, and the value it replaced goes back to the device
    // so both can be seen.
    if (existing && stored->seq != m.base_seq() && stored->device_id != caller.device_id &&
        domain::encode(*existing) != body) {
      out.superseded = existing;
    }
    out.scope = scope->to_string();
    out.family_id = domain::record_family_id(record);
    KITH_ASSIGN(out.seq, write_record_body(tx, record, out.scope, body, at, caller.device_id));
    if (new_family) {
      // Whoever makes a family coordinates it.
      KITH_TRY(join_family(tx, caller.person_id, {}, record.family().id(), v1::ROLE_COORDINATOR, at));
    }
    out.access_changed = new_family || record.has_membership();
    out.staff_write = idx.is_staff_reader(caller.person_id, *scope) || new_family;
    return out;
  }

  HttpResponse push(const HttpRequest& request, Encoding encoding) {
    auto caller = authenticate(request, "push");
    if (!caller) return error_response(caller.error(), encoding);
    v1::PushRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    if (req.device_id() != caller->device_id) {
      const Error error = make_error(ErrorCode::forbidden, "A device can only push its own changes.", "device_id");
      audit_refusal(*caller, "push", error);
      return error_response(error, encoding);
    }
    if (static_cast<std::size_t>(req.mutations_size()) > options.max_mutations) {
      return error_response(make_error(ErrorCode::bad_request,
                                       "Send at most " + std::to_string(options.max_mutations) +
                                           " changes in one push.",
                                       "mutations"),
                            encoding);
    }
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t at = now();
    const auto idx = current_index();
    v1::PushResponse response;
    std::vector<Applied> applied;
    std::size_t rejected = 0;
    auto run = [&]() -> Result<void> {
      KITH_ASSIGN(auto tx, store.begin());
      KITH_ASSIGN(auto device, tx->device(caller->device_id));
      if (!device) return unexpected(ErrorCode::unauthenticated, "This device is not enrolled here.");
      std::int64_t last = device->last_seq;
      // After a restore (kith-admin new-epoch) the backup's number is behind the device's: the
      // device's next push sets it afresh.
      if (last < 0 && req.mutations_size() > 0) last = req.mutations(0).seq() - 1;
      for (const v1::Mutation& m : req.mutations()) {
        v1::MutationResult* result = response.add_results();
        result->set_seq(m.seq());
        if (m.seq() <= last) {
          // Seen before: answer as the first time, and change nothing.
          KITH_ASSIGN(auto earlier, tx->rejection(caller->device_id, m.seq()));
          if (earlier) {
            result->set_status(v1::MutationResult::REJECTED);
            result->mutable_error()->set_code(std::string(to_string(earlier->code)));
            result->mutable_error()->set_message(earlier->message);
            result->mutable_error()->set_field(earlier->field);
          } else {
            result->set_status(v1::MutationResult::DUPLICATE);
          }
          continue;
        }
        if (m.seq() != last + 1) {
          response.mutable_results()->RemoveLast();
          if (response.results_size() == 0) {
            return unexpected(ErrorCode::sequence_gap,
                              "Change " + std::to_string(m.seq()) + " came before change " +
                                  std::to_string(last + 1) + ". Send from " +
                                  std::to_string(last + 1) + ".");
          }
          break;  // apply what came before the gap; the device resends from `last_seq`
        }
        KITH_ASSIGN(Applied a, apply_mutation(*tx, *idx, *caller, m, at));
        if (a.rejection) {
          ++rejected;
          KITH_TRY(tx->add_rejection(caller->device_id, m.seq(), *a.rejection));
          KITH_TRY(tx->audit({at, caller->person_id, caller->device_id, "push", a.family_id, a.scope,
                              a.kind, a.record_id, "refused", std::string(to_string(a.rejection->code)), 0}));
          result->set_status(v1::MutationResult::REJECTED);
          result->mutable_error()->set_code(std::string(to_string(a.rejection->code)));
          result->mutable_error()->set_message(a.rejection->message);
          result->mutable_error()->set_field(a.rejection->field);
        } else {
          if (a.staff_write) {
            KITH_TRY(tx->audit({at, caller->person_id, caller->device_id, "push", a.family_id,
                                a.scope, a.kind, a.record_id, "ok", {}, 1}));
          }
          result->set_status(v1::MutationResult::APPLIED);
          result->set_server_seq(a.seq);
          result->set_scope(a.scope);
          if (a.superseded) *result->mutable_superseded() = *a.superseded;
          applied.push_back(std::move(a));
        }
        last = m.seq();
      }
      if (last != device->last_seq) KITH_TRY(tx->set_device_last_seq(caller->device_id, last));
      KITH_TRY(tx->commit());
      if (options.exit_after_push_commit) std::_Exit(137);
      response.set_last_seq(last);
      return {};
    };
    // A store shared by several servers may ask for a transaction to be run again (a deadlock, a
    // serialisation failure, another server applying the same changes first): it rolled back, so
    // running it again is safe and gives the answer as it stands now.
    Result<void> ok;
    for (int attempt = 0; attempt < 3; ++attempt) {
      response.Clear();
      applied.clear();
      rejected = 0;
      ok = run();
      if (ok || ok.error().code != ErrorCode::unavailable) break;
    }
    if (!ok) {
      if (ok.error().code == ErrorCode::sequence_gap || ok.error().code == ErrorCode::unauthenticated) {
        return error_response(ok.error(), encoding);
      }
      log(LogLevel::error, "push_failed", {{"device", caller->device_id},
                                           {"code", std::string(to_string(ok.error().code))}});
      return error_response(make_error(ErrorCode::unavailable,
                                       "The server could not store these changes just now. They "
                                       "are safe on the device and will be sent again."),
                            encoding, 5);
    }
    bool access_changed = false;
    for (const Applied& a : applied) {
      if (a.seq == 0) continue;
      note_head(a.scope, a.family_id, a.seq);
      access_changed = access_changed || a.access_changed;
    }
    if (access_changed) {
      if (auto reloaded = reload(); !reloaded) log(LogLevel::error, "reload_failed");
    }
    for (const Applied& a : applied) {
      if (a.seq != 0) publish(a.scope, a.seq);
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started).count();
    log(LogLevel::info, "push", {{"device", caller->device_id},
                                 {"mutations", std::to_string(req.mutations_size())},
                                 {"applied", std::to_string(applied.size())},
                                 {"rejected", std::to_string(rejected)},
                                 {"ms", std::to_string(ms)}});
    return respond(response, encoding);
  }

  HttpResponse pull(const HttpRequest& request, Encoding encoding) {
    auto caller = authenticate(request, "pull");
    if (!caller) return error_response(caller.error(), encoding);
    v1::PullRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    if (req.device_id() != caller->device_id) {
      const Error error = make_error(ErrorCode::forbidden, "A device can only pull for itself.", "device_id");
      audit_refusal(*caller, "pull", error);
      return error_response(error, encoding);
    }
    const auto idx = current_index();
    const std::vector<std::string> scopes = idx->scopes_for(caller->person_id);  // sorted
    const std::string& epoch = store.epoch();
    v1::PullResponse response;
    response.set_epoch(epoch);
    response.set_compact_cursors(true);

    // Compact cursors (no scope named, only a digest of them all and their seqs in order) stand
    // for full ones when the digest is that of the scopes this person may hold now.
    std::vector<v1::ScopeCursor> unpacked;
    const bool compact = req.cursors_size() == 0 && req.last_seqs_size() > 0;
    if (compact) {
      if (static_cast<std::size_t>(req.last_seqs_size()) != scopes.size() ||
          req.scopes_digest() != domain::scopes_digest(scopes)) {
        response.set_cursors_needed(true);
        for (const std::string& s : scopes) response.add_scopes(s);
        return respond(response, encoding);
      }
      unpacked.resize(scopes.size());
      for (std::size_t i = 0; i < scopes.size(); ++i) {
        unpacked[i].set_scope(scopes[i]);
        unpacked[i].set_epoch(req.epoch());
        unpacked[i].set_last_seq(req.last_seqs(static_cast<int>(i)));
      }
      response.set_scopes_unchanged(true);
    } else {
      for (const std::string& s : scopes) response.add_scopes(s);
    }
    // Views into `req` (or `unpacked`), which outlive the map: no copy of a scope name.
    std::unordered_map<std::string_view, const v1::ScopeCursor*> cursors;
    cursors.reserve(static_cast<std::size_t>(req.cursors_size()) + unpacked.size());
    for (const v1::ScopeCursor& c : req.cursors()) cursors.emplace(c.scope(), &c);
    for (const v1::ScopeCursor& c : unpacked) cursors.emplace(c.scope(), &c);

    // Which scopes have something for this device, from memory: a pull with nothing new ends here
    // without a query.
    struct Want {
      std::string scope;
      std::int64_t after = 0;
      bool reset = false;
      ScopeHead head;
    };
    // The heads are read under one shared lock for all the scopes, without copying them: a
    // no-change pull, the most common request, is a handful of lookups. A scope this server has
    // not heard of has its head at 0, as head_of() says.
    const auto held_seq = [&](const std::string& s) {
      const auto it = heads.find(s);
      return it == heads.end() ? std::int64_t{0} : it->second.last_seq;
    };
    // A cursor ahead of what this server has heard of its scope: with several servers on one
    // database, another may have moved it a moment ago and its notice is on the way. Ask the
    // store before taking the cursor for a bad one (which would cost the device a reload).
    std::vector<std::string> ahead;
    {
      const std::shared_lock lock(heads_mutex);
      for (const std::string& s : scopes) {
        const auto it = cursors.find(s);
        if (it != cursors.end() && it->second->epoch() == epoch &&
            it->second->last_seq() > held_seq(s)) {
          ahead.push_back(s);
        }
      }
    }
    if (!ahead.empty()) {
      auto heads_now = [&]() -> Result<void> {
        KITH_ASSIGN(auto tx, store.begin());
        for (const std::string& s : ahead) {
          KITH_ASSIGN(auto h, tx->head(s));
          if (h && note_head(s, h->family_id, h->last_seq)) publish(s, h->last_seq);
        }
        return tx->commit();
      };
      if (auto ok = heads_now(); !ok) {
        log(LogLevel::error, "pull_failed", {{"code", std::string(to_string(ok.error().code))}});
      }
    }

    std::vector<Want> wants;
    {
      const std::shared_lock lock(heads_mutex);
      for (const std::string& s : scopes) {
        const auto found = heads.find(s);
        const bool heard = found != heads.end();
        const std::int64_t last_seq = heard ? found->second.last_seq : 0;
        const std::int64_t horizon = heard ? found->second.horizon : 0;
        // A copy only of a head that goes into the answer.
        const auto head = [&] { return heard ? found->second : ScopeHead{s, {}, 0, 0}; };
        const auto it = cursors.find(s);
        if (it == cursors.end()) {
          // Nothing held yet: a snapshot (reset, since the device may hold a stale copy).
          wants.push_back({s, 0, true, head()});
          continue;
        }
        const v1::ScopeCursor& c = *it->second;
        if (c.epoch() != epoch || c.last_seq() < horizon || c.last_seq() > last_seq) {
          wants.push_back({s, 0, true, head()});
        } else if (c.last_seq() < last_seq) {
          wants.push_back({s, c.last_seq(), false, head()});
        }
      }
    }
    if (wants.empty()) return respond(response, encoding);

    std::size_t budget = options.max_changes;
    if (req.max_changes() > 0) budget = std::min<std::size_t>(budget, req.max_changes());
    auto run = [&]() -> Result<void> {
      KITH_ASSIGN(auto tx, store.begin());
      for (std::size_t i = 0; i < wants.size(); ++i) {
        const Want& w = wants[i];
        if (budget == 0) break;
        KITH_ASSIGN(auto rows, tx->changes(w.scope, w.after, budget));
        v1::ScopePage* page = response.add_pages();
        page->set_scope(w.scope);
        page->set_epoch(store.epoch());
        page->set_reset(w.reset);
        std::int64_t last = w.after;
        std::int64_t count = 0;
        for (const StoredRecord& row : rows) {
          last = row.seq;
          if (!row.body) {
            if (w.reset) continue;  // a snapshot has no use for tombstones
            v1::Change* change = page->add_changes();
            change->set_seq(row.seq);
            change->mutable_remove()->set_kind(std::string(domain::kind_name(row.kind)));
            change->mutable_remove()->set_id(row.id);
            continue;
          }
          v1::Change* change = page->add_changes();
          change->set_seq(row.seq);
          if (!change->mutable_put()->ParseFromString(*row.body)) {
            return unexpected(ErrorCode::store_damaged, "A stored record cannot be read.");
          }
          ++count;
        }
        budget -= std::min(budget, rows.size());
        // Caught up: the cursor moves to the head the pull saw, even past trailing tombstones a
        // snapshot skipped.
        // More of this scope waits if the budget ran out inside it; other scopes wait if it ran
        // out before them. Either way the device pulls again.
        const bool truncated = rows.size() > 0 && budget == 0 && last < w.head.last_seq;
        page->set_more(truncated || (budget == 0 && i + 1 < wants.size()));
        page->set_last_seq(truncated ? last : std::max(last, w.head.last_seq));
        KITH_ASSIGN(Scope scope, Scope::parse(w.scope));
        if (idx->is_staff_reader(caller->person_id, scope) && count > 0) {
          KITH_TRY(tx->audit({now(), caller->person_id, caller->device_id, "pull", scope.family_id,
                              w.scope, {}, {}, "ok", {}, count}));
        }
      }
      return tx->commit();
    };
    if (auto ok = run(); !ok) {
      log(LogLevel::error, "pull_failed", {{"code", std::string(to_string(ok.error().code))}});
      return error_response(make_error(ErrorCode::unavailable,
                                       "The server could not read changes just now; try again."),
                            encoding, 5);
    }
    return respond(response, encoding);
  }
  // ---- invites and volunteers, for coordinators in the app -------------------------------------

  HttpResponse invite(const HttpRequest& request, Encoding encoding) {
    auto caller = authenticate(request, "invite");
    if (!caller) return error_response(caller.error(), encoding);
    v1::InviteRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    const std::int64_t at = now();
    // Per person, not per address: a coordinator's phone moves between networks, and a stolen
    // token must not mint codes without end. A 429 is logged, not audited, so that it cannot
    // grow the audit log either.
    if (const auto wait = invite_limiter.take(caller->person_id, at); wait > 0) {
      log(LogLevel::warn, "invite_rate_limited", {{"device", caller->device_id}});
      return error_response(make_error(ErrorCode::rate_limited,
                                       "Too many invites made in a short time. Wait " +
                                           std::to_string(wait) + " seconds, then try again."),
                            encoding, wait);
    }
    auto made = make_invite(*caller, req, at);
    if (!made) {
      // Only an id goes into the audit log, never text the caller chose.
      audit_refusal(*caller, "invite", made.error(), {},
                    is_uuid(req.family_id()) ? req.family_id() : std::string());
      if (made.error().code == ErrorCode::unavailable) {
        return error_response(made.error(), encoding, 5);
      }
      return error_response(made.error(), encoding);
    }
    log(LogLevel::info, "invite", {{"device", caller->device_id}, {"role", v1::Role_Name(req.role())}});
    return respond(*made, encoding);
  }

  Result<v1::InviteResponse> make_invite(const Caller& caller, const v1::InviteRequest& req,
                                         std::int64_t at) {
    // What the request says, before who asks: these are the caller's own mistakes.
    if (!is_uuid(req.family_id())) {
      return unexpected(ErrorCode::bad_request, "family_id must be the family's id (a lower-case UUID).",
                        "family_id");
    }
    if (req.role() == v1::ROLE_COORDINATOR) {
      return unexpected(ErrorCode::forbidden,
                        "Coordinators are staff accounts: the Kith administrator adds them with "
                        "kith-admin, not with an invite.",
                        "role");
    }
    if (req.role() != v1::ROLE_PARENT && req.role() != v1::ROLE_NETWORK &&
        req.role() != v1::ROLE_YOUNG_PERSON && req.role() != v1::ROLE_CARE_LEAVER &&
        req.role() != v1::ROLE_VOLUNTEER) {
      return unexpected(ErrorCode::bad_request,
                        "Choose the person's role: parent, network, young person, care leaver or "
                        "volunteer.",
                        "role");
    }
    {
      // The name must be one their profile could hold: the same rules as a Person record.
      Record profile;
      profile.mutable_person()->set_id(new_uuid());
      profile.mutable_person()->set_display_name(req.display_name());
      if (auto ok = domain::validate(profile); !ok) {
        return unexpected(ErrorCode::bad_request, ok.error().message, "display_name");
      }
    }
    constexpr std::int32_t kMaxHours = 14 * 24;
    if (req.valid_hours() < 0 || req.valid_hours() > kMaxHours) {
      return unexpected(ErrorCode::bad_request,
                        "An invite lasts from 1 to " + std::to_string(kMaxHours) +
                            " hours (14 days); leave valid_hours out for 3 days.",
                        "valid_hours");
    }
    if (!req.person_id().empty() && !is_uuid(req.person_id())) {
      return unexpected(ErrorCode::bad_request,
                        "person_id must be a person's id (a lower-case UUID), or left out for "
                        "someone new.",
                        "person_id");
    }
    const auto idx = current_index();
    if (!idx->family_exists(req.family_id())) {
      return unexpected(ErrorCode::not_found, "There is no family with that id.", "family_id");
    }
    if (idx->role_in(caller.person_id, req.family_id()) != v1::ROLE_COORDINATOR) {
      return unexpected(ErrorCode::forbidden,
                        "Only a coordinator of this family can invite people to it.");
    }
    if (!req.person_id().empty()) {
      // Redeeming an invite for an existing person enrols a device AS that person, in every
      // family they belong to. So only volunteers (whose devices hold only their own support
      // scopes) can be invited by id, never staff, and only to volunteer again.
      if (idx->is_staff(req.person_id())) {
        return unexpected(ErrorCode::forbidden,
                          "Staff sign in with their username and password; they are not invited.",
                          "person_id");
      }
      if (!idx->is_volunteer(req.person_id())) {
        return unexpected(ErrorCode::not_found,
                          "There is no volunteer with that id. Leave person_id out to invite "
                          "someone new.",
                          "person_id");
      }
      if (req.role() != v1::ROLE_VOLUNTEER) {
        return unexpected(ErrorCode::bad_request,
                          "A volunteer already known to Kith can be invited as a volunteer only.",
                          "role");
      }
      const auto current = idx->role_in(req.person_id(), req.family_id());
      if (current && *current != v1::ROLE_VOLUNTEER) {
        return unexpected(ErrorCode::bad_request,
                          "That person already has another role in this family.", "person_id");
      }
    }
    InviteSpec spec;
    spec.family_id = req.family_id();
    spec.person_id = req.person_id();
    spec.role = req.role();
    spec.display_name = req.display_name();
    spec.created_by = caller.person_id;
    spec.valid_seconds = req.valid_hours() == 0 ? kInviteDefaultSeconds
                                                : std::int64_t{req.valid_hours()} * 60 * 60;
    auto run = [&]() -> Result<IssuedInvite> {
      KITH_ASSIGN(auto tx, store.begin());
      KITH_ASSIGN(IssuedInvite issued, issue_invite(*tx, spec, at));
      // The code is never audited: it would let whoever reads the log enrol as the person.
      KITH_TRY(tx->audit({at, caller.person_id, caller.device_id, "invite", spec.family_id, {},
                          "person", issued.person_id, "ok", {}, 0}));
      KITH_TRY(tx->commit());
      return issued;
    };
    auto issued = run();
    if (!issued) {
      if (issued.error().code == ErrorCode::not_found) return unexpected(std::move(issued).error());
      log(LogLevel::error, "invite_failed", {{"code", std::string(to_string(issued.error().code))}});
      return unexpected(ErrorCode::unavailable,
                        "The server could not make the invite just now; try again in a moment.");
    }
    v1::InviteResponse response;
    response.set_code(issued->code);
    response.mutable_expires_at()->set_seconds(issued->expires_at);
    response.set_person_id(issued->person_id);
    return response;
  }

  HttpResponse volunteers(const HttpRequest& request, Encoding encoding) {
    auto caller = authenticate(request, "volunteers");
    if (!caller) return error_response(caller.error(), encoding);
    v1::VolunteersRequest req;
    if (auto ok = parse_body(request, encoding, req); !ok) return error_response(ok.error(), encoding);
    const auto idx = current_index();
    if (!idx->is_staff(caller->person_id)) {
      const Error error = make_error(ErrorCode::forbidden,
                                     "Only staff can see the list of volunteers.");
      audit_refusal(*caller, "volunteers", error);
      return error_response(error, encoding);
    }
    v1::VolunteersResponse response;
    auto run = [&]() -> Result<void> {
      KITH_ASSIGN(auto tx, store.begin());
      for (const std::string& id : idx->volunteers()) {
        if (idx->is_staff(id)) continue;  // they cannot be invited: see make_invite
        v1::Volunteer* v = response.add_volunteers();
        v->set_person_id(id);
        // The name from their profile, and nothing else of it.
        KITH_ASSIGN(auto profile, tx->record(Kind::kPerson, id));
        if (profile && profile->body) {
          KITH_ASSIGN(Record r, domain::decode(*profile->body));
          v->set_display_name(r.person().display_name());
        }
      }
      // Staff reading people's names is a read of personal data: audited, with the count.
      KITH_TRY(tx->audit({now(), caller->person_id, caller->device_id, "volunteers", {}, {},
                          "person", {}, "ok", {}, response.volunteers_size()}));
      return tx->commit();
    };
    if (auto ok = run(); !ok) {
      log(LogLevel::error, "volunteers_failed", {{"code", std::string(to_string(ok.error().code))}});
      return error_response(make_error(ErrorCode::unavailable,
                                       "The server could not read the volunteers just now; try "
                                       "again."),
                            encoding, 5);
    }
    std::sort(response.mutable_volunteers()->begin(), response.mutable_volunteers()->end(),
              [](const v1::Volunteer& a, const v1::Volunteer& b) {
                return std::tie(a.display_name(), a.person_id()) <
                       std::tie(b.display_name(), b.person_id());
              });
    return respond(response, encoding);
  }
};

KithService::KithService(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KithService::~KithService() {
  impl_->store.set_listener({});  // waits for a call in progress
}

Result<std::unique_ptr<KithService>> KithService::create(ServerStore& store, ServiceOptions options) {
  auto impl = std::make_unique<Impl>(store, std::move(options));
  // Listening first, so nothing committed elsewhere during the first load goes unheard.
  Impl* raw = impl.get();
  store.set_listener([raw](const StoreEvent& e) { raw->on_store_event(e); });
  if (auto ok = impl->reload(); !ok) {
    store.set_listener({});
    return unexpected(std::move(ok).error());
  }
  return std::unique_ptr<KithService>(new KithService(std::move(impl)));
}

HttpResponse KithService::handle(const HttpRequest& request) {
  std::string_view path = request.target;
  path = path.substr(0, path.find('?'));
  const std::string_view type = media_type(request.content_type);
  const Encoding encoding = is_json(type) ? Encoding::json : Encoding::protobuf;
  // Errors before the body is read answer in JSON unless the client asked for protobuf.
  const Encoding error_encoding = is_protobuf(type) ? Encoding::protobuf : Encoding::json;

  if (path == "/healthz") {
    if (request.method != "GET" && request.method != "HEAD") {
      HttpResponse r = error_response(make_error(ErrorCode::method_not_allowed, "Use GET."), error_encoding);
      r.headers.emplace_back("Allow", "GET");
      return r;
    }
    return impl_->health(request);
  }
  using Handler = HttpResponse (Impl::*)(const HttpRequest&, Encoding);
  static const std::map<std::string_view, Handler> kPosts = {
      {"/v1/enrol", &Impl::enrol},
      {"/v1/session", &Impl::session},
      {"/v1/push", &Impl::push},
      {"/v1/pull", &Impl::pull},
      {"/v1/invites", &Impl::invite},
      {"/v1/volunteers", &Impl::volunteers},
  };
  const auto it = kPosts.find(path);
  if (it == kPosts.end()) {
    if (path == "/v1/events") {
      return error_response(make_error(ErrorCode::bad_request,
                                       "/v1/events is a WebSocket: connect with an upgrade."),
                            error_encoding);
    }
    return error_response(make_error(ErrorCode::not_found, "There is nothing at this address."),
                          error_encoding);
  }
  if (request.method != "POST") {
    HttpResponse r = error_response(make_error(ErrorCode::method_not_allowed, "Use POST."), error_encoding);
    r.headers.emplace_back("Allow", "POST");
    return r;
  }
  if (!is_json(type) && !is_protobuf(type)) {
    return error_response(make_error(ErrorCode::unsupported_media_type,
                                     "Send application/x-protobuf or application/json."),
                          Encoding::json);
  }
  if (impl_->is_draining) {
    return error_response(make_error(ErrorCode::unavailable,
                                     "The server is restarting; try again in a moment."),
                          encoding, 2);
  }
  return ((*impl_).*(it->second))(request, encoding);
}

std::variant<std::uint64_t, HttpResponse> KithService::subscribe(const HttpRequest& upgrade,
                                                                 std::shared_ptr<EventSink> sink) {
  auto caller = impl_->authenticate(upgrade, "events");
  if (!caller) return error_response(caller.error(), Encoding::json);
  Subscriber s;
  s.device_id = caller->device_id;
  s.person_id = caller->person_id;
  const auto scopes = impl_->current_index()->scopes_for(caller->person_id);
  s.scopes.insert(scopes.begin(), scopes.end());
  s.sink = std::move(sink);
  s.json = upgrade.target.find("format=json") != std::string::npos ||
           media_type(upgrade.accept) == "application/json";
  const std::lock_guard lock(impl_->hub_mutex);
  return impl_->add_subscriber(std::move(s));
}

void KithService::unsubscribe(std::uint64_t id) {
  const std::lock_guard lock(impl_->hub_mutex);
  impl_->remove_subscriber(id);
}

void KithService::draining() { impl_->is_draining = true; }

Result<std::int64_t> KithService::prune_tombstones(std::int64_t before) {
  KITH_ASSIGN(std::int64_t pruned, impl_->store.prune_tombstones(before));
  if (pruned > 0) KITH_TRY(impl_->reload());
  return pruned;
}

void KithService::tick() {
  auto changed = impl_->store.changed_elsewhere();
  if (!changed) {
    log(LogLevel::error, "store_check_failed", {{"code", std::string(to_string(changed.error().code))}});
    return;
  }
  if (*changed) {
    if (auto ok = impl_->reload(); !ok) log(LogLevel::error, "reload_failed");
  }
}

}  // namespace kith::server
