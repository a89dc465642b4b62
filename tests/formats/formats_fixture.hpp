#pragma once
// Shared by the format tests: the demo family's records, a plan written entirely of canary
// strings, reading and writing files, and running the poppler tools.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/formats/document.hpp"

namespace kith::formats::testing {

namespace fs = std::filesystem;

inline const std::string kDemoFamily = "d1000000-0000-4000-8000-000000000001";

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

inline std::vector<v1::Record> demo_records() {
  auto records = domain::records_from_json(read_file(KITH_DEMO_FILE));
  EXPECT_TRUE(records) << records.error().describe();
  return records ? *records : std::vector<v1::Record>{};
}

inline Document demo_document(const Reader& reader) {
  auto doc = plan_document(demo_records(), kDemoFamily, reader);
  EXPECT_TRUE(doc) << doc.error().describe();
  return doc ? *doc : Document{};
}

//! The standard output of a command (its status in `status`).
inline std::string run(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int s = ::pclose(pipe);
  if (status != nullptr) *status = s;
  return out;
}

//! Ids of the canary plan.
inline const std::string kCanaryFamily = "c0000000-0000-4000-8000-000000000001";
inline const std::string kCanaryPlan = "c0000000-0000-4000-8000-000000000002";
inline const std::string kCanaryPerson = "c0000000-0000-4000-8000-000000000003";

inline v1::Text canary_text(const std::string& name) {
  v1::Text t;
  t.set_text("CANARY-" + name);
  t.set_easy_read("CANARY-EASY-" + name);
  return t;
}

//! A family whose published plan holds "CANARY-..." in every text field (its easy read
//! "CANARY-EASY-..."), with one member named "CANARY-NAME".
inline std::vector<v1::Record> canary_records() {
  std::vector<v1::Record> records(6);
  auto* family = records[0].mutable_family();
  family->set_id(kCanaryFamily);
  family->set_name("CANARY-FAMILY");
  auto* person = records[1].mutable_person();
  person->set_id(kCanaryPerson);
  person->set_display_name("CANARY-NAME");
  auto* membership = records[2].mutable_membership();
  membership->set_id("c0000000-0000-4000-8000-000000000004");
  membership->set_person_id(kCanaryPerson);
  membership->set_family_id(kCanaryFamily);
  membership->set_role(v1::ROLE_PARENT);
  membership->set_started_on("2026-01-01");
  auto* plan = records[3].mutable_plan();
  plan->set_id(kCanaryPlan);
  plan->set_family_id(kCanaryFamily);
  *plan->mutable_title() = canary_text("TITLE");
  auto* version = records[4].mutable_plan_version();
  version->set_id("c0000000-0000-4000-8000-000000000005");
  version->set_family_id(kCanaryFamily);
  version->set_plan_id(kCanaryPlan);
  version->set_number(1);
  version->set_state(v1::PLAN_PUBLISHED);
  version->set_agreed_on("2026-01-02");
  auto* line = version->add_bottom_lines();
  line->set_id("c0000000-0000-4000-8000-000000000006");
  *line->mutable_text() = canary_text("BOTTOM");
  auto* action = version->add_actions();
  action->set_id("c0000000-0000-4000-8000-000000000007");
  *action->mutable_what() = canary_text("ACTION");
  action->add_owners()->set_person_id(kCanaryPerson);
  action->add_owners()->set_name("CANARY-OWNER");
  action->mutable_checked_by()->set_name("CANARY-CHECKER");
  *version->mutable_contingency()->mutable_text() = canary_text("CONTINGENCY");
  auto* assessment = records[5].mutable_assessment();
  assessment->set_id("c0000000-0000-4000-8000-000000000008");
  assessment->set_family_id(kCanaryFamily);
  assessment->set_assessed_on("2026-01-01");
  auto* goal = assessment->add_safety_goals();
  goal->set_id("c0000000-0000-4000-8000-000000000009");
  *goal->mutable_text() = canary_text("GOAL");
  for (const auto& r : records) {
    auto valid = domain::validate(r);
    EXPECT_TRUE(valid) << valid.error().describe();
  }
  return records;
}

}  // namespace kith::formats::testing
