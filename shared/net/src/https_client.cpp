#include "kith/net/https_client.hpp"

#include <algorithm>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <exception>
#include <optional>

#include "connection.hpp"
#include "event_stream_impl.hpp"
#include "server_answer.hpp"

namespace kith::net {

namespace {

namespace asio = detail::asio;
namespace beast = detail::beast;
namespace http = beast::http;

// The request body is sent from the caller's string, not copied into the message.
using OutgoingRequest = http::request<http::span_body<const char>>;

constexpr std::uint32_t kHeaderLimit = 16 * 1024;
constexpr std::chrono::milliseconds kGoodbyeWait = std::chrono::seconds(1);

Unexpected moved_from() {
  return unexpected(ErrorCode::internal, "The HTTPS client was used after being moved from.");
}

Unexpected unexpected_failure(std::string_view what, const std::exception& e) {
  return unexpected(ErrorCode::internal, std::string(what) + " failed unexpectedly: " + e.what());
}

Result<OutgoingRequest> make_message(const Request& request, const detail::Server& server) {
  const http::verb verb = http::string_to_verb(request.method);
  if (verb == http::verb::unknown) {
    return unexpected(ErrorCode::invalid_argument,
                      "The request method is not an HTTP method (use GET, POST, PUT or DELETE, "
                      "in capitals).",
                      "method");
  }
  KITH_TRY(detail::check_target(request.target));
  KITH_TRY(detail::check_header_value(request.content_type, "content_type"));
  KITH_TRY(detail::check_header_value(request.accept, "accept"));
  KITH_TRY(detail::check_header_value(request.authorization, "authorization"));

  OutgoingRequest message{verb, request.target, 11};
  message.set(http::field::host, server.host_header);
  message.set(http::field::user_agent, detail::kUserAgent);
  if (!request.content_type.empty()) message.set(http::field::content_type, request.content_type);
  if (!request.accept.empty()) message.set(http::field::accept, request.accept);
  if (!request.authorization.empty()) {
    message.set(http::field::authorization, request.authorization);
  }
  message.body() = {request.body.data(), request.body.size()};
  message.keep_alive(true);
  message.prepare_payload();
  return message;
}

}  // namespace

struct HttpsClient::Impl {
  explicit Impl(std::shared_ptr<const detail::Server> s) : server(std::move(s)) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { drop(); }

  //! One request and its answer on the kept-alive connection (connecting first if there is
  //! none). On failure the connection is dropped, and `closed_before_answer` says whether the
  //! server had closed it before any byte of an answer came.
  Result<Response> exchange(const OutgoingRequest& message, bool& closed_before_answer);
  void drop() noexcept;

  // The io_context outlives the stream whose operations it holds.
  std::shared_ptr<const detail::Server> server;
  asio::io_context ioc{1};
  std::unique_ptr<detail::TlsStream> stream;  //!< the kept-alive connection, or none
  beast::flat_buffer buffer;                  //!< bytes read from `stream` and not yet parsed
  // What operations write into lives here, not on the stack, so that an operation cut short by
  // an exception still finds it alive when drop() finishes the operation.
  detail::Completion step;
  std::optional<http::response_parser<http::string_body>> parser;
  Traffic traffic;
  std::size_t transferred = 0;  //!< bytes the last write or read moved

