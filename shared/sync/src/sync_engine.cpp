#include "kith/sync/sync_engine.hpp"

#include <algorithm>
#include <future>
#include <map>
#include <set>

#include <google/protobuf/util/json_util.h>

#include "kith/domain/record.hpp"
#include "kith/domain/scope.hpp"
#include "kith/v1/sync.pb.h"

namespace kith::sync {
namespace {

constexpr const char* kProtobuf = "application/x-protobuf";

std::int64_t now_seconds(const EngineOptions& options) {
  if (options.now) return options.now();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The server's answer as a Result: the message for 200, its Error otherwise.
template <typename T>
Result<T> read_answer(const net::Response& response) {
  if (response.status == 200) {
    T message;
    if (!message.ParseFromString(response.body)) {
      return unexpected(ErrorCode::protocol_error,
                        "The server's answer could not be read. Is this a Kith server?");
    }
    return message;
  }
  // Refusals from the network layer (413, 431, 400 before the body was read) come as JSON.
  v1::Error error;
  const bool json = response.content_type.starts_with("application/json");
  const bool parsed = json ? google::protobuf::util::JsonStringToMessage(response.body, &error).ok()
                           : error.ParseFromString(response.body);
  if (!parsed || error.code().empty()) {
    return unexpected(response.status >= 500 ? ErrorCode::unavailable : ErrorCode::protocol_error,
                      "The server answered " + std::to_string(response.status) +
                          " without saying why.");
  }
  return unexpected(error_code_from_string(error.code()), error.message(), error.field());
}

Result<net::HttpsClient> make_client(const ServerTrust& trust, const EngineOptions& options) {
  return net::HttpsClient::create(trust.url, net::TlsTrust{trust.ca_pem, trust.pinned_key_sha256},
                                  options.client);
}

Result<std::string> required_setting(store::Store& store, const char* key) {
  KITH_ASSIGN(auto value, store.setting(key));
  if (!value || value->empty()) {
    return unexpected(ErrorCode::not_enrolled,
                      "This device has not joined a Kith server yet: enrol it with an invite code.");
  }
  return *value;
}

}  // namespace

bool is_temporary(const Error& error) {
  switch (error.code) {
    case ErrorCode::network_unreachable:
    case ErrorCode::timeout:
    case ErrorCode::unavailable:
    case ErrorCode::rate_limited:
    case ErrorCode::internal:
    case ErrorCode::io_error:
    case ErrorCode::protocol_error:
    case ErrorCode::conflict:
      return true;
    default:
      return false;
  }
}

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed)
    : base_(base), cap_(cap), random_(seed) {}

std::chrono::milliseconds Backoff::next() {
  const int shift = std::min(attempt_, 30);
  ++attempt_;
  const auto ceiling = std::min<std::int64_t>(cap_.count(), base_.count() << shift);
  std::uniform_int_distribution<std::int64_t> pick(0, std::max<std::int64_t>(ceiling, 1));
  return std::chrono::milliseconds(pick(random_));
}

struct SyncEngine::Impl {
  store::Store& store;
  EngineOptions options;
  net::HttpsClient client;
  std::string device_id;
  std::string secret;
  std::string token;
  std::int64_t token_expires = 0;
  std::optional<net::EventStream> events;
  //! The server said it reads compact cursors (so an older server is never sent them).
  bool server_reads_compact = false;
  //! How much one push or one pull answer may carry. A request that times out says the link
  //! could not carry that much within request_timeout: the next asks for a quarter. Each success
  //! grows it by half again, up to the options' size (by half, not double, so that a link that
  //! stays slow times out less often on the way back up). So a device on a poor link with a large backlog
  //! gets through in small steps instead of sending the same request that can never finish.
  std::size_t push_limit = 0;    //!< mutations; 0 until first used (options.push_batch)
  std::size_t pull_limit = 0;    //!< changes an answer; 0 until first used (options.pull_changes)

  static void adapt(std::size_t& limit, std::size_t most, const Result<void>& outcome) {
    if (limit == 0) limit = most;
    if (!outcome && outcome.error().code == ErrorCode::timeout) {
      limit = std::max<std::size_t>(1, limit / 4);
    } else if (outcome) {
      limit = std::min(most, limit + (limit + 1) / 2);
    }
  }
  //! The server could not match compact cursors to the device's scopes: send them in full.
  bool send_full_cursors = false;

  Impl(store::Store& s, EngineOptions o, net::HttpsClient c)
      : store(s), options(std::move(o)), client(std::move(c)), device_id(s.device_id()) {}

