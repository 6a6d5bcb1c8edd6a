#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/map/view_state.h"

using namespace chronomap;

TEST_CASE("ViewState survives a JSON round trip") {
    ViewState view;
    view.camera = {CameraMode::center, {38.5, 35.25}, 5.5, {10, 20, 30, 40}};
    view.width = 1280, view.height = 720, view.pixel_scale = 2;
    view.time = *parse_time_window("2017-09-28/2017-10-04").value;
    view.category_mask = 0x5;
    view.selection = {"misrata-tribunal", "deir-ez-zor-bridge"};
    view.layers.labels = false;
    view.theme = Theme::dark;
    view.event_style = EventStyle::density;
    view.title = "Syrie, automne 2017 — «test»";
    ViewState back = view_state_from_json(nlohmann::json::parse(to_json(view).dump()));
    CHECK(back == view);
    CHECK(back.category_shown(0));
    CHECK_FALSE(back.category_shown(1));
    CHECK(back.category_shown(2));
}

TEST_CASE("ViewState JSON: missing fields keep defaults, bad ones are named") {
    ViewState defaults = view_state_from_json(nlohmann::json::object());
    CHECK(defaults == ViewState{});
    CHECK_THROWS_WITH(view_state_from_json(nlohmann::json::parse(R"({"theme": "sepia"})")),
                      doctest::Contains("theme"));
    CHECK_THROWS_WITH(view_state_from_json(nlohmann::json::parse(R"({"size": [0, 10]})")), doctest::Contains("size"));
    CHECK_THROWS_WITH(view_state_from_json(nlohmann::json::parse(R"({"camera": {"zoom": "far"}})")),
                      doctest::Contains("camera/zoom"));
    CHECK_THROWS_WITH(view_state_from_json(nlohmann::json::parse(R"({"camera": {"mode": "orbit"}})")),
                      doctest::Contains("camera/mode"));
}

TEST_CASE("View values from the command line") {
    CHECK(parse_image_size("1600x1000").value == std::pair{1600, 1000});
    CHECK_FALSE(parse_image_size("0x-3"));
    CHECK_FALSE(parse_image_size("100"));
    CHECK_FALSE(parse_image_size("100.5x20"));
    CHECK(parse_lonlat("15.09,32.38").value->lon == doctest::Approx(15.09));
    auto bad = parse_lonlat("200,95");
    CHECK_FALSE(bad);
    CHECK(bad.error.find("longitude") != std::string::npos);
    CHECK_FALSE(parse_lonlat("15,95"));
    CHECK(parse_geo_box("10,28,44,40"));
    CHECK_FALSE(parse_geo_box("44,28,10,40"));
    auto month = parse_time_window("2017-10");
    REQUIRE(month);
    CHECK(format_time_window(*month.value) == "2017-10-01 – 2017-10-31");
    auto span = parse_time_window("2017-09-28/2017-10-04");
    REQUIRE(span);
    CHECK(span.value->end - span.value->start == 7 * 86400);
    CHECK_FALSE(parse_time_window("2017-10-04/2017-09-28"));
    CHECK_FALSE(parse_time_window("yesterday"));
    CHECK_FALSE(parse_theme("sepia"));
    CHECK(parse_event_style("density").value == EventStyle::density);
    CHECK_FALSE(parse_event_style("dots"));
}

TEST_CASE("Camera resolution: center, bbox fit, events fit") {
    ViewState view;
    view.width = 1000, view.height = 500;
    view.camera.mode = CameraMode::fit_bbox;
    view.camera.bbox = {-180, -60, 180, 60};
    MapView map = resolve_map_view(view, std::nullopt);
    CHECK(map.center.x == doctest::Approx(0.5));
    // The box's width fills the image: 360 degrees = 1000 px.
    CHECK(map.world_size() == doctest::Approx(1000).epsilon(1e-6));
    view.camera.mode = CameraMode::fit_events;
    GeoBox one_place{15, 32, 15, 32};
    MapView single = resolve_map_view(view, one_place);
    CHECK(world_to_lonlat(single.center).lon == doctest::Approx(15));
    CHECK(single.zoom < 7);  // a single place does not zoom to street level
    view.camera = {CameraMode::center, {40.14, 35.33}, 6, {}};
    MapView centered = resolve_map_view(view, one_place);
    CHECK(centered.lonlat_to_pixel({40.14, 35.33}).x == doctest::Approx(500));
    CHECK(centered.lonlat_to_pixel({40.14, 35.33}).y == doctest::Approx(250));
}
