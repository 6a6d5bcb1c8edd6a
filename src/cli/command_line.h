// The command line's grammar behind a small facade over CLI11. <CLI/CLI.hpp> (2.1, header
// only) costs about 7 s of CPU in every unit that includes it, since its classes' inline
// virtual functions and validator objects are compiled again in each: only command_line.cpp
// includes it, and the subcommands describe their options through Command and Option.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace chronomap::cli {

// One option of a command, to constrain further; each call returns the same option.
class Option {
public:
    explicit Option(CLI::Option* option) : option_(option) {}
    Option required();
    Option existing_file();
    Option in_range(int low, int high);
    Option non_negative();
    Option one_of(std::vector<std::string> choices);
    Option one_of_ignoring_case(std::vector<std::string> choices);
    // A repeatable option takes one value per use: `--overlay A --overlay B`, and a
    // positional argument after it stays a positional argument.
    Option one_value_per_use();

private:
    CLI::Option* option_;
};

// The program or one of its subcommands.
class Command {
public:
    explicit Command(CLI::App* app) : app_(app) {}
    Command add_subcommand(const std::string& name, const std::string& description);
    // T: std::string, std::vector<std::string>, std::filesystem::path, int, size_t or double (command_line.cpp).
    template <class T>
    Option add_option(const std::string& names, T& value, const std::string& description);
    Option add_option_function(const std::string& names, std::function<void(const std::string&)> on_value,
                               const std::string& description);
    Option add_flag(const std::string& names, bool& value, const std::string& description);
    void require_subcommand(int count);
    bool parsed() const;
    std::string name() const;

private:
    CLI::App* app_;
};

// A subcommand registers its options and returns how to run it.
struct Subcommand {
    Command command;
    std::function<int()> run;
};

// The program's root command: parses argv, prints help, the version or the usage error, and
// runs the subcommand given. `add_commands` registers the subcommands on the root.
struct Program {
    std::string name, description, version, footer;
};
int run_program(const Program& program, int argc, char** argv,
                const std::function<std::vector<Subcommand>(Command root)>& add_commands);

}  // namespace chronomap::cli
