// The authorisation matrix (issue 7, "Access and hostile input"): every endpoint x every role
// (parent, network, young person, care leaver, volunteer, coordinator, staff) x {own family,
// another family, an ended membership, a revoked device, an expired token, no token}; for a push,
// every kind of record new, by someone else, changed, sent again unchanged and deleted. Each
// cell's answer (status, error code, applied or refused, the scope it lands in, the audit entries
// it leaves) comes from the model of docs/ACCESS.md in access_model.hpp, written once; the
// KithService is driven request by request without sockets (ServiceTest), on SQLCipher and, as
// postgres/AccessMatrix.*, on PostgreSQL. Each test prints the size of its part of the matrix.

#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "access_model.hpp"
#include "service_fixture.hpp"

namespace kith::server::testing {
namespace {

using domain::Kind;
using domain::Record;
using domain::Scope;
using security::World;

constexpr const char* kStaffPassword = "a-long-password-2";

// ---- roles and contexts -------------------------------------------------------------------------

enum class Role { parent, network, young_person, care_leaver, volunteer, coordinator, staff };
constexpr std::array kRoles{Role::parent,      Role::network,   Role::young_person,
                            Role::care_leaver, Role::volunteer, Role::coordinator,
                            Role::staff};

std::string_view name_of(Role r) {
  switch (r) {
    case Role::parent:
      return "parent";
    case Role::network:
      return "network";
    case Role::young_person:
      return "young person";
    case Role::care_leaver:
      return "care leaver";
    case Role::volunteer:
      return "volunteer";
    case Role::coordinator:
      return "coordinator";
    case Role::staff:
      return "staff";
  }
  return "?";
}

//! `kith-admin invite --role`; staff are coordinators of the family with a staff account too.
std::string admin_role(Role r) {
  switch (r) {
    case Role::parent:
      return "parent";
    case Role::network:
      return "network";
    case Role::young_person:
      return "young-person";
    case Role::care_leaver:
      return "care-leaver";
    case Role::volunteer:
      return "volunteer";
    case Role::coordinator:
    case Role::staff:
      return "coordinator";
  }
  return "?";
}

v1::Role membership_role(Role r) {
  switch (r) {
    case Role::parent:
      return v1::ROLE_PARENT;
    case Role::network:
      return v1::ROLE_NETWORK;
    case Role::young_person:
      return v1::ROLE_YOUNG_PERSON;
    case Role::care_leaver:
      return v1::ROLE_CARE_LEAVER;
    case Role::volunteer:
      return v1::ROLE_VOLUNTEER;
    case Role::coordinator:
    case Role::staff:
      return v1::ROLE_COORDINATOR;
  }
  return v1::ROLE_UNSPECIFIED;
}

enum class Context {
  own_family,
  another_family,
  ended_membership,
  revoked_device,
  no_token,
  expired_token
};
// The expired token comes last: the clock moves past every token for it.
constexpr std::array kContexts{Context::own_family,       Context::another_family,
                               Context::ended_membership, Context::revoked_device,
                               Context::no_token,         Context::expired_token};

std::string_view name_of(Context c) {
  switch (c) {
    case Context::own_family:
      return "own family";
    case Context::another_family:
      return "another family";
    case Context::ended_membership:
      return "ended membership";
    case Context::revoked_device:
      return "revoked device";
    case Context::no_token:
      return "no token";
    case Context::expired_token:
      return "expired token";
  }
  return "?";
}

//! A request refused before its body is read (PROTOCOL.md, ACCESS.md "Reading and the audit
//! log"): a token that has expired or a revoked device names a device and is audited; no token
//! names nobody and is only logged.
struct AtTheDoor {
  unsigned status;
  std::string code;
  bool audited;
};
std::optional<AtTheDoor> at_the_door(Context c) {
  switch (c) {
    case Context::revoked_device:
      return AtTheDoor{403, "device_revoked", true};
    case Context::expired_token:
      return AtTheDoor{401, "token_expired", true};
    case Context::no_token:
      return AtTheDoor{401, "unauthenticated", false};
    default:
      return std::nullopt;
  }
}

// ---- the people
// -----------------------------------------------------------------------------------

//! A family and the people in it the records can be about.
struct FamilyPeople {
  std::string id, parent, young, volunteer;
};

//! One role's people: a person with a live device and a second (revoked) one, and another person
//! of the same role whose membership has ended.
struct Actor {
  Role role;
  Device device;
  Device second;  // revoked
  Device ended;   // of the person whose membership ended
};

//! Whom a request comes from in a context, and which family it is about.
struct Caller {
  Device* device;
  std::string token;  // empty: no Authorization header
  std::string me;
  const FamilyPeople* family;
};

// One audit entry, as far as a cell decides it.
using Audited = std::tuple<std::string, std::string, std::string,
                           std::string>;  // action, outcome, code, device

//! "200", or "403 forbidden": what came back, for a message.
std::string answer_of(const HttpResponse& r) {
  if (r.status == 200) return "200";
  v1::Error error;
  if (r.content_type == "application/json") {
    (void)google::protobuf::util::JsonStringToMessage(r.body, &error);
  } else {
    error.ParseFromString(r.body);
  }
  return std::to_string(r.status) + " " + error.code();
}

std::string describe(const std::vector<Audited>& entries) {
  std::string out = "[";
  for (const auto& [action, outcome, code, device] : entries) {
    out += " " + action + "/" + outcome + (code.empty() ? "" : "/" + code);
  }
  return out + " ]";
}

class AccessMatrix : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (HasFatalFailure()) return;
    world_.add_family(family_);
    world_.add_family(other_family_);
    world_.add_staff(coordinator_);
    world_.join(family_, coordinator_, v1::ROLE_COORDINATOR);
    world_.join(other_family_, coordinator_, v1::ROLE_COORDINATOR);
    sam_ = staff_device();
    // The people the records are about, in each family.
    a_ = {family_, newcomer(family_, Role::parent, "Amina").person_id,
          newcomer(family_, Role::young_person, "Zara").person_id,
          newcomer(family_, Role::volunteer, "Jo").person_id};
    b_ = {other_family_, newcomer(other_family_, Role::parent, "Bea").person_id,
          newcomer(other_family_, Role::young_person, "Ben").person_id,
          newcomer(other_family_, Role::volunteer, "Kit").person_id};
    int n = 0;
    for (Role role : kRoles) {
      Actor actor{role, {}, {}, {}};
      actor.device = newcomer(family_, role, "Live" + std::to_string(++n));
      actor.second = another_device(actor.device.person_id, role);
      actor.ended = newcomer(family_, role, "Ended" + std::to_string(n));
      actors_.push_back(actor);
    }
    ASSERT_FALSE(HasFailure()) << "setting up the people of the matrix failed";
  }

