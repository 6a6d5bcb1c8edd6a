// Areas and lines: GeoJSON geometries read with located problems, triangles that cover the
// area, series states chosen at a date, and picking inside areas and near lines.
#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/events/event_picking.h"
#include "core/native_json/event_reader.h"
#include "core/events/event_store.h"
#include "core/geometry/geojson_geometry.h"
#include "core/geometry/series_timing.h"
#include "core/geometry/tessellation.h"
#include "core/events/window_summary.h"

using namespace chronomap;

namespace {
ParsedGeometry parse(const char* text) { return parse_geojson_geometry(nlohmann::json::parse(text)); }

// A rough zone east of Deir ez-Zor (lon 40.1-40.4, lat 35.2-35.4).
const char* kZone = R"({"type":"Polygon","coordinates":[[[40.1,35.2],[40.4,35.2],[40.4,35.4],[40.1,35.4],[40.1,35.2]]]})";

double triangles_area(const std::vector<Point2>& pts, const std::vector<std::uint32_t>& idx) {
    double sum = 0;
    for (size_t t = 0; t + 2 < idx.size(); t += 3) {
        const Point2 &a = pts[idx[t]], &b = pts[idx[t + 1]], &c = pts[idx[t + 2]];
        sum += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
    }
    return sum;
}
}  // namespace

TEST_CASE("a GeoJSON polygon is read with its rings") {
    ParsedGeometry parsed = parse(kZone);
    REQUIRE(parsed.geometry);
    CHECK(parsed.problems.empty());
    CHECK(parsed.geometry->kind == GeometryKind::area);
    CHECK(parsed.geometry->part_count() == 1);
    CHECK(parsed.geometry->ring(0).size() == 5);
    LonLat centre = representative_point(*parsed.geometry);
    CHECK(centre.lon == doctest::Approx(40.25));
    CHECK(centre.lat == doctest::Approx(35.3));
}

TEST_CASE("geometry problems are located and say what to do") {
    SUBCASE("an open ring is closed, with a warning") {
        ParsedGeometry p = parse(R"({"type":"Polygon","coordinates":[[[40.1,35.2],[40.4,35.2],[40.4,35.4],[40.1,35.4]]]})");
        REQUIRE(p.geometry);
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems[0].severity == Severity::warning);
        CHECK(p.problems[0].pointer == "/coordinates/0");
        CHECK(p.problems[0].message.find("not closed") != std::string::npos);
        CHECK(p.geometry->ring(0).size() == 5);
    }
    SUBCASE("too few points: nothing left to draw") {
        ParsedGeometry p = parse(R"({"type":"Polygon","coordinates":[[[40.1,35.2],[40.4,35.2],[40.1,35.2]]]})");
        CHECK_FALSE(p.geometry);
        REQUIRE(p.problems.size() >= 1);
        CHECK(p.problems[0].severity == Severity::error);
        CHECK(p.problems[0].message.find("at least 3 distinct positions") != std::string::npos);
    }
    SUBCASE("a line of one point") {
        ParsedGeometry p = parse(R"({"type":"LineString","coordinates":[[40.1,35.2]]})");
        CHECK_FALSE(p.geometry);
        CHECK(p.problems[0].message.find("at least 2 positions") != std::string::npos);
    }
    SUBCASE("latitude first: out of range, said to look swapped") {
        ParsedGeometry p = parse(R"({"type":"LineString","coordinates":[[35.33,40.14],[35.2,140.2],[35.1,40.3]]})");
        REQUIRE(p.geometry);  // the two good positions still make a line
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems[0].pointer == "/coordinates/1");
        CHECK(p.problems[0].message.find("out of range") != std::string::npos);
        CHECK(p.problems[0].hint.find("[latitude, longitude]") != std::string::npos);
    }
    SUBCASE("a self-crossing outline is warned, still drawn") {
        ParsedGeometry p = parse(R"({"type":"MultiPolygon","coordinates":[[[[40,35],[41,36],[41,35],[40,36],[40,35]]]]})");
        REQUIRE(p.geometry);
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems[0].severity == Severity::warning);
        CHECK(p.problems[0].pointer == "/coordinates/0/0");
        CHECK(p.problems[0].message.find("crosses itself") != std::string::npos);
    }
    SUBCASE("unknown type") {
        ParsedGeometry p = parse(R"({"type":"Polygone","coordinates":[]})");
        CHECK_FALSE(p.geometry);
        CHECK(p.problems[0].pointer == "/type");
        CHECK(p.problems[0].message.find("\"Polygone\" is not a geometry type") != std::string::npos);
    }
    SUBCASE("a position that is not two numbers") {
        ParsedGeometry p = parse(R"({"type":"LineString","coordinates":[[40.1,35.2],["40.2",35.3],[40.3,35.3]]})");
        REQUIRE(p.geometry);
        CHECK(p.problems[0].pointer == "/coordinates/1");
    }
}

