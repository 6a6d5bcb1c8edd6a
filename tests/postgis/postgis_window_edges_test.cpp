// Windows whose ends cut through the summary's hours, days and 32-day blocks
// (src/postgis/postgis_time_ranges.h): the count from the hours summary, and the density grid
// from the cells summary, plus the partial buckets and the events reaching in from the
// indexes, equal the events counted in memory exactly. The events start at any minute, last
// from nothing (instants, one at a window's start) to 40 days, and some are not placed.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_time_ranges.h"
#include "postgis/postgis_window.h"
#include "postgis_test_support.h"
#include "synthetic_events.h"

using chronomap::test::cluster_or_skip;
namespace pg = chronomap::postgis;
using chronomap::EventStore;
using chronomap::SourceQuery;
using chronomap::UnixSeconds;
using chronomap::kDay;
using chronomap::kHour;

namespace {
constexpr UnixSeconds kBase = chronomap::kSyntheticStart;  // 2017-01-01, a midnight
// The first window starts at this midnight; instants are placed on it.
constexpr UnixSeconds kAlignedStart = kBase + 10 * kDay;

// 2 400 events over 60 days: starts on any minute (a quarter on a midnight or a whole hour),
// spans of 0 (instants), 30 minutes, 20 hours, one day, a day and an hour, 3 and 40 days;
// one in 20 not placed. Plus instants at kAlignedStart.
EventStore edge_events() {
    std::mt19937 random(11);
    std::uniform_int_distribution<int> minute(0, 60 * 24 * 60 - 1), kind(0, 6), degree(0, 3000000);
    const UnixSeconds spans[] = {0, 30 * 60, 20 * kHour, kDay, kDay + kHour, 3 * kDay, 40 * kDay};
    std::vector<chronomap::EventRecord> records;
    for (int i = 0; i < 2400; ++i) {
        chronomap::EventRecord r;
        UnixSeconds start = kBase + UnixSeconds{minute(random)} * 60;
        if (i % 8 == 0) start -= start % kDay;
        if (i % 8 == 1) start -= start % kHour;
        if (i < 12) start = kAlignedStart;  // half of them instants
        UnixSeconds span = i < 12 ? (i % 2 ? 0 : kDay) : spans[kind(random)];
        r.time = {start, start + span, chronomap::TimePrecision::minute, chronomap::TimePrecision::minute, span > 0};
        if (i % 20 != 7) {
            // Half a step off the whole degrees: no event on a cell's edge.
            r.lon = 20 + (degree(random) + 0.5) * 1e-5, r.lat = 20 + (degree(random) + 0.5) * 0.666e-5;
            r.place_source = chronomap::PlaceSource::coordinates;
        }
        r.file_index = static_cast<std::uint32_t>(i);
        records.push_back(r);
    }
    std::vector<chronomap::Category> categories = {{"a", "A", chronomap::default_category_color(0)}};
    return EventStore::build(records, categories, "edges", nullptr);
}

SourceQuery window(UnixSeconds start, UnixSeconds end) {
    SourceQuery q;
    q.start = start, q.end = end;
    return q;
}

// Events per cell of `degrees` in memory, cells counted from the grid's south-west corner
// (west, south: whole cells).
std::map<std::pair<int, int>, std::int64_t> cells_in_memory(const EventStore& window, double west, double south,
                                                            double degrees) {
    std::map<std::pair<int, int>, std::int64_t> cells;
    for (size_t i = 0; i < window.size(); ++i)
        if (window.is_placed(i))
            cells[{static_cast<int>(std::floor((window.lon()[i] + 180) / degrees) - std::floor((west + 180) / degrees)),
                   static_cast<int>(std::floor((window.lat()[i] + 90) / degrees) - std::floor((south + 90) / degrees))}]++;
    return cells;
}

std::map<std::pair<int, int>, std::int64_t> cells_of(const chronomap::DensityGrid& grid) {
    std::map<std::pair<int, int>, std::int64_t> cells;
    for (const chronomap::DensityGrid::Cell& c : grid.cells) cells[{c.column, c.row}] += c.events;
    return cells;
}
}  // namespace

