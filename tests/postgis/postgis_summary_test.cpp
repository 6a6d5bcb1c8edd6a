// The summary tables the import keeps beside a PostGIS table (docs/postgis.md, "The summary
// tables"): equal to the events counted again after an import and after a re-import that
// moves rows to other days, cells and categories; the timeline and the grids read from them
// equal the events counted in memory; a table written by an older chronomap (no summary)
// still opens, says how to add one, and `import --reindex` adds it.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "cli/run_command.h"
#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"
#include "postgis_old_layout.h"
#include "postgis_test_support.h"
#include "summary_recount.h"
#include "synthetic_events.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
using chronomap::SourceQuery;
using chronomap::test::summary_differences;
using chronomap::test::written;

namespace {
using chronomap::test::kAcled;

// A chronomap document of `n` point events with ids, spread over 40 days from 2017-01-01,
// places and two categories; with `shift`, every other event is moved `shift` days later,
// 7 degrees east and to the other category (an update of the same ids).
std::string events_json(int n, int shift) {
    nlohmann::json doc = {{"chronomap", 1},
                          {"title", "summary"},
                          {"categories", {{"battles", {{"label", "Battles"}, {"color", "#d7301f"}}},
                                          {"protests", {{"label", "Protests"}, {"color", "#2166ac"}}}}},
                          {"events", nlohmann::json::array()}};
    for (int i = 0; i < n; ++i) {
        bool moved = shift && i % 2 == 0;
        long long day = 17167 + i % 40 + (moved ? shift : 0);  // from 2017-01-01
        char time[40];
        std::time_t seconds = static_cast<std::time_t>(day * 86400 + (i % 24) * 3600);
        std::strftime(time, sizeof time, "%Y-%m-%dT%H:00:00Z", std::gmtime(&seconds));
        double lon = 30 + (i % 13) * 0.7 + (moved ? 7 : 0), lat = 30 + (i % 7) * 0.9;
        bool battle = (i % 3 == 0) != moved;
        doc["events"].push_back({{"id", "e" + std::to_string(i)},
                                 {"time", time},
                                 {"coordinates", {lon, lat}},
                                 {"category", battle ? "battles" : "protests"}});
    }
    return doc.dump();
}

}  // namespace

TEST_CASE("the summary tables equal the events counted again, after an import and after one that moves rows") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("summary");
    std::string first = written("summary-1.json", events_json(600, 0));
    std::string second = written("summary-2.json", events_json(600, 45));
    REQUIRE(run_chronomap("import '" + first + "' -o '" + uri + "'").exit_code == 0);
    pg::PgConnection db(uri);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_hours").number(0, 0) == 600);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_cells WHERE level = 1 AND days = 1").number(0, 0) == 600);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_cells WHERE level = 1 AND days = 32").number(0, 0) == 600);
    CHECK(summary_differences(db, "events") == 0);
    auto first_day = [&db] {
        return db.exec("SELECT COALESCE(sum(events), 0) FROM events_chronomap_hours WHERE hour / 24 = 17167").number(0, 0);
    };
    CHECK(first_day() == 15);  // e0, e40 ... e560
    auto again = run_chronomap("import '" + second + "' -o '" + uri + "'");
    INFO(again.all());
    CHECK_CONTAINS(again.out, "0 added, 600 updated");
    CHECK(summary_differences(db, "events") == 0);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_hours").number(0, 0) == 600);
    CHECK(first_day() == 0);  // all of them moved: their old hour and cells are gone
    // An import into the table adds rows beside the moved ones: still right.
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    CHECK(summary_differences(db, "events") == 0);
    CHECK(db.exec("SELECT sum(events) FROM events_chronomap_hours").number(0, 0) == 606);
    // The window count is an index-only scan of the covering index (the planner is told to
    // use an index: on 606 rows it would rather read the table). Whether it reads rows too
    // depends on the visibility map: in this test cluster even a VACUUM run here leaves half
    // the pages not all-visible (something holds the horizon back; not understood yet), so
    // the heap fetches are reported, not asserted.
    db.exec("SET enable_seqscan = off");
    db.exec("SET enable_bitmapscan = off");
    auto plan = db.exec(
        "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM events WHERE time_start < '2017-03-01' "
        "AND time_end > '2017-01-10' AND time_start >= '2016-12-01' AND px >= 30 AND px <= 40");
    std::string text;
    for (int r = 0; r < plan.rows(); ++r) text += plan.text(r, 0) + "\n";
    MESSAGE("pages all-visible after the import: "
            << db.exec("SELECT relallvisible || '/' || relpages FROM pg_class WHERE relname = 'events'").text(0, 0)
            << "\n" << text);
    CHECK_CONTAINS(text, "Index Only Scan using events_window_idx");
}

