// chronomap: dated events on a map and a timeline. This file only dispatches.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/subcommands.h"
#include "core/text/terminal_text.h"
#include "postgis/postgis_source.h"

using namespace chronomap::cli;

int main(int argc, char** argv) {
    // Titles, ids and place names come from files: no control character reaches the terminal raw.
    chronomap::TerminalSafeStreams terminal_safe;
    // Every command that reads events also reads postgresql:// URIs (docs/postgis.md).
    chronomap::postgis::register_postgis_source();
    CLI::App app{"chronomap: puts dated events on a map and a timeline.\n"
                 "Exit codes: 0 ok, 1 done with problems, 2 bad input, 3 cannot write output,\n"
                 "4 no graphics, 5 database server lost mid-export (nothing written), 64 usage error,\n"
                 "130 interrupted (nothing written).",
                 "chronomap"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "chronomap 0.1.0");
    app.footer("Run `chronomap COMMAND --help` for a command's options.");

    std::vector<Subcommand> commands = {
        add_info_command(app),
        add_lookup_command(app),
        add_geocode_command(app),
        add_render_command(app),
        add_view_command(app),
        add_gazetteer_command(app),
        add_import_command(app),
        add_present_command(app),
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "chronomap: " << e.what() << "\n"
                  << "Run `chronomap --help` to see the commands and options.\n";
        return kExitUsage;
    }
    for (const Subcommand& command : commands) {
        if (command.app->parsed()) {
            try {
                return command.run();
            } catch (const std::exception& e) {
                std::cerr << "chronomap " << command.app->get_name() << ": error: " << e.what() << "\n";
                return kExitBadInput;
            }
        }
    }
    return kExitUsage;
}
