#include "cli/import_postgis.h"

#include <iostream>

#include "cli/cli_common.h"
#include "cli/progress_bar.h"
#include "core/text/counted.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_schema.h"

namespace chronomap::cli {

bool is_database_uri(const std::string& output) {
    std::string scheme = uri_scheme(output);
    return scheme == "postgresql" || scheme == "postgres";
}

int import_into_postgis(const LoadResult& loaded, const std::string& input, const std::string& uri,
                        const std::string& table_option) {
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(uri);
    const std::string table =
        !table_option.empty() ? table_option : !parsed.table.empty() ? parsed.table : postgis::kDefaultTable;
    const std::string shown = postgis::redact_password(uri);
    std::unique_ptr<postgis::PgConnection> db;
    try {
        db = std::make_unique<postgis::PgConnection>(parsed.connection);
    } catch (const postgis::PgError& e) {
        std::cerr << "chronomap import: error: " << e.what() << "\n";
        if (!e.hint.empty()) std::cerr << "  hint: " << e.hint << "\n";
        return kExitBadInput;
    }
    postgis::ImportCounts counts;
    try {
        ProgressBar bar("-> " + table, loaded.store->size());
        counts = postgis::import_events(*db, table, *loaded.store, [&bar](size_t done) { bar.update(done); });
        bar.finish();
    } catch (const postgis::PgError& e) {
        std::cerr << "chronomap import: error: " << e.what() << "\n";
        if (!e.hint.empty()) std::cerr << "  hint: " << e.hint << "\n";
        std::cerr << "  the table \"" << table << "\" is as it was before this import\n";
        bool shape = std::string(e.what()).find("not a chronomap") != std::string::npos ||
                     std::string(e.what()).find("PostGIS is not") != std::string::npos;
        return shape ? kExitBadInput : kExitWriteFailed;
    }
    std::cout << input << " (" << loaded.format << ") -> " << shown << " table " << table << "\n"
              << "  events  " << counts.inserted << " added, " << counts.updated << " updated";
    if (loaded.skipped_events)
        std::cout << ", " << counted(loaded.skipped_events, "row", "rows") << " skipped (see above)";
    std::cout << "\n";
    if (counts.repeated_ids)
        std::cerr << "chronomap import: warning: " << counted(counts.repeated_ids, "id is", "ids are")
                  << " given twice in " << input << ": the later row was kept\n";
    return exit_code_for(loaded);
}

int reindex_postgis(const std::string& uri, const std::string& table_option) {
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(uri);
    const std::string table =
        !table_option.empty() ? table_option : !parsed.table.empty() ? parsed.table : postgis::kDefaultTable;
    const std::string shown = postgis::redact_password(uri);
    bool connected = false;
    try {
        postgis::PgConnection db(parsed.connection);
        connected = true;
        postgis::ReindexCounts counts = postgis::reindex_table(db, table);
        std::cout << shown << " table " << table << ": summary counted again from "
                  << counted(static_cast<size_t>(counts.events), "event", "events") << " ("
                  << counted(static_cast<size_t>(counts.hours), "hour row", "hour rows") << ", "
                  << counted(static_cast<size_t>(counts.cells), "cell row", "cell rows") << ", "
                  << counted(static_cast<size_t>(counts.alive), "alive row", "alive rows") << ")\n";
        return 0;
    } catch (const postgis::PgError& e) {
        std::cerr << "chronomap import: error: " << e.what() << "\n";
        if (!e.hint.empty()) std::cerr << "  hint: " << e.hint << "\n";
        if (!connected) return kExitBadInput;
        std::cerr << "  the table \"" << table << "\" is as it was before\n";
        bool shape = std::string(e.what()).find("not a chronomap") != std::string::npos ||
                     std::string(e.what()).find("there is no table") != std::string::npos;
        return shape ? kExitBadInput : kExitWriteFailed;
    }
}

}  // namespace chronomap::cli
