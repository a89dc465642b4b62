// Record sets in JSON (kith::domain::records_from_json), the one parser behind the files people
// hand to Kith: `kith-cli put FILE`, `kith-cli import-demo FILE` and `kith-admin seed-demo FILE`.
// Properties:
//   - every record it returns passes validate();
//   - each survives both encodings unchanged: encode() then decode() gives the same bytes, and
//     to_json() of the set parses back to the same records;
//   - a refusal is a sentence, and for a file that does not parse it quotes nothing of the file
//     (protobuf's own message would quote the offending value, which may be personal data).

#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "kith/domain/record.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::check_error;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace domain = kith::domain;
  const std::string_view json = kith::fuzz::as_text(data, size);
  const auto records = domain::records_from_json(json);
  if (!records) {
    check_error(records.error(), "records_from_json");
    // A failure to parse names no field; a record that parses but breaks a rule names its path.
    if (records.error().field.empty()) {
      check(records.error().message.find("The JSON is not a set of Kith records") == 0,
            "a JSON parse failure says more than the fixed sentence (it may quote the file)");
    } else {
      check(records.error().field.rfind("records[", 0) == 0,
            "a refused record's field path does not say which record");
    }
    return 0;
  }
  kith::v1::RecordSet set;
  for (const domain::Record& r : *records) {
    const auto valid = domain::validate(r);
    check(valid.has_value(), "records_from_json returned a record that does not validate");
    const std::string bytes = domain::encode(r);
    const auto decoded = domain::decode(bytes);
    check(decoded.has_value(), "a record from JSON does not decode from its own encoding");
    check(domain::encode(*decoded) == bytes,
          "a record from JSON changes between encode and decode");
    *set.add_records() = r;
  }
  const auto again = domain::records_from_json(domain::to_json(set));
  check(again.has_value(), "to_json() of accepted records is refused by records_from_json");
  check(again->size() == records->size(), "to_json() then records_from_json lost records");
  for (std::size_t i = 0; i < records->size(); ++i) {
    check(domain::encode((*again)[i]) == domain::encode((*records)[i]),
          "a record changes when written to JSON and read back");
  }
  return 0;
}
