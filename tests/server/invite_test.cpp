// Invites made from the app (POST /v1/invites) and the staff's volunteer list (POST
// /v1/volunteers), request by request without sockets.

#include "service_fixture.hpp"

#include <algorithm>

namespace kith::server::testing {
namespace {

using domain::Record;

bool has_scope(const v1::PullResponse& r, const std::string& scope) {
  return std::find(r.scopes().begin(), r.scopes().end(), scope) != r.scopes().end();
}

class InviteTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    sam_ = staff_device();
  }

  v1::InviteRequest request(const std::string& family, v1::Role role, const std::string& name) {
    v1::InviteRequest req;
    req.set_family_id(family);
    req.set_role(role);
    req.set_display_name(name);
    return req;
  }

  HttpResponse invite(const v1::InviteRequest& req, const Device& by) {
    return post("/v1/invites", req, by.token);
  }

  //! A code for `name` in `family_` as `role`, made by Sam from his staff device.
  v1::InviteResponse invited(v1::Role role, const std::string& name,
                             const std::string& family = {}) {
    const HttpResponse r = invite(request(family.empty() ? family_ : family, role, name), sam_);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::InviteResponse>(r);
  }

  HttpResponse post_json(const std::string& path, const std::string& body,
                         const std::string& token) {
    HttpRequest request;
    request.method = "POST";
    request.target = path;
    request.content_type = "application/json";
    request.body = body;
    request.authorization = "Bearer " + token;
    request.peer = "192.0.2.1";
    return service_->handle(request);
  }

  static v1::Error error_of(const HttpResponse& response) {
    v1::Error error;
    if (response.content_type == "application/json") {
      EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(response.body, &error).ok());
    } else {
      EXPECT_TRUE(error.ParseFromString(response.body));
    }
    return error;
  }

  // Expects the invite to be refused with `status`, `code` and `field`.
  void expect_refused(const v1::InviteRequest& req, const Device& by, unsigned status,
                      const std::string& code, const std::string& field = {}) {
    const HttpResponse r = invite(req, by);
    EXPECT_EQ(r.status, status) << r.body;
    const v1::Error error = error_of(r);
    EXPECT_EQ(error.code(), code) << r.body;
    EXPECT_EQ(error.field(), field) << r.body;
    EXPECT_FALSE(error.message().empty());
  }

  std::vector<v1::Volunteer> volunteers(const Device& by, unsigned status = 200) {
    const HttpResponse r = post("/v1/volunteers", v1::VolunteersRequest(), by.token);
    EXPECT_EQ(r.status, status) << r.body;
    if (r.status != 200) return {};
    const auto answer = parse<v1::VolunteersResponse>(r);
    return {answer.volunteers().begin(), answer.volunteers().end()};
  }

  Device sam_;
};

// ---- the happy path ------------------------------------------------------------------------------

TEST_F(InviteTest, ACoordinatorInvitesAndThePersonJoinsInThatRole) {
  const v1::InviteResponse made = invited(v1::ROLE_PARENT, "Amina");
  EXPECT_EQ(made.code().size(), 11u);
  EXPECT_TRUE(is_uuid(made.person_id()));
  EXPECT_EQ(made.expires_at().seconds(), now_ + 72 * 60 * 60);  // kith-admin's default

  v1::EnrolRequest req;
  req.set_invite_code(made.code());
  req.set_device_id(new_uuid());
  const HttpResponse r = post("/v1/enrol", req);
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto enrolled = parse<v1::EnrolResponse>(r);
  EXPECT_EQ(enrolled.person_id(), made.person_id());
  EXPECT_EQ(enrolled.family_id(), family_);
  EXPECT_EQ(enrolled.role(), v1::ROLE_PARENT);
  EXPECT_EQ(enrolled.display_name(), "Amina");

  Device amina{enrolled.device_id(), enrolled.device_secret(), enrolled.person_id(), {}, 0};
  amina.token = session(amina);
  const v1::PullResponse pulled = pull(amina);
  EXPECT_TRUE(has_scope(pulled, "family:" + family_));
  EXPECT_FALSE(has_scope(pulled, "family:" + other_family_));
  bool member = false;
  for (const Record& record : records_in(pulled)) {
    if (record.has_membership() && record.membership().person_id() == made.person_id()) {
      member = record.membership().role() == v1::ROLE_PARENT &&
               record.membership().family_id() == family_ && record.membership().ended_on().empty();
    }
  }
  EXPECT_TRUE(member);
}

