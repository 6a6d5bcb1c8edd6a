// The explorer on a PostGIS table (issue 23): the windowed source (overview, then one window
// at a time, rows or density grid) against the same events in memory; the worker that
// cancels a query the user moved past; and the explorer itself, headless, opened on a URI:
// its histogram comes from the server and it never holds the whole table.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "app/ui_driver.h"
#include "cli/run_command.h"
#include "core/sources/event_source.h"
#include "core/sources/window_loader.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis_test_support.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "render/map_renderer.h"
#include "synthetic_events.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::event_keys;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
using chronomap::EventStore;
using chronomap::SourceQuery;
using Clock = std::chrono::steady_clock;

namespace {
using chronomap::test::kAcled;

SourceQuery days(chronomap::UnixSeconds from, long long first_day, long long count) {
    SourceQuery q;
    q.start = from + first_day * 86400;
    q.end = q.start + count * 86400;
    return q;
}

// 3 000 synthetic events over two years in table "synthetic" of database `database`.
std::string synthetic_table(PgTestCluster& cluster, const std::string& database, EventStore* store = nullptr) {
    std::string uri = cluster.uri(database);
    EventStore made = chronomap::make_synthetic_events(3000, 7);
    pg::PgConnection db(uri);
    db.exec("DROP TABLE IF EXISTS synthetic");
    pg::import_events(db, "synthetic", made);
    if (store) *store = std::move(made);
    return uri + "?table=synthetic";
}

std::int64_t histogram_total(const chronomap::TimeBuckets& h) {
    std::int64_t total = 0;
    for (auto n : h.counts) total += n;
    return total;
}
}  // namespace

TEST_CASE("the windowed source gives the CSV's counts and marker positions for two windows") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("windowed");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    chronomap::LoadResult csv = chronomap::open_event_source(kAcled);
    REQUIRE(csv.store);
    auto source = pg::make_postgis_source(uri, {});

    std::optional<chronomap::SourceOverview> overview = source->overview(4096);
    REQUIRE(overview);
    REQUIRE(overview->metadata.store);
    CHECK(overview->metadata.store->size() == 0);  // the overview sends no row
    CHECK(overview->rows == static_cast<std::int64_t>(csv.store->size()));
    CHECK(histogram_total(overview->histogram) == overview->rows);
    CHECK(overview->metadata.store->categories().size() == csv.store->categories().size());
    CHECK(overview->first == csv.store->time(0).start);
    REQUIRE(overview->extent);

    // Two windows: the first days of October 2017, and the whole month inside a box.
    SourceQuery early = days(1506816000, 0, 5), boxed = days(1506816000, 0, 31);
    boxed.has_box = true;
    boxed.west = 30, boxed.south = 30, boxed.east = 45, boxed.north = 40;
    for (const SourceQuery& q : {early, boxed}) {
        chronomap::WindowContent content = source->load_window_content(q, {});
        REQUIRE(content.rows.store);
        CHECK(!content.grid);
        EventStore expected = chronomap::select_events(*csv.store, q);
        CHECK(content.server_count == static_cast<std::int64_t>(expected.size()));
        CHECK(event_keys(*content.rows.store) == event_keys(expected));
    }
    CHECK(chronomap::select_events(*csv.store, early).size() != chronomap::select_events(*csv.store, boxed).size());
}

TEST_CASE("above the marker limit a window comes as the server's density grid, adding up to its count") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    EventStore store;
    std::string uri = synthetic_table(*cluster, "grid", &store);
    auto source = pg::make_postgis_source(uri, {});
    chronomap::WindowLimits limits{.markers = 500, .grid_columns = 64, .grid_rows = 40};
    SourceQuery all = days(chronomap::kSyntheticStart, 0, chronomap::kSyntheticDays);
    chronomap::WindowContent content = source->load_window_content(all, limits);
    REQUIRE(content.grid);
    REQUIRE(content.rows.store);
    CHECK(content.rows.store->size() == 0);  // no row crossed the network
    CHECK(content.server_count == 501);      // counting stopped past the limit
    std::int64_t total = 0;
    for (const auto& c : content.grid->cells) total += c.events;
    CHECK(total == 3000);
    // A month holds fewer than the limit: its rows.
    SourceQuery month = days(chronomap::kSyntheticStart, 100, 30);
    content = source->load_window_content(month, limits);
    REQUIRE(content.rows.store);
    CHECK(!content.grid);
    CHECK(event_keys(*content.rows.store) == event_keys(chronomap::select_events(store, month)));
}

