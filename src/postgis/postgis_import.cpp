#include "postgis/postgis_import.h"

#include <cmath>
#include <cstdio>

#include "core/sources/json_text.h"
#include "core/time/time_value.h"
#include "postgis/postgis_schema.h"

namespace chronomap::postgis {
namespace {

void field(std::string& line, std::string_view value) {
    append_copy_field(line, value);
    line += '\t';
}
void null_field(std::string& line) { line += "\\N\t"; }
void number_field(std::string& line, double value) {
    if (std::isnan(value)) return null_field(line);
    append_json_number(line, value);
    line += '\t';
}
void count_field(std::string& line, std::int32_t value) {
    if (value < 0) return null_field(line);
    line += std::to_string(value);
    line += '\t';
}

// An event without an id still needs a key: a hash of its text, so importing the same file
// again finds it again. Text written from a store's fields (no file) adds the row's position.
std::string key_of(const EventStore& store, size_t i) {
    std::string_view id = store.id(i);
    if (!id.empty()) return std::string(id);
    std::uint64_t hash = 1469598103934665603ull;
    auto mix = [&hash](std::string_view text) {
        for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    };
    mix(store.original_json(i));
    if (store.original_json(i).empty()) {
        mix(std::to_string(store.file_index()[i]));
        mix(std::to_string(store.start()[i]));
    }
    char text[32];
    std::snprintf(text, sizeof text, "text:%016llx", static_cast<unsigned long long>(hash));
    return text;
}

// JSONB keeps an object's keys in its own order; legends list categories in the file's, so
// each carries its rank ("order", taken out again when read).
std::string categories_json(const EventStore& store) {
    std::string out = "{";
    int rank = 0;
    for (const Category& c : store.categories()) {
        if (out.size() > 1) out += ',';
        append_json_string(out, c.key);
        out += ":{\"label\":";
        append_json_string(out, c.label);
        char color[16];
        std::snprintf(color, sizeof color, "#%02x%02x%02x", c.color.r, c.color.g, c.color.b);
        out += ",\"color\":\"" + std::string(color) + "\",\"order\":" + std::to_string(rank++) + "}";
    }
    return out + "}";
}

// The event as chronomap JSON: its text in the file, or (a store built in memory, without a
// file) written from its fields.
void append_event_json(std::string& line, const EventStore& store, size_t i, const std::string& key) {
    std::string_view written = store.original_json(i);
    if (!written.empty()) return append_copy_field(line, written);
    TimeValue time = store.time(i);
    std::string json = "{\"id\":";
    append_json_string(json, key);
    json += ",\"time\":{\"start\":";
    append_json_string(json, format_time(time.start, time.start_precision));
    json += ",\"end\":";
    append_json_string(json, format_time_end(time.end, time.end_precision));
    json += "}";
    if (!store.title(i).empty()) {
        json += ",\"title\":";
        append_json_string(json, store.title(i));
    }
    if (!store.place_name(i).empty()) {
        json += ",\"place\":{\"name\":";
        append_json_string(json, store.place_name(i));
        json += ",\"country\":";
        append_json_string(json, store.place_country(i));
        json += "}";
    }
    if (store.is_placed(i)) {
        json += ",\"coordinates\":[";
        append_json_number(json, store.lon()[i]);
        json += ',';
        append_json_number(json, store.lat()[i]);
        json += "]";
    }
    json += ",\"category\":";
    append_json_string(json, store.categories()[store.category()[i]].key);
    if (store.fatalities()[i] >= 0) json += ",\"fatalities\":" + std::to_string(store.fatalities()[i]);
    json += "}";
    append_copy_field(line, json);
}

const char* kStaging = R"(CREATE TEMPORARY TABLE chronomap_staging (
    id text, title text, start_s bigint, end_s bigint, start_precision text, end_precision text,
    lon double precision, lat double precision, location_precision text, place_source text,
    place_name text, country text, region text, district text, category text,
    fatalities integer, injured integer, import_order bigint, event jsonb
) ON COMMIT DROP)";

