#pragma once
// A TCP proxy on 127.0.0.1 that misbehaves on purpose, for the fault tests: it sits between
// devices and a real kith-server and drops connections, delays them, cuts or truncates answers,
// cuts requests, stalls, or flips a byte, as a bad mobile network or a broken middlebox would.
// It knows nothing of TLS or HTTP: it counts bytes. A thread per connection, plain POSIX sockets.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

namespace kith::testing {

//! What the proxy does to a connection. "Answer" is what flows from the server to the device,
//! "request" what flows the other way; `after_bytes` counts bytes of one connection.
enum class Fault {
  none,         //!< forwards everything, both ways
  drop,         //!< accepts the connection and resets it at once
  delay,        //!< forwards everything, each burst (after a pause of 5 ms or more) `delay` late
  cut_answer,   //!< forwards `after_bytes` of the answer, then resets both sides
  truncate,     //!< forwards `after_bytes` of the answer, then closes cleanly, as if it ended
  cut_request,  //!< forwards `after_bytes` of the request to the server, then resets both sides
  stall,        //!< forwards `after_bytes` of the answer, then nothing, until the device gives up
  garble,       //!< flips one byte of the answer, the one at offset `after_bytes`
  slow,         //!< forwards everything, both ways, at `bytes_per_second` (a poor mobile link)
};

std::string_view fault_name(Fault fault);

struct FaultPlan {
  Fault fault = Fault::none;
  std::size_t after_bytes = 0;
  std::chrono::milliseconds delay{0};
  std::size_t bytes_per_second = 0;  //!< for slow
};

class FaultProxy {
 public:
  //! Listens on 127.0.0.1 (a port the system picks) and forwards each connection to
  //! 127.0.0.1:`upstream_port`. Throws std::runtime_error with a sentence if it cannot listen.
  explicit FaultProxy(std::uint16_t upstream_port);
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;
  //! Closes every connection and joins every thread.
  ~FaultProxy();

  std::uint16_t port() const { return port_; }

  //! From now on new connections get `plan`. Connections open now are closed, as a change of
  //! network would close them, so no kept-alive connection carries on under the old plan.
  void set(FaultPlan plan);

  //! What the proxy has done so far.
  struct Counts {
    std::size_t connections = 0;  //!< accepted
    std::size_t faulted = 0;      //!< connections the fault acted on (dropped, cut, stalled, ...)
    std::size_t bytes_to_server = 0;
    std::size_t bytes_to_device = 0;
  };
  Counts counts() const;

 private:
  void accept_loop();
  void serve(int device, std::uint64_t generation, FaultPlan plan);

  std::uint16_t upstream_port_;
  std::uint16_t port_ = 0;
  int listener_ = -1;
  std::atomic<bool> stopping_{false};
  std::atomic<std::uint64_t> generation_{0};
  mutable std::mutex mutex_;  // guards plan_ and workers_
  FaultPlan plan_;
  struct Worker {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  std::vector<Worker> workers_;  // joined when done, so a long run does not pile up threads
  std::atomic<std::size_t> connections_{0}, faulted_{0}, to_server_{0}, to_device_{0};
  std::thread acceptor_;
};

}  // namespace kith::testing
