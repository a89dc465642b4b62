#pragma once
// What every Kith benchmark writes with its figures: the machine it ran on, the date, its figures
// in a fixed format, and its own section of docs/PERFORMANCE.md between
// "<!-- bench:NAME:begin -->" and "<!-- bench:NAME:end -->".

#include <sys/statfs.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <ios>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

namespace kith::bench {

//! "CPU model, N cores, Linux release" and the load average before the run.
inline std::string machine_description() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line, model = "unknown CPU";
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname u{};
  uname(&u);
  std::ifstream loadavg("/proc/loadavg");
  std::string load = "?";
  loadavg >> load;
  std::ostringstream out;
  out << model << ", " << sysconf(_SC_NPROCESSORS_ONLN) << " cores, " << u.sysname << " "
      << u.release << "; load average " << load << " before the run (the machine is shared)";
  return out.str();
}

//! The file system the folder `dir` is on: fsync costs nothing on tmpfs, so the figures of a
//! benchmark that writes depend on it.
inline std::string file_system(const std::string& dir) {
  struct statfs fs {};
  if (::statfs(dir.c_str(), &fs) != 0) return "an unknown file system";
  switch (fs.f_type) {
    case 0xEF53:
      return "ext4";
    case 0x58465342:
      return "xfs";
    case 0x9123683E:
      return "btrfs";
    case 0x01021994:
      return "tmpfs (no real fsync)";
    case 0x794C7630:
      return "overlayfs";
    default:
      return "a disk";
  }
}

//! Today's date in UTC, "2025-01-31": the day a benchmark's figures were measured.
inline std::string utc_date() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
  return date;
}

//! A time in milliseconds with as many decimals as it deserves: "0.15 ms", "12.5 ms", "104 ms".
inline std::string format_ms(double ms) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(ms < 1 ? 2 : ms < 100 ? 1 : 0);
  out << ms << " ms";
  return out.str();
}

//! `value` with `precision` decimals.
inline std::string format_fixed(double value, int precision) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(precision);
  out << value;
  return out.str();
}

//! Replaces the benchmark's section of the document (or appends it if the markers are missing).
inline void write_doc_section(const std::string& path, const std::string& name,
                              const std::string& section) {
  const std::string begin = "<!-- bench:" + name + ":begin -->";
  const std::string end = "<!-- bench:" + name + ":end -->";
  std::ifstream in(path);
  std::string doc((std::istreambuf_iterator<char>(in)), {});
  const auto b = doc.find(begin), e = doc.find(end);
  const std::string block = begin + "\n" + section + end;
  if (b == std::string::npos || e == std::string::npos) {
    doc += "\n" + block + "\n";
  } else {
    doc.replace(b, e + end.size() - b, block);
  }
  std::ofstream(path, std::ios::trunc) << doc;
}

//! Ends a benchmark's run. With `smoke`, prints "smoke: 1 passed, 0 failed" and writes nothing;
//! otherwise writes its section `name` of the document `docs` ("Measured DATE on WHERE.", the
//! command in backquotes, then `body`) and says so. Returns main's exit status, 0.
inline int write_figures(bool smoke, const std::string& docs, const std::string& name,
                         const std::string& where, const std::string& command,
                         const std::string& body) {
  if (smoke) {
    std::cout << "smoke: 1 passed, 0 failed\n";
    return 0;
  }
  write_doc_section(
      docs, name,
      "Measured " + utc_date() + " on " + where + ".\nCommand: `" + command + "`\n\n" + body);
  std::cout << "wrote " << docs << "\n";
  return 0;
}

}  // namespace kith::bench
