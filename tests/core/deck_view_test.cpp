// Decks saved from the explorer are pleasant to edit by hand: the deck's output size, numbers
// rounded to what matters at the zoom, dates at the precision of the window.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "time_at.h"
#include "core/story/deck_view.h"
#include "core/story/story_reader.h"
#include "core/story/story_writer.h"

using namespace chronomap;

namespace {

// What the explorer's map panel showed on a laptop: 1094x652 pixels over Syria at zoom 6.31...
MapView panel_view() {
    MapView shown;
    shown.width = 1094, shown.height = 652;
    shown.zoom = 6.3149871234;
    shown.center = lonlat_to_world({38.9970123456789, 34.8021987654321});
    return shown;
}

ViewState explorer_view() {
    ViewState view;
    view.width = 1094, view.height = 652;  // the panel
    view.time = {false, at("2017-09-28T00:00:00Z"), at("2017-10-05T00:00:00Z")};
    return view;
}
}  // namespace

TEST_CASE("A slide added from the explorer takes the deck's size and shows the same area") {
    Story deck;
    ViewState slide = deck_view(explorer_view(), panel_view(), deck);
    CHECK(slide.width == 1600);  // a new deck's size, not the panel's 1094x652
    CHECK(slide.height == 1000);
    // 1600/1094 = 1.46 and 1000/652 = 1.53: zoomed in by the smaller, so the panel's area fits.
    CHECK(slide.camera.zoom == doctest::Approx(6.3149871234 + std::log2(1600.0 / 1094)).epsilon(0.002));
    CHECK(slide.camera.mode == CameraMode::center);
    // A deck whose slides are 1920x1080 keeps that size.
    deck.slides.push_back({});
    deck.slides.back().view.width = 1920, deck.slides.back().view.height = 1080;
    ViewState second = deck_view(explorer_view(), panel_view(), deck);
    CHECK(second.width == 1920);
    CHECK(second.height == 1080);
}

TEST_CASE("A saved deck reads like one written by hand") {
    Story deck;
    deck.title = "Syrie, automne 2017";
    deck.events = "seed-events.json";
    Slide slide;
    slide.title = "28 sept. – 4 oct. 2017";
    slide.view = deck_view(explorer_view(), panel_view(), deck);
    deck.slides.push_back(slide);
    std::string text = story_to_text(deck);
    CAPTURE(text);
    CHECK(text.find("T00:00:00Z") == std::string::npos);
    CHECK(text.find("\"start\": \"2017-09-28\"") != std::string::npos);
    CHECK(text.find("\"end\": \"2017-10-05\"") != std::string::npos);
    CHECK(text.find("1094") == std::string::npos);
    CHECK(text.find("\"size\"") == std::string::npos);  // the default size is not written
    // At zoom 6.86 a pixel is 0.012 degrees: two decimals say where the map is.
    CHECK(text.find("39.0,") != std::string::npos);
    CHECK(text.find("34.8\n") != std::string::npos);
    CHECK(text.find("38.997") == std::string::npos);
    CHECK(text.find("\"zoom\": 6.86") != std::string::npos);
    // And it reads back as the same view.
    StoryLoadResult back = parse_story_text(text, "deck.story.json", std::filesystem::temp_directory_path());
    REQUIRE(back.story);
    CHECK(back.story->slides[0].view.time == slide.view.time);
    CHECK(back.story->slides[0].view.camera.zoom == slide.view.camera.zoom);
}

TEST_CASE("Tidy views: windows of days to the day, of hours to the hour") {
    ViewState view;
    view.time = {false, at("2017-05-12T16:46:12Z"), at("2017-05-19T16:46:12Z")};
    view = tidy_view(view);
    CHECK(view.time.start == at("2017-05-13"));
    CHECK(view.time.end == at("2017-05-20"));
    view.time = {false, at("2017-05-12T06:46:12Z"), at("2017-05-12T16:16:12Z")};
    view = tidy_view(view);
    CHECK(view.time.start == at("2017-05-12T07:00:00Z"));
    CHECK(view.time.end == at("2017-05-12T16:00:00Z"));
    CHECK(short_time_stamp(view.time.start) == "2017-05-12T07:00Z");
    CHECK(short_time_stamp(at("2017-05-12")) == "2017-05-12");
}
