#pragma once
// What the store suites share: a temporary store with fast scrypt and a clock the test moves.

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <memory>

#include "kith/store/store.hpp"
#include "samples.hpp"

namespace kith::store {

inline const char* const kPin = "482916";

class StoreTest : public ::testing::Test {
 protected:
  StoreOptions options() {
    StoreOptions o;
    o.kdf = crypto::ScryptParams::fast();
    o.now = [clock = clock_] { return *clock; };
    return o;
  }
  std::filesystem::path dir() const { return std::filesystem::path(tmp_.path()) / "store"; }
  Store make() {
    auto store = Store::create(dir(), Pin(kPin), options());
    EXPECT_TRUE(store) << store.error().describe();
    return std::move(*store);
  }
  Result<Store> unlock(const char* pin = kPin) { return Store::unlock(dir(), Pin(pin), options()); }
  void advance(std::int64_t seconds) { *clock_ += seconds; }

  static std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  static void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
  }

  testing::TempDir tmp_;
  std::shared_ptr<std::int64_t> clock_ = std::make_shared<std::int64_t>(1'795'000'000);
};

}  // namespace kith::store
