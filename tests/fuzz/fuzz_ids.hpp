#pragma once
// The fixed names the service corpus is written with. kith-admin gives families and people
// random ids, and every store has a random epoch; a seed written today must still reach the deep
// code of a store made tomorrow. So seeds name them by placeholders (the ids of the test samples,
// tests/support/samples.hpp), and the service target replaces each placeholder with the real
// value before the request is handled. Each placeholder has the length of what it stands for, so
// a protobuf length prefix around it stays right.

#include <cstdint>
#include <string>

#include "samples.hpp"

namespace kith::fuzz {

//! Devices are enrolled under these ids (a device chooses its own), so they need no placeholder.
inline const std::string kParentDevice = "d0000000-0000-4000-8000-000000000001";
inline const std::string kChildDevice = "d0000000-0000-4000-8000-000000000002";
inline const std::string kVolunteerDevice = "d0000000-0000-4000-8000-000000000003";
inline const std::string kCoordinatorDevice = "d0000000-0000-4000-8000-000000000004";
inline const std::string kRevokedDevice = "d0000000-0000-4000-8000-000000000005";
//! Not enrolled: the id an enrol seed asks for.
inline const std::string kNewDevice = "d0000000-0000-4000-8000-000000000006";

//! Stands for the store's epoch (32 hex digits).
inline const std::string kEpochPlaceholder = "e0000000000000000000000000000001";
//! Stands for the parent device's secret (64 hex digits), for a session request that succeeds.
inline const std::string kSecretPlaceholder =
    "5ec0000000000000000000000000000000000000000000000000000000000001";
//! Stands for an unused invite code (as shown to people, XXXXX-XXXXX) to the family as a parent.
inline const std::string kInvitePlaceholder = "INVIT-E0001";
//! The coordinator's username and password, as kith-admin made the account.
inline const std::string kStaffUsername = "sam";
inline const std::string kStaffPassword = "a-long-password-1";

//! Who a request to the service comes from: the Authorization header it carries.
enum class Caller : std::uint8_t {
  none,         //!< no header
  parent,       //!< a parent of the family
  child,        //!< a young person of the family
  volunteer,    //!< a volunteer linked to the family
  coordinator,  //!< the staff member coordinating both families
  revoked,      //!< a network member's device, revoked by kith-admin
  expired,      //!< the parent's device with a token past its expiry
  forged,       //!< the parent's device id with a signature made under another key
};
inline constexpr int kCallers = 8;

//! The endpoints, in the order the first byte of a service input picks them.
inline constexpr const char* kEndpoints[] = {"/v1/enrol", "/v1/session", "/v1/push",
                                             "/v1/pull",  "/v1/invites", "/v1/volunteers",
                                             "/healthz",  "/v1/events"};
inline constexpr int kEndpointCount = 8;

//! The content types, in the order the low two bits of the second byte pick them.
inline constexpr const char* kContentTypes[] = {"application/x-protobuf", "application/json",
                                                "application/json; charset=utf-8",
                                                "application/vnd.google.protobuf"};

//! The two bytes in front of a service input: endpoint, then content type | caller << 2 |
//! (GET instead of POST) << 5.
inline std::string service_header(int endpoint, int content_type, Caller caller, bool get = false) {
  std::string out;
  out += static_cast<char>(endpoint);
  out += static_cast<char>(content_type | (static_cast<int>(caller) << 2) | (get ? 1 << 5 : 0));
  return out;
}

}  // namespace kith::fuzz
