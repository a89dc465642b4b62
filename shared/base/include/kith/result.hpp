#pragma once
//! kith::Result<T>: the value of an operation that can fail in an expected way, with the
//! interface of std::expected (which Clang 14 cannot use with libstdc++). Errors never travel
//! as exceptions across a module boundary.

#include <cassert>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "kith/error.hpp"

namespace kith {

//! Wraps an Error so that it converts into any Result<T>.
class Unexpected {
 public:
  explicit Unexpected(Error error) : error_(std::move(error)) {}
  const Error& error() const& { return error_; }
  Error&& error() && { return std::move(error_); }

 private:
  Error error_;
};

inline Unexpected unexpected(Error error) { return Unexpected(std::move(error)); }
inline Unexpected unexpected(ErrorCode code, std::string message, std::string field = {}) {
  return Unexpected(Error{code, std::move(message), std::move(field)});
}

template <typename T>
class [[nodiscard]] Result {
 public:
  using value_type = T;
  using error_type = Error;

  template <typename U = T,
            typename = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                        !std::is_same_v<std::decay_t<U>, Result> &&
                                        !std::is_same_v<std::decay_t<U>, Unexpected>>>
  Result(U&& value) : state_(std::in_place_index<0>, std::forward<U>(value)) {}  // NOLINT
  Result(Unexpected error) : state_(std::in_place_index<1>, std::move(error).error()) {}  // NOLINT

  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & { return checked(); }
  const T& value() const& { return const_cast<Result*>(this)->checked(); }
  T&& value() && { return std::move(checked()); }
  T& operator*() & { return checked(); }
  const T& operator*() const& { return const_cast<Result*>(this)->checked(); }
  T&& operator*() && { return std::move(checked()); }
  T* operator->() { return &checked(); }
  const T* operator->() const { return &const_cast<Result*>(this)->checked(); }

  template <typename U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
  }

  const Error& error() const& {
    assert(!has_value());
    return std::get<1>(state_);
  }
  Error&& error() && {
    assert(!has_value());
    return std::get<1>(std::move(state_));
  }

 private:
  T& checked() {
    // Reading the value of a failed Result is a programming error, not an expected failure.
    assert(has_value());
    return std::get<0>(state_);
  }

  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  using value_type = void;
  using error_type = Error;

  Result() = default;
  Result(Unexpected error) : error_(std::move(error).error()), failed_(true) {}  // NOLINT

  bool has_value() const noexcept { return !failed_; }
  explicit operator bool() const noexcept { return has_value(); }
  void value() const { assert(has_value()); }

  const Error& error() const& {
    assert(failed_);
    return error_;
  }
  Error&& error() && {
    assert(failed_);
    return std::move(error_);
  }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace kith

//! Evaluates `expr` (a Result); on failure returns its error from the enclosing function.
#define KITH_TRY(expr)                                              \
  do {                                                              \
    if (auto kith_try_result_ = (expr); !kith_try_result_) {        \
      return ::kith::unexpected(std::move(kith_try_result_).error()); \
    }                                                               \
  } while (false)

#define KITH_CONCAT_INNER_(a, b) a##b
#define KITH_CONCAT_(a, b) KITH_CONCAT_INNER_(a, b)

//! `KITH_ASSIGN(auto x, expr)`: declares x from a successful Result, else returns its error.
#define KITH_ASSIGN(decl, expr) KITH_ASSIGN_IMPL_(KITH_CONCAT_(kith_assign_, __LINE__), decl, expr)
#define KITH_ASSIGN_IMPL_(tmp, decl, expr)                 \
  auto tmp = (expr);                                       \
  if (!tmp) return ::kith::unexpected(std::move(tmp).error()); \
  decl = std::move(tmp).value()
