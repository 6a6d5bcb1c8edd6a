// The table chronomap writes and reads in PostgreSQL/PostGIS (docs/postgis.md describes it
// column by column). One row per event; `event` holds the whole chronomap event (its
// "properties" are the source's original fields), the other columns are what the server
// filters, sorts and aggregates on.
#pragma once

#include <string>

#include "postgis/pg_connection.h"

namespace chronomap::postgis {

inline constexpr const char* kDefaultTable = "events";
// Per table: title, language, categories and the longest span (for window queries).
inline constexpr const char* kMetadataTable = "chronomap_tables";

// PostGIS in the database, created when the user may (CREATE EXTENSION); else a PgError
// saying who must install it.
void require_postgis(PgConnection& db);

// Creates the table, its indexes and the metadata table when missing; refuses a table of
// another shape with the columns that are wrong. Run inside the import's transaction.
void create_events_table(PgConnection& db, const std::string& table);

// Throws PgError when `table` is missing or is not one chronomap wrote.
void check_events_table(PgConnection& db, const std::string& table);

// The summary tables the import keeps beside `table` (docs/postgis.md, "The summary tables"):
// events per hour and category (the timeline), and per day and grid cell at kCellDegrees
// (the density map of long windows), per day and per block of kBlockDays days.
std::string hours_table(const std::string& table);
std::string cells_table(const std::string& table);
inline constexpr double kCellDegrees[] = {0.25, 0.5, 1, 2, 4};  // level 0 ... 4: each twice the last
// Cells are counted per day (`days` 1) and per block of 32 days from day 0 (`days` 32, `day`
// its first day): a long window reads its whole blocks, and days only at its ends.
inline constexpr int kBlockDays = 32;
// And per block of 4 days (`days` 4), summed from the day rows: a window of one to a few weeks
// holds no 32-day block, and reads these instead of most of its days (at 3 M synthetic rows a
// 4-day block has about 2 100 one-degree cells, a day about 1 400). Tables summarised by an
// older chronomap lack them until their next import or --reindex (TableLayout::short_blocks).
inline constexpr int kShortBlockDays = 4;
// The summary's cell of an event as SQL, from its px or py and a cell size in degrees (an SQL
// expression): counted from the world's south-west corner, so cells tile the world exactly
// (180 is a whole number of each size); the east and north edges fall in the last cell.
std::string cell_x(const std::string& size);
std::string cell_y(const std::string& size);

// Events longer than a day are also in a partial index (the covering index's columns, these
// rows only): a window's events that start long before it and reach into it are read from
// there, not from every index entry of the longest span before the window. The condition is
// written the same in the index and in the queries so that the planner may use it.
inline constexpr long long kLongSpanSeconds = 86400;
inline constexpr const char* kLongSpanCondition = "time_end - time_start > interval '1 day'";

// The third summary table: events alive at each midnight (started before it, ending after it),
// per cell of each level, with the events not placed in cell (-1, -1) of the coarsest level.
// A window then reads, beside the start summaries' buckets from the day of its start to the
// bucket of its end, that day's alive row instead of the events reaching in from before it,
// and subtracts the few rows its ends cut off (postgis_time_ranges.h): the work no longer grows
// with the events per day for dates at midnight. Tables summarised by an older chronomap lack
// it until their next import or --reindex (TableLayout::alive).
std::string alive_table(const std::string& table);
inline constexpr const char* kAliveKey = "level, day, cx, cy";
// Events that end off midnight, in a partial index on their end (the only ones that can end
// inside a window's first day before its start; none in data of whole days). The condition
// is written the same in the index and in the queries so that the planner may use it.
inline constexpr const char* kEndsOffMidnightCondition = "(time_end AT TIME ZONE 'UTC')::time <> time '00:00'";
std::string ends_index(const std::string& table);

// What a table written by this or an older chronomap has: `px`/`py` (the event's point,
// generated from geom) and the covering time index that make window counts and grids
// index-only, and the summary tables. An older table has none of them.
struct TableLayout {
    long long longest_span = 0;  // chronomap_tables.max_duration_s (no row: unbounded)
    bool points = false;         // px, py and the covering index
    bool summary = false;        // hours_table and cells_table
    bool short_blocks = false;   // the cells summary has its kShortBlockDays rows
    bool alive = false;          // alive_table and ends_index
};
TableLayout table_layout(PgConnection& db, const std::string& table);

// Brings a table written by an older chronomap up to this layout (columns, index, summary
// tables filled from its rows); does nothing to one already there. Run inside a transaction:
// create_events_table calls it.
void upgrade_events_table(PgConnection& db, const std::string& table);

// The summary tables' primary keys, which INCLUDE (events) so that a window's sums are
// index-only scans of the keys (VACUUM marks the pages visible; the import ends with one).
inline constexpr const char* kHoursKey = "hour, category";
inline constexpr const char* kCellsKey = "level, days, day, cx, cy";
// Whether both summary tables' keys include their counts.
bool summary_keys_covered(PgConnection& db, const std::string& table);
// Makes those keys again with INCLUDE (events) where a summary table written by an older
// chronomap lacks it (upgrade_events_table calls it: every import and --reindex).
void cover_summary_keys(PgConnection& db, const std::string& table);

// Recomputes the summary rows of the days listed in the temporary table
// chronomap_touched_days(day integer): those rows are deleted and counted again from the
// events table, so an update that moved an event from one day, cell or category to another
// leaves no trace of its old row. The alive rows of the midnights those days' events may
// span (up to the longest span after them) are counted again too. Run inside the import's
// transaction.
void refresh_summary_days(PgConnection& db, const std::string& table);

// The same for every day of the table (chronomap import --reindex): the start summaries
// (hours and cells), the alive summary, or both.
void rebuild_start_summary(PgConnection& db, const std::string& table);
void rebuild_alive_summary(PgConnection& db, const std::string& table);
void rebuild_summary(PgConnection& db, const std::string& table);

}  // namespace chronomap::postgis
