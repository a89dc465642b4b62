#pragma once
// A deliberately plain HTTPS client for the hostile tests: one TLS 1.2+ connection over a
// blocking socket with read and write timeouts, which sends exactly the bytes it is given (one
// at a time if asked) and reads HTTP/1.1 responses by hand. Nothing here tidies up what it
// sends, so a test can put any byte on the wire; it trusts one CA and checks 127.0.0.1.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace kith::security {

struct RawResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  //!< names in lower case
  std::string body;
  std::string header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class RawTlsClient {
 public:
  //! Connects to 127.0.0.1:`port` and shakes hands, trusting only `ca_pem`. error() says why
  //! not, if it failed.
  RawTlsClient(std::uint16_t port, const std::string& ca_pem,
               std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    context_ = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(context_, TLS1_2_VERSION);
    BIO* bio = BIO_new_mem_buf(ca_pem.data(), static_cast<int>(ca_pem.size()));
    X509* ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (ca == nullptr) {
      error_ = "the test CA is not PEM";
      return;
    }
    X509_STORE_add_cert(SSL_CTX_get_cert_store(context_), ca);
    X509_free(ca);
    SSL_CTX_set_verify(context_, SSL_VERIFY_PEER, nullptr);

    socket_ = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{};
    tv.tv_sec = static_cast<long>(timeout.count() / 1000);
    tv.tv_usec = static_cast<long>((timeout.count() % 1000) * 1000);
    ::setsockopt(socket_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(socket_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    const int one = 1;
    ::setsockopt(socket_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // a byte is a segment
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      error_ = "connect failed: " + std::string(std::strerror(errno));
      return;
    }
    ssl_ = SSL_new(context_);
    X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_), "127.0.0.1");
    SSL_set_fd(ssl_, socket_);
    if (SSL_connect(ssl_) != 1) {
      error_ = "TLS handshake failed: " + openssl_error();
      return;
    }
    connected_ = true;
  }

  RawTlsClient(const RawTlsClient&) = delete;
  RawTlsClient& operator=(const RawTlsClient&) = delete;
  ~RawTlsClient() {
    if (ssl_ != nullptr) SSL_free(ssl_);
    if (socket_ >= 0) ::close(socket_);
    if (context_ != nullptr) SSL_CTX_free(context_);
  }

  bool connected() const { return connected_; }
  const std::string& error() const { return error_; }

  //! Sends `bytes` as they are. False once the connection has failed.
  bool send(std::string_view bytes) {
    while (connected_ && !bytes.empty()) {
      const int n = SSL_write(ssl_, bytes.data(), static_cast<int>(bytes.size()));
      if (n <= 0) {
        error_ = "write failed: " + openssl_error();
        connected_ = false;
        return false;
      }
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return connected_;
  }

  //! Sends `bytes` one at a time, `gap` apart: each byte is its own TLS record and TCP segment.
  bool send_slowly(std::string_view bytes, std::chrono::milliseconds gap) {
    for (const char c : bytes) {
      if (!send(std::string_view(&c, 1))) return false;
      std::this_thread::sleep_for(gap);
    }
    return true;
  }

  //! Reads one response (the server always sends Content-Length; `to_head`: the answer to HEAD,
  //! which has none of the body it announces). Empty if the connection ended
  //! or timed out first; error() says which.
  std::optional<RawResponse> read_response(bool to_head = false) {
    std::size_t end = 0;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!fill()) return std::nullopt;
    }
    RawResponse response;
    const std::string head = buffer_.substr(0, end);
    buffer_.erase(0, end + 4);
    const auto first_line_end = head.find("\r\n");
    const std::string status_line = head.substr(0, first_line_end);
    if (status_line.rfind("HTTP/1.", 0) != 0 || status_line.size() < 12) {
      error_ = "not an HTTP/1.x status line: " + status_line;
      return std::nullopt;
    }
    response.status = std::stoi(status_line.substr(9, 3));
    std::size_t at = first_line_end == std::string::npos ? head.size() : first_line_end + 2;
    while (at < head.size()) {
      auto line_end = head.find("\r\n", at);
      if (line_end == std::string::npos) line_end = head.size();
      const std::string line = head.substr(at, line_end - at);
      const auto colon = line.find(':');
      if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        response.headers[name] = value;
      }
      at = line_end + 2;
    }
    const std::size_t length = !to_head && response.headers.contains("content-length")
                                   ? std::stoul(response.headers["content-length"])
                                   : 0;
    while (buffer_.size() < length) {
      if (!fill()) return std::nullopt;
    }
    response.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return response;
  }

  //! Reads whatever comes until the server ends the connection: true if it did (close_notify,
  //! FIN or reset), false if it was still open when the read timed out. What came before the
  //! end (not yet read as a response) goes to `rest`.
  bool ends_connection(std::string* rest = nullptr) {
    std::string got = std::move(buffer_);
    buffer_.clear();
    bool ended = true;
    while (ssl_ != nullptr) {
      char chunk[4096];
      errno = 0;
      const int n = SSL_read(ssl_, chunk, sizeof chunk);
      const int saved = errno;
      if (n > 0) {
        got.append(chunk, static_cast<std::size_t>(n));
        continue;
      }
      const int reason = SSL_get_error(ssl_, n);
      ended = !(reason == SSL_ERROR_WANT_READ ||
                (reason == SSL_ERROR_SYSCALL && (saved == EAGAIN || saved == EWOULDBLOCK)));
      connected_ = false;
      break;
    }
    if (rest != nullptr) *rest = std::move(got);
    return ended;
  }

 private:
  bool fill() {
    if (!connected_) return false;
    char chunk[16384];
    const int n = SSL_read(ssl_, chunk, sizeof chunk);
    if (n <= 0) {
      const int reason = SSL_get_error(ssl_, n);
      error_ = reason == SSL_ERROR_ZERO_RETURN ? "the server closed the connection"
                                               : "read failed or timed out: " + openssl_error();
      connected_ = false;
      return false;
    }
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  static std::string openssl_error() {
    const unsigned long e = ERR_get_error();
    if (e == 0) return errno != 0 ? std::string(std::strerror(errno)) : "no OpenSSL error";
    char text[256];
    ERR_error_string_n(e, text, sizeof text);
    ERR_clear_error();
    return text;
  }

  SSL_CTX* context_ = nullptr;
  SSL* ssl_ = nullptr;
  int socket_ = -1;
  bool connected_ = false;
  std::string error_;
  std::string buffer_;
};

}  // namespace kith::security
