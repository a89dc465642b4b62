#pragma once
// UTF-8 to code points, for the C libraries that take wide characters (liblouis).

#include <string>
#include <string_view>

namespace kith::formats::detail {

//! The code points of `text`; an ill-formed sequence becomes U+FFFD (records are validated
//! UTF-8, so this only guards against a caller's bad input).
std::u32string code_points(std::string_view text);

}  // namespace kith::formats::detail