TEST_F(InviteTest, TheInviteIsAuditedWithoutItsCode) {
  const v1::InviteResponse made = invited(v1::ROLE_NETWORK, "Nia");
  std::string bare = made.code();
  bare.erase(std::remove(bare.begin(), bare.end(), '-'), bare.end());
  const auto entries = store_->audit_log(0, 10000);
  ASSERT_TRUE(entries);
  bool found = false;
  for (const AuditEntry& e : *entries) {
    for (const std::string* text : {&e.person_id, &e.device_id, &e.action, &e.family_id, &e.scope,
                                    &e.kind, &e.record_id, &e.outcome, &e.code}) {
      EXPECT_EQ(text->find(made.code()), std::string::npos);
      EXPECT_EQ(text->find(bare), std::string::npos);
    }
    if (e.action == "invite" && e.outcome == "ok") {
      found = true;
      EXPECT_EQ(e.person_id, coordinator_);
      EXPECT_EQ(e.device_id, sam_.device_id);
      EXPECT_EQ(e.family_id, family_);
      EXPECT_EQ(e.record_id, made.person_id());
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(InviteTest, AnInviteIsUsedOnce) {
  const v1::InviteResponse made = invited(v1::ROLE_YOUNG_PERSON, "Zara");
  (void)enrol(made.code());
  v1::EnrolRequest again;
  again.set_invite_code(made.code());
  again.set_device_id(new_uuid());
  const HttpResponse r = post("/v1/enrol", again);
  EXPECT_EQ(r.status, 410u);
  EXPECT_EQ(error_code(r), "invite_used");
}

TEST_F(InviteTest, AnInviteExpiresAfterTheHoursAskedFor) {
  v1::InviteRequest req = request(family_, v1::ROLE_CARE_LEAVER, "Jade");
  req.set_valid_hours(2);
  const HttpResponse r = invite(req, sam_);
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto made = parse<v1::InviteResponse>(r);
  EXPECT_EQ(made.expires_at().seconds(), now_ + 2 * 60 * 60);
  now_ += 2 * 60 * 60;
  v1::EnrolRequest enrol_req;
  enrol_req.set_invite_code(made.code());
  enrol_req.set_device_id(new_uuid());
  const HttpResponse late = post("/v1/enrol", enrol_req);
  EXPECT_EQ(late.status, 410u);
  EXPECT_EQ(error_code(late), "invite_expired");
}

TEST_F(InviteTest, FourteenDaysIsTheLongestAnInviteLasts) {
  v1::InviteRequest req = request(family_, v1::ROLE_PARENT, "Amina");
  req.set_valid_hours(14 * 24);
  const HttpResponse r = invite(req, sam_);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(parse<v1::InviteResponse>(r).expires_at().seconds(), now_ + 14 * 24 * 60 * 60);
  req.set_valid_hours(14 * 24 + 1);
  expect_refused(req, sam_, 400, "bad_request", "valid_hours");
  req.set_valid_hours(-1);
  expect_refused(req, sam_, 400, "bad_request", "valid_hours");
}

TEST_F(InviteTest, ACoordinatorWithoutAStaffAccountInvitesToTheirFamily) {
  Device kim = join(family_, "coordinator", "Kim");
  const HttpResponse r = invite(request(family_, v1::ROLE_NETWORK, "Nia"), kim);
  EXPECT_EQ(r.status, 200u) << r.body;
}

TEST_F(InviteTest, TheJsonMappingWorksBothWays) {
  const HttpResponse r = post_json(
      "/v1/invites",
      R"({"family_id": ")" + family_ + R"(", "role": "ROLE_VOLUNTEER", "display_name": "Vic", "valid_hours": 24})",
      sam_.token);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  v1::InviteResponse made;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(r.body, &made).ok()) << r.body;
  EXPECT_EQ(made.expires_at().seconds(), now_ + 24 * 60 * 60);
  EXPECT_NE(r.body.find("\"expires_at\":\"2026-"), std::string::npos) << r.body;  // RFC 3339

  const HttpResponse refused = post_json(
      "/v1/invites", R"({"family_id": ")" + family_ + R"(", "role": "ROLE_PARENT"})", sam_.token);
  EXPECT_EQ(refused.status, 400u);
  EXPECT_EQ(refused.content_type, "application/json");
  EXPECT_EQ(error_of(refused).field(), "display_name");
}

// ---- refusals ------------------------------------------------------------------------------------

TEST_F(InviteTest, OnlyACoordinatorOfThatFamilyMayInvite) {
  // Lee's family, which Sam does not coordinate.
  const std::string lee = admin("create-coordinator --name Lee --username lee", "a-long-password-2");
  const std::string lees_family = admin("create-family --name Patel --coordinator " + lee);
  tick();
  expect_refused(request(lees_family, v1::ROLE_PARENT, "Priya"), sam_, 403, "forbidden");
  // Nor may a parent, in their own family.
  Device parent = join(family_, "parent", "Amina");
  expect_refused(request(family_, v1::ROLE_NETWORK, "Nia"), parent, 403, "forbidden");
  // Nor may a volunteer.
  Device volunteer = join(family_, "volunteer", "Vic");
  expect_refused(request(family_, v1::ROLE_VOLUNTEER, "Val"), volunteer, 403, "forbidden");
  // A coordinator whose membership ended no longer may.
  Device kim = join(family_, "coordinator", "Kim");
  ASSERT_EQ(admin("end-membership --family " + family_ + " --person " + kim.person_id).empty(), false);
  tick();
  expect_refused(request(family_, v1::ROLE_NETWORK, "Nia"), kim, 403, "forbidden");
  // Each refusal is audited against the device that asked.
  const auto entries = store_->audit_log(0, 10000);
  ASSERT_TRUE(entries);
  EXPECT_GE(std::count_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
              return e.action == "invite" && e.outcome == "refused" && e.code == "forbidden";
            }),
            4);
}

