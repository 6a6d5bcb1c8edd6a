#include "postgis/postgis_info.h"

#include <vector>

namespace chronomap::postgis {
namespace {

TimePrecision precision_called(const std::string& name) {
    for (int p = 0; p < kTimePrecisionCount; ++p)
        if (precision_name(static_cast<TimePrecision>(p)) == name) return static_cast<TimePrecision>(p);
    return TimePrecision::day;
}

}  // namespace

TableInfo table_info(PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    TableInfo info;
    // One pass over the table for the counts (spans are in the event's JSON: its time written
    // as an object). The rest are index probes or small groupings.
    PgResult counts = db.exec(
        "SELECT count(*), count(*) FILTER (WHERE jsonb_typeof(event->'time') = 'object'), "
        "count(*) FILTER (WHERE geom IS NOT NULL), count(*) FILTER (WHERE place_source = 'coordinates'), "
        "count(*) FILTER (WHERE geom IS NULL AND COALESCE(place_name, '') = ''), "
        "count(DISTINCT (place_name, COALESCE(country, ''), COALESCE(region, ''))) FILTER "
        "(WHERE place_source IS DISTINCT FROM 'coordinates' AND COALESCE(place_name, '') <> '') FROM " + t);
    info.events = counts.number(0, 0);
    info.spans = counts.number(0, 1);
    info.placed = counts.number(0, 2);
    info.with_coordinates = counts.number(0, 3);
    info.without_place = counts.number(0, 4);
    info.distinct_places = counts.number(0, 5);
    if (info.events == 0) return info;
    // The first event in reading order (time, then the file's order), and the first of those
    // that end last: what a file's summary takes.
    auto time_of = [&db, &t](const std::string& order, bool end) {
        PgResult r = db.exec("SELECT floor(extract(epoch FROM " + std::string(end ? "time_end" : "time_start") +
                             "))::bigint, " + (end ? "time_end_precision" : "time_start_precision") + " FROM " + t +
                             " ORDER BY " + order + " LIMIT 1");
        TimeValue v;
        (end ? v.end : v.start) = r.number(0, 0);
        (end ? v.end_precision : v.start_precision) = precision_called(r.text(0, 1));
        return v;
    };
    info.first = time_of("time_start, import_order", false);
    info.last = time_of("time_end DESC, time_start, import_order", true);
    PgResult precisions = db.exec("SELECT time_start_precision, count(*) FROM " + t + " GROUP BY 1");
    for (int r = 0; r < precisions.rows(); ++r)
        info.by_start_precision[static_cast<size_t>(precision_called(precisions.text(r, 0)))] += precisions.number(r, 1);
    PgResult categories = db.exec("SELECT COALESCE(category, ''), count(*) FROM " + t + " GROUP BY 1");
    for (int r = 0; r < categories.rows(); ++r) info.by_category[categories.text(r, 0)] += categories.number(r, 1);
    return info;
}

}  // namespace chronomap::postgis