TEST_CASE("the timeline and the grids read from the summary equal the events counted in memory") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("summary_reads");
    chronomap::EventStore store = chronomap::make_synthetic_events(3000, 23);
    pg::PgConnection db(uri);
    pg::import_events(db, "synthetic", store);
    REQUIRE(pg::table_layout(db, "synthetic").summary);
    auto source = pg::make_postgis_source(uri + "?table=synthetic", {});

    SUBCASE("the overview's histogram: hours summed into its buckets, per category") {
        std::optional<chronomap::SourceOverview> overview = source->overview(4096);
        REQUIRE(overview);
        REQUIRE(overview->metadata.store);
        CHECK(overview->metadata.diagnostics.empty());  // no "older chronomap" warning
        CHECK(overview->rows == 3000);
        const chronomap::TimeBuckets& h = overview->histogram;
        std::vector<std::uint32_t> expected(h.counts.size(), 0);
        for (size_t i = 0; i < store.size(); ++i) {
            auto b = static_cast<size_t>((store.time(i).start - h.start) / h.seconds);
            expected[b * h.categories + store.category()[i]]++;
        }
        CHECK(h.counts == expected);
    }
    SUBCASE("all dates over the world: the summary's 4-degree cells, each event in its own") {
        chronomap::DensityGrid grid = pg::density_grid(db, "synthetic", SourceQuery{}, 64, 40);
        CHECK(grid.columns == 90);
        CHECK(grid.rows == 45);
        CHECK(grid.box.west == -180);
        CHECK(grid.box.south == -90);
        CHECK(grid.box.north == 90);
        std::map<std::pair<int, int>, std::int64_t> expected, got;
        for (size_t i = 0; i < store.size(); ++i)
            expected[{static_cast<int>(std::floor((store.lon()[i] + 180) / 4)),
                      static_cast<int>(std::floor((store.lat()[i] + 90) / 4))}]++;
        for (const auto& c : grid.cells) got[{c.column, c.row}] += c.events;
        CHECK(got == expected);
    }
    SUBCASE("30- and 100-day windows from noon to noon in a box: blocks and days from the summary, edges from the events") {
        SourceQuery q;
        q.start = chronomap::kSyntheticStart + 200 * 86400 + 43200;
        q.end = q.start + 30 * 86400;  // days only; then 100 days: two blocks of 32 days, days around them
        for (long long length : {30, 100}) {
        CAPTURE(length);
        q.end = q.start + length * 86400;
        q.has_box = true;
        q.west = 0, q.south = 20, q.east = 64, q.north = 40;  // 1-degree cells for a 32 x 20 grid
        chronomap::DensityGrid grid = pg::density_grid(db, "synthetic", q, 32, 20);
        CHECK(grid.columns == 64);
        CHECK(grid.rows == 20);
        CHECK(grid.box.west == 0);
        CHECK(grid.box.south == 20);
        std::map<std::pair<int, int>, std::int64_t> expected, got;
        chronomap::EventStore window = chronomap::select_events(store, q);
        REQUIRE(window.size() > 50);
        for (size_t i = 0; i < window.size(); ++i)
            expected[{static_cast<int>(std::floor(window.lon()[i])), static_cast<int>(std::floor(window.lat()[i])) - 20}]++;
        for (const auto& c : grid.cells) got[{c.column, c.row}] += c.events;
        CHECK(got == expected);
        CHECK(pg::count_in_window(db, "synthetic", q, 1'000'000) == static_cast<std::int64_t>(window.size()));
        }
    }
}