  ~Impl() { std::fill(secret.begin(), secret.end(), '\0'); }

  Result<void> ensure_token() {
    if (!token.empty() && now_seconds(options) + 30 < token_expires) return {};
    v1::SessionRequest req;
    req.set_device_id(device_id);
    req.set_device_secret(secret);
    net::Request request{"POST", "/v1/session", kProtobuf, kProtobuf, req.SerializeAsString(), {}};
    KITH_ASSIGN(net::Response response, client.send(request));
    KITH_ASSIGN(auto session, read_answer<v1::SessionResponse>(response));
    token = session.access_token();
    token_expires = now_seconds(options) + session.expires_in_seconds();
    return {};
  }

  // Sends an authenticated request; gets a new token once if the server says it expired.
  template <typename Answer>
  Result<Answer> call(const std::string& target, const google::protobuf::Message& message) {
    KITH_TRY(ensure_token());
    net::Request request{"POST", target, kProtobuf, kProtobuf, message.SerializeAsString(),
                         "Bearer " + token};
    KITH_ASSIGN(net::Response response, client.send(request));
    auto answer = read_answer<Answer>(response);
    if (!answer && (answer.error().code == ErrorCode::token_expired ||
                    answer.error().code == ErrorCode::unauthenticated)) {
      token.clear();
      KITH_TRY(ensure_token());
      request.authorization = "Bearer " + token;
      KITH_ASSIGN(response, client.send(request));
      return read_answer<Answer>(response);
    }
    return answer;
  }

  Result<void> push(SyncReport& report) {
    for (int round = 0; round < 100'000; ++round) {
      if (push_limit == 0) push_limit = options.push_batch;
      KITH_ASSIGN(auto entries, store.outbox(push_limit));
      if (entries.empty()) return {};
      v1::PushRequest req;
      req.set_device_id(device_id);
      // A batch stays well under the server's body limit (1 MiB by default; a record may be up
      // to 256 KiB): the rest goes in the next round.
      std::size_t bytes = 0;
      std::size_t taken = 0;
      for (const store::OutboxEntry& e : entries) {
        // The byte limit shrinks with the batch on a slow link.
        const std::size_t most_bytes = std::max<std::size_t>(
            16 * 1024, options.push_bytes / std::max<std::size_t>(1, options.push_batch / push_limit));
        if (taken > 0 && bytes + e.body.size() > most_bytes) break;
        bytes += e.body.size() + 64;
        ++taken;
        v1::Mutation* m = req.add_mutations();
        m->set_mutation_id(e.mutation_id);
        m->set_seq(e.seq);
        m->set_base_seq(e.base_seq);
        switch (e.op) {
          case store::Op::put:
            if (!m->mutable_put()->ParseFromString(e.body)) {
              return unexpected(ErrorCode::store_damaged, "A waiting change cannot be read.");
            }
            break;
          case store::Op::remove:
            m->mutable_remove()->set_kind(std::string(domain::kind_name(e.kind)));
            m->mutable_remove()->set_id(e.record_id);
            break;
          case store::Op::withdrawn:
            m->set_withdrawn(true);
            break;
        }
      }
      entries.resize(taken);
      auto pushed = call<v1::PushResponse>("/v1/push", req);
      adapt(push_limit, options.push_batch, pushed ? Result<void>() : unexpected(pushed.error()));
      KITH_ASSIGN(auto answer, std::move(pushed));
      std::vector<store::Rejection> rejections;
      std::vector<store::Clash> clashes;
      const std::int64_t at = now_seconds(options);
      for (const v1::MutationResult& r : answer.results()) {
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [&](const store::OutboxEntry& e) { return e.seq == r.seq(); });
        if (it == entries.end()) continue;
        if (r.status() == v1::MutationResult::REJECTED) {
          rejections.push_back({it->seq, it->mutation_id, it->scope, it->kind, it->record_id,
                                r.error().code(), r.error().message(), at});
        } else {
          if (it->op != store::Op::withdrawn) ++report.pushed;
          if (r.has_superseded()) {
            clashes.push_back({it->scope, it->kind, it->record_id,
                               r.superseded().SerializeAsString(), at});
          }
        }
      }
      report.rejected += rejections.size();
      report.clashes += clashes.size();
      KITH_TRY(store.settle(answer.last_seq(), rejections, clashes));
      if (answer.last_seq() < entries.front().seq) {
        return unexpected(ErrorCode::protocol_error,
                          "The server took none of this device's changes; they stay waiting.");
      }
    }
    return {};
  }

