// Validation of records: a generic pass over every field by reflection (text, ids, dates, enums,
// list sizes), then the rules of each kind. The generic pass means a field added to the schema is
// checked from the day it is added, by the convention its name follows (docs/DATA-MODEL.md).

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <google/protobuf/unknown_field_set.h>

#include <array>
#include <string>
#include <unordered_set>

#include "kith/bytes.hpp"
#include "kith/domain/date.hpp"
#include "kith/domain/record.hpp"

namespace kith::domain {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

// Fields that hold a person's id without the _id suffix (kept readable in the JSON mapping).
const std::unordered_set<std::string_view>& person_reference_fields() {
  static const std::unordered_set<std::string_view> names = {
      "by",        "scored_by",  "published_by", "recorded_by",     "author",  "from_person",
      "raised_by", "given_by",   "requested_by", "acknowledged_by", "reply_to", "to_person"};
  return names;
}

// Fields that may hold several lines of prose; everything else is short, single-line text.
bool is_long_text(std::string_view name) {
  static const std::unordered_set<std::string_view> names = {
      "text", "easy_read", "notes", "note", "description", "reason", "other"};
  return names.contains(name);
}

bool is_id_field(std::string_view name) {
  return name == "id" || name.ends_with("_id") || name.ends_with("_ids") ||
         person_reference_fields().contains(name);
}

bool is_date_field(std::string_view name) { return name.ends_with("_on"); }

}  // namespace

FieldClass classify(const FieldDescriptor& field) {
  const std::string_view name = field.name();
  if (is_id_field(name)) return FieldClass::identifier;
  if (is_date_field(name)) return FieldClass::date;
  if (name == "language") return FieldClass::language;
  if (is_long_text(name)) return FieldClass::long_text;
  return FieldClass::short_text;
}

namespace {

// Checks UTF-8 well-formedness (no overlongs, no surrogates, nothing past U+10FFFF) and control
// characters. Long text may hold line breaks and tabs; short text may not.
bool valid_text(std::string_view s, bool multiline) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      const bool allowed_control = multiline && (c == '\n' || c == '\t' || c == '\r');
      if ((c < 0x20 && !allowed_control) || c == 0x7f) return false;
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xe0) == 0xc0) { len = 2; cp = c & 0x1fu; }
    else if ((c & 0xf0) == 0xe0) { len = 3; cp = c & 0x0fu; }
    else if ((c & 0xf8) == 0xf0) { len = 4; cp = c & 0x07u; }
    else return false;
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    constexpr std::array<std::uint32_t, 5> min_for_len = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    if (cp >= 0x80 && cp < 0xa0) return false;  // C1 controls
    i += len;
  }
  return true;
}

