#pragma once
// The family plan as plain text: the current version, bottom lines, actions grouped by who does
// them with their latest status, the contingency plan and the review date.

#include <string>
#include <vector>

#include "kith/domain/record.hpp"
#include "kith/result.hpp"

namespace kith::cli {

//! Renders the latest published plan version of `family_id` among `records` (which should hold
//! the family's plan versions, action updates, acknowledgements, memberships and people).
//! not_found if the family has no published plan.
Result<std::string> render_plan(const std::vector<domain::Record>& records,
                                const std::string& family_id);

//! One line naming a record, for `list`: kind, id and a short summary with no free text.
std::string summary_line(const domain::Record& record);

}  // namespace kith::cli
