// The app's Session, enrolled with an invite over real TLS, and a kith-cli device: a change made
// on either reaches the other through a real kith-server, including across a server restart.

#include <gtest/gtest.h>

#include <QTest>
#include <fstream>
#include <sstream>

#include "app_fixture.hpp"
#include "cli.hpp"
#include "plan_view.hpp"
#include "server_process.hpp"

namespace kith::testing {
namespace {

using app::Session;

class AppSync : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.admin(std::string("seed-demo ") + KITH_DEMO_FILE);
    server_.start();
    std::ofstream(ca_file_) << server_.ca().certificate;
  }

  std::string invite(const std::string& name, const std::string& role, const std::string& person) {
    return server_.admin_line("invite --family " + demo::kFamily + " --role " + role + " --name " +
                              name + " --person " + person);
  }

  //! A Session in a new data folder, enrolled with an invite as `person` and synced once.
  std::unique_ptr<Session> app_as(const std::string& name, const std::string& role,
                                  const std::string& person) {
    app::SessionOptions options;
    options.dataDir = QString::fromStdString(dir_.path() + "/app-" + name);
    options.caPem = QString::fromStdString(server_.ca().certificate);
    options.storeOptions = fast_store_options();
    options.engineOptions.client.connect_timeout = std::chrono::milliseconds(1000);
    auto session = std::make_unique<Session>(options);
    EXPECT_EQ(session->state(), Session::NeedsEnrolment);
    session->enrolWithInvite(QString::fromStdString(server_.url()),
                             QString::fromStdString(invite(name, role, person)), "284613", "284613");
    EXPECT_TRUE(QTest::qWaitFor([&] { return session->state() == Session::Ready; }, 10000))
        << session->error().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return session->lastSynced().isValid(); }, 10000))
        << session->syncText().toStdString();
    return session;
  }

  int cli(const std::vector<std::string>& words, std::string* output = nullptr) {
    std::vector<std::string> args = {"--store", cli_store_};
    args.insert(args.end(), words.begin(), words.end());
    cli::Environment env;
    env.pin = "284613";
    std::ostringstream out, err;
    const int status = cli::run(args, env, out, err);
    if (status != 0) ADD_FAILURE() << "kith-cli: " << err.str();
    if (output) *output = out.str();
    return status;
  }

  void enrolCli(const std::string& name, const std::string& role, const std::string& person) {
    ASSERT_EQ(cli({"init"}), 0);
    ASSERT_EQ(cli({"enrol", "--server", server_.url(), "--ca", ca_file_, "--code",
                   invite(name, role, person)}),
              0);
    ASSERT_EQ(cli({"sync"}), 0);
  }

  static std::size_t count(const Session& s, domain::Kind kind) {
    return s.snapshot()->records(kind).size();
  }

  ServerProcess server_;
  TempDir dir_;
  std::string ca_file_ = dir_.path() + "/ca.pem";
  std::string cli_store_ = dir_.path() + "/cli-device";
};

TEST_F(AppSync, AnInvitedParentSeesThePlanAndAChangeFromAnotherDeviceArrivesByItself) {
  auto amina = app_as("Amina", "parent", demo::kAmina);
  EXPECT_EQ(amina->personName(), "Amina");
  EXPECT_EQ(amina->role(), Session::Parent);
  EXPECT_EQ(amina->syncPhase(), Session::Synced) << amina->syncText().toStdString();
  app::PlanView plan;
  plan.setSession(amina.get());
  ASSERT_TRUE(plan.hasPlan());
  EXPECT_GT(plan.actions()->count(), 0);

  // Nan Farida scores on her own phone; Amina's app gets it without anyone pressing sync (the
  // server's hint over the WebSocket starts a pull).
  enrolCli("NanFarida", "network", demo::kNanFarida);
  const auto before = count(*amina, domain::Record::kScaleScore);
  ASSERT_EQ(cli({"add", "scale-score", "score=6", "reason=Amina came to every meeting"}), 0);
  ASSERT_EQ(cli({"sync"}), 0);
  ASSERT_TRUE(QTest::qWaitFor([&] { return count(*amina, domain::Record::kScaleScore) == before + 1; },
                              8000));
  EXPECT_EQ(amina->snapshot()->records(domain::Record::kScaleScore).back().scale_score().reason(),
            "Amina came to every meeting");
}

