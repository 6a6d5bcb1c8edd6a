#include "postgis/postgis_schema.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>

namespace chronomap::postgis {
namespace {

// The columns chronomap relies on, with their types' names (pg_type.typname; a domain's base type).
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

// The event's point: the point itself, else the centre of its box (areas and lines). Generated,
// so rows written by other programs have it too; the box centre (not ST_PointOnSurface) never
// fails on an invalid shape, which would refuse the row.
constexpr const char* kPx =
    "px double precision GENERATED ALWAYS AS (CASE WHEN ST_GeometryType(geom) = 'ST_Point' "
    "THEN ST_X(geom) ELSE (ST_XMin(geom) + ST_XMax(geom)) / 2 END) STORED";
constexpr const char* kPy =
    "py double precision GENERATED ALWAYS AS (CASE WHEN ST_GeometryType(geom) = 'ST_Point' "
    "THEN ST_Y(geom) ELSE (ST_YMin(geom) + ST_YMax(geom)) / 2 END) STORED";

// The summary's levels and their cell sizes, as the rows of a VALUES list: (level, size).
std::string level_sizes() {
    std::string levels;
    for (size_t l = 0; l < std::size(kCellDegrees); ++l)
        levels += (l ? ", (" : "(") + std::to_string(l) + "::smallint, " + std::to_string(kCellDegrees[l]) + "::float8)";
    return levels;
}

// The summary rows counted from the events `source` names (written in key order, so that a
// window's days and blocks of one level share pages rather than one row a page) (a FROM clause whose events are
// `e`): hours (with `hours`), and cells per day (`days` 1) or per block of kBlockDays days.
void count_into_summary(PgConnection& db, const std::string& table, const std::string& source, int days,
                        bool hours) {
    if (hours)
        db.exec("INSERT INTO " + db.quote_identifier(hours_table(table)) +
                " (hour, category, events) SELECT floor(extract(epoch FROM e.time_start) / 3600)::bigint, "
                "COALESCE(e.category, ''), count(*) FROM " + source + " GROUP BY 1, 2 ORDER BY 1, 2");
    const std::string levels = level_sizes();
    const std::string d = std::to_string(days);
    db.exec("INSERT INTO " + db.quote_identifier(cells_table(table)) +
            " (level, days, day, cx, cy, events) SELECT l.level, " + d + "::smallint, (floor(extract(epoch FROM "
            "e.time_start) / (86400 * " + d + ")) * " + d + ")::int, " + cell_x("l.size") + ", " + cell_y("l.size") +
            ", count(*) FROM " + source + " CROSS JOIN (VALUES " + levels +
            ") AS l(level, size) WHERE e.px IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
}

// The rows of blocks of kShortBlockDays days, summed from the day rows of those blocks (all
// blocks, or those `touched` names: a temporary table of their first days).
void sum_short_blocks(PgConnection& db, const std::string& table, const std::string& touched = "") {
    const std::string n = std::to_string(kShortBlockDays);
    const std::string block_of_day = "(c.day - ((c.day % " + n + ") + " + n + ") % " + n + ")";
    db.exec("INSERT INTO " + db.quote_identifier(cells_table(table)) + " (level, days, day, cx, cy, events) SELECT "
            "c.level, " + n + "::smallint, " + block_of_day + ", c.cx, c.cy, sum(c.events)::bigint FROM " +
            db.quote_identifier(cells_table(table)) + " AS c" +
            (touched.empty() ? "" : " JOIN " + touched + " AS b ON c.day >= b.day AND c.day < b.day + " + n) +
            " WHERE c.days = 1 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
}

// The alive rows counted from `source`: a FROM clause of (day, px, py) rows named `e`, one per
// event and midnight it is alive at. Events not placed count at the coarsest level, in cell
// (-1, -1): a window's count without a box sums that level. (Not COALESCE of the cell: LEAST
// in cell_x ignores a NULL px.)
void count_into_alive(PgConnection& db, const std::string& table, const std::string& source) {
    const std::string coarsest = std::to_string(std::size(kCellDegrees) - 1);
    db.exec("INSERT INTO " + db.quote_identifier(alive_table(table)) + " (level, day, cx, cy, events) SELECT "
            "l.level, e.day, CASE WHEN e.px IS NULL THEN -1 ELSE " + cell_x("l.size") + " END, CASE WHEN e.px IS NULL "
            "THEN -1 ELSE " + cell_y("l.size") + " END, count(*) "
            "FROM " + source + " CROSS JOIN (VALUES " + level_sizes() + ") AS l(level, size) WHERE e.px IS NOT NULL "
            "OR l.level = " + coarsest + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
}

// The alive table and the index of ends off midnight, empty (filled by the caller).
void create_alive_summary(PgConnection& db, const std::string& table) {
    db.exec("CREATE TABLE IF NOT EXISTS " + db.quote_identifier(alive_table(table)) +
            " (level smallint NOT NULL, day integer NOT NULL, cx integer NOT NULL, cy integer NOT NULL, "
            "events bigint NOT NULL, PRIMARY KEY (" + std::string(kAliveKey) + ") INCLUDE (events))");
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(ends_index(table)) + " ON " +
            db.quote_identifier(table) + " (time_end) INCLUDE (px, py) WHERE " + kEndsOffMidnightCondition);
}

// The days since 1970 of a timestamp column, as SQL: rounded down, or up.
std::string day_floor(const std::string& column) { return "floor(extract(epoch FROM " + column + ") / 86400)::int"; }
std::string day_ceil(const std::string& column) { return "ceil(extract(epoch FROM " + column + ") / 86400)::int"; }

}  // namespace

std::string alive_table(const std::string& table) { return table + "_chronomap_alive"; }
std::string ends_index(const std::string& table) { return table + "_ends_idx"; }

std::string cell_x(const std::string& size) { return "floor((LEAST(px, 179.999999999) + 180) / " + size + ")::int"; }
std::string cell_y(const std::string& size) { return "floor((LEAST(py, 89.999999999) + 90) / " + size + ")::int"; }

std::string hours_table(const std::string& table) { return table + "_chronomap_hours"; }
std::string cells_table(const std::string& table) { return table + "_chronomap_cells"; }

TableLayout table_layout(PgConnection& db, const std::string& table) {
    PgResult r = db.exec_params(
        std::string("SELECT (SELECT max_duration_s FROM ") + kMetadataTable +
            " WHERE table_name = $1), EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($2) "
            "AND attname = 'py' AND NOT attisdropped), to_regclass($3) IS NOT NULL AND to_regclass($4) IS NOT NULL, "
            "to_regclass($5) IS NOT NULL AND to_regclass($6) IS NOT NULL",
        std::vector<std::string>{table, db.quote_identifier(table), db.quote_identifier(hours_table(table)),
                                 db.quote_identifier(cells_table(table)), db.quote_identifier(alive_table(table)),
                                 db.quote_identifier(ends_index(table))});
    TableLayout layout;
    // Without the metadata row (a table filled by other means), look back without bound.
    layout.longest_span = r.is_null(0, 0) ? std::numeric_limits<int>::max() : r.number(0, 0);
    layout.points = r.text(0, 1) == "t";
    layout.summary = layout.points && r.text(0, 2) == "t";
    layout.alive = layout.summary && r.text(0, 3) == "t";
    layout.short_blocks =
        layout.summary && db.exec("SELECT EXISTS (SELECT 1 FROM " + db.quote_identifier(cells_table(table)) +
                                  " WHERE level = 0 AND days = " + std::to_string(kShortBlockDays) + ")")
                                  .text(0, 0) == "t";
    return layout;
}

void upgrade_events_table(PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    TableLayout layout = table_layout(db, table);
    if (!layout.points) db.exec("ALTER TABLE " + t + " ADD COLUMN " + kPx + ", ADD COLUMN " + kPy);
    // Time first (every window is a time range), then what counts and grids need, so that
    // they read the index alone (index-only scans, once VACUUM has marked the pages visible).
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_window_idx") + " ON " + t +
            " (time_start, time_end) INCLUDE (category, px, py)");
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_long_idx") + " ON " + t +
            " (time_start, time_end) INCLUDE (category, px, py) WHERE " + kLongSpanCondition);
    db.exec("DROP INDEX IF EXISTS " + db.quote_identifier(table + "_time_idx"));  // an older chronomap's
    if (layout.summary) {
        cover_summary_keys(db, table);
        if (!layout.short_blocks) sum_short_blocks(db, table);
        if (!layout.alive) {
            create_alive_summary(db, table);
            rebuild_alive_summary(db, table);
        }
        return;
    }
    // The keys cover the counts, so that a window's sums read the keys alone (index-only scans:
    // at 10 M rows a 7-day window went from 501 to 375 ms median, docs/PERFORMANCE.md).
    db.exec("CREATE TABLE IF NOT EXISTS " + db.quote_identifier(hours_table(table)) +
            " (hour bigint NOT NULL, category text NOT NULL, events bigint NOT NULL, "
            "PRIMARY KEY (" + std::string(kHoursKey) + ") INCLUDE (events))");
    db.exec("CREATE TABLE IF NOT EXISTS " + db.quote_identifier(cells_table(table)) +
            " (level smallint NOT NULL, days smallint NOT NULL, day integer NOT NULL, cx integer NOT NULL, "
            "cy integer NOT NULL, events bigint NOT NULL, PRIMARY KEY (" + std::string(kCellsKey) +
            ") INCLUDE (events))");
    create_alive_summary(db, table);
    rebuild_summary(db, table);
}

bool summary_keys_covered(PgConnection& db, const std::string& table) {
    for (const std::string& summary : {hours_table(table), cells_table(table)})
        if (db.exec_params("SELECT EXISTS (SELECT 1 FROM pg_index WHERE indrelid = to_regclass($1) AND indisprimary "
                           "AND indnatts > indnkeyatts)",
                           std::vector<std::string>{db.quote_identifier(summary)})
                .text(0, 0) != "t")
            return false;
    return true;
}

void cover_summary_keys(PgConnection& db, const std::string& table) {
    const std::pair<std::string, const char*> summaries[] = {{hours_table(table), kHoursKey},
                                                             {cells_table(table), kCellsKey}};
    for (const auto& [summary, key] : summaries) {
        const std::string s = db.quote_identifier(summary);
        PgResult primary = db.exec_params(
            "SELECT c.conname, i.indnatts > i.indnkeyatts FROM pg_constraint AS c JOIN pg_index AS i "
            "ON i.indexrelid = c.conindid WHERE c.conrelid = to_regclass($1) AND c.contype = 'p'",
            std::vector<std::string>{s});
        if (primary.rows() == 1 && primary.text(0, 1) == "t") continue;
        // A summary made before its keys covered the counts (or whose key was dropped): the key
        // made again, in the caller's transaction.
        const std::string drop =
            primary.rows() == 1 ? "DROP CONSTRAINT " + db.quote_identifier(primary.text(0, 0)) + ", " : "";
        db.exec("ALTER TABLE " + s + " " + drop + "ADD PRIMARY KEY (" + key + ") INCLUDE (events)");
    }
}

namespace {

// The alive rows of the midnights after the touched days, as far as an event starting on one
// of them (the old row an update replaced, or the new one) may reach, counted again from the
// events alive at each: those starting in the day before it, and longer ones back to the
// longest span (the metadata's, which only grows, or the long index's after the upsert).
void refresh_alive_midnights(PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    const long long longest =
        db.exec_params(std::string("SELECT GREATEST(COALESCE((SELECT max_duration_s FROM ") + kMetadataTable +
                           " WHERE table_name = $1), 0), COALESCE((SELECT extract(epoch FROM max(time_end - "
                           "time_start))::bigint FROM " + t + " WHERE " + kLongSpanCondition + "), 0))",
                       std::vector<std::string>{table})
            .number(0, 0);
    const std::string span_days = std::to_string(std::max(1LL, (longest + 86399) / 86400) + 1);
    db.exec("CREATE TEMPORARY TABLE chronomap_touched_midnights ON COMMIT DROP AS SELECT DISTINCT d.day + k AS day "
            "FROM chronomap_touched_days AS d CROSS JOIN generate_series(1, " + span_days + ") AS k");
    db.exec("ANALYZE chronomap_touched_midnights");
    db.exec("DELETE FROM " + db.quote_identifier(alive_table(table)) +
            " AS a USING chronomap_touched_midnights AS m WHERE a.day = m.day");
    const std::string midnight = "to_timestamp(m.day::bigint * 86400)";
    auto alive_at_midnights = [&](const std::string& from_days, const std::string& to_days, const std::string& also) {
        return "SELECT m.day, s.px, s.py FROM chronomap_touched_midnights AS m JOIN " + t +
               " AS s ON s.time_start >= to_timestamp((m.day::bigint - " + from_days + ") * 86400) AND s.time_start < "
               "to_timestamp((m.day::bigint - " + to_days + ") * 86400) AND s.time_end > " + midnight + also;
    };
    count_into_alive(db, table,
                     "(" + alive_at_midnights(span_days, "1", std::string(" AND ") + kLongSpanCondition) +
                         " UNION ALL " + alive_at_midnights("1", "0", "") + ") AS e");
}

}  // namespace

void refresh_summary_days(PgConnection& db, const std::string& table) {
    const std::string block = std::to_string(kBlockDays);
    const std::string short_block = std::to_string(kShortBlockDays);
    // The blocks of those days: their first days.
    db.exec("CREATE TEMPORARY TABLE chronomap_touched_blocks ON COMMIT DROP AS SELECT DISTINCT "
            "(floor(day::numeric / " + block + ") * " + block + ")::int AS day FROM chronomap_touched_days");
    db.exec("CREATE TEMPORARY TABLE chronomap_touched_short_blocks ON COMMIT DROP AS SELECT DISTINCT "
            "(floor(day::numeric / " + short_block + ") * " + short_block + ")::int AS day FROM chronomap_touched_days");
    db.exec("ANALYZE chronomap_touched_days");  // temporary tables: the planner knows their size
    db.exec("ANALYZE chronomap_touched_blocks");
    db.exec("ANALYZE chronomap_touched_short_blocks");
    db.exec("DELETE FROM " + db.quote_identifier(hours_table(table)) +
            " AS h USING chronomap_touched_days AS d WHERE h.hour >= d.day::bigint * 24 AND h.hour < (d.day::bigint + 1) * 24");
    db.exec("DELETE FROM " + db.quote_identifier(cells_table(table)) +
            " AS c USING chronomap_touched_days AS d WHERE c.days = 1 AND c.day = d.day");
    db.exec("DELETE FROM " + db.quote_identifier(cells_table(table)) + " AS c USING chronomap_touched_blocks AS d "
            "WHERE c.days = " + block + " AND c.day = d.day");
    db.exec("DELETE FROM " + db.quote_identifier(cells_table(table)) + " AS c USING chronomap_touched_short_blocks AS d "
            "WHERE c.days = " + short_block + " AND c.day = d.day");
    auto events_of = [&](const char* touched, const std::string& length) {
        return std::string(touched) + " AS d JOIN " + db.quote_identifier(table) +
               " AS e ON e.time_start >= to_timestamp(d.day::bigint * 86400) AND "
               "e.time_start < to_timestamp((d.day::bigint + " + length + ") * 86400)";
    };
    count_into_summary(db, table, events_of("chronomap_touched_days", "1"), 1, true);
    count_into_summary(db, table, events_of("chronomap_touched_blocks", block), kBlockDays, false);
    sum_short_blocks(db, table, "chronomap_touched_short_blocks");  // from the day rows counted again
    refresh_alive_midnights(db, table);
}

void rebuild_start_summary(PgConnection& db, const std::string& table) {
    db.exec("TRUNCATE " + db.quote_identifier(hours_table(table)) + ", " + db.quote_identifier(cells_table(table)));
    count_into_summary(db, table, db.quote_identifier(table) + " AS e", 1, true);
    count_into_summary(db, table, db.quote_identifier(table) + " AS e", kBlockDays, false);
    sum_short_blocks(db, table);
}

void rebuild_alive_summary(PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    db.exec("TRUNCATE " + db.quote_identifier(alive_table(table)));
    // Only events longer than a day (their partial index) and shorter ones ending off midnight
    // (the ends index) can span a midnight: the others are not read. Each is alive at the
    // midnights strictly inside its span.
    count_into_alive(db, table,
                     "(SELECT m.day, s.px, s.py FROM (SELECT time_start, time_end, px, py FROM " + t + " WHERE " +
                         kLongSpanCondition + " UNION ALL SELECT time_start, time_end, px, py FROM " + t + " WHERE " +
                         kEndsOffMidnightCondition + " AND NOT (" + kLongSpanCondition + ")) AS s CROSS JOIN LATERAL "
                         "generate_series(" + day_floor("s.time_start") + " + 1, " + day_ceil("s.time_end") +
                         " - 1) AS m(day)) AS e");
}

void rebuild_summary(PgConnection& db, const std::string& table) {
    rebuild_start_summary(db, table);
    rebuild_alive_summary(db, table);
}

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
        imported_at timestamptz NOT NULL DEFAULT now(),
        )" + std::string(kPx) + ", " + kPy + R"(
    ))");
    check_events_table(db, table);
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_geom_idx") + " ON " + t +
            " USING gist (geom)");
    db.exec(std::string("CREATE TABLE IF NOT EXISTS ") + kMetadataTable + R"( (
        table_name text PRIMARY KEY,
        title text,
        lang text,
        categories jsonb NOT NULL DEFAULT '{}',
        places jsonb,
        max_duration_s bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
    ))");
    upgrade_events_table(db, table);
}

void check_events_table(PgConnection& db, const std::string& table) {
    // The catalog itself rather than information_schema.columns, whose view took 80 ms to plan
    // on the first window after opening (docs/PERFORMANCE.md). The table the window statements
    // read: its unqualified name resolved through the search path (to_regclass); the relation
    // kinds that view lists (tables, partitioned tables, views, foreign tables); a domain's
    // type named by its base type, as udt_name does.
    PgResult columns = db.exec_params(
        "SELECT a.attname, COALESCE(b.typname, t.typname) FROM pg_catalog.pg_attribute a "
        "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
        "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "LEFT JOIN pg_catalog.pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype "
        "WHERE a.attrelid = pg_catalog.to_regclass($1) AND c.relkind IN ('r', 'p', 'v', 'f') "
        "AND a.attnum > 0 AND NOT a.attisdropped",
        std::vector<std::string>{db.quote_identifier(table)});
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
