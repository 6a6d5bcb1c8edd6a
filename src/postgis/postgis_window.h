// What the explorer needs for one window, computed by the server so that nothing needs the
// whole table on the desktop: event counts per time bucket (the timeline histogram) and per
// cell of a grid over the box (the density map). Each is one parameterised query on the
// summary tables and the indexes of time and geometry (postgis_schema.h), reading the window's
// time as ranges of those indexes (postgis_time_ranges.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"

namespace chronomap::postgis {

// Events starting in each of `buckets` equal parts of [query.start, query.end), within the
// query's box if it has one. query.start and query.end must be finite.
std::vector<std::int64_t> time_histogram(PgConnection& db, const std::string& table,
                                         const SourceQuery& query, int buckets);

// Events starting in each of `steps` steps of `step` seconds from `start`, per category key
// ("" for none): the timeline of a scrubbable web map. Summed from the hours summary when the
// steps are whole hours from a whole hour (exact: an event is in the hour it starts in), else
// counted on the covering index (the range's entries, never the rows).
std::map<std::string, std::vector<std::int64_t>> step_counts(PgConnection& db, const std::string& table,
                                                             UnixSeconds start, UnixSeconds step, size_t steps);

// Events overlapping the window, counted per cell of a grid over the box (the whole world
// without one). From the summary table when the table has one and its cells fit the grid
// asked for: then the grid is the summary's own cells (0.25, 1 or 4 degrees, at most a third
// finer than asked) over the box widened to whole cells, so its box, columns and rows may
// differ from those asked. Else `columns` x `rows` cells over the box, counted from the events
// (the covering index). Empty cells are left out.
DensityGrid density_grid(PgConnection& db, const std::string& table, const SourceQuery& query, int columns,
                         int rows);
// The same with the table's layout already read (one catalog query per window change, not one
// per query).
DensityGrid density_grid(PgConnection& db, const std::string& table, const TableLayout& layout,
                         const SourceQuery& query, int columns, int rows);

// Events overlapping the window in the box (by their point, px/py, on a table that has it);
// stops counting past `limit` (the explorer draws markers below it and a density grid above).
// Without a box on a table with the summary: its whole hours from the hours summary, only the
// partial hours at its ends and the events reaching in from before it from the indexes.
std::int64_t count_in_window(PgConnection& db, const std::string& table, const SourceQuery& query,
                             std::int64_t limit);
std::int64_t count_in_window(PgConnection& db, const std::string& table, const TableLayout& layout,
                             const SourceQuery& query, std::int64_t limit);

// Readies `db`'s session for the windows of a table of this layout (the source calls it once
// per connection). With the summary, no parallel workers: every window statement reads a few
// index ranges bounded by the window, and the planner gave some of them two workers anyway,
// whose start took 140 ms of a 10 M-row table's 7-day window change under load against the
// count's 5 ms of work (docs/PERFORMANCE.md, "PostGIS: the window count's parallel workers").
// An older layout's windows scan the whole table, where workers pay: the server's setting.
// The answers are the same either way.
void prepare_window_session(PgConnection& db, const TableLayout& layout);

// The box of the placed events' points (what a file's camera fits: placed_events_box), exact:
// from the covering index (px, py), or from each geometry on a table of an older chronomap.
// Nullopt when no event is placed.
std::optional<GeoBox> placed_box(PgConnection& db, const std::string& table);

// The query's box on each event's geometry (its GiST index), its values appended to `values`;
// "TRUE" without a box.
std::string box_condition(const SourceQuery& query, std::vector<std::string>& values);

}  // namespace chronomap::postgis