TEST_F(InviteTest, CoordinatorsAreNotInvitedFromTheApp) {
  expect_refused(request(family_, v1::ROLE_COORDINATOR, "Kim"), sam_, 403, "forbidden", "role");
}

TEST_F(InviteTest, ARoleMustBeChosen) {
  expect_refused(request(family_, v1::ROLE_UNSPECIFIED, "Amina"), sam_, 400, "bad_request", "role");
  expect_refused(request(family_, static_cast<v1::Role>(42), "Amina"), sam_, 400, "bad_request",
                 "role");
}

TEST_F(InviteTest, AnUnknownFamilyIsNotFound) {
  expect_refused(request(new_uuid(), v1::ROLE_PARENT, "Amina"), sam_, 404, "not_found", "family_id");
  expect_refused(request("the-khans", v1::ROLE_PARENT, "Amina"), sam_, 400, "bad_request",
                 "family_id");
}

TEST_F(InviteTest, TheNameIsRequiredAndShort) {
  expect_refused(request(family_, v1::ROLE_PARENT, ""), sam_, 400, "bad_request", "display_name");
  expect_refused(request(family_, v1::ROLE_PARENT, std::string(201, 'a')), sam_, 400,
                 "bad_request", "display_name");
  expect_refused(request(family_, v1::ROLE_PARENT, "Ami\nna"), sam_, 400, "bad_request",
                 "display_name");
  EXPECT_EQ(invite(request(family_, v1::ROLE_PARENT, std::string(200, 'a')), sam_).status, 200u);
}

TEST_F(InviteTest, AnExistingPersonMustBeAKnownVolunteer) {
  v1::InviteRequest req = request(other_family_, v1::ROLE_VOLUNTEER, "Vic");
  req.set_person_id(new_uuid());
  expect_refused(req, sam_, 404, "not_found", "person_id");
  req.set_person_id("vic");
  expect_refused(req, sam_, 400, "bad_request", "person_id");
  // A parent is known, but redeeming the code would give their family's records to whoever
  // holds it: only volunteers are invited by id.
  Device parent = join(family_, "parent", "Amina");
  req.set_person_id(parent.person_id);
  expect_refused(req, sam_, 404, "not_found", "person_id");
  // Never a staff account.
  req.set_person_id(coordinator_);
  expect_refused(req, sam_, 403, "forbidden", "person_id");
  // A volunteer, but asked for in another role.
  Device vic = join(family_, "volunteer", "Vic");
  req.set_person_id(vic.person_id);
  req.set_role(v1::ROLE_PARENT);
  expect_refused(req, sam_, 400, "bad_request", "role");
}

TEST_F(InviteTest, ATokenIsNeeded) {
  const HttpResponse r = post("/v1/invites", request(family_, v1::ROLE_PARENT, "Amina"));
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(error_code(r), "unauthenticated");
  const HttpResponse list = post("/v1/volunteers", v1::VolunteersRequest());
  EXPECT_EQ(list.status, 401u);
}

TEST_F(InviteTest, InvitesAreRateLimitedPerPerson) {
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(invite(request(family_, v1::ROLE_NETWORK, "Nia"), sam_).status, 200u) << i;
  }
  const HttpResponse limited = invite(request(family_, v1::ROLE_NETWORK, "Nia"), sam_);
  EXPECT_EQ(limited.status, 429u);
  EXPECT_EQ(error_code(limited), "rate_limited");
  ASSERT_FALSE(limited.headers.empty());
  EXPECT_EQ(limited.headers.front().first, "Retry-After");
  // Another coordinator is not held up, and time refills the bucket.
  Device kim = join(family_, "coordinator", "Kim");
  EXPECT_EQ(invite(request(family_, v1::ROLE_NETWORK, "Nia"), kim).status, 200u);
  now_ += 180;
  EXPECT_EQ(invite(request(family_, v1::ROLE_NETWORK, "Nia"), sam_).status, 200u);
}

// ---- an existing volunteer joins a second family ---------------------------------------------------