TEST_CASE("lon/lat swapped in a valid range is suspected from the event's position") {
    // Deir ez-Zor is at 40.14 E, 35.33 N; the zone written [lat, lon] lies in Turkey's sea.
    ParsedGeometry p = parse(R"({"type":"Polygon","coordinates":[[[35.2,40.1],[35.2,40.4],[35.4,40.4],[35.4,40.1],[35.2,40.1]]]})");
    REQUIRE(p.geometry);
    auto warning = swapped_axes_suspicion(*p.geometry, {40.14, 35.33});
    REQUIRE(warning);
    CHECK(warning->message.find("swapped") != std::string::npos);
    CHECK_FALSE(swapped_axes_suspicion(*parse(kZone).geometry, {40.14, 35.33}));
}

TEST_CASE("GeoJSON written back is what was read") {
    auto g = parse(R"({"type":"MultiLineString","coordinates":[[[40,35],[40.5,35.5]],[[41,35],[41,36]]]})").geometry;
    REQUIRE(g);
    CHECK(geometry_to_geojson(*g).dump() == R"({"type":"MultiLineString","coordinates":[[[40.0,35.0],[40.5,35.5]],[[41.0,35.0],[41.0,36.0]]]})");
}

TEST_CASE("ear clipping covers the polygon exactly, holes left out") {
    std::vector<std::vector<Point2>> rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                              {{3, 3}, {3, 6}, {6, 6}, {6, 3}, {3, 3}}};
    std::vector<Point2> flat;
    for (auto& r : rings) flat.insert(flat.end(), r.begin(), r.end());
    auto idx = triangulate_polygon(rings);
    CHECK(idx.size() % 3 == 0);
    CHECK(triangles_area(flat, idx) == doctest::Approx(100 - 9));
    // A concave "C" shape, clockwise.
    std::vector<std::vector<Point2>> c = {{{0, 0}, {0, 3}, {3, 3}, {3, 2}, {1, 2}, {1, 1}, {3, 1}, {3, 0}}};
    auto cidx = triangulate_polygon(c);
    CHECK(cidx.size() == 3 * 6);
    CHECK(triangles_area(c[0], cidx) == doctest::Approx(9 - 2));
}

TEST_CASE("series: the latest state that has begun shows, older ones are replaced") {
    // Sorted by start: zone A on the 10th, unrelated, zone A on the 20th, zone B from the 15th.
    std::vector<UnixSeconds> start = {10, 12, 15, 20};
    std::vector<StringId> series = {1, kEmptyString, 2, 1};
    auto replaced = series_replaced_at(start, series);
    CHECK(replaced == std::vector<UnixSeconds>{20, kNeverReplaced, kNeverReplaced, kNeverReplaced});
    auto shown = [&](size_t i, UnixSeconds a, UnixSeconds b) {
        return series_state_shown(false, a, b, start[i], start[i] + 1, false, replaced[i]);
    };
    CHECK(shown(0, 0, 11));   // its day
    CHECK(shown(0, 16, 18));  // long after its own day: still the zone, not replaced yet
    CHECK_FALSE(shown(0, 16, 21));  // replaced by the state of the 20th
    CHECK(shown(3, 16, 21));
    CHECK_FALSE(shown(3, 0, 11));  // not begun
    // A span that ended before the window is over.
    CHECK_FALSE(series_state_shown(false, 40, 50, 15, 30, true, kNeverReplaced));
    CHECK(series_state_shown(true, 0, 0, 15, 30, true, kNeverReplaced));
    CHECK_FALSE(series_state_shown(true, 0, 0, 10, 11, false, 20));
}

