#include "postgis/postgis_window.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

#include "postgis/postgis_schema.h"

namespace chronomap::postgis {
namespace {

// A parameterised query's values: each value appended gives its placeholder ("$3"), with a
// cast when asked ("$3::float8"). No value is ever spliced into the SQL text.
struct Placeholders {
    std::vector<std::string>& values;
    std::string operator()(std::string value, const char* cast = "") {
        values.push_back(std::move(value));
        return "$" + std::to_string(values.size()) + cast;
    }
};

// An event's point from its geometry, for tables of an older chronomap (no px, py columns).
constexpr const char* kPointOfGeometry =
    "CASE WHEN ST_GeometryType(geom) = 'ST_Point' THEN geom ELSE ST_PointOnSurface(geom) END";

}  // namespace

std::string window_condition(const SourceQuery& query, long long longest, std::vector<std::string>& values) {
    std::string where = "TRUE";
    Placeholders param{values};
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

namespace {

// The time window on the covering index's columns and the box on the event's point (px, py):
// a count or a grid then reads the index alone. Unplaced events are outside any box.
std::string point_condition(const SourceQuery& query, long long longest, std::vector<std::string>& values) {
    SourceQuery time_only = query;
    time_only.has_box = false;
    std::string where = window_condition(time_only, longest, values);
    if (!query.has_box) return where;
    Placeholders param{values};
    auto degrees = [&param](double value) { return param(std::to_string(value), "::float8"); };
    where += " AND py >= " + degrees(query.south) + " AND py <= " + degrees(query.north);
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

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

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
// last days, and events that start before the window and reach into it) read from the covering
// index. Nullopt when the summary does not fit this query.
std::optional<DensityGrid> grid_from_summary(PgConnection& db, const std::string& table, const TableLayout& layout,
                                             const SourceQuery& query, int columns, int rows) {
    if (query.has_box && query.west > query.east) return std::nullopt;  // across the antimeridian
    double w = query.has_box ? query.west : -180, e = query.has_box ? query.east : 180;
    double s = query.has_box ? query.south : -90, n = query.has_box ? query.north : 90;
    w = std::max(w, -180.0), e = std::min(e, 180.0), s = std::max(s, -90.0), n = std::min(n, 90.0);
    if (e <= w || n <= s) return std::nullopt;
    int level = summary_level(std::min((e - w) / columns, (n - s) / rows));
    if (level < 0) return std::nullopt;
    constexpr auto kMin = std::numeric_limits<UnixSeconds>::min();
    constexpr auto kMax = std::numeric_limits<UnixSeconds>::max();
    const bool from = query.start != kMin, to = query.end != kMax;
    long long first_day = from ? -floor_div(-query.start, 86400) : 0;  // the first whole day
    long long end_day = to ? floor_div(query.end, 86400) : 0;         // after the last whole day
    if (from && to && first_day >= end_day) return std::nullopt;     // no whole day: the events path

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

    std::vector<std::string> values;
    Placeholders param{values};
    const std::string x_first = param(std::to_string(x0), "::int"), x_end = param(std::to_string(x1), "::int");
    const std::string y_first = param(std::to_string(y0), "::int"), y_end = param(std::to_string(y1), "::int");
    const std::string in_box = "cx >= " + x_first + " AND cx < " + x_end + " AND cy >= " + y_first + " AND cy < " + y_end;
    // Whole blocks of kBlockDays from the block rows, the days before and after them from the
    // day rows; a side without bound is all blocks.
    const std::string level_param = param(std::to_string(level), "::smallint");
    std::string summary;
    auto part = [&](int days, std::optional<long long> low, std::optional<long long> high) {
        if (low && high && *low >= *high) return;
        summary += std::string(summary.empty() ? "" : " UNION ALL ") + "SELECT cx, cy, events FROM " +
                   db.quote_identifier(cells_table(table)) + " WHERE level = " + level_param +
                   " AND days = " + std::to_string(days) + " AND " + in_box;
        if (low) summary += " AND day >= " + param(std::to_string(*low), "::int");
        if (high) summary += " AND day < " + param(std::to_string(*high), "::int");
    };
    auto opt = [](bool set, long long v) { return set ? std::optional<long long>(v) : std::nullopt; };
    const long long block_first = from ? -floor_div(-first_day, kBlockDays) * kBlockDays : 0;
    const long long block_end = to ? floor_div(end_day, kBlockDays) * kBlockDays : 0;
    if (from && to && block_first >= block_end) {
        part(1, first_day, end_day);
    } else {
        part(kBlockDays, opt(from, block_first), opt(to, block_end));
        if (from) part(1, first_day, block_first);
        if (to) part(1, block_end, end_day);
    }
    // The edges, each its own range of the time index (an OR would lose the index-only scan),
    // with each event's cell computed as the summary computes it.
    const std::string size_param = from || to ? param(std::to_string(size), "::float8") : "";
    const std::string events = "SELECT " + cell_x(size_param) + " AS cx, " + cell_y(size_param) +
                               " AS cy, 1 AS events FROM " + db.quote_identifier(table) + " WHERE px IS NOT NULL";
    std::string edges;
    if (from)
        edges += " UNION ALL SELECT * FROM (" + events + " AND time_start >= to_timestamp(" +
                 param(std::to_string(query.start - layout.longest_span), "") + ") AND time_start < to_timestamp(" +
                 param(std::to_string(first_day * 86400), "") + ") AND time_end > to_timestamp(" +
                 param(std::to_string(query.start), "") + ")) AS a WHERE " + in_box;
    if (to)
        edges += " UNION ALL SELECT * FROM (" + events + " AND time_start >= to_timestamp(" +
                 param(std::to_string(end_day * 86400), "") + ") AND time_start < to_timestamp(" +
                 param(std::to_string(query.end), "") + ")) AS b WHERE " + in_box;
    grid.cells = cells_of(db.exec_params("SELECT cx - " + x_first + ", cy - " + y_first +
                                             ", sum(events)::bigint FROM (" + summary + edges +
                                             ") AS g GROUP BY 1, 2",
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
    if (layout.points) {  // the events of the window, from the covering index
        std::string where = point_condition(query, layout.longest_span, values);
        GridFrame grid(query, columns, rows, values);
        out.cells = cells_of(db.exec_params("SELECT " + grid.column("px") + ", " + grid.row("py") + ", count(*) FROM " +
                                           db.quote_identifier(table) + " WHERE px IS NOT NULL AND " + where +
                                           " GROUP BY 1, 2",
                                       values));
        return out;
    }
    // A table of an older chronomap: each event's point from its geometry, read from the heap.
    std::string where = window_condition(query, layout.longest_span, values);
    GridFrame grid(query, columns, rows, values);
    out.cells = cells_of(db.exec_params(
        "SELECT " + grid.column("ST_X(p)") + ", " + grid.row("ST_Y(p)") + ", count(*) FROM (SELECT " +
            kPointOfGeometry + " AS p FROM " +
            db.quote_identifier(table) + " WHERE geom IS NOT NULL AND " + where + ") AS w GROUP BY 1, 2",
        values));
    return out;
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

std::int64_t count_in_window(PgConnection& db, const std::string& table, const TableLayout& layout,
                             const SourceQuery& query, std::int64_t limit) {
    std::vector<std::string> values;
    // On the covering index (the event's point in the box), else on the heap (its geometry).
    std::string where = layout.points ? point_condition(query, layout.longest_span, values)
                                      : window_condition(query, layout.longest_span, values);
    values.push_back(std::to_string(limit + 1));
    return db.exec_params("SELECT count(*) FROM (SELECT 1 FROM " + db.quote_identifier(table) + " WHERE " +
                              where + " LIMIT $" + std::to_string(values.size()) + "::bigint) AS w",
                          values)
        .number(0, 0);
}

}  // namespace chronomap::postgis