  //! A new person in `family` in `role`, with an enrolled device and a token.
  Device newcomer(const std::string& family, Role role, const std::string& name) {
    std::string person;
    if (role == Role::staff) {
      person = admin("create-coordinator --name " + name + " --username " + name, kStaffPassword);
      EXPECT_EQ(admin_status_, 0) << admin_err_;
      world_.add_staff(person);
    }
    Device d = enrol_code(invite(family, role, name, person));
    world_.join(family, d.person_id, membership_role(role));
    return d;
  }

  //! Another device for someone already in family A.
  Device another_device(const std::string& person, Role role) {
    return enrol_code(invite(family_, role, "Second", person));
  }

  std::string invite(const std::string& family, Role role, const std::string& name,
                     const std::string& person) {
    std::string command =
        "invite --family " + family + " --role " + admin_role(role) + " --name " + name;
    if (!person.empty()) command += " --person " + person;
    const std::string code = admin(command);
    EXPECT_EQ(admin_status_, 0) << admin_err_;
    return code;
  }

  //! Enrols with `code` from an address of its own (enrolment is rate-limited per address).
  Device enrol_code(const std::string& code) {
    v1::EnrolRequest req;
    req.set_invite_code(code);
    req.set_device_id(new_uuid());
    const HttpResponse r = post("/v1/enrol", req, {}, "198.51.100." + std::to_string(++peers_));
    EXPECT_EQ(r.status, 200u) << r.body;
    const auto enrolled = parse<v1::EnrolResponse>(r);
    Device d{enrolled.device_id(), enrolled.device_secret(), enrolled.person_id(), {}, 0};
    d.token = session(d);
    return d;
  }

  //! Ends the second person's membership of each role and revokes each role's second device.
  void end_and_revoke() {
    for (Actor& a : actors_) {
      admin("end-membership --family " + family_ + " --person " + a.ended.person_id);
      ASSERT_EQ(admin_status_, 0) << admin_err_;
      world_.leave(family_, a.ended.person_id);
      admin("revoke-device --device " + a.second.device_id);
      ASSERT_EQ(admin_status_, 0) << admin_err_;
    }
    tick();
    audit_mark();
  }

  Caller caller(Actor& a, Context c) {
    switch (c) {
      case Context::own_family:
        return {&a.device, a.device.token, a.device.person_id, &a_};
      case Context::another_family:
        return {&a.device, a.device.token, a.device.person_id, &b_};
      case Context::ended_membership:
        return {&a.ended, a.ended.token, a.ended.person_id, &a_};
      case Context::revoked_device:
        return {&a.second, a.second.token, a.second.person_id, &a_};
      case Context::no_token:
        return {&a.device, {}, a.device.person_id, &a_};
      case Context::expired_token:
        return {&a.device, a.device.token, a.device.person_id, &a_};
    }
    return {};
  }

  // ---- the audit log, cell by cell
  // ----------------------------------------------------------------

  //! Remembers where the audit log ends now. The log answers "entries after id N", not ids, so
  //! the last id is found by asking (it equals the count unless a sequence skipped numbers).
  void audit_mark() {
    auto all = store_->audit_log(0, 1'000'000);
    ASSERT_TRUE(all) << all.error().describe();
    audit_last_id_ = last_audit_id(static_cast<std::int64_t>(all->size()));
  }

  std::int64_t last_audit_id(std::int64_t at_least) {
    auto more_after = [&](std::int64_t id) {
      auto next = store_->audit_log(id, 1);
      return next && !next->empty();
    };
    if (!more_after(at_least)) return at_least;
    std::int64_t low = at_least, high = at_least * 2 + 1;
    while (more_after(high)) high *= 2;
    while (high - low > 1) {  // more after low, none after high
      const std::int64_t mid = low + (high - low) / 2;
      (more_after(mid) ? low : high) = mid;
    }
    return high;
  }