  //! A pull request for `cursors` (sorted by scope). The compact form, to a server that reads
  //! it, when every cursor has one epoch: a digest of the scopes and their seqs in order, not the
  //! scopes' names (docs/PROTOCOL.md).
  struct PullAsk {
    v1::PullRequest request;
    std::vector<store::Cursor> cursors;
    bool compact = false;
  };
  PullAsk pull_ask(std::vector<store::Cursor> cursors) const {
    PullAsk ask;
    ask.request.set_device_id(device_id);
    if (pull_limit < options.pull_changes) {
      ask.request.set_max_changes(static_cast<std::uint32_t>(pull_limit));
    }
    ask.compact = server_reads_compact && !send_full_cursors && !cursors.empty() &&
                  std::all_of(cursors.begin(), cursors.end(), [&](const store::Cursor& c) {
                    return c.epoch == cursors.front().epoch;
                  });
    if (ask.compact) {
      std::vector<std::string> named;
      for (const store::Cursor& c : cursors) named.push_back(c.scope);
      ask.request.set_scopes_digest(domain::scopes_digest(named));
      ask.request.set_epoch(cursors.front().epoch);
      for (const store::Cursor& c : cursors) ask.request.add_last_seqs(c.last_seq);
    } else {
      for (const store::Cursor& c : cursors) {
        v1::ScopeCursor* sc = ask.request.add_cursors();
        sc->set_scope(c.scope);
        sc->set_epoch(c.epoch);
        sc->set_last_seq(c.last_seq);
      }
    }
    ask.cursors = std::move(cursors);
    return ask;
  }

