#include "invite_link.hpp"

#include <cctype>

namespace kith::app {

namespace {

constexpr std::string_view kPrefix = "kith:join?";

std::string trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0) {
      return unexpected(ErrorCode::invite_unknown, "That invite link is damaged. Scan it again.");
    }
    out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
    i += 2;
  }
  return out;
}

// Letters and digits an invite code may hold, with the separators people type: the ones the
// server ignores too (normalise_invite_code), so that every code it would take gets through.
bool plausible_code(std::string_view code) {
  std::size_t chars = 0;
  for (char c : code) {
    if (c == '-' || c == ' ' || c == '\t') continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    ++chars;
  }
  return chars == 10;
}

Error not_an_invite() {
  return Error{ErrorCode::invite_unknown,
               "That is not an invite. Type the 10 letters and numbers your coordinator gave "
               "you, like 7KQ2M-XH9TD, or paste the text of their QR code.",
               "invite_code"};
}

}  // namespace

Result<InviteLink> parse_invite_link(std::string_view typed) {
  const std::string text = trim(typed);
  if (text.size() > 1024) return unexpected(not_an_invite());
  InviteLink link;
  if (text.rfind(kPrefix, 0) != 0) {
    if (!plausible_code(text)) return unexpected(not_an_invite());
    link.code = text;
    return link;
  }
  std::string_view query = std::string_view(text).substr(kPrefix.size());
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) return unexpected(not_an_invite());
    KITH_ASSIGN(std::string value, percent_decode(pair.substr(eq + 1)));
    const std::string_view key = pair.substr(0, eq);
    if (key == "server") link.server = value;
    else if (key == "code") link.code = value;
    else if (key == "key") link.pinned_key = value;
    // Unknown keys are ignored, so later versions can add to the payload.
  }
  if (!plausible_code(link.code)) return unexpected(not_an_invite());
  if (link.server.rfind("https://", 0) != 0 || link.server.size() <= 8) {
    return unexpected(ErrorCode::bad_request,
                      "The QR code does not name a secure (https) Kith server. Ask your "
                      "coordinator for a new one.",
                      "server");
  }
  if (!link.pinned_key.empty()) {
    if (link.pinned_key.size() != 64) return unexpected(not_an_invite());
    for (char c : link.pinned_key) {
      if (hex_value(c) < 0) return unexpected(not_an_invite());
    }
  }
  return link;
}

std::string make_invite_link(const InviteLink& link) {
  auto encode = [](std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
      if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' || c == '/') {
        out += static_cast<char>(c);
      } else {
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    return out;
  };
  std::string out = std::string(kPrefix) + "server=" + encode(link.server) + "&code=" + encode(link.code);
  if (!link.pinned_key.empty()) out += "&key=" + encode(link.pinned_key);
  return out;
}

}  // namespace kith::app
