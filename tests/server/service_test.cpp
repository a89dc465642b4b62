// The sync service request by request, without sockets: enrolment, sessions, push, pull, access.

#include "service_fixture.hpp"

#include <algorithm>

#include "kith/domain/scope.hpp"

namespace kith::server::testing {
namespace {

using domain::Record;
using domain::Scope;

bool has_scope(const v1::PullResponse& r, const std::string& scope) {
  return std::find(r.scopes().begin(), r.scopes().end(), scope) != r.scopes().end();
}

std::size_t count_kind(const std::vector<Record>& records, domain::Kind kind) {
  return static_cast<std::size_t>(std::count_if(records.begin(), records.end(),
                                                [&](const Record& r) { return r.body_case() == kind; }));
}

// ---- enrolment and sessions ----------------------------------------------------------------------

TEST_F(ServiceTest, AnInviteEnrolsOneDeviceOnce) {
  const std::string code = admin("invite --family " + family_ + " --role parent --name Amina");
  ASSERT_EQ(code.size(), 11u);
  const Device d = enrol(code);
  EXPECT_FALSE(d.token.empty());
  v1::EnrolRequest again;
  again.set_invite_code(code);
  again.set_device_id(new_uuid());
  const HttpResponse r = post("/v1/enrol", again);
  EXPECT_EQ(r.status, 410u);
  EXPECT_EQ(error_code(r), "invite_used");
}

TEST_F(ServiceTest, InviteCodesForgiveCaseSpacesAndLookalikeLetters) {
  std::string code = admin("invite --family " + family_ + " --role parent --name Amina");
  std::string typed;
  for (char c : code) {
    if (c == '-') { typed += "  "; continue; }
    typed += static_cast<char>(c == '0' ? 'o' : c == '1' ? 'l' : std::tolower(c));
  }
  v1::EnrolRequest req;
  req.set_invite_code(typed);
  req.set_device_id(new_uuid());
  EXPECT_EQ(post("/v1/enrol", req).status, 200u);
}

TEST_F(ServiceTest, AnExpiredInviteIsRefusedAndStaysUnused) {
  const std::string code = admin("invite --family " + family_ + " --role parent --name Amina --days 1");
  const auto devices_before = store_->load_access()->devices.size();
  now_ += 24 * 60 * 60;
  v1::EnrolRequest req;
  req.set_invite_code(code);
  req.set_device_id(new_uuid());
  const HttpResponse r = post("/v1/enrol", req);
  EXPECT_EQ(r.status, 410u);
  EXPECT_EQ(error_code(r), "invite_expired");
  EXPECT_EQ(store_->load_access()->devices.size(), devices_before);
  // And it stays refused: an expired code is not made good by trying again.
  EXPECT_EQ(error_code(post("/v1/enrol", req)), "invite_expired");
}

TEST_F(ServiceTest, UnknownAndMalformedCodesAreRefused) {
  v1::EnrolRequest req;
  req.set_device_id(new_uuid());
  req.set_invite_code("ZZZZZ-ZZZZZ");
  EXPECT_EQ(error_code(post("/v1/enrol", req)), "invite_unknown");
  req.set_invite_code("not a code!");
  const HttpResponse r = post("/v1/enrol", req);
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(error_code(r), "invite_unknown");
}

TEST_F(ServiceTest, GuessingInviteCodesIsRateLimitedPerAddress) {
  v1::EnrolRequest req;
  req.set_device_id(new_uuid());
  req.set_invite_code("ZZZZZ-ZZZZZ");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(post("/v1/enrol", req).status, 404u);
  const HttpResponse limited = post("/v1/enrol", req);
  EXPECT_EQ(limited.status, 429u);
  EXPECT_EQ(error_code(limited), "rate_limited");
  ASSERT_FALSE(limited.headers.empty());
  EXPECT_EQ(limited.headers.front().first, "Retry-After");
  // Another address is not held up, and time refills the bucket.
  EXPECT_EQ(post("/v1/enrol", req, {}, "192.0.2.2").status, 404u);
  now_ += 60;
  EXPECT_EQ(post("/v1/enrol", req).status, 404u);
}

TEST_F(ServiceTest, StaffEnrolWithTheirPasswordAndAWrongOneIsRefused) {
  v1::EnrolRequest req;
  req.mutable_staff()->set_username("sam");
  req.mutable_staff()->set_password("not-the-password");
  req.set_device_id(new_uuid());
  HttpResponse r = post("/v1/enrol", req);
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(error_code(r), "wrong_password");
  req.mutable_staff()->set_username("nobody");
  EXPECT_EQ(error_code(post("/v1/enrol", req)), "wrong_password");  // no hint the name is wrong
  const Device staff = staff_device();
  EXPECT_EQ(staff.person_id, coordinator_);
}

TEST_F(ServiceTest, ADeviceSecretBuysATokenThatExpires) {
  Device d = join(family_, "parent", "Amina");
  Device wrong = d;
  wrong.secret = std::string(64, '0');
  v1::SessionRequest req;
  req.set_device_id(wrong.device_id);
  req.set_device_secret(wrong.secret);
  HttpResponse r = post("/v1/session", req);
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(error_code(r), "wrong_secret");
  // A made-up device is refused and not audited; nor is an id that is not one.
  const auto audited = store_->audit_log(0, 10000)->size();
  req.set_device_id(new_uuid());
  EXPECT_EQ(error_code(post("/v1/session", req)), "wrong_secret");
  req.set_device_id(std::string(3000, 'x'));
  EXPECT_EQ(error_code(post("/v1/session", req)), "bad_request");
  EXPECT_EQ(store_->audit_log(0, 10000)->size(), audited);

  EXPECT_EQ(pull(d).scopes_size() > 0, true);
  now_ += 601;
  v1::PullRequest pull_req;
  pull_req.set_device_id(d.device_id);
  r = post("/v1/pull", pull_req, d.token);
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(error_code(r), "token_expired");
  r = post("/v1/pull", pull_req, "v1.forged." + std::to_string(now_ + 60) + ".00");
  EXPECT_EQ(error_code(r), "unauthenticated");
  r = post("/v1/pull", pull_req);
  EXPECT_EQ(error_code(r), "unauthenticated");
  d.token = session(d);
  EXPECT_EQ(post("/v1/pull", pull_req, d.token).status, 200u);
}

TEST_F(ServiceTest, ARevokedDeviceIsRefusedAtItsNextRequest) {
  const Device d = join(family_, "parent", "Amina");
  EXPECT_EQ(admin("revoke-device --device " + d.device_id), "Revoked. The device is refused from its next request.");
  tick();
  v1::PullRequest req;
  req.set_device_id(d.device_id);
  const HttpResponse r = post("/v1/pull", req, d.token);
  EXPECT_EQ(r.status, 403u);
  EXPECT_EQ(error_code(r), "device_revoked");
  v1::SessionRequest s;
  s.set_device_id(d.device_id);
  s.set_device_secret(d.secret);
  EXPECT_EQ(error_code(post("/v1/session", s)), "device_revoked");
}

TEST_F(ServiceTest, CompactCursorsStandForTheScopesTheDigestNames) {
  Device amina = join(family_, "parent", "Amina");
  const v1::PullResponse first = pull(amina);
  EXPECT_TRUE(first.compact_cursors());
  std::vector<v1::ScopeCursor> cursors = cursors_after(first);
  std::sort(cursors.begin(), cursors.end(),
            [](const auto& a, const auto& b) { return a.scope() < b.scope(); });
  auto compact = [&](const std::vector<v1::ScopeCursor>& held) {
    v1::PullRequest req;
    req.set_device_id(amina.device_id);
    std::vector<std::string> names;
    for (const auto& c : held) {
      names.push_back(c.scope());
      req.set_epoch(c.epoch());
      req.add_last_seqs(c.last_seq());
    }
    req.set_scopes_digest(domain::scopes_digest(names));
    const HttpResponse r = post("/v1/pull", req, amina.token);
    EXPECT_EQ(r.status, 200u) << r.body;
    return parse<v1::PullResponse>(r);
  };

  // At the heads: nothing, and the scopes are not spelt out.
  v1::PullResponse none = compact(cursors);
  EXPECT_TRUE(none.scopes_unchanged());
  EXPECT_FALSE(none.cursors_needed());
  EXPECT_EQ(none.scopes_size(), 0);
  EXPECT_EQ(none.pages_size(), 0);
  EXPECT_LT(none.ByteSizeLong(), 60u);

  // Behind in one scope: that scope's changes come, as with full cursors.
  const Record score = owned(Record::kScaleScore, family_, amina.person_id);
  ASSERT_EQ(push(amina, {score}).results(0).status(), v1::MutationResult::APPLIED);
  v1::PullResponse one = compact(cursors);
  ASSERT_EQ(one.pages_size(), 1);
  EXPECT_EQ(one.pages(0).scope(), domain::Scope::family(family_).to_string());
  EXPECT_FALSE(one.pages(0).reset());
  ASSERT_EQ(records_in(one).size(), 1u);
  EXPECT_EQ(domain::record_id(records_in(one)[0]), domain::record_id(score));

  // A digest of other scopes (one missing here; the server's list is what counts), or a count
  // that does not match: the scopes in full and a request for full cursors, no pages.
  std::vector<v1::ScopeCursor> fewer(cursors.begin() + 1, cursors.end());
  v1::PullResponse needed = compact(fewer);
  EXPECT_TRUE(needed.cursors_needed());
  EXPECT_EQ(needed.pages_size(), 0);
  EXPECT_EQ(needed.scopes_size(), static_cast<int>(cursors.size()));
  v1::PullRequest wrong_count;
  wrong_count.set_device_id(amina.device_id);
  wrong_count.set_scopes_digest(1);
  wrong_count.add_last_seqs(0);
  EXPECT_TRUE(parse<v1::PullResponse>(post("/v1/pull", wrong_count, amina.token)).cursors_needed());
}

// ---- push ------------------------------------------------------------------------------------------

TEST_F(ServiceTest, APushIsAppliedOnceHoweverOftenItIsRetried) {
  Device parent = join(family_, "parent", "Amina");
  const Record score = owned(Record::kScaleScore, family_, parent.person_id);
  v1::PushRequest req;
  req.set_device_id(parent.device_id);
  v1::Mutation* m = req.add_mutations();
  m->set_mutation_id(new_uuid());
  m->set_seq(1);
  *m->mutable_put() = score;
  HttpResponse r = post("/v1/push", req, parent.token);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto first = parse<v1::PushResponse>(r);
  ASSERT_EQ(first.results_size(), 1);
  EXPECT_EQ(first.results(0).status(), v1::MutationResult::APPLIED);
  EXPECT_EQ(first.last_seq(), 1);
  const std::int64_t seq = first.results(0).server_seq();
  // The answer was lost; the device sends the same batch again.
  r = post("/v1/push", req, parent.token);
  auto second = parse<v1::PushResponse>(r);
  EXPECT_EQ(second.results(0).status(), v1::MutationResult::DUPLICATE);
  const Device staff = staff_device();
  const auto scores = count_kind(records_in(pull(staff)), Record::kScaleScore);
  EXPECT_EQ(scores, 1u);
  auto tx = store_->begin();
  EXPECT_EQ((*(*tx)->record(Record::kScaleScore, domain::record_id(score)))->seq, seq);
}

TEST_F(ServiceTest, AGapInTheDeviceSequenceIsRefused) {
  Device parent = join(family_, "parent", "Amina");
  v1::PushRequest req;
  req.set_device_id(parent.device_id);
  v1::Mutation* m = req.add_mutations();
  m->set_mutation_id(new_uuid());
  m->set_seq(3);
  *m->mutable_put() = owned(Record::kScaleScore, family_, parent.person_id);
  const HttpResponse r = post("/v1/push", req, parent.token);
  EXPECT_EQ(r.status, 409u);
  EXPECT_EQ(error_code(r), "sequence_gap");
  // Withdrawn numbers fill a gap on purpose.
  const v1::Mutation third = *m;
  req.clear_mutations();
  for (int seq = 1; seq <= 2; ++seq) {
    v1::Mutation* w = req.add_mutations();
    w->set_mutation_id(new_uuid());
    w->set_seq(seq);
    w->set_withdrawn(true);
  }
  *req.add_mutations() = third;
  const auto ok = parse<v1::PushResponse>(post("/v1/push", req, parent.token));
  EXPECT_EQ(ok.last_seq(), 3);
  EXPECT_EQ(ok.results(2).status(), v1::MutationResult::APPLIED);
}

TEST_F(ServiceTest, ARefusalIsForGoodAndRepeatedOnRetry) {
  Device parent = join(family_, "parent", "Amina");
  // A parent cannot write a contact log, nor write as someone else.
  auto first = push(parent, {owned(Record::kContactLog, family_, parent.person_id),
                             owned(Record::kScaleScore, family_, coordinator_)});
  ASSERT_EQ(first.results_size(), 2);
  EXPECT_EQ(first.results(0).status(), v1::MutationResult::REJECTED);
  EXPECT_EQ(first.results(0).error().code(), "forbidden");
  EXPECT_EQ(first.results(1).error().code(), "forbidden");
  EXPECT_EQ(first.last_seq(), 2);
  parent.seq = 0;
  auto again = push(parent, {owned(Record::kContactLog, family_, parent.person_id)});
  EXPECT_EQ(again.results(0).status(), v1::MutationResult::REJECTED);
  EXPECT_EQ(again.results(0).error().code(), "forbidden");
}

TEST_F(ServiceTest, InvalidRecordsAreRefusedWithTheField) {
  Device parent = join(family_, "parent", "Amina");
  Record score = owned(Record::kScaleScore, family_, parent.person_id);
  score.mutable_scale_score()->set_score(11);
  const auto r = push(parent, {score});
  EXPECT_EQ(r.results(0).status(), v1::MutationResult::REJECTED);
  EXPECT_EQ(r.results(0).error().code(), "out_of_range");
  EXPECT_EQ(r.results(0).error().field(), "scale_score.score");
}

TEST_F(ServiceTest, WhatWasSaidCannotBeRewritten) {
  Device parent = join(family_, "parent", "Amina");
  Record score = owned(Record::kScaleScore, family_, parent.person_id);
  ASSERT_EQ(push(parent, {score}).results(0).status(), v1::MutationResult::APPLIED);
  score.mutable_scale_score()->set_score(1);
  const auto r = push(parent, {score});
  EXPECT_EQ(r.results(0).error().code(), "append_only");
}

TEST_F(ServiceTest, AClashKeepsBothValues) {
  Device parent = join(family_, "parent", "Amina");
  Device staff = staff_device();
  Record help = owned(Record::kHelpRequest, family_, parent.person_id);
  const std::int64_t base = push(parent, {help}).results(0).server_seq();
  // The parent changes it; the coordinator, who had not seen that, changes the version before.
  Record mine = help;
  mine.mutable_help_request()->set_description("Monday");
  ASSERT_FALSE(push(parent, {mine}, base).results(0).has_superseded());
  Record theirs = help;
  theirs.mutable_help_request()->set_status(v1::HELP_ARRANGED);
  const auto clash = push(staff, {theirs}, base);
  ASSERT_EQ(clash.results(0).status(), v1::MutationResult::APPLIED);
  EXPECT_EQ(clash.results(0).superseded().help_request().description(), "Monday");
}

TEST_F(ServiceTest, APublishedPlanVersionDoesNotChange) {
  Device staff = staff_device();
  Record version = owned(Record::kPlanVersion, family_, coordinator_);
  version.mutable_plan_version()->set_state(v1::PLAN_PUBLISHED);
  ASSERT_EQ(push(staff, {version}).results(0).status(), v1::MutationResult::APPLIED);
  Record edited = version;
  edited.mutable_plan_version()->set_review_on("2027-01-30");
  EXPECT_EQ(push(staff, {edited}).results(0).error().code(), "append_only");
  version.mutable_plan_version()->set_state(v1::PLAN_SUPERSEDED);
  EXPECT_EQ(push(staff, {version}).results(0).status(), v1::MutationResult::APPLIED);
}

TEST_F(ServiceTest, StaffMakeFamiliesAndCoordinateThem) {
  Device staff = staff_device();
  Record family;
  family.mutable_family()->set_id(new_uuid());
  family.mutable_family()->set_name("The Ahmed family");
  ASSERT_EQ(push(staff, {family}).results(0).status(), v1::MutationResult::APPLIED);
  const auto r = pull(staff);
  EXPECT_TRUE(has_scope(r, Scope::staff(family.family().id()).to_string()));
  Device parent = join(family_, "parent", "Amina");
  Record theirs;
  theirs.mutable_family()->set_id(new_uuid());
  theirs.mutable_family()->set_name("Mine");
  EXPECT_EQ(push(parent, {theirs}).results(0).error().code(), "forbidden");
}

// ---- pull and access ---------------------------------------------------------------------------------

TEST_F(ServiceTest, APlanReachesTheParentAndTheirAgreementReachesTheCoordinator) {
  Device staff = staff_device();
  Device parent = join(family_, "parent", "Amina");
  Record version = owned(Record::kPlanVersion, family_, coordinator_);
  version.mutable_plan_version()->set_state(v1::PLAN_PUBLISHED);
  ASSERT_EQ(push(staff, {version}).results(0).status(), v1::MutationResult::APPLIED);
  const auto parent_view = records_in(pull(parent));
  EXPECT_EQ(count_kind(parent_view, Record::kPlanVersion), 1u);
  Record ack = owned(Record::kPlanAcknowledgement, family_, parent.person_id);
  ack.mutable_plan_acknowledgement()->set_plan_version_id(version.plan_version().id());
  ASSERT_EQ(push(parent, {ack}).results(0).status(), v1::MutationResult::APPLIED);
  EXPECT_EQ(count_kind(records_in(pull(staff)), Record::kPlanAcknowledgement), 1u);
}

TEST_F(ServiceTest, AVolunteerHoldsOnlyTheirOwnSupportOfLinkedFamilies) {
  Device volunteer = join(family_, "volunteer", "Jo");
  const auto r = pull(volunteer);
  EXPECT_TRUE(has_scope(r, Scope::volunteer(family_, volunteer.person_id).to_string()));
  EXPECT_FALSE(has_scope(r, Scope::family(family_).to_string()));
  EXPECT_FALSE(has_scope(r, Scope::staff(family_).to_string()));
  for (const auto& s : r.scopes()) EXPECT_EQ(s.find(other_family_), std::string::npos) << s;
  // Their contact log lands; the family's plan is not theirs to write or read.
  EXPECT_EQ(push(volunteer, {owned(Record::kContactLog, family_, volunteer.person_id)})
                .results(0).status(),
            v1::MutationResult::APPLIED);
  EXPECT_EQ(push(volunteer, {owned(Record::kScaleScore, family_, volunteer.person_id)})
                .results(0).error().code(),
            "forbidden");
  // A worry goes to staff, though the volunteer cannot read staff's scope.
  EXPECT_EQ(push(volunteer, {owned(Record::kConcern, family_, volunteer.person_id)})
                .results(0).status(),
            v1::MutationResult::APPLIED);
  EXPECT_EQ(count_kind(records_in(pull(volunteer)), Record::kConcern), 0u);
  EXPECT_EQ(count_kind(records_in(pull(staff_device())), Record::kConcern), 1u);
  // Linked to a second family, they hold its support scope too.
  EXPECT_EQ(admin("link-volunteer --family " + other_family_ + " --person " + volunteer.person_id),
            "Linked.");
  tick();
  EXPECT_TRUE(has_scope(pull(volunteer), Scope::volunteer(other_family_, volunteer.person_id).to_string()));
}

TEST_F(ServiceTest, AParentNeverSeesAYoungPersonsFeedback) {
  Device parent = join(family_, "parent", "Amina");
  Device young = join(family_, "young-person", "Zara");
  Record feedback = owned(Record::kFeedback, family_, young.person_id);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  ASSERT_EQ(push(young, {feedback}).results(0).status(), v1::MutationResult::APPLIED);
  EXPECT_EQ(count_kind(records_in(pull(parent)), Record::kFeedback), 0u);
  EXPECT_EQ(count_kind(records_in(pull(young)), Record::kFeedback), 1u);  // their own words stay
  EXPECT_EQ(count_kind(records_in(pull(staff_device())), Record::kFeedback), 1u);
}

TEST_F(ServiceTest, AStaffReplyReachesTheYoungPersonAndNobodyElse) {
  Device parent = join(family_, "parent", "Amina");
  Device young = join(family_, "young-person", "Zara");
  Device staff = staff_device();
  Record said = owned(Record::kFeedback, family_, young.person_id);
  said.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  ASSERT_EQ(push(young, {said}).results(0).status(), v1::MutationResult::APPLIED);
  Record reply = owned(Record::kFeedback, family_, coordinator_);
  reply.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  reply.mutable_feedback()->set_reply_to(said.feedback().id());
  reply.mutable_feedback()->set_to_person(young.person_id);
  reply.mutable_feedback()->set_text("Thank you for telling us. Jo will call you today.");
  ASSERT_EQ(push(staff, {reply}).results(0).status(), v1::MutationResult::APPLIED);
  EXPECT_EQ(count_kind(records_in(pull(young)), Record::kFeedback), 2u);
  EXPECT_EQ(count_kind(records_in(pull(parent)), Record::kFeedback), 0u);
  // Nobody else can post into the young person's scope by naming them.
  Record nosy = owned(Record::kFeedback, family_, parent.person_id);
  nosy.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  nosy.mutable_feedback()->set_to_person(young.person_id);
  EXPECT_EQ(push(parent, {nosy}).results(0).error().code(), "forbidden");
}

TEST_F(ServiceTest, ADeviceOfOneFamilyGetsNothingOfAnother) {
  Device staff = staff_device();
  ASSERT_EQ(push(staff, {owned(Record::kPlan, other_family_, coordinator_)}).results(0).status(),
            v1::MutationResult::APPLIED);
  Device parent = join(family_, "parent", "Amina");
  // Even asking by name for the other family's scopes.
  v1::ScopeCursor c;
  c.set_scope(Scope::family(other_family_).to_string());
  const auto r = pull(parent, {c});
  for (const auto& page : r.pages()) EXPECT_EQ(page.scope().find(other_family_), std::string::npos);
  for (const auto& s : r.scopes()) EXPECT_EQ(s.find(other_family_), std::string::npos);
  EXPECT_EQ(push(parent, {owned(Record::kScaleScore, other_family_, parent.person_id)})
                .results(0).error().code(),
            "forbidden");
}

TEST_F(ServiceTest, EndingAMembershipTakesTheFamilyOffTheList) {
  Device parent = join(family_, "parent", "Amina");
  ASSERT_TRUE(has_scope(pull(parent), Scope::family(family_).to_string()));
  admin("end-membership --family " + family_ + " --person " + parent.person_id);
  ASSERT_EQ(admin_status_, 0) << admin_err_;
  tick();
  const auto r = pull(parent);
  EXPECT_FALSE(has_scope(r, Scope::family(family_).to_string()));
  EXPECT_EQ(push(parent, {owned(Record::kScaleScore, family_, parent.person_id)})
                .results(0).error().code(),
            "forbidden");
}

TEST_F(ServiceTest, APullWithNothingNewReadsNothing) {
  Device parent = join(family_, "parent", "Amina");
  const auto first = pull(parent);
  ASSERT_GT(first.pages_size(), 0);
  const int before = store_->transactions;
  const auto second = pull(parent, cursors_after(first));
  EXPECT_EQ(second.pages_size(), 0);
  EXPECT_EQ(store_->transactions, before);
}

TEST_F(ServiceTest, PagesFollowCursorsAndAnotherEpochReloads) {
  Device staff = staff_device();
  const auto first = pull(staff);
  std::vector<Record> plans;
  for (int i = 0; i < 3; ++i) plans.push_back(owned(Record::kPlan, family_, coordinator_));
  for (auto& p : plans) p.mutable_plan()->set_id(new_uuid());
  push(staff, plans);
  const auto next = pull(staff, cursors_after(first));
  ASSERT_EQ(next.pages_size(), 1);
  EXPECT_FALSE(next.pages(0).reset());
  EXPECT_EQ(next.pages(0).changes_size(), 3);
  auto stale = cursors_after(first);
  for (auto& c : stale) c.set_epoch("restored-from-backup");
  const auto reloaded = pull(staff, stale);
  ASSERT_GT(reloaded.pages_size(), 0);
  for (const auto& page : reloaded.pages()) EXPECT_TRUE(page.reset());
}

TEST_F(ServiceTest, ADeletionReachesOtherDevicesAsATombstone) {
  Device staff = staff_device();
  const Record plan = owned(Record::kPlan, family_, coordinator_);
  push(staff, {plan});
  Device parent = join(family_, "parent", "Amina");
  const auto before = pull(parent);
  ASSERT_EQ(remove(staff, plan).results(0).status(), v1::MutationResult::APPLIED);
  const auto after = pull(parent, cursors_after(before));
  ASSERT_EQ(after.pages_size(), 1);
  ASSERT_EQ(after.pages(0).changes_size(), 1);
  EXPECT_EQ(after.pages(0).changes(0).remove().id(), domain::record_id(plan));
}

// ---- bad requests ------------------------------------------------------------------------------

TEST_F(ServiceTest, BadRequestsGetTheRightStatusAndChangeNothing) {
  Device parent = join(family_, "parent", "Amina");
  const int audit_before = static_cast<int>(store_->audit_log(0, 10000)->size());
  HttpRequest r;
  r.method = "POST";
  r.target = "/v1/push";
  r.authorization = "Bearer " + parent.token;
  r.content_type = "application/x-protobuf";
  r.body = "\xff\xff\xff\xff garbage";
  HttpResponse a = service_->handle(r);
  EXPECT_EQ(a.status, 400u);
  EXPECT_EQ(error_code(a), "bad_request");
  r.content_type = "application/json";
  r.body = "{not json";
  EXPECT_EQ(service_->handle(r).status, 400u);
  r.body = R"({"device_id": 12, "mutations": "many"})";  // wrong types
  EXPECT_EQ(error_code(service_->handle(r)), "bad_request");
  r.body = R"({"device_id": ")" + parent.device_id + R"(", "surprise": 1})";
  EXPECT_EQ(service_->handle(r).status, 400u);
  r.content_type = "text/plain";
  EXPECT_EQ(service_->handle(r).status, 415u);
  r.method = "GET";
  r.content_type = "application/json";
  EXPECT_EQ(service_->handle(r).status, 405u);
  r.target = "/v1/../../etc/passwd";
  EXPECT_EQ(service_->handle(r).status, 404u);
  (void)audit_before;
  // Nothing was stored from any of it.
  const Device staff = staff_device();
  EXPECT_EQ(count_kind(records_in(pull(staff)), Record::kScaleScore), 0u);
}

TEST_F(ServiceTest, JsonWorksBothWays) {
  Device parent = join(family_, "parent", "Amina");
  HttpRequest r;
  r.method = "POST";
  r.target = "/v1/pull";
  r.authorization = "Bearer " + parent.token;
  r.content_type = "application/json";
  r.body = R"({"device_id": ")" + parent.device_id + R"("})";
  const HttpResponse a = service_->handle(r);
  EXPECT_EQ(a.status, 200u) << a.body;
  EXPECT_EQ(a.content_type, "application/json");
  v1::PullResponse parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(a.body, &parsed).ok());
  EXPECT_GT(parsed.scopes_size(), 0);
}

TEST_F(ServiceTest, TheAuditLogHasStaffReadsWritesAndEveryRefusal) {
  Device staff = staff_device();
  push(staff, {owned(Record::kPlan, family_, coordinator_)});
  pull(staff);
  Device parent = join(family_, "parent", "Amina");
  push(parent, {owned(Record::kContactLog, family_, parent.person_id)});
  v1::PullRequest bad;
  bad.set_device_id(parent.device_id);
  post("/v1/pull", bad, "v1.x.1.00");
  const auto log = *store_->audit_log(0, 10000);
  auto has = [&](const std::string& action, const std::string& outcome) {
    return std::any_of(log.begin(), log.end(), [&](const AuditEntry& e) {
      return e.action == action && e.outcome == outcome;
    });
  };
  EXPECT_TRUE(has("push", "ok"));      // staff write
  EXPECT_TRUE(has("pull", "ok"));      // staff read
  EXPECT_TRUE(has("push", "refused"));  // the parent's contact log
  // A forged token names no device Kith knows: logged, not audited (anyone could fill the log);
  // an expired one names its device and is audited.
  EXPECT_FALSE(has("pull", "refused"));
  now_ += 601;
  post("/v1/pull", bad, parent.token);
  const auto later = *store_->audit_log(0, 10000);
  EXPECT_TRUE(std::any_of(later.begin(), later.end(), [&](const AuditEntry& e) {
    return e.action == "pull" && e.outcome == "refused" && e.code == "token_expired" &&
           e.device_id == parent.device_id;
  }));
}

TEST_F(ServiceTest, ADeletedRecordsIdCannotBeReusedForOtherPeople) {
  Device staff = staff_device();
  Record plan = owned(Record::kPlan, family_, coordinator_);
  push(staff, {plan});
  ASSERT_EQ(remove(staff, plan).results(0).status(), v1::MutationResult::APPLIED);
  plan.mutable_plan()->set_family_id(other_family_);
  EXPECT_EQ(push(staff, {plan}).results(0).error().code(), "wrong_scope");
}

TEST_F(ServiceTest, ADevicesOwnEarlierChangeIsNotAClash) {
  Device parent = join(family_, "parent", "Amina");
  Record help = owned(Record::kHelpRequest, family_, parent.person_id);
  const std::int64_t base = push(parent, {help}).results(0).server_seq();
  // Two changes made offline, both based on the version the device last pulled.
  help.mutable_help_request()->set_description("Monday");
  Record second = help;
  second.mutable_help_request()->set_description("Tuesday");
  const auto r = push(parent, {help, second}, base);
  EXPECT_FALSE(r.results(0).has_superseded());
  EXPECT_FALSE(r.results(1).has_superseded());
}

TEST_F(ServiceTest, AVolunteerAnswersHelpRequestsButDoesNotMakeThemForOthers) {
  Device parent = join(family_, "parent", "Amina");
  Device volunteer = join(family_, "volunteer", "Jo");
  Record help = owned(Record::kHelpRequest, family_, parent.person_id);
  help.mutable_help_request()->set_volunteer_id(volunteer.person_id);
  ASSERT_EQ(push(parent, {help}).results(0).status(), v1::MutationResult::APPLIED);
  help.mutable_help_request()->set_status(v1::HELP_ARRANGED);
  help.mutable_help_request()->set_given_by(volunteer.person_id);
  EXPECT_EQ(push(volunteer, {help}).results(0).status(), v1::MutationResult::APPLIED);
  Record invented = help;
  invented.mutable_help_request()->set_id(new_uuid());
  EXPECT_EQ(push(volunteer, {invented}).results(0).error().code(), "forbidden");
  EXPECT_EQ(remove(volunteer, help).results(0).error().code(), "forbidden");
}

TEST_F(ServiceTest, APullStoppedByItsBudgetSaysThereIsMore) {
  Device staff = staff_device();
  Device parent = join(family_, "parent", "Amina");
  push(staff, {owned(Record::kPlan, family_, coordinator_)});
  std::vector<v1::ScopeCursor> cursors;
  std::size_t records = 0;
  for (int round = 0; round < 50; ++round) {
    v1::PullRequest req;
    req.set_device_id(parent.device_id);
    req.set_max_changes(1);
    for (const auto& c : cursors) *req.add_cursors() = c;
    const auto r = parse<v1::PullResponse>(post("/v1/pull", req, parent.token));
    bool more = false;
    for (const auto& page : r.pages()) {
      more = more || page.more();
      records += static_cast<std::size_t>(page.changes_size());
      auto it = std::find_if(cursors.begin(), cursors.end(),
                             [&](const auto& c) { return c.scope() == page.scope(); });
      if (it == cursors.end()) it = cursors.insert(cursors.end(), v1::ScopeCursor());
      it->set_scope(page.scope());
      it->set_epoch(page.epoch());
      it->set_last_seq(page.last_seq());
    }
    if (!more) break;
  }
  // One change at a time, and still everything: what one big pull gets.
  EXPECT_EQ(records, records_in(pull(parent)).size());
  EXPECT_EQ(pull(parent, cursors).pages_size(), 0);
}

TEST_F(ServiceTest, ACursorFromAServerAheadIsTakenNotReset) {
  Device parent = join(family_, "parent", "Amina");
  Device other = join(family_, "parent", "Bilal");
  const auto first = pull(parent);
  std::unique_ptr<ServerStore> b_store;
  auto b = second_server(b_store);  // B knows the heads as they are now, and hears nothing more
  push(other, {owned(Record::kScaleScore, family_, other.person_id)});
  const auto at_a = pull(parent, cursors_after(first));
  ASSERT_EQ(records_in(at_a).size(), 1u);
  const Record later = owned(Record::kScaleScore, family_, other.person_id);
  push(other, {later});
  // The device's next pull reaches server B, whose heads are behind the device's cursor.
  std::map<std::string, v1::ScopeCursor> held;
  for (const auto& response : {first, at_a}) {
    for (const auto& c : cursors_after(response)) held[c.scope()] = c;
  }
  std::vector<v1::ScopeCursor> cursors;
  for (const auto& [scope, c] : held) cursors.push_back(c);
  std::swap(service_, b);
  const auto at_b = pull(parent, cursors);
  std::swap(service_, b);
  for (const auto& page : at_b.pages()) EXPECT_FALSE(page.reset()) << page.scope();
  const auto got = records_in(at_b);
  ASSERT_EQ(got.size(), 1u);  // only what is new, not the whole scope again
  EXPECT_EQ(domain::record_id(got[0]), domain::record_id(later));
}

TEST_F(ServiceTest, PruningTombstonesMakesOlderCursorsReload) {
  Device staff = staff_device();
  const Record plan = owned(Record::kPlan, family_, coordinator_);
  push(staff, {plan});
  Device parent = join(family_, "parent", "Amina");
  const auto before = pull(parent);
  ASSERT_EQ(remove(staff, plan).results(0).status(), v1::MutationResult::APPLIED);
  now_ += 100 * 24 * 60 * 60;
  ASSERT_EQ(*service_->prune_tombstones(now_ - 90 * 24 * 60 * 60), 1);
  parent.token = session(parent);
  const auto after = pull(parent, cursors_after(before));
  const std::string family = Scope::family(family_).to_string();
  bool reset = false;
  for (const auto& page : after.pages()) reset = reset || (page.scope() == family && page.reset());
  EXPECT_TRUE(reset);  // the device missed a deletion it can no longer be told about: it reloads
}

TEST_F(ServiceTest, AfterARestoreDevicesReloadAndTheirNumbersCarryOn) {
  Device parent = join(family_, "parent", "Amina");
  push(parent, {owned(Record::kScaleScore, family_, parent.person_id)});
  const auto before = pull(parent);
  // The backup was taken before the device's last pushes: its numbers are ahead of the server's.
  if (db_) {
    // PostgreSQL refuses to move a device's number back (a trigger); a restored backup simply
    // has the older number, as this sets it past the trigger.
    auto restored = kith::testing::pg_query(
        db_->conninfo(), "SET session_replication_role = replica; UPDATE kith.devices SET "
                         "last_seq = 0 WHERE id = '" + parent.device_id + "'");
    ASSERT_TRUE(restored) << restored.error().describe();
  } else {
    auto tx = store_->begin();
    ASSERT_TRUE((*tx)->set_device_last_seq(parent.device_id, 0));
    ASSERT_TRUE((*tx)->commit());
  }
  const std::string old_epoch = store_->epoch();
  ASSERT_EQ(admin("new-epoch").substr(0, 9), "New epoch");
  open();  // the server starts again on the restored store
  parent.token = session(parent);
  EXPECT_NE(store_->epoch(), old_epoch);
  const auto after = pull(parent, cursors_after(before));
  ASSERT_GT(after.pages_size(), 0);
  for (const auto& page : after.pages()) EXPECT_TRUE(page.reset());
  // Its next push is taken, not refused as a gap.
  parent.seq = 7;
  EXPECT_EQ(push(parent, {owned(Record::kScaleScore, family_, parent.person_id)}).last_seq(), 8);
}

TEST_F(ServiceTest, HealthSaysOkThenDraining) {
  HttpRequest r;
  r.method = "GET";
  r.target = "/healthz";
  HttpResponse a = service_->handle(r);
  EXPECT_EQ(a.status, 200u);
  EXPECT_NE(a.body.find("\"ok\""), std::string::npos);
  service_->draining();
  a = service_->handle(r);
  EXPECT_EQ(a.status, 503u);
  EXPECT_NE(a.body.find("draining"), std::string::npos);
}

class RecordingSink final : public EventSink {
 public:
  void send(std::string frame, bool binary) override {
    v1::Hint hint;
    if (binary && hint.ParseFromString(frame)) hints.push_back(hint);
  }
  void close() override { closed = true; }
  std::vector<v1::Hint> hints;
  bool closed = false;
};

TEST_F(ServiceTest, HintsGoOnlyToDevicesThatHoldTheScope) {
  Device staff = staff_device();
  Device parent = join(family_, "parent", "Amina");
  Device other = join(other_family_, "parent", "Bea");
  auto parent_sink = std::make_shared<RecordingSink>();
  auto other_sink = std::make_shared<RecordingSink>();
  HttpRequest up;
  up.method = "GET";
  up.target = "/v1/events";
  up.authorization = "Bearer " + parent.token;
  ASSERT_TRUE(std::holds_alternative<std::uint64_t>(service_->subscribe(up, parent_sink)));
  up.authorization = "Bearer " + other.token;
  const auto other_id = service_->subscribe(up, other_sink);
  ASSERT_TRUE(std::holds_alternative<std::uint64_t>(other_id));
  up.authorization = "Bearer nonsense";
  EXPECT_EQ(std::get<HttpResponse>(service_->subscribe(up, other_sink)).status, 401u);

  push(staff, {owned(Record::kPlan, family_, coordinator_)});
  ASSERT_EQ(parent_sink->hints.size(), 1u);
  EXPECT_EQ(parent_sink->hints[0].scope(), Scope::family(family_).to_string());
  EXPECT_TRUE(other_sink->hints.empty());
  // Revoked: its stream is closed.
  admin("revoke-device --device " + parent.device_id);
  tick();
  EXPECT_TRUE(parent_sink->closed);
  service_->unsubscribe(std::get<std::uint64_t>(other_id));
}

TEST_F(ServiceTest, ADevicesFifthEventStreamClosesItsOldest) {
  Device staff = staff_device();
  Device parent = join(family_, "parent", "Amina");
  Device other = join(other_family_, "parent", "Bea");
  HttpRequest up;
  up.method = "GET";
  up.target = "/v1/events";
  up.authorization = "Bearer " + other.token;
  auto other_sink = std::make_shared<RecordingSink>();
  const auto other_id = service_->subscribe(up, other_sink);
  ASSERT_TRUE(std::holds_alternative<std::uint64_t>(other_id));

  up.authorization = "Bearer " + parent.token;
  std::vector<std::shared_ptr<RecordingSink>> sinks;
  std::vector<std::uint64_t> ids;
  for (int i = 0; i < 6; ++i) {
    sinks.push_back(std::make_shared<RecordingSink>());
    const auto id = service_->subscribe(up, sinks.back());
    ASSERT_TRUE(std::holds_alternative<std::uint64_t>(id));
    ids.push_back(std::get<std::uint64_t>(id));
  }
  // Four may be open (ServiceOptions::max_streams_per_device): the fifth and sixth closed the
  // two oldest, which get no hints while their sessions wind down.
  EXPECT_TRUE(sinks[0]->closed);
  EXPECT_TRUE(sinks[1]->closed);
  for (int i = 2; i < 6; ++i) EXPECT_FALSE(sinks[i]->closed) << i;
  EXPECT_FALSE(other_sink->closed) << "another device's stream is its own";
  push(staff, {owned(Record::kPlan, family_, coordinator_)});
  EXPECT_TRUE(sinks[0]->hints.empty());
  EXPECT_TRUE(sinks[1]->hints.empty());
  for (int i = 2; i < 6; ++i) EXPECT_EQ(sinks[i]->hints.size(), 1u) << i;

  // The closed ones end (unsubscribe); one open one ends by itself. A new stream then fits
  // without closing anything.
  service_->unsubscribe(ids[0]);
  service_->unsubscribe(ids[1]);
  service_->unsubscribe(ids[3]);
  auto seventh = std::make_shared<RecordingSink>();
  const auto seventh_id = service_->subscribe(up, seventh);
  ASSERT_TRUE(std::holds_alternative<std::uint64_t>(seventh_id));
  for (int i = 2; i < 6; ++i) EXPECT_FALSE(sinks[i]->closed) << i;
  // And the next one closes the oldest still open, the third.
  auto eighth = std::make_shared<RecordingSink>();
  const auto eighth_id = service_->subscribe(up, eighth);
  EXPECT_TRUE(sinks[2]->closed);
  EXPECT_FALSE(sinks[4]->closed);
  for (std::uint64_t id : {ids[2], ids[4], ids[5], std::get<std::uint64_t>(seventh_id),
                           std::get<std::uint64_t>(eighth_id), std::get<std::uint64_t>(other_id)}) {
    service_->unsubscribe(id);
  }
}

}  // namespace
}  // namespace kith::server::testing
