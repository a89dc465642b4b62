#include "test_certificates.hpp"

#include <gtest/gtest.h>

#include <ctime>
#include <stdexcept>

namespace kith::net::testing {

namespace {

Pem made(Result<Pem> pem) {
  if (!pem) throw std::runtime_error("making a test certificate failed: " + pem.error().describe());
  return std::move(pem).value();
}

CertificateSpec spec(std::vector<std::string> dns, std::vector<std::string> ips) {
  CertificateSpec s;
  s.common_name = "kith test server";
  s.dns_names = std::move(dns);
  s.ip_addresses = std::move(ips);
  return s;
}

TestCertificates make() {
  constexpr std::int64_t kDay = 24 * 60 * 60;
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  TestCertificates c;
  c.authority = made(make_certificate_authority("Kith test CA"));
  c.other_authority = made(make_certificate_authority("Somebody else's CA"));
  c.server = made(make_server_certificate(c.authority, spec({"localhost"}, {"127.0.0.1"})));
  c.stranger = made(make_server_certificate(c.other_authority, spec({"localhost"}, {"127.0.0.1"})));
  c.other_host = made(make_server_certificate(c.authority, spec({"other.example"}, {})));
  c.ip_only = made(make_server_certificate(c.authority, spec({}, {"127.0.0.1"})));
  auto expired = spec({}, {"127.0.0.1"});
  expired.not_before = now - 10 * kDay;
  expired.not_after = now - kDay;
  c.expired = made(make_server_certificate(c.authority, expired));
  auto early = spec({}, {"127.0.0.1"});
  early.not_before = now + kDay;
  early.not_after = now + 10 * kDay;
  c.not_yet_valid = made(make_server_certificate(c.authority, early));
  return c;
}

}  // namespace

const TestCertificates& certificates() {
  static const TestCertificates kCertificates = make();
  return kCertificates;
}

}  // namespace kith::net::testing