TEST_CASE("a table written by an older chronomap still opens, says how to add the summary, and --reindex adds it") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("old_layout");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    pg::PgConnection db(uri);
    std::optional<chronomap::SourceOverview> fresh = pg::make_postgis_source(uri, {})->overview(512);
    REQUIRE(fresh);
    chronomap::make_old_layout(db, "events");
    CHECK(!pg::table_layout(db, "events").points);

    std::optional<chronomap::SourceOverview> old = pg::make_postgis_source(uri, {})->overview(512);
    REQUIRE(old);
    REQUIRE(old->metadata.store);
    CHECK(old->rows == 6);
    CHECK(old->histogram.counts == fresh->histogram.counts);
    REQUIRE(old->metadata.diagnostics.size() == 1);
    CHECK(old->metadata.diagnostics[0].severity == chronomap::Severity::warning);
    CHECK_CONTAINS(old->metadata.diagnostics[0].message, "written by an older chronomap");
    CHECK_CONTAINS(old->metadata.diagnostics[0].hint, "chronomap import --reindex -o '" + uri + "'");
    SourceQuery october;
    october.start = 1506816000, october.end = 1509494400;
    CHECK(pg::count_in_window(db, "events", october, 100) == 6);
    std::int64_t total = 0;  // the placed events (one is placed by its name, when drawn)
    for (const auto& c : pg::density_grid(db, "events", october, 32, 20).cells) total += c.events;
    CHECK(total == db.exec("SELECT count(*) FROM events WHERE geom IS NOT NULL").number(0, 0));
    CHECK(total == 5);
    CHECK(run_chronomap("info '" + uri + "'").exit_code == 0);

    auto reindexed = run_chronomap("import --reindex -o '" + uri + "'");
    INFO(reindexed.all());
    CHECK(reindexed.exit_code == 0);
    CHECK_CONTAINS(reindexed.out, "table events: summary counted again from 6 events");
    CHECK(pg::table_layout(db, "events").summary);
    CHECK(pg::summary_keys_covered(db, "events"));
    CHECK(summary_differences(db, "events") == 0);
    std::optional<chronomap::SourceOverview> after = pg::make_postgis_source(uri, {})->overview(512);
    REQUIRE(after);
    CHECK(after->metadata.diagnostics.empty());
    CHECK(after->histogram.counts == fresh->histogram.counts);

    auto nowhere = run_chronomap("import --reindex -o '" + uri + "?table=nowhere'");
    CHECK(nowhere.exit_code == 2);
    CHECK_CONTAINS(nowhere.err, "there is no table \"nowhere\"");
    auto with_file = run_chronomap("import '" + kAcled + "' --reindex -o '" + uri + "'");
    CHECK(with_file.exit_code == 64);
    CHECK_CONTAINS(with_file.err, "--reindex takes no input file");
}