  //! The audit entries written since the last call.
  std::vector<Audited> new_audit_entries() {
    auto fresh = store_->audit_log(audit_last_id_, 100'000);
    std::vector<Audited> out;
    if (!fresh) {
      ADD_FAILURE() << fresh.error().describe();
      return out;
    }
    for (const AuditEntry& e : *fresh) out.emplace_back(e.action, e.outcome, e.code, e.device_id);
    audit_last_id_ = last_audit_id(audit_last_id_ + static_cast<std::int64_t>(fresh->size()));
    return out;
  }

  // ---- cells
  // --------------------------------------------------------------------------------------

  //! Checks one cell; a mismatch is kept with the cell's name, so one run lists every wrong cell.
  void check(const std::string& cell, bool ok, const std::string& what) {
    ++checks_;
    if (!ok) wrong(cell, what);
  }

  void check_audit(const std::string& cell, const std::vector<Audited>& expected) {
    const auto got = new_audit_entries();
    if (got != expected)
      wrong(cell, "audit expected " + describe(expected) + ", got " + describe(got));
  }

  void wrong(const std::string& cell, const std::string& what) {
    wrong_cells_.insert(cell);
    if (++wrong_ <= 60) failures_ << "  " << cell << ": " << what << "\n";
  }

  //! Checks an answer refused at the door against the context.
  void check_door(const std::string& cell, const AtTheDoor& door, const HttpResponse& r,
                  const Caller& who, const std::string& action) {
    check(cell, r.status == door.status && error_code(r) == door.code,
          "expected " + std::to_string(door.status) + " " + door.code + ", got " + answer_of(r));
    std::vector<Audited> expected;
    if (door.audited) expected.emplace_back(action, "refused", door.code, who.device->device_id);
    check_audit(cell, expected);
  }

  void TearDown() override {
    if (wrong_ > 0) {
      ADD_FAILURE() << wrong_cells_.size() << " cells differ from docs/ACCESS.md"
                    << (wrong_ > 60 ? " (the first 60 differences)" : "") << ":\n"
                    << failures_.str();
    }
    ServiceTest::TearDown();
  }

  static std::string cell_name(std::string_view endpoint, Role role, Context c,
                               std::string_view what = {}) {
    std::string out = std::string(endpoint) + " | " + std::string(name_of(role)) + " | " +
                      std::string(name_of(c));
    if (!what.empty()) out += " | " + std::string(what);
    return out;
  }

  Device sam_;
  FamilyPeople a_, b_;
  std::vector<Actor> actors_;
  World world_;
  int peers_ = 0;
  std::int64_t audit_last_id_ = 0;
  int checks_ = 0;  // answers and audit entries compared
  int wrong_ = 0;
  std::set<std::string> wrong_cells_;
  std::ostringstream failures_;
};

// ---- push: the records
// ----------------------------------------------------------------------------

enum class Who { me, other, outsider };  // the author, or whom a per-person record is about
enum class Asked { nobody, volunteer, other_volunteer };  // help requests: of whom

//! How to make one record for a caller.
struct Make {
  Kind kind;
  Who who = Who::me;
  Asked asked = Asked::nobody;
  v1::Audience audience = v1::AUDIENCE_STAFF;
  bool reply = false;       // feedback: a reply to the family's young person
  bool new_family = false;  // family: a new one, not the caller's own
};

//! A sample record of `m.kind` in family `t`, written as `me`. `me_outside`: the record is
//! stored by the coordinator in a family `me` is not in, so what decides its scope is about
//! someone of that family instead (the coordinator could not write it otherwise).
Record make_record(const Make& m, const std::string& me, Role role, const FamilyPeople& t,
                   const FamilyPeople& elsewhere, bool me_outside = false) {
  Record r = owned(m.kind, t.id, me);
  const std::string author = m.who == Who::me ? me : t.parent;
  auto subject = [&](const std::string& theirs) {
    if (m.who == Who::outsider) return elsewhere.young;
    if (m.who == Who::other || me_outside) return theirs;
    return me;
  };
  switch (m.kind) {
    case Record::kFamily:
      if (m.new_family) {
        r.mutable_family()->set_id(new_uuid());
      } else {
        r.mutable_family()->set_id(t.id);
        r.mutable_family()->set_name("The renamed family");
      }
      break;
    case Record::kPerson:
      r.mutable_person()->set_id(m.who == Who::me ? me : t.parent);
      r.mutable_person()->set_display_name("Renamed");
      break;
    case Record::kMembership:
      r.mutable_membership()->set_person_id(new_uuid());
      break;
    case Record::kWordsAndPictures:
      r.mutable_words_and_pictures()->set_child_id(t.young);
      break;
    case Record::kSupportLink:
      r.mutable_support_link()->set_volunteer_id(t.volunteer);
      break;
    case Record::kActionUpdate:
      r.mutable_action_update()->set_by(author);
      break;
    case Record::kPlanAcknowledgement:
      r.mutable_plan_acknowledgement()->set_by(author);
      break;
    case Record::kScaleScore:
      r.mutable_scale_score()->set_scored_by(author);
      break;
    case Record::kConcern:
      r.mutable_concern()->set_raised_by(author);
      break;
    case Record::kThreeHouses:
      r.mutable_three_houses()->set_child_id(subject(t.young));
      break;
    case Record::kContactLog:
      r.mutable_contact_log()->set_volunteer_id(subject(t.volunteer));
      break;
    case Record::kHostingStay:
      r.mutable_hosting_stay()->set_volunteer_id(subject(t.volunteer));
      r.mutable_hosting_stay()->set_child_ids(0, t.young);
      break;
    case Record::kHelpRequest: {
      auto* h = r.mutable_help_request();
      h->set_requested_by(author);
      if (m.asked == Asked::volunteer) {
        // A parent asks the family's volunteer; a volunteer's "own" request is asked of themself.
        h->set_volunteer_id(role == Role::volunteer && !me_outside ? me : t.volunteer);
      } else if (m.asked == Asked::other_volunteer) {
        h->set_volunteer_id(t.volunteer);
      }
      break;
    }
    case Record::kFeedback: {
      auto* f = r.mutable_feedback();
      f->set_audience(m.audience);
      f->set_from_person(m.audience == v1::AUDIENCE_STAFF ? subject(t.parent) : author);
      if (m.reply) f->set_to_person(t.young);
      break;
    }
    default:
      break;
  }
  return r;
}

//! The same record with something the person could change changed.
Record changed(Record r) {
  switch (r.body_case()) {
    case Record::kMembership:
      r.mutable_membership()->set_started_on("2026-09-02");
      break;
    case Record::kConference:
      r.mutable_conference()->set_held_on("2026-09-11");
      break;
    case Record::kPlan:
      r.mutable_plan()->mutable_title()->set_text("Our changed plan");
      break;
    case Record::kPlanVersion:
      r.mutable_plan_version()->set_review_on("2026-12-11");
      break;
    case Record::kActionUpdate:
      r.mutable_action_update()->set_note("Changed my mind");
      break;
    case Record::kPlanAcknowledgement:
      r.mutable_plan_acknowledgement()->mutable_at()->set_seconds(
          r.plan_acknowledgement().at().seconds() + 60);
      break;
    case Record::kAssessment:
      r.mutable_assessment()->set_assessed_on("2026-09-02");
      break;
    case Record::kScaleScore:
      r.mutable_scale_score()->set_reason("Changed my mind");
      break;
    case Record::kThreeHouses:
      r.mutable_three_houses()->add_dreams("A bike");
      break;
    case Record::kWordsAndPictures:
      r.mutable_words_and_pictures()->set_written_on("2026-09-13");
      break;
    case Record::kSupportLink:
      r.mutable_support_link()->set_started_on("2026-09-21");
      break;
    case Record::kContactLog:
      r.mutable_contact_log()->set_notes("Changed my mind");
      break;
    case Record::kHostingStay:
      r.mutable_hosting_stay()->set_notes("Changed my mind");
      break;
    case Record::kHelpRequest:
      r.mutable_help_request()->set_status(v1::HELP_ARRANGED);
      break;
    case Record::kFeedback:
      r.mutable_feedback()->set_text("Changed my mind");
      break;
    case Record::kConcern:
      r.mutable_concern()->set_text("Changed my mind");
      break;
    case Record::kEpisode:
      r.mutable_episode()->set_children(3);
      break;
    default:
      break;
  }
  return r;
}

enum class Op { put, resend, change, take_over, remove };

//! The same record with its author made `me` (someone else's record taken over).
Record taken_over(Record r, const std::string& me) {
  if (r.has_scale_score()) r.mutable_scale_score()->set_scored_by(me);
  if (r.has_help_request()) r.mutable_help_request()->set_requested_by(me);
  return r;
}

//! One row of the push matrix.
struct Spec {
  std::string name;
  Op op = Op::put;
  Make make{Record::kPerson};
  std::string stored;         // change, resend, remove: which stored record
  std::string invalid;        // rule 1: the code a broken record earns
  bool id_elsewhere = false;  // rule 2: an id stored in the other family
};

//! The records each caller's changes and deletions work on, written beforehand by the family's
//! coordinator with the caller as their author (coordinators are not bound by author fields).
const std::vector<std::pair<std::string, Make>>& stored_records() {
  static const std::vector<std::pair<std::string, Make>> kStored = {
      {"membership", {Record::kMembership}},
      {"conference", {Record::kConference}},
      {"plan", {Record::kPlan}},
      {"plan_version (published)", {Record::kPlanVersion}},
      {"action_update", {Record::kActionUpdate}},
      {"plan_acknowledgement", {Record::kPlanAcknowledgement}},
      {"assessment", {Record::kAssessment}},
      {"scale_score", {Record::kScaleScore}},
      {"three_houses", {Record::kThreeHouses}},
      {"words_and_pictures", {Record::kWordsAndPictures}},
      {"support_link", {Record::kSupportLink}},
      {"contact_log", {Record::kContactLog}},
      {"hosting_stay", {Record::kHostingStay}},
      {"help_request", {Record::kHelpRequest}},
      {"help_request asked of a volunteer", {Record::kHelpRequest, Who::me, Asked::volunteer}},
      {"help_request a parent asked of them", {Record::kHelpRequest, Who::other, Asked::volunteer}},
      {"help_request by someone else", {Record::kHelpRequest, Who::other}},
      {"scale_score by someone else", {Record::kScaleScore, Who::other}},
      {"feedback for the family", {Record::kFeedback, Who::me, Asked::nobody, v1::AUDIENCE_FAMILY}},
      {"feedback for staff", {Record::kFeedback}},
      {"concern", {Record::kConcern}},
      {"episode", {Record::kEpisode}},
  };
  return kStored;
}

std::vector<Spec> push_specs() {
  std::vector<Spec> s;
  auto put = [&](std::string name, Make m) {
    s.push_back({std::move(name), Op::put, m, {}, {}, false});
  };
  put("family (a new one)",
      {Record::kFamily, Who::me, Asked::nobody, v1::AUDIENCE_STAFF, false, true});
  put("family (renaming the family)", {Record::kFamily});
  put("person (own profile)", {Record::kPerson});
  put("person (a member's profile)", {Record::kPerson, Who::other});
  put("membership", {Record::kMembership});
  put("conference", {Record::kConference});
  put("plan", {Record::kPlan});
  put("plan_version", {Record::kPlanVersion});
  put("action_update", {Record::kActionUpdate});
  put("action_update by someone else", {Record::kActionUpdate, Who::other});
  put("plan_acknowledgement", {Record::kPlanAcknowledgement});
  put("plan_acknowledgement by someone else", {Record::kPlanAcknowledgement, Who::other});
  put("assessment", {Record::kAssessment});
  put("scale_score", {Record::kScaleScore});
  put("scale_score by someone else", {Record::kScaleScore, Who::other});
  put("three_houses (own)", {Record::kThreeHouses});
  put("three_houses of the family's young person", {Record::kThreeHouses, Who::other});
  put("three_houses of someone outside the family", {Record::kThreeHouses, Who::outsider});
  put("words_and_pictures", {Record::kWordsAndPictures});
  put("support_link", {Record::kSupportLink});
  put("contact_log (own)", {Record::kContactLog});
  put("contact_log of the family's volunteer", {Record::kContactLog, Who::other});
  put("hosting_stay (own)", {Record::kHostingStay});
  put("hosting_stay of the family's volunteer", {Record::kHostingStay, Who::other});
  put("help_request", {Record::kHelpRequest});
  put("help_request by someone else", {Record::kHelpRequest, Who::other});
  put("help_request asked of a volunteer", {Record::kHelpRequest, Who::me, Asked::volunteer});
  put("help_request by someone else of the volunteer",
      {Record::kHelpRequest, Who::other, Asked::other_volunteer});
  put("feedback for the family", {Record::kFeedback, Who::me, Asked::nobody, v1::AUDIENCE_FAMILY});
  put("feedback for the family by someone else",
      {Record::kFeedback, Who::other, Asked::nobody, v1::AUDIENCE_FAMILY});
  put("feedback for staff", {Record::kFeedback});
  put("feedback for staff by someone else", {Record::kFeedback, Who::other});
  put("feedback for staff to the young person",
      {Record::kFeedback, Who::me, Asked::nobody, v1::AUDIENCE_STAFF, true});
  put("concern", {Record::kConcern});
  put("concern by someone else", {Record::kConcern, Who::other});
  put("episode", {Record::kEpisode});
  s.push_back(
      {"scale_score out of range", Op::put, {Record::kScaleScore}, {}, "out_of_range", false});
  s.push_back({"plan with an id used in the other family", Op::put, {Record::kPlan}, {}, {}, true});
  for (const char* kind : {"action_update", "plan_acknowledgement", "scale_score", "contact_log",
                           "feedback for the family", "feedback for staff", "concern"}) {
    s.push_back({std::string(kind) + " sent again unchanged",
                 Op::resend,
                 {Record::kPerson},
                 kind,
                 {},
                 false});
  }
  for (const auto& [key, make] : stored_records()) {
    s.push_back({key + " changed", Op::change, make, key, {}, false});
  }
  for (const char* kind : {"scale_score by someone else", "help_request by someone else"}) {
    s.push_back({std::string(kind) + ", taken over as one's own",
                 Op::take_over,
                 {Record::kPerson},
                 kind,
                 {},
                 false});
  }
  for (const auto& [key, make] : stored_records()) {
    if (key.find("someone else") != std::string::npos ||
        key.find("a parent asked") != std::string::npos) {
      continue;  // deleting what someone else wrote: "by someone else" cells above cover it
    }
    s.push_back({key + " deleted", Op::remove, make, key, {}, false});
  }
  s.push_back({"person (own profile) deleted", Op::remove, {Record::kPerson}, {}, {}, false});
  s.push_back({"family deleted", Op::remove, {Record::kFamily}, {}, {}, false});
  return s;
}

class PushMatrix : public AccessMatrix {
 protected:
  struct Stored {
    Record record;
    std::int64_t seq = 0;
  };

