// Invites made from a coordinator's device (SyncEngine::create_invite, POST /v1/invites) against a
// real kith-server over real TLS on 127.0.0.1: the invited person enrols with the code on their
// own device and both devices sync.

#include <gtest/gtest.h>

#include <algorithm>

#include "device_harness.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"
#include "kith/store/store.hpp"
#include "kith/sync/sync_engine.hpp"
#include "server_process.hpp"

namespace kith::testing {
namespace {

using domain::Record;

constexpr const char* kPassword = "a-long-staff-password";

TEST(InviteEndToEnd, ACoordinatorInvitesFromTheirDeviceAndTheNewDeviceSyncs) {
  ServerProcess server;
  const std::string sam = server.admin_line("create-coordinator --name Sam --username sam", kPassword);
  const std::string family = server.admin_line("create-family --name Khan --coordinator " + sam);
  server.start();

  // Sam signs in on his phone with his password, and invites Amina, a parent, from it.
  Device sams_phone;
  auto staff = sams_phone.enrol(server, {{}, "sam", kPassword});
  ASSERT_TRUE(staff) << staff.error().describe();
  ASSERT_TRUE(sams_phone.engine().sync());
  const auto before = std::chrono::system_clock::now();
  auto invite = sams_phone.engine().create_invite({family, "ROLE_PARENT", "Amina", {}, 48});
  ASSERT_TRUE(invite) << invite.error().describe();
  EXPECT_EQ(invite->code.size(), 11u);
  EXPECT_TRUE(is_uuid(invite->person_id));
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(before.time_since_epoch()).count();
  EXPECT_NEAR(static_cast<double>(invite->expires_at), static_cast<double>(seconds + 48 * 3600), 60);

  // Amina enrols her own phone with the code Sam read out to her.
  Device aminas_phone;
  auto joined = aminas_phone.enrol(server, {invite->code, {}, {}});
  ASSERT_TRUE(joined) << joined.error().describe();
  EXPECT_EQ(joined->person_id, invite->person_id);
  EXPECT_EQ(joined->family_id, family);
  EXPECT_EQ(joined->role, "ROLE_PARENT");
  EXPECT_EQ(joined->display_name, "Amina");
  auto first = aminas_phone.engine().sync();
  ASSERT_TRUE(first) << first.error().describe();
  EXPECT_NE(std::find(first->scopes.begin(), first->scopes.end(), "family:" + family),
            first->scopes.end());

  // Both sync: Amina's score reaches Sam, and Sam sees her membership.
  Record score;
  auto* s = score.mutable_scale_score();
  s->set_id(new_uuid());
  s->set_family_id(family);
  s->set_score(6);
  s->set_scored_by(aminas_phone.person_id);
  s->set_viewpoint(v1::VIEWPOINT_PARENT);
  s->mutable_scored_at()->set_seconds(seconds);
  ASSERT_TRUE(aminas_phone.store().put(score));
  auto sent = aminas_phone.engine().sync();
  ASSERT_TRUE(sent) << sent.error().describe();
  EXPECT_EQ(sent->pushed, 1u);
  EXPECT_EQ(sent->rejected, 0u);
  auto got = sams_phone.engine().sync();
  ASSERT_TRUE(got) << got.error().describe();
  bool member = false;
  for (const Record& m : sams_phone.list(Record::kMembership)) {
    member = member || (m.membership().person_id() == invite->person_id &&
                        m.membership().role() == v1::ROLE_PARENT);
  }
  EXPECT_TRUE(member);
  const auto scores = sams_phone.list(Record::kScaleScore);
  ASSERT_EQ(scores.size(), 1u);
  EXPECT_EQ(scores[0].scale_score().scored_by(), invite->person_id);

  // The code is spent.
  Device another;
  auto again = another.enrol(server, {invite->code, {}, {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::invite_used);

  // The volunteer list: Sam sees nobody yet, then the volunteer he invites once she joins;
  // Amina may not see it at all.
  auto none = sams_phone.engine().volunteers();
  ASSERT_TRUE(none) << none.error().describe();
  EXPECT_TRUE(none->empty());
  auto for_volunteer = sams_phone.engine().create_invite({family, "ROLE_VOLUNTEER", "Vic", {}, 0});
  ASSERT_TRUE(for_volunteer) << for_volunteer.error().describe();
  Device vics_phone;
  ASSERT_TRUE(vics_phone.enrol(server, {for_volunteer->code, {}, {}}));
  auto listed = sams_phone.engine().volunteers();
  ASSERT_TRUE(listed) << listed.error().describe();
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].person_id, for_volunteer->person_id);
  EXPECT_EQ((*listed)[0].display_name, "Vic");
  auto refused = aminas_phone.engine().volunteers();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);

  // Refusals arrive as the server's codes; a role this version does not know never leaves.
  auto as_coordinator = sams_phone.engine().create_invite({family, "ROLE_COORDINATOR", "Kim", {}, 0});
  ASSERT_FALSE(as_coordinator);
  EXPECT_EQ(as_coordinator.error().code, ErrorCode::forbidden);
  EXPECT_EQ(as_coordinator.error().field, "role");
  auto by_parent = aminas_phone.engine().create_invite({family, "ROLE_NETWORK", "Nia", {}, 0});
  ASSERT_FALSE(by_parent);
  EXPECT_EQ(by_parent.error().code, ErrorCode::forbidden);
  auto nameless = sams_phone.engine().create_invite({family, "ROLE_NETWORK", "", {}, 0});
  ASSERT_FALSE(nameless);
  EXPECT_EQ(nameless.error().code, ErrorCode::bad_request);
  EXPECT_EQ(nameless.error().field, "display_name");
  auto unknown_role = sams_phone.engine().create_invite({family, "ROLE_AUNT", "Nia", {}, 0});
  ASSERT_FALSE(unknown_role);
  EXPECT_EQ(unknown_role.error().code, ErrorCode::invalid_argument);
}

}  // namespace
}  // namespace kith::testing
