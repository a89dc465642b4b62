#include "plan_view.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace kith::cli {

namespace {

std::string_view status_words(v1::ActionStatus status) {
  switch (status) {
    case v1::ACTION_IN_PROGRESS: return "in progress";
    case v1::ACTION_DONE: return "done";
    case v1::ACTION_CONFIRMED: return "done and checked";
    case v1::ACTION_NOT_DONE: return "not done";
    default: return "not started";
  }
}

std::string owner_name(const v1::Owner& owner, const std::map<std::string, std::string>& names) {
  if (!owner.name().empty()) return owner.name();
  auto it = names.find(owner.person_id());
  return it != names.end() ? it->second : std::string("someone in the family");
}

}  // namespace

Result<std::string> render_plan(const std::vector<domain::Record>& records,
                                const std::string& family_id) {
  const v1::PlanVersion* current = nullptr;
  const v1::Plan* plan = nullptr;
  std::map<std::string, std::string> names;
  std::string family_name;
  for (const auto& r : records) {
    if (r.has_person()) names[r.person().id()] = r.person().display_name();
    if (r.has_family() && r.family().id() == family_id) family_name = r.family().name();
    if (r.has_plan_version() && r.plan_version().family_id() == family_id &&
        r.plan_version().state() == v1::PLAN_PUBLISHED &&
        (current == nullptr || r.plan_version().number() > current->number())) {
      current = &r.plan_version();
    }
  }
  if (current == nullptr) {
    return unexpected(ErrorCode::not_found, "This family has no published plan yet.");
  }
  for (const auto& r : records) {
    if (r.has_plan() && r.plan().id() == current->plan_id()) plan = &r.plan();
  }
  // The latest update of each action, in the order they were stored (server order once synced).
  std::map<std::string, v1::ActionStatus> status;
  std::vector<std::string> agreed_by;
  for (const auto& r : records) {
    if (r.has_action_update() && r.action_update().plan_version_id() == current->id()) {
      status[r.action_update().action_id()] = r.action_update().status();
    }
    if (r.has_plan_acknowledgement() && r.plan_acknowledgement().plan_version_id() == current->id()) {
      const auto it = names.find(r.plan_acknowledgement().by());
      agreed_by.push_back(it != names.end() ? it->second : "someone");
    }
  }

  std::ostringstream out;
  out << (plan != nullptr ? plan->title().text() : std::string("Family plan"));
  if (!family_name.empty()) out << " — " << family_name;
  out << "\nVersion " << current->number() << ", agreed on " << current->agreed_on() << "\n";
  if (!agreed_by.empty()) {
    out << "Agreed by:";
    for (const auto& n : agreed_by) out << " " << n << (&n == &agreed_by.back() ? "" : ",");
    out << "\n";
  }
  if (!current->bottom_lines().empty()) {
    out << "\nWhat must happen for the children to be safe:\n";
    for (const auto& line : current->bottom_lines()) out << "  * " << line.text().text() << "\n";
  }
  // Group actions by who does them, keeping the plan's order within each person.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const v1::Action*>> by_owner;
  for (const auto& action : current->actions()) {
    for (const auto& owner : action.owners()) {
      const std::string name = owner_name(owner, names);
      if (!by_owner.contains(name)) order.push_back(name);
      by_owner[name].push_back(&action);
    }
  }
  out << "\nWho will do what:\n";
  for (const auto& name : order) {
    out << "  " << name << "\n";
    for (const v1::Action* a : by_owner[name]) {
      const auto it = status.find(a->id());
      out << "    [" << status_words(it == status.end() ? v1::ACTION_NOT_STARTED : it->second)
          << "] " << a->what().text();
      if (!a->due_on().empty()) out << " (by " << a->due_on() << ")";
      if (a->has_checked_by()) out << " — checked by " << owner_name(a->checked_by(), names);
      out << "\n";
    }
  }
  if (current->has_contingency() && !current->contingency().text().text().empty()) {
    out << "\nIf the plan is not working:\n  " << current->contingency().text().text() << "\n";
  }
  if (!current->review_on().empty()) out << "\nReview meeting: " << current->review_on() << "\n";
  return out.str();
}

std::string summary_line(const domain::Record& record) {
  std::ostringstream out;
  out << domain::kind_name(record.body_case()) << " " << domain::record_id(record);
  if (auto scope = domain::scope_for(record)) out << " " << scope->to_string();
  if (record.has_plan_version()) {
    out << " v" << record.plan_version().number() << " "
        << v1::PlanVersionState_Name(record.plan_version().state());
  } else if (record.has_membership()) {
    out << " " << v1::Role_Name(record.membership().role());
  } else if (record.has_scale_score()) {
    out << " score " << record.scale_score().score();
  }
  return out.str();
}

}  // namespace kith::cli