  //! The family's coordinator writes every stored record for every caller that can reach its
  //! family (own family, another family, ended membership), and a plan in each family whose id
  //! the "id used in the other family" cells reuse.
  void store_records() {
    std::vector<Record> batch;
    std::vector<std::tuple<Role, Context, std::string>> keys;
    for (Actor& a : actors_) {
      for (Context c : {Context::own_family, Context::another_family, Context::ended_membership}) {
        const Caller who = caller(a, c);
        const FamilyPeople& elsewhere = who.family == &a_ ? b_ : a_;
        for (const auto& [key, make] : stored_records()) {
          batch.push_back(make_record(make, who.me, a.role, *who.family, elsewhere,
                                      c == Context::another_family));
          keys.emplace_back(a.role, c, key);
        }
      }
    }
    plan_in_a_ = owned(Record::kPlan, family_, coordinator_);
    plan_in_b_ = owned(Record::kPlan, other_family_, coordinator_);
    batch.push_back(plan_in_a_);
    batch.push_back(plan_in_b_);
    for (std::size_t from = 0; from < batch.size(); from += 400) {
      const std::vector<Record> part(
          batch.begin() + static_cast<std::ptrdiff_t>(from),
          batch.begin() + static_cast<std::ptrdiff_t>(std::min(batch.size(), from + 400)));
      const auto response = push(sam_, part);
      ASSERT_EQ(response.results_size(), static_cast<int>(part.size()));
      for (std::size_t i = 0; i < part.size(); ++i) {
        const auto& result = response.results(static_cast<int>(i));
        ASSERT_EQ(result.status(), v1::MutationResult::APPLIED)
            << "the coordinator could not store " << domain::kind_name(part[i].body_case()) << ": "
            << result.error().code() << " " << result.error().message();
        if (from + i < keys.size()) stored_[keys[from + i]] = {part[i], result.server_seq()};
      }
    }
    for (const auto& [key, stored] : stored_) {
      if (std::get<2>(key) == "membership") {
        world_.join(stored.record.membership().family_id(), stored.record.membership().person_id(),
                    stored.record.membership().role());
      }
    }
  }