TEST_CASE("windows cutting through the summary's hours, days and blocks: counts and grids exact") {
    chronomap::test::PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    const std::string uri = cluster->uri("window_edges");
    const EventStore store = edge_events();
    pg::PgConnection db(uri);
    pg::import_events(db, "edges", store);
    REQUIRE(pg::table_layout(db, "edges").summary);

    constexpr UnixSeconds kNone = std::numeric_limits<UnixSeconds>::min(), kOpen = std::numeric_limits<UnixSeconds>::max();
    const SourceQuery windows[] = {
        window(kAlignedStart, kBase + 17 * kDay + 5 * kHour + 15 * 60),  // from a midnight: instants at it are out
        window(kBase + 3 * kDay + 10 * kHour + 30 * 60, kBase + 55 * kDay + 7 * kHour + 45 * 60),  // a whole block
        window(kBase + 20 * kDay + 13 * kHour, kBase + 27 * kDay + 13 * kHour),  // whole hours, no midnight at the ends
        window(kNone, kBase + 30 * kDay + 6 * kHour + 20 * 60),                  // all before a time
        window(kBase + 12 * kDay + 5 * 60, kOpen),                               // all after a time
        window(kBase + 40 * kDay + 10 * 60, kBase + 40 * kDay + 50 * 60),        // no whole hour
    };
    // The first window's start has instants (in the summary's first day, not in the window)
    // and long events reaching into it from days before.
    int instants = 0, reaching = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        chronomap::TimeValue t = store.time(i);
        instants += t.start == kAlignedStart && t.end == kAlignedStart;
        reaching += t.start < kAlignedStart - kDay && t.end > kAlignedStart;
    }
    REQUIRE(instants >= 6);
    REQUIRE(reaching > 30);

    for (const SourceQuery& q : windows) {
        const bool whole_day = &q != &windows[5];
        CAPTURE(q.start);
        CAPTURE(q.end);
        const EventStore expected = chronomap::select_events(store, q);
        const auto count = static_cast<std::int64_t>(expected.size());
        REQUIRE(count > 20);
        CHECK(pg::count_in_window(db, "edges", q, 1'000'000) == count);
        CHECK(pg::count_in_window(db, "edges", q, 10) == 11);  // past the limit: limit + 1

        // The world at 4 degrees from the summary's days and blocks when the window has a whole
        // day; else the 64 x 40 cells asked, from the events.
        chronomap::DensityGrid world = pg::density_grid(db, "edges", q, 64, 40);
        CHECK(world.columns == (whole_day ? 90 : 64));
        if (whole_day) CHECK(cells_of(world) == cells_in_memory(expected, -180, -90, 4));
        std::int64_t placed = 0, total = 0;
        for (size_t i = 0; i < expected.size(); ++i) placed += expected.is_placed(i);
        for (const chronomap::DensityGrid::Cell& c : world.cells) total += c.events;
        CHECK(total == placed);

        // A box at 1 degree, and the same count on the box's points.
        SourceQuery boxed = q;
        boxed.has_box = true;
        boxed.west = 25, boxed.south = 22, boxed.east = 45, boxed.north = 37;
        const EventStore in_box = chronomap::select_events(store, boxed);
        chronomap::DensityGrid grid = pg::density_grid(db, "edges", boxed, 20, 15);
        CHECK(grid.box.west == 25);
        CHECK(grid.box.south == 22);
        CHECK(cells_of(grid) == cells_in_memory(in_box, 25, 22, 1));
        CHECK(pg::count_in_window(db, "edges", boxed, 1'000'000) == static_cast<std::int64_t>(in_box.size()));
    }

    // Events reaching in from more than a day before are read from the partial index of long
    // events, not from every entry of the longest span before the window (the planner told
    // to use an index: on 2 400 rows it would rather read the table).
    db.exec("SET enable_seqscan = off");
    db.exec("SET enable_bitmapscan = off");
    std::vector<std::string> values;
    const auto ranges = pg::window_time_ranges(windows[0], 40 * kDay, values);
    pg::PgResult explained = db.exec_params(
        "EXPLAIN (COSTS OFF) SELECT count(*) FROM (" + pg::union_of_ranges(ranges, "px", "edges", "") + ") AS w", values);
    std::string plan;
    for (int i = 0; i < explained.rows(); ++i) plan += explained.text(i, 0) + "\n";
    INFO(plan);
    CHECK(ranges.size() == 2);
    CHECK(plan.find("Index Only Scan using edges_long_idx") != std::string::npos);
    CHECK(plan.find("Index Only Scan using edges_window_idx") != std::string::npos);
}
