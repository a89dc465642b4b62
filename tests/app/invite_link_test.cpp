#include <gtest/gtest.h>

#include "invite_link.hpp"

namespace kith::app {
namespace {

TEST(InviteLink, APlainCodeIsTakenAsTyped) {
  auto link = parse_invite_link("  7KQ2M-XH9TD \n");
  ASSERT_TRUE(link) << link.error().describe();
  EXPECT_EQ(link->code, "7KQ2M-XH9TD");
  EXPECT_TRUE(link->server.empty());
}

TEST(InviteLink, AQrPayloadCarriesTheServerAndKey) {
  const std::string key(64, 'a');
  auto link = parse_invite_link("kith:join?server=https%3A%2F%2Fkith.example%3A8443&code=7KQ2MXH9TD&key=" + key);
  ASSERT_TRUE(link) << link.error().describe();
  EXPECT_EQ(link->server, "https://kith.example:8443");
  EXPECT_EQ(link->code, "7KQ2MXH9TD");
  EXPECT_EQ(link->pinned_key, key);
}

TEST(InviteLink, MakeAndParseRoundTrip) {
  const InviteLink link{"https://127.0.0.1:8443", "ABCDE-23456", ""};
  auto parsed = parse_invite_link(make_invite_link(link));
  ASSERT_TRUE(parsed) << parsed.error().describe();
  EXPECT_EQ(parsed->server, link.server);
  EXPECT_EQ(parsed->code, link.code);
}

TEST(InviteLink, RefusesWhatIsNotAnInvite) {
  for (const char* text : {"", "hello", "7KQ2M-XH9T", "7KQ2M-XH9TD1", "kith:join?code=7KQ2MXH9TD",
                           "kith:join?server=http://plain:80&code=7KQ2MXH9TD",
                           "kith:join?server=https://x&code=7KQ2MXH9TD&key=zz",
                           "kith:join?server=https://x&code=%ZZ", "kith:join?garbage"}) {
    auto link = parse_invite_link(text);
    ASSERT_FALSE(link) << text;
    EXPECT_FALSE(link.error().message.empty());
  }
  EXPECT_EQ(parse_invite_link("kith:join?server=http://plain:80&code=7KQ2MXH9TD").error().code,
            ErrorCode::bad_request);
  EXPECT_EQ(parse_invite_link("hello").error().code, ErrorCode::invite_unknown);
}

}  // namespace
}  // namespace kith::app
