#include "core/text/counted.h"
#include "cli/cli_common.h"

#include <iostream>

namespace chronomap::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    constexpr size_t kMaxShown = 50;  // a broken million-event file must not flood the terminal
    for (size_t i = 0; i < diagnostics.size() && i < kMaxShown; ++i) out << diagnostics[i].format() << "\n";
    if (diagnostics.size() > kMaxShown)
        out << "... and " << counted(diagnostics.size() - kMaxShown, "more problem", "more problems") << "\n";
}

LoadResult load_and_report(const std::string& path, const SourceOptions& options) {
    LoadResult result = open_event_source(path, options);
    print_diagnostics(result.diagnostics, std::cerr);
    return result;
}

void add_language_option(Command command, std::string& language) {
    command
        .add_option("--lang", language,
                    "Language of the words and dates drawn: fr or en (default: the file's \"lang\", else "
                    "guessed from its title)")
        .one_of_ignoring_case({"fr", "en"});
}

void add_source_options(Command command, SourceOptions& options) {
    command.add_option("--map", options.mapping,
                       "Which column holds what, for tables chronomap does not recognise: "
                       "time=Date,place=Town,country=Pays,category=Type (see docs/importing.md)");
    command.add_option("--mapping", options.mapping_file, "A file of FIELD=COLUMN lines, as --map")
        .existing_file();
    command
        .add_option_function(
            "--date-order",
            [&options](const std::string& order) {
                options.date_order = order == "dmy" ? DateOrder::dmy : DateOrder::mdy;
            },
            "How to read 10/04/2017: dmy (4 October) or mdy (10 April)")
        .one_of({"dmy", "mdy"});
    command.add_option("--layer", options.layer, "The layer to read from a GeoPackage or KML file");
}

PlacementReport place_and_report(EventStore& store, const std::filesystem::path& geodata,
                                 const std::string& file, PlacementOptions options) {
    std::vector<Diagnostic> problems;
    PlacementReport placement = place_for_drawing(store, geodata, file, problems, options);
    for (const Diagnostic& d : placement.problems(file)) problems.push_back(d);
    for (const Diagnostic& d : problems) std::cerr << d.format() << "\n";
    return placement;
}

int exit_code_for(const LoadResult& result) {
    if (!result.store) return kExitBadInput;
    if (result.skipped_events > 0 || has_errors(result.diagnostics)) return kExitProblems;
    return kExitOk;
}

}  // namespace chronomap::cli
