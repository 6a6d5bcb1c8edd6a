// The explorer driven headless with synthetic input: what a user does with the mouse and
// keyboard changes the ViewState, the pixels and the file as it should.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include <imgui_impl_opengl3.h>

#include "time_at.h"
#include "app/panels.h"
#include "app/ui_driver.h"
#include "app/ui_keys.h"
#include "core/events/event_picking.h"
#include "core/story/story_reader.h"
#include "render/image_io.h"
#include "render/map_renderer.h"
#include "test_helpers.h"

using namespace chronomap;
using chronomap::test::UiDriver;

namespace {
using chronomap::test::kExamplePath;

size_t index_of(const EventStore& store, std::string_view id) {
    for (size_t i = 0; i < store.size(); ++i)
        if (store.id(i) == id) return i;
    FAIL("no event " << id);
    return 0;
}

// Where an event is on screen (window coordinates).
ImVec2 screen_position(UiDriver& ui, std::string_view id) {
    ExplorerState& s = ui.state();
    size_t i = index_of(*s.file.store, id);
    MapView map = s.file.renderer->map_view(s.view);
    WorldPoint p = map.lonlat_to_pixel({s.file.store->lon()[i], s.file.store->lat()[i]});
    return {static_cast<float>(s.map_rect.x + p.x), static_cast<float>(s.map_rect.y + p.y)};
}

std::array<int, 4> pixel(UiDriver& ui, ImVec2 at) {
    Image image = ui.target().read_pixels();
    size_t k = (static_cast<size_t>(at.y) * image.width + static_cast<size_t>(at.x)) * 4;
    return {image.rgba[k], image.rgba[k + 1], image.rgba[k + 2], image.rgba[k + 3]};
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

TEST_CASE("The seed file opens with its events placed and the window over all of them") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    REQUIRE(s.file.usable());
    CHECK(s.file.store->size() == 15);
    CHECK(s.file.placement.placed == 13);
    CHECK(s.file.language == DateLanguage::fr);
    CHECK(s.view.time.start == s.file.first);
    CHECK(s.view.time.end == s.file.last);
    CHECK(s.map_rect.width > 600);
    CHECK(s.timeline.canvas.width > 600);
}

TEST_CASE("Dragging the timeline window moves the time range, and the map follows") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    s.view.time = {false, at("2017-09-01"), at("2017-10-01")};
    s.timeline.view_start = at("2017-06-01"), s.timeline.view_end = at("2018-01-01");
    ui.frames(2);
    const UiRect& c = s.timeline.canvas;
    double seconds_per_pixel = static_cast<double>(at("2018-01-01") - at("2017-06-01")) / c.width;
    double x_middle = c.x + static_cast<double>(at("2017-09-16") - at("2017-06-01")) / seconds_per_pixel;
    double y = c.y + c.height * 0.5;
    ui.drag(x_middle, y, x_middle + 40, y);
    UnixSeconds moved = s.view.time.start - at("2017-09-01");
    CHECK(moved == doctest::Approx(40 * seconds_per_pixel).epsilon(0.05));
    CHECK(s.view.time.end - s.view.time.start == at("2017-10-01") - at("2017-09-01"));  // same length
    // The window now holds the Misrata attack (4 Oct): it is on the map.
    ImVec2 misrata = screen_position(ui, "misrata-courthouse");
    CHECK_FALSE(events_at(*s.file.store, s.view, s.file.renderer->map_view(s.view), misrata.x - s.map_rect.x,
                          misrata.y - s.map_rect.y)
                    .empty());
}

TEST_CASE("Dragging a window edge resizes it; Shift-drag brushes a new one; the wheel zooms the axis") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    s.view.time = {false, at("2017-09-01"), at("2017-10-01")};
    s.timeline.view_start = at("2017-06-01"), s.timeline.view_end = at("2018-01-01");
    ui.frames(2);
    const UiRect c = s.timeline.canvas;
    double spp = static_cast<double>(at("2018-01-01") - at("2017-06-01")) / c.width;
    auto x_of = [&](UnixSeconds t) { return c.x + static_cast<double>(t - at("2017-06-01")) / spp; };
    double y = c.y + c.height * 0.5;
    ui.drag(x_of(at("2017-10-01")), y, x_of(at("2017-10-01")) + 30, y);
    CHECK(s.view.time.start == at("2017-09-01"));
    CHECK(s.view.time.end > at("2017-10-01"));

    ui.drag(x_of(at("2017-07-01")), y, x_of(at("2017-08-01")), y, /*shift=*/true);
    CHECK(std::abs(s.view.time.start - at("2017-07-01")) < 3 * spp);
    CHECK(std::abs(s.view.time.end - at("2017-08-01")) < 3 * spp);

    UnixSeconds span_before = s.timeline.view_end - s.timeline.view_start;
    ui.wheel(c.x + c.width / 2, y, 2);
    CHECK(s.timeline.view_end - s.timeline.view_start < span_before);
}

