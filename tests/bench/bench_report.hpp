#pragma once
// What every Kith benchmark writes with its figures: the machine it ran on, and its own section of
// docs/PERFORMANCE.md between "<!-- bench:NAME:begin -->" and "<!-- bench:NAME:end -->".

#include <sys/utsname.h>
#include <unistd.h>

#include <fstream>
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

}  // namespace kith::bench
