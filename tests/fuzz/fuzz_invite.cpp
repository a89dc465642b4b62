// Invite codes and invite links on any text. The server normalises what a person typed
// (normalise_invite_code, server/src/service/credentials.hpp) before it looks the code up; the
// app parses what a person typed or scanned (parse_invite_link, mobile/core/invite_link.hpp,
// plain C++ without Qt, compiled in here from its source). Properties:
//   - a normalised code is 10 characters of the code alphabet and normalises to itself, also
//     when written the way people are shown it ("7KQ2M-XH9TD") or in small letters;
//   - the server takes exactly the texts an independent reading of the rules takes;
//   - a code the server would take, the app lets through;
//   - a parsed QR payload names an https server, a plausible code and a key of 64 hex digits or
//     none, and make_invite_link() of it parses back to the same link (when it fits the parser's
//     1024 characters);
//   - every refusal is a sentence.

#include <cctype>
#include <cstdint>
#include <optional>
#include <string>

#include "credentials.hpp"
#include "fuzz_support.hpp"
#include "invite_link.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::check_error;

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

//! The documented rule, read independently of credentials.cpp: spaces, dashes and tabs are
//! ignored, letters are read as capitals, O as 0, I and L as 1; what is left must be exactly ten
//! characters of Crockford's base32.
std::optional<std::string> expected_code(std::string_view typed) {
  std::string out;
  for (const char raw : typed) {
    if (raw == ' ' || raw == '-' || raw == '\t') continue;
    char c = raw;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
    out += c;
    if (out.size() > 10) return std::nullopt;
  }
  if (out.size() != 10) return std::nullopt;
  return out;
}

bool is_hex(std::string_view text) {
  for (const char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

void check_code(std::string_view typed) {
  const auto normalised = kith::server::normalise_invite_code(typed);
  const auto expected = expected_code(typed);
  check(normalised.has_value() == expected.has_value(),
        normalised ? "the server takes a text that is not an invite code"
                   : "the server refuses a text that is an invite code");
  if (!normalised) {
    check_error(normalised.error(), "normalise_invite_code");
    check(normalised.error().code == kith::ErrorCode::invite_unknown,
          "a refused invite code is not invite_unknown");
    check(normalised.error().field == "invite_code", "a refused invite code names no field");
    return;
  }
  const std::string& code = *normalised;
  check(code == *expected, "the server normalised a code differently from the documented rule");
  check(code.size() == 10 && code.find_first_not_of(kAlphabet) == std::string::npos,
        "a normalised code is not 10 characters of the code alphabet");
  for (const std::string& shown : {code, code.substr(0, 5) + "-" + code.substr(5)}) {
    const auto again = kith::server::normalise_invite_code(shown);
    check(again && *again == code, "a normalised code does not normalise to itself");
  }
  std::string lower = code;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const auto from_lower = kith::server::normalise_invite_code(lower);
  check(from_lower && *from_lower == code, "a code in small letters normalises differently");
}

void check_link(std::string_view text) {
  const auto link = kith::app::parse_invite_link(text);
  if (!link) {
    check_error(link.error(), "parse_invite_link");
    check(link.error().code == kith::ErrorCode::invite_unknown ||
              link.error().code == kith::ErrorCode::bad_request,
          "parse_invite_link refused with an unexpected code");
    return;
  }
  std::size_t characters = 0;
  for (const char c : link->code) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    check(std::isalnum(static_cast<unsigned char>(c)) != 0,
          "a parsed invite holds a character no code has");
    ++characters;
  }
  check(characters == 10, "a parsed invite does not hold 10 letters and numbers");
  if (link->server.empty()) {
    check(link->pinned_key.empty(), "a typed code came back with a pinned key");
    return;
  }
  check(link->server.rfind("https://", 0) == 0 && link->server.size() > 8,
        "a parsed QR payload names a server that is not https");
  check(link->pinned_key.empty() || (link->pinned_key.size() == 64 && is_hex(link->pinned_key)),
        "a parsed QR payload pins a key that is not 64 hex digits");
  const std::string payload = kith::app::make_invite_link(*link);
  // Percent-encoding can make a payload three times longer than the text it came from: past the
  // parser's 1024 characters, refusing it is right.
  if (payload.size() > 1024) return;
  const auto again = kith::app::parse_invite_link(payload);
  check(again.has_value(), "make_invite_link() made a payload its own parser refuses");
  check(again->server == link->server && again->code == link->code &&
            again->pinned_key == link->pinned_key,
        "make_invite_link() then parse_invite_link() changed the link");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kith::fuzz::as_text(data, size);
  check_code(text);
  check_link(text);
  // What a person types into the app's field is short; a code padded with a thousand spaces is
  // the server's business alone.
  if (size <= 64 && kith::server::normalise_invite_code(text)) {
    check(kith::app::parse_invite_link(text).has_value(),
          "the app refuses a typed code that the server would take");
  }
  return 0;
}
