// chronomap: dated events on a map and a timeline. This file only dispatches.
#include "cli/subcommands.h"
#include "core/text/terminal_text.h"
#include "postgis/postgis_source.h"

using namespace chronomap::cli;

int main(int argc, char** argv) {
    // Titles, ids and place names come from files: no control character reaches the terminal raw.
    chronomap::TerminalSafeStreams terminal_safe;
    // Every command that reads events also reads postgresql:// URIs (docs/postgis.md).
    chronomap::postgis::register_postgis_source();
    const Program program{
        "chronomap",
        "chronomap: puts dated events on a map and a timeline.\n"
        "Exit codes: 0 ok, 1 done with problems, 2 bad input, 3 cannot write output,\n"
        "4 no graphics, 5 database server lost mid-export (nothing written), 64 usage error,\n"
        "130 interrupted (nothing written).",
        "chronomap 0.1.0",
        "Run `chronomap COMMAND --help` for a command's options.",
    };
    return run_program(program, argc, argv, [](Command root) {
        return std::vector<Subcommand>{
            add_info_command(root),
            add_lookup_command(root),
            add_geocode_command(root),
            add_render_command(root),
            add_view_command(root),
            add_gazetteer_command(root),
            add_import_command(root),
            add_present_command(root),
        };
    });
}
