#pragma once
// What kith-cli's commands share: the parsed arguments and a few helpers.

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kith/result.hpp"
#include "kith/store/store.hpp"

namespace kith::cli {

struct Args {
  std::string store;
  std::string command;
  std::vector<std::string> positional;
  std::string family;
  bool json = false;
  std::map<std::string, std::string> options;  //!< every other --name value

  std::string option(const std::string& name) const {
    const auto it = options.find(name);
    return it == options.end() ? std::string() : it->second;
  }
};

using Command = std::function<int(const Args&, const Environment&, std::ostream&, std::ostream&)>;

std::optional<Args> parse(const std::vector<std::string>& args, std::ostream& err);
int fail(std::ostream& err, const Error& error);
Result<std::string> pin_from(const std::string& given, const Environment& env, const char* prompt);
Result<store::Store> open(const Args& a, const Environment& env);
Result<std::string> read_text_file(const std::string& path);

//! The sync commands (sync_commands.cpp): enrol, sync, status, add, done, put, watch.
Command sync_command_for(const std::string& name);

}  // namespace kith::cli
