// kith-cli's commands, driven through kith::cli::run as the executable drives them.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.hpp"
#include "kith/domain/record.hpp"
#include "samples.hpp"

namespace kith::cli {
namespace {

struct Outcome {
  int code;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  Outcome run(std::vector<std::string> args, std::string pin = "284613") {
    Environment env;
    env.pin = std::move(pin);
    env.demo_file = KITH_DEMO_FILE;
    std::vector<std::string> full = {"--store", store_};
    full.insert(full.end(), args.begin(), args.end());
    std::ostringstream out, err;
    const int code = kith::cli::run(full, env, out, err);
    return {code, out.str(), err.str()};
  }
  testing::TempDir tmp_;
  std::string store_ = tmp_.path() + "/store";
};

TEST_F(CliTest, InitImportAndShowThePlan) {
  ASSERT_EQ(run({"init"}).code, 0);
  const Outcome imported = run({"import-demo"});
  ASSERT_EQ(imported.code, 0) << imported.err;
  EXPECT_NE(imported.out.find("Added 36 records"), std::string::npos) << imported.out;
  const Outcome plan = run({"plan"});
  ASSERT_EQ(plan.code, 0) << plan.err;
  EXPECT_NE(plan.out.find("The Khan family plan"), std::string::npos);
  EXPECT_NE(plan.out.find("Version 1, agreed on 2026-09-10"), std::string::npos);
  EXPECT_NE(plan.out.find("Agreed by: Amina, Nan Farida"), std::string::npos);
  EXPECT_NE(plan.out.find("[done and checked] Amina tells Nan"), std::string::npos);
  EXPECT_NE(plan.out.find("Uncle Tariq\n"), std::string::npos);  // an owner not in the app
  EXPECT_NE(plan.out.find("Review meeting: 2026-12-10"), std::string::npos);
  EXPECT_EQ(run({"check"}).code, 0);
}

TEST_F(CliTest, ListAsTextAndAsJsonThatReadsBack) {
  ASSERT_EQ(run({"init"}).code, 0);
  ASSERT_EQ(run({"import-demo"}).code, 0);
  const Outcome text = run({"list", "scale_score"});
  ASSERT_EQ(text.code, 0);
  EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n'), 4);
  const Outcome json = run({"list", "--json"});
  ASSERT_EQ(json.code, 0);
  auto records = domain::records_from_json(json.out);
  ASSERT_TRUE(records) << records.error().describe();
  EXPECT_EQ(records->size(), 36u);
  const Outcome filtered = run({"list", "--family", testing::kOtherFamilyId});
  EXPECT_EQ(filtered.code, 0);
  EXPECT_TRUE(filtered.out.empty());
}

TEST_F(CliTest, WrongPinIsAClearErrorAndExitsOne) {
  ASSERT_EQ(run({"init"}).code, 0);
  const Outcome wrong = run({"list"}, "000001");
  EXPECT_EQ(wrong.code, 1);
  EXPECT_NE(wrong.err.find("(wrong_pin)"), std::string::npos) << wrong.err;
}

TEST_F(CliTest, NoPinAndNoTerminalSaysWhatToDo) {
  const Outcome none = run({"init"}, "");
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("KITH_PIN"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(store_));
}

TEST_F(CliTest, BadJsonImportsNothing) {
  ASSERT_EQ(run({"init"}).code, 0);
  const std::string bad = tmp_.path() + "/bad.json";
  std::ofstream(bad) << R"({"records":[{"family":{"id":")" << testing::kFamilyId
                     << R"(","name":"A"}},{"scale_score":{"id":")" << testing::kParentId
                     << R"(","family_id":")" << testing::kFamilyId << R"(","scored_by":")"
                     << testing::kParentId
                     << R"(","viewpoint":"VIEWPOINT_PARENT","scored_at":"2026-11-20T10:00:00Z",)"
                     << R"("score":11}}]})";
  const Outcome out = run({"import-demo", bad});
  EXPECT_EQ(out.code, 1);
  EXPECT_NE(out.err.find("records[1].scale_score.score"), std::string::npos) << out.err;
  EXPECT_EQ(run({"list"}).out, "");
  EXPECT_EQ(run({"import-demo", tmp_.path() + "/missing.json"}).code, 1);
}

TEST_F(CliTest, UsageErrors) {
  EXPECT_EQ(run({}).code, 2);
  EXPECT_EQ(run({"frobnicate"}).code, 2);
  EXPECT_EQ(run({"list", "--colour"}).code, 2);
  ASSERT_EQ(run({"init"}).code, 0);
  const Outcome kind = run({"list", "plans"});
  EXPECT_EQ(kind.code, 1);
  EXPECT_NE(kind.err.find("no kind of record called 'plans'"), std::string::npos);
  EXPECT_EQ(run({"init"}).code, 1);  // a store is already there
  EXPECT_EQ(run({"plan"}).code, 1);  // no family yet
}

}  // namespace
}  // namespace kith::cli