TEST_CASE("A click on a marker selects that event; a click on empty map clears") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    s.view.time = {false, at("2017-10-04"), at("2017-10-05")};  // only the Misrata attack
    ui.frames(2);
    ImVec2 misrata = screen_position(ui, "misrata-courthouse");
    ui.click(misrata.x, misrata.y);
    REQUIRE(s.view.selection.size() == 1);
    CHECK(s.view.selection[0] == "misrata-courthouse");
    ui.click(s.map_rect.x + 40, s.map_rect.y + s.map_rect.height - 40);
    CHECK(s.view.selection.empty());
}

TEST_CASE("Toggling a category hides its events on the map") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    s.view.time = {false, at("2017-10-04"), at("2017-10-05")};
    ui.frames(2);
    size_t misrata = index_of(*s.file.store, "misrata-courthouse");
    size_t category = s.file.store->category()[misrata];
    ImVec2 where = screen_position(ui, "misrata-courthouse");
    auto before = pixel(ui, where);
    REQUIRE(category < s.category_toggles.size());
    const UiRect& toggle = s.category_toggles[category];
    ui.click(toggle.x + toggle.width / 2, toggle.y + toggle.height / 2);
    CHECK_FALSE(s.view.category_shown(category));
    ui.frames(1);
    auto after = pixel(ui, where);
    CHECK(before != after);  // the marker's colour is gone from its place
    CHECK(events_at(*s.file.store, s.view, s.file.renderer->map_view(s.view), where.x - s.map_rect.x,
                    where.y - s.map_rect.y)
              .empty());
}

TEST_CASE("Space plays: the window moves on by itself") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    ui.press_key(ui_key::Space);
    REQUIRE(s.playback.playing);
    UnixSeconds start = s.view.time.start;
    s.playback.skip_empty = false;
    ui.frame(0.5);
    CHECK(s.view.time.start > start);
    ui.press_key(ui_key::Space);
    CHECK_FALSE(s.playback.playing);
    UnixSeconds length = s.view.time.end - s.view.time.start;
    start = s.view.time.start;
    ui.press_key(ui_key::Right);
    CHECK(s.view.time.start == start + length);
}

TEST_CASE("The review's choice is written to the file's places table and places the events") {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "chronomap-review-test";
    std::filesystem::create_directories(folder);
    std::filesystem::path file = folder / "events.json";
    std::ofstream(file) << R"({ "chronomap": 1, "title": "Tripoli", "my_notes": "kept",
  "events": [ { "id": "t1", "time": "2017-10-04", "place": "Tripoli", "title": "Something in Tripoli" } ] })";
    {
        UiDriver ui(file.string());
        ExplorerState& s = ui.state();
        CHECK(s.file.placement.placed == 0);  // Tripoli alone is ambiguous: never placed silently
        load_review(s);
        REQUIRE(s.review.items.size() == 1);
        const auto& candidates = s.review.items[0].result.alternatives;
        REQUIRE(candidates.size() >= 2);
        size_t libya = 0;
        for (size_t k = 0; k < candidates.size(); ++k)
            if (to_string_view(candidates[k].country) == "LY") libya = k;
        choose_review_candidate(s, 0, libya);
        CHECK(s.file.placement.placed == 1);
        ui.press_key(ui_key::S, /*ctrl=*/true);
        CHECK(s.review.pending.empty());
    }
    auto saved = nlohmann::json::parse(read_file(file));
    CHECK(saved["my_notes"] == "kept");
    CHECK(saved["places"]["Tripoli"]["country"] == "LY");
    CHECK(saved["places"]["Tripoli"].contains("geonameid"));
    // Opened again, the event is placed by the file's own table.
    UiDriver again(file.string());
    CHECK(again.state().file.placement.placed == 1);
    std::filesystem::remove_all(folder);
}

