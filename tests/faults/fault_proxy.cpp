#include "fault_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

namespace kith::testing {
namespace {

// Closes with a TCP reset rather than a FIN: the peer sees "connection reset", as when a
// middlebox or a dying radio link kills a connection.
void reset(int fd) {
  if (fd < 0) return;
  linger hard{1, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
  ::close(fd);
}

bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    data += sent;
    size -= static_cast<std::size_t>(sent);
  }
  return true;
}

// A peer that stops reading must not hang the proxy (and the test's teardown) for ever.
void bound_writes(int fd) {
  timeval five{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &five, sizeof five);
}

sockaddr_in loopback(std::uint16_t port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int connect_upstream(std::uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  const sockaddr_in address = loopback(port);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  bound_writes(fd);
  return fd;
}

}  // namespace

std::string_view fault_name(Fault fault) {
  switch (fault) {
    case Fault::none:
      return "none";
    case Fault::drop:
      return "drop";
    case Fault::delay:
      return "delay";
    case Fault::cut_answer:
      return "cut-answer";
    case Fault::truncate:
      return "truncate";
    case Fault::cut_request:
      return "cut-request";
    case Fault::stall:
      return "stall";
    case Fault::garble:
      return "garble";
    case Fault::slow:
      return "slow";
  }
  return "?";
}

FaultProxy::FaultProxy(std::uint16_t upstream_port) : upstream_port_(upstream_port) {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listener_ < 0) throw std::runtime_error("The fault proxy could not make a socket.");
  const int yes = 1;
  ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address = loopback(0);
  socklen_t length = sizeof address;
  if (::bind(listener_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 64) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    ::close(listener_);
    throw std::runtime_error(std::string("The fault proxy could not listen on 127.0.0.1: ") +
                             std::strerror(errno));
  }
  port_ = ntohs(address.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
  stopping_ = true;
  acceptor_.join();
  std::vector<Worker> workers;
  {
    std::lock_guard lock(mutex_);
    workers.swap(workers_);
  }
  for (auto& w : workers) w.thread.join();
  ::close(listener_);
}

void FaultProxy::set(FaultPlan plan) {
  std::lock_guard lock(mutex_);
  plan_ = plan;
  ++generation_;
}

FaultProxy::Counts FaultProxy::counts() const {
  return {connections_.load(), faulted_.load(), to_server_.load(), to_device_.load()};
}

void FaultProxy::accept_loop() {
  while (!stopping_) {
    pollfd ready{listener_, POLLIN, 0};
    if (::poll(&ready, 1, 50) <= 0) continue;
    const int device = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (device < 0) continue;
    bound_writes(device);
    std::lock_guard lock(mutex_);
    std::erase_if(workers_, [](Worker& w) {
      if (!*w.done) return false;
      w.thread.join();
      return true;
    });
    auto done = std::make_shared<std::atomic<bool>>(false);
    workers_.push_back(
        {std::thread([this, device, done, generation = generation_.load(), plan = plan_] {
           serve(device, generation, plan);
           *done = true;
         }),
         done});
  }
}

void FaultProxy::serve(int device, std::uint64_t generation, FaultPlan plan) {
  ++connections_;
  if (plan.fault == Fault::drop) {
    ++faulted_;
    reset(device);
    return;
  }
  const int server = connect_upstream(upstream_port_);
  if (server < 0) {  // the server is down: the device sees its connection reset
    reset(device);
    return;
  }
  std::size_t up = 0, down = 0;  // bytes forwarded each way
  bool stalled = false, garbled = false, counted = false;
  auto fault_acted = [&] {
    if (!counted) ++faulted_;
    counted = true;
  };
  // Latency, not bandwidth: a burst that follows a pause waits `delay`; the rest of the burst
  // follows at once, so a large answer is late, not slow.
  using Clock = std::chrono::steady_clock;
  Clock::time_point last_up{}, last_down{};
  auto forward = [&](int to, const char* data, std::size_t size, std::size_t& total,
                     std::atomic<std::size_t>& counter) {
    if (plan.fault == Fault::delay) {
      Clock::time_point& last = to == server ? last_up : last_down;
      if (Clock::now() - last > std::chrono::milliseconds(5)) {
        fault_acted();
        std::this_thread::sleep_for(plan.delay);
      }
      last = Clock::now();
    }
    if (plan.fault == Fault::slow && plan.bytes_per_second > 0) {
      // Bandwidth: a kilobyte at a time, each followed by the time it takes on the link.
      fault_acted();
      for (std::size_t at = 0; at < size; at += 1024) {
        const std::size_t part = std::min<std::size_t>(1024, size - at);
        if (!send_all(to, data + at, part)) return false;
        total += part;
        counter += part;
        std::this_thread::sleep_for(std::chrono::microseconds(part * 1'000'000 / plan.bytes_per_second));
        if (stopping_ || generation_ != generation) return false;
      }
      return true;
    }
    if (!send_all(to, data, size)) return false;
    total += size;
    counter += size;
    return true;
  };
  char buffer[16384];
  while (!stopping_ && generation_ == generation) {
    pollfd fds[2] = {{device, POLLIN, 0}, {server, static_cast<short>(stalled ? 0 : POLLIN), 0}};
    const int ready = ::poll(fds, 2, 50);
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;

    if (fds[0].revents != 0) {  // from the device
      const ssize_t got = ::recv(device, buffer, sizeof buffer, 0);
      if (got <= 0) break;  // the device closed (or gave up on a stall)
      if (stalled) continue;
      auto size = static_cast<std::size_t>(got);
      if (plan.fault == Fault::cut_request && up + size >= plan.after_bytes) {
        const std::size_t part = plan.after_bytes - up;
        (void)send_all(server, buffer, part);
        to_server_ += part;
        ++faulted_;
        reset(server);
        reset(device);
        return;
      }
      if (!forward(server, buffer, size, up, to_server_)) break;
    }

    if (!stalled && fds[1].revents != 0) {  // from the server
      const ssize_t got = ::recv(server, buffer, sizeof buffer, 0);
      if (got <= 0) break;  // the server closed: so does the device's side, cleanly
      auto size = static_cast<std::size_t>(got);
      const bool crosses = down + size > plan.after_bytes;
      const std::size_t part = crosses ? plan.after_bytes - down : size;
      switch (plan.fault) {
        case Fault::cut_answer:
        case Fault::truncate:
          if (crosses) {
            (void)send_all(device, buffer, part);
            to_device_ += part;
            ++faulted_;
            if (plan.fault == Fault::cut_answer) {
              reset(server);
              reset(device);
            } else {
              ::close(server);
              ::shutdown(device, SHUT_WR);
              ::close(device);
            }
            return;
          }
          break;
        case Fault::stall:
          if (crosses) {
            (void)send_all(device, buffer, part);
            to_device_ += part;
            fault_acted();
            stalled = true;
            continue;
          }
          break;
        case Fault::garble:
          if (!garbled && crosses) {
            buffer[part] = static_cast<char>(buffer[part] ^ 0x5a);
            garbled = true;
            fault_acted();
          }
          break;
        default:
          break;
      }
      if (!forward(device, buffer, size, down, to_device_)) break;
    }
  }
  ::close(server);
  ::close(device);
}

}  // namespace kith::testing
