// Two people on one PostGIS table (issue 23): review choices and story decks saved by one
// client are what the other sees, through the same calls the explorer's Review and Story
// tabs make (core/sources/shared_workspace.h), and through the explorer itself.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "app/panels.h"
#include "app/ui_driver.h"
#include "cli/run_command.h"
#include "core/sources/event_source.h"
#include "core/story/story_writer.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_source.h"
#include "postgis_test_support.h"
#include "test_helpers.h"

using chronomap::test::cluster_or_skip;
using chronomap::test::run_chronomap;
namespace pg = chronomap::postgis;
using namespace chronomap;

namespace {

// Five events: "Qaryat Zubayda" (a name no gazetteer has) three times, one of them with its
// own coordinates; "Tell Hamoukar Sharqi" once; one placed by coordinates elsewhere.
const char* kEvents = R"({"chronomap": 1, "title": "Équipe : vérifications", "lang": "fr", "events": [
 {"id": "a", "title": "Frappe sur Qaryat Zubayda", "time": "2017-09-24", "place": {"name": "Qaryat Zubayda", "country": "Syrie"}},
 {"id": "b", "title": "Combats à Qaryat Zubayda", "time": "2017-09-25", "place": {"name": "Qaryat Zubayda", "country": "Syrie"}},
 {"id": "c", "title": "Sortie de Qaryat Zubayda", "time": "2017-09-26", "place": "Qaryat Zubayda", "coordinates": [40.5, 35.1]},
 {"id": "d", "title": "Convoi vers Tell Hamoukar Sharqi", "time": "2017-09-27", "place": "Tell Hamoukar Sharqi"},
 {"id": "e", "title": "Deir ez-Zor", "time": "2017-09-28", "coordinates": [40.14, 35.33]}
]})";

