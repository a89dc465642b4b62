// kith-cli: forwards argv to kith::cli::run, with the PIN from KITH_PIN or asked on the terminal.

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli.hpp"

namespace {

std::optional<std::string> ask_without_echo(const char* prompt) {
  if (!isatty(STDIN_FILENO)) return std::nullopt;
  termios old_mode{};
  tcgetattr(STDIN_FILENO, &old_mode);
  termios quiet = old_mode;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  std::cerr << prompt << std::flush;
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  std::string line;
  std::getline(std::cin, line);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &old_mode);
  std::cerr << "\n";
  return line;
}

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

}  // namespace

int main(int argc, char** argv) {
  kith::cli::Environment env;
  env.pin = env_or_empty("KITH_PIN");
  env.new_pin = env_or_empty("KITH_NEW_PIN");
  env.password = env_or_empty("KITH_PASSWORD");
  env.ask = ask_without_echo;
  env.demo_file = env_or_empty("KITH_DEMO_FILE");
  if (env.demo_file.empty()) env.demo_file = KITH_DEFAULT_DEMO_FILE;
  std::vector<std::string> args(argv + 1, argv + argc);
  return kith::cli::run(args, env, std::cout, std::cerr);
}
