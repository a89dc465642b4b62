// kith-fuzz-corpus ROOT: writes the seed corpus of every fuzz target into ROOT/tests/fuzz/corpus
// and the dictionaries into ROOT/tests/fuzz/dict, from the test samples (valid records of every
// kind), the demo family and the easy-read golden texts. Each file is named after what it is.
// Deterministic: run it again and only what changed in the schema or here changes on disk.
// Old seeds are removed first, so a corpus is exactly what this program writes.

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "credentials.hpp"
#include "fuzz_ids.hpp"
#include "kith/bytes.hpp"
#include "kith/crypto/wrapped_key.hpp"
#include "kith/domain/record.hpp"
#include "kith/v1/sync.pb.h"
#include "samples.hpp"

namespace {

namespace fs = std::filesystem;
using kith::domain::Kind;
using kith::domain::Record;
using namespace kith::fuzz;
namespace t = kith::testing;

fs::path g_corpus;
std::string g_key_file;  // the wrapped key of the last corpus, kept
std::size_t g_files = 0, g_bytes = 0;

void write(const std::string& target, const std::string& name, std::string_view bytes) {
  const fs::path dir = g_corpus / target;
  fs::create_directories(dir);
  std::ofstream out(dir / name, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::cerr << "kith-fuzz-corpus: could not write " << (dir / name) << "\n";
    std::exit(1);
  }
  ++g_files;
  g_bytes += bytes.size();
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "kith-fuzz-corpus: could not read " << path << "\n";
    std::exit(1);
  }
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string json_of(const google::protobuf::Message& m) {
  std::string out;
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  (void)google::protobuf::util::MessageToJsonString(m, &out, options);
  return out;
}

//! A fixed id, so that the corpus is the same each time it is written.
std::string fixed_id(int n) {
  char text[40];
  std::snprintf(text, sizeof text, "c0000000-0000-4000-8000-%012d", n);
  return text;
}

//! `r` with every random id inside it (a plan's actions, ...) replaced by a fixed one, in the
//! order they appear, so that the corpus is the same each time it is written.
void fix_ids(Record& r) {
  static std::map<std::string, std::string> fixed;
  std::string bytes = r.SerializeAsString();
  for (std::size_t at = 0; at + 36 <= bytes.size(); ++at) {
    const std::string candidate = bytes.substr(at, 36);
    if (!kith::is_uuid(candidate) || candidate.substr(1, 7) == "0000000") continue;
    auto [it, added] = fixed.try_emplace(candidate, std::string());
    if (added) {
      char text[40];
      std::snprintf(text, sizeof text, "e0000000-0000-4000-8000-%012zu", fixed.size());
      it->second = text;
    }
    bytes.replace(at, 36, it->second);
    at += 35;
  }
  r.ParseFromString(bytes);
}

//! A sample of `kind` written by `person` (each author field), with a fixed id.
Record owned(Kind kind, const std::string& person, int n) {
  Record r = t::sample(kind, fixed_id(n));
  fix_ids(r);
  const auto* field = r.GetDescriptor()->FindFieldByNumber(static_cast<int>(kind));
  google::protobuf::Message* body = r.GetReflection()->MutableMessage(&r, field);
  for (const char* name : {"by", "scored_by", "from_person", "raised_by", "requested_by"}) {
    if (const auto* f = body->GetDescriptor()->FindFieldByName(name)) {
      body->GetReflection()->SetString(body, f, person);
    }
  }
  if (r.has_help_request()) r.mutable_help_request()->clear_volunteer_id();
  return r;
}

// ---- service ------------------------------------------------------------------------------------

void service_seed(const std::string& name, int endpoint, Caller caller,
                  const google::protobuf::Message& body, bool both_encodings = true) {
  write("service", name + ".pb", service_header(endpoint, 0, caller) + body.SerializeAsString());
  if (both_encodings) {
    write("service", name + ".json", service_header(endpoint, 1, caller) + json_of(body));
  }
}

kith::v1::PushRequest push_of(const std::string& device, const std::vector<Record>& records,
                              std::int64_t first_seq = 1) {
  kith::v1::PushRequest req;
  req.set_device_id(device);
  std::int64_t seq = first_seq;
  int n = 900;
  for (const Record& r : records) {
    auto* m = req.add_mutations();
    m->set_mutation_id(fixed_id(++n));
    m->set_seq(seq++);
    *m->mutable_put() = r;
  }
  return req;
}

void service_corpus() {
  namespace v1 = kith::v1;
  {
    v1::EnrolRequest req;
    req.set_invite_code(kInvitePlaceholder);
    req.set_device_id(kNewDevice);
    service_seed("enrol-invite", 0, Caller::none, req);
    req.set_invite_code("invit e0001");  // not the placeholder: an unknown code
    service_seed("enrol-unknown-code", 0, Caller::none, req);
    req.set_invite_code(kInvitePlaceholder);
    req.set_device_id(kParentDevice);
    service_seed("enrol-device-exists", 0, Caller::none, req, false);
    v1::EnrolRequest staff;
    staff.mutable_staff()->set_username(kStaffUsername);
    staff.mutable_staff()->set_password(kStaffPassword);
    staff.set_device_id(kNewDevice);
    // scrypt runs for every staff sign-in: one seed, so the fuzzer does not spend its time there.
    service_seed("enrol-staff", 0, Caller::none, staff, false);
  }
  {
    v1::SessionRequest req;
    req.set_device_id(kParentDevice);
    req.set_device_secret(kSecretPlaceholder);
    service_seed("session-parent", 1, Caller::none, req);
    req.set_device_id(kRevokedDevice);
    service_seed("session-revoked", 1, Caller::none, req, false);
  }
  struct Role {
    const char* name;
    Caller caller;
    std::string device;
    std::string person;
  };
  const std::vector<Role> roles = {
      {"parent", Caller::parent, kParentDevice, t::kParentId},
      {"young-person", Caller::child, kChildDevice, t::kChildId},
      {"volunteer", Caller::volunteer, kVolunteerDevice, t::kVolunteerId},
      {"coordinator", Caller::coordinator, kCoordinatorDevice, t::kCoordinatorId}};
  int n = 100;
  for (const Role& role : roles) {
    std::vector<Record> every;
    for (const Kind kind : kith::domain::all_kinds())
      every.push_back(owned(kind, role.person, ++n));
    service_seed(std::string("push-") + role.name + "-every-kind", 2, role.caller,
                 push_of(role.device, every));
    v1::PullRequest pull;
    pull.set_device_id(role.device);
    service_seed(std::string("pull-") + role.name, 3, role.caller, pull);
  }
  {
    // One record, then the same again, a deletion, a withdrawal and a gap.
    v1::PushRequest req = push_of(kParentDevice, {owned(Record::kScaleScore, t::kParentId, 200)});
    auto* again = req.add_mutations();
    *again = req.mutations(0);
    again->set_seq(2);
    again->set_base_seq(1);
    auto* remove = req.add_mutations();
    remove->set_mutation_id(fixed_id(201));
    remove->set_seq(3);
    remove->mutable_remove()->set_kind("scale_score");
    remove->mutable_remove()->set_id(fixed_id(200));
    auto* withdrawn = req.add_mutations();
    withdrawn->set_mutation_id(fixed_id(202));
    withdrawn->set_seq(4);
    withdrawn->set_withdrawn(true);
    auto* gap = req.add_mutations();
    *gap = req.mutations(0);
    gap->set_seq(9);
    service_seed("push-parent-put-again-remove-withdraw-gap", 2, Caller::parent, req);
    service_seed("push-parent-as-another-device", 2, Caller::parent,
                 push_of(kChildDevice, {owned(Record::kFeedback, t::kChildId, 203)}), false);
    service_seed("push-revoked", 2, Caller::revoked,
                 push_of(kRevokedDevice, {owned(Record::kConcern, t::kParentId, 204)}), false);
    service_seed("push-expired-token", 2, Caller::expired,
                 push_of(kParentDevice, {owned(Record::kConcern, t::kParentId, 205)}), false);
    service_seed("push-forged-token", 2, Caller::forged,
                 push_of(kParentDevice, {owned(Record::kConcern, t::kParentId, 206)}), false);
    Record other = owned(Record::kScaleScore, t::kParentId, 207);
    other.mutable_scale_score()->set_family_id(t::kOtherFamilyId);
    service_seed("push-parent-into-other-family", 2, Caller::parent,
                 push_of(kParentDevice, {other}));
    Record family;
    family.mutable_family()->set_id(fixed_id(208));
    family.mutable_family()->set_name("The Ahmed family");
    service_seed("push-coordinator-new-family", 2, Caller::coordinator,
                 push_of(kCoordinatorDevice, {family}));
    Record canary = owned(Record::kContactLog, t::kVolunteerId, 209);
    t::fill_text(canary, "KITHFUZZ \xF0\x9F\x98\x80 \xE2\x80\xAE");
    service_seed("push-volunteer-every-text-field", 2, Caller::volunteer,
                 push_of(kVolunteerDevice, {canary}));
  }
  {
    v1::PullRequest req;
    req.set_device_id(kParentDevice);
    req.set_max_changes(3);
    for (const auto& scope : {kith::domain::Scope::family(t::kFamilyId),
                              kith::domain::Scope::person(t::kFamilyId, t::kParentId),
                              kith::domain::Scope::profile(t::kParentId)}) {
      auto* c = req.add_cursors();
      c->set_scope(scope.to_string());
      c->set_epoch(kEpochPlaceholder);
      c->set_last_seq(2);
    }
    service_seed("pull-parent-cursors-budget", 3, Caller::parent, req);
    auto* stale = req.add_cursors();
    stale->set_scope(kith::domain::Scope::staff(t::kOtherFamilyId).to_string());
    stale->set_epoch("another-epoch");
    stale->set_last_seq(99);
    service_seed("pull-parent-stale-and-foreign-cursors", 3, Caller::parent, req, false);
  }
  {
    v1::InviteRequest req;
    req.set_family_id(t::kFamilyId);
    req.set_role(v1::ROLE_PARENT);
    req.set_display_name("Bilal");
    req.set_valid_hours(48);
    service_seed("invite-parent", 4, Caller::coordinator, req);
    service_seed("invite-by-a-parent", 4, Caller::parent, req, false);
    req.set_role(v1::ROLE_VOLUNTEER);
    req.set_person_id(t::kVolunteerId);
    req.set_family_id(t::kOtherFamilyId);
    service_seed("invite-known-volunteer-to-other-family", 4, Caller::coordinator, req);
    req.set_role(v1::ROLE_COORDINATOR);
    req.clear_person_id();
    service_seed("invite-coordinator", 4, Caller::coordinator, req, false);
  }
  {
    v1::VolunteersRequest req;
    service_seed("volunteers", 5, Caller::coordinator, req);
    service_seed("volunteers-by-a-volunteer", 5, Caller::volunteer, req, false);
  }
  write("service", "healthz", service_header(6, 1, Caller::none, true));
  // GET /v1/events is a WebSocket upgrade (subscribe()); POST is a mistake.
  write("service", "events-parent", service_header(7, 0, Caller::parent, true));
  write("service", "events-coordinator-json",
        service_header(7, 1, Caller::coordinator, true) + "format=json");
  write("service", "events-revoked", service_header(7, 0, Caller::revoked, true));
  write("service", "events-expired", service_header(7, 0, Caller::expired, true));
  write("service", "events-as-post", service_header(7, 1, Caller::parent));
  write("service", "push-as-get", service_header(2, 0, Caller::parent, true));
  write("service", "pull-empty-json", service_header(3, 2, Caller::parent) + "{}");
  write("service", "pull-bad-json",
        service_header(3, 1, Caller::parent) + "{\"device_id\": 5, \"nope\": [}");
  write("service", "pull-unsupported-type", service_header(3, 3, Caller::parent) + "{}");
}

// ---- records
// -------------------------------------------------------------------------------------

void record_corpora(const fs::path& root) {
  kith::v1::RecordSet all;
  int n = 300;
  for (const Kind kind : kith::domain::all_kinds()) {
    const Record r = owned(kind, t::kParentId, ++n);
    const std::string name(kith::domain::kind_name(kind));
    write("record", name, kith::domain::encode(r));
    Record texts = r;
    t::fill_text(texts, "KITHFUZZ \xF0\x9F\x98\x80 \xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88");
    write("record", name + "-every-text-field", kith::domain::encode(texts));
    *all.add_records() = r;
    kith::v1::RecordSet one;
    *one.add_records() = texts;
    write("records_json", name + ".json", json_of(one));
  }
  write("records_json", "every-kind.json", json_of(all));
  write("records_json", "demo-family.json", read(root / "assets/demo/family.json"));
  write("records_json", "empty-object.json", "{}");
  write("records_json", "no-records.json", "{\"records\": []}");
  write("records_json", "unknown-field.json",
        "{\"records\": [{\"family\": {\"id\": \"" + t::kFamilyId +
            "\", \"name\": \"Khan\", \"colour\": \"red\"}}]}");
  write("records_json", "camel-case-and-escapes.json",
        "{\"records\": [{\"person\": {\"id\": \"" + t::kParentId +
            "\", \"displayName\": \"Am\\u0069na \\ud83d\\ude00\", \"needs\": {\"easyRead\": "
            "true}}}]}");
  write("records_json", "enum-by-number-and-int64-string.json",
        "{\"records\": [{\"membership\": {\"id\": \"" + fixed_id(400) + "\", \"person_id\": \"" +
            t::kParentId + "\", \"family_id\": \"" + t::kFamilyId +
            "\", \"role\": 2, \"started_on\": \"2026-09-01\"}}]}");
  write("records_json", "wrong-type.json", "{\"records\": [{\"family\": {\"id\": 7}}]}");
  write("records_json", "deep.json", std::string(200, '[') + std::string(200, ']'));
  // Not a record: the empty body, and protobuf garbage.
  write("record", "empty", "");
  write("record", "not-a-record", "\x0a\xff\xff\xff\xff\x0f");
  Record unknown = owned(Record::kFamily, t::kParentId, 500);
  std::string with_unknown = kith::domain::encode(unknown) + std::string("\xa0\x06\x01", 3);
  write("record", "family-with-an-unknown-field", with_unknown);
}

// ---- invites, tokens, keys, easy read
// -------------------------------------------------------------

void small_corpora(const fs::path& root) {
  const std::vector<std::pair<std::string, std::string>> invites = {
      {"code", "7KQ2M-XH9TD"},
      {"code-small-letters-lookalikes", "7kq2m xh9td oil"},
      {"code-lookalikes", "7KQ2O-IL9TD"},
      {"code-tab", "7KQ2M\tXH9TD"},
      {"code-too-long", "7KQ2M-XH9TD-7"},
      {"code-bad-letter", "7KQ2M-XH9TU"},
      {"code-padded", "  7KQ2M-XH9TD \n"},
      {"link", "kith:join?server=https://kith.example.org:8443&code=7KQ2MXH9TD"},
      {"link-key",
       "kith:join?server=https://10.0.0.2:8443&code=7KQ2M-XH9TD&key=" + std::string(64, 'a')},
      {"link-percent",
       "kith:join?server=https%3A%2F%2Fkith.example.org%2Fpath%3Fq%3D1&code=7KQ2M%20XH9TD&x=y"},
      {"link-http", "kith:join?server=http://kith.example.org&code=7KQ2MXH9TD"},
      {"link-bad-percent", "kith:join?server=https://a&code=7KQ2MXH9T%"},
      {"link-no-equals", "kith:join?server&code=7KQ2MXH9TD"},
  };
  for (const auto& [name, text] : invites) write("invite", name, text);

  const kith::SecretBytes key = [] {
    kith::SecretBytes k(32);
    for (std::size_t i = 0; i < k.size(); ++i) k.data()[i] = static_cast<std::uint8_t>(0x42 + i);
    return k;
  }();
  const std::string raw = std::string(1, '\0');
  const std::string signed_mode = std::string(1, '\1');
  write("token", "valid", raw + kith::server::issue_token(key, kParentDevice, 1'790'000'600));
  write("token", "expired", raw + kith::server::issue_token(key, kParentDevice, 1'789'999'999));
  write("token", "body-valid", signed_mode + "v1." + kParentDevice + ".1790000600");
  write("token", "body-leading-zeros", signed_mode + "v1." + kParentDevice + ".0001790000600");
  write("token", "body-negative", signed_mode + "v1." + kParentDevice + ".-1");
  write("token", "body-overflow", signed_mode + "v1." + kParentDevice + ".99999999999999999999");
  write("token", "body-dots-in-device", signed_mode + "v1.a.b.c.1790000600");
  write("token", "body-no-device", signed_mode + "v1..1790000600");
  write("token", "garbage", raw + "v1.x.y.z");

  // A real key file, wrapped with a fresh salt and nonce: the one written before is kept (main()
  // read it), so the corpus does not change each time it is written.
  std::string bytes = g_key_file;
  if (bytes.size() != kith::crypto::WrappedKey::kFileBytes) {
    auto wrapped = kith::crypto::WrappedKey::wrap(
        *kith::crypto::new_data_key(), kith::Pin("2468-1357"), kith::crypto::ScryptParams::fast());
    const std::vector<std::uint8_t> file = wrapped->serialize();
    bytes.assign(file.begin(), file.end());
  }
  write("key_files", "kith-key-fast", std::string(1, '\0') + bytes);
  write("key_files", "kith-key-fixed-checksum", std::string(1, '\1') + bytes);
  std::string newer = bytes;
  newer[6] = 2;
  write("key_files", "kith-key-newer-version", std::string(1, '\0') + newer);
  // Well formed apart from one thing (the target rewrites the checksum in mode 1): a reserved
  // byte set, and a cost of 16 GiB that a phone must refuse rather than try.
  std::string reserved = bytes;
  reserved[7] = 1;
  write("key_files", "kith-key-reserved-byte", std::string(1, '\1') + reserved);
  std::string costly = bytes;
  costly[8] = 22;
  costly[9] = 32;
  write("key_files", "kith-key-16-gib", std::string(1, '\1') + costly);
  write("key_files", "kith-key-short", std::string(1, '\0') + bytes.substr(0, 60));
  write("key_files", "not-a-key", std::string(1, '\0') + "SQLite format 3");
  write("key_files", "server-key", "\x02" + std::string(64, 'a') + "\n");
  write("key_files", "server-key-capitals-crlf",
        "\x02" + std::string(32, 'A') + std::string(32, '9') + "\r\n");
  write("key_files", "server-key-short", "\x02" + std::string(62, 'a'));

  for (const auto& entry : fs::directory_iterator(root / "tests/formats/golden/easy_read")) {
    if (entry.path().extension() == ".txt") {
      write("easy_read", entry.path().stem().string(), read(entry.path()));
    }
  }
  write("easy_read", "invalid-utf8", "Mum \xC3 comes \xE2\x82 on Monday.\xFF Nan \xF0\x9F\x98.");
  write("easy_read", "abbreviations-and-numbers",
        "Dr. J. Smith sees Zara at 2.5 p.m. e.g. on Monday.");
  write("easy_read", "jargon-and-bullets",
        "- LAC review at the placement\n- s20 and PLO\n1. contact with Dad");
  write("easy_read", "numbers-only", "1 2 3 4 5 6 7 8 9 10 11.");
}

// ---- http
// -------------------------------------------------------------------------------------------

void http_corpus() {
  const std::string cut = "\xff";
  const std::vector<std::pair<std::string, std::string>> seeds = {
      {"get", "GET /healthz HTTP/1.1\r\nHost: kith\r\n\r\n"},
      {"post-json",
       "POST /v1/pull HTTP/1.1\r\nHost: kith\r\nContent-Type: application/json\r\n"
       "Accept: application/json\r\nContent-Length: 2\r\n\r\n{}"},
      {"keep-alive-pipelined",
       "GET /a HTTP/1.1\r\nHost: k\r\n\r\nHEAD /b HTTP/1.1\r\nHost: k\r\n\r\n"
       "POST /c?close HTTP/1.1\r\nHost: k\r\nContent-Length: 3\r\n\r\nabc"},
      {"in-pieces", "POST /v1/push HTTP/1.1\r\nHo" + cut + "st: k\r\nContent-Len" + cut +
                        "gth: 5\r\n\r\nhe" + cut + "llo"},
      {"chunked",
       "POST /x HTTP/1.1\r\nHost: k\r\nTransfer-Encoding: chunked\r\n\r\n"
       "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: x\r\n\r\n"},
      {"smuggling-te-cl",
       "POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
      {"smuggling-gzip-cl",
       "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello"},
      {"two-lengths", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"},
      {"expect-continue",
       "POST /x HTTP/1.1\r\nHost: k\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n" + cut +
           "body"},
      {"body-too-large", "POST /x HTTP/1.1\r\nContent-Length: 300\r\n\r\n" + std::string(300, 'b')},
      {"header-too-large", "GET / HTTP/1.1\r\nX-Big: " + std::string(1100, 'x') + "\r\n\r\n"},
      {"http10", "GET /status=204 HTTP/1.0\r\n\r\n"},
      {"service-status-and-header",
       "GET /status=503 HTTP/1.1\r\nContent-Type: Retry-After: 30\r\n"
       "Accept: text/plain\r\n\r\n"},
      {"service-header-content-type",
       "GET /x HTTP/1.1\r\nContent-Type: Content-Type: 0\r\n"
       "Accept: text/plain\r\n\r\n"},
      {"service-header-name-not-a-token", "GET /x HTTP/1.1\r\nContent-Type: X\xf0 Y: 1\r\n\r\n"},
      {"service-bad-status", "GET /status=999 HTTP/1.1\r\n\r\nGET /status=42 HTTP/1.1\r\n\r\n"},
      {"bad-request-line", "GET  HTTP/1.1\r\n\r\n"},
      {"websocket",
       "GET /v1/events HTTP/1.1\r\nHost: k\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n" +
           cut + std::string("\x81\x85\x01\x02\x03\x04", 6) + "ighol" + cut +
           std::string("\x89\x80\x01\x02\x03\x04", 6) + cut +
           std::string("\x88\x82\x01\x02\x03\x04\x02\xea", 8)},
      {"websocket-denied",
       "GET /v1/events?deny HTTP/1.1\r\nHost: k\r\nUpgrade: websocket\r\n"
       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
       "Sec-WebSocket-Version: 13\r\n\r\n"},
      {"websocket-kicked",
       "GET /v1/events?kick HTTP/1.1\r\nHost: k\r\nUpgrade: websocket\r\n"
       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
       "Sec-WebSocket-Version: 13\r\n\r\n"},
  };
  for (const auto& [name, bytes] : seeds) write("http", name, bytes);
  write("http", "drain-mid-request",
        "\xfe"
        "POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
  write("http", "drain-idle",
        "\xfe"
        "GET / HTTP/1.1\r\n\r\n");
}

// ---- dictionaries
// -------------------------------------------------------------------------------------

void collect_names(const google::protobuf::Descriptor* d, std::set<std::string>& names,
                   std::set<const google::protobuf::Descriptor*>& seen) {
  if (!seen.insert(d).second) return;
  for (int i = 0; i < d->field_count(); ++i) {
    const auto* f = d->field(i);
    names.insert("\"" + f->name() + "\":");
    if (f->message_type() != nullptr) collect_names(f->message_type(), names, seen);
    if (const auto* e = f->enum_type()) {
      for (int k = 0; k < e->value_count(); ++k) names.insert("\"" + e->value(k)->name() + "\"");
    }
  }
}

void write_dict(const fs::path& dir, const std::string& target,
                const std::set<std::string>& tokens) {
  fs::create_directories(dir);
  std::ofstream out(dir / (target + ".dict"), std::ios::binary);
  out << "# libFuzzer dictionary for kith-fuzz-" << target << ", written by kith-fuzz-corpus.\n";
  for (const std::string& token : tokens) {
    out << '"';
    for (const char c : token) {
      const auto b = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out << '\\' << c;
      } else if (b < 0x20 || b >= 0x7f) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        out << "\\x" << kHex[b >> 4] << kHex[b & 15];
      } else {
        out << c;
      }
    }
    out << "\"\n";
  }
}

void dictionaries(const fs::path& dir) {
  std::set<std::string> json = {"{",
                                "}",
                                "[",
                                "]",
                                "true",
                                "false",
                                "null",
                                "\"\"",
                                "\\u0000",
                                "\"2026-09-01\"",
                                "\"2026-09-21T10:00:00Z\"",
                                t::kFamilyId,
                                t::kOtherFamilyId,
                                t::kParentId,
                                t::kChildId,
                                t::kVolunteerId,
                                t::kCoordinatorId,
                                kEpochPlaceholder,
                                kInvitePlaceholder};
  std::set<const google::protobuf::Descriptor*> seen;
  collect_names(kith::v1::RecordSet::descriptor(), json, seen);
  write_dict(dir, "records_json", json);
  for (const auto* d :
       {kith::v1::EnrolRequest::descriptor(), kith::v1::SessionRequest::descriptor(),
        kith::v1::PushRequest::descriptor(), kith::v1::PullRequest::descriptor(),
        kith::v1::InviteRequest::descriptor(), kith::v1::VolunteersRequest::descriptor()}) {
    collect_names(d, json, seen);
  }
  json.insert(kParentDevice);
  json.insert(kChildDevice);
  json.insert(kVolunteerDevice);
  json.insert(kCoordinatorDevice);
  json.insert(kRevokedDevice);
  json.insert(kNewDevice);
  write_dict(dir, "service", json);
  write_dict(dir, "http",
             {"GET",
              "POST",
              "HEAD",
              "PUT",
              "OPTIONS",
              " HTTP/1.1\r\n",
              " HTTP/1.0\r\n",
              "\r\n",
              "\r\n\r\n",
              "Host: ",
              "Content-Length: ",
              "Transfer-Encoding: ",
              "chunked",
              "gzip, chunked",
              "Connection: ",
              "close",
              "keep-alive",
              "Upgrade",
              "websocket",
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
              "Sec-WebSocket-Version: 13",
              "Expect: 100-continue",
              "Content-Type: ",
              "Accept: ",
              "Authorization: Bearer ",
              "/v1/events",
              "/v1/push",
              "/healthz",
              "?deny",
              "?kick",
              "status=",
              "\xff",
              "0\r\n\r\n"});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: kith-fuzz-corpus REPOSITORY_ROOT\n";
    return 2;
  }
  const fs::path root = argv[1];
  g_corpus = root / "tests/fuzz/corpus";
  if (!fs::exists(root / "tests/fuzz/CMakeLists.txt")) {
    std::cerr << "kith-fuzz-corpus: " << root << " is not the Kith repository.\n";
    return 2;
  }
  if (const fs::path key = g_corpus / "key_files/kith-key-fast"; fs::exists(key)) {
    g_key_file = read(key).substr(1);
  }
  fs::remove_all(g_corpus);
  service_corpus();
  record_corpora(root);
  small_corpora(root);
  http_corpus();
  dictionaries(root / "tests/fuzz/dict");
  std::cout << "Wrote " << g_files << " seed files, " << g_bytes << " bytes, in "
            << g_corpus.string() << ".\n";
  return 0;
}