// BCP 47 language tags as Kith uses them: "ur", "pa", "pa-Guru", "en-GB", "bn".
bool valid_language_tag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 12) return false;
  std::size_t i = 0;
  while (i < tag.size() && tag[i] >= 'a' && tag[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  if (i == tag.size()) return true;
  if (tag[i] != '-' || i + 1 == tag.size()) return false;
  for (++i; i < tag.size(); ++i) {
    const char c = tag[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return true;
}

// Where the validator is in a record, as a chain on the stack: the dotted path is only spelled
// out when something fails, so a valid record costs no string building.
struct Path {
  const Path* parent = nullptr;
  std::string_view name;   // a field name, or empty for an index or key step
  int index = -1;          // a list index
  std::string_view key;    // a map key

  Path field(std::string_view n) const { return {this, n, -1, {}}; }
  Path item(int i) const { return {this, {}, i, {}}; }
  Path entry(std::string_view k) const { return {this, {}, -1, k}; }

  std::string str() const {
    std::string out = parent != nullptr ? parent->str() : std::string();
    if (!name.empty()) {
      if (!out.empty()) out += '.';
      out += name;
    } else if (index >= 0) {
      out += "[" + std::to_string(index) + "]";
    } else if (!key.empty()) {
      out += "[" + std::string(key) + "]";
    }
    return out;
  }
};

Unexpected fail(ErrorCode code, std::string field, std::string message) {
  return unexpected(code, std::move(message), std::move(field));
}

Result<void> check_string(const FieldDescriptor& field, std::string_view value,
                          const Path& at) {
  const FieldClass kind = classify(field);
  const bool multiline = kind == FieldClass::long_text;
  const std::size_t limit = multiline ? Limits::long_text : Limits::short_text;
  if (value.size() > limit) {
    return fail(ErrorCode::too_long, at.str(),
                "This text is too long: keep it under " + std::to_string(limit) + " characters.");
  }
  if (!valid_text(value, multiline)) {
    return fail(ErrorCode::invalid_text, at.str(),
                "This text has characters that cannot be shown; type it again.");
  }
  if (value.empty()) return {};
  if (kind == FieldClass::identifier && !is_uuid(value)) {
    return fail(ErrorCode::invalid_id, at.str(), "This is not a Kith id (a lower-case UUID).");
  }
  if (kind == FieldClass::language && !valid_language_tag(value)) {
    return fail(ErrorCode::invalid_argument, at.str(),
                "Give the language as a code such as en, ur, pa, bn or pl.");
  }
  if (kind == FieldClass::date) {
    if (auto date = Date::parse(value); !date) return fail(date.error().code, at.str(), date.error().message);
  }
  return {};
}

constexpr std::int64_t kMinSeconds = -62135596800;  // 0001-01-01T00:00:00Z
constexpr std::int64_t kMaxSeconds = 253402300799;  // 9999-12-31T23:59:59Z

Result<void> check_message(const Message& message, const Path& at);

Result<void> check_field(const Message& message, const FieldDescriptor& field, const Path& at) {
  const auto* reflection = message.GetReflection();
  if (field.is_map()) {
    const int n = reflection->FieldSize(message, &field);
    if (static_cast<std::size_t>(n) > Limits::translations) {
      return fail(ErrorCode::too_long, at.str(), "There are too many translations of this text.");
    }
    for (int i = 0; i < n; ++i) {
      const Message& entry = reflection->GetRepeatedMessage(message, &field, i);
      const auto* entry_reflection = entry.GetReflection();
      const auto* key_field = entry.GetDescriptor()->map_key();
      const std::string key = entry_reflection->GetString(entry, key_field);
      const Path entry_path = at.entry(key);
      if (!valid_language_tag(key)) {
        return fail(ErrorCode::invalid_argument, entry_path.str(),
                    "A translation must be keyed by a language code such as ur, pa, bn or pl.");
      }
      KITH_TRY(check_message(entry_reflection->GetMessage(entry, entry.GetDescriptor()->map_value()),
                             entry_path));
    }
    return {};
  }
  if (field.is_repeated()) {
    const int n = reflection->FieldSize(message, &field);
    if (static_cast<std::size_t>(n) > Limits::list_items) {
      return fail(ErrorCode::too_long, at.str(),
                  "This list is too long: at most " + std::to_string(Limits::list_items) + " items.");
    }
    for (int i = 0; i < n; ++i) {
      const Path item_path = at.item(i);
      switch (field.cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING: {
          std::string scratch;
          KITH_TRY(check_string(field,
                                reflection->GetRepeatedStringReference(message, &field, i, &scratch),
                                item_path));
          break;
        }
        case FieldDescriptor::CPPTYPE_MESSAGE:
          KITH_TRY(check_message(reflection->GetRepeatedMessage(message, &field, i), item_path));
          break;
        case FieldDescriptor::CPPTYPE_ENUM:
          if (field.enum_type()->FindValueByNumber(
                  reflection->GetRepeatedEnumValue(message, &field, i)) == nullptr) {
            return fail(ErrorCode::out_of_range, item_path.str(), "This choice is not one Kith knows.");
          }
          break;
        default:
          break;
      }
    }
    return {};
  }
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      return check_string(field, reflection->GetStringReference(message, &field, &scratch), at);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      if (!reflection->HasField(message, &field)) return {};
      return check_message(reflection->GetMessage(message, &field), at);
    case FieldDescriptor::CPPTYPE_ENUM:
      if (field.enum_type()->FindValueByNumber(reflection->GetEnumValue(message, &field)) ==
          nullptr) {
        return fail(ErrorCode::out_of_range, at.str(), "This choice is not one Kith knows.");
      }
      return {};
    default:
      return {};
  }
}

Result<void> check_message(const Message& message, const Path& at) {
  const auto* descriptor = message.GetDescriptor();
  // Bytes under a field number the schema does not have: protobuf keeps them as unknown fields
  // and writes them out again, so they would travel unchecked with the record, to the server and
  // to every device that holds its scope. The JSON mapping refuses them already.
  if (!message.GetReflection()->GetUnknownFields(message).empty()) {
    const std::string path = at.str();
    return fail(ErrorCode::invalid_argument, path.empty() ? "record" : path,
                "This record has a field Kith does not know: update the app, or leave it out.");
  }
  if (descriptor->full_name() == "google.protobuf.Timestamp") {
    const auto& ts = static_cast<const google::protobuf::Timestamp&>(message);
    if (ts.seconds() < kMinSeconds || ts.seconds() > kMaxSeconds || ts.nanos() < 0 ||
        ts.nanos() > 999'999'999) {
      return fail(ErrorCode::out_of_range, at.str(), "This time is not a real moment.");
    }
    return {};
  }
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor& field = *descriptor->field(i);
    KITH_TRY(check_field(message, field, at.field(field.name())));
  }
  return {};
}

// ---- The rules of each kind -------------------------------------------------------------------

// A small builder for the per-kind rules: each check returns early with the first error.
class Rules {
 public:
  explicit Rules(std::string prefix) : prefix_(std::move(prefix)) {}

  std::string at(std::string_view field) const { return prefix_ + "." + std::string(field); }

  Result<void> required(std::string_view field, bool present, std::string_view what) const {
    if (present) return {};
    return fail(ErrorCode::required_missing, at(field), std::string(what));
  }
  Result<void> required_id(std::string_view field, const std::string& value) const {
    if (!value.empty()) return {};
    return fail(ErrorCode::required_missing, at(field),
                "This record needs its " + std::string(field) + ".");
  }
  Result<void> required_date(std::string_view field, const std::string& value,
                             std::string_view what) const {
    return required(field, !value.empty(), what);
  }
  template <typename Enum>
  Result<void> chosen(std::string_view field, Enum value, std::string_view what) const {
    return required(field, static_cast<int>(value) != 0, what);
  }
  // `later` (if set) must not be before `earlier` (if set).
  Result<void> not_before(std::string_view field, const std::string& later,
                          const std::string& earlier, std::string_view what) const {
    if (later.empty() || earlier.empty()) return {};
    // Both parsed already in the generic pass.
    if (Date::parse(later).value() < Date::parse(earlier).value()) {
      return fail(ErrorCode::date_out_of_order, at(field), std::string(what));
    }
    return {};
  }

 private:
  std::string prefix_;
};

Result<void> check_text(const Rules& r, std::string_view field, const v1::Text& text,
                        std::string_view what) {
  return r.required(std::string(field) + ".text", !text.text().empty(), what);
}

Result<void> check_owner(const Rules& r, std::string_view field, const v1::Owner& owner) {
  return r.required(field, !owner.name().empty() || !owner.person_id().empty(),
                    "Say who will do this: a name or a person in the family.");
}

Result<void> rules(const v1::Family& f) {
  Rules r("family");
  KITH_TRY(r.required_id("id", f.id()));
  return r.required("name", !f.name().empty(), "Give the family a name to be shown by.");
}

Result<void> rules(const v1::Person& p) {
  Rules r("person");
  KITH_TRY(r.required_id("id", p.id()));
  return r.required("display_name", !p.display_name().empty(), "Give the name this person uses.");
}

Result<void> rules(const v1::Membership& m) {
  Rules r("membership");
  KITH_TRY(r.required_id("id", m.id()));
  KITH_TRY(r.required_id("person_id", m.person_id()));
  KITH_TRY(r.required_id("family_id", m.family_id()));
  KITH_TRY(r.chosen("role", m.role(), "Choose the person's role in the family."));
  KITH_TRY(r.required_date("started_on", m.started_on(), "Give the day the membership started."));
  return r.not_before("ended_on", m.ended_on(), m.started_on(),
                      "A membership cannot end before it started.");
}

Result<void> rules(const v1::Conference& c) {
  Rules r("conference");
  KITH_TRY(r.required_id("id", c.id()));
  KITH_TRY(r.required_id("family_id", c.family_id()));
  return r.required_date("held_on", c.held_on(), "Give the day the conference was held.");
}

Result<void> rules(const v1::Plan& p) {
  Rules r("plan");
  KITH_TRY(r.required_id("id", p.id()));
  KITH_TRY(r.required_id("family_id", p.family_id()));
  return check_text(r, "title", p.title(), "Give the plan a title.");
}

Result<void> rules(const v1::PlanVersion& v) {
  Rules r("plan_version");
  KITH_TRY(r.required_id("id", v.id()));
  KITH_TRY(r.required_id("family_id", v.family_id()));
  KITH_TRY(r.required_id("plan_id", v.plan_id()));
  if (v.number() == 0) {
    return fail(ErrorCode::out_of_range, r.at("number"), "Plan versions are numbered from 1.");
  }
  KITH_TRY(r.chosen("state", v.state(), "Say whether this version is a draft or published."));
  KITH_TRY(r.required_date("agreed_on", v.agreed_on(), "Give the day the family agreed the plan."));
  if (v.actions().empty()) {
    return fail(ErrorCode::empty_plan, r.at("actions"),
                "A plan needs at least one action: what will happen, who does it and by when.");
  }
  std::unordered_set<std::string> seen;
  for (int i = 0; i < v.bottom_lines_size(); ++i) {
    const std::string at = "bottom_lines[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", v.bottom_lines(i).id()));
    KITH_TRY(check_text(r, at + ".text", v.bottom_lines(i).text(), "Write the bottom line."));
  }
  for (int i = 0; i < v.actions_size(); ++i) {
    const v1::Action& a = v.actions(i);
    const std::string at = "actions[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", a.id()));
    if (!seen.insert(a.id()).second) {
      return fail(ErrorCode::conflict, r.at(at + ".id"), "Two actions in one plan have the same id.");
    }
    KITH_TRY(check_text(r, at + ".what", a.what(), "Say what will happen."));
    if (a.owners().empty()) {
      return fail(ErrorCode::required_missing, r.at(at + ".owners"),
                  "Every action needs someone who will do it.");
    }
    for (int k = 0; k < a.owners_size(); ++k) {
      KITH_TRY(check_owner(r, at + ".owners[" + std::to_string(k) + "]", a.owners(k)));
    }
    KITH_TRY(r.not_before(at + ".due_on", a.due_on(), v.agreed_on(),
                          "An action cannot be due before the plan was agreed."));
  }
  return r.not_before("review_on", v.review_on(), v.agreed_on(),
                      "The review cannot be before the plan was agreed.");
}

