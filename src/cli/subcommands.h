// Every subcommand, one file each; main.cpp lists them here.
#pragma once

#include "cli/cli_common.h"

namespace chronomap::cli {

Subcommand add_info_command(CLI::App& app);
Subcommand add_lookup_command(CLI::App& app);
Subcommand add_geocode_command(CLI::App& app);
Subcommand add_render_command(CLI::App& app);
Subcommand add_view_command(CLI::App& app);
Subcommand add_gazetteer_command(CLI::App& app);
Subcommand add_import_command(CLI::App& app);
Subcommand add_present_command(CLI::App& app);

}  // namespace chronomap::cli