  //! Sends one mutation from the caller; its sequence number is used up if the push got in.
  HttpResponse send(const Caller& who, v1::Mutation m, const std::string& device_id = {}) {
    v1::PushRequest req;
    req.set_device_id(device_id.empty() ? who.device->device_id : device_id);
    m.set_mutation_id(new_uuid());
    m.set_seq(who.device->seq + 1);
    *req.add_mutations() = std::move(m);
    const HttpResponse r = post("/v1/push", req, who.token);
    if (r.status == 200) ++who.device->seq;
    return r;
  }

  void run(Actor& a, Context c, const Spec& spec) {
    const std::string cell = cell_name("POST /v1/push", a.role, c, spec.name);
    const Caller who = caller(a, c);
    const FamilyPeople& elsewhere = who.family == &a_ ? b_ : a_;
    // The door contexts send what the own-family caller would.
    const Context data = at_the_door(c) ? Context::own_family : c;

    v1::Mutation m;
    std::optional<Record> existing;
    Record record;
    if (spec.op == Op::put) {
      record = make_record(spec.make, who.me, a.role, *who.family, elsewhere);
      if (!spec.invalid.empty()) record.mutable_scale_score()->set_score(11);
      if (spec.id_elsewhere) {
        record.mutable_plan()->set_id(who.family == &a_ ? plan_in_b_.plan().id()
                                                        : plan_in_a_.plan().id());
      }
      *m.mutable_put() = record;
    } else if (!spec.stored.empty()) {
      const Stored& s = stored_.at({a.role, data, spec.stored});
      existing = s.record;
      record = spec.op == Op::change      ? changed(s.record)
               : spec.op == Op::take_over ? taken_over(s.record, who.me)
                                          : s.record;
      m.set_base_seq(s.seq);
      if (spec.op == Op::remove) {
        m.mutable_remove()->set_kind(std::string(domain::kind_name(record.body_case())));
        m.mutable_remove()->set_id(domain::record_id(record));
      } else {
        *m.mutable_put() = record;
      }
    } else {
      // Deleting one's own profile, or the family's record.
      record = make_record(spec.make, who.me, a.role, *who.family, elsewhere);
      if (record.has_family()) record.mutable_family()->set_id(who.family->id);
      existing = record;
      m.mutable_remove()->set_kind(std::string(domain::kind_name(record.body_case())));
      m.mutable_remove()->set_id(domain::record_id(record));
      if (record.has_family() && c == Context::own_family &&
          membership_role(a.role) == v1::ROLE_COORDINATOR) {
        // It would be applied, and the family the rest of the matrix works in would be gone.
        ++skipped_;
        return;
      }
    }

    if (const auto door = at_the_door(c)) {
      const HttpResponse r = send(who, m);
      check_door(cell, *door, r, who, "push");
      return;
    }
    const bool new_family = record.has_family() && !world_.family_exists(record.family().id());
    std::string expected;
    if (spec.op == Op::remove) {
      expected = security::remove_verdict(world_, who.me, *existing);
    } else {
      expected = security::put_verdict(world_, who.me, record, existing,
                                       {spec.invalid, spec.id_elsewhere});
    }
    const Scope land = security::lands_in(spec.op == Op::remove ? *existing : record);
    const bool audited_if_applied = security::write_is_audited(world_, who.me, land, new_family);

    const HttpResponse r = send(who, m);
    if (r.status != 200) {
      check(cell, false, "expected 200, got " + answer_of(r));
      new_audit_entries();
      return;
    }
    const auto response = parse<v1::PushResponse>(r);
    if (response.results_size() != 1) {
      check(cell, false, "expected one result, got " + std::to_string(response.results_size()));
      return;
    }
    const v1::MutationResult& result = response.results(0);
    std::vector<Audited> audit;
    if (expected.empty()) {
      ++applied_;
      check(cell,
            result.status() == v1::MutationResult::APPLIED && result.scope() == land.to_string(),
            "expected applied in " + land.to_string() + ", got " +
                v1::MutationResult::Status_Name(result.status()) + " " + result.error().code() +
                " " + result.scope());
      if (audited_if_applied) audit.emplace_back("push", "ok", "", who.device->device_id);
      if (result.status() == v1::MutationResult::APPLIED)
        follow(record, spec.op, who.me, new_family);
    } else {
      ++refused_;
      check(cell,
            result.status() == v1::MutationResult::REJECTED && result.error().code() == expected,
            "expected refused with " + expected + ", got " +
                v1::MutationResult::Status_Name(result.status()) + " " + result.error().code());
      audit.emplace_back("push", "refused", expected, who.device->device_id);
    }
    check_audit(cell, audit);
  }