Result<void> rules(const v1::ActionUpdate& u) {
  Rules r("action_update");
  KITH_TRY(r.required_id("id", u.id()));
  KITH_TRY(r.required_id("family_id", u.family_id()));
  KITH_TRY(r.required_id("plan_version_id", u.plan_version_id()));
  KITH_TRY(r.required_id("action_id", u.action_id()));
  KITH_TRY(r.chosen("status", u.status(), "Say where the action has got to."));
  KITH_TRY(r.required_id("by", u.by()));
  return r.required("at", u.has_at(), "Record when the action was updated.");
}

Result<void> rules(const v1::PlanAcknowledgement& a) {
  Rules r("plan_acknowledgement");
  KITH_TRY(r.required_id("id", a.id()));
  KITH_TRY(r.required_id("family_id", a.family_id()));
  KITH_TRY(r.required_id("plan_version_id", a.plan_version_id()));
  KITH_TRY(r.required_id("by", a.by()));
  return r.required("at", a.has_at(), "Record when the plan was agreed.");
}

Result<void> rules(const v1::Assessment& a) {
  Rules r("assessment");
  KITH_TRY(r.required_id("id", a.id()));
  KITH_TRY(r.required_id("family_id", a.family_id()));
  KITH_TRY(r.required_date("assessed_on", a.assessed_on(), "Give the day of the assessment."));
  for (int i = 0; i < a.worries_size(); ++i) {
    const std::string at = "worries[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", a.worries(i).id()));
    KITH_TRY(r.chosen(at + ".kind", a.worries(i).kind(),
                      "Say whether this is harm, a danger or a complicating factor."));
    KITH_TRY(check_text(r, at + ".text", a.worries(i).text(), "Write the worry."));
  }
  for (int i = 0; i < a.strengths_size(); ++i) {
    const std::string at = "strengths[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", a.strengths(i).id()));
    KITH_TRY(check_text(r, at + ".text", a.strengths(i).text(), "Write what is working well."));
  }
  for (int i = 0; i < a.safety_goals_size(); ++i) {
    const std::string at = "safety_goals[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", a.safety_goals(i).id()));
    KITH_TRY(check_text(r, at + ".text", a.safety_goals(i).text(), "Write the safety goal."));
  }
  for (int i = 0; i < a.next_steps_size(); ++i) {
    const std::string at = "next_steps[" + std::to_string(i) + "]";
    KITH_TRY(r.required_id(at + ".id", a.next_steps(i).id()));
    KITH_TRY(check_text(r, at + ".text", a.next_steps(i).text(), "Write the next step."));
    KITH_TRY(r.not_before(at + ".due_on", a.next_steps(i).due_on(), a.assessed_on(),
                          "A next step cannot be due before the assessment."));
  }
  return {};
}