TEST_F(AppSync, AnActionTickedInTheAppReachesTheOtherDevice) {
  auto amina = app_as("Amina", "parent", demo::kAmina);
  enrolCli("NanFarida", "network", demo::kNanFarida);
  app::PlanView plan;
  plan.setSession(amina.get());
  QString action;
  for (int i = 0; i < plan.actions()->count(); ++i) {
    if (plan.actions()->get(i).value("canTick").toBool()) action = plan.actions()->get(i).value("actionId").toString();
  }
  ASSERT_FALSE(action.isEmpty());
  const auto before = count(*amina, domain::Record::kActionUpdate);
  ASSERT_TRUE(plan.setStatus(action, v1::ACTION_IN_PROGRESS, "Booked the course"));
  // Stored (the worker sends the snapshot, then the status that counts it as waiting), then sent
  // a moment later, by itself.
  ASSERT_TRUE(QTest::qWaitFor([&] { return count(*amina, domain::Record::kActionUpdate) == before + 1; }, 5000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return amina->waitingCount() == 1; }, 5000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return amina->waitingCount() == 0 && amina->syncPhase() == Session::Synced; }, 8000));
  std::string listed;
  ASSERT_EQ(cli({"sync"}), 0);
  ASSERT_EQ(cli({"list", "action_update", "--json"}, &listed), 0);
  EXPECT_NE(listed.find("Booked the course"), std::string::npos) << listed;
}

TEST_F(AppSync, ChangesMadeWhileTheServerIsDownAreSentWhenItReturns) {
  auto amina = app_as("Amina", "parent", demo::kAmina);
  server_.stop(SIGKILL);  // the cable pulled
  app::PlanView plan;
  plan.setSession(amina.get());
  ASSERT_TRUE(plan.hasPlan());
  QString action;
  for (int i = 0; i < plan.actions()->count(); ++i) {
    if (plan.actions()->get(i).value("canTick").toBool()) action = plan.actions()->get(i).value("actionId").toString();
  }
  ASSERT_TRUE(plan.setStatus(action, v1::ACTION_NOT_DONE, "Ran out of time"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return amina->syncPhase() == Session::Offline; }, 8000))
      << amina->syncText().toStdString();
  EXPECT_EQ(amina->waitingCount(), 1);
  EXPECT_TRUE(amina->syncText().contains("1 change to send")) << amina->syncText().toStdString();

  server_.start();
  amina->syncNow();
  ASSERT_TRUE(QTest::qWaitFor([&] { return amina->waitingCount() == 0; }, 10000))
      << amina->syncText().toStdString();
  enrolCli("NanFarida", "network", demo::kNanFarida);
  std::string listed;
  ASSERT_EQ(cli({"list", "action_update", "--json"}, &listed), 0);
  EXPECT_NE(listed.find("Ran out of time"), std::string::npos);
  EXPECT_EQ(listed.find("Ran out of time"), listed.rfind("Ran out of time"));  // exactly once
}

TEST_F(AppSync, AUsedInviteIsRefusedWithASentenceAndNoStoreIsLeft) {
  const std::string code = invite("Zara", "young-person", demo::kZara);
  app::SessionOptions options;
  options.dataDir = QString::fromStdString(dir_.path() + "/zara");
  options.caPem = QString::fromStdString(server_.ca().certificate);
  options.storeOptions = fast_store_options();
  {
    Session first(options);
    first.enrolWithInvite(QString::fromStdString(server_.url()), QString::fromStdString(code), "284613", "284613");
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.state() == Session::Ready; }, 10000));
  }
  options.dataDir = QString::fromStdString(dir_.path() + "/zara-again");
  Session second(options);
  second.enrolWithInvite(QString::fromStdString(server_.url()), QString::fromStdString(code), "284613", "284613");
  ASSERT_TRUE(QTest::qWaitFor([&] { return !second.busy(); }, 10000));
  EXPECT_EQ(second.state(), Session::NeedsEnrolment);
  EXPECT_TRUE(second.error().contains("used")) << second.error().toStdString();
}

TEST_F(AppSync, AServerWithACertificateFromAnotherAuthorityIsNotTrusted) {
  auto other = net::make_certificate_authority("Someone else", 1);
  ASSERT_TRUE(other);
  app::SessionOptions options;
  options.dataDir = QString::fromStdString(dir_.path() + "/mallory");
  options.caPem = QString::fromStdString(other->certificate);
  options.storeOptions = fast_store_options();
  Session session(options);
  session.enrolWithInvite(QString::fromStdString(server_.url()),
                          QString::fromStdString(invite("Amina", "parent", demo::kAmina)), "284613",
                          "284613");
  ASSERT_TRUE(QTest::qWaitFor([&] { return !session.busy(); }, 10000));
  EXPECT_EQ(session.state(), Session::NeedsEnrolment);
  EXPECT_FALSE(session.error().isEmpty());
}

}  // namespace
}  // namespace kith::testing
