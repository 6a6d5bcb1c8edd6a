#include "postgis/postgis_window.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>

#include "postgis/postgis_schema.h"
#include "postgis/postgis_time_ranges.h"

namespace chronomap::postgis {
namespace {

// An event's point from its geometry, for tables of an older chronomap (no px, py columns).
constexpr const char* kPointOfGeometry =
    "CASE WHEN ST_GeometryType(geom) = 'ST_Point' THEN geom ELSE ST_PointOnSurface(geom) END";

}  // namespace

std::string box_condition(const SourceQuery& query, std::vector<std::string>& values) {
    if (!query.has_box) return "TRUE";
    Placeholders param{values};
    auto envelope = [&](double w, double e) {
        return "ST_MakeEnvelope(" + param(std::to_string(w)) + "::float8, " + param(std::to_string(query.south)) +
               "::float8, " + param(std::to_string(e)) + "::float8, " + param(std::to_string(query.north)) +
               "::float8, 4326)";
    };
    if (query.west <= query.east) return "geom && " + envelope(query.west, query.east);
    // across the antimeridian
    return "(geom && " + envelope(query.west, 180) + " OR geom && " + envelope(-180, query.east) + ")";
}

std::vector<std::int64_t> time_histogram(PgConnection& db, const std::string& table,
                                         const SourceQuery& query, int buckets) {
    std::vector<std::string> values{std::to_string(query.start), std::to_string(query.end),
                                    std::to_string(buckets)};
    std::string where = box_condition(query, values);
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

std::map<std::string, std::vector<std::int64_t>> step_counts(PgConnection& db, const std::string& table,
                                                             UnixSeconds start, UnixSeconds step, size_t steps) {
    const UnixSeconds end = start + step * static_cast<UnixSeconds>(steps);
    std::vector<std::string> values{std::to_string(start), std::to_string(step), std::to_string(end)};
    const bool whole_hours = start % 3600 == 0 && step % 3600 == 0 && table_layout(db, table).summary;
    PgResult r = db.exec_params(
        whole_hours ? "SELECT (hour * 3600 - $1::bigint) / $2::bigint, category, sum(events)::bigint FROM " +
                          db.quote_identifier(hours_table(table)) +
                          " WHERE hour >= $1::bigint / 3600 AND hour < $3::bigint / 3600 GROUP BY 1, 2"
                    // Integer arithmetic as time_histogram's: an event at midnight is in its own day.
                    : "SELECT (floor(extract(epoch FROM time_start))::bigint - $1::bigint) / $2::bigint, "
                      "COALESCE(category, ''), count(*) FROM " + db.quote_identifier(table) +
                          " WHERE time_start >= to_timestamp($1) AND time_start < to_timestamp($3) GROUP BY 1, 2",
        values);
    std::map<std::string, std::vector<std::int64_t>> counts;
    for (int i = 0; i < r.rows(); ++i) {
        long long k = r.number(i, 0);
        if (k < 0 || static_cast<size_t>(k) >= steps) continue;
        std::vector<std::int64_t>& of_category = counts[r.is_null(i, 1) ? "" : r.text(i, 1)];
        of_category.resize(steps, 0);
        of_category[static_cast<size_t>(k)] += r.number(i, 2);
    }
    return counts;
}

namespace {

// The box on the event's point (px, py), so that a count or a grid reads the covering index
// alone. Unplaced events are outside any box.
std::string point_box_condition(const SourceQuery& query, std::vector<std::string>& values) {
    if (!query.has_box) return "TRUE";
    Placeholders param{values};
    auto degrees = [&param](double value) { return param(std::to_string(value), "::float8"); };
    std::string where = "py >= " + degrees(query.south) + " AND py <= " + degrees(query.north);
    if (query.west <= query.east)
        return where + " AND px >= " + degrees(query.west) + " AND px <= " + degrees(query.east);
    return where + " AND (px >= " + degrees(query.west) + " OR px <= " + degrees(query.east) + ")";
}

// The grid over the query's box, as SQL: the cell of a point (x, y), clamped to the grid.
struct GridFrame {
    std::string west, width, south, height, columns, rows;
    bool across = false;  // the box crosses the antimeridian: longitudes west of it shift by 360
    GridFrame(const SourceQuery& query, int c, int r, std::vector<std::string>& values) {
        double w = query.has_box ? query.west : -180, e = query.has_box ? query.east : 180;
        double s = query.has_box ? query.south : -90, n = query.has_box ? query.north : 90;
        across = e < w;
        if (across) e += 360;
        Placeholders param{values};
        west = param(std::to_string(w), "::float8"), width = param(std::to_string(e - w), "::float8");
        south = param(std::to_string(s), "::float8"), height = param(std::to_string(n - s), "::float8");
        columns = param(std::to_string(c), "::int"), rows = param(std::to_string(r), "::int");
    }
    std::string column(const std::string& x) const {
        std::string shifted = across ? "(CASE WHEN " + x + " < " + west + " THEN " + x + " + 360 ELSE " + x + " END)" : x;
        return "GREATEST(0, LEAST(floor((" + shifted + " - " + west + ") / " + width + " * " + columns + ")::int, " +
               columns + " - 1))";
    }
    std::string row(const std::string& y) const {
        return "GREATEST(0, LEAST(floor((" + y + " - " + south + ") / " + height + " * " + rows + ")::int, " + rows +
               " - 1))";
    }
};

std::vector<DensityGrid::Cell> cells_of(PgResult result) {
    std::vector<DensityGrid::Cell> cells;
    cells.reserve(static_cast<size_t>(result.rows()));
    for (int i = 0; i < result.rows(); ++i)
        cells.push_back({static_cast<int>(result.number(i, 0)), static_cast<int>(result.number(i, 1)),
                         result.number(i, 2)});
    return cells;
}

// The summary's level for a grid of `cell`-degree cells: the finest whose cells are at least
// three quarters of that, so the grid is at most a third finer than asked and (the levels
// double) at most twice as coarse; -1 when the asked cells are under a third of a degree (a
// zoomed-in map: the events path).
int summary_level(double cell) {
    for (size_t l = 0; l < std::size(kCellDegrees); ++l)
        if (kCellDegrees[l] >= cell * 0.75 && kCellDegrees[l] <= cell * 2) return static_cast<int>(l);
    return cell > kCellDegrees[std::size(kCellDegrees) - 1] ? static_cast<int>(std::size(kCellDegrees)) - 1 : -1;
}

// The grid from the summary table: its cells at one level over the box widened to whole cells
// (so that each event lies in exactly one cell: no aliasing between the summary's cells and
// the grid's), for the window's whole days, plus the events at its edges (the partial first and
// last days, and events that start before the window and reach into it) read from the time
// indexes (postgis_time_ranges.h); with the alive table, the days from the one of the window's
// start to the one of its end, the alive row of its first midnight, less the few rows its ends
// cut off (alive_edges). Nullopt when the summary does not fit this query.
std::optional<DensityGrid> grid_from_summary(PgConnection& db, const std::string& table, const TableLayout& layout,
                                             const SourceQuery& query, int columns, int rows) {
    if (query.has_box && query.west > query.east) return std::nullopt;  // across the antimeridian
    double w = query.has_box ? query.west : -180, e = query.has_box ? query.east : 180;
    double s = query.has_box ? query.south : -90, n = query.has_box ? query.north : 90;
    w = std::max(w, -180.0), e = std::min(e, 180.0), s = std::max(s, -90.0), n = std::min(n, 90.0);
    if (e <= w || n <= s) return std::nullopt;
    int level = summary_level(std::min((e - w) / columns, (n - s) / rows));
    if (level < 0) return std::nullopt;
    constexpr auto kOpenStart = std::numeric_limits<UnixSeconds>::min();
    constexpr auto kOpenEnd = std::numeric_limits<UnixSeconds>::max();
    const bool from = query.start != kOpenStart, to = query.end != kOpenEnd;
    const WholeBuckets whole_days = whole_buckets(query, 86400);
    if (whole_days.first >= whole_days.end) return std::nullopt;  // no whole day: the events path
    std::vector<std::string> values;
    std::optional<AliveEdges> alive;
    if (layout.alive) alive = alive_edges(query, 86400, values);
    const long long first_day = alive ? alive->summed_start / 86400 : from ? whole_days.first / 86400 : 0;
    const long long end_day = alive ? alive->summed_end / 86400 : to ? whole_days.end / 86400 : 0;

    const double size = kCellDegrees[level];
    // Cells counted from (-180, -90), as the summary's (cell_x, cell_y).
    const auto x0 = static_cast<long long>(std::floor((w + 180) / size));
    const auto y0 = static_cast<long long>(std::floor((s + 90) / size));
    const auto x1 = static_cast<long long>(std::ceil((e + 180) / size));
    const auto y1 = static_cast<long long>(std::ceil((n + 90) / size));
    DensityGrid grid;
    grid.box = GeoBox{static_cast<double>(x0) * size - 180, static_cast<double>(y0) * size - 90,
                      static_cast<double>(x1) * size - 180, static_cast<double>(y1) * size - 90};
    grid.columns = static_cast<int>(x1 - x0), grid.rows = static_cast<int>(y1 - y0);

    Placeholders param{values};
    const std::string x_first = param(std::to_string(x0), "::int"), x_end = param(std::to_string(x1), "::int");
    const std::string y_first = param(std::to_string(y0), "::int"), y_end = param(std::to_string(y1), "::int");
    const std::string in_box = "cx >= " + x_first + " AND cx < " + x_end + " AND cy >= " + y_first + " AND cy < " + y_end;
    // The window's whole days covered by the coarsest rows that fit: blocks of kBlockDays,
    // then blocks of kShortBlockDays on each side of them, then days; a side without bound is
    // all blocks.
    const std::string level_param = param(std::to_string(level), "::smallint");
    std::string summary;
    using Day = std::optional<long long>;
    auto part = [&](int days, Day low, Day high) {
        if (low && high && *low >= *high) return;
        summary += std::string(summary.empty() ? "" : " UNION ALL ") + "SELECT cx, cy, events FROM " +
                   db.quote_identifier(cells_table(table)) + " WHERE level = " + level_param +
                   " AND days = " + std::to_string(days) + " AND " + in_box;
        if (low) summary += " AND day >= " + param(std::to_string(*low), "::int");
        if (high) summary += " AND day < " + param(std::to_string(*high), "::int");
    };
    std::vector<int> lengths{kBlockDays};
    if (layout.short_blocks) lengths.push_back(kShortBlockDays);
    auto floor_to = [](long long day, long long days) { return day - ((day % days) + days) % days; };
    std::function<void(size_t, Day, Day)> cover = [&](size_t length, Day low, Day high) {
        if (length == lengths.size()) return part(1, low, high);
        const long long days = lengths[length];
        const Day first = low ? Day(-floor_to(-*low, days)) : std::nullopt;
        const Day end = high ? Day(floor_to(*high, days)) : std::nullopt;
        if (first && end && *first >= *end) return cover(length + 1, low, high);
        part(static_cast<int>(days), first, end);
        if (low) cover(length + 1, low, first);
        if (high) cover(length + 1, end, high);
    };
    cover(0, from ? Day(first_day) : std::nullopt, to ? Day(end_day) : std::nullopt);
    if (alive && alive->alive_day)
        summary += " UNION ALL SELECT cx, cy, events FROM " + db.quote_identifier(alive_table(table)) +
                   " WHERE level = " + level_param + " AND day = " + param(std::to_string(*alive->alive_day), "::int") +
                   " AND " + in_box;
    // The edges, each its own range of a time index (an OR would lose the index-only scan),
    // with each event's cell computed as the summary computes it.
    // No edge (all dates): no query of the events at all (even one WHERE FALSE gets a parallel
    // plan whose workers start, 1-2 s at 10 M rows under load).
    const std::vector<TimeRange> ranges =
        alive ? alive->subtracted : window_time_ranges(query, layout.longest_span, whole_days.first, whole_days.end, values);
    if (!ranges.empty()) {
        const std::string size_param = param(std::to_string(size), "::float8");
        // The box's sides on the edge events, each cell expression only where a side cuts the
        // world: at the world's sides a comparison of px or py says the same (cx >= 0 is
        // px >= -180; past the east and north sides cell_x and cell_y clamp to the last cell).
        // Each edge event is one row to test, and the expressions were a quarter of a 7-day
        // grid's time at 3 M rows (docs/PERFORMANCE.md).
        std::string edge_box = "px IS NOT NULL";
        edge_box += x0 > 0 ? " AND " + cell_x(size_param) + " >= " + x_first : " AND px >= -180";
        edge_box += y0 > 0 ? " AND " + cell_y(size_param) + " >= " + y_first : " AND py >= -90";
        if (static_cast<double>(x1) * size < 360) edge_box += " AND " + cell_x(size_param) + " < " + x_end;
        if (static_cast<double>(y1) * size < 180) edge_box += " AND " + cell_y(size_param) + " < " + y_end;
        summary += " UNION ALL " + union_of_ranges(ranges, cell_x(size_param) + " AS cx, " + cell_y(size_param) + " AS cy",
                                                   db.quote_identifier(table), edge_box);
    }
    grid.cells = cells_of(db.exec_params("SELECT cx - " + x_first + ", cy - " + y_first +
                                             ", sum(events)::bigint FROM (" + summary +
                                             ") AS g GROUP BY 1, 2 HAVING sum(events) <> 0",
                                         values));
    return grid;
}

}  // namespace

DensityGrid density_grid(PgConnection& db, const std::string& table, const SourceQuery& query, int columns,
                         int rows) {
    return density_grid(db, table, table_layout(db, table), query, columns, rows);
}

DensityGrid density_grid(PgConnection& db, const std::string& table, const TableLayout& layout,
                         const SourceQuery& query, int columns, int rows) {
    if (layout.summary)
        if (auto grid = grid_from_summary(db, table, layout, query, columns, rows)) return std::move(*grid);
    DensityGrid out;
    out.box = query.has_box ? GeoBox{query.west, query.south, query.east, query.north} : GeoBox{-180, -90, 180, 90};
    out.columns = columns, out.rows = rows;
    std::vector<std::string> values;
    const std::vector<TimeRange> ranges = window_time_ranges(query, layout.longest_span, values);
    if (layout.points) {  // the events of the window, from the time indexes
        const std::string events = union_of_ranges(ranges, "px, py", db.quote_identifier(table),
                                                   "px IS NOT NULL AND " + point_box_condition(query, values));
        GridFrame grid(query, columns, rows, values);
        out.cells = cells_of(db.exec_params("SELECT " + grid.column("px") + ", " + grid.row("py") +
                                                ", count(*) FROM (" + events + ") AS w GROUP BY 1, 2",
                                            values));
        return out;
    }
    // A table of an older chronomap: each event's point from its geometry, read from the heap.
    const std::string events = union_of_ranges(ranges, std::string(kPointOfGeometry) + " AS p",
                                               db.quote_identifier(table),
                                               "geom IS NOT NULL AND " + box_condition(query, values));
    GridFrame grid(query, columns, rows, values);
    out.cells = cells_of(db.exec_params("SELECT " + grid.column("ST_X(p)") + ", " + grid.row("ST_Y(p)") +
                                            ", count(*) FROM (" + events + ") AS w GROUP BY 1, 2",
                                        values));
    return out;
}

void prepare_window_session(PgConnection& db, const TableLayout& layout) {
    db.exec(layout.summary ? "SET max_parallel_workers_per_gather = 0" : "RESET max_parallel_workers_per_gather");
}

std::optional<GeoBox> placed_box(PgConnection& db, const std::string& table) {
    const std::string point = table_layout(db, table).points
                                  ? "px AS x, py AS y FROM " + db.quote_identifier(table) + " WHERE px IS NOT NULL"
                                  : std::string("ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ") + kPointOfGeometry + " AS p FROM " +
                                        db.quote_identifier(table) + " WHERE geom IS NOT NULL) AS g";
    PgResult r = db.exec("SELECT min(x), min(y), max(x), max(y) FROM (SELECT " + point + ") AS b");
    if (r.rows() == 0 || r.is_null(0, 0)) return std::nullopt;
    return GeoBox{std::stod(r.text(0, 0)), std::stod(r.text(0, 1)), std::stod(r.text(0, 2)), std::stod(r.text(0, 3))};
}

std::int64_t count_in_window(PgConnection& db, const std::string& table, const SourceQuery& query,
                             std::int64_t limit) {
    return count_in_window(db, table, table_layout(db, table), query, limit);
}

namespace {

// The window's events from the hours summary (every event of its whole hours, placed or not)
// and the time indexes (its partial hours, and the events reaching into it from before); with
// the alive table, its hours from the midnight before it, that midnight's alive events and the
// few rows its ends cut off (alive_edges).
// Nullopt when no whole hour fits in the window.
std::optional<std::int64_t> count_from_hours(PgConnection& db, const std::string& table, const TableLayout& layout,
                                             const SourceQuery& query) {
    const WholeBuckets hours = whole_buckets(query, 3600);
    if (hours.first >= hours.end) return std::nullopt;
    std::vector<std::string> values;
    std::optional<AliveEdges> alive;
    if (layout.alive) alive = alive_edges(query, 3600, values);
    Placeholders param{values};
    std::string whole = "TRUE";
    if (query.start != std::numeric_limits<UnixSeconds>::min())
        whole += " AND hour >= " + param(std::to_string((alive ? alive->summed_start : hours.first) / 3600), "::bigint");
    if (query.end != std::numeric_limits<UnixSeconds>::max())
        whole += " AND hour < " + param(std::to_string((alive ? alive->summed_end : hours.end) / 3600), "::bigint");
    // The alive row of the midnight before the start: every cell of the coarsest level, the
    // events not placed in its cell (-1, -1) included.
    const std::string alive_sum =
        alive && alive->alive_day
            ? " + (SELECT COALESCE(sum(events), 0) FROM " + db.quote_identifier(alive_table(table)) + " WHERE level = " +
                  std::to_string(std::size(kCellDegrees) - 1) + " AND day = " +
                  param(std::to_string(*alive->alive_day), "::int") + ")::bigint"
            : "";
    const std::vector<TimeRange> ranges =
        alive ? alive->subtracted : window_time_ranges(query, layout.longest_span, hours.first, hours.end, values);
    const std::string edges = ranges.empty() ? "0" : "(SELECT COALESCE(sum(sign), 0) FROM (" +
                                                         union_of_ranges(ranges, "1 AS one", db.quote_identifier(table), "") +
                                                         ") AS e)";
    return db.exec_params("SELECT (SELECT COALESCE(sum(events), 0) FROM " + db.quote_identifier(hours_table(table)) +
                              " WHERE " + whole + ")::bigint" + alive_sum + " + " + edges + "::bigint",
                          values)
        .number(0, 0);
}

}  // namespace

std::int64_t count_in_window(PgConnection& db, const std::string& table, const TableLayout& layout,
                             const SourceQuery& query, std::int64_t limit) {
    if (layout.summary && !query.has_box)
        if (std::optional<std::int64_t> count = count_from_hours(db, table, layout, query))
            return std::min(*count, limit + 1);
    std::vector<std::string> values;
    const std::vector<TimeRange> ranges = window_time_ranges(query, layout.longest_span, values);
    // On the covering index (the event's point in the box), else on the heap (its geometry).
    const std::string events = union_of_ranges(
        ranges, "1 AS one", db.quote_identifier(table),
        layout.points ? point_box_condition(query, values) : box_condition(query, values));
    values.push_back(std::to_string(limit + 1));
    return db.exec_params("SELECT count(*) FROM (SELECT 1 FROM (" + events + ") AS e LIMIT $" +
                              std::to_string(values.size()) + "::bigint) AS w",
                          values)
        .number(0, 0);
}

}  // namespace chronomap::postgis
