// What the explorer needs for one window, computed by the server so that nothing needs the
// whole table on the desktop: event counts per time bucket (the timeline histogram) and per
// cell of a grid over the box (the density map). Each is one parameterised query on the
// indexes of time and geometry (postgis_schema.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"

namespace chronomap::postgis {

// Events starting in each of `buckets` equal parts of [query.start, query.end), within the
// query's box if it has one. query.start and query.end must be finite.
std::vector<std::int64_t> time_histogram(PgConnection& db, const std::string& table,
                                         const SourceQuery& query, int buckets);

struct GridCount {
    int column = 0, row = 0;  // row 0 is the south edge
    std::int64_t events = 0;
};
// Events overlapping the window, counted per cell of a columns x rows grid over the box
// (the whole world without one). Empty cells are left out.
std::vector<GridCount> density_grid(PgConnection& db, const std::string& table,
                                    const SourceQuery& query, int columns, int rows);

// Events overlapping the window in the box; stops counting past `limit` (the explorer draws
// markers below it and a density grid above).
std::int64_t count_in_window(PgConnection& db, const std::string& table, const SourceQuery& query,
                             std::int64_t limit);

// The same WHERE clause every window query uses, its values appended to `values`.
std::string window_condition(const SourceQuery& query, long long longest_span,
                             std::vector<std::string>& values);
long long longest_span(PgConnection& db, const std::string& table);

}  // namespace chronomap::postgis
