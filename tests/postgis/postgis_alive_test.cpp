// The alive table (src/postgis/postgis_schema.h, alive_table): windows whose ends cut days in
// the middle, with whole-day events and month-long ones reaching in, counted and gridded from
// the summaries plus the few rows their ends cut off (postgis_time_ranges.h, alive_edges),
// equal the events counted again on the server, after an import, after a re-import that moves
// half the events, on a table summarised before the alive table, and after --reindex.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cli/run_command.h"
#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_time_ranges.h"
#include "postgis/postgis_window.h"
#include "postgis_old_layout.h"
#include "postgis_test_support.h"
#include "summary_recount.h"
#include "test_helpers.h"

using chronomap::test::cluster_or_skip;
using chronomap::test::run_chronomap;
using chronomap::test::summary_differences;
using chronomap::test::written;
namespace pg = chronomap::postgis;
using chronomap::SourceQuery;
using chronomap::UnixSeconds;

// Named, not anonymous: the test files are compiled in batches (unity builds).
namespace alive_tables {
constexpr long long kFirstDay = 17167;  // 2017-01-01
constexpr UnixSeconds kDay = chronomap::kDay, kHour = chronomap::kHour;
constexpr UnixSeconds kNone = std::numeric_limits<UnixSeconds>::min(), kOpen = std::numeric_limits<UnixSeconds>::max();

std::string date_of(UnixSeconds t, const char* format) {
    char text[40];
    std::time_t seconds = static_cast<std::time_t>(t);
    std::strftime(text, sizeof text, format, std::gmtime(&seconds));
    return text;
}

// `n` events with ids over 80 days: most of one whole day, one in ten 30 days long, one in ten
// three days long, one in ten from 10:15 to 13:45 the next day (ending off midnight); one in 17
// not placed. With `shift`, every other event moved `shift` days later and 3 degrees east.
std::string spans_json(int n, int shift) {
    nlohmann::json doc = {{"chronomap", 1},
                          {"title", "alive"},
                          {"categories", {{"a", {{"label", "A"}, {"color", "#d7301f"}}}}},
                          {"events", nlohmann::json::array()}};
    for (int i = 0; i < n; ++i) {
        const bool moved = shift && i % 2 == 0;
        const UnixSeconds day = (kFirstDay + (i * 37) % 80 + (moved ? shift : 0)) * kDay;
        nlohmann::json time;
        switch (i % 10) {
            case 7: time = {{"start", date_of(day, "%Y-%m-%d")}, {"end", date_of(day + 29 * kDay, "%Y-%m-%d")}}; break;
            case 8: time = {{"start", date_of(day, "%Y-%m-%d")}, {"end", date_of(day + 2 * kDay, "%Y-%m-%d")}}; break;
            case 9:
                time = {{"start", date_of(day + 10 * kHour + 900, "%Y-%m-%dT%H:%M:%SZ")},
                        {"end", date_of(day + kDay + 13 * kHour + 2700, "%Y-%m-%dT%H:%M:%SZ")}};
                break;
            default: time = date_of(day, "%Y-%m-%d");
        }
        nlohmann::json event = {{"id", "s" + std::to_string(i)}, {"time", time}, {"category", "a"}};
        if (i % 17 != 5)
            event["coordinates"] = {20.5 + (i * 7919) % 3000 * 0.01 + (moved ? 3 : 0), 20.5 + (i * 104729) % 2000 * 0.01};
        doc["events"].push_back(event);
    }
    return doc.dump();
}

SourceQuery window(UnixSeconds start, UnixSeconds end) {
    SourceQuery q;
    q.start = start, q.end = end;
    return q;
}

// The events overlapping the window, per cell of `degrees` counted from the grid's south-west
// corner, counted again on the server from every row.
std::map<std::pair<int, int>, std::int64_t> cells_on_server(pg::PgConnection& db, const SourceQuery& q, double degrees,
                                                           double west, double south, double east, double north) {
    const std::string size = std::to_string(degrees) + "::float8";
    const auto x0 = static_cast<long long>(std::floor((west + 180) / degrees)),
               y0 = static_cast<long long>(std::floor((south + 90) / degrees));
    const auto x1 = static_cast<long long>(std::ceil((east + 180) / degrees)),
               y1 = static_cast<long long>(std::ceil((north + 90) / degrees));
    std::string where = "px IS NOT NULL";
    if (q.start != kNone) where += " AND time_end > to_timestamp(" + std::to_string(q.start) + ")";
    if (q.end != kOpen) where += " AND time_start < to_timestamp(" + std::to_string(q.end) + ")";
    pg::PgResult r = db.exec("SELECT x - " + std::to_string(x0) + ", y - " + std::to_string(y0) +
                             ", count(*) FROM (SELECT " + pg::cell_x(size) + " AS x, " + pg::cell_y(size) +
                             " AS y FROM events WHERE " + where + ") AS c WHERE x >= " + std::to_string(x0) +
                             " AND x < " + std::to_string(x1) + " AND y >= " + std::to_string(y0) + " AND y < " +
                             std::to_string(y1) + " GROUP BY 1, 2");
    std::map<std::pair<int, int>, std::int64_t> cells;
    for (int i = 0; i < r.rows(); ++i)
        cells[{static_cast<int>(r.number(i, 0)), static_cast<int>(r.number(i, 1))}] = r.number(i, 2);
    return cells;
}

std::int64_t count_on_server(pg::PgConnection& db, const SourceQuery& q) {
    std::string where = "TRUE";
    if (q.start != kNone) where += " AND time_end > to_timestamp(" + std::to_string(q.start) + ")";
    if (q.end != kOpen) where += " AND time_start < to_timestamp(" + std::to_string(q.end) + ")";
    return db.exec("SELECT count(*) FROM events WHERE " + where).number(0, 0);
}

std::map<std::pair<int, int>, std::int64_t> cells_of(const chronomap::DensityGrid& grid) {
    std::map<std::pair<int, int>, std::int64_t> cells;
    for (const chronomap::DensityGrid::Cell& c : grid.cells) cells[{c.column, c.row}] += c.events;
    return cells;
}

const UnixSeconds kBase = kFirstDay * kDay;
const SourceQuery kWindows[] = {
    window(kBase + 40 * kDay + 12 * kHour, kBase + 47 * kDay + 12 * kHour),  // 7 days from noon to noon
    window(kBase + 35 * kDay + 14 * kHour, kBase + 65 * kDay + 9 * kHour),   // 30 days, both ends in a day
    window(kBase + 50 * kDay, kBase + 57 * kDay),                            // midnight to midnight
    window(kBase + 45 * kDay + 11 * kHour, kOpen),                           // all after a time
    window(kNone, kBase + 30 * kDay + 12 * kHour),                           // all before a time
};

// Every window's count and grids (the world at 4 degrees, a box at 1 degree) equal the events
// counted again on the server.
void check_windows(pg::PgConnection& db) {
    for (const SourceQuery& q : kWindows) {
        CAPTURE(q.start);
        CAPTURE(q.end);
        const std::int64_t expected = count_on_server(db, q);
        REQUIRE(expected > 40);
        CHECK(pg::count_in_window(db, "events", q, 1'000'000) == expected);
        chronomap::DensityGrid world = pg::density_grid(db, "events", q, 64, 40);
        CHECK(world.columns == 90);
        CHECK(cells_of(world) == cells_on_server(db, q, 4, -180, -90, 180, 90));
        SourceQuery boxed = q;
        boxed.has_box = true;
        boxed.west = 25, boxed.south = 22, boxed.east = 45, boxed.north = 37;
        chronomap::DensityGrid grid = pg::density_grid(db, "events", boxed, 20, 15);
        CHECK(grid.columns == 20);
        CHECK(cells_of(grid) == cells_on_server(db, boxed, 1, 25, 22, 45, 37));
    }
}

// The rows a window's ranges read from the events table (not from a summary).
long long rows_read(pg::PgConnection& db, const std::vector<pg::TimeRange>& ranges, std::vector<std::string> values) {
    return db.exec_params("SELECT count(*) FROM (" + pg::union_of_ranges(ranges, "px", "events", "") + ") AS w", values)
        .number(0, 0);
}
}  // namespace alive_tables

