// kith-cli's sync commands against a real kith-server over TLS: enough to drive every flow from a
// script (enrol, add, done, sync, status, list --json).

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli.hpp"
#include "server_process.hpp"

namespace kith::testing {
namespace {

constexpr const char* kAmina = "d2000000-0000-4000-8000-000000000001";
constexpr const char* kFamily = "d1000000-0000-4000-8000-000000000001";
constexpr const char* kHelen = "d2000000-0000-4000-8000-000000000004";

class CliSync : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.admin(std::string("seed-demo ") + KITH_DEMO_FILE);
    server_.start();
    std::ofstream(ca_file_) << server_.ca().certificate;
  }

  int cli(const std::string& store, const std::vector<std::string>& words, std::string* output = nullptr) {
    std::vector<std::string> args = {"--store", store};
    args.insert(args.end(), words.begin(), words.end());
    cli::Environment env;
    env.pin = "284613";
    std::ostringstream out, err;
    const int status = cli::run(args, env, out, err);
    last_err_ = err.str();
    if (output) *output = out.str();
    return status;
  }

  std::string enrolled(const std::string& name, const std::string& role, const std::string& person) {
    const std::string store = dir_.path() + "/" + name;
    const std::string code = server_.admin_line(std::string("invite --family ") + kFamily +
                                                " --role " + role + " --name " + name +
                                                " --person " + person);
    EXPECT_EQ(cli(store, {"init"}), 0) << last_err_;
    EXPECT_EQ(cli(store, {"enrol", "--server", server_.url(), "--ca", ca_file_, "--code", code}), 0)
        << last_err_;
    EXPECT_EQ(cli(store, {"sync"}), 0) << last_err_;
    return store;
  }

  ServerProcess server_;
  TempDir dir_;
  std::string ca_file_ = dir_.path() + "/ca.pem";
  std::string last_err_;
};

TEST_F(CliSync, AParentAndAVolunteerDriveTheirFlowsFromAScript) {
  const std::string amina = enrolled("Amina", "parent", kAmina);
  const std::string helen = enrolled("Helen", "volunteer", kHelen);
  std::string out;
  // Amina ticks off her action and scores the week; Helen logs a visit and a worry.
  ASSERT_EQ(cli(amina, {"done", "d6300000-0000-4000-8000-000000000004"}), 0) << last_err_;
  ASSERT_EQ(cli(amina, {"add", "scale-score", "score=7", "reason=A calmer week"}), 0) << last_err_;
  ASSERT_EQ(cli(amina, {"add", "help-request", "description=A lift to the review meeting"}), 0) << last_err_;
  ASSERT_EQ(cli(helen, {"add", "contact-log", "minutes=90", "notes=Park and tea"}), 0) << last_err_;
  ASSERT_EQ(cli(helen, {"add", "concern", "text=Worried about the boiler"}), 0) << last_err_;
  ASSERT_EQ(cli(amina, {"sync"}, &out), 0) << last_err_;
  EXPECT_NE(out.find("Sent 3 changes"), std::string::npos) << out;
  ASSERT_EQ(cli(helen, {"sync"}), 0) << last_err_;
  ASSERT_EQ(cli(amina, {"sync"}), 0) << last_err_;

  ASSERT_EQ(cli(amina, {"list", "contact_log", "--json"}, &out), 0);
  EXPECT_NE(out.find("Park and tea"), std::string::npos);     // her visit, on her device
  ASSERT_EQ(cli(amina, {"list", "concern"}, &out), 0);
  EXPECT_EQ(out.find("concern"), std::string::npos);           // not the volunteer's worry
  ASSERT_EQ(cli(helen, {"list", "plan_version"}, &out), 0);
  EXPECT_TRUE(out.empty()) << out;                             // nor the plan, for Helen
  ASSERT_EQ(cli(amina, {"status", "--json"}, &out), 0);
  EXPECT_NE(out.find("\"waiting\": 0"), std::string::npos) << out;
  EXPECT_NE(out.find("\"refused\": []"), std::string::npos) << out;
}

TEST_F(CliSync, MistakesGetASentenceAndAnExitCode) {
  const std::string store = dir_.path() + "/empty";
  ASSERT_EQ(cli(store, {"init"}), 0);
  EXPECT_EQ(cli(store, {"sync"}), 1);
  EXPECT_NE(last_err_.find("not_enrolled"), std::string::npos) << last_err_;
  EXPECT_EQ(cli(store, {"add", "scale-score", "score=7"}), 1);
  EXPECT_EQ(cli(store, {"enrol", "--server", server_.url()}), 2);
  EXPECT_EQ(cli(store, {"enrol", "--server", server_.url(), "--ca", ca_file_, "--code", "ZZZZZ-ZZZZZ"}), 1);
  EXPECT_NE(last_err_.find("invite_unknown"), std::string::npos) << last_err_;
  const std::string amina = enrolled("Amina", "parent", kAmina);
  EXPECT_EQ(cli(amina, {"add", "scale-score", "score=12"}), 1);
  EXPECT_NE(last_err_.find("out_of_range"), std::string::npos) << last_err_;
  EXPECT_EQ(cli(amina, {"add", "plan"}), 2);
  EXPECT_EQ(cli(amina, {"done", "d6300000-0000-4000-8000-00000000ffff"}), 1);
  // The server down: the change waits, safe.
  ASSERT_EQ(cli(amina, {"add", "scale-score", "score=4"}), 0);
  server_.stop();
  EXPECT_EQ(cli(amina, {"sync"}), 1);
  EXPECT_NE(last_err_.find("safe on this device"), std::string::npos) << last_err_;
  std::string out;
  ASSERT_EQ(cli(amina, {"status"}, &out), 0);
  EXPECT_NE(out.find("1 change(s) waiting"), std::string::npos) << out;
}

}  // namespace
}  // namespace kith::testing
