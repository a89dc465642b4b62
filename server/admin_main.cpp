// kith-admin: forwards argv to kith::server::admin::run.

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "admin/admin.hpp"

// Under LeakSanitizer (the asan preset): `kith-admin formats` draws text through pango, and
// fontconfig keeps its caches until FcFini(), which nothing may call while others might still use
// fontconfig. Only fontconfig is suppressed: a leak in Kith's code still fails the run.
extern "C" const char* __lsan_default_suppressions();  // NOLINT: the sanitizer's hook
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace {

std::optional<std::string> ask_without_echo(const char* prompt) {
  if (::isatty(STDIN_FILENO) == 0) return std::nullopt;
  termios old_mode{};
  ::tcgetattr(STDIN_FILENO, &old_mode);
  termios quiet = old_mode;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::cerr << prompt << std::flush;
  std::string line;
  std::getline(std::cin, line);
  ::tcsetattr(STDIN_FILENO, TCSANOW, &old_mode);
  std::cerr << "\n";
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  kith::server::admin::Environment env;
  if (const char* p = std::getenv("KITH_PASSWORD")) env.password = p;
  const char* key = std::getenv("KITH_SERVER_KEY");
  env.key_from_environment = key != nullptr && *key != '\0';
  env.ask = ask_without_echo;
  return kith::server::admin::run({argv + 1, argv + argc}, env, std::cout, std::cerr);
}
