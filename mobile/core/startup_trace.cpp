#include "startup_trace.hpp"

#include <unistd.h>

#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

namespace kith::app {

namespace {

//! CLOCK_BOOTTIME, in ms, at which the kernel started this process (/proc/self/stat field 22,
//! in clock ticks since boot: a resolution of 10 ms). 0 if it cannot be read.
double processStartBoottimeMs() {
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const auto close = text.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  // Fields 3 to 21, then 22 (starttime).
  for (int i = 3; i <= 21 && (fields >> field); ++i) {
  }
  unsigned long long ticks = 0;
  if (!(fields >> ticks)) return 0;
  return 1000.0 * static_cast<double>(ticks) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double boottimeMs() {
  timespec now{};
  ::clock_gettime(CLOCK_BOOTTIME, &now);
  return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

const bool kTracing = std::getenv("KITH_TRACE_START") != nullptr;

}  // namespace

double msSinceProcessStart() {
  static const double start = processStartBoottimeMs();
  return boottimeMs() - start;
}

void traceStart(const char* what) {
  if (!kTracing) return;
  const QThread* thread = QThread::currentThread();
  const QString name = thread ? thread->objectName() : QString();
  std::fprintf(stderr, "kith-start %7.1f %-10s %s\n", msSinceProcessStart(),
               name.isEmpty() ? "main" : qPrintable(name), what);
}

}  // namespace kith::app
