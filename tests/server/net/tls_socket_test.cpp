// TlsSocket, the server's TLS stream, on its own: real TLS on 127.0.0.1 with the server's own TLS
// context, a blocking asio::ssl client on a thread of its own, and the server side on a
// two-thread io_context, each connection on a strand as in the server.

#include "net/detail/tls_socket.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/error.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "net/detail/tls_context.hpp"

namespace kith::server::detail {
namespace {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace fs = std::filesystem;
using tcp = net::ip::tcp;
using boost::system::error_code;
using namespace std::chrono_literals;

using Client = ssl::stream<tcp::socket>;

//! A self-signed P-256 certificate for 127.0.0.1, written as PEM files for make_tls_context.
class CertificateFiles {
 public:
  CertificateFiles() {
    std::string pattern = (fs::temp_directory_path() / "kith-tls-socket-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    dir_ = pattern;
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    FILE* out = std::fopen(certificate().c_str(), "w");
    PEM_write_X509(out, cert);
    std::fclose(out);
    out = std::fopen(key_file().c_str(), "w");
    PEM_write_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(out);
    X509_free(cert);
    EVP_PKEY_free(key);
  }
  ~CertificateFiles() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  CertificateFiles(const CertificateFiles&) = delete;
  CertificateFiles& operator=(const CertificateFiles&) = delete;

  std::string certificate() const { return (dir_ / "server.pem").string(); }
  std::string key_file() const { return (dir_ / "server.key").string(); }

 private:
  fs::path dir_;
};

class TlsSocketTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto context = make_tls_context(files_.certificate(), files_.key_file());
    ASSERT_TRUE(context) << context.error().message;
    server_context_ = std::move(*context);
    client_context_.set_verify_mode(ssl::verify_none);  // the stream is under test, not trust
    acceptor_.open(tcp::v4());
    acceptor_.bind(tcp::endpoint(net::ip::make_address("127.0.0.1"), 0));
    acceptor_.listen();
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }

  void TearDown() override {
    work_.reset();
    for (auto& thread : threads_) thread.join();
  }

  //! A connected, handshaken pair: the server's TlsSocket and a blocking client.
  struct Pair {
    std::unique_ptr<TlsSocket> server;
    std::unique_ptr<Client> client;
  };

  //! A client connected and starting its handshake, not yet accepted.
  struct Dialing {
    std::unique_ptr<Client> client;
    std::future<error_code> handshake;
  };

  Dialing dial() {
    Dialing dialing;
    dialing.client = std::make_unique<Client>(client_ioc_, client_context_);
    dialing.client->next_layer().connect(acceptor_.local_endpoint());
    dialing.handshake = std::async(std::launch::async, [client = dialing.client.get()] {
      error_code ec;
      client->handshake(ssl::stream_base::client, ec);
      return ec;
    });
    return dialing;
  }

  Pair accept(Dialing dialing) {
    Pair pair;
    pair.client = std::move(dialing.client);
    tcp::socket socket(net::make_strand(ioc_));
    acceptor_.accept(socket);
    pair.server = std::make_unique<TlsSocket>(std::move(socket), *server_context_);
    const error_code server_ec = on_strand<error_code>(*pair.server, [&](auto done) {
      pair.server->async_handshake([done](error_code ec) { done(ec); });
    });
    EXPECT_FALSE(server_ec) << server_ec.message();
    const error_code client_ec = dialing.handshake.get();
    EXPECT_FALSE(client_ec) << client_ec.message();
    return pair;
  }

  Pair connect() { return accept(dial()); }

  //! Starts `start(done)` on the stream's strand and waits for done(result).
  template <class Result, class Start>
  static Result on_strand(TlsSocket& stream, Start start) {
    auto promise = std::make_shared<std::promise<Result>>();
    auto result = promise->get_future();
    net::dispatch(stream.get_executor(),
                  [start, promise] { start([promise](Result r) { promise->set_value(r); }); });
    return result.get();
  }

  struct ReadResult {
    error_code ec;
    std::size_t bytes = 0;
  };

  //! One async_read_some into `buffer`, started on the strand; waits for it.
  static ReadResult read_some(TlsSocket& stream, net::mutable_buffer buffer) {
    return on_strand<ReadResult>(stream, [&stream, buffer](auto done) {
      stream.async_read_some(buffer, [done](error_code ec, std::size_t n) { done({ec, n}); });
    });
  }

