// `chronomap import IN -o OUT.json`: converts any file chronomap reads (CSV, GDELT, XLSX, ODS,
// GeoJSON, KML, GeoPackage, Shapefile) into chronomap JSON, written atomically. The result is
// the document every other command reads from IN, so it loads to the same events.
#include <iostream>
#include <memory>

#include "core/text/counted.h"
#include "cli/subcommands.h"
#include "core/io/atomic_file.h"
#include "cli/import_postgis.h"

namespace chronomap::cli {
namespace {

struct ImportOptions {
    std::string input, output;
    std::string table;  // PostGIS only
    bool reindex = false;
    SourceOptions source;
};

int run_import(const ImportOptions& options) {
    if (options.reindex) {
        if (!options.input.empty() || !is_database_uri(options.output)) {
            std::cerr << "chronomap import: error: --reindex takes no input file, only -o postgresql://...\n"
                      << "  hint: chronomap import --reindex -o 'postgresql://USER@HOST/DB?table=NAME'\n";
            return kExitUsage;
        }
        return reindex_postgis(options.output, options.table);
    }
    if (options.input.empty()) {
        std::cerr << "chronomap import: error: IN is required: the file to convert\n";
        return kExitUsage;
    }
    LoadResult loaded = load_and_report(options.input, options.source);
    if (!loaded.store) return exit_code_for(loaded);
    if (is_database_uri(options.output))
        return import_into_postgis(loaded, options.input, options.output, options.table);
    try {
        write_file_atomically(options.output, loaded.store->source_text());
    } catch (const WriteError& e) {
        std::cerr << "chronomap import: error: " << e.what() << "\n";
        return kExitWriteFailed;
    }
    std::cout << options.input << " (" << loaded.format << ") -> " << options.output << "\n"
              << "  events  " << loaded.store->size() << " written";
    if (loaded.skipped_events)
        std::cout << ", " << counted(loaded.skipped_events, "row", "rows") << " skipped (see above)";
    std::cout << "\n";
    return exit_code_for(loaded);
}

}  // namespace

Subcommand add_import_command(Command app) {
    auto options = std::make_shared<ImportOptions>();
    Command command = app.add_subcommand(
        "import",
        "Convert CSV (ACLED, UCDP GED, your own), GDELT, XLSX, ODS, GeoJSON, KML, GeoPackage or "
        "Shapefile into chronomap JSON, or into a PostGIS table (same ids update their rows). Bad rows are reported with their line and column and "
        "skipped. Exit 0 ok, 1 rows skipped, 2 unreadable input, 3 cannot write.");
    command.add_option("IN", options->input, "The file to convert (none with --reindex)");
    command.add_option("-o,--output", options->output, "The chronomap JSON file to write, or a PostGIS database: "
                        "postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass)")
        .required();
    command.add_option("--table", options->table,
                        "PostGIS only: the table to create or update (default: events)");
    command.add_flag("--reindex", options->reindex,
                      "PostGIS only, no IN: make the table's summary tables and covering index again from "
                      "its rows (a table written by an older chronomap, or by other programs)");
    command.add_flag("--strict", options->source.strict,
                      "Refuse the file if any row has a problem");
    add_source_options(command, options->source);
    return {command, [options] { return run_import(*options); }};
}

}  // namespace chronomap::cli
