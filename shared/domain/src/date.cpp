#include "kith/domain/date.hpp"

#include <chrono>
#include <cstdio>

namespace kith::domain {

namespace {
bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
std::chrono::year_month_day civil(std::int32_t days) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}
}  // namespace

Result<Date> Date::parse(std::string_view text) {
  const auto bad = [&] {
    return unexpected(ErrorCode::invalid_date, "Write the date as year-month-day, like 2026-03-31.");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return bad();
  const int year = to_int(y);
  if (year < 1900 || year > 2199) {
    return unexpected(ErrorCode::invalid_date, "The year must be between 1900 and 2199.");
  }
  const std::chrono::year_month_day ymd{std::chrono::year{year},
                                        std::chrono::month{static_cast<unsigned>(to_int(m))},
                                        std::chrono::day{static_cast<unsigned>(to_int(d))}};
  if (!ymd.ok()) {
    return unexpected(ErrorCode::invalid_date, "That day does not exist in the calendar.");
  }
  return Date(static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
}

Date Date::from_days(std::int32_t days) { return Date(days); }

int Date::year() const noexcept { return static_cast<int>(civil(days_).year()); }
unsigned Date::month() const noexcept { return static_cast<unsigned>(civil(days_).month()); }
unsigned Date::day() const noexcept { return static_cast<unsigned>(civil(days_).day()); }

std::string Date::to_string() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

}  // namespace kith::domain