TEST_CASE("an older summary (keys without the counts, no 4-day blocks) is read right, and --reindex or an import brings it up to date") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("covered_keys");
    REQUIRE(run_chronomap("import '" + written("covered-1.json", events_json(600, 0)) + "' -o '" + uri + "'").exit_code == 0);
    pg::PgConnection db(uri);
    CHECK(pg::summary_keys_covered(db, "events"));
    // The plan of a grid's day rows: the key alone (index-only) when it holds the counts.
    db.exec("SET enable_seqscan = off");
    db.exec("SET enable_bitmapscan = off");
    auto day_rows_plan = [&db] {
        auto plan = db.exec("EXPLAIN (COSTS OFF) SELECT cx, cy, events FROM events_chronomap_cells "
                            "WHERE level = 2 AND days = 1 AND day >= 17170 AND day < 17177 AND cx >= 200 AND cx < 220");
        std::string text;
        for (int r = 0; r < plan.rows(); ++r) text += plan.text(r, 0) + "\n";
        return text;
    };
    CHECK_CONTAINS(day_rows_plan(), "Index Only Scan using events_chronomap_cells_pkey");

    // A 17-day window over the world from noon: 4-day blocks between its first and last days.
    SourceQuery weeks;
    weeks.start = 17170LL * 86400 + 43200, weeks.end = weeks.start + 17 * 86400;
    auto cells_of_window = [&db, &weeks] {
        std::map<std::pair<int, int>, std::int64_t> cells;
        for (const auto& c : pg::density_grid(db, "events", weeks, 320, 200).cells) cells[{c.column, c.row}] += c.events;
        return cells;
    };
    CHECK(pg::table_layout(db, "events").short_blocks);
    const auto with_blocks = cells_of_window();
    std::int64_t total = 0;
    for (const auto& [cell, events] : with_blocks) total += events;
    CHECK(total == pg::count_in_window(db, "events", weeks, 1'000'000));
    CHECK(total > 200);

    chronomap::make_uncovered_summary_keys(db, "events");  // as chronomap made them before
    chronomap::drop_short_blocks(db, "events");
    CHECK(!pg::summary_keys_covered(db, "events"));
    CHECK(day_rows_plan().find("Index Only Scan") == std::string::npos);
    CHECK(pg::table_layout(db, "events").summary);  // still read as a summary meanwhile
    CHECK(!pg::table_layout(db, "events").short_blocks);  // its days instead of 4-day blocks
    CHECK(cells_of_window() == with_blocks);
    auto reindexed = run_chronomap("import --reindex -o '" + uri + "'");
    INFO(reindexed.all());
    CHECK(reindexed.exit_code == 0);
    CHECK(pg::summary_keys_covered(db, "events"));
    CHECK_CONTAINS(day_rows_plan(), "Index Only Scan using events_chronomap_cells_pkey");
    CHECK(summary_differences(db, "events") == 0);
    CHECK(pg::table_layout(db, "events").short_blocks);
    CHECK(cells_of_window() == with_blocks);

    chronomap::make_uncovered_summary_keys(db, "events");
    chronomap::drop_short_blocks(db, "events");
    auto imported = run_chronomap("import '" + written("covered-2.json", events_json(600, 45)) + "' -o '" + uri + "'");
    INFO(imported.all());
    CHECK_CONTAINS(imported.out, "0 added, 600 updated");
    CHECK(pg::summary_keys_covered(db, "events"));
    CHECK(pg::table_layout(db, "events").short_blocks);
    CHECK(summary_differences(db, "events") == 0);
}

TEST_CASE("an import writes its rows in time order, the long ones after the others, and the summary in key order, whatever the file's order") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    // Synthetic events come in random time order (as a file sorted by place or by id would).
    chronomap::EventStore store = chronomap::make_synthetic_events(3000, 21);
    pg::PgConnection db(cluster->uri("heap_order"));
    pg::import_events(db, "ordered", store);
    // Rows whose heap position comes before the row before them in the order asked: none.
    auto out_of_order = [&](const std::string& table, const std::string& partition, const std::string& order) {
        return db.exec("SELECT count(*) FROM (SELECT ctid, lag(ctid) OVER (" + partition + " ORDER BY " + order +
                       ") AS before FROM " + table + ") AS r WHERE before > ctid")
            .number(0, 0);
    };
    CHECK(db.exec("SELECT count(*) FROM ordered").number(0, 0) == 3000);
    // A row may land on an earlier page that still had room (the free space map): a few. The
    // events longer than a day come after the others, each part in time order.
    const std::string long_last = std::string("(") + pg::kLongSpanCondition + "), time_start, import_order";
    CHECK(out_of_order("ordered", "", long_last) < 30);
    CHECK(out_of_order("ordered", "", "time_start, import_order") > 30);  // the long ones are apart
    CHECK(out_of_order("ordered", "", "import_order") > 1000);  // the file's own order is not time order
    // Each pass (days, then blocks of 32 days) in key order: a window's days share pages.
    CHECK(out_of_order(pg::cells_table("ordered"), "PARTITION BY days", "level, day, cx, cy") == 0);
    CHECK(out_of_order(pg::hours_table("ordered"), "", "hour, category") == 0);
}
