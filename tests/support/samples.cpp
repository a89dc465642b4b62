#include "samples.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

#include "kith/bytes.hpp"

namespace kith::testing {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

google::protobuf::Timestamp at(std::int64_t seconds) {
  google::protobuf::Timestamp ts;
  ts.set_seconds(seconds);
  return ts;
}

constexpr std::int64_t kNov2026 = 1'795'000'000;

void text(v1::Text* t, std::string_view words) { t->set_text(std::string(words)); }

}  // namespace

domain::Record sample(domain::Kind kind, std::string id) {
  if (id.empty()) id = new_uuid();
  domain::Record r;
  switch (kind) {
    case domain::Record::kFamily: {
      auto* f = r.mutable_family();
      f->set_id(id);
      f->set_name("The Example family");
      *f->mutable_created_at() = at(kNov2026);
      break;
    }
    case domain::Record::kPerson: {
      auto* p = r.mutable_person();
      p->set_id(id);
      p->set_display_name("Sam");
      p->mutable_needs()->set_easy_read(true);
      p->mutable_needs()->set_language("ur");
      break;
    }
    case domain::Record::kMembership: {
      auto* m = r.mutable_membership();
      m->set_id(id);
      m->set_person_id(kParentId);
      m->set_family_id(kFamilyId);
      m->set_role(v1::ROLE_PARENT);
      m->set_started_on("2026-09-01");
      break;
    }
    case domain::Record::kConference: {
      auto* c = r.mutable_conference();
      c->set_id(id);
      c->set_family_id(kFamilyId);
      c->set_held_on("2026-09-10");
      c->add_invited("Nan");
      c->add_attended("Nan");
      c->set_plan_produced(true);
      break;
    }
    case domain::Record::kPlan: {
      auto* p = r.mutable_plan();
      p->set_id(id);
      p->set_family_id(kFamilyId);
      text(p->mutable_title(), "Our family plan");
      p->set_created_on("2026-09-10");
      break;
    }
    case domain::Record::kPlanVersion: {
      auto* v = r.mutable_plan_version();
      v->set_id(id);
      v->set_family_id(kFamilyId);
      v->set_plan_id(kPlanId);
      v->set_number(1);
      v->set_state(v1::PLAN_PUBLISHED);
      v->set_agreed_on("2026-09-10");
      auto* line = v->add_bottom_lines();
      line->set_id(new_uuid());
      text(line->mutable_text(), "The children are not left alone overnight.");
      auto* a = v->add_actions();
      a->set_id(new_uuid());
      text(a->mutable_what(), "Nan collects the children from school on Tuesdays.");
      a->add_owners()->set_name("Nan");
      a->set_due_on("2026-10-01");
      a->mutable_checked_by()->set_person_id(kCoordinatorId);
      text(v->mutable_contingency()->mutable_text(), "If Nan cannot, Uncle Tariq will.");
      v->set_review_on("2026-12-10");
      v->set_published_by(kCoordinatorId);
      break;
    }
    case domain::Record::kActionUpdate: {
      auto* u = r.mutable_action_update();
      u->set_id(id);
      u->set_family_id(kFamilyId);
      u->set_plan_version_id(kPlanVersionId);
      u->set_action_id(new_uuid());
      u->set_status(v1::ACTION_DONE);
      u->set_by(kParentId);
      *u->mutable_at() = at(kNov2026);
      break;
    }
    case domain::Record::kPlanAcknowledgement: {
      auto* a = r.mutable_plan_acknowledgement();
      a->set_id(id);
      a->set_family_id(kFamilyId);
      a->set_plan_version_id(kPlanVersionId);
      a->set_by(kParentId);
      *a->mutable_at() = at(kNov2026);
      break;
    }
    case domain::Record::kAssessment: {
      auto* a = r.mutable_assessment();
      a->set_id(id);
      a->set_family_id(kFamilyId);
      a->set_assessed_on("2026-09-01");
      auto* w = a->add_worries();
      w->set_id(new_uuid());
      w->set_kind(v1::WORRY_DANGER);
      text(w->mutable_text(), "The children may be left alone at night.");
      auto* s = a->add_strengths();
      s->set_id(new_uuid());
      text(s->mutable_text(), "Nan lives close and helps every week.");
      auto* g = a->add_safety_goals();
      g->set_id(new_uuid());
      text(g->mutable_text(), "An adult is always at home at night.");
      auto* n = a->add_next_steps();
      n->set_id(new_uuid());
      text(n->mutable_text(), "Agree a rota of adults.");
      n->mutable_owner()->set_name("Mum");
      n->set_due_on("2026-09-15");
      break;
    }
    case domain::Record::kScaleScore: {
      auto* s = r.mutable_scale_score();
      s->set_id(id);
      s->set_family_id(kFamilyId);
      s->set_score(6);
      s->set_scored_by(kParentId);
      s->set_viewpoint(v1::VIEWPOINT_PARENT);
      *s->mutable_scored_at() = at(kNov2026);
      s->set_reason("Nan helps more now.");
      break;
    }
    case domain::Record::kThreeHouses: {
      auto* h = r.mutable_three_houses();
      h->set_id(id);
      h->set_family_id(kFamilyId);
      h->set_child_id(kChildId);
      h->add_worries("Shouting at night");
      h->add_good_things("Football with Nan");
      h->add_dreams("A dog");
      break;
    }
    case domain::Record::kWordsAndPictures: {
      auto* w = r.mutable_words_and_pictures();
      w->set_id(id);
      w->set_family_id(kFamilyId);
      w->set_child_id(kChildId);
      text(w->add_pages()->mutable_text(), "Some grown-ups are helping your family.");
      w->set_written_on("2026-09-12");
      break;
    }
    case domain::Record::kSupportLink: {
      auto* l = r.mutable_support_link();
      l->set_id(id);
      l->set_family_id(kFamilyId);
      l->set_volunteer_id(kVolunteerId);
      l->set_kind(v1::SUPPORT_FAMILY_FRIEND);
      l->set_started_on("2026-09-20");
      text(l->add_goals(), "Mum feels less alone.");
      break;
    }
    case domain::Record::kContactLog: {
      auto* c = r.mutable_contact_log();
      c->set_id(id);
      c->set_family_id(kFamilyId);
      c->set_volunteer_id(kVolunteerId);
      c->set_support_link_id(kSupportLinkId);
      c->set_kind(v1::CONTACT_VISIT);
      c->set_happened_on("2026-10-02");
      c->set_minutes(90);
      c->set_notes("Went to the park.");
      c->add_domains(v1::OUTCOME_WELLBEING);
      break;
    }
    case domain::Record::kHostingStay: {
      auto* s = r.mutable_hosting_stay();
      s->set_id(id);
      s->set_family_id(kFamilyId);
      s->set_volunteer_id(kVolunteerId);
      s->add_child_ids(kChildId);
      s->set_from_on("2026-10-03");
      s->set_until_on("2026-10-05");
      s->set_nights(2);
      break;
    }
    case domain::Record::kHelpRequest: {
      auto* h = r.mutable_help_request();
      h->set_id(id);
      h->set_family_id(kFamilyId);
      h->set_requested_by(kParentId);
      h->set_kind(v1::HELP_PRACTICAL);
      h->set_description("A lift to the school meeting.");
      h->set_status(v1::HELP_OPEN);
      *h->mutable_requested_at() = at(kNov2026);
      break;
    }
    case domain::Record::kFeedback: {
      auto* f = r.mutable_feedback();
      f->set_id(id);
      f->set_family_id(kFamilyId);
      f->set_from_person(kChildId);
      f->set_audience(v1::AUDIENCE_STAFF);
      f->set_confidence(4);
      f->set_text("The meetings are better now.");
      *f->mutable_at() = at(kNov2026);
      break;
    }
    case domain::Record::kConcern: {
      auto* c = r.mutable_concern();
      c->set_id(id);
      c->set_family_id(kFamilyId);
      c->set_raised_by(kVolunteerId);
      c->set_kind(v1::CONCERN_VOLUNTEER_WORRY);
      c->set_text("Mum seemed very low today.");
      *c->mutable_raised_at() = at(kNov2026);
      break;
    }
    case domain::Record::kEpisode: {
      auto* e = r.mutable_episode();
      e->set_id(id);
      e->set_family_id(kFamilyId);
      e->set_service(v1::SERVICE_SAFE_FAMILIES);
      e->set_referral_status(v1::REFERRAL_CHILD_IN_NEED);
      e->set_referred_on("2026-08-20");
      e->set_started_on("2026-09-01");
      e->set_children(2);
      e->set_category(v1::CATEGORY_2_TRAJECTORY_INTO_CARE);
      break;
    }
    case domain::Record::BODY_NOT_SET:
      throw std::invalid_argument("no sample for an empty record");
  }
  return r;
}