  CertificateFiles files_;
  std::unique_ptr<ssl::context> server_context_;
  net::io_context ioc_;
  net::executor_work_guard<net::io_context::executor_type> work_ = net::make_work_guard(ioc_);
  std::vector<std::thread> threads_;
  tcp::acceptor acceptor_{ioc_};
  net::io_context client_ioc_;
  ssl::context client_context_{ssl::context::tls_client};
};

std::string pattern(std::size_t size) {
  std::string out(size, '\0');
  std::uint32_t x = 2463534242U;
  for (char& c : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    c = static_cast<char>(x);
  }
  return out;
}

TEST_F(TlsSocketTest, WritesManySmallBuffersIntactToAReaderSlowerThanTheSocket) {
  Pair pair = connect();
  // A small send buffer makes the socket fill, so OpenSSL asks to wait (WANT_WRITE) and the
  // same gathered record is offered again, perhaps from the other thread.
  const int small = 4096;
  ASSERT_EQ(::setsockopt(pair.server->native_handle(), SOL_SOCKET, SO_SNDBUF, &small,
                         sizeof small),
            0);
  const std::string data = pattern(3 * 1024 * 1024);
  std::vector<net::const_buffer> pieces;  // 1 to 3,000 bytes each, as Beast's headers and bodies
  for (std::size_t at = 0, size = 1; at < data.size(); size = size * 7 % 2999 + 1) {
    const std::size_t n = std::min(size, data.size() - at);
    pieces.emplace_back(data.data() + at, n);
    at += n;
  }
  auto written = std::async(std::launch::async, [&] {
    return on_strand<ReadResult>(*pair.server, [&](auto done) {
      net::async_write(*pair.server, pieces,
                       [done](error_code ec, std::size_t n) { done({ec, n}); });
    });
  });
  std::string received(data.size(), '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    error_code ec;
    got += pair.client->read_some(net::buffer(received.data() + got,
                                              std::min<std::size_t>(8192, data.size() - got)),
                                  ec);
    ASSERT_FALSE(ec) << ec.message();
    if (got % (256 * 1024) < 8192) std::this_thread::sleep_for(2ms);
  }
  const ReadResult result = written.get();
  EXPECT_FALSE(result.ec) << result.ec.message();
  EXPECT_EQ(result.bytes, data.size());
  EXPECT_TRUE(received == data) << "the bytes read differ from the bytes written";
}

TEST_F(TlsSocketTest, ReadsWhatTheClientSendsAndItsCloseNotifyAsTheEnd) {
  Pair pair = connect();
  const std::string data = pattern(200 * 1024);
  auto sender = std::async(std::launch::async, [&] {
    error_code ec;
    for (std::size_t at = 0; at < data.size() && !ec; at += 5000) {
      net::write(*pair.client, net::buffer(data.data() + at, std::min<std::size_t>(5000, data.size() - at)), ec);
    }
    if (!ec) pair.client->shutdown(ec);  // close_notify, then waits for ours: none comes
    return ec;
  });
  std::string received;
  std::array<char, 100> buffer{};  // smaller than a record: OpenSSL keeps the rest for the next read
  ReadResult result;
  while (!(result = read_some(*pair.server, net::buffer(buffer))).ec) {
    received.append(buffer.data(), result.bytes);
  }
  EXPECT_EQ(result.ec, net::error::eof) << result.ec.message();
  EXPECT_TRUE(received == data) << received.size() << " of " << data.size() << " bytes";
  pair.server.reset();  // closes: the client's shutdown ends
  sender.get();
}

TEST_F(TlsSocketTest, AClientThatVanishesWithoutCloseNotifyIsATruncatedStream) {
  Pair pair = connect();
  net::write(*pair.client, net::buffer(std::string("half a request")));
  // FIN without close_notify. (Closing the socket would make the kernel answer the session
  // tickets the client never read with a reset: connection_reset, not truncation.)
  pair.client->next_layer().shutdown(tcp::socket::shutdown_send);
  std::array<char, 64> buffer{};
  ReadResult result = read_some(*pair.server, net::buffer(buffer));
  EXPECT_FALSE(result.ec);
  EXPECT_EQ(std::string(buffer.data(), result.bytes), "half a request");
  result = read_some(*pair.server, net::buffer(buffer));
  EXPECT_EQ(result.ec, ssl::error::stream_truncated) << result.ec.message();
}

TEST_F(TlsSocketTest, ADeadlineClosesTheSocketAndEndsWhatWaitsWithTimeout) {
  Pair pair = connect();
  std::array<char, 64> buffer{};
  const ReadResult result = on_strand<ReadResult>(*pair.server, [&](auto done) {
    pair.server->expires_after(100ms);
    pair.server->async_read_some(net::buffer(buffer),
                                 [done](error_code ec, std::size_t n) { done({ec, n}); });
  });
  EXPECT_EQ(result.ec, boost::beast::error::timeout) << result.ec.message();
  EXPECT_FALSE(pair.server->is_open());
  // What follows fails the same way, without reaching OpenSSL or the descriptor.
  const ReadResult after = read_some(*pair.server, net::buffer(buffer));
  EXPECT_EQ(after.ec, boost::beast::error::timeout);
  // The client sees the connection end.
  error_code ec;
  pair.client->read_some(net::buffer(buffer), ec);
  EXPECT_TRUE(ec);
}

TEST_F(TlsSocketTest, ADeadlineMovedOrTurnedOffDoesNotFire) {
  Pair pair = connect();
  std::array<char, 64> buffer{};
  std::promise<ReadResult> read;
  net::dispatch(pair.server->get_executor(), [&] {
    pair.server->expires_after(50ms);
    pair.server->expires_after(30s);  // moved: the first deadline's wait is for nothing now
    pair.server->expires_never();
    pair.server->async_read_some(net::buffer(buffer), [&read](error_code ec, std::size_t n) {
      read.set_value({ec, n});
    });
  });
  auto future = read.get_future();
  EXPECT_EQ(future.wait_for(400ms), std::future_status::timeout) << "the read ended early";
  net::write(*pair.client, net::buffer(std::string("late")));
  const ReadResult result = future.get();
  EXPECT_FALSE(result.ec) << result.ec.message();
  EXPECT_EQ(std::string(buffer.data(), result.bytes), "late");
}

TEST_F(TlsSocketTest, AClosedStreamNeverReadsTheDescriptorTheKernelGaveToAnother) {
  Pair first = connect();
  const int descriptor = first.server->native_handle();
  Dialing dialing = dial();  // its client socket takes a descriptor before the close
  on_strand<bool>(*first.server, [&](auto done) {
    first.server->close();
    done(true);
  });
  // The next accepted connection is very likely given the closed descriptor's number.
  Pair second = accept(std::move(dialing));
  const bool reused = second.server->native_handle() == descriptor;
  net::write(*second.client, net::buffer(std::string("for the second")));
  std::array<char, 64> buffer{};
  const ReadResult stale = read_some(*first.server, net::buffer(buffer));
  EXPECT_EQ(stale.ec, net::error::bad_descriptor) << stale.ec.message();
  const ReadResult fresh = read_some(*second.server, net::buffer(buffer));
  EXPECT_FALSE(fresh.ec) << fresh.ec.message();
  EXPECT_EQ(std::string(buffer.data(), fresh.bytes), "for the second");
  if (!reused) GTEST_SKIP() << "the kernel gave the second connection another descriptor";
}

TEST_F(TlsSocketTest, AResultReadyAtOnceIsDeliveredAfterTheInitiatingCallReturns) {
  Pair pair = connect();
  net::write(*pair.client, net::buffer(std::string("0123456789")));
  std::array<char, 4> small{};
  ReadResult result = read_some(*pair.server, net::buffer(small));  // OpenSSL keeps 6 bytes
  ASSERT_FALSE(result.ec);
  ASSERT_EQ(result.bytes, 4U);
  const bool inline_call = on_strand<bool>(*pair.server, [&](auto done) {
    auto returned = std::make_shared<bool>(false);
    pair.server->async_read_some(net::buffer(small), [done, returned](error_code, std::size_t) {
      done(!*returned);
    });
    *returned = true;
  });
  EXPECT_FALSE(inline_call) << "the handler ran inside async_read_some";
}

}  // namespace
}  // namespace kith::server::detail