  //! Keeps the model's world as the applied change left it.
  void follow(const Record& record, Op op, const std::string& me, bool new_family) {
    if (new_family) {
      world_.add_family(record.family().id());
      world_.join(record.family().id(), me, v1::ROLE_COORDINATOR);
    }
    if (record.has_membership()) {
      const auto& m = record.membership();
      if (op == Op::remove) {
        world_.leave(m.family_id(), m.person_id());
      } else {
        world_.join(m.family_id(), m.person_id(), m.role());
      }
    }
  }

  std::map<std::tuple<Role, Context, std::string>, Stored> stored_;
  Record plan_in_a_, plan_in_b_;
  int applied_ = 0, refused_ = 0, skipped_ = 0;
};

TEST_F(PushMatrix, EveryKindByEveryRoleInEveryContextIsDecidedAsAccessMdSays) {
  const std::vector<Spec> specs = push_specs();
  store_records();
  ASSERT_FALSE(HasFatalFailure());
  end_and_revoke();
  ASSERT_FALSE(HasFatalFailure());
  const int before = checks_;
  for (Context c : kContexts) {
    if (c == Context::expired_token) now_ += 601;  // past every token the devices hold
    for (Actor& a : actors_) {
      for (const Spec& spec : specs) run(a, c, spec);
    }
  }
  // A push that names another device is refused whatever the token may do (audited).
  now_ -= 601;
  for (Actor& a : actors_) {
    const Caller who = caller(a, Context::own_family);
    v1::Mutation m;
    *m.mutable_put() = owned(Record::kScaleScore, family_, who.me);
    const HttpResponse r = send(who, m, sam_.device_id);
    const std::string cell =
        cell_name("POST /v1/push", a.role, Context::own_family, "for another device");
    check(cell, r.status == 403 && error_code(r) == "forbidden",
          "expected 403 forbidden, got " + answer_of(r));
    check_audit(cell, {{"push", "refused", "forbidden", who.device->device_id}});
  }
  EXPECT_TRUE(store_->check());
  std::cout << "[ matrix  ] POST /v1/push: " << checks_ - before << " cells = " << kRoles.size()
            << " roles x " << kContexts.size() << " contexts x " << specs.size()
            << " records (new, by someone else, resent, changed, deleted), less " << skipped_
            << " skipped, + " << kRoles.size() << " naming another device; " << applied_
            << " applied, " << refused_ << " refused by a rule, the rest at the door\n";
}

// ---- pull
// -------------------------------------------------------------------------------------------

class ReadMatrix : public AccessMatrix {
 protected:
  //! The coordinator writes something into every scope of both families and into every
  //! profile, so that a page or a hint would show any scope given to the wrong person.
  std::set<std::string> fill_every_scope() {
    std::vector<Record> batch;
    for (const FamilyPeople* t : {&a_, &b_}) {
      batch.push_back(owned(Record::kPlan, t->id, coordinator_));
      batch.push_back(owned(Record::kConcern, t->id, coordinator_));
    }
    std::set<std::string> people;
    for (const FamilyPeople* t : {&a_, &b_}) {
      for (const std::string& p : {t->parent, t->young, t->volunteer}) people.insert(p);
    }
    people.insert(coordinator_);
    for (const Actor& a : actors_) {
      people.insert(a.device.person_id);
      people.insert(a.ended.person_id);
    }
    for (const std::string& p : people) {
      Record profile = kith::testing::sample(Record::kPerson, p);
      profile.mutable_person()->set_display_name("Named by the coordinator");
      batch.push_back(profile);
    }
    for (const std::string& family : {family_, other_family_}) {
      for (const std::string& p : people) {
        const auto role = world_.role_of(p, family);
        if (!role) continue;
        Record houses = owned(Record::kThreeHouses, family, coordinator_);
        houses.mutable_three_houses()->set_child_id(p);
        batch.push_back(houses);
        if (*role == v1::ROLE_VOLUNTEER) {
          Record log = owned(Record::kContactLog, family, coordinator_);
          log.mutable_contact_log()->set_volunteer_id(p);
          batch.push_back(log);
        }
      }
    }
    std::set<std::string> filled;
    const auto response = push(sam_, batch);
    for (const auto& result : response.results()) {
      EXPECT_EQ(result.status(), v1::MutationResult::APPLIED) << result.error().message();
      filled.insert(result.scope());
    }
    audit_mark();
    return filled;
  }