TEST_CASE("Review candidates show [lon, lat] as files write them and say when the size is unknown") {
    GeocodeCandidate c;
    c.name = "Ra's al 'Ayn";
    c.country = {'S', 'Y'};
    c.lat = 36.8503;
    c.lon = 40.0705;
    c.region = "Al-Hasakah Governorate";
    std::string label = review_candidate_label(c);
    CHECK(label.find("[40.0705, 36.8503]") != std::string::npos);
    CHECK(label.find("size unknown") != std::string::npos);
    CHECK(label.find("pop. 0") == std::string::npos);
    CHECK(label.find("(SY), Al-Hasakah Governorate") != std::string::npos);
    c.population = 29347;
    CHECK(review_candidate_label(c).find("pop. 29,347") != std::string::npos);
    CHECK(review_candidate_label(c, DateLanguage::fr).find("hab. 29\u00a0347") != std::string::npos);
    c.population = 0;
    CHECK(review_candidate_label(c, DateLanguage::fr).find("taille inconnue") != std::string::npos);
    // Named as the map names the place, not with GeoNames' scholarly marks.
    std::string shown = review_candidate_label(c, DateLanguage::fr, "Ras al-Ayn");
    CHECK(shown.rfind("Ras al-Ayn (SY), Al-Hasakah Governorate", 0) == 0);
}

TEST_CASE("Review candidates of a French file: the region and the match in French") {
    GeocodeCandidate c;
    c.name = "Ra's al 'Ayn";
    c.country = {'S', 'Y'};
    c.region = "Al-Hasakah Governorate";
    c.region_fr = "Gouvernorat d'Hassaké";
    c.method = MatchMethod::folded;
    std::string french = review_candidate_label(c, DateLanguage::fr);
    CHECK(french.find("(SY), Gouvernorat d'Hassaké") != std::string::npos);
    CHECK(french.find("[sans accents]") != std::string::npos);
    CHECK(french.find("Governorate") == std::string::npos);
    std::string english = review_candidate_label(c, DateLanguage::en);
    CHECK(english.find("(SY), Al-Hasakah Governorate") != std::string::npos);
    CHECK(english.find("[without accents]") != std::string::npos);
    // No French name known: GeoNames' name, rather than none.
    c.region_fr.clear();
    c.method = MatchMethod::alternate;
    french = review_candidate_label(c, DateLanguage::fr);
    CHECK(french.find("(SY), Al-Hasakah Governorate") != std::string::npos);
    CHECK(french.find("[autre nom]") != std::string::npos);
}

TEST_CASE("A bad file is shown as problems in the window, not a crash") {
    std::filesystem::path file = std::filesystem::temp_directory_path() / "chronomap-bad-ui.json";
    std::ofstream(file) << "{ \"chronomap\": 1, \"events\": [ { \"id\": \"a\", \"time\": \"2017-13-45\" } ";
    UiDriver ui(file.string());
    CHECK_FALSE(ui.state().file.usable());
    CHECK(ui.state().show_problems);
    REQUIRE_FALSE(ui.state().file.problems.empty());
    CHECK(ui.state().file.problems[0].format().find("chronomap-bad-ui.json:1:") != std::string::npos);
    ui.frames(2);  // the window keeps running
    std::filesystem::remove(file);
}

TEST_CASE("Empty files, one event, and events without places keep the explorer running") {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "chronomap-edge-ui";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "empty.json") << R"({ "chronomap": 1, "events": [] })";
    std::ofstream(folder / "one.json")
        << R"({ "chronomap": 1, "events": [ { "id": "x", "time": "2017-10-04", "coordinates": [15.09, 32.38] } ] })";
    std::ofstream(folder / "unplaced.json")
        << R"({ "chronomap": 1, "events": [ { "id": "x", "time": "2017", "title": "no place" } ] })";
    {
        UiDriver ui((folder / "empty.json").string());
        ui.press_key(ui_key::Space);
        ui.frames(3);
        CHECK(ui.state().file.store->size() == 0);
    }
    {
        UiDriver ui((folder / "one.json").string());
        CHECK(ui.state().view.time.end > ui.state().view.time.start);  // never an empty window
        CHECK(ui.state().file.renderer->last_stats().shown_counts.size() == 1);
        CHECK(ui.state().file.renderer->last_stats().shown_counts[0] == 1);
        ui.press_key(ui_key::Space);
        ui.frame(2.0);
    }
    {
        UiDriver ui((folder / "unplaced.json").string());
        ui.press_key(ui_key::F);
        ui.frames(2);
        CHECK(ui.state().file.placement.placed == 0);
    }
    std::filesystem::remove_all(folder);
}