// The tests' files, in one folder removed when the program ends.
struct ScratchRoot {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("chronomap-workspace-" + std::to_string(::getpid()));
    ~ScratchRoot() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

std::filesystem::path scratch(const std::string& name) {
    static ScratchRoot root;
    auto dir = root.path / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// The events above in table `table` of `database`; the URI that names the table.
std::string shared_table(test::PgTestCluster& cluster, const std::string& database, const std::string& table) {
    auto dir = scratch(database);
    std::ofstream(dir / "team.json") << kEvents;
    std::string uri = cluster.uri(database);
    auto imported = run_chronomap("import '" + (dir / "team.json").string() + "' -o '" + uri + "' --table " + table);
    INFO(imported.all());
    REQUIRE(imported.exit_code <= 1);  // 1: some places could not be placed, as intended
    return uri + "?table=" + table;
}

std::unique_ptr<SharedWorkspace> workspace_of(const std::string& uri) {
    auto workspace = make_event_source(uri)->workspace();
    REQUIRE(workspace);
    return workspace;
}

// The window's events at [lon, lat] (5 decimals), by id.
std::map<std::string, std::pair<double, double>> positions(const std::string& uri) {
    LoadResult rows = make_event_source(uri)->load_window({});
    REQUIRE(rows.store);
    std::map<std::string, std::pair<double, double>> out;
    for (size_t i = 0; i < rows.store->size(); ++i)
        if (rows.store->is_placed(i)) out[std::string(rows.store->id(i))] = {rows.store->lon()[i], rows.store->lat()[i]};
    return out;
}

std::string one_slide_deck(const std::string& title) {
    Story story;
    story.title = title;
    story.events = "team";
    Slide slide;
    slide.title = "Deir ez-Zor";
    slide.caption = "Le **24 septembre 2017**";
    slide.view.camera.mode = CameraMode::center;
    slide.view.camera.center = {40.14, 35.33};
    slide.view.camera.zoom = 7;
    story.slides.push_back(slide);
    return story_to_text(story);
}

}  // namespace

TEST_CASE("a review choice saved by one client places the rows the other client reads") {
    test::PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::register_postgis_source();
    std::string uri = shared_table(*cluster, "review", "team");
    auto anna = workspace_of(uri), bruno = workspace_of(uri);

    std::vector<UnplacedName> names = anna->unplaced_names(10);
    REQUIRE(names.size() == 2);
    CHECK(names[0].query.name == "Qaryat Zubayda");  // most events first
    CHECK(names[0].query.country == "Syrie");
    CHECK(names[0].events == 2);  // not "c", placed by its own coordinates
    CHECK(names[0].titles == std::vector<std::string>{"Frappe sur Qaryat Zubayda", "Combats à Qaryat Zubayda"});
    CHECK(names[1].query.name == "Tell Hamoukar Sharqi");
    CHECK(positions(uri).count("a") == 0);

    ChosenPlace zubayda{{"Qaryat Zubayda", std::nullopt, std::nullopt, "SY"}, {40.25, 35.05}, "Qaryat Zubayda"};
    CHECK(anna->save_place_choices({zubayda}) == 2);

    // Bruno's next window has them, where Anna put them; "c" kept its own coordinates.
    auto seen = positions(uri);
    REQUIRE(seen.count("a"));
    CHECK(seen["a"].first == doctest::Approx(40.25));
    CHECK(seen["a"].second == doctest::Approx(35.05));
    CHECK(seen["b"].first == doctest::Approx(40.25));
    CHECK(seen["c"].first == doctest::Approx(40.5));
    // ... and the server finds them by position (a window with a box), not only by name.
    SourceQuery box;
    box.has_box = true, box.west = 40.2, box.east = 40.3, box.south = 35.0, box.north = 35.1;
    LoadResult in_box = make_event_source(uri)->load_window(box);
    REQUIRE(in_box.store);
    CHECK(in_box.store->size() == 2);
    std::vector<UnplacedName> left = bruno->unplaced_names(10);
    REQUIRE(left.size() == 1);
    CHECK(left[0].query.name == "Tell Hamoukar Sharqi");

    // Two people saving at once both keep their choices in the table's "places".
    ChosenPlace hamoukar{{"Tell Hamoukar Sharqi", 170000, std::nullopt, "SY"}, {41.9, 36.8}, "Tall Hamukar"};
    CHECK(bruno->save_place_choices({hamoukar}) == 1);
    pg::PgConnection db(cluster->uri("review"));
    auto places = nlohmann::json::parse(
        db.exec("SELECT places::text FROM chronomap_tables WHERE table_name = 'team'").text(0, 0));
    CHECK(places.contains("Qaryat Zubayda"));
    CHECK(places.contains("Tell Hamoukar Sharqi"));
    CHECK(places["Tell Hamoukar Sharqi"]["coordinates"][0].get<double>() == doctest::Approx(41.9));
    CHECK(anna->unplaced_names(10).empty());
    // The row says who chose, as `chronomap geocode` says what decided.
    auto row = nlohmann::json::parse(db.exec("SELECT event::text FROM team WHERE id = 'd'").text(0, 0));
    CHECK(row["geocoded"]["geonameid"] == 170000);
    CHECK_CONTAINS(row["geocoded"]["evidence"].get<std::string>(), "chosen in review by chronomap");
}

TEST_CASE("a story deck saved by one client opens for the other; a save over a newer one is kept beside it") {
    test::PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::register_postgis_source();
    std::string uri = shared_table(*cluster, "decks", "team");
    auto anna = workspace_of(uri + "&story=Brief%20du%2024"), bruno = workspace_of(uri + "&story=Brief+du+24");
    CHECK(anna->deck_name() == "Brief du 24");
    CHECK(!anna->load_deck("Brief du 24"));
    CHECK(workspace_of(uri)->deck_name() == "team");  // no ?story=: the table's own deck

    DeckSaved first = anna->save_deck({"Brief du 24", one_slide_deck("v1"), 0});
    CHECK(!first.conflict);
    std::optional<SharedDeck> read = bruno->load_deck("Brief du 24");
    REQUIRE(read);
    CHECK(read->text == one_slide_deck("v1"));
    DeckSaved by_bruno = bruno->save_deck({"Brief du 24", one_slide_deck("v2 (Bruno)"), read->revision});
    CHECK(!by_bruno.conflict);
    CHECK(by_bruno.revision == first.revision + 1);

    // Anna saves over the revision she read: Bruno's stays, hers goes beside it.
    DeckSaved late = anna->save_deck({"Brief du 24", one_slide_deck("v2 (Anna)"), first.revision});
    CHECK(late.conflict);
    CHECK(late.name.starts_with("Brief du 24 (chronomap, "));
    CHECK(anna->load_deck("Brief du 24")->text == one_slide_deck("v2 (Bruno)"));
    CHECK(anna->load_deck(late.name)->text == one_slide_deck("v2 (Anna)"));
    CHECK(bruno->deck_names() == std::vector<std::string>{"Brief du 24", late.name});
    // A new deck of a name someone just took is kept beside too.
    DeckSaved again = bruno->save_deck({"Brief du 24", one_slide_deck("v3"), 0});
    CHECK(again.conflict);

    // `present` shows a deck of the table, and says which decks there are when asked another.
    auto dir = scratch("present");
    auto shown = run_chronomap("present '" + uri + "&story=Brief%20du%2024' --export '" + (dir / "slides").string() + "'");
    INFO(shown.all());
    CHECK(shown.exit_code <= 1);
    CHECK(std::filesystem::exists(dir / "slides" / "slide-01.png"));
    auto missing = run_chronomap("present '" + uri + "&story=nope' --export '" + (dir / "none").string() + "'");
    CHECK(missing.exit_code != 0);
    CHECK_CONTAINS(missing.err, "there is no story deck \"nope\" in table team at 127.0.0.1");
    CHECK_CONTAINS(missing.err, "decks there: \"Brief du 24\"");
}

TEST_CASE("the explorer's Review and Story tabs on a table save for the other users") {
    test::PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::register_postgis_source();
    std::string uri = shared_table(*cluster, "tabs", "team");
    {
        test::UiDriver anna(uri, 1280, 800);
        ExplorerState& a = anna.state();
        REQUIRE(a.file.server);
        REQUIRE(a.file.server->workspace);
        load_review(a);
        REQUIRE(a.review.items.size() == 2);
        CHECK(a.review.items[0].event_count() == 2);
        // A click on the map for the first name, then Ctrl+S: the rows move for everyone.
        record_review_choice(a, 0, {"Qaryat Zubayda", std::nullopt, LonLat{40.25, 35.05}, ""}, {40.25, 35.05},
                             "Qaryat Zubayda");
        save_review_choices(a);
        CHECK_CONTAINS(a.status, "2 événements placés");
        CHECK(a.review.pending.empty());
        CHECK(positions(uri)["a"].first == doctest::Approx(40.25));

        // A slide saved from Anna's Story tab is in Bruno's.
        add_view_as_slide(a);
        save_story(a);
        CHECK_CONTAINS(a.status, "récit « team » enregistré dans table team at 127.0.0.1");
    }
    // One explorer at a time in this process (one Dear ImGui context each).
    test::UiDriver bruno(uri, 1280, 800);
    add_view_as_slide(bruno.state());  // opens the table's deck first, then adds a second slide
    CHECK(bruno.state().story.story.slides.size() == 2);
    load_review(bruno.state());
    CHECK(bruno.state().review.items.size() == 1);  // Anna's choice is no longer to review
}