  //! Every scope of `family` the model knows of: its family and staff scopes, and each member's.
  std::vector<std::string> scopes_of(const std::string& family,
                                     const std::set<std::string>& filled) {
    std::vector<std::string> out;
    for (const std::string& s : filled) {
      if (s.find(family) != std::string::npos) out.push_back(s);
    }
    return out;
  }
};

TEST_F(ReadMatrix, APullAnswersExactlyTheScopesEachRoleHolds) {
  end_and_revoke();
  ASSERT_FALSE(HasFatalFailure());
  const auto filled = fill_every_scope();
  const int before = checks_;
  for (Context c : kContexts) {
    if (c == Context::expired_token) now_ += 601;
    for (Actor& a : actors_) {
      const std::string cell = cell_name("POST /v1/pull", a.role, c);
      const Caller who = caller(a, c);
      v1::PullRequest req;
      req.set_device_id(who.device->device_id);
      // Asking by name for the other family's scopes, or for the family the membership was in.
      if (c == Context::another_family || c == Context::ended_membership) {
        for (const std::string& s : scopes_of(who.family->id, filled)) {
          v1::ScopeCursor* cursor = req.add_cursors();
          cursor->set_scope(s);
          cursor->set_epoch(store_->epoch());
          cursor->set_last_seq(0);
        }
      }
      const HttpResponse r = post("/v1/pull", req, who.token);
      if (const auto door = at_the_door(c)) {
        check_door(cell, *door, r, who, "pull");
        continue;
      }
      if (r.status != 200) {
        check(cell, false, "expected 200, got " + answer_of(r));
        new_audit_entries();
        continue;
      }
      const auto response = parse<v1::PullResponse>(r);
      const std::set<std::string> expected = world_.scopes_held(who.me);
      const std::set<std::string> listed(response.scopes().begin(), response.scopes().end());
      std::string extra, missing;
      for (const auto& s : listed)
        if (!expected.contains(s)) extra += " " + s;
      for (const auto& s : expected)
        if (!listed.contains(s)) missing += " " + s;
      check(cell, extra.empty() && missing.empty(),
            "scopes listed beyond ACCESS.md:" + extra + "; missing:" + missing);
      std::vector<Audited> audit;
      std::string stray;
      for (const auto& page : response.pages()) {
        if (!expected.contains(page.scope())) stray += " " + page.scope();
        int puts = 0;
        for (const auto& change : page.changes()) puts += change.has_put() ? 1 : 0;
        // ACCESS.md: every page of records a coordinator pulls is audited (a profile page: when
        // the reader has a staff account, as for writes).
        const auto scope = Scope::parse(page.scope());
        if (puts > 0 && scope && security::write_is_audited(world_, who.me, *scope, false)) {
          audit.emplace_back("pull", "ok", "", who.device->device_id);
        }
      }
      check(cell, stray.empty(), "pages of scopes not held:" + stray);
      check_audit(cell, audit);
    }
  }
  now_ -= 601;
  for (Actor& a : actors_) {
    const Caller who = caller(a, Context::own_family);
    const std::string cell =
        cell_name("POST /v1/pull", a.role, Context::own_family, "for another device");
    v1::PullRequest req;
    req.set_device_id(sam_.device_id);
    const HttpResponse r = post("/v1/pull", req, who.token);
    check(cell, r.status == 403 && error_code(r) == "forbidden",
          "expected 403 forbidden, got " + answer_of(r));
    check_audit(cell, {{"pull", "refused", "forbidden", who.device->device_id}});
  }
  std::cout
      << "[ matrix  ] POST /v1/pull: " << kRoles.size() * kContexts.size() + kRoles.size()
      << " cells = " << kRoles.size() << " roles x " << kContexts.size() << " contexts + "
      << kRoles.size() << " naming another device (" << checks_ - before
      << " checks: status, scopes listed, pages); every scope of both families holds a record\n";
}

// ---- events
// -----------------------------------------------------------------------------------------

//! Keeps the hints a subscription receives.
class HintSink final : public EventSink {
 public:
  void send(std::string frame, bool binary) override {
    v1::Hint hint;
    if (binary && hint.ParseFromString(frame)) scopes.insert(hint.scope());
  }
  void close() override { closed = true; }
  std::set<std::string> scopes;
  bool closed = false;
};

TEST_F(ReadMatrix, EventStreamsHintOnlyTheScopesEachRoleHolds) {
  end_and_revoke();
  ASSERT_FALSE(HasFatalFailure());
  const int before = checks_;
  struct Subscribed {
    std::string cell, me;
    std::shared_ptr<HintSink> sink;
  };
  std::vector<Subscribed> subscribed;
  for (Context c : kContexts) {
    if (c == Context::expired_token) continue;  // below, once the hints are in
    for (Actor& a : actors_) {
      const std::string cell = cell_name("GET /v1/events", a.role, c);
      const Caller who = caller(a, c);
      HttpRequest upgrade;
      upgrade.method = "GET";
      upgrade.target = "/v1/events";
      if (!who.token.empty()) upgrade.authorization = "Bearer " + who.token;
      auto sink = std::make_shared<HintSink>();
      auto answer = service_->subscribe(upgrade, sink);
      if (const auto door = at_the_door(c)) {
        const auto* refused = std::get_if<HttpResponse>(&answer);
        check_door(cell, *door, refused ? *refused : HttpResponse{}, who, "events");
        continue;
      }
      check(cell, std::holds_alternative<std::uint64_t>(answer), "expected a subscription");
      check_audit(cell, {});
      subscribed.push_back({cell, who.me, sink});
    }
  }
  const auto filled = fill_every_scope();
  for (const Subscribed& s : subscribed) {
    const std::set<std::string> held = world_.scopes_held(s.me);
    std::set<std::string> expected;
    for (const auto& scope : held) {
      if (filled.contains(scope)) expected.insert(scope);
    }
    EXPECT_EQ(expected, held) << "the test wrote nothing into some scope " << s.me << " holds";
    std::string extra, missing;
    for (const auto& scope : s.sink->scopes)
      if (!expected.contains(scope)) extra += " " + scope;
    for (const auto& scope : expected)
      if (!s.sink->scopes.contains(scope)) missing += " " + scope;
    check(s.cell, extra.empty() && missing.empty(),
          "hints for scopes not held:" + extra + "; none for:" + missing);
  }
  now_ += 601;
  for (Actor& a : actors_) {
    const Caller who = caller(a, Context::expired_token);
    HttpRequest upgrade;
    upgrade.method = "GET";
    upgrade.target = "/v1/events";
    upgrade.authorization = "Bearer " + who.token;
    auto answer = service_->subscribe(upgrade, std::make_shared<HintSink>());
    const auto* refused = std::get_if<HttpResponse>(&answer);
    check_door(cell_name("GET /v1/events", a.role, Context::expired_token),
               *at_the_door(Context::expired_token), refused ? *refused : HttpResponse{}, who,
               "events");
  }
  std::cout << "[ matrix  ] GET /v1/events: " << kRoles.size() * kContexts.size()
            << " cells = " << kRoles.size() << " roles x " << kContexts.size() << " contexts ("
            << checks_ - before
            << " checks: subscribed or refused, then the hints each subscription got)\n";
}

// ---- sessions, health, invites and the volunteer list
// --------------------------------------------------

TEST_F(AccessMatrix, SessionsHealthInvitesAndTheVolunteerListFollowTheTable) {
  end_and_revoke();
  ASSERT_FALSE(HasFatalFailure());
  const int before = checks_;
  for (Context c : kContexts) {
    if (c == Context::expired_token) now_ += 601;
    for (Actor& a : actors_) {
      const Caller who = caller(a, c);
      const bool is_staff = a.role == Role::staff;
      const bool coordinates =
          c == Context::own_family && membership_role(a.role) == v1::ROLE_COORDINATOR;

      // GET /healthz: anyone, with or without a token; it names nobody.
      {
        const std::string cell = cell_name("GET /healthz", a.role, c);
        HttpRequest h;
        h.method = "GET";
        h.target = "/healthz";
        if (!who.token.empty()) h.authorization = "Bearer " + who.token;
        const HttpResponse r = service_->handle(h);
        check(cell, r.status == 200, "expected 200, got " + std::to_string(r.status));
        check_audit(cell, {});
      }
      // POST /v1/session: the device's secret buys a token whatever the old token's state,
      // unless the device is revoked.
      {
        const std::string cell = cell_name("POST /v1/session", a.role, c);
        v1::SessionRequest s;
        s.set_device_id(who.device->device_id);
        s.set_device_secret(who.device->secret);
        const HttpResponse r = post("/v1/session", s, who.token);
        if (c == Context::revoked_device) {
          check(cell, r.status == 403 && error_code(r) == "device_revoked",
                "expected 403 device_revoked, got " + answer_of(r));
          check_audit(cell, {{"session", "refused", "device_revoked", who.device->device_id}});
        } else {
          check(cell, r.status == 200, "expected 200, got " + answer_of(r));
          check_audit(cell, {});
        }
      }
      // POST /v1/invites: a coordinator of the family, in any role but coordinator.
      for (const v1::Role invited : {v1::ROLE_PARENT, v1::ROLE_COORDINATOR}) {
        const std::string cell = cell_name("POST /v1/invites", a.role, c, v1::Role_Name(invited));
        v1::InviteRequest req;
        req.set_family_id(who.family->id);
        req.set_role(invited);
        req.set_display_name("Newcomer");
        const HttpResponse r = post("/v1/invites", req, who.token);
        if (const auto door = at_the_door(c)) {
          check_door(cell, *door, r, who, "invite");
        } else if (invited == v1::ROLE_COORDINATOR || !coordinates) {
          v1::Error error;
          error.ParseFromString(r.body);
          const std::string field = invited == v1::ROLE_COORDINATOR ? "role" : "";
          check(cell, r.status == 403 && error.code() == "forbidden" && error.field() == field,
                "expected 403 forbidden (field '" + field + "'), got " + std::to_string(r.status) +
                    " " + error.code() + " '" + error.field() + "'");
          check_audit(cell, {{"invite", "refused", "forbidden", who.device->device_id}});
        } else {
          check(cell, r.status == 200, "expected 200, got " + answer_of(r));
          check_audit(cell, {{"invite", "ok", "", who.device->device_id}});
        }
      }
      // POST /v1/volunteers: staff accounts only, whatever their memberships.
      {
        const std::string cell = cell_name("POST /v1/volunteers", a.role, c);
        const HttpResponse r = post("/v1/volunteers", v1::VolunteersRequest{}, who.token);
        if (const auto door = at_the_door(c)) {
          check_door(cell, *door, r, who, "volunteers");
        } else if (is_staff) {
          check(cell, r.status == 200, "expected 200, got " + answer_of(r));
          check_audit(cell, {{"volunteers", "ok", "", who.device->device_id}});
        } else {
          check(cell, r.status == 403 && error_code(r) == "forbidden",
                "expected 403 forbidden, got " + answer_of(r));
          check_audit(cell, {{"volunteers", "refused", "forbidden", who.device->device_id}});
        }
      }
    }
  }
  std::cout << "[ matrix  ] GET /healthz, POST /v1/session, /v1/invites (2 roles), /v1/volunteers: "
            << checks_ - before << " cells = " << kRoles.size() << " roles x " << kContexts.size()
            << " contexts x 5 requests\n";
}

}  // namespace
}  // namespace kith::server::testing
