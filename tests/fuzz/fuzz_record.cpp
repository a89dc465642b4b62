// A record in protobuf (kith::domain::decode): how every record arrives from outside, in a push
// to the server, in a pull to a device, and how both stores read their bodies back from disk.
// Properties:
//   - a decoded record passes validate() and has an id and a scope or a sentence saying why not;
//   - it is the same record in both encodings: encode() of it decodes to the same bytes, and its
//     JSON (what a JSON client sends for the same record) reads back to the same bytes, so
//     nothing rides along in protobuf that JSON would refuse;
//   - every refusal is a sentence.

#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "kith/bytes.hpp"
#include "kith/domain/record.hpp"

namespace {

using kith::fuzz::check;
using kith::fuzz::check_error;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace domain = kith::domain;
  const auto record = domain::decode(kith::fuzz::as_text(data, size));
  if (!record) {
    check_error(record.error(), "decode");
    return 0;
  }
  check(domain::validate(*record).has_value(), "decode() returned a record that does not validate");
  check(kith::is_uuid(domain::record_id(*record)), "a decoded record has no id");
  const auto scope = domain::scope_for(*record);
  if (!scope) check_error(scope.error(), "scope_for");

  const std::string bytes = domain::encode(*record);
  const auto again = domain::decode(bytes);
  check(again.has_value() && domain::encode(*again) == bytes,
        "a decoded record changes between encode and decode");

  const auto from_json =
      domain::records_from_json("{\"records\": [" + domain::to_json(*record) + "]}");
  check(from_json.has_value(), "a record that decodes from protobuf is refused in JSON: " +
                                   (from_json ? std::string() : from_json.error().describe()));
  check(from_json->size() == 1 && domain::encode(from_json->front()) == bytes,
        "a record decoded from protobuf is another record when written to JSON and read back "
        "(unknown fields ride along in protobuf?)");
  return 0;
}