TEST_CASE("the alive table: windows cutting days read only the rows their ends cut off, exact through re-imports") {
    using namespace alive_tables;
    chronomap::test::PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    const std::string uri = cluster->uri("alive");
    REQUIRE(run_chronomap("import '" + written("alive-1.json", spans_json(2000, 0)) + "' -o '" + uri + "'").exit_code ==
            0);
    pg::PgConnection db(uri);
    REQUIRE(pg::table_layout(db, "events").alive);
    CHECK(summary_differences(db, "events") == 0);
    // Month-long events are alive at the first window's start midnight, in their cells.
    const long long first_midnight = kWindows[0].start / chronomap::kDay;
    const long long alive_there =
        db.exec("SELECT count(*) FROM events WHERE time_start < to_timestamp(" + std::to_string(first_midnight * chronomap::kDay) +
                ") AND time_end > to_timestamp(" + std::to_string(first_midnight * chronomap::kDay) + ")")
            .number(0, 0);
    CHECK(alive_there > 40);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_alive WHERE level = 4 AND day = " +
                  std::to_string(first_midnight))
              .number(0, 0) == alive_there);
    check_windows(db);

    // The 7-day window from noon: the old ranges read the day before it, its first and last
    // days and the month-long events reaching in; the alive path reads only the events ending
    // off midnight in its first half-day and starting in the half-day after it.
    {
        std::vector<std::string> old_values, new_values;
        const auto whole = pg::whole_buckets(kWindows[0], chronomap::kDay);
        const auto old_ranges = pg::window_time_ranges(kWindows[0], 31 * chronomap::kDay, whole.first, whole.end, old_values);
        const pg::AliveEdges edges = pg::alive_edges(kWindows[0], chronomap::kDay, new_values);
        const long long old_rows = rows_read(db, old_ranges, old_values), new_rows = rows_read(db, edges.subtracted, new_values);
        CAPTURE(old_rows);
        CAPTURE(new_rows);
        CHECK(old_rows > 100);
        CHECK(new_rows * 10 < old_rows);
        // Those ending off midnight from the index of such ends (the planner told to use an
        // index: on 2 000 rows it would rather read the table).
        db.exec("SET enable_seqscan = off");
        db.exec("SET enable_bitmapscan = off");
        pg::PgResult explained = db.exec_params(
            "EXPLAIN (COSTS OFF) SELECT count(*) FROM (" + pg::union_of_ranges(edges.subtracted, "px", "events", "") +
                ") AS w",
            new_values);
        std::string plan;
        for (int i = 0; i < explained.rows(); ++i) plan += explained.text(i, 0) + "\n";
        INFO(plan);
        CHECK(plan.find("Index Only Scan using events_ends_idx") != std::string::npos);
        db.exec("RESET enable_seqscan");
        db.exec("RESET enable_bitmapscan");
    }

    // Half the events moved 45 days and 3 degrees: the alive rows of their old and new
    // midnights are counted again.
    REQUIRE(run_chronomap("import '" + written("alive-2.json", spans_json(2000, 45)) + "' -o '" + uri + "'").exit_code ==
            0);
    CHECK(db.exec("SELECT count(*) FROM events").number(0, 0) == 2000);
    CHECK(summary_differences(db, "events") == 0);
    check_windows(db);

    // A table summarised before the alive table: the same answers through the old ranges, a
    // warning that says what to run, and --reindex makes the alive table.
    chronomap::drop_alive_summary(db, "events");
    CHECK(!pg::table_layout(db, "events").alive);
    CHECK(pg::table_layout(db, "events").summary);
    check_windows(db);
    std::optional<chronomap::SourceOverview> overview = pg::make_postgis_source(uri, {})->overview(512);
    REQUIRE(overview);
    REQUIRE(overview->metadata.diagnostics.size() == 1);
    CHECK_CONTAINS(overview->metadata.diagnostics[0].message, "no table of the events alive at each midnight");
    CHECK_CONTAINS(overview->metadata.diagnostics[0].hint, "chronomap import --reindex -o '" + uri + "'");
    auto reindexed = run_chronomap("import --reindex -o '" + uri + "'");
    INFO(reindexed.all());
    CHECK(reindexed.exit_code == 0);
    CHECK_CONTAINS(reindexed.out, "alive rows");
    CHECK(pg::table_layout(db, "events").alive);
    CHECK(summary_differences(db, "events") == 0);
    check_windows(db);
}
