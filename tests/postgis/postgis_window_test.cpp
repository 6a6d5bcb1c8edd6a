// What the server computes for the explorer's window (src/postgis/postgis_window.h) against
// the same events in memory: histogram buckets, the density grid's total, the window's rows;
// and a cancelled query (PgConnection::cancel) or a server that drops the session mid-way
// gives a clear error, no crash, and the next query answers.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/run_command.h"
#include "core/native_json/event_reader.h"
#include "core/sources/event_source.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis_test_support.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"
#include "synthetic_events.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::event_keys;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
using chronomap::EventStore;
using chronomap::SourceQuery;

namespace {
using chronomap::test::kAcled;

// Events starting in each of `buckets` equal parts of [start, end), counted in memory.
std::vector<std::int64_t> histogram_in_memory(const EventStore& store, chronomap::UnixSeconds start,
                                              chronomap::UnixSeconds end, int buckets) {
    std::vector<std::int64_t> counts(static_cast<size_t>(buckets), 0);
    for (size_t i = 0; i < store.size(); ++i) {
        chronomap::UnixSeconds t = store.time(i).start;
        if (t < start || t >= end) continue;
        auto b = static_cast<size_t>((t - start) * buckets / (end - start));
        counts[std::min(b, counts.size() - 1)]++;
    }
    return counts;
}

// 3 000 synthetic point events over two years (bench/synthetic_events.h), in table "synthetic"
// of database "windows"; the same store in memory.
struct Synthetic {
    std::string uri;
    EventStore store;
};
Synthetic& synthetic(PgTestCluster& cluster) {
    static Synthetic made = [&cluster] {
        Synthetic s{cluster.uri("windows"), chronomap::make_synthetic_events(3000, 7)};
        pg::PgConnection db(s.uri);
        pg::import_events(db, "synthetic", s.store);
        return s;
    }();
    return made;
}

SourceQuery window(long long first_day, long long days) {
    SourceQuery q;
    q.start = chronomap::kSyntheticStart + first_day * 86400;
    q.end = q.start + days * 86400;
    return q;
}

// A chronomap file `json` written as NAME.json in a fresh folder and imported into the
// database NAME; the table's URI and the folder.
struct ImportedFile {
    std::string uri;
    std::filesystem::path folder;
};
// The events' titles in the store's order.
std::vector<std::string> titles_of(const chronomap::EventStore& store) {
    std::vector<std::string> titles;
    for (size_t i = 0; i < store.size(); ++i) titles.emplace_back(store.title(i));
    return titles;
}

ImportedFile imported_file(PgTestCluster& cluster, const std::string& name, const std::string& json) {
    ImportedFile out{cluster.uri(name), chronomap::test::fresh_test_folder("chronomap-postgis-test", name)};
    std::filesystem::create_directories(out.folder);
    std::ofstream(out.folder / (name + ".json")) << json;
    auto imported = run_chronomap("import '" + (out.folder / (name + ".json")).string() + "' -o '" + out.uri + "'");
    INFO(imported.all());
    REQUIRE(imported.exit_code == 0);
    return out;
}

}  // namespace

TEST_CASE("the server's histogram buckets equal the counts of the CSV's events in memory") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("histogram");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    chronomap::LoadResult csv = chronomap::open_event_source(kAcled);
    REQUIRE(csv.store);
    REQUIRE(csv.store->size() == 6);
    pg::PgConnection db(uri);
    SourceQuery q;
    q.start = 1506816000;  // 2017-10-01
    q.end = 1509494400;    // 2017-11-01: one bucket a day
    auto server = pg::time_histogram(db, "events", q, 31);
    auto memory = histogram_in_memory(*csv.store, q.start, q.end, 31);
    CHECK(server == memory);
    std::int64_t total = 0;
    for (auto n : server) total += n;
    CHECK(total == 6);
}

