// Web pages from a PostGIS table (issue 23): `render --animate URI -o map.html` (the scrubbable
// map) and `present --export story.html` of a deck on a table fetch each frame's (each slide's)
// window, never the table. Their pages show the numbers the file's pages show; a row that no
// window asks for, whose date cannot be read, is never read (the old path, which loaded the
// whole table, said "never a date"); and a table whose frames hold more than the marker limit
// gives a bounded page: those frames are the server's grid, without tooltips.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numeric>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "cli/run_command.h"
#include "cli/web_map_events.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_window.h"
#include "postgis_test_support.h"
#include "synthetic_events.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
namespace fs = std::filesystem;
using namespace chronomap;

namespace {
using chronomap::test::kAcled;
const std::string kExamples = std::string(CHRONOMAP_SOURCE_DIR) + "/examples";

fs::path fresh_web_folder(const std::string& name) {  // empty, made
    fs::path folder = chronomap::test::fresh_test_folder("chronomap-postgis-web-test", name);
    fs::create_directories(folder);
    return folder;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A row in 2019, after every frame and slide of these tests (cumulative ones included), whose
// date cannot be read: only a command that reads the whole table meets it.
void add_unreadable_row(PgTestCluster& cluster, const std::string& database, const std::string& table) {
    cluster.sql(database, "INSERT INTO " + table +
                              " (id, title, time_start, time_end, time_start_precision, time_end_precision, geom, "
                              "event, import_order) VALUES ('unreadable', 'unreadable row', '2019-06-01', "
                              "'2019-06-02', 'day', 'day', ST_SetSRID(ST_MakePoint(36.3, 33.5), 4326), "
                              "'{\"id\": \"unreadable\", \"title\": \"unreadable row\", \"time\": \"never a date\", "
                              "\"coordinates\": [36.3, 33.5]}', 0)");
}

// A scrubbable map page: the data its script reads and its frames' images (data: URIs).
struct MapPage {
    nlohmann::json data;
    std::vector<std::string> frames;
    size_t bytes = 0;
};

MapPage read_map_page(const fs::path& path) {
    std::string html = read_text(path);
    MapPage page;
    page.bytes = html.size();
    const std::string open = "id=\"data\">", frames_open = "window.chronomapFrames = ";
    size_t begin = html.find(open);
    REQUIRE(begin != std::string::npos);
    begin += open.size();
    page.data = nlohmann::json::parse(html.substr(begin, html.find("</script>", begin) - begin));
    size_t frames = html.find(frames_open);
    REQUIRE(frames != std::string::npos);
    frames += frames_open.size();
    for (const auto& uri : nlohmann::json::parse(html.substr(frames, html.find("];", frames) + 1 - frames)))
        page.frames.push_back(uri.get<std::string>());
    return page;
}

// What the reader can point at in frame k, as src/web/map.js picks it: "title at x,y", sorted.
std::vector<std::string> pointable(const nlohmann::json& data, size_t k) {
    const nlohmann::json& frame = data["frames"][k];
    const nlohmann::json& events = data["events"];
    std::vector<std::string> shown;
    if (frame.value("tips", true))
        for (size_t i = 0; i < events["x"].size(); ++i) {
            if (events["start"][i].get<long long>() >= frame["end"].get<long long>()) continue;
            if (!data["cumulative"].get<bool>() && events["end"][i].get<long long>() <= frame["start"].get<long long>())
                continue;
            shown.push_back(events["info"][i][0].get<std::string>() + " at " + events["x"][i].dump() + "," +
                            events["y"][i].dump());
        }
    std::sort(shown.begin(), shown.end());
    return shown;
}

// "at most 1 234 rows at once" of `-v`, as a number.
long long most_rows_at_once(const std::string& err) {
    std::smatch m;
    REQUIRE(std::regex_search(err, m, std::regex("at most ([0-9,]+) rows at once")));
    std::string digits;
    for (char c : m[1].str())
        if (c != ',') digits += c;
    return std::stoll(digits);
}

// 25 000 synthetic events over 2017-2018 (34 a day) in table "big" of database "web_big".
struct Big {
    std::string uri;
    EventStore store;
};
Big& big(PgTestCluster& cluster) {
    static Big made = [&cluster] {
        Big b{cluster.uri("web_big"), make_synthetic_events(25000, 7)};
        pg::PgConnection db(b.uri);
        pg::import_events(db, "big", b.store);
        add_unreadable_row(cluster, "web_big", "big");
        return b;
    }();
    return made;
}

// Events of `store` starting in each step, as a file's page counts them.
std::vector<long long> starts_per_step(const EventStore& store, UnixSeconds from, UnixSeconds step, size_t steps) {
    std::vector<long long> counts(steps, 0);
    for (size_t i = 0; i < store.size(); ++i) {
        UnixSeconds t = store.time(i).start;
        if (t >= from && t < from + step * static_cast<UnixSeconds>(steps)) ++counts[static_cast<size_t>((t - from) / step)];
    }
    return counts;
}
}  // namespace

TEST_CASE("a web map from PostGIS shows what the CSV's shows, each frame's window fetched, never the table") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("web_map");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "' --table acled").exit_code == 1);
    add_unreadable_row(*cluster, "web_map", "acled");
    fs::path folder = fresh_web_folder("map");
    for (const char* mode : {" --window 2d", " --cumulative"}) {
        CAPTURE(mode);
        std::string common =
            " --animate 2017-09-29/2017-10-12 --step 1d --size 480x300 --bbox 10,28,45,40" + std::string(mode);
        fs::path from_csv = folder / "csv.html", from_db = folder / "db.html";
        auto a = run_chronomap("render '" + kAcled + "' -o '" + from_csv.string() + "'" + common);
        auto b = run_chronomap("render '" + uri + "?table=acled' -o '" + from_db.string() + "' -v" + common);
        INFO(a.all() << b.all());
        REQUIRE(a.exit_code == 1);  // the CSV's bad row
        REQUIRE(b.exit_code == 0);  // the table holds only good rows, and the unreadable one is never asked
        CHECK(b.err.find("never a date") == std::string::npos);
        CHECK_CONTAINS(b.err, "0 retries");
        CHECK(most_rows_at_once(b.err) <= 6);
        MapPage pa = read_map_page(from_csv), pb = read_map_page(from_db);
        REQUIRE(pa.data["frames"].size() == 14);
        REQUIRE(pb.data["frames"].size() == pa.data["frames"].size());
        size_t pointed = 0, same_images = 0;
        for (size_t k = 0; k < pa.data["frames"].size(); ++k) {
            CAPTURE(k);
            const nlohmann::json &fa = pa.data["frames"][k], &fb = pb.data["frames"][k];
            for (const char* key : {"start", "end", "label", "window", "count"}) CHECK(fa[key] == fb[key]);
            CHECK(!fb.contains("tips"));  // six rows: every frame's events can be pointed at
            std::vector<std::string> shown = pointable(pa.data, k);
            CHECK(pointable(pb.data, k) == shown);
            pointed += shown.size();
            same_images += pa.frames[k] == pb.frames[k] ? 1 : 0;
        }
        CHECK(pointed > 10);
        CHECK(same_images == pa.frames.size());  // the same renders, encoded alike
        long long counted = 0;  // the timeline: each of the six events in the step it starts in
        for (const auto& frame : pb.data["frames"]) counted += frame["count"].get<long long>();
        CHECK(counted == 6);
    }
}

