#pragma once
// Records for the Safe Families tests beyond the demo family: other volunteers and families, and
// help requests asked of a volunteer (the demo family's only request is to the service).

#include <QDate>
#include <string>
#include <vector>

#include "app_fixture.hpp"
#include "kith/domain/record.hpp"

namespace kith::testing::support {

inline const std::string kSam = "d2000000-0000-4000-8000-0000000000a1";       // another volunteer
inline const std::string kOtherFamily = "d1000000-0000-4000-8000-0000000000b1";  // Helen's, ended
inline const std::string kThirdFamily = "d1000000-0000-4000-8000-0000000000b2";  // Helen's, hosts
inline const std::string kBen = "d2000000-0000-4000-8000-0000000000a2";       // parent, third family
inline const std::string kAskedOfHelen = "d8300000-0000-4000-8000-0000000000c1";
inline const std::string kSamsLog = "d8100000-0000-4000-8000-0000000000c2";

inline std::string isoDay(int daysFromToday) {
  return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate).toStdString();
}

inline domain::Record person(const std::string& id, const std::string& name) {
  domain::Record r;
  r.mutable_person()->set_id(id);
  r.mutable_person()->set_display_name(name);
  return r;
}

inline domain::Record family(const std::string& id, const std::string& name) {
  domain::Record r;
  r.mutable_family()->set_id(id);
  r.mutable_family()->set_name(name);
  return r;
}

inline domain::Record membership(const std::string& id, const std::string& person,
                                 const std::string& family_id, v1::Role role,
                                 const std::string& ended_on = {}) {
  domain::Record r;
  auto* m = r.mutable_membership();
  m->set_id(id);
  m->set_person_id(person);
  m->set_family_id(family_id);
  m->set_role(role);
  m->set_started_on("2026-01-05");
  m->set_ended_on(ended_on);
  return r;
}

inline domain::Record link(const std::string& id, const std::string& family_id,
                           const std::string& volunteer, v1::SupportKind kind,
                           const std::string& ended_on = {}) {
  domain::Record r;
  auto* l = r.mutable_support_link();
  l->set_id(id);
  l->set_family_id(family_id);
  l->set_volunteer_id(volunteer);
  l->set_kind(kind);
  l->set_started_on("2026-01-10");
  l->set_ended_on(ended_on);
  l->add_goals()->set_text("A goal for this family.");
  return r;
}

//! The demo family, and: Sam, a second volunteer with the Khan family who logged a visit; a
//! family Helen supported until recently (her link ended, her membership too); a third family
//! Helen hosts for; a request from Amina asked of Helen.
inline std::vector<domain::Record> wider_records() {
  auto records = demo_records();
  records.push_back(person(kSam, "Sam"));
  records.push_back(membership("d3000000-0000-4000-8000-0000000000a1", kSam, demo::kFamily,
                               v1::ROLE_VOLUNTEER));
  records.push_back(link("d8000000-0000-4000-8000-0000000000a1", demo::kFamily, kSam,
                         v1::SUPPORT_RESOURCE_FRIEND));
  domain::Record log;
  auto* c = log.mutable_contact_log();
  c->set_id(kSamsLog);
  c->set_family_id(demo::kFamily);
  c->set_volunteer_id(kSam);
  c->set_kind(v1::CONTACT_VISIT);
  c->set_happened_on("2026-10-02");
  c->set_minutes(30);
  c->set_notes("Brought a cot.");
  records.push_back(log);

  records.push_back(family(kOtherFamily, "The Other family"));
  records.push_back(membership("d3000000-0000-4000-8000-0000000000b1", demo::kHelen, kOtherFamily,
                               v1::ROLE_VOLUNTEER));
  records.push_back(link("d8000000-0000-4000-8000-0000000000b1", kOtherFamily, demo::kHelen,
                         v1::SUPPORT_FAMILY_FRIEND, "2026-06-30"));

  records.push_back(family(kThirdFamily, "The Third family"));
  records.push_back(person(kBen, "Ben"));
  records.push_back(membership("d3000000-0000-4000-8000-0000000000b2", demo::kHelen, kThirdFamily,
                               v1::ROLE_VOLUNTEER));
  records.push_back(membership("d3000000-0000-4000-8000-0000000000b3", kBen, kThirdFamily,
                               v1::ROLE_PARENT));
  records.push_back(link("d8000000-0000-4000-8000-0000000000b2", kThirdFamily, demo::kHelen,
                         v1::SUPPORT_HOST_FAMILY));

  domain::Record help;
  auto* h = help.mutable_help_request();
  h->set_id(kAskedOfHelen);
  h->set_family_id(demo::kFamily);
  h->set_requested_by(demo::kAmina);
  h->set_kind(v1::HELP_BEFRIENDING);
  h->set_description("Could you come with me to the first school meeting?");
  h->set_status(v1::HELP_OPEN);
  h->set_volunteer_id(demo::kHelen);
  h->mutable_requested_at()->set_seconds(1795000000);
  records.push_back(help);
  return records;
}

}  // namespace kith::testing::support