TEST_CASE("histogram, density grid and window rows from the server equal the in-memory filter") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Synthetic& s = synthetic(*cluster);
    pg::PgConnection db(s.uri);

    SUBCASE("histogram of all dates, one bucket a day, and of a week in hours") {
        SourceQuery all = window(0, chronomap::kSyntheticDays);
        auto server = pg::time_histogram(db, "synthetic", all, 730);
        auto memory = histogram_in_memory(s.store, all.start, all.end, 730);
        for (size_t b = 0; b < server.size(); ++b)
            if (server[b] != memory[b]) MESSAGE("day " << b << ": server " << server[b] << ", memory " << memory[b]);
        CHECK(server == memory);
        SourceQuery week = window(100, 7);
        CHECK(pg::time_histogram(db, "synthetic", week, 168) ==
              histogram_in_memory(s.store, week.start, week.end, 168));
    }
    SUBCASE("a window's rows, without and with a box, are exactly the in-memory filter's") {
        auto source = pg::make_postgis_source(s.uri + "?table=synthetic", {});
        SourceQuery month = window(200, 30);
        SourceQuery boxed = month;
        boxed.has_box = true;
        boxed.west = 10, boxed.south = 25, boxed.east = 40, boxed.north = 38;
        for (const SourceQuery& q : {month, boxed, window(0, chronomap::kSyntheticDays)}) {
            chronomap::LoadResult rows = source->load_window(q);
            REQUIRE(rows.store);
            EventStore expected = chronomap::select_events(s.store, q);
            CHECK(expected.size() > 10);
            auto got = event_keys(*rows.store), want = event_keys(expected);
            INFO("server " << got.size() << " rows, first " << (got.empty() ? "" : got[0]) << "; memory "
                           << want.size() << ", first " << (want.empty() ? "" : want[0]));
            CHECK(got == want);
        }
    }
    SUBCASE("the density grid's total equals the window's count") {
        SourceQuery boxed = window(300, 30);
        boxed.has_box = true;
        boxed.west = 0, boxed.south = 20, boxed.east = 45, boxed.north = 40;
        for (const SourceQuery& q : {boxed, window(0, chronomap::kSyntheticDays)}) {
            chronomap::DensityGrid grid = pg::density_grid(db, "synthetic", q, 64, 40);
            std::int64_t total = 0;
            for (const chronomap::DensityGrid::Cell& c : grid.cells) {
                CHECK(c.column >= 0);
                CHECK(c.column < grid.columns);
                CHECK(c.row >= 0);
                CHECK(c.row < grid.rows);
                total += c.events;
            }
            CHECK(total == pg::count_in_window(db, "synthetic", q, 1'000'000));
            CHECK(total == static_cast<std::int64_t>(chronomap::select_events(s.store, q).size()));
        }
    }
}

TEST_CASE("a window's rows come in time order, events at the same time in their file's order") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    // The file's order is not time order, and its ids sort otherwise than the file (the rows
    // are ordered by the client since the server no longer sorts them).
    const ImportedFile table = imported_file(*cluster, "row_order", R"({"chronomap": 1, "title": "order", "events": [
      {"id": "z", "title": "midnight 1", "time": "2017-01-02T00:00:00Z", "coordinates": [30, 30]},
      {"id": "y", "title": "noon 1", "time": "2017-01-01T12:00:00Z", "coordinates": [31, 30]},
      {"id": "a", "title": "midnight 2", "time": "2017-01-02T00:00:00Z", "coordinates": [32, 30]},
      {"id": "b", "title": "noon 2", "time": "2017-01-01T12:00:00Z", "coordinates": [33, 30]},
      {"id": "c", "title": "midnight 3", "time": "2017-01-02T00:00:00Z", "coordinates": [34, 30]}]})");
    const std::string& uri = table.uri;
    const std::filesystem::path& folder = table.folder;
    auto titles_of_window = [&uri] {
        chronomap::LoadResult rows = pg::make_postgis_source(uri, {})->load_window(SourceQuery{});
        REQUIRE(rows.store);
        return titles_of(*rows.store);
    };
    const std::vector<std::string> expected{"noon 1", "noon 2", "midnight 1", "midnight 2", "midnight 3"};
    CHECK(titles_of_window() == expected);
    // "z" imported again, alone: its row is now last in the table and in the time index's ties,
    // first of its file (import_order 0): still first of the midnight events.
    std::ofstream(folder / "again.json") << R"({"chronomap": 1, "events": [
      {"id": "z", "title": "midnight 1", "time": "2017-01-02T00:00:00Z", "coordinates": [30, 30]}]})";
    REQUIRE(run_chronomap("import '" + (folder / "again.json").string() + "' -o '" + uri + "'").exit_code == 0);
    CHECK(titles_of_window() == expected);
}

