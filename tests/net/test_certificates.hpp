#pragma once
// Certificates for the kith_net tests, made once per test run with kith/net/certificates.hpp.

#include "kith/net/certificates.hpp"

namespace kith::net::testing {

struct TestCertificates {
  Pem authority;        //!< the authority the clients trust
  Pem other_authority;  //!< an authority they do not
  Pem server;           //!< from `authority`, for 127.0.0.1 and localhost
  Pem stranger;         //!< from `other_authority`, for 127.0.0.1 and localhost
  Pem other_host;       //!< from `authority`, only for other.example
  Pem ip_only;          //!< from `authority`, only for 127.0.0.1
  Pem expired;          //!< from `authority`, for 127.0.0.1, ended yesterday
  Pem not_yet_valid;    //!< from `authority`, for 127.0.0.1, starts tomorrow
};

//! Made on first use; aborts the test that asks if OpenSSL fails.
const TestCertificates& certificates();

}  // namespace kith::net::testing
