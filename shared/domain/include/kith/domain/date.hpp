#pragma once
//! kith::domain::Date: a calendar day (no time zone), written "YYYY-MM-DD" in records.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "kith/result.hpp"

namespace kith::domain {

class Date {
 public:
  //! Parses "YYYY-MM-DD" for years 1900-2199. invalid_date for any other form or a day that
  //! does not exist (2026-02-30).
  static Result<Date> parse(std::string_view text);
  //! A date from days since 1970-01-01.
  static Date from_days(std::int32_t days);

  std::int32_t days_since_epoch() const noexcept { return days_; }
  int year() const noexcept;
  unsigned month() const noexcept;
  unsigned day() const noexcept;
  std::string to_string() const;

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

//! Days from `from` to `to`; negative when `to` is earlier.
inline std::int32_t days_between(Date from, Date to) {
  return to.days_since_epoch() - from.days_since_epoch();
}

}  // namespace kith::domain