TEST_CASE("a window's rows read from the server's binary answers: times around 1970 and 2000, escaped text") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    // The rows come in binary form: times as microseconds since 2000-01-01 (negative before),
    // the event JSON after jsonb's version byte. Times on both sides of 1970 and 2000, to the
    // second, and a title the JSON must escape.
    const ImportedFile table = imported_file(*cluster, "binary_rows", R"({"chronomap": 1, "title": "binary", "events": [
      {"id": "e", "title": "2000, a second in", "time": "2000-01-01T00:00:01Z", "coordinates": [30, 30]},
      {"id": "d", "title": "2000, its first second", "time": "2000-01-01T00:00:00Z", "coordinates": [31, 30]},
      {"id": "c", "title": "Ḥalab \"al-Shahba\"\ttab \\ back", "time": "1999-12-31T23:59:59Z", "coordinates": [37.16, 36.2]},
      {"id": "b", "title": "1970", "time": "1970-01-01T00:00:00Z", "coordinates": [33, 30]},
      {"id": "a", "title": "1969", "time": "1969-12-31T23:59:59Z", "coordinates": [34, 30]}]})");
    const std::string& uri = table.uri;
    auto source = pg::make_postgis_source(uri, {});
    chronomap::LoadResult all = source->load_window(SourceQuery{});
    REQUIRE(all.store);
    CHECK(titles_of(*all.store) == std::vector<std::string>{"1969", "1970", "Ḥalab \"al-Shahba\"\ttab \\ back",
                                                           "2000, its first second", "2000, a second in"});
    CHECK(all.store->time(0).start == -1);
    CHECK(all.store->time(3).start == 946684800);
    // The same events as the file itself gives.
    chronomap::LoadResult file = chronomap::load_event_file(table.folder / "binary_rows.json");
    REQUIRE(file.store);
    CHECK(chronomap::test::event_keys(*all.store) == chronomap::test::event_keys(*file.store));
    // A window across 2000's first instant: the events of its last and first seconds.
    SourceQuery around_2000;
    around_2000.start = 946684799, around_2000.end = 946684801;
    chronomap::LoadResult window = source->load_window(around_2000);
    REQUIRE(window.store);
    REQUIRE(window.store->size() == 2);
    CHECK(window.store->id(0) == "c");
    CHECK(window.store->id(1) == "d");
}

TEST_CASE("a cancelled query says so, does not crash, and the next query answers") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::PgConnection db(cluster->uri("cancel"));
    std::atomic<bool> started{false};
    std::thread canceller([&] {
        while (!started) std::this_thread::yield();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        CHECK(db.cancel());
    });
    auto t = std::chrono::steady_clock::now();
    started = true;
    std::string message;
    try {
        db.exec("SELECT pg_sleep(30)");
    } catch (const pg::PgCancelled& e) {
        message = e.what();
    }
    canceller.join();
    CHECK(message == "the query was cancelled");
    CHECK(std::chrono::steady_clock::now() - t < std::chrono::seconds(10));
    CHECK(db.is_ok());
    CHECK(db.exec("SELECT 41 + 1").number(0, 0) == 42);
    // A cancel with nothing running is harmless.
    db.cancel();
    CHECK(db.exec("SELECT 1").number(0, 0) == 1);
}

TEST_CASE("a server session that goes away mid-session is a clear message, and the source connects again") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Synthetic& s = synthetic(*cluster);
    pg::PgConnection db(s.uri);
    std::string pid = db.exec("SELECT pg_backend_pid()").text(0, 0);
    cluster->sql("windows", "SELECT pg_terminate_backend(" + pid + ")");
    std::string message;
    try {
        db.exec("SELECT 1");
    } catch (const pg::PgError& e) {
        message = e.what();
        CHECK_CONTAINS(e.hint, "check that it is running");
    }
    CHECK_CONTAINS(message, "went away");
    CHECK(!db.is_ok());
    // The source holds its own connection and opens a new one when the old one dropped.
    auto source = pg::make_postgis_source(s.uri + "?table=synthetic", {});
    REQUIRE(source->load_window(window(10, 3)).store);
    cluster->sql("windows",
                 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'windows' "
                 "AND pid <> pg_backend_pid()");
    chronomap::LoadResult again = source->load_window(window(20, 3));
    // The first query after the drop finds the session gone: said, not thrown; then it reconnects.
    if (!again.store) {
        REQUIRE(!again.diagnostics.empty());
        CHECK_CONTAINS(again.diagnostics[0].message, "went away");
        again = source->load_window(window(20, 3));
    }
    CHECK(again.store);
}