TEST_CASE("a deck on a table exports the web page of the deck file, each slide's window fetched") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("web_deck");
    REQUIRE(run_chronomap("import '" + kExamples + "/seed-events.json' -o '" + uri + "' --table seed").exit_code <= 1);
    add_unreadable_row(*cluster, "web_deck", "seed");
    fs::path folder = fresh_web_folder("deck");
    chronomap::test::example_deck_on_table(folder, uri + "?table=seed");

    fs::path from_file = folder / "file.html", from_table = folder / "table.html";
    auto a = run_chronomap("present '" + kExamples + "/seed-story.json' --export '" + from_file.string() +
                           "' --size 640x400");
    auto b = run_chronomap("present '" + (folder / "on-table.json").string() + "' --export '" + from_table.string() +
                           "' --size 640x400 -v");
    INFO(a.all() << b.all());
    REQUIRE(a.exit_code <= 1);
    CHECK(b.exit_code == a.exit_code);
    CHECK(b.err.find("never a date") == std::string::npos);
    CHECK_CONTAINS(b.err, "fetched");
    // Each slide's text (title, caption, the sources of the events it shows) as from the file.
    auto texts = [](const std::string& html) {
        std::vector<std::string> found;
        for (size_t at = html.find("<div class=\"text\">"); at != std::string::npos;
             at = html.find("<div class=\"text\">", at + 1))
            found.push_back(html.substr(at, html.find("</section>", at) - at));
        return found;
    };
    auto images = [](const std::string& html) {
        std::vector<std::string> found;
        for (size_t at = html.find("<img src=\""); at != std::string::npos; at = html.find("<img src=\"", at + 1))
            found.push_back(html.substr(at, html.find('"', at + 10) - at));
        return found;
    };
    std::string ha = read_text(from_file), hb = read_text(from_table);
    std::vector<std::string> ta = texts(ha), tb = texts(hb);
    REQUIRE(ta.size() == 7);
    CHECK(tb == ta);
    CHECK_CONTAINS(hb, "<ul class=\"sources\">");  // events' sources are cited from the windows
    // The maps: the same but for the colocated marker the PNG slides' test explains
    // (postgis_animate_test.cpp: slides 3 and 6 from the file place it a few pixels off).
    std::vector<std::string> ia = images(ha), ib = images(hb);
    REQUIRE(ib.size() == ia.size());
    size_t same = 0;
    for (size_t i = 0; i < ia.size(); ++i) same += ia[i] == ib[i] ? 1 : 0;
    CHECK(same + 2 >= ia.size());

    // The folder form from the table: index.html and its maps as files.
    fs::path web_folder = folder / "web";
    auto c = run_chronomap("present '" + (folder / "on-table.json").string() + "' --web --export '" +
                           web_folder.string() + "/' --size 320x200");
    INFO(c.all());
    CHECK(c.exit_code == a.exit_code);
    CHECK(fs::exists(web_folder / "index.html"));
    CHECK(fs::file_size(web_folder / "slides" / "07@2x.webp") > 1000);
}

