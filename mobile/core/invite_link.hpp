#pragma once
//! What a person types or scans to join Kith: an invite code ("7KQ2M-XH9TD"), or the payload of
//! the QR code a coordinator shows, "kith:join?server=https://host:port&code=7KQ2MXH9TD" with an
//! optional "&key=<SHA-256 of the server's public key, hex>". Plain C++, no Qt; any thread.

#include <string>
#include <string_view>

#include "kith/result.hpp"

namespace kith::app {

struct InviteLink {
  std::string server;  //!< empty when only a code was given
  std::string code;
  std::string pinned_key;
};

//! Parses either form. invite_unknown for text that is neither, with a sentence saying what an
//! invite looks like; bad_request for a QR payload whose server is not an https address.
Result<InviteLink> parse_invite_link(std::string_view text);
//! The QR payload for an invite.
std::string make_invite_link(const InviteLink& link);

}  // namespace kith::app
