#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>

#include "kith/domain/record.hpp"

namespace kith::domain {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

const FieldDescriptor* body_field(Kind kind) {
  return Record::descriptor()->FindFieldByNumber(static_cast<int>(kind));
}

const Message* body_of(const Record& record) {
  const FieldDescriptor* field = body_field(record.body_case());
  if (field == nullptr) return nullptr;
  return &record.GetReflection()->GetMessage(record, field);
}

const std::string& string_field(const Record& record, const char* name) {
  static const std::string empty;
  const Message* body = body_of(record);
  if (body == nullptr) return empty;
  const FieldDescriptor* field = body->GetDescriptor()->FindFieldByName(name);
  if (field == nullptr || field->type() != FieldDescriptor::TYPE_STRING) return empty;
  std::string scratch;
  return body->GetReflection()->GetStringReference(*body, field, &scratch);
}

}  // namespace

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = [] {
    std::vector<Kind> out;
    const auto* oneof = Record::descriptor()->FindOneofByName("body");
    for (int i = 0; i < oneof->field_count(); ++i) {
      out.push_back(static_cast<Kind>(oneof->field(i)->number()));
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return kinds;
}

std::string_view kind_name(Kind kind) {
  const FieldDescriptor* field = body_field(kind);
  return field == nullptr ? std::string_view() : std::string_view(field->name());
}

Result<Kind> kind_from_name(std::string_view name) {
  const FieldDescriptor* field = Record::descriptor()->FindFieldByName(std::string(name));
  if (field == nullptr || field->containing_oneof() == nullptr) {
    return unexpected(ErrorCode::invalid_argument,
                      "There is no kind of record called '" + std::string(name) +
                          "'; see docs/DATA-MODEL.md for the list.");
  }
  return static_cast<Kind>(field->number());
}

const std::string& record_id(const Record& record) { return string_field(record, "id"); }

const std::string& record_family_id(const Record& record) {
  if (record.has_family()) return record.family().id();
  return string_field(record, "family_id");
}

Result<Scope> scope_for(const Record& record) {
  const std::string& family = record_family_id(record);
  switch (record.body_case()) {
    case Record::kPerson:
      return Scope::profile(record.person().id());
    case Record::kFamily:
    case Record::kMembership:
    case Record::kPlan:
    case Record::kPlanVersion:
    case Record::kActionUpdate:
    case Record::kPlanAcknowledgement:
    case Record::kAssessment:
    case Record::kScaleScore:
    case Record::kWordsAndPictures:
      return Scope::family(family);
    case Record::kHelpRequest:
      // Asked of one volunteer: in their support scope, which the family's parents also hold.
      if (!record.help_request().volunteer_id().empty()) {
        return Scope::volunteer(family, record.help_request().volunteer_id());
      }
      return Scope::family(family);
    case Record::kConference:
    case Record::kConcern:
    case Record::kEpisode:
      return Scope::staff(family);
    case Record::kThreeHouses:
      return Scope::person(family, record.three_houses().child_id());
    case Record::kSupportLink:
      return Scope::volunteer(family, record.support_link().volunteer_id());
    case Record::kContactLog:
      return Scope::volunteer(family, record.contact_log().volunteer_id());
    case Record::kHostingStay:
      return Scope::volunteer(family, record.hosting_stay().volunteer_id());
    case Record::kFeedback:
      // Feedback for staff stays between its author and staff (the author's own scope, which
      // staff hold too): a parent never sees a young person's feedback, and the author keeps
      // what they said and the replies. Shared feedback is in the family scope.
      if (record.feedback().audience() == v1::AUDIENCE_FAMILY) return Scope::family(family);
      if (!record.feedback().to_person().empty()) {
        return Scope::person(family, record.feedback().to_person());
      }
      return Scope::person(family, record.feedback().from_person());
    case Record::BODY_NOT_SET:
      break;
  }
  return unexpected(ErrorCode::required_missing, "The record is empty: it has no kind.", "record");
}

std::string encode(const Record& record) {
  std::string out;
  // Deterministic so that the same record always has the same bytes (tests, deduplication).
  google::protobuf::io::StringOutputStream stream(&out);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  record.SerializeToCodedStream(&coded);
  coded.Trim();
  return out;
}

Result<Record> decode(std::string_view bytes) {
  if (bytes.size() > Limits::record_bytes) {
    return unexpected(ErrorCode::too_long, "The record is larger than Kith accepts.", "record");
  }
  Record record;
  if (!record.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return unexpected(ErrorCode::invalid_argument, "These bytes are not a Kith record.", "record");
  }
  KITH_TRY(validate(record));
  return record;
}

Result<std::vector<Record>> records_from_json(std::string_view json) {
  v1::RecordSet set;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  if (auto status = google::protobuf::util::JsonStringToMessage(
          google::protobuf::StringPiece(json.data(), json.size()), &set, options);
      !status.ok()) {
    // protobuf's message quotes the offending value, which may be personal data: say what is
    // wrong in general terms only.
    return unexpected(ErrorCode::invalid_argument,
                      "The JSON is not a set of Kith records: it does not parse, names a field "
                      "Kith does not know, or has a value of the wrong type.");
  }
  std::vector<Record> out;
  out.reserve(static_cast<std::size_t>(set.records_size()));
  for (int i = 0; i < set.records_size(); ++i) {
    if (auto ok = validate(set.records(i)); !ok) {
      Error error = std::move(ok).error();
      error.field = "records[" + std::to_string(i) + "]." + error.field;
      return unexpected(std::move(error));
    }
    out.push_back(std::move(*set.mutable_records(i)));
  }
  return out;
}

std::string to_json(const google::protobuf::Message& message, bool pretty) {
  std::string out;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = pretty;
  options.preserve_proto_field_names = true;
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}

}  // namespace kith::domain