TEST_CASE("series cross-fade: the replaced state fades out as the new one fades in, never both whole") {
    // Zone A's state of the 10th is replaced by its state of the 20th; fade 4 (four frames of 1).
    auto opacity = [](UnixSeconds start, UnixSeconds replaced, UnixSeconds window_end, UnixSeconds fade) {
        return series_state_opacity(false, window_end - 1, window_end, start, start + 1, false, replaced, fade);
    };
    CHECK(opacity(10, 20, 20, 4) == 1.f);  // the window ends as the new state begins
    CHECK(opacity(20, kNeverReplaced, 20, 4) == 0.f);
    CHECK(opacity(10, 20, 21, 4) == doctest::Approx(0.75));  // first frame of the change
    CHECK(opacity(20, kNeverReplaced, 21, 4) == doctest::Approx(0.25));
    CHECK(opacity(10, 20, 22, 4) == doctest::Approx(0.5));  // halfway: the two states mix
    CHECK(opacity(20, kNeverReplaced, 22, 4) == doctest::Approx(0.5));
    CHECK(opacity(10, 20, 24, 4) == 0.f);  // the fade is over: only the new state
    CHECK(opacity(20, kNeverReplaced, 24, 4) == 1.f);
    // Without a fade it is series_state_shown, whole or nothing.
    CHECK(opacity(10, 20, 21, 0) == 0.f);
    CHECK(opacity(20, kNeverReplaced, 21, 0) == 1.f);
    // A span over before the window shows nothing, fade or not.
    CHECK(series_state_opacity(false, 40, 50, 15, 30, true, kNeverReplaced, 4) == 0.f);
}

namespace {
EventStore zone_store() {
    // Two states of the zone held east of Deir ez-Zor, a front line, a town.
    static Geometry september = *parse(kZone).geometry;
    static Geometry october = *parse(R"({"type":"Polygon","coordinates":[[[40.3,35.2],[40.6,35.2],[40.6,35.4],[40.3,35.4],[40.3,35.2]]]})").geometry;
    static Geometry front = *parse(R"({"type":"LineString","coordinates":[[39.8,34.9],[40.0,35.0]]})").geometry;
    std::vector<EventRecord> records(4);
    records[0] = {.id = "zone-sept", .time = TimeValue::from_stamp(*parse_time_stamp("2017-09-10").value), .geometry = &september, .series = "ei-deir"};
    records[1] = {.id = "zone-oct", .time = TimeValue::from_stamp(*parse_time_stamp("2017-10-15").value), .geometry = &october, .series = "ei-deir"};
    records[2] = {.id = "front", .time = TimeValue::from_stamp(*parse_time_stamp("2017-09-10").value), .geometry = &front};
    records[3] = {.id = "town", .time = TimeValue::from_stamp(*parse_time_stamp("2017-09-12").value), .lon = 40.14, .lat = 35.33,
                  .place_source = PlaceSource::coordinates};
    for (size_t k = 0; k < records.size(); ++k) records[k].file_index = static_cast<std::uint32_t>(k);
    return EventStore::build(records, {}, "", nullptr);
}
std::vector<std::string> ids(const EventStore& store, const std::vector<size_t>& rows) {
    std::vector<std::string> out;
    for (size_t i : rows) out.emplace_back(store.id(i));
    return out;
}
ViewState view_until(const char* end) {
    ViewState view;
    view.time = *parse_time_window(end).value;
    return view;
}
}  // namespace

TEST_CASE("the store keeps geometries and series, placed at their centre") {
    EventStore store = zone_store();
    REQUIRE(store.geometry_events().size() == 3);
    REQUIRE(store.series_events().size() == 2);
    size_t sept = store.series_events()[0];
    CHECK(store.id(sept) == "zone-sept");
    CHECK(store.series(sept) == "ei-deir");
    CHECK(store.geometry(sept).kind() == GeometryKind::area);
    CHECK(store.lon()[sept] == doctest::Approx(40.25));
    CHECK(store.replaced_at(sept) == store.start()[store.series_events()[1]]);
}

TEST_CASE("shown events at two dates: a series shows one state") {
    EventStore store = zone_store();
    auto shown = [&](const ViewState& view) {
        std::vector<size_t> rows;
        for_each_shown_event(store, view, [&](size_t i) { rows.push_back(i); });
        return ids(store, rows);
    };
    ViewState september = view_until("2017-09-20/2017-09-30");
    CHECK(shown(september) == std::vector<std::string>{"zone-sept"});  // the September state lasts
    ViewState october = view_until("2017-10-20/2017-10-30");
    CHECK(shown(october) == std::vector<std::string>{"zone-oct"});
    october.time_mode = TimeMode::cumulative;
    CHECK(shown(october) == std::vector<std::string>{"front", "town", "zone-oct"});
}

