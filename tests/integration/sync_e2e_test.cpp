// Devices and a real kith-server over real TLS on 127.0.0.1, with a CA made by the test: the
// flows of issue 3 end to end, through kith::sync::SyncEngine and kith::store::Store as the app
// and kith-cli use them.

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "device_harness.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/scope.hpp"
#include "kith/net/https_client.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "kith/v1/sync.pb.h"
#include "server_process.hpp"

namespace kith::testing {
namespace {

using domain::Record;
using domain::Scope;

constexpr const char* kPassword = "a-long-staff-password";

class SyncEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    coordinator_ = server_.admin_line("create-coordinator --name Sam --username sam", kPassword);
    family_ = server_.admin_line("create-family --name Khan --coordinator " + coordinator_);
    other_family_ = server_.admin_line("create-family --name Jones --coordinator " + coordinator_);
    server_.start();
  }

  // A new device enrolled by invite in `family` as `role`.
  std::unique_ptr<Device> invited(const std::string& family, const std::string& role,
                                  const std::string& name) {
    const std::string code =
        server_.admin_line("invite --family " + family + " --role " + role + " --name " + name);
    return enrolled_device(server_, {code, {}, {}});
  }

  std::unique_ptr<Device> coordinator_device() {
    return enrolled_device(server_, {{}, "sam", kPassword});
  }

  // Syncs until `done` holds: kith-admin's changes reach the server's memory within a second.
  template <typename Done>
  bool sync_until(Device& device, Done done) {
    for (int i = 0; i < 40; ++i) {
      auto r = device.sync();
      EXPECT_TRUE(r) << r.error().describe();
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  ServerProcess server_;
  std::string coordinator_, family_, other_family_;
};

TEST_F(SyncEndToEnd, TwoDevicesOfAFamilyEditOfflineAndConverge) {
  auto mum = invited(family_, "parent", "Amina");
  auto dad = invited(family_, "parent", "Imran");
  // Offline, each records things of their own.
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(mum->store().put(made_by(Record::kScaleScore, family_, mum->person_id)));
    ASSERT_TRUE(dad->store().put(made_by(Record::kHelpRequest, family_, dad->person_id)));
  }
  ASSERT_TRUE(mum->sync());
  ASSERT_TRUE(dad->sync());
  ASSERT_TRUE(mum->sync());
  for (auto* d : {mum.get(), dad.get()}) {
    EXPECT_EQ(d->count(Record::kScaleScore), 3u);
    EXPECT_EQ(d->count(Record::kHelpRequest), 3u);
    EXPECT_TRUE(d->store().outbox()->empty());
  }
}

TEST_F(SyncEndToEnd, APlanReachesTheParentAndTheirAgreementReachesTheCoordinator) {
  auto staff = coordinator_device();
  auto parent = invited(family_, "parent", "Amina");
  Record version = made_by(Record::kPlanVersion, family_, coordinator_);
  version.mutable_plan_version()->set_state(v1::PLAN_PUBLISHED);
  ASSERT_TRUE(staff->store().put(version));
  ASSERT_TRUE(staff->sync());
  ASSERT_TRUE(parent->sync());
  ASSERT_EQ(parent->count(Record::kPlanVersion), 1u);
  Record ack = made_by(Record::kPlanAcknowledgement, family_, parent->person_id);
  ack.mutable_plan_acknowledgement()->set_plan_version_id(version.plan_version().id());
  ASSERT_TRUE(parent->store().put(ack));
  ASSERT_TRUE(parent->sync());
  ASSERT_TRUE(staff->sync());
  const auto acks = staff->list(Record::kPlanAcknowledgement);
  ASSERT_EQ(acks.size(), 1u);
  EXPECT_EQ(acks[0].plan_acknowledgement().by(), parent->person_id);
}

TEST_F(SyncEndToEnd, EachDeviceHoldsOnlyWhatItsPersonMaySee) {
  auto staff = coordinator_device();
  ASSERT_TRUE(staff->store().put(made_by(Record::kPlan, other_family_, coordinator_)));
  ASSERT_TRUE(staff->sync());
  auto parent = invited(family_, "parent", "Amina");
  auto young = invited(family_, "young-person", "Zara");
  auto volunteer = invited(family_, "volunteer", "Jo");

  Record feedback = made_by(Record::kFeedback, family_, young->person_id);
  feedback.mutable_feedback()->set_audience(v1::AUDIENCE_STAFF);
  ASSERT_TRUE(young->store().put(feedback));
  ASSERT_TRUE(volunteer->store().put(made_by(Record::kContactLog, family_, volunteer->person_id)));
  ASSERT_TRUE(volunteer->store().put(made_by(Record::kConcern, family_, volunteer->person_id)));
  for (auto* d : {young.get(), volunteer.get(), parent.get(), staff.get()}) ASSERT_TRUE(d->sync());

  EXPECT_EQ(parent->count(Record::kFeedback), 0u);    // a young person's words reach staff only
  EXPECT_EQ(staff->count(Record::kFeedback), 1u);
  EXPECT_EQ(parent->count(Record::kConcern), 0u);     // so does a volunteer's worry
  EXPECT_EQ(volunteer->count(Record::kConcern), 0u);  // sent, and gone from their device
  EXPECT_EQ(staff->count(Record::kConcern), 1u);
  EXPECT_EQ(parent->count(Record::kContactLog), 1u);  // parents see their visits
  EXPECT_EQ(volunteer->count(Record::kPlanVersion) + volunteer->count(Record::kPlan), 0u);
  const auto volunteer_scopes = *volunteer->store().scopes();
  for (const auto& scope : volunteer_scopes) {
    const auto parsed = Scope::parse(scope);
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->audience == domain::Audience::volunteer ||
                parsed->audience == domain::Audience::profile || parsed->audience == domain::Audience::person)
        << scope;
  }
  // Nothing of the other family anywhere on the family's devices.
  for (auto* d : {parent.get(), young.get(), volunteer.get()}) {
    const auto scopes = *d->store().scopes();
    for (const auto& scope : scopes) EXPECT_EQ(scope.find(other_family_), std::string::npos);
    EXPECT_EQ(*d->store().count({.family_id = other_family_}), 0);
  }
}

