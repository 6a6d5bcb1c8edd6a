// `render --animate` on a PostGIS table (issue 23): frames equal to the file's, each frame's
// window fetched from the server and never the table, and a server that goes away in the
// middle of an animation said with its exit code (5), the output not left behind.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "cli/run_command.h"
#include "core/sources/frame_windows.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "postgis_test_support.h"
#include "synthetic_events.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::event_keys;
using chronomap::test::differing_pixels;
using chronomap::test::png_rgba;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
namespace fs = std::filesystem;
using namespace chronomap;

namespace {
using chronomap::test::kAcled;

fs::path fresh_animate_folder(const std::string& name) {
    return chronomap::test::fresh_test_folder("chronomap-postgis-animate-test", name);
}

std::vector<fs::path> frames_in(const fs::path& folder) {
    std::vector<fs::path> frames;
    if (fs::exists(folder))
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.path().extension() == ".png") frames.push_back(entry.path());
    std::sort(frames.begin(), frames.end());
    return frames;
}

// 3 000 synthetic point events over two years in table "synthetic" of database "frames".
struct Synthetic {
    std::string uri;
    EventStore store;
};
Synthetic& synthetic(PgTestCluster& cluster) {
    static Synthetic made = [&cluster] {
        Synthetic s{cluster.uri("frames"), make_synthetic_events(3000, 5)};
        pg::PgConnection db(s.uri);
        pg::import_events(db, "synthetic", s.store);
        return s;
    }();
    return made;
}

std::vector<SourceQuery> daily_frames(size_t count, long long window_days) {
    return chronomap::test::daily_windows(200, count, window_days);
}
}  // namespace

TEST_CASE("render --animate from PostGIS draws the frames the CSV draws") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("animate");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "' --table acled").exit_code == 1);
    // A window of two days moving a day a frame, then the story so far; the camera pinned
    // (the file's fit would include the event placed by its name, which the table's box,
    // counted by the server from coordinates, does not).
    const char* modes[] = {" --window 2d", " --cumulative"};
    for (const char* mode : modes) {
        CAPTURE(mode);
        fs::path from_csv = fresh_animate_folder("from-csv"), from_db = fresh_animate_folder("from-db");
        std::string common = " --animate 2017-09-29/2017-10-12 --step 1d --size 480x300 --bbox 10,28,45,40" +
                             std::string(mode);
        auto a = run_chronomap("render '" + kAcled + "' -o '" + from_csv.string() + "/'" + common);
        auto b = run_chronomap("render '" + uri + "?table=acled' -o '" + from_db.string() + "/' -v" + common);
        INFO(a.all() << b.all());
        REQUIRE(a.exit_code == 1);  // the CSV's bad row
        REQUIRE(b.exit_code == 0);  // the table holds only good rows
        // Each window was asked, never the table: the six rows at most once per run of frames.
        CHECK_CONTAINS(b.err, "retries");
        std::vector<fs::path> fa = frames_in(from_csv), fb = frames_in(from_db);
        REQUIRE(fa.size() == 14);  // the end day is drawn too
        REQUIRE(fb.size() == fa.size());
        size_t coloured = 0;
        for (size_t k = 0; k < fa.size(); ++k) {
            CAPTURE(k);
            CHECK(differing_pixels(fa[k], fb[k]) == 0);
            int width = 0, height = 0;
            std::vector<unsigned char> pa = png_rgba(fa[k], width, height);
            for (size_t i = 0; i + 3 < pa.size(); i += 4)
                if (pa[i] > 150 && pa[i + 1] < 80 && pa[i + 2] < 80) ++coloured;  // battles' red
        }
        CHECK(coloured > 20);  // markers are drawn at all
    }
}

TEST_CASE("an animation's frames from the server hold their windows, never the table") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Synthetic& s = synthetic(*cluster);
    // A 7-day window moving a day a frame (about 30 events each), and a limit of 100 markers:
    // runs of frames share a query; then 30-day windows above a limit of 50: the grid.
    struct Case {
        long long days;
        std::int64_t markers;
    };
    for (Case c : {Case{7, 100}, Case{30, 50}}) {
        CAPTURE(c.days);
        std::vector<SourceQuery> frames = daily_frames(60, c.days);
        WindowLimits limits;
        limits.markers = c.markers;
        FrameWindows windows(pg::make_postgis_source(s.uri + "?table=synthetic", {}), frames, limits);
        for (size_t k = 0; k < frames.size(); ++k) {
            CAPTURE(k);
            std::shared_ptr<const FrameWindow> w = windows.frame(k);
            REQUIRE(w->content.rows.store);
            EventStore expected = select_events(s.store, frames[k]);
            if (w->content.grid) {
                std::int64_t total = 0;
                for (const DensityGrid::Cell& cell : w->content.grid->cells) total += cell.events;
                CHECK(total == static_cast<std::int64_t>(expected.size()));
                CHECK(w->content.rows.store->size() == 0);
            } else {
                CHECK(event_keys(select_events(*w->content.rows.store, frames[k])) == event_keys(expected));
            }
        }
        FrameFetchStats stats = windows.stats();
        CHECK(stats.most_rows <= static_cast<size_t>(c.markers));  // of a table of 3 000
        CHECK(stats.retries == 0);
        if (c.days == 7) CHECK(stats.queries < frames.size() / 2);
        if (c.days == 30) CHECK(stats.grids == frames.size());
    }
}