TEST_CASE("a window change while a slow query runs cancels it, and the newest answer is shown") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    EventStore store;
    std::string uri = synthetic_table(*cluster, "slow", &store);
    chronomap::WindowLoader loader(pg::make_postgis_source(uri, {}), {}, std::chrono::milliseconds(50));
    // A colleague's transaction holds the table: the first query waits for it (a slow query).
    pg::PgConnection blocker(cluster->uri("slow"));
    blocker.exec("BEGIN");
    blocker.exec("LOCK TABLE synthetic IN ACCESS EXCLUSIVE MODE");
    SourceQuery first = days(chronomap::kSyntheticStart, 10, 30), newest = days(chronomap::kSyntheticStart, 400, 30);
    loader.request(first);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(loader.busy());
    CHECK(!loader.take());  // still waiting on the lock
    std::uint64_t newest_id = loader.request(newest);
    std::optional<chronomap::WindowAnswer> answer;
    auto started = Clock::now();
    bool released = false;
    while (!answer && Clock::now() - started < std::chrono::seconds(20)) {
        answer = loader.take();
        // Once the old query was cancelled, the colleague commits and the newest query runs.
        if (!released && loader.cancels() > 0 && Clock::now() - started > std::chrono::milliseconds(300)) {
            blocker.exec("COMMIT");
            released = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!released) blocker.exec("COMMIT");
    CHECK(loader.cancels() >= 1);
    REQUIRE(answer);
    CHECK(answer->request == newest_id);  // the first window's answer never came
    CHECK(answer->query.start == newest.start);
    REQUIRE(answer->content.rows.store);
    CHECK(event_keys(*answer->content.rows.store) == event_keys(chronomap::select_events(store, newest)));
    CHECK(!loader.busy());
}

namespace {
// Frames until the explorer shows the answer to the window it asked for last (or 20 s).
bool frames_until_answered(chronomap::test::UiDriver& ui) {
    auto started = Clock::now();
    while (Clock::now() - started < std::chrono::seconds(20)) {
        ui.frame();
        const chronomap::ServerWindow& s = *ui.state().file.server;
        if (s.has_asked && s.shown_request == s.asked_request && !ui.explorer().waiting_for_server()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}
}  // namespace

TEST_CASE("the explorer opened on a URI shows the server's histogram and the window's events, not the table") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::register_postgis_source();
    EventStore store;
    std::string uri = synthetic_table(*cluster, "explorer", &store);
    auto opened = Clock::now();
    // Markers up to 1 000 events: all dates (3 000) come as the server's grid.
    chronomap::test::UiDriver ui(uri, 1280, 800, "", {.markers = 1000, .grid_columns = 160, .grid_rows = 100});
    double open_ms = std::chrono::duration<double, std::milli>(Clock::now() - opened).count();
    MESSAGE("explorer opened on " << uri << " in " << open_ms << " ms");
    chronomap::ExplorerState& state = ui.state();
    REQUIRE(state.file.usable());
    REQUIRE(state.file.server);
    CHECK(state.file.server->table_rows == 3000);
    // The timeline's histogram is the server's: every event, counted without its row.
    CHECK(state.histogram.from_buckets());
    CHECK(state.histogram.count_between(state.file.first, state.file.last + 86400, ~std::uint64_t{0}) == 3000);
    // All dates: the server's density grid, no row on the desktop.
    REQUIRE(frames_until_answered(ui));
    ui.frames(2);
    CHECK(state.view.time.start <= store.time(0).start);
    CHECK(state.file.server->dense);
    CHECK(state.file.store->size() == 0);
    CHECK(state.file.server->window_count == 3000);  // the grid counts every event of its box
    CHECK(state.file.renderer->last_stats().dense);
    size_t most_rows = 0;

    // A 30-day window: the map holds that window's events, as the in-memory filter finds them.
    SourceQuery month = days(chronomap::kSyntheticStart, 200, 30);
    state.view.time = {false, month.start, month.end};
    state.view.camera.mode = chronomap::CameraMode::fit_events;
    REQUIRE(frames_until_answered(ui));
    ui.frames(2);
    const EventStore& shown = *state.file.store;
    size_t expected = chronomap::select_events(store, month).size();
    CHECK(shown.size() < 3000);  // the table never came to the desktop
    CHECK(shown.size() >= expected);  // the window's events, and those of its box's margin
    const chronomap::FrameStats& stats = state.file.renderer->last_stats();
    size_t drawn = 0;
    for (size_t n : stats.shown_counts) drawn += n;
    CHECK(drawn == expected);
    CHECK(!state.file.server->dense);

    // Another window replaces it; the map kept the last answer until then.
    SourceQuery later = days(chronomap::kSyntheticStart, 500, 30);
    state.view.time = {false, later.start, later.end};
    most_rows = std::max(most_rows, shown.size());
    ui.frame();
    CHECK(state.file.store->size() == shown.size());  // still the last answer, not empty
    REQUIRE(frames_until_answered(ui));
    ui.frames(2);
    drawn = 0;
    for (size_t n : state.file.renderer->last_stats().shown_counts) drawn += n;
    CHECK(drawn == chronomap::select_events(store, later).size());
    most_rows = std::max(most_rows, state.file.store->size());
    CHECK(most_rows <= 1000);  // never more than the marker limit, never the table

    // The server drops the session: said in the status bar, no crash; the next window
    // change connects again.
    cluster->sql("explorer",
                 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'explorer' "
                 "AND pid <> pg_backend_pid()");
    SourceQuery third = days(chronomap::kSyntheticStart, 300, 30);
    state.view.time = {false, third.start, third.end};
    REQUIRE(frames_until_answered(ui));
    if (!state.file.server->error.empty()) {
        CHECK_CONTAINS(state.file.server->error, "went away");
        state.view.time = {false, third.start + 86400, third.end + 86400};
        REQUIRE(frames_until_answered(ui));
    }
    CHECK(state.file.server->error.empty());
    CHECK(state.file.store->size() > 0);
}
