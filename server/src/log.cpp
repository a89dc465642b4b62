#include "log.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>

namespace kith::server {
namespace {

std::mutex g_mutex;

LogLevel initial_level() {
  const char* env = std::getenv("KITH_LOG");
  if (env == nullptr) return LogLevel::info;
  const std::string_view v(env);
  if (v == "debug") return LogLevel::debug;
  if (v == "warn") return LogLevel::warn;
  if (v == "error") return LogLevel::error;
  return LogLevel::info;
}

LogLevel g_level = initial_level();

std::string_view name(LogLevel level) {
  switch (level) {
    case LogLevel::debug: return "debug";
    case LogLevel::info: return "info";
    case LogLevel::warn: return "warn";
    case LogLevel::error: return "error";
  }
  return "info";
}

}  // namespace

void set_log_level(LogLevel level) {
  const std::lock_guard lock(g_mutex);
  g_level = level;
}

void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  std::string line;
  line.reserve(128);
  line += stamp;
  line += ' ';
  line += name(level);
  line += ' ';
  line += event;
  for (const auto& field : fields) {
    line += ' ';
    line += field.key;
    line += '=';
    line += field.value;
  }
  line += '\n';
  const std::lock_guard lock(g_mutex);
  if (level < g_level) return;
  std::fputs(line.c_str(), stderr);
}

}  // namespace kith::server
