#pragma once
//! Records: the kinds of kith.v1.Record, their ids, scopes and validation.
//!
//! The generated kith::v1 messages are Kith's record value types (one schema, nothing written
//! twice); this header adds what the schema cannot say: which fields are required, the ranges and
//! lengths, the order of dates, and the scope a record belongs to. docs/DATA-MODEL.md lists the
//! rules. All functions are pure and may be called from any thread.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kith/domain/scope.hpp"
#include "kith/result.hpp"
#include "kith/v1/records.pb.h"

namespace kith::domain {

using Record = kith::v1::Record;
//! A record's kind is the case of Record's oneof; its number is stable in the store and on the wire.
using Kind = kith::v1::Record::BodyCase;

//! Limits on what one record may hold, in bytes of UTF-8 and in list items.
struct Limits {
  static constexpr std::size_t short_text = 200;   //!< names, titles, references, tags
  static constexpr std::size_t long_text = 4000;   //!< notes, plan text, feedback, reasons
  static constexpr std::size_t list_items = 500;   //!< items in any repeated field
  static constexpr std::size_t translations = 24;  //!< languages per Text
  static constexpr std::size_t record_bytes = 256 * 1024;  //!< a whole encoded record
};

//! Every kind a Record can hold, in kind-number order.
const std::vector<Kind>& all_kinds();
//! The kind's snake_case name as in the schema ("plan_version"); empty for an unset kind.
std::string_view kind_name(Kind kind);
//! The kind with that name; invalid_argument for a name that is not one.
Result<Kind> kind_from_name(std::string_view name);

//! The record's own id (every kind has one).
const std::string& record_id(const Record& record);
//! The family a record belongs to; empty for Person records.
const std::string& record_family_id(const Record& record);
//! The scope the record belongs to, decided by its kind and fields (docs/DATA-MODEL.md).
Result<Scope> scope_for(const Record& record);

//! How the validator treats a string field, decided by its name (docs/DATA-MODEL.md): "id",
//! "*_id", "*_ids" and the person references ("by", "author", ...) hold ids; "*_on" holds a date;
//! "language" holds a BCP 47 tag; "text", "notes" and the like hold long text; everything else
//! is short, single-line text.
enum class FieldClass { identifier, date, language, short_text, long_text };
FieldClass classify(const google::protobuf::FieldDescriptor& field);

//! Checks every rule of the record's kind. The first broken rule comes back as a specific error
//! whose `field` is the path of the field ("plan_version.actions[1].owners"). Never fixes
//! anything silently.
Result<void> validate(const Record& record);

//! Encodes a validated record; decodes bytes into a record and validates it. Decoding fails with
//! invalid_argument on bytes that are not a Record, and with the validation error otherwise.
std::string encode(const Record& record);
Result<Record> decode(std::string_view bytes);

//! Records from the protobuf JSON mapping of a RecordSet ({"records": [...]}), each validated.
Result<std::vector<Record>> records_from_json(std::string_view json);
//! A record as protobuf JSON (one line unless `pretty`).
std::string to_json(const google::protobuf::Message& message, bool pretty = false);

}  // namespace kith::domain