TEST_CASE("Add view as slide: the deck saved from the explorer opens as a story with that view") {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "chronomap-story-ui";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(kExamplePath, folder / "events.json", std::filesystem::copy_options::overwrite_existing);
    UiDriver ui((folder / "events.json").string());
    ExplorerState& s = ui.state();
    s.view.time = {false, at("2017-10-01"), at("2017-10-05")};
    s.view.selection = {"misrata-courthouse"};
    ui.frames(2);
    add_view_as_slide(s);
    s.story.story.slides.back().caption = "L'EI attaque le tribunal de **Misrata**.";
    save_story(s);
    REQUIRE(std::filesystem::exists(folder / "events.story.json"));
    StoryLoadResult loaded = load_story_file(folder / "events.story.json");
    REQUIRE(loaded.story);
    REQUIRE(loaded.story->slides.size() == 1);
    const Slide& slide = loaded.story->slides[0];
    CHECK(slide.view.time == s.view.time);
    CHECK(slide.view.selection == std::vector<std::string>{"misrata-courthouse"});
    CHECK(slide.view.camera.mode == CameraMode::center);  // pinned: what was on screen
    CHECK(slide.caption == "L'EI attaque le tribunal de **Misrata**.");
    CHECK(loaded.events_path.filename() == "events.json");
    std::filesystem::remove_all(folder);
}

TEST_CASE("F12 saves the map with the window's own renderer, and the window goes on drawing") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    REQUIRE(s.file.usable());
    ui.frames(3);
    ImVec2 misrata = screen_position(ui, "misrata-courthouse");
    auto before = pixel(ui, misrata);
    std::filesystem::path png = std::filesystem::temp_directory_path() / "chronomap-f12-test.png";
    std::filesystem::remove(png);
    s.screenshot_path = png.string();
    ui.press_key(ui_key::F12);
    CHECK_CONTAINS(s.status, "carte enregistrée sous");  // the seed file is French
    REQUIRE(std::filesystem::exists(png));
    // The map as the window shows it: same size, the marker at the same place on it.
    Image saved = read_png(png);
    CHECK(saved.width == s.view.width);
    CHECK(saved.height == s.view.height);
    MapView map = s.file.renderer->map_view(s.view);
    size_t i = index_of(*s.file.store, "misrata-courthouse");
    WorldPoint p = map.lonlat_to_pixel({s.file.store->lon()[i], s.file.store->lat()[i]});
    size_t k = (static_cast<size_t>(p.y) * saved.width + static_cast<size_t>(p.x)) * 4;
    for (int c = 0; c < 3; ++c) CHECK(std::abs(saved.rgba[k + c] - before[c]) < 40);
    // The window's context stays current: the next frames draw the same map.
    ui.frames(2);
    auto after = pixel(ui, misrata);
    for (int c = 0; c < 3; ++c) CHECK(std::abs(after[c] - before[c]) < 8);
    std::filesystem::remove(png);
}

TEST_CASE("The panels count the window drawn this frame, not the one drawn the frame before") {
    UiDriver ui(kExamplePath);
    ExplorerState& s = ui.state();
    ui.frames(2);  // all the file's dates
    std::vector<size_t> whole_file = s.file.renderer->last_stats().shown_counts;
    // The window becomes one day (4 October 2017, Misrata) before the next frame, as a key or
    // the story panel would set it; the status bar and the filters tab are drawn in update().
    s.view.time = {false, at("2017-10-04"), at("2017-10-05")};
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.f / 60;
    ui.target().begin_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ui.explorer().update(1.0 / 60);
    std::vector<size_t> read_by_panels = s.file.renderer->last_stats().shown_counts;
    ui.explorer().draw_map(ui.target().width(), ui.target().height());
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ui.target().end_frame();
    std::vector<size_t> drawn = s.file.renderer->last_stats().shown_counts;
    REQUIRE(drawn != whole_file);  // the day holds fewer events than the file
    CHECK(read_by_panels == drawn);
}
