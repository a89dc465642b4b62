// kith::sql::Connection's statement cache: a statement given back comes back clean, two uses of
// one text at once get statements of their own, and a kept statement follows schema changes.

#include <gtest/gtest.h>

#include <string>

#include "kith/sqlite/sqlite.hpp"
#include "samples.hpp"

namespace kith::sql {
namespace {

class SqliteTest : public ::testing::Test {
 protected:
  Connection open() {
    SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i) key.data()[i] = static_cast<std::uint8_t>(i);
    auto db = Connection::open(tmp_.path() + "/test.db", key, true, 1024);
    EXPECT_TRUE(db) << db.error().describe();
    return std::move(*db);
  }
  testing::TempDir tmp_;
};

TEST_F(SqliteTest, AStatementGivenBackComesBackResetWithNoBindings) {
  Connection db = open();
  ASSERT_TRUE(db.exec("CREATE TABLE t (a INTEGER)"));
  ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1), (2), (3)"));
  {
    auto s = db.prepare("SELECT a, ? FROM t ORDER BY a");
    ASSERT_TRUE(s);
    s->bind(1, std::int64_t{7});
    ASSERT_TRUE(*s->step());
    EXPECT_EQ(s->column_int(1), 7);
    // Given back half way through its rows.
  }
  auto again = db.prepare("SELECT a, ? FROM t ORDER BY a");
  ASSERT_TRUE(again);
  ASSERT_TRUE(*again->step());
  EXPECT_EQ(again->column_int(0), 1);  // from the first row: it was reset
  EXPECT_TRUE(again->column_is_null(1));  // its binding was cleared
}

TEST_F(SqliteTest, OneTextUsedTwiceAtOnceGetsTwoStatements) {
  Connection db = open();
  ASSERT_TRUE(db.exec("CREATE TABLE t (a INTEGER)"));
  ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1), (2)"));
  const char* sql = "SELECT a FROM t WHERE a >= ? ORDER BY a";
  auto outer = db.prepare(sql);
  ASSERT_TRUE(outer);
  outer->bind(1, std::int64_t{1});
  int pairs = 0;
  while (*outer->step()) {
    auto inner = db.prepare(sql);
    ASSERT_TRUE(inner);
    inner->bind(1, outer->column_int(0));
    while (*inner->step()) ++pairs;
  }
  EXPECT_EQ(pairs, 3);  // (1,1) (1,2) (2,2): neither statement disturbed the other
}

TEST_F(SqliteTest, AKeptStatementFollowsASchemaChange) {
  Connection db = open();
  ASSERT_TRUE(db.exec("CREATE TABLE t (a INTEGER)"));
  ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1)"));
  {
    auto s = db.prepare("SELECT * FROM t");
    ASSERT_TRUE(s && *s->step());
  }
  ASSERT_TRUE(db.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'new'"));
  auto s = db.prepare("SELECT * FROM t");
  ASSERT_TRUE(s && *s->step());
  EXPECT_EQ(s->column_text(1), "new");
}

TEST_F(SqliteTest, ATextWithTrailingWhitespaceIsKeptAndFoundAgain) {
  Connection db = open();
  const std::size_t opened = db.statements_kept();  // opening reads the schema
  const char* sql = "SELECT 1;\n  ";
  { ASSERT_TRUE(db.prepare(sql)); }
  EXPECT_EQ(db.statements_kept(), opened + 1);
  auto again = db.prepare(sql);
  ASSERT_TRUE(again && *again->step());
  EXPECT_EQ(again->column_int(0), 1);
  EXPECT_EQ(db.statements_kept(), opened) << "the kept statement was not found again";
}

TEST_F(SqliteTest, ATextOfTwoStatementsIsNeverKept) {
  Connection db = open();
  const std::size_t opened = db.statements_kept();
  for (int i = 0; i < 2; ++i) {
    auto s = db.prepare("SELECT 1; SELECT 2");
    ASSERT_TRUE(s && *s->step());
    EXPECT_EQ(s->column_int(0), 1);
  }
  EXPECT_EQ(db.statements_kept(), opened);
}

TEST_F(SqliteTest, ABadStatementIsAnErrorEveryTime) {
  Connection db = open();
  for (int i = 0; i < 2; ++i) {
    auto s = db.prepare("SELECT FROM nowhere");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::internal);
  }
}

}  // namespace
}  // namespace kith::sql