Result<void> rules(const v1::ScaleScore& s) {
  Rules r("scale_score");
  KITH_TRY(r.required_id("id", s.id()));
  KITH_TRY(r.required_id("family_id", s.family_id()));
  if (s.score() > 10) {
    return fail(ErrorCode::out_of_range, r.at("score"), "A safety scale score is from 0 to 10.");
  }
  KITH_TRY(r.required_id("scored_by", s.scored_by()));
  KITH_TRY(r.chosen("viewpoint", s.viewpoint(), "Say whose view this score is."));
  return r.required("scored_at", s.has_scored_at(), "Record when the score was given.");
}

Result<void> check_words(const Rules& r, std::string_view field,
                         const google::protobuf::RepeatedPtrField<std::string>& words) {
  for (int i = 0; i < words.size(); ++i) {
    KITH_TRY(r.required(std::string(field) + "[" + std::to_string(i) + "]", !words[i].empty(),
                        "Leave out empty lines."));
  }
  return {};
}

Result<void> rules(const v1::ThreeHouses& h) {
  Rules r("three_houses");
  KITH_TRY(r.required_id("id", h.id()));
  KITH_TRY(r.required_id("family_id", h.family_id()));
  KITH_TRY(r.required_id("child_id", h.child_id()));
  KITH_TRY(check_words(r, "worries", h.worries()));
  KITH_TRY(check_words(r, "good_things", h.good_things()));
  return check_words(r, "dreams", h.dreams());
}

