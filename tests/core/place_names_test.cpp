#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/place_names/place_name_file.h"
#include "core/place_names/place_name_layout.h"
#include "core/place_names/region_seat_names.h"
#include "core/place_names/seat_towns.h"
#include "core/place_names/place_name_index.h"

using namespace chronomap;

namespace {
PlaceName city(const char* name, double lon, double lat, std::int64_t population,
               bool capital = false) {
    return {capital ? PlaceNameKind::capital : PlaceNameKind::city,
            city_min_zoom(population, capital),
            lon,
            lat,
            population,
            name,
            ""};
}
MapView camera(double lon, double lat, double zoom) {
    MapView map;
    map.center = lonlat_to_world({lon, lat});
    map.zoom = zoom, map.width = 800, map.height = 500;
    return map;
}
}  // namespace

TEST_CASE("Place names: more towns as the map zooms in") {
    CHECK(city_min_zoom(1'569'394, true) <= 4);  // Damascus, a capital
    CHECK(city_min_zoom(775'404, false) <= 6);   // Homs
    CHECK(city_min_zoom(242'565, false) <= 6);   // Deir ez-Zor
    CHECK(city_min_zoom(51'015, false) <= 8);    // Palmyra
    CHECK(city_min_zoom(51'015, false) > 6);
    CHECK(city_min_zoom(12'000, false) == 9);                 // Hajin: at story zoom
    CHECK(city_min_zoom(4'000, false) == 10);                 // a village: closer still
    CHECK(city_min_zoom(600, false) == 11);
    CHECK(city_min_zoom(0, false) < 0);                       // unknown size: by its seat
    CHECK(unknown_size_seat_min_zoom(1) == 7);                // a governorate's seat
    CHECK(unknown_size_seat_min_zoom(2) == 9);                // Ma'arrat al-Nu'man, a district's
    CHECK(unknown_size_seat_min_zoom(4) == 11);
    CHECK(city_min_zoom(6'794, true) == 6);                   // Valletta: a small capital
    CHECK(country_min_zoom(0.01) < country_min_zoom(0.001));  // larger countries earlier

    std::vector<PlaceName> names = {city("Palmyra", 38.27, 34.56, 51'015),
                                    city("Homs", 36.72, 34.73, 775'404),
                                    city("Damascus", 36.29, 33.51, 1'569'394, true),
                                    {PlaceNameKind::country, 3.5f, 38.5, 35.0, 0, "Syria", "Syrie"},
                                    city("Tunis", 10.18, 36.82, 693'210, true)};
    std::vector<size_t> at5 = visible_place_names(names, camera(37.5, 34.5, 5));
    // Tunis is outside the view; Palmyra needs zoom 8; the country comes first, then the capital.
    REQUIRE(at5.size() == 3);
    CHECK(names[at5[0]].name == "Syria");
    CHECK(names[at5[1]].name == "Damascus");
    CHECK(names[at5[2]].name == "Homs");
    // Zoomed in: Palmyra appears; Damascus is now south of the view.
    std::vector<size_t> at8 = visible_place_names(names, camera(37.5, 34.5, 8.5));
    REQUIRE(at8.size() == 3);
    CHECK(names[at8[2]].name == "Palmyra");
    CHECK(place_name_in(names[3], true) == "Syrie");
    CHECK(place_name_in(names[3], false) == "Syria");
    CHECK(place_name_in(names[1], true) == "Homs");  // no French name: the main one
}

TEST_CASE("Place names: a neighbour whose main point is out of view is named inside the view") {
    // The Euphrates valley at story zoom: Iraq's main point (near Baghdad) is far to the east.
    PlaceName iraq{PlaceNameKind::country, 3.5f, 43.7, 33.2, 0, "Iraq", "Irak"};
    auto interior = [](double lon, double lat) {
        return PlaceName{PlaceNameKind::country_interior, kCountryInteriorMinZoom, lon, lat, 0, "Iraq", "Irak"};
    };
    std::vector<PlaceName> names = {iraq, interior(41.5, 34.0), interior(41.0, 34.5),
                                    interior(42.2, 34.2), interior(41.9, 34.3), interior(48, 31),
                                    city("Deir ez-Zor", 40.14, 35.33, 242'565)};
    MapView valley = camera(40.5, 34.8, 8);  // 38.3 to 42.7 E, 33.6 to 36.0 N
    std::vector<size_t> shown = visible_place_names(names, valley);
    std::vector<double> iraq_lons;
    for (size_t i : shown)
        if (names[i].name == "Iraq") {
            CHECK(names[i].kind == PlaceNameKind::country_interior);
            iraq_lons.push_back(names[i].lon);
        }
    // Three alternatives at most, nearest the middle of the view first; the city after them.
    CHECK(iraq_lons == std::vector<double>{41.0, 41.5, 41.9});
    CHECK(names[shown.back()].name == "Deir ez-Zor");
    // Zoomed out until the main point is well in view: it comes first.
    std::vector<size_t> wide = visible_place_names(names, camera(41.5, 34.0, 5.5));
    REQUIRE(!wide.empty());
    CHECK(names[wide[0]].kind == PlaceNameKind::country);
    // Below the interior points' zoom, never at an interior point.
    MapView below = camera(34.5, 34, 4.8);  // 27 to 42 E: Iraq's interior points in view, not its main one
    below.width = 300;
    for (size_t i : visible_place_names(names, below)) CHECK(names[i].kind != PlaceNameKind::country_interior);
}

TEST_CASE("Place names: a country's name goes to its first point that fits, and only there") {
    ScreenBox bounds{0, 0, 400, 300};
    // Syria's main point is under an event label; its interior point is free.
    std::vector<NameCandidate> syria = {{200, 150, 80, 14, 0, 7}, {300, 60, 80, 14, 0, 7}};
    std::vector<ScreenBox> label = {{150, 110, 260, 190}};
    std::vector<PlacedName> placed = place_names(syria, label, bounds);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].candidate == 1);
    // With nothing in the way: at the main point only.
    placed = place_names(syria, {}, bounds);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].candidate == 0);
}

TEST_CASE("Place names: never over an obstacle or each other; a city's dot stays clear too") {
    ScreenBox bounds{0, 0, 400, 300};
    std::vector<NameCandidate> candidates = {
        {200, 150, 80, 14, 0},  // a country, centred
        {200, 150, 60, 14, 2},  // a city on the same point: its dot is under the country's name
        {100, 100, 50, 14, 2},  // a city whose right side is blocked
        {300, 250, 50, 14, 2},  // a city under an event marker
    };
    std::vector<ScreenBox> obstacles = {{104, 80, 200, 120}, {290, 240, 310, 260}};
    std::vector<PlacedName> placed = place_names(candidates, obstacles, bounds);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].candidate == 0);
    CHECK(placed[0].text.x0 == doctest::Approx(160));
    CHECK(placed[1].candidate == 2);
    CHECK(placed[1].text.x1 < 100);  // to the left of its dot
    for (const PlacedName& p : placed)
        for (const ScreenBox& o : obstacles) CHECK_FALSE(p.text.intersects(o));
}

TEST_CASE("Place names: capitals in any script; the file round-trips") {
    CHECK(uppercase_utf8("Syrie") == "SYRIE");
    CHECK(uppercase_utf8("Égypte") == "ÉGYPTE");
    CHECK(uppercase_utf8("Émirats arabes unis") == "ÉMIRATS ARABES UNIS");

    auto path = std::filesystem::temp_directory_path() /
                ("chronomap-names-" + std::to_string(::getpid()) + ".tsv");
    std::vector<PlaceName> names = {{PlaceNameKind::country, 3.6f, 38.5, 35.0, 0, "Syria", "Syrie"},
                                    city("Damascus", 36.29128, 33.5102, 1'569'394, true),
                                    {PlaceNameKind::country_interior, 5, 39.4, 35.2, 0, "Syria", "Syrie"}};
    write_place_names(path, names, "test");
    std::vector<PlaceName> read = read_place_names(path);
    REQUIRE(read.size() == 3);
    CHECK(read[2].kind == PlaceNameKind::country_interior);
    CHECK(read[0].kind == PlaceNameKind::country);
    CHECK(read[0].name_fr == "Syrie");
    CHECK(read[1].kind == PlaceNameKind::capital);
    CHECK(read[1].lon == doctest::Approx(36.29128));
    CHECK(read[1].population == 1'569'394);
    std::ofstream(path, std::ios::app) << "town\t1\t2\t3\t4\tX\t\n";
    CHECK_THROWS_WITH_AS(read_place_names(path), doctest::Contains(":6: unknown kind"),
                         std::runtime_error);
    std::filesystem::remove(path);
}

TEST_CASE("Place names: a region named after its seat takes the seat's curated French name") {
    PlaceName zawiya = city("Zawiya", 12.73, 32.76, 200'000);
    zawiya.name_fr = "Zaouïa";
    PlaceName far_namesake = city("Zawiya", 14.0, 30.0, 500'000);  // 330 km away
    far_namesake.name_fr = "Ailleurs";
    PlaceName uncurated = city("Novosibirsk", 82.93, 55.04, 1'612'833);
    std::vector<RegionName> regions = {{6.7f, 12.49, 32.46, "Zawiya", "Az Zaouiyah"},
                                       {6.7f, 13.0, 32.6, "Az-Zawiyah", ""},  // another spelling of it
                                       {6, 80.0, 55.5, "Novosibirsk", "Novossibirsk"},
                                       {6, 20.0, 20.0, "Zawiya", "Ici"}};     // no seat near
    name_regions_like_their_seats(regions, {far_namesake, zawiya, uncurated});
    CHECK(regions[0].name_fr == "Zaouïa");
    CHECK(regions[1].name_fr == "Zaouïa");
    CHECK(regions[2].name_fr == "Novossibirsk");
    CHECK(regions[3].name_fr == "Ici");
}

TEST_CASE("Place names: a seat ranks before a quarter that GeoNames gave a larger population") {
    // GeoNames: Kermanshah (PPLA, 621,100) and its quarter Kahriz (PPL, 766,706) 8 km north.
    std::vector<PlaceName> names = {city("Kermanshah", 47.065, 34.314, 621'100),
                                    city("Kahriz", 47.055, 34.384, 766'706),
                                    city("Far town", 47.065, 34.50, 700'000),       // 21 km away
                                    city("Big neighbour", 47.07, 34.32, 1'300'000),  // over twice
                                    city("Across the border", 47.06, 34.31, 800'000)};
    std::vector<TownFacts> facts = {{true, false, "IR"}, {false, true, "IR"}, {false, true, "IR"},
                                    {false, true, "IR"}, {false, true, "IQ"}};
    rank_seats_with_their_towns(names, facts);
    CHECK(names[0].population == 766'707);  // ranks just before Kahriz
    CHECK(names[0].min_zoom == doctest::Approx(city_min_zoom(766'706, false)));
    CHECK(names[1].population == 766'706);  // the others keep their own rank
    CHECK(names[3].population == 1'300'000);
    std::vector<size_t> shown = visible_place_names(names, camera(47.06, 34.35, 7));
    REQUIRE(shown.size() == 5);
    CHECK(names[shown[1]].name == "Across the border");
    CHECK(names[shown[2]].name == "Kermanshah");
    CHECK(names[shown[3]].name == "Kahriz");

    // A seat with no plain town near it keeps its population.
    std::vector<PlaceName> alone = {city("Hama", 36.75, 35.13, 696'863)};
    rank_seats_with_their_towns(alone, {{true, false, "SY"}});
    CHECK(alone[0].population == 696'863);
}

TEST_CASE("Place names: the index finds every name a camera shows, at every zoom") {
    // 20,000 towns spread over the world, a few on its edges.
    std::vector<PlaceName> names;
    std::uint32_t seed = 12345;
    auto next = [&] { return (seed = seed * 1664525u + 1013904223u) / 4294967296.0; };
    for (int i = 0; i < 20'000; ++i)
        names.push_back(city("t", -180 + 360 * next(), -85 + 170 * next(), static_cast<std::int64_t>(500 + next() * 2e6)));
    names.push_back(city("east edge", 180.0, 10, 40'000));
    names.push_back(city("west edge", -180.0, -10, 40'000));
    PlaceNameIndex index(names);
    for (double zoom : {2.0, 4.0, 6.5, 8.0, 10.0, 11.5})
        for (auto [lon, lat] : {std::pair{36.9, 36.0}, {179.5, 10.0}, {-179.5, -10.0}, {0.0, 0.0}, {120.0, 70.0}}) {
            MapView map = camera(lon, lat, zoom);
            std::vector<size_t> expected;
            for (size_t i = 0; i < names.size(); ++i) {
                WorldPoint at = map.lonlat_to_pixel({names[i].lon, names[i].lat});
                if (names[i].min_zoom <= zoom && at.x >= -40 && at.y >= -40 && at.x <= map.width + 40 &&
                    at.y <= map.height + 40)
                    expected.push_back(i);
            }
            std::vector<size_t> shown = visible_place_names(index, map);
            std::sort(shown.begin(), shown.end());
            CAPTURE(zoom);
            CAPTURE(lon);
            CHECK(shown == expected);
        }
}