std::vector<domain::Record> sample_of_every_kind() {
  std::vector<domain::Record> out;
  for (domain::Kind kind : domain::all_kinds()) out.push_back(sample(kind));
  return out;
}

namespace {

// The walk behind fill_text() and fill_text_tagged(): `text_for(path)` is what a field at `path`
// gets.
template <typename TextFor>
void fill_fields(Message& message, const std::string& path, const TextFor& text_for) {
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  const auto at = [&](std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
  };
  if (descriptor->full_name() == "google.protobuf.Timestamp") return;
  if (descriptor->full_name() == "kith.v1.Text") {
    v1::Translation translation;
    translation.set_text(text_for(at("translations.ur.text")));
    translation.set_easy_read(text_for(at("translations.ur.easy_read")));
    (*static_cast<v1::Text&>(message).mutable_translations())["ur"] = translation;
  }
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* field = descriptor->field(i);
    if (field->is_map()) continue;  // translations: handled above with a valid language key
    if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      const auto kind = domain::classify(*field);
      if (kind != domain::FieldClass::short_text && kind != domain::FieldClass::long_text) continue;
      const std::string text = text_for(at(field->name()));
      if (field->is_repeated()) {
        reflection->AddString(&message, field, text);
        for (int k = 0; k < reflection->FieldSize(message, field); ++k) {
          reflection->SetRepeatedString(&message, field, k, text);
        }
      } else {
        reflection->SetString(&message, field, text);
      }
    } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      if (field->containing_oneof() != nullptr && !reflection->HasField(message, field)) continue;
      if (field->is_repeated()) {
        for (int k = 0; k < reflection->FieldSize(message, field); ++k) {
          fill_fields(*reflection->MutableRepeatedMessage(&message, field, k), at(field->name()),
                      text_for);
        }
      } else {
        fill_fields(*reflection->MutableMessage(&message, field), at(field->name()), text_for);
      }
    }
  }
}

}  // namespace

void fill_text(Message& message, std::string_view canary) {
  fill_fields(message, {}, [&](const std::string&) { return std::string(canary); });
}

void fill_text_tagged(Message& message, std::string_view canary) {
  fill_fields(message, {},
              [&](const std::string& path) { return std::string(canary) + "." + path; });
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kith-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace kith::testing