Result<void> rules(const v1::WordsAndPictures& w) {
  Rules r("words_and_pictures");
  KITH_TRY(r.required_id("id", w.id()));
  KITH_TRY(r.required_id("family_id", w.family_id()));
  KITH_TRY(r.required_id("child_id", w.child_id()));
  KITH_TRY(r.required("pages", !w.pages().empty(), "Words and Pictures needs at least one page."));
  for (int i = 0; i < w.pages_size(); ++i) {
    KITH_TRY(check_text(r, "pages[" + std::to_string(i) + "].text", w.pages(i).text(),
                        "Write the words for this page."));
  }
  return {};
}

Result<void> rules(const v1::SupportLink& l) {
  Rules r("support_link");
  KITH_TRY(r.required_id("id", l.id()));
  KITH_TRY(r.required_id("family_id", l.family_id()));
  KITH_TRY(r.required_id("volunteer_id", l.volunteer_id()));
  KITH_TRY(r.chosen("kind", l.kind(), "Choose family friend, host family or resource friend."));
  KITH_TRY(r.required_date("started_on", l.started_on(), "Give the day the support started."));
  return r.not_before("ended_on", l.ended_on(), l.started_on(),
                      "Support cannot end before it started.");
}

Result<void> rules(const v1::ContactLog& c) {
  Rules r("contact_log");
  KITH_TRY(r.required_id("id", c.id()));
  KITH_TRY(r.required_id("family_id", c.family_id()));
  KITH_TRY(r.required_id("volunteer_id", c.volunteer_id()));
  KITH_TRY(r.chosen("kind", c.kind(), "Choose a visit, a call, a message or an outing."));
  KITH_TRY(r.required_date("happened_on", c.happened_on(), "Give the day of the contact."));
  if (c.minutes() > 24 * 60) {
    return fail(ErrorCode::out_of_range, r.at("minutes"), "A contact cannot last over 24 hours.");
  }
  for (int i = 0; i < c.domains_size(); ++i) {
    KITH_TRY(r.chosen("domains[" + std::to_string(i) + "]", c.domains(i),
                      "Choose one of the six outcome areas."));
  }
  return {};
}