  //! A handler like step.handler() that also keeps the bytes the operation moved.
  auto counting_handler() {
    transferred = 0;
    return [this](const beast::error_code& error, std::size_t bytes) {
      transferred = bytes;
      step.ec = error;
      step.done = true;
    };
  }
};

Result<Response> HttpsClient::Impl::exchange(const OutgoingRequest& message,
                                             bool& closed_before_answer) {
  closed_before_answer = false;
  if (!stream) {
    stream = std::make_unique<detail::TlsStream>(ioc, *server->tls);
    buffer.clear();
    if (auto connected = detail::connect(ioc, *stream, *server, step); !connected) {
      drop();
      return unexpected(std::move(connected).error());
    }
  }
  auto& tcp_stream = beast::get_lowest_layer(*stream);
  // One deadline for writing the request and reading the whole answer.
  tcp_stream.expires_after(server->options.request_timeout);

  step = {};
  http::async_write(*stream, message, counting_handler());
  const auto write_error = detail::run(ioc, step);
  // Beast writes the header, then the body: what was written beyond the body's size is header.
  // A write cut short counts as header, as where it stopped is not known.
  const std::size_t body_size = write_error ? 0 : message.body().size();
  traffic.sent_body_bytes += body_size;
  traffic.sent_header_bytes += transferred - std::min(transferred, body_size);
  if (const auto ec = write_error) {
    closed_before_answer = detail::is_closed_connection(ec);
    drop();
    return unexpected(detail::transfer_error(ec, *server, "while sending the request"));
  }

  parser.emplace();
  parser->body_limit(static_cast<std::uint64_t>(server->options.max_response_bytes));
  parser->header_limit(kHeaderLimit);
  if (message.method() == http::verb::head) parser->skip(true);
  step = {};
  http::async_read(*stream, buffer, *parser, counting_handler());
  const auto read_error = detail::run(ioc, step);
  // `transferred` is what the parser consumed: the whole message, header and body.
  const std::size_t body_read = parser->get().body().size();
  traffic.received_body_bytes += body_read;
  traffic.received_header_bytes += transferred - std::min(transferred, body_read);
  if (const auto ec = read_error) {
    closed_before_answer =
        detail::is_closed_connection(ec) && !parser->got_some() && buffer.size() == 0;
    drop();
    return unexpected(detail::transfer_error(ec, *server, "while reading the answer"));
  }
  tcp_stream.expires_never();
  ++traffic.exchanges;

  const bool keep_alive = parser->keep_alive();
  auto answer = parser->release();
  Response response;
  response.status = answer.result_int();
  response.content_type = std::string(answer[http::field::content_type]);
  response.retry_after_seconds = detail::parse_retry_after(answer[http::field::retry_after]);
  response.body = std::move(answer.body());
  if (!keep_alive) drop();
  return response;
}

void HttpsClient::Impl::drop() noexcept {
  if (stream) {
    beast::error_code ignored;
    auto& socket = beast::get_lowest_layer(*stream).socket();
    socket.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
    // Run what the close aborted (and stale timer completions), so nothing left in the
    // io_context refers to the stream.
    try {
      ioc.restart();
      ioc.poll();
    } catch (const std::exception&) {
      // Our handlers do not throw; nothing to do if Asio itself fails while tearing down.
    }
    stream.reset();
  }
  buffer.clear();
}

HttpsClient::HttpsClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpsClient::HttpsClient(HttpsClient&& other) noexcept = default;
HttpsClient& HttpsClient::operator=(HttpsClient&& other) noexcept = default;
HttpsClient::~HttpsClient() = default;

Result<HttpsClient> HttpsClient::create(std::string_view server_url, TlsTrust trust,
                                        ClientOptions options) {
  try {
    KITH_ASSIGN(auto server, detail::make_server(server_url, std::move(trust), options));
    return HttpsClient(std::make_unique<Impl>(std::move(server)));
  } catch (const std::exception& e) {
    return unexpected_failure("Setting up the HTTPS client", e);
  }
}

Result<Response> HttpsClient::send(const Request& request) {
  if (!impl_) return moved_from();
  try {
    KITH_ASSIGN(const auto message, make_message(request, *impl_->server));
    const bool reused = impl_->stream != nullptr;
    bool closed_before_answer = false;
    auto response = impl_->exchange(message, closed_before_answer);
    if (!response && reused && closed_before_answer) {
      // The server closed the idle connection (its keep-alive timeout, a restart) before it
      // saw this request: send it once more on a fresh connection. Only once, and only on a
      // reused connection, so a server that closes every connection is reported, not retried.
      response = impl_->exchange(message, closed_before_answer);
    }
    return response;
  } catch (const std::exception& e) {
    impl_->drop();
    return unexpected_failure("Sending a request", e);
  }
}

Result<EventStream> HttpsClient::events(std::string_view target, std::string_view authorization) {
  if (!impl_) return moved_from();
  try {
    auto stream = std::make_unique<EventStream::Impl>(impl_->server);
    KITH_TRY(stream->open(target, authorization));
    return EventStream(std::move(stream));
  } catch (const std::exception& e) {
    return unexpected_failure("Opening the event stream", e);
  }
}

void HttpsClient::close() {
  if (!impl_ || !impl_->stream) return;
  try {
    // close_notify, and the server's in reply, for at most a second.
    auto& tcp_stream = beast::get_lowest_layer(*impl_->stream);
    tcp_stream.expires_after(std::min(impl_->server->options.connect_timeout, kGoodbyeWait));
    impl_->step = {};
    impl_->stream->async_shutdown(impl_->step.handler());
    detail::run(impl_->ioc, impl_->step);
  } catch (const std::exception&) {
    // Closing anyway, below.
  }
  impl_->drop();
}

Traffic HttpsClient::traffic() const {
  return impl_ ? impl_->traffic : Traffic{};
}

const ServerAddress& HttpsClient::address() const {
  static const ServerAddress kNone;
  return impl_ ? impl_->server->address : kNone;
}

}  // namespace kith::net
