// --overlay FILE:key=value,... and the "overlays" list of session files and story slides.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/user_layers/user_layer_classes.h"
#include "core/user_layers/user_layer_geometry.h"
#include "core/user_layers/user_layer_spec.h"
#include "core/map/view_state.h"
#include "test_helpers.h"

using namespace chronomap;

TEST_CASE("An overlay argument is a file, then an optional style after ':'") {
    auto plain = parse_user_layer_argument("syria-latest.osm.pbf");
    REQUIRE(plain);
    CHECK(plain.value->path == "syria-latest.osm.pbf");
    CHECK(plain.value->style == UserLayerStyle{});

    auto styled = parse_user_layer_argument("routes.gpkg:color=#888,width=1.5,opacity=0.7,minzoom=9");
    REQUIRE(styled);
    CHECK(styled.value->path == "routes.gpkg");
    CHECK(*styled.value->style.color == 0x888888);
    CHECK(*styled.value->style.width == 1.5);
    CHECK(styled.value->style.opacity == 0.7);
    CHECK(styled.value->style.min_zoom == 9);

    // A where clause keeps its commas and quotes; classes are joined with '+'.
    auto filtered = parse_user_layer_argument("syria.osm.pbf:where=highway IN ('primary','trunk'),classes=roads+water");
    REQUIRE(filtered);
    CHECK(filtered.value->style.where == "highway IN ('primary','trunk')");
    CHECK(filtered.value->style.classes == std::vector<std::string>{"roads", "water"});

    auto dem = parse_user_layer_argument("srtm_44_05.tif:dem=yes,opacity=0.6,visible=no");
    REQUIRE(dem);
    CHECK(*dem.value->style.dem);
    CHECK_FALSE(dem.value->visible);
}

TEST_CASE("A bad overlay style says which key and what to write") {
    auto colour = parse_user_layer_argument("roads.gpkg:color=grisclair");
    REQUIRE_FALSE(colour);
    CHECK_CONTAINS(colour.error, "color=grisclair");
    CHECK_CONTAINS(colour.error, "#888");
    auto key = parse_user_layer_argument("roads.gpkg:colour=#888,thickness=3");
    REQUIRE_FALSE(key);
    CHECK_CONTAINS(key.error, "unknown style key \"thickness\"");
    CHECK_CONTAINS(key.error, "width");
    auto opacity = parse_user_layer_argument("roads.gpkg:opacity=70%");
    REQUIRE_FALSE(opacity);
    CHECK_CONTAINS(opacity.error, "from 0 to 1");
    CHECK_FALSE(parse_user_layer_argument("roads.gpkg:minzoom=12,maxzoom=8"));
}

TEST_CASE("Overlays are saved in the view state and read back, as objects or as typed") {
    ViewState view;
    view.overlays.push_back(*parse_user_layer_argument("districts.shp:fill=#e0c080,label=ADM2_FR").value);
    view.overlays.push_back(*parse_user_layer_argument("relief.tif:opacity=0.5,visible=no").value);
    nlohmann::json saved = nlohmann::json::parse(to_json(view).dump());
    CHECK(saved["overlays"][0]["file"] == "districts.shp");
    CHECK(saved["overlays"][0]["fill"] == "#e0c080");
    CHECK(saved["overlays"][1]["visible"] == false);
    CHECK(view_state_from_json(saved) == view);

    nlohmann::json typed;
    typed["overlays"] = nlohmann::json::array(
        {"roads.gpkg:color=#888,width=1.5", nlohmann::json{{"file", "deir.osm"}, {"classes", nlohmann::json::array({"roads"})}}});
    ViewState read = view_state_from_json(typed);
    REQUIRE(read.overlays.size() == 2);
    CHECK(*read.overlays[0].style.width == 1.5);
    CHECK(read.overlays[1].style.classes == std::vector<std::string>{"roads"});

    nlohmann::json wrong;
    wrong["overlays"] = nlohmann::json::array({nlohmann::json{{"file", "roads.gpkg"}, {"width", "thick"}}});
    CHECK_THROWS_WITH(view_state_from_json(wrong), doctest::Contains("overlays/0"));
}

TEST_CASE("OSM tags become drawing classes; unknown tags are left out of the default map") {
    auto tags = [](std::map<std::string, std::string> t) {
        return [t](const char* key) -> std::string {
            auto it = t.find(key);
            return it == t.end() ? "" : it->second;
        };
    };
    CHECK(osm_class("lines", tags({{"highway", "motorway_link"}})) == "motorway");
    CHECK(osm_class("lines", tags({{"highway", "residential"}})) == "minor");
    CHECK(osm_class("lines", tags({{"waterway", "river"}})) == "river");
    CHECK(osm_class("lines", tags({{"power", "line"}})).empty());
    CHECK(osm_class("multipolygons", tags({{"natural", "water"}})) == "water");
    CHECK(osm_class("multipolygons", tags({{"landuse", "residential"}})) == "builtup");
    CHECK(osm_class("multipolygons", tags({{"building", "yes"}})) == "building");
    CHECK(osm_class_in("secondary", "roads"));
    CHECK_FALSE(osm_class_in("water", "roads"));
    // Streets appear at city zoom; motorways from the regional view on.
    CHECK(default_look("minor", UserGeometry::line, false).min_zoom > 12);
    CHECK(default_look("motorway", UserGeometry::line, false).min_zoom < 7);
    CHECK(look_width(default_look("primary", UserGeometry::line, false), 16) >
          look_width(default_look("primary", UserGeometry::line, false), 12));
}

TEST_CASE("Simplification keeps the shape within the tolerance") {
    std::vector<Point2> wiggle;
    for (int i = 0; i <= 100; ++i) wiggle.push_back({i * 1.0, (i % 2) * 0.01});
    CHECK(simplify_polyline(wiggle, 0.1).size() == 2);
    CHECK(simplify_polyline(wiggle, 0).size() == wiggle.size());
    std::vector<Point2> corner = {{0, 0}, {1, 0.001}, {2, 0}, {2, 1}, {2, 2}};
    CHECK(simplify_polyline(corner, 0.01).size() == 3);
}
