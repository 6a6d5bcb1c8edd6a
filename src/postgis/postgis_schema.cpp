#include "postgis/postgis_schema.h"

#include <map>

namespace chronomap::postgis {
namespace {

// The columns chronomap relies on, with their types as information_schema.udt_name says.
const std::map<std::string, std::string>& required_columns() {
    static const std::map<std::string, std::string> columns = {
        {"id", "text"},           {"title", "text"},
        {"time_start", "timestamptz"}, {"time_end", "timestamptz"},
        {"time_start_precision", "text"}, {"time_end_precision", "text"},
        {"geom", "geometry"},     {"location_precision", "text"},
        {"place_source", "text"}, {"place_name", "text"},
        {"country", "text"},      {"region", "text"},
        {"district", "text"},     {"category", "text"},
        {"actors", "_text"},      {"fatalities", "int4"},
        {"injured", "int4"},      {"sources", "jsonb"},
        {"event", "jsonb"},       {"import_order", "int8"},
    };
    return columns;
}

}  // namespace

void require_postgis(PgConnection& db) {
    if (db.exec("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").rows() == 1) return;
    bool available =
        db.exec("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").rows() == 1;
    if (!available)
        throw PgError("PostGIS is not installed on the server " + db.where(),
                      "install it on the server (Debian: apt-get install postgresql-15-postgis-3), "
                      "then CREATE EXTENSION postgis in the database");
    try {
        db.exec("CREATE EXTENSION IF NOT EXISTS postgis");
    } catch (const PgError& e) {
        throw PgError("PostGIS is not enabled in the database " + db.where() +
                          " and this user may not enable it (" + e.what() + ")",
                      "ask its owner to run: CREATE EXTENSION postgis;");
    }
}

void create_events_table(PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    db.exec("CREATE TABLE IF NOT EXISTS " + t + R"( (
        id text PRIMARY KEY,
        title text,
        time_start timestamptz NOT NULL,
        time_end timestamptz NOT NULL,
        time_start_precision text NOT NULL,
        time_end_precision text NOT NULL,
        geom geometry(Geometry, 4326),
        location_precision text,
        place_source text,
        place_name text,
        country text,
        region text,
        district text,
        category text,
        actors text[],
        fatalities integer,
        injured integer,
        sources jsonb,
        event jsonb NOT NULL,
        import_order bigint NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
    ))");
    check_events_table(db, table);
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_geom_idx") + " ON " + t +
            " USING gist (geom)");
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_time_idx") + " ON " + t +
            " (time_start, time_end)");
    db.exec(std::string("CREATE TABLE IF NOT EXISTS ") + kMetadataTable + R"( (
        table_name text PRIMARY KEY,
        title text,
        lang text,
        categories jsonb NOT NULL DEFAULT '{}',
        places jsonb,
        max_duration_s bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
    ))");
}

void check_events_table(PgConnection& db, const std::string& table) {
    PgResult columns = db.exec_params(
        "SELECT column_name, udt_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = $1",
        std::vector<std::string>{table});
    if (columns.rows() == 0)
        throw PgError("there is no table \"" + table + "\" in " + db.where(),
                      "import events into it first: chronomap import FILE -o URI --table " + table);
    std::map<std::string, std::string> found;
    for (int r = 0; r < columns.rows(); ++r) found[columns.text(r, 0)] = columns.text(r, 1);
    // Wrong types first, then the missing columns (a few named: a table of another program
    // lacks most of them).
    std::string wrong, missing;
    size_t missing_count = 0;
    for (const auto& [name, type] : required_columns()) {
        auto at = found.find(name);
        if (at == found.end()) {
            if (++missing_count <= 4) missing += (missing.empty() ? "" : ", ") + name;
        } else if (at->second != type) {
            wrong += (wrong.empty() ? "" : ", ") + name + " is " + at->second + ", not " + type;
        }
    }
    if (missing_count)
        wrong += (wrong.empty() ? "" : "; ") + std::to_string(missing_count) +
                 (missing_count == 1 ? " column is missing: " : " columns are missing: ") + missing +
                 (missing_count > 4 ? "..." : "");
    if (!wrong.empty())
        throw PgError("the table \"" + table + "\" in " + db.where() +
                          " is not a chronomap events table (" + wrong + ")",
                      "name another table with --table (import) or ?table=NAME (sources); "
                      "docs/postgis.md shows the columns");
}

}  // namespace chronomap::postgis