// A geometry PostGIS cannot read (chronomap warned and drew what it could) must not fail the
// import: the event is then indexed by its point.
const char* kGeometryFunction = R"(CREATE FUNCTION pg_temp.chronomap_geometry(g jsonb) RETURNS geometry
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN ST_SetSRID(ST_GeomFromGeoJSON(g::text), 4326);
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$)";

// Outside the transaction (VACUUM cannot run in one): the visibility map that lets window
// counts and grids read the covering index alone, and the planner's statistics. Only the pages
// changed since the last VACUUM are visited. A user who does not own the table gets a warning
// from the server, not an error (autovacuum does it later); a failure here leaves the import
// committed, so it is not thrown.
void roll_back(PgConnection& db) {
    try {
        db.exec("ROLLBACK");
    } catch (const PgError&) {
        // The connection is gone: the server rolls back on its own.
    }
}

void vacuum(PgConnection& db, const std::string& table) {
    // The summary tables too: freshly filled, the planner would guess their size.
    for (const std::string& name : {table, hours_table(table), cells_table(table), alive_table(table)}) {
        try {
            db.exec("VACUUM (ANALYZE) " + db.quote_identifier(name));
        } catch (const PgError&) {
        }
    }
}

}  // namespace

ImportCounts import_events(PgConnection& db, const std::string& table, const EventStore& store,
                           const std::function<void(size_t)>& progress) {
    const std::string t = db.quote_identifier(table);
    ImportCounts counts;
    db.exec("BEGIN");
    try {
        require_postgis(db);
        create_events_table(db, table);
        db.exec(kStaging);
        db.exec(kGeometryFunction);
        db.begin_copy("COPY chronomap_staging FROM STDIN");
        std::string batch;
        for (size_t i = 0; i < store.size(); ++i) {
            TimeValue time = store.time(i);
            std::string& line = batch;
            const std::string key = key_of(store, i);
            field(line, key);
            field(line, store.title(i));
            line += std::to_string(time.start) + '\t' + std::to_string(time.end) + '\t';
            field(line, precision_name(time.start_precision));
            field(line, precision_name(time.end_precision));
            number_field(line, store.lon()[i]);
            number_field(line, store.lat()[i]);
            field(line, location_precision_name(store.location_precision(i)));
            field(line, place_source_name(store.place_source(i)));
            field(line, store.place_name(i));
            field(line, store.place_country(i));
            field(line, store.place_region(i));
            field(line, store.place_district(i));
            field(line, store.categories()[store.category()[i]].key);
            count_field(line, store.fatalities()[i]);
            count_field(line, store.injured()[i]);
            line += std::to_string(store.file_index()[i]) + '\t';
            append_event_json(line, store, i, key);
            line += '\n';
            if (batch.size() > (1 << 20)) {
                db.put(batch);
                batch.clear();
                if (progress) progress(i + 1);
            }
        }
        if (!batch.empty()) db.put(batch);
        db.end_copy();
        if (progress) progress(store.size());
        counts.repeated_ids = static_cast<size_t>(
            db.exec("SELECT count(*) - count(DISTINCT id) FROM chronomap_staging").number(0, 0));
        // The days whose summary rows this import changes: those of the rows it replaces (their
        // old dates) and of the rows it writes. They are counted again after the upsert.
        db.exec("CREATE TEMPORARY TABLE chronomap_touched_days ON COMMIT DROP AS "
                "SELECT floor(extract(epoch FROM e.time_start) / 86400)::int AS day FROM " + t +
                " AS e JOIN chronomap_staging AS s USING (id) UNION "
                "SELECT floor(start_s / 86400.0)::int FROM chronomap_staging");
        // New rows are written in time order: a window's rows then share heap pages (at 1 M
        // synthetic rows in random order, a 7-day window's 9 800 rows were on 8 900 pages and took
        // 9 times as long to read as from a table in time order; docs/PERFORMANCE.md). The
        // events longer than a day after the others, in time order too: a window reads those
        // reaching in from the month before it together, not one page each among other days'
        // rows (at 1 M rows 879 pages -> 67 for 1 187 long events, the rows statement 58 -> 25 ms).
        PgResult upserted = db.exec(
            "WITH latest AS (SELECT DISTINCT ON (id) * FROM chronomap_staging ORDER BY id, import_order DESC), "
            "up AS (INSERT INTO " + t + R"( AS e (id, title, time_start, time_end,
                time_start_precision, time_end_precision, geom, location_precision, place_source,
                place_name, country, region, district, category, actors, fatalities, injured,
                sources, event, import_order)
            SELECT id, title, to_timestamp(start_s), to_timestamp(end_s),
                start_precision, end_precision,
                COALESCE(CASE WHEN jsonb_typeof(event->'geometry') = 'object'
                              THEN pg_temp.chronomap_geometry(event->'geometry') END,
                         CASE WHEN lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END),
                location_precision, place_source, place_name, country, region, district, category,
                CASE WHEN jsonb_typeof(event->'actors') = 'array'
                     THEN ARRAY(SELECT jsonb_array_elements_text(event->'actors')) END,
                fatalities, injured, event->'sources', event, import_order
            FROM latest ORDER BY end_s - start_s > )" + std::to_string(kLongSpanSeconds) + R"(, start_s, import_order
            ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title,
                time_start = EXCLUDED.time_start, time_end = EXCLUDED.time_end,
                time_start_precision = EXCLUDED.time_start_precision,
                time_end_precision = EXCLUDED.time_end_precision, geom = EXCLUDED.geom,
                location_precision = EXCLUDED.location_precision,
                place_source = EXCLUDED.place_source, place_name = EXCLUDED.place_name,
                country = EXCLUDED.country, region = EXCLUDED.region, district = EXCLUDED.district,
                category = EXCLUDED.category, actors = EXCLUDED.actors,
                fatalities = EXCLUDED.fatalities, injured = EXCLUDED.injured,
                sources = EXCLUDED.sources, event = EXCLUDED.event,
                import_order = EXCLUDED.import_order, imported_at = now()
            RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up)");
        refresh_summary_days(db, table);
        counts.inserted = static_cast<size_t>(upserted.number(0, 0));
        counts.updated = static_cast<size_t>(upserted.number(0, 1));
        // Categories and places merge with what earlier imports declared; the longest span only
        // grows (a window query looks that far back).
        db.exec_params(std::string("INSERT INTO ") + kMetadataTable + R"( AS m
                (table_name, title, lang, categories, places, max_duration_s)
            SELECT $1, $2, NULLIF($3, ''), $4::jsonb, NULLIF($5, '')::jsonb,
                   COALESCE((SELECT max(end_s - start_s) FROM chronomap_staging), 0)
            ON CONFLICT (table_name) DO UPDATE SET title = COALESCE(m.title, EXCLUDED.title),
                lang = COALESCE(m.lang, EXCLUDED.lang),
                categories = m.categories || EXCLUDED.categories,
                places = COALESCE(m.places, '{}') || COALESCE(EXCLUDED.places, '{}'),
                max_duration_s = GREATEST(m.max_duration_s, EXCLUDED.max_duration_s),
                updated_at = now())",
                       std::vector<std::string>{table, store.title_of_file(), store.language(),
                                                categories_json(store), store.places_json()});
        db.exec("COMMIT");
    } catch (...) {
        roll_back(db);
        throw;
    }
    vacuum(db, table);
    return counts;
}

ReindexCounts reindex_table(PgConnection& db, const std::string& table) {
    ReindexCounts counts;
    db.exec("BEGIN");
    try {
        check_events_table(db, table);  // a missing table is not created
        const TableLayout before = table_layout(db, table);
        create_events_table(db, table);  // the index and summary tables: counted when made
        if (before.summary) rebuild_start_summary(db, table);
        if (before.alive) rebuild_alive_summary(db, table);
        auto rows_of = [&db](const std::string& name) {
            return db.exec("SELECT count(*) FROM " + db.quote_identifier(name)).number(0, 0);
        };
        counts = {rows_of(table), rows_of(hours_table(table)), rows_of(cells_table(table)),
                  rows_of(alive_table(table))};
        db.exec("COMMIT");
    } catch (...) {
        roll_back(db);
        throw;
    }
    vacuum(db, table);
    return counts;
}

}  // namespace chronomap::postgis