TEST_F(InviteTest, AVolunteerJoinsASecondFamilyAsThemselves) {
  Device vic = join(family_, "volunteer", "Vic");
  const auto listed = volunteers(sam_);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].person_id(), vic.person_id);
  EXPECT_EQ(listed[0].display_name(), "Vic");

  v1::InviteRequest req = request(other_family_, v1::ROLE_VOLUNTEER, "Victoria");
  req.set_person_id(vic.person_id);
  const HttpResponse r = invite(req, sam_);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(parse<v1::InviteResponse>(r).person_id(), vic.person_id);

  // Vic's new phone enrols with it: the same person, now in both families.
  const Device phone = enrol(parse<v1::InviteResponse>(r).code());
  EXPECT_EQ(phone.person_id, vic.person_id);
  for (const Device* d : std::initializer_list<const Device*>{&vic, &phone}) {
    const v1::PullResponse pulled = pull(*d);
    EXPECT_TRUE(has_scope(pulled, "family:" + family_ + "/volunteer:" + vic.person_id));
    EXPECT_TRUE(has_scope(pulled, "family:" + other_family_ + "/volunteer:" + vic.person_id));
    EXPECT_FALSE(has_scope(pulled, "family:" + other_family_));  // volunteers: support only
  }
  // Their profile keeps the name they had.
  for (const Record& record : records_in(pull(phone))) {
    if (record.has_person() && record.person().id() == vic.person_id) {
      EXPECT_EQ(record.person().display_name(), "Vic");
    }
  }
  // Still one volunteer on the list.
  EXPECT_EQ(volunteers(sam_).size(), 1u);
}

TEST_F(InviteTest, AVolunteerAlreadyInTheFamilyCanBeInvitedAgainForANewDevice) {
  Device vic = join(family_, "volunteer", "Vic");
  v1::InviteRequest req = request(family_, v1::ROLE_VOLUNTEER, "Vic");
  req.set_person_id(vic.person_id);
  const HttpResponse r = invite(req, sam_);
  ASSERT_EQ(r.status, 200u) << r.body;
  const Device phone = enrol(parse<v1::InviteResponse>(r).code());
  EXPECT_EQ(phone.person_id, vic.person_id);
  std::size_t memberships = 0;
  for (const Record& record : records_in(pull(sam_))) {
    if (record.has_membership() && record.membership().person_id() == vic.person_id) ++memberships;
  }
  EXPECT_EQ(memberships, 1u);  // joining again in the same role changes nothing
}

// ---- the volunteer list --------------------------------------------------------------------------

TEST_F(InviteTest, OnlyStaffSeeTheVolunteerList) {
  Device vic = join(family_, "volunteer", "Vic");
  Device val = join(other_family_, "volunteer", "Alex");
  Device parent = join(family_, "parent", "Amina");
  Device kim = join(family_, "coordinator", "Kim");  // coordinates, but has no staff account

  const auto listed = volunteers(sam_);
  ASSERT_EQ(listed.size(), 2u);  // not the parent, not Kim, not Sam
  EXPECT_EQ(listed[0].display_name(), "Alex");  // sorted by name
  EXPECT_EQ(listed[0].person_id(), val.person_id);
  EXPECT_EQ(listed[1].display_name(), "Vic");

  for (const Device* d : {&vic, &parent, &kim}) {
    const HttpResponse r = post("/v1/volunteers", v1::VolunteersRequest(), d->token);
    EXPECT_EQ(r.status, 403u);
    EXPECT_EQ(error_code(r), "forbidden");
  }
  // Staff reading it is audited, with the count.
  const auto entries = store_->audit_log(0, 10000);
  ASSERT_TRUE(entries);
  EXPECT_TRUE(std::any_of(entries->begin(), entries->end(), [&](const AuditEntry& e) {
    return e.action == "volunteers" && e.outcome == "ok" && e.person_id == coordinator_ &&
           e.count == 2;
  }));
  EXPECT_EQ(std::count_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
              return e.action == "volunteers" && e.outcome == "refused";
            }),
            3);
}

TEST_F(InviteTest, AVolunteerWhoseLinkEndedIsStillListed) {
  Device vic = join(family_, "volunteer", "Vic");
  ASSERT_FALSE(admin("end-membership --family " + family_ + " --person " + vic.person_id).empty());
  tick();
  const auto listed = volunteers(sam_);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].person_id(), vic.person_id);
}

TEST_F(InviteTest, TheVolunteerListSpeaksJson) {
  (void)join(family_, "volunteer", "Vic");
  const HttpResponse r = post_json("/v1/volunteers", "{}", sam_.token);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_NE(r.body.find("\"display_name\":\"Vic\""), std::string::npos) << r.body;
  const HttpResponse unknown = post_json("/v1/volunteers", R"({"family_id": "x"})", sam_.token);
  EXPECT_EQ(unknown.status, 400u);
}

}  // namespace
}  // namespace kith::server::testing