  static bool same_cursors(const std::vector<store::Cursor>& a, const std::vector<store::Cursor>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const store::Cursor& x, const store::Cursor& y) {
                        return x.scope == y.scope && x.epoch == y.epoch && x.last_seq == y.last_seq;
                      });
  }

  Result<void> pull(SyncReport& report) {
    // While one answer is stored, the next is already asked for (with the cursors that answer
    // will leave), so the network and the server overlap the device's writing. It is used only if
    // the cursors after storing are the ones it was asked with.
    std::optional<PullAsk> ahead_ask;
    std::future<Result<v1::PullResponse>> ahead;
    auto drop_ahead = [&] {
      if (ahead.valid()) (void)ahead.get();
      ahead_ask.reset();
    };
    for (int round = 0; round < 100'000; ++round) {
      KITH_ASSIGN(auto cursors, store.cursors());
      std::sort(cursors.begin(), cursors.end(),
                [](const store::Cursor& a, const store::Cursor& b) { return a.scope < b.scope; });
      std::set<std::string> had_cursor;
      for (const store::Cursor& c : cursors) had_cursor.insert(c.scope);
      std::optional<v1::PullResponse> fetched;
      PullAsk ask;
      if (pull_limit == 0) pull_limit = options.pull_changes;
      if (ahead.valid()) {
        auto early = ahead.get();
        if (!early) adapt(pull_limit, options.pull_changes, unexpected(early.error()));
        if (early && same_cursors(ahead_ask->cursors, cursors)) {
          fetched = std::move(*early);
          ask = std::move(*ahead_ask);
        }
        ahead_ask.reset();
      }
      if (!fetched) {
        ask = pull_ask(std::move(cursors));
        auto got = call<v1::PullResponse>("/v1/pull", ask.request);
        adapt(pull_limit, options.pull_changes, got ? Result<void>() : unexpected(got.error()));
        KITH_ASSIGN(fetched, std::move(got));
      } else {
        adapt(pull_limit, options.pull_changes, {});
      }
      v1::PullResponse& answer = *fetched;
      const bool compact = ask.compact;
      server_reads_compact = answer.compact_cursors();
      send_full_cursors = compact && answer.cursors_needed();
      if (send_full_cursors) continue;  // the scopes changed: say which cursors are which
      // First, drop what the device may no longer hold: an ended membership, a volunteer's link
      // that ended, a staff-only record this person sent. Never a scope with changes still
      // waiting (push runs first, so there are none unless the person wrote during this sync).
      if (compact && answer.scopes_unchanged()) {
        for (const store::Cursor& c : ask.cursors) answer.add_scopes(c.scope);
      }
      const std::set<std::string> allowed(answer.scopes().begin(), answer.scopes().end());
      KITH_ASSIGN(auto waiting_list, store.waiting_scopes());
      const std::set<std::string> waiting(waiting_list.begin(), waiting_list.end());
      KITH_ASSIGN(auto held, store.scopes());
      for (const std::string& scope : held) {
        if (allowed.contains(scope) || waiting.contains(scope)) continue;
        KITH_TRY(store.purge(scope));
        ++report.purged;
      }
      bool more = false;
      std::vector<store::ScopePage> pages;
      pages.reserve(static_cast<std::size_t>(answer.pages_size()));
      for (v1::ScopePage& page : *answer.mutable_pages()) {
        if (!allowed.contains(page.scope())) {
          return unexpected(ErrorCode::protocol_error,
                            "The server sent records this device may not hold; none were kept.");
        }
        store::ScopePage& local = pages.emplace_back();
        local.scope = page.scope();
        local.epoch = page.epoch();
        local.last_seq = page.last_seq();
        local.reset = page.reset();
        for (v1::Change& change : *page.mutable_changes()) {
          store::Change c;
          c.seq = change.seq();
          if (change.has_put()) {
            c.op = store::Op::put;
            c.record = std::move(*change.mutable_put());  // no copy: the answer is done with
          } else {
            c.op = store::Op::remove;
            const auto kind = domain::kind_from_name(change.remove().kind());
            if (!kind) {
              return unexpected(ErrorCode::protocol_error,
                                "The server deleted a kind of record this version does not know: "
                                "update Kith.");
            }
            c.kind = *kind;
            c.record_id = change.remove().id();
          }
          local.changes.push_back(std::move(c));
        }
        report.pulled += local.changes.size();
        if (page.reset() && had_cursor.contains(page.scope())) ++report.reloaded;
        more = more || page.more();
      }
      if (more) {
        // The cursors this answer leaves: those held, moved by its pages, minus purged scopes.
        std::map<std::string, store::Cursor> next;
        for (const store::Cursor& c : ask.cursors) {
          if (allowed.contains(c.scope) || waiting.contains(c.scope)) next[c.scope] = c;
        }
        for (const store::ScopePage& page : pages) {
          next[page.scope] = store::Cursor{page.scope, page.epoch, page.last_seq};
        }
        std::vector<store::Cursor> expected;
        for (auto& [scope, c] : next) expected.push_back(std::move(c));
        ahead_ask = pull_ask(std::move(expected));
        ahead = std::async(std::launch::async, [this, request = ahead_ask->request] {
          return call<v1::PullResponse>("/v1/pull", request);
        });
      }
      // The whole answer in one transaction: one commit, not one a scope.
      const auto applying = std::chrono::steady_clock::now();
      auto applied = store.apply(pages);
      if (!applied) {
        drop_ahead();
        return applied;
      }
      report.apply_time += std::chrono::duration_cast<std::chrono::microseconds>(
          std::chrono::steady_clock::now() - applying);
      if (!more) {
        report.scopes.assign(answer.scopes().begin(), answer.scopes().end());
        return {};
      }
    }
    return {};
  }
};

SyncEngine::SyncEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SyncEngine::SyncEngine(SyncEngine&&) noexcept = default;
SyncEngine& SyncEngine::operator=(SyncEngine&&) noexcept = default;
SyncEngine::~SyncEngine() = default;

Result<Enrolment> SyncEngine::enrol(store::Store& store, const ServerTrust& trust,
                                    const Credential& credential, EngineOptions options) {
  KITH_ASSIGN(auto existing, store.setting(settings::kDeviceSecret));
  if (existing && !existing->empty()) {
    return unexpected(ErrorCode::device_exists,
                      "This device has already joined a Kith server. To join as someone else, "
                      "make a new store.");
  }
  KITH_ASSIGN(auto waiting, store.outbox(1));
  if (!waiting.empty()) {
    return unexpected(ErrorCode::invalid_argument,
                      "This store has changes that were never sent to a server. Enrol a new, "
                      "empty store instead.");
  }
  KITH_ASSIGN(net::HttpsClient client, make_client(trust, options));
  v1::EnrolRequest req;
  if (!credential.invite_code.empty()) {
    req.set_invite_code(credential.invite_code);
  } else {
    req.mutable_staff()->set_username(credential.username);
    req.mutable_staff()->set_password(credential.password);
  }
  req.set_device_id(store.device_id());
  KITH_ASSIGN(std::int64_t last_seq, store.last_seq());
  req.set_last_seq(last_seq);
  net::Request request{"POST", "/v1/enrol", kProtobuf, kProtobuf, req.SerializeAsString(), {}};
  KITH_ASSIGN(net::Response response, client.send(request));
  KITH_ASSIGN(auto answer, read_answer<v1::EnrolResponse>(response));
  KITH_TRY(store.set_setting(settings::kServer, trust.url));
  KITH_TRY(store.set_setting(settings::kCa, trust.ca_pem));
  KITH_TRY(store.set_setting(settings::kPin, trust.pinned_key_sha256));
  KITH_TRY(store.set_setting(settings::kPersonId, answer.person_id()));
  KITH_TRY(store.set_setting(settings::kFamilyId, answer.family_id()));
  KITH_TRY(store.set_setting(settings::kRole, v1::Role_Name(answer.role())));
  KITH_TRY(store.set_setting(settings::kDisplayName, answer.display_name()));
  // The secret last: its presence is what "enrolled" means.
  KITH_TRY(store.set_setting(settings::kDeviceSecret, answer.device_secret()));
  return Enrolment{answer.person_id(), answer.family_id(), v1::Role_Name(answer.role()),
                   answer.display_name()};
}