TEST_F(SyncEndToEnd, EndingAMembershipOrALinkPurgesTheDevice) {
  auto parent = invited(family_, "parent", "Amina");
  auto volunteer = invited(family_, "volunteer", "Jo");
  ASSERT_TRUE(volunteer->store().put(made_by(Record::kContactLog, family_, volunteer->person_id)));
  ASSERT_TRUE(volunteer->sync());
  ASSERT_TRUE(parent->sync());
  ASSERT_GT(*parent->store().count({.family_id = family_}), 0);
  ASSERT_EQ(volunteer->count(Record::kContactLog), 1u);

  server_.admin("end-membership --family " + family_ + " --person " + volunteer->person_id);
  EXPECT_TRUE(sync_until(*volunteer, [&] { return *volunteer->store().count({.family_id = family_}) == 0; }));
  EXPECT_EQ(volunteer->count(Record::kContactLog), 0u);
  EXPECT_TRUE(volunteer->store().check());

  server_.admin("end-membership --family " + family_ + " --person " + parent->person_id);
  EXPECT_TRUE(sync_until(*parent, [&] { return *parent->store().count({.family_id = family_}) == 0; }));
  EXPECT_TRUE(parent->store().cursors()->size() <= 2u);  // only profiles are left
}

TEST_F(SyncEndToEnd, APushCommittedButNotAnsweredIsNotDuplicatedOnRetry) {
  auto parent = invited(family_, "parent", "Amina");
  server_.stop();
  server_.start({"KITH_FAULT=exit-after-push-commit"});
  ASSERT_TRUE(parent->store().put(made_by(Record::kScaleScore, family_, parent->person_id)));
  ASSERT_TRUE(parent->store().put(made_by(Record::kScaleScore, family_, parent->person_id)));
  auto lost = parent->sync();
  ASSERT_FALSE(lost);  // the server died before it answered
  EXPECT_TRUE(sync::is_temporary(lost.error())) << lost.error().describe();
  EXPECT_TRUE(server_.wait_exit(5));
  EXPECT_EQ(parent->store().outbox()->size(), 2u);  // still waiting, as far as the device knows

  server_.start();
  auto retried = parent->sync();
  ASSERT_TRUE(retried) << retried.error().describe();
  EXPECT_EQ(retried->pushed, 2u);
  EXPECT_TRUE(parent->store().outbox()->empty());
  auto staff = coordinator_device();
  EXPECT_EQ(staff->count(Record::kScaleScore), 2u);  // each once
}