Result<void> rules(const v1::HostingStay& s) {
  Rules r("hosting_stay");
  KITH_TRY(r.required_id("id", s.id()));
  KITH_TRY(r.required_id("family_id", s.family_id()));
  KITH_TRY(r.required_id("volunteer_id", s.volunteer_id()));
  KITH_TRY(r.required("child_ids", !s.child_ids().empty(), "Say which children stayed."));
  KITH_TRY(r.required_date("from_on", s.from_on(), "Give the day the stay began."));
  KITH_TRY(r.required_date("until_on", s.until_on(), "Give the day the children went home."));
  const auto nights = days_between(Date::parse(s.from_on()).value(), Date::parse(s.until_on()).value());
  if (nights < 1) {
    return fail(ErrorCode::date_out_of_order, r.at("until_on"),
                "The day they went home must be after the day the stay began.");
  }
  if (s.nights() != static_cast<std::uint32_t>(nights)) {
    return fail(ErrorCode::invalid_argument, r.at("nights"),
                "The number of nights does not match the dates: it should be " +
                    std::to_string(nights) + ".");
  }
  return {};
}

Result<void> rules(const v1::HelpRequest& h) {
  Rules r("help_request");
  KITH_TRY(r.required_id("id", h.id()));
  KITH_TRY(r.required_id("family_id", h.family_id()));
  KITH_TRY(r.required_id("requested_by", h.requested_by()));
  KITH_TRY(r.chosen("kind", h.kind(), "Choose the kind of help."));
  KITH_TRY(r.required("description", !h.description().empty(), "Say what help is needed."));
  return r.chosen("status", h.status(), "Say whether the request is open, arranged or done.");
}

Result<void> rules(const v1::Feedback& f) {
  Rules r("feedback");
  KITH_TRY(r.required_id("id", f.id()));
  KITH_TRY(r.required_id("family_id", f.family_id()));
  KITH_TRY(r.required_id("from_person", f.from_person()));
  KITH_TRY(r.chosen("audience", f.audience(), "Say who this feedback is for."));
  if (f.confidence() > 5) {
    return fail(ErrorCode::out_of_range, r.at("confidence"), "Confidence is from 1 to 5.");
  }
  KITH_TRY(r.required("text", !f.text().empty() || f.confidence() != 0,
                      "Write something or choose how confident you feel."));
  return r.required("at", f.has_at(), "Record when the feedback was given.");
}

