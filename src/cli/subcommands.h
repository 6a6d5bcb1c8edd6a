// Every subcommand, one file each; main.cpp lists them here.
#pragma once

#include "cli/cli_common.h"

namespace chronomap::cli {

Subcommand add_info_command(Command app);
Subcommand add_lookup_command(Command app);
Subcommand add_geocode_command(Command app);
Subcommand add_render_command(Command app);
Subcommand add_view_command(Command app);
Subcommand add_gazetteer_command(Command app);
Subcommand add_import_command(Command app);
Subcommand add_present_command(Command app);

}  // namespace chronomap::cli