TEST_CASE("a web map of a table whose windows pass the marker limit stays bounded: grids, no tooltips there") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Big& b = big(*cluster);
    fs::path out = fresh_web_folder("big") / "big.html";
    // 650-day windows moving 30 days a frame: the first frames hold fewer than 20 000 events
    // (markers), the last ones more (the server's grid).
    auto r = run_chronomap("render '" + b.uri + "?table=big' --animate 2017-01-01/2018-12-27 --step 30d --window 650d "
                           "--size 320x200 -o '" + out.string() + "' -v");
    INFO(r.all());
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("never a date") == std::string::npos);
    CHECK_CONTAINS(r.err, "drawn as the server's density grid, without tooltips");
    CHECK(most_rows_at_once(r.err) <= 20000);
    MapPage page = read_map_page(out);
    const nlohmann::json& frames = page.data["frames"];
    size_t grids = 0;
    for (const auto& frame : frames) grids += frame.value("tips", true) ? 0 : 1;
    CHECK(grids >= 2);
    CHECK(grids < frames.size());
    CHECK(pointable(page.data, frames.size() - 1).empty());  // a grid frame: nothing to point at
    CHECK(!pointable(page.data, 0).empty());
    // The tooltips hold the marker frames' events only, never the table's 25 000.
    size_t events = page.data["events"]["x"].size();
    CHECK(events > 1000);
    CHECK(events <= 20000);
    // Bounded: the frames (each a small WebP) and at most the events of the marker frames.
    CHECK(page.bytes < frames.size() * 60 * 1024 + events * 200 + 64 * 1024);
    // The timeline's counts are the server's, per step, equal to the events' own.
    std::vector<long long> counts;
    for (const auto& frame : frames) counts.push_back(frame["count"].get<long long>());
    CHECK(counts == starts_per_step(b.store, kSyntheticStart, 30 * 86400, frames.size()));
}

TEST_CASE("the server's events per step equal the events' own, from the hours summary or the index") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    Big& b = big(*cluster);
    pg::PgConnection db(b.uri);
    struct Case {
        UnixSeconds start, step;
        size_t steps;
    };
    // Whole days from midnight (the summary), then steps of 5 h 17 s from an odd second (the index).
    for (Case c : {Case{kSyntheticStart + 40 * 86400, 7 * 86400, 30}, Case{kSyntheticStart + 12345, 5 * 3600 + 17, 400}}) {
        CAPTURE(c.step);
        std::vector<long long> total(c.steps, 0);
        for (const auto& [category, counts] : pg::step_counts(db, "big", c.start, c.step, c.steps)) {
            REQUIRE(counts.size() == c.steps);
            for (size_t k = 0; k < c.steps; ++k) total[k] += counts[k];
        }
        std::vector<long long> expected = starts_per_step(b.store, c.start, c.step, c.steps);
        CHECK(total == expected);
        CHECK(std::accumulate(expected.begin(), expected.end(), 0LL) > 1000);
    }
}

TEST_CASE("a web map's tooltips from windows: each event once, and a window past the budget adds none") {
    EventStore store = make_synthetic_events(2000, 3);
    ViewState view;
    view.width = 800, view.height = 500;
    MapView map = resolve_map_view(view, placed_events_box(store));
    AnimationPlan plan{kSyntheticStart + 100 * 86400, kSyntheticStart + 160 * 86400, 86400, 7 * 86400, false};
    cli::WebMapEvents all(map, plan, DateLanguage::en);
    REQUIRE(all.add(store, view, nullptr, true));
    size_t in_range = all.size();
    CHECK(in_range > 100);
    CHECK(in_range < store.size());  // only those overlapping the animation
    CHECK(all.add(store, view, nullptr, true));  // the same window again (a run's overlap): nothing new
    CHECK(all.size() == in_range);
    cli::WebMapEvents budgeted(map, plan, DateLanguage::en, in_range - 1);
    CHECK(!budgeted.add(store, view, nullptr, true));
    CHECK(budgeted.size() == 0);
    nlohmann::json data = all.take();
    CHECK(data["x"].size() == in_range);
    CHECK(data["info"][0].size() == 5);
}