Result<void> rules(const v1::Concern& c) {
  Rules r("concern");
  KITH_TRY(r.required_id("id", c.id()));
  KITH_TRY(r.required_id("family_id", c.family_id()));
  KITH_TRY(r.required_id("raised_by", c.raised_by()));
  KITH_TRY(r.chosen("kind", c.kind(), "Say what kind of worry this is."));
  KITH_TRY(r.required("text", !c.text().empty() || c.kind() == v1::CONCERN_NOT_SAFE,
                      "Write what you are worried about."));
  return r.required("raised_at", c.has_raised_at(), "Record when the worry was raised.");
}

Result<void> rules(const v1::Episode& e) {
  Rules r("episode");
  KITH_TRY(r.required_id("id", e.id()));
  KITH_TRY(r.required_id("family_id", e.family_id()));
  KITH_TRY(r.chosen("service", e.service(), "Choose the service."));
  KITH_TRY(r.chosen("referral_status", e.referral_status(), "Choose the referral status."));
  KITH_TRY(r.required_date("referred_on", e.referred_on(), "Give the day of the referral."));
  KITH_TRY(r.not_before("started_on", e.started_on(), e.referred_on(),
                        "An episode cannot start before its referral."));
  KITH_TRY(r.not_before("ended_on", e.ended_on(), e.started_on().empty() ? e.referred_on() : e.started_on(),
                        "An episode cannot end before it started."));
  if (e.outcome() != v1::OUTCOME_UNSPECIFIED && e.ended_on().empty()) {
    return fail(ErrorCode::required_missing, r.at("ended_on"),
                "An outcome is recorded when the episode ends: give the end date.");
  }
  if (e.category() != v1::CATEGORY_UNSPECIFIED && e.service() != v1::SERVICE_SAFE_FAMILIES) {
    return fail(ErrorCode::invalid_argument, r.at("category"),
                "Only Safe Families episodes have a category.");
  }
  return {};
}

}  // namespace

Result<void> validate(const Record& record) {
  if (record.body_case() == Record::BODY_NOT_SET) {
    return fail(ErrorCode::required_missing, "record", "The record is empty: it has no kind.");
  }
  if (record.ByteSizeLong() > Limits::record_bytes) {
    return fail(ErrorCode::too_long, "record",
                "This record is too large: split it, or shorten its text.");
  }
  KITH_TRY(check_message(record, Path{}));
  switch (record.body_case()) {
    case Record::kFamily: return rules(record.family());
    case Record::kPerson: return rules(record.person());
    case Record::kMembership: return rules(record.membership());
    case Record::kConference: return rules(record.conference());
    case Record::kPlan: return rules(record.plan());
    case Record::kPlanVersion: return rules(record.plan_version());
    case Record::kActionUpdate: return rules(record.action_update());
    case Record::kPlanAcknowledgement: return rules(record.plan_acknowledgement());
    case Record::kAssessment: return rules(record.assessment());
    case Record::kScaleScore: return rules(record.scale_score());
    case Record::kThreeHouses: return rules(record.three_houses());
    case Record::kWordsAndPictures: return rules(record.words_and_pictures());
    case Record::kSupportLink: return rules(record.support_link());
    case Record::kContactLog: return rules(record.contact_log());
    case Record::kHostingStay: return rules(record.hosting_stay());
    case Record::kHelpRequest: return rules(record.help_request());
    case Record::kFeedback: return rules(record.feedback());
    case Record::kConcern: return rules(record.concern());
    case Record::kEpisode: return rules(record.episode());
    case Record::BODY_NOT_SET: break;
  }
  return fail(ErrorCode::internal, "record", "A record kind has no validation rules.");
}

}  // namespace kith::domain