TEST_F(SyncEndToEnd, RefusedChangesComeBackWithAReasonAndLeaveTheOutbox) {
  auto parent = invited(family_, "parent", "Amina");
  const Record log = made_by(Record::kContactLog, family_, parent->person_id);
  ASSERT_TRUE(parent->store().put(log));
  auto report = parent->sync();
  ASSERT_TRUE(report);
  EXPECT_EQ(report->rejected, 1u);
  EXPECT_TRUE(parent->store().outbox()->empty());
  const auto refused = *parent->store().rejections();
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].code, "forbidden");
  EXPECT_EQ(refused[0].record_id, domain::record_id(log));
  EXPECT_EQ(parent->count(Record::kContactLog), 0u);
}

TEST_F(SyncEndToEnd, UsedAndExpiredInvitesAndWrongPasswordsAreRefused) {
  const std::string code = server_.admin_line("invite --family " + family_ + " --role parent --name A");
  Device first, second, staff;
  ASSERT_TRUE(first.enrol(server_, {code, {}, {}}));
  auto used = second.enrol(server_, {code, {}, {}});
  ASSERT_FALSE(used);
  EXPECT_EQ(used.error().code, ErrorCode::invite_used);
  EXPECT_FALSE(second.store().setting(sync::settings::kDeviceSecret)->has_value());
  auto wrong = staff.enrol(server_, {{}, "sam", "not-the-password"});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::wrong_password);
  auto again = first.enrol(server_, {code, {}, {}});
  EXPECT_EQ(again.error().code, ErrorCode::device_exists);
}

TEST_F(SyncEndToEnd, TheDeviceRefusesAServerItCannotTrust) {
  const std::string code = server_.admin_line("invite --family " + family_ + " --role parent --name A");
  auto stranger_ca = net::make_certificate_authority("Someone else", 30);
  ASSERT_TRUE(stranger_ca);
  Device device;
  auto untrusted = device.enrol(server_, {code, {}, {}}, stranger_ca->certificate);
  ASSERT_FALSE(untrusted);
  EXPECT_EQ(untrusted.error().code, ErrorCode::certificate_untrusted);
  // The invite was never sent, so it still works with the right authority.
  EXPECT_TRUE(device.enrol(server_, {code, {}, {}}));
}

TEST_F(SyncEndToEnd, OversizedAndMalformedBodiesGetTheirStatusAndTheServerGoesOn) {
  auto client = net::HttpsClient::create(server_.url(), {server_.ca().certificate, {}});
  ASSERT_TRUE(client);
  net::Request big{"POST", "/v1/enrol", "application/json", {}, std::string(2 * 1024 * 1024, 'x'), {}};
  auto r = client->send(big);
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->status, 413u);
  client = net::HttpsClient::create(server_.url(), {server_.ca().certificate, {}});
  net::Request junk{"POST", "/v1/enrol", "application/x-protobuf", {}, "\xff\xff\xff", {}};
  r = client->send(junk);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400u);
  net::Request json{"POST", "/v1/enrol", "application/json", {}, "{\"invite_code\": 5", {}};
  r = client->send(json);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400u);
  net::Request health{"GET", "/healthz", {}, {}, {}, {}};
  r = client->send(health);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200u);
}

TEST_F(SyncEndToEnd, SigtermDrainsAndExitsCleanly) {
  server_.stop(SIGTERM);
  EXPECT_TRUE(WIFEXITED(server_.last_status()));
  EXPECT_EQ(WEXITSTATUS(server_.last_status()), 0);
  EXPECT_NE(server_.log_text().find("stopped"), std::string::npos);
}

}  // namespace
}  // namespace kith::testing