TEST_CASE("picking: inside an area, near a line, markers first") {
    EventStore store = zone_store();
    ViewState view;  // all dates: the latest state of the series
    MapView map;
    map.width = 800, map.height = 600, map.zoom = 9;
    map.center = lonlat_to_world({40.2, 35.2});
    WorldPoint inside_oct = map.lonlat_to_pixel({40.5, 35.3});
    CHECK(ids(store, events_at(store, view, map, inside_oct.x, inside_oct.y)) == std::vector<std::string>{"zone-oct"});
    WorldPoint inside_sept_only = map.lonlat_to_pixel({40.15, 35.3});
    CHECK(events_at(store, view, map, inside_sept_only.x, inside_sept_only.y).empty());  // replaced state
    WorldPoint on_front = map.lonlat_to_pixel({39.9, 34.95});
    CHECK(ids(store, events_at(store, view, map, on_front.x + 2, on_front.y)) == std::vector<std::string>{"front"});
    CHECK(events_at(store, view, map, on_front.x + 40, on_front.y).empty());
    ViewState september = view_until("2017-09-01/2017-09-30");
    WorldPoint town = map.lonlat_to_pixel({40.14, 35.33});
    CHECK(ids(store, events_at(store, september, map, town.x, town.y)) == std::vector<std::string>{"town", "zone-sept"});
}

// The native reader: geometries and series in an event file, problems located in the file.
TEST_CASE("an event file with areas, lines and a series; geometry problems at file:line:column") {
    std::string text = R"({"chronomap": 1, "events": [
  {"id": "zone-sept", "time": "2017-09-10", "title": "EI", "series": "zone-ei", "geometry_precision": "approximate",
   "geometry": {"type": "Polygon", "coordinates": [[[40.1, 35.2], [40.4, 35.2], [40.4, 35.4], [40.1, 35.4], [40.1, 35.2]]]}},
  {"id": "zone-oct", "time": "2017-10-15", "series": "zone-ei",
   "geometry": {"type": "Polygon", "coordinates": [[[40.3, 35.2], [40.6, 35.2], [40.6, 35.4],
      [35.3, 40.3]]]}},
  {"id": "axe", "time": "2017-09-01", "arrow": true,
   "geometry": {"type": "LineString", "coordinates": [[38.28, 34.56], [40.05, 35.30]]}},
  {"id": "inverse", "time": "2017-09-02", "coordinates": [40.14, 35.33],
   "geometry": {"type": "LineString", "coordinates": [[35.2, 40.1], [35.4, 40.4]]}},
  {"id": "deir", "time": "2017-09-24", "place": "Deir ez-Zhor", "geometry": "Deir ez-Zhor"}
]})";
    LoadResult result = parse_event_text(text, "zones.json", {});
    REQUIRE(result.store);
    const EventStore& store = *result.store;
    CHECK(store.size() == 5);
    std::string problems;
    for (const Diagnostic& d : result.diagnostics) problems += d.format() + "\n";
    INFO(problems);
    // The October ring is left open: it is closed, with a warning where its geometry is.
    CHECK(problems.find("zones.json:5:16: warning: the outline is not closed") != std::string::npos);
    CHECK(problems.find("[at /events/1/geometry/coordinates/0]") != std::string::npos);
    CHECK(problems.find("zones.json:10:16: warning: the geometry lies") != std::string::npos);
    CHECK(problems.find("\"Deir ez-Zhor\" is not a geometry; the event is drawn as a point") != std::string::npos);
    CHECK(problems.find("write \"region\" to use the outline") != std::string::npos);
    auto row = [&](std::string_view id) {
        for (size_t i = 0; i < store.size(); ++i)
            if (store.id(i) == id) return i;
        FAIL("no event ", id);
        return size_t{0};
    };
    CHECK(store.geometry(row("zone-sept")).approximate());
    CHECK_FALSE(store.geometry(row("zone-oct")).approximate());
    CHECK(store.geometry(row("zone-oct")).ring(0, 0).size() == 5);
    CHECK(store.geometry(row("axe")).arrow());
    CHECK(store.series(row("zone-oct")) == "zone-ei");
    CHECK(store.replaced_at(row("zone-sept")) == store.start()[row("zone-oct")]);
    CHECK(store.is_placed(row("axe")));  // at the middle of its line, as the user's own position
    CHECK_FALSE(store.has_geometry(row("deir")));  // kept, to be placed by its name
    CHECK(store.place_name(row("deir")) == "Deir ez-Zhor");
}
