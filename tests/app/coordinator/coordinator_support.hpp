#pragma once
// Helpers for the coordinator tests: waiting for the store, finding records in the snapshot.

#include <QDate>
#include <QTest>
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app_fixture.hpp"

namespace kith::testing {

//! Waits until the session's snapshot holds `count` live records of a kind.
inline bool waitForCount(const app::Session& session, domain::Kind kind, std::size_t count) {
  return QTest::qWaitFor([&] { return session.snapshot()->records(kind).size() == count; }, 5000);
}

//! The first live record of a kind that passes `match`, or nullptr.
inline const domain::Record* findRecord(const app::Session& session, domain::Kind kind,
                                        const std::function<bool(const domain::Record&)>& match) {
  for (const auto& r : session.snapshot()->records(kind)) {
    if (match(r)) return &r;
  }
  return nullptr;
}

//! Today as the app writes it.
inline std::string todayIsoForTest() {
  return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

//! The demo records without some kinds (a family with no plan, say).
inline std::vector<domain::Record> demoWithout(std::initializer_list<domain::Kind> kinds) {
  std::vector<domain::Record> out;
  for (auto& r : demo_records()) {
    if (std::find(kinds.begin(), kinds.end(), r.body_case()) == kinds.end()) out.push_back(r);
  }
  return out;
}

}  // namespace kith::testing
