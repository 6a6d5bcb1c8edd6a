#include "postgis/postgis_window.h"

#include <limits>

#include "postgis/postgis_schema.h"

namespace chronomap::postgis {

std::string window_condition(const SourceQuery& query, long long longest, std::vector<std::string>& values) {
    std::string where = "TRUE";
    auto param = [&values](std::string value) {
        values.push_back(std::move(value));
        return "$" + std::to_string(values.size());
    };
    constexpr auto kMin = std::numeric_limits<UnixSeconds>::min();
    constexpr auto kMax = std::numeric_limits<UnixSeconds>::max();
    if (query.end != kMax) where += " AND time_start < to_timestamp(" + param(std::to_string(query.end)) + ")";
    if (query.start != kMin) {
        where += " AND time_end > to_timestamp(" + param(std::to_string(query.start)) + ")";
        // Bounds the B-tree scan: nothing starts earlier than the longest span before the window.
        where += " AND time_start >= to_timestamp(" + param(std::to_string(query.start - longest)) + ")";
    }
    if (query.has_box) {
        auto envelope = [&](double w, double e) {
            return "ST_MakeEnvelope(" + param(std::to_string(w)) + "::float8, " +
                   param(std::to_string(query.south)) + "::float8, " + param(std::to_string(e)) +
                   "::float8, " + param(std::to_string(query.north)) + "::float8, 4326)";
        };
        if (query.west <= query.east)
            where += " AND geom && " + envelope(query.west, query.east);
        else  // across the antimeridian
            where += " AND (geom && " + envelope(query.west, 180) + " OR geom && " + envelope(-180, query.east) + ")";
    }
    return where;
}

long long longest_span(PgConnection& db, const std::string& table) {
    PgResult meta = db.exec_params(std::string("SELECT max_duration_s FROM ") + kMetadataTable +
                                       " WHERE table_name = $1",
                                   std::vector<std::string>{table});
    // Without the metadata row (a table filled by other means), look back without bound.
    return meta.rows() ? meta.number(0, 0) : std::numeric_limits<int>::max();
}

std::vector<std::int64_t> time_histogram(PgConnection& db, const std::string& table,
                                         const SourceQuery& query, int buckets) {
    std::vector<std::string> values{std::to_string(query.start), std::to_string(query.end),
                                    std::to_string(buckets)};
    SourceQuery box_only = query;
    box_only.start = std::numeric_limits<UnixSeconds>::min();
    box_only.end = std::numeric_limits<UnixSeconds>::max();
    std::string where = window_condition(box_only, 0, values);
    PgResult r = db.exec_params(
        // Integer arithmetic, not width_bucket's float8: an event at midnight falls in its own
        // day's bucket, not (by a rounding) in the day before.
        "SELECT (floor(extract(epoch FROM time_start))::bigint - $1::bigint) * $3::bigint / "
        "($2::bigint - $1::bigint), count(*) "
        "FROM " + db.quote_identifier(table) +
            " WHERE time_start >= to_timestamp($1) AND time_start < to_timestamp($2) AND " + where +
            " GROUP BY 1",
        values);
    std::vector<std::int64_t> counts(static_cast<size_t>(buckets), 0);
    for (int i = 0; i < r.rows(); ++i) {
        long long b = r.number(i, 0);
        if (b >= 0 && b < buckets) counts[static_cast<size_t>(b)] += r.number(i, 1);
    }
    return counts;
}

std::vector<GridCount> density_grid(PgConnection& db, const std::string& table, const SourceQuery& query,
                                    int columns, int rows) {
    std::vector<std::string> values;
    std::string where = window_condition(query, longest_span(db, table), values);
    double west = query.has_box ? query.west : -180, east = query.has_box ? query.east : 180;
    double south = query.has_box ? query.south : -90, north = query.has_box ? query.north : 90;
    if (east < west) east += 360;  // across the antimeridian: longitudes east of it shift by 360
    auto param = [&values](std::string value) {
        values.push_back(std::move(value));
        return "$" + std::to_string(values.size());
    };
    std::string w = param(std::to_string(west)), width = param(std::to_string(east - west));
    std::string s = param(std::to_string(south)), height = param(std::to_string(north - south));
    std::string c = param(std::to_string(columns)), r = param(std::to_string(rows));
    std::string x = "(CASE WHEN ST_X(p) < " + w + "::float8 THEN ST_X(p) + 360 ELSE ST_X(p) END)";
    PgResult result = db.exec_params(
        "SELECT LEAST(floor((" + x + " - " + w + "::float8) / " + width + "::float8 * " + c + "::int)::int, " + c +
            "::int - 1), LEAST(floor((ST_Y(p) - " + s + "::float8) / " + height + "::float8 * " + r +
            "::int)::int, " + r + "::int - 1), count(*) FROM (SELECT CASE WHEN ST_GeometryType(geom) = 'ST_Point' THEN geom "
            "ELSE ST_PointOnSurface(geom) END AS p FROM " +
            db.quote_identifier(table) + " WHERE geom IS NOT NULL AND " + where + ") AS w GROUP BY 1, 2",
        values);
    std::vector<GridCount> cells;
    cells.reserve(static_cast<size_t>(result.rows()));
    for (int i = 0; i < result.rows(); ++i)
        cells.push_back({static_cast<int>(result.number(i, 0)), static_cast<int>(result.number(i, 1)),
                         result.number(i, 2)});
    return cells;
}

std::int64_t count_in_window(PgConnection& db, const std::string& table, const SourceQuery& query,
                             std::int64_t limit) {
    std::vector<std::string> values;
    std::string where = window_condition(query, longest_span(db, table), values);
    values.push_back(std::to_string(limit + 1));
    return db.exec_params("SELECT count(*) FROM (SELECT 1 FROM " + db.quote_identifier(table) + " WHERE " +
                              where + " LIMIT $" + std::to_string(values.size()) + "::bigint) AS w",
                          values)
        .number(0, 0);
}

}  // namespace chronomap::postgis