Result<SyncEngine> SyncEngine::open(store::Store& store, EngineOptions options) {
  KITH_ASSIGN(std::string secret, required_setting(store, settings::kDeviceSecret));
  ServerTrust trust;
  KITH_ASSIGN(trust.url, required_setting(store, settings::kServer));
  KITH_ASSIGN(trust.ca_pem, required_setting(store, settings::kCa));
  KITH_ASSIGN(auto pin, store.setting(settings::kPin));
  if (pin) trust.pinned_key_sha256 = *pin;
  KITH_ASSIGN(net::HttpsClient client, make_client(trust, options));
  auto impl = std::make_unique<Impl>(store, std::move(options), std::move(client));
  impl->secret = std::move(secret);
  return SyncEngine(std::move(impl));
}

Result<SyncReport> SyncEngine::push() {
  SyncReport report;
  KITH_TRY(impl_->push(report));
  return report;
}

Result<SyncReport> SyncEngine::sync() {
  SyncReport report;
  KITH_TRY(impl_->push(report));
  KITH_TRY(impl_->pull(report));
  KITH_TRY(impl_->store.set_setting(settings::kLastSync, std::to_string(now_seconds(impl_->options))));
  return report;
}

Result<Invite> SyncEngine::create_invite(const InviteRequest& request) {
  v1::InviteRequest req;
  v1::Role role = v1::ROLE_UNSPECIFIED;
  if (!v1::Role_Parse(request.role, &role) || role == v1::ROLE_UNSPECIFIED) {
    return unexpected(ErrorCode::invalid_argument,
                      "Choose the person's role: parent, network, young person, care leaver or "
                      "volunteer.",
                      "role");
  }
  req.set_family_id(request.family_id);
  req.set_role(role);
  req.set_display_name(request.display_name);
  req.set_person_id(request.person_id);
  req.set_valid_hours(request.valid_hours);
  KITH_ASSIGN(auto answer, impl_->call<v1::InviteResponse>("/v1/invites", req));
  return Invite{answer.code(), answer.person_id(), answer.expires_at().seconds()};
}

Result<std::vector<Volunteer>> SyncEngine::volunteers() {
  KITH_ASSIGN(auto answer, impl_->call<v1::VolunteersResponse>("/v1/volunteers",
                                                              v1::VolunteersRequest()));
  std::vector<Volunteer> out;
  out.reserve(static_cast<std::size_t>(answer.volunteers_size()));
  for (const v1::Volunteer& v : answer.volunteers()) out.push_back({v.person_id(), v.display_name()});
  return out;
}

Result<std::optional<std::string>> SyncEngine::wait_for_hint(std::chrono::milliseconds timeout) {
  if (!impl_->events) {
    KITH_TRY(impl_->ensure_token());
    KITH_ASSIGN(net::EventStream stream, impl_->client.events("/v1/events", "Bearer " + impl_->token));
    impl_->events.emplace(std::move(stream));
  }
  auto frame = impl_->events->next(timeout);
  if (!frame) {
    impl_->events.reset();
    return unexpected(std::move(frame).error());
  }
  if (!*frame) return std::optional<std::string>();
  v1::Hint hint;
  if (!hint.ParseFromString(**frame)) {
    return unexpected(ErrorCode::protocol_error, "The server sent a hint that could not be read.");
  }
  return std::optional<std::string>(hint.scopes_changed() ? std::string("*") : hint.scope());
}

}  // namespace kith::sync
