#pragma once
//! Helpers the coordinator's views share: a person's communication needs as short flags to show
//! beside their name wherever people are listed, the people of a family, today as a record day,
//! and the Text of a draft item. UI thread only (they read a Snapshot).

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

#include "snapshot.hpp"

namespace kith::app {

//! Short flags for a person's recorded needs: "Easy read", "Large print", "Audio", "Braille",
//! "BSL", "Interpreter", and their language's name ("Urdu"). Empty for no needs or no profile.
QStringList needsFlags(const v1::Person* person);

//! One person in a family now (an active membership).
struct FamilyMember {
  std::string personId;
  std::string membershipId;
  v1::Role role = v1::ROLE_UNSPECIFIED;
  std::string startedOn;
};

//! The active memberships of a family, in the order they were stored.
std::vector<FamilyMember> familyMembers(const Snapshot& snapshot, const std::string& familyId);

//! The families the snapshot's person coordinates now (an active coordinator membership).
std::vector<std::string> coordinatedFamilies(const Snapshot& snapshot);

//! Today as "YYYY-MM-DD", in local time.
std::string todayIso();

//! True for a real day written "YYYY-MM-DD".
bool isIsoDay(const QString& text);

//! One-line short text (a name): trimmed, with line breaks turned into spaces.
QString oneLine(const QString& text);

}  // namespace kith::app
