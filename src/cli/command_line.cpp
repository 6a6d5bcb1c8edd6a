#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/cli_common.h"

namespace chronomap::cli {

Option Option::required() {
    option_->required();
    return *this;
}

Option Option::existing_file() {
    option_->check(CLI::ExistingFile);
    return *this;
}

Option Option::in_range(int low, int high) {
    option_->check(CLI::Range(low, high));
    return *this;
}

Option Option::non_negative() {
    option_->check(CLI::NonNegativeNumber);
    return *this;
}

Option Option::one_of(std::vector<std::string> choices) {
    option_->check(CLI::IsMember(std::move(choices)));
    return *this;
}

Option Option::one_of_ignoring_case(std::vector<std::string> choices) {
    option_->check(CLI::IsMember(std::move(choices), CLI::ignore_case));
    return *this;
}

Option Option::one_value_per_use() {
    option_->allow_extra_args(false);
    return *this;
}

Command Command::add_subcommand(const std::string& name, const std::string& description) {
    return Command(app_->add_subcommand(name, description));
}

template <class T>
Option Command::add_option(const std::string& names, T& value, const std::string& description) {
    return Option(app_->add_option(names, value, description));
}
template Option Command::add_option(const std::string&, std::string&, const std::string&);
template Option Command::add_option(const std::string&, std::vector<std::string>&, const std::string&);
template Option Command::add_option(const std::string&, int&, const std::string&);
template Option Command::add_option(const std::string&, size_t&, const std::string&);
template Option Command::add_option(const std::string&, double&, const std::string&);
template Option Command::add_option(const std::string&, std::filesystem::path&, const std::string&);

Option Command::add_option_function(const std::string& names,
                                    std::function<void(const std::string&)> on_value,
                                    const std::string& description) {
    return Option(app_->add_option_function<std::string>(names, std::move(on_value), description));
}

Option Command::add_flag(const std::string& names, bool& value, const std::string& description) {
    return Option(app_->add_flag(names, value, description));
}

void Command::require_subcommand(int count) { app_->require_subcommand(count); }

bool Command::parsed() const { return app_->parsed(); }

std::string Command::name() const { return app_->get_name(); }

int run_program(const Program& program, int argc, char** argv,
                const std::function<std::vector<Subcommand>(Command root)>& add_commands) {
    CLI::App app{program.description, program.name};
    app.require_subcommand(1);
    app.set_version_flag("--version", program.version);
    app.footer(program.footer);
    std::vector<Subcommand> commands = add_commands(Command(&app));
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << program.name << ": " << e.what() << "\n"
                  << "Run `" << program.name << " --help` to see the commands and options.\n";
        return kExitUsage;
    }
    for (const Subcommand& subcommand : commands) {
        if (!subcommand.command.parsed()) continue;
        try {
            return subcommand.run();
        } catch (const std::exception& e) {
            std::cerr << program.name << " " << subcommand.command.name() << ": error: " << e.what() << "\n";
            return kExitBadInput;
        }
    }
    return kExitUsage;
}

}  // namespace chronomap::cli
