// What only the SQLCipher server store has: its key file. Everything both stores promise,
// the audit triggers seen through raw SQLCipher included, is in store_contract_test.cpp.

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>

#include "samples.hpp"
#include "server_store.hpp"

namespace kith::server {
namespace {

using kith::testing::TempDir;

class ServerStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("KITH_SERVER_KEY");
    ASSERT_TRUE(init_sqlite_store(dir_.path()));
    auto store = open_sqlite_store(dir_.path());
    ASSERT_TRUE(store) << store.error().describe();
    store_ = std::move(*store);
  }

  TempDir dir_;
  std::unique_ptr<ServerStore> store_;
};

TEST_F(ServerStoreTest, InitMakesAPrivateKeyAndRefusesToOverwrite) {
  struct stat st {};
  ASSERT_EQ(::stat((dir_.path() + "/server.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(init_sqlite_store(dir_.path()).error().code, ErrorCode::store_exists);
  EXPECT_FALSE(store_->epoch().empty());
  EXPECT_EQ(store_->token_key().size(), 32u);
}

TEST_F(ServerStoreTest, AWrongKeyIsAClearErrorAndAnOpenKeyFileIsRefused) {
  store_.reset();
  ::setenv("KITH_SERVER_KEY", std::string(64, 'a').c_str(), 1);
  auto wrong = open_sqlite_store(dir_.path());
  ::unsetenv("KITH_SERVER_KEY");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::store_damaged);
  ::chmod((dir_.path() + "/server.key").c_str(), 0644);
  auto open_key = open_sqlite_store(dir_.path());
  ASSERT_FALSE(open_key);
  EXPECT_NE(open_key.error().message.find("chmod 600"), std::string::npos);
  TempDir empty;
  EXPECT_EQ(open_sqlite_store(empty.path()).error().code, ErrorCode::store_not_found);
}

}  // namespace
}  // namespace kith::server
