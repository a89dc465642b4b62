#pragma once
// Valid records of every kind, fixed ids, and a canary filler: the shared fixtures of the suites.

#include <google/protobuf/message.h>

#include <string>
#include <string_view>
#include <vector>

#include "kith/domain/record.hpp"

namespace kith::testing {

inline const std::string kFamilyId = "f0000000-0000-4000-8000-000000000001";
inline const std::string kOtherFamilyId = "f0000000-0000-4000-8000-000000000002";
inline const std::string kParentId = "a0000000-0000-4000-8000-000000000001";
inline const std::string kChildId = "a0000000-0000-4000-8000-000000000002";
inline const std::string kVolunteerId = "a0000000-0000-4000-8000-000000000003";
inline const std::string kCoordinatorId = "a0000000-0000-4000-8000-000000000004";
inline const std::string kPlanId = "b0000000-0000-4000-8000-000000000001";
inline const std::string kPlanVersionId = "b0000000-0000-4000-8000-000000000002";
inline const std::string kSupportLinkId = "b0000000-0000-4000-8000-000000000003";

//! A valid record of `kind`, with a fresh id unless `id` is given.
domain::Record sample(domain::Kind kind, std::string id = {});
//! One valid record of every kind.
std::vector<domain::Record> sample_of_every_kind();
//! Writes `canary` into every free-text field of `message`, recursively: every short and long
//! text field, one more item in every repeated text field, and a translation into Urdu of every
//! Text. Ids, dates and enums are left valid.
void fill_text(google::protobuf::Message& message, std::string_view canary);
//! As fill_text(), but each field gets `canary`, a dot and the field's path from `message`
//! (e.g. "KITHCANARY-x.plan_version.actions.what.translations.ur.easy_read"), so a canary found
//! where it must not be says which field it came from. Paths are short enough for any text field.
void fill_text_tagged(google::protobuf::Message& message, std::string_view canary);
//! A fresh temporary folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kith::testing
