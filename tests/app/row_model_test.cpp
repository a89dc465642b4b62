#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "row_model.hpp"

namespace kith::app {
namespace {

TEST(RowModel, PassesTheModelTesterThroughResetsAndUpdates) {
  RowModel model({"key", "name", "count"});
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_EQ(model.rowCount(), 0);
  model.setRows({{"a", "Amina", 1}, {"b", "Zara", 2}});
  EXPECT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.data(model.index(1), Qt::DisplayRole).toString(), "Zara");
  EXPECT_EQ(model.get(0).value("count").toInt(), 1);
  EXPECT_EQ(model.value("b", "name").toString(), "Zara");
  EXPECT_TRUE(model.get(5).isEmpty());
  model.setRows({});
  EXPECT_EQ(model.rowCount(), 0);
}

TEST(RowModel, SameKeysUpdateInPlaceWithoutAReset) {
  RowModel model({"key", "name"});
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setRows({{"a", "one"}, {"b", "two"}});
  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
  model.setRows({{"a", "one"}, {"b", "TWO"}});
  EXPECT_EQ(resets.count(), 0);
  EXPECT_EQ(changes.count(), 1);
  model.setRows({{"a", "one"}, {"b", "TWO"}});  // nothing changed: no signal at all
  EXPECT_EQ(changes.count(), 1);
  model.setRows({{"b", "TWO"}, {"a", "one"}});  // order changed: a reset
  EXPECT_EQ(resets.count(), 1);
}

}  // namespace
}  // namespace kith::app
