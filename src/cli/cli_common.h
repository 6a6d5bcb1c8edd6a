// What every subcommand shares: exit codes, loading with diagnostics, printing.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/placement/place_events.h"
#include "core/native_json/event_reader.h"
#include "core/sources/event_source.h"
#include "cli/command_line.h"


namespace chronomap::cli {

// Documented in the README ("Exit codes"); tests/cli checks them.
enum ExitCode : int {
    kExitOk = 0,
    kExitProblems = 1,      // done, but some input was skipped or unresolved
    kExitBadInput = 2,      // an input could not be read or was refused (--strict)
    kExitWriteFailed = 3,   // an output could not be written
    kExitNoGraphics = 4,    // no OpenGL context could be created
    kExitServerLost = 5,    // the database server went away during an export: nothing written
    kExitUsage = 64,        // bad command line (as sysexits.h EX_USAGE)
};

// How messages name the command that wrote them ("chronomap render: wrote a.mp4").
inline constexpr const char* kRenderCommand = "chronomap render";
inline constexpr const char* kPresentCommand = "chronomap present";

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out);

// Loads an event file in any format chronomap reads (core/sources/event_source.h) and prints
// its diagnostics to stderr.
LoadResult load_and_report(const std::string& path, const SourceOptions& options);

// --map, --mapping, --date-order and --layer: how to read files that are not chronomap JSON.
void add_source_options(Command command, SourceOptions& options);

// --lang fr|en: the language of the words and dates drawn (menus, legend, date stamps,
// category labels); without it, the file's (core/i18n/language.h).
void add_language_option(Command command, std::string& language);

// Places the events before drawing (geocoder data in `geodata`) and prints what stays
// unplaced to stderr.
PlacementReport place_and_report(EventStore& store, const std::filesystem::path& geodata,
                                 const std::string& file, PlacementOptions options = {});

// kExitBadInput when unusable, kExitProblems when events were skipped, else kExitOk.
int exit_code_for(const LoadResult& result);

}  // namespace chronomap::cli