TEST_CASE("a server that goes away mid-animation: the frame says so, nothing after is asked, no crash") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Synthetic& s = synthetic(*cluster);
    std::vector<SourceQuery> frames = daily_frames(40, 30);
    WindowLimits limits;
    limits.markers = 50;  // a grid per frame: one window a frame
    FrameWindows windows(pg::make_postgis_source(s.uri + "?table=synthetic", {}), frames, limits);
    REQUIRE(windows.frame(0)->content.rows.store);
    // The server refuses new sessions and drops this one: the next query fails, and so does
    // the connection asked again.
    cluster->sql("postgres", "ALTER DATABASE frames ALLOW_CONNECTIONS false");
    cluster->sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'frames'");
    size_t k = 1;
    std::shared_ptr<const FrameWindow> w;
    for (; k < frames.size(); ++k) {
        w = windows.frame(k);
        if (!w->content.rows.store) break;
    }
    cluster->sql("postgres", "ALTER DATABASE frames ALLOW_CONNECTIONS true");
    REQUIRE(k < frames.size());
    CHECK(k <= 3);  // the windows fetched ahead, then the failure
    REQUIRE(!w->content.rows.diagnostics.empty());
    const std::string& message = w->content.rows.diagnostics[0].message;
    CHECK((message.find("went away") != std::string::npos || message.find("cannot connect") != std::string::npos ||
           message.find("not currently accepting") != std::string::npos));
    CHECK(windows.stats().retries == 1);
}

TEST_CASE("render --animate whose server goes away stops with exit code 5 and leaves no output") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("goes_away");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    fs::path out = fresh_animate_folder("goes-away");
    // Thousands of small frames: long enough for the server to go away in the middle.
    std::atomic<bool> finished{false};
    chronomap::test::CommandResult result;
    std::thread animation([&] {
        result = run_chronomap("render '" + uri + "' -o '" + out.string() +
                               "/' --animate 2000-01-01/2017-12-31 --step 1d --size 64x48");
        finished = true;
    });
    // Waits until frames are being written (into the hidden folder renamed at the end), then
    // the server refuses the animation's sessions and drops the one it has.
    auto writing = [&] {
        for (const auto& entry : fs::directory_iterator(out.parent_path()))
            if (entry.path().filename().string().rfind(".goes-away.partial-", 0) == 0 && !frames_in(entry.path()).empty())
                return true;
        return false;
    };
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (!finished && !writing() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    bool ended_first = finished;
    cluster->sql("postgres", "ALTER DATABASE goes_away ALLOW_CONNECTIONS false");
    cluster->sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'goes_away'");
    animation.join();
    cluster->sql("postgres", "ALTER DATABASE goes_away ALLOW_CONNECTIONS true");
    INFO(result.all());
    REQUIRE(!ended_first);
    CHECK(result.exit_code == 5);
    CHECK_CONTAINS(result.err, "could not be had, asked twice");
    CHECK_CONTAINS(result.err, "was not written");
    CHECK(frames_in(out).empty());
}

TEST_CASE("present --export of a deck whose events are a table draws the slides the file's deck draws") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    const std::string examples = std::string(CHRONOMAP_SOURCE_DIR) + "/examples";
    std::string uri = cluster->uri("deck");
    auto imported = run_chronomap("import '" + examples + "/seed-events.json' -o '" + uri + "' --table seed");
    REQUIRE(imported.exit_code <= 1);
    // The example deck, its "events" pointing at the table instead of the file beside it.
    fs::path folder = fresh_animate_folder("deck");
    fs::create_directories(folder);
    chronomap::test::example_deck_on_table(folder, uri + "?table=seed");

    fs::path from_file = folder / "from-file", from_table = folder / "from-table";
    auto a = run_chronomap("present '" + examples + "/seed-story.json' --export '" + from_file.string() + "' --size 640x400");
    auto b = run_chronomap("present '" + (folder / "on-table.json").string() + "' --export '" + from_table.string() +
                           "' --size 640x400 -v");
    INFO(a.all() << b.all());
    REQUIRE(a.exit_code <= 1);
    CHECK(b.exit_code == a.exit_code);
    CHECK_CONTAINS(b.err, "fetched");  // each slide's window, never the table
    std::vector<fs::path> sa = frames_in(from_file), sb = frames_in(from_table);
    REQUIRE(sa.size() >= 5);
    REQUIRE(sb.size() == sa.size());
    // Equal but for one marker: events at one spot take slots around it (colocated_slots.h),
    // counted over the store: the file's counts events outside the slide's window (Deir
    // ez-Zhor on slides 3 and 6), the table's window does not, so that marker sits a few
    // pixels off the spot from the file and on it from the table.
    size_t exact = 0;
    for (size_t i = 0; i < sa.size(); ++i) {
        CAPTURE(i);
        size_t differing = differing_pixels(sa[i], sb[i]);
        CHECK(differing <= 400);  // a marker and its halo at most
        exact += differing == 0 ? 1 : 0;
    }
    CHECK(exact + 2 >= sa.size());
    // The video of the same deck: the slides held and the flights between them, by window.
    fs::path video = folder / "deck.mp4";
    auto c = run_chronomap("present '" + (folder / "on-table.json").string() + "' --export '" + video.string() +
                           "' --size 320x200 --fps 2 -v");
    INFO(c.all());
    CHECK(c.exit_code == a.exit_code);
    CHECK_CONTAINS(c.err, "fetched");
    CHECK_CONTAINS(c.err, "0 retries");
    CHECK(fs::file_size(video) > 1000);
}
