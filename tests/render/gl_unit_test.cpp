// Renderer pieces that need a GL context (headless EGL, no display).
#include <doctest/doctest.h>

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/native_json/event_reader.h"
#include "core/gazetteer/geocoder.h"
#include "core/io/geodata_paths.h"
#include "core/placement/place_events.h"
#include "core/events/shown_rule.h"
#include "core/events/window_summary.h"
#include "render/gl_check.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
#include "render/map_words.h"
#include "render/shader_program.h"

using namespace chronomap;

namespace {
const char* kFragment = "#version 330 core\nout vec4 o;\nvoid main() { o = vec4(1.0); }\n";

EventStore store_of(std::vector<EventRecord> records) {
    return EventStore::build(std::move(records), {{"attack", "Attaque", {215, 48, 31, 255}}}, "test", nullptr);
}

EventRecord placed(const char* id, const char* time, double lon, double lat) {
    EventRecord r;
    r.id = id;
    r.place_name = id;
    r.time = TimeValue::from_stamp(*parse_time_stamp(time).value);
    r.lon = lon, r.lat = lat, r.place_source = PlaceSource::coordinates;
    return r;
}

// A 400 x 200 view of the basemap and the events alone (no labels, legend, title, scale,
// attribution or place names), centred on `center`.
ViewState events_only_view(LonLat center, double zoom) {
    ViewState view;
    view.width = 400, view.height = 200;
    view.layers.labels = view.layers.legend = view.layers.title = view.layers.scale_bar = false;
    view.layers.attribution = view.layers.place_names = false;
    view.camera = {CameraMode::center, center, zoom, {}};
    return view;
}

// Draws `view` with both renderers: how many bytes of the two frames differ.
size_t bytes_differing(MapRenderer& a, MapRenderer& b, const ViewState& view, RenderTarget& target) {
    render_frame(a, view, target);
    Image first = target.read_pixels();
    render_frame(b, view, target);
    Image second = target.read_pixels();
    REQUIRE(first.rgba.size() == second.rgba.size());
    size_t differing = 0;
    for (size_t k = 0; k < first.rgba.size(); ++k) differing += first.rgba[k] != second.rgba[k];
    return differing;
}
}  // namespace

TEST_CASE("A shader that does not compile reports the GL info log") {
    auto target = create_headless_target(64, 64);
    const char* broken = "#version 330 core\nvoid main() { gl_Position = no_such_variable; }\n";
    CHECK_THROWS_WITH_AS(ShaderProgram("broken", broken, kFragment), doctest::Contains("does not compile"), GlError);
    CHECK_THROWS_WITH_AS(ShaderProgram("broken", broken, kFragment), doctest::Contains("no_such_variable"), GlError);
    // A program whose stages disagree fails at link time, with the log too.
    const char* vertex = "#version 330 core\nout vec3 v_x;\nvoid main() { v_x = vec3(0.0); gl_Position = vec4(0.0); }\n";
    const char* fragment = "#version 330 core\nin vec4 v_x;\nout vec4 o;\nvoid main() { o = v_x; }\n";
    CHECK_THROWS_WITH_AS(ShaderProgram("mismatch", vertex, fragment), doctest::Contains("does not link"), GlError);
}

TEST_CASE("Moving the time window changes what is drawn, not the event buffer") {
    std::vector<EventRecord> records;
    std::vector<std::string> ids;  // the records' ids point into these: kept, never reallocated
    ids.reserve(28);
    for (int day = 1; day <= 28; ++day) {
        char time[24];  // room for any int: GCC checks it under ASan
        std::snprintf(time, sizeof time, "2017-09-%02d", day);
        const char* id = ids.emplace_back(time).c_str();
        records.push_back(placed(id, id, 10 + day * 0.5, 30));
    }
    EventStore store = store_of(std::move(records));
    auto target = create_headless_target(400, 200);
    MapRenderer renderer(store, geodata_dir());
    ViewState view;
    view.width = 400, view.height = 200;
    view.camera = {CameraMode::center, {17, 30}, 4, {}};
    view.time = *parse_time_window("2017-09-01/2017-09-07").value;
    FrameStats week = render_frame(renderer, view, *target);
    view.time = *parse_time_window("2017-09-10/2017-09-12").value;
    FrameStats days = render_frame(renderer, view, *target);
    // The drawn range comes from binary searches (plus a day of margin on each side).
    CHECK(week.events_drawn >= 7);
    CHECK(week.events_drawn <= 9);
    CHECK(days.events_drawn >= 3);
    CHECK(days.events_drawn <= 5);
    CHECK(glGetError() == GL_NO_ERROR);
}

TEST_CASE("Empty and unplaced stores draw without error") {
    auto target = create_headless_target(200, 120);
    EventStore empty = store_of({});
    MapRenderer renderer(empty, geodata_dir());
    ViewState view;
    view.width = 200, view.height = 120;
    CHECK(render_frame(renderer, view, *target).events_drawn == 0);
    EventRecord nowhere = placed("x", "2017", 0, 0);
    nowhere.lon = NAN, nowhere.lat = NAN, nowhere.place_source = PlaceSource::none;
    EventStore unplaced = store_of({nowhere});
    MapRenderer renderer2(unplaced, geodata_dir());
    CHECK(render_frame(renderer2, view, *target).events_drawn == 0);
    Image image = target->read_pixels();
    CHECK(image.width == 200);
    CHECK(image.height == 120);
}

TEST_CASE("An approximate place (near, a region) is drawn as a wider zone than a pinpoint") {
    EventRecord exact = placed("exact", "2017-10-04", 10, 30);
    EventRecord near = placed("near", "2017-10-04", 20, 30);
    near.location_precision = LocationPrecision::near;  // e.g. ACLED geo_precision 2
    EventStore store = store_of({exact, near});
    REQUIRE(store.location_precision()[0] != store.location_precision()[1]);
    auto target = create_headless_target(400, 200);
    MapRenderer renderer(store, geodata_dir());
    ViewState view = events_only_view({15, 30}, 4);
    render_frame(renderer, view, *target);
    Image with = target->read_pixels();
    view.layers.events = false;
    render_frame(renderer, view, *target);
    Image without = target->read_pixels();
    MapView map = renderer.map_view(view);
    auto changed_at = [&](LonLat at, double dx) {
        WorldPoint p = map.lonlat_to_pixel(at);
        size_t k = (static_cast<size_t>(p.y) * 400 + static_cast<size_t>(p.x + dx)) * 4;
        int d = 0;
        for (size_t c = 0; c < 3; ++c) d += std::abs(int(with.rgba[k + c]) - int(without.rgba[k + c]));
        return d;
    };
    CHECK(changed_at({10, 30}, 0) > 30);  // both are drawn at their centre
    CHECK(changed_at({20, 30}, 0) > 10);
    CHECK(changed_at({10, 30}, 8) < 5);   // the pinpoint (4.5 px) does not reach 8 px out
    CHECK(changed_at({20, 30}, 8) > 5);   // the zone (10 px) does
}

// The marker program has a variant without the area markers' dashed outline, used when no
// drawn marker needs it (event_layer.cpp): both must draw a pinpoint alike, and an area
// marker must keep its dashes whether pinpoints share its window or not.
TEST_CASE("Pinpoints and area markers draw alike whether they share the window or not") {
    EventRecord exact = placed("exact", "2017-10-04", 10, 30);
    EventRecord near = placed("near", "2017-10-20", 20, 30);
    near.location_precision = LocationPrecision::near;
    EventStore store = store_of({exact, near});
    auto target = create_headless_target(400, 200);
    MapRenderer renderer(store, geodata_dir());
    ViewState view = events_only_view({15, 30}, 4);
    auto render_window = [&](const char* window) {
        view.time = *parse_time_window(window).value;
        render_frame(renderer, view, *target);
        return target->read_pixels();
    };
    Image both = render_window("2017-10-01/2017-10-25");
    Image pinpoint_alone = render_window("2017-10-03/2017-10-06");  // the program without areas
    Image area_alone = render_window("2017-10-19/2017-10-22");
    MapView map = renderer.map_view(view);
    // The pixels within `radius` of `at` (both markers are 10 px or less) differ by at most
    // `tolerance` levels between two images.
    auto same_around = [&](const Image& a, const Image& b, LonLat at, int radius) {
        WorldPoint p = map.lonlat_to_pixel(at);
        int worst = 0;
        for (int dy = -radius; dy <= radius; ++dy)
            for (int dx = -radius; dx <= radius; ++dx) {
                size_t k = (static_cast<size_t>(p.y + dy) * 400 + static_cast<size_t>(p.x + dx)) * 4;
                for (size_t c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(a.rgba[k + c]) - int(b.rgba[k + c])));
            }
        return worst;
    };
    CHECK(same_around(both, pinpoint_alone, {10, 30}, 12) <= 1);
    CHECK(same_around(both, area_alone, {20, 30}, 12) <= 1);
    // The area marker's outline (the outer 1.2 px of its 10 px) is dashed: ten dashes in its
    // own colour and gaps, so the pixels on that circle are far apart in colour.
    WorldPoint centre = map.lonlat_to_pixel({20, 30});
    int darkest = 255 * 3, lightest = 0;
    for (int step = 0; step < 80; ++step) {
        double angle = step * 6.2831853 / 80;
        auto x = static_cast<size_t>(std::lround(centre.x + 9.5 * std::cos(angle)));
        auto y = static_cast<size_t>(std::lround(centre.y + 9.5 * std::sin(angle)));
        const std::uint8_t* px = &both.rgba[(y * 400 + x) * 4];
        int sum = px[0] + px[1] + px[2];
        darkest = std::min(darkest, sum), lightest = std::max(lightest, sum);
    }
    CHECK(lightest - darkest > 60);
}

// Video export keeps the long events' markers drawn over the basemap in a texture
// (MapRenderer::set_reuse_long_markers): each frame must still be the frame drawn afresh,
// when the long markers are reused, when one of them leaves the window and when the camera moves.
TEST_CASE("Reusing the long events' markers from frame to frame draws the same frames as drawing afresh") {
    std::vector<EventRecord> records = {placed("year-2016", "2016", 14, 30), placed("year-2017", "2017", 14.3, 30.2),
                                        placed("year-2017b", "2017", 20, 31)};
    std::vector<std::string> ids;  // the records' ids point into these: kept, never reallocated
    ids.reserve(20);
    for (int day = 1; day <= 20; ++day) {
        char time[24];  // room for any int: GCC checks it under ASan
        std::snprintf(time, sizeof time, "2017-01-%02d", day);
        const char* id = ids.emplace_back(time).c_str();
        records.push_back(placed(id, id, 12 + day * 0.4, 29.5 + (day % 3) * 0.5));
    }
    EventStore store = store_of(std::move(records));
    auto target = create_headless_target(400, 200);
    MapRenderer reusing(store, geodata_dir()), afresh(store, geodata_dir());
    reusing.set_reuse_long_markers(true);
    ViewState view;
    view.width = 400, view.height = 200;
    view.camera = {CameraMode::center, {17, 30}, 4, {}};
    struct Step {
        const char* window;
        double zoom;
    };
    // 2016's year leaves after the second frame; the camera zooms in at the fifth, back at the sixth.
    const Step steps[] = {{"2016-12-28/2017-01-04", 4}, {"2016-12-30/2017-01-06", 4}, {"2017-01-02/2017-01-09", 4},
                          {"2017-01-03/2017-01-10", 4}, {"2017-01-04/2017-01-11", 4.5}, {"2017-01-05/2017-01-12", 4},
                          {"2017-01-06/2017-01-13", 4}};
    for (const Step& step : steps) {
        CAPTURE(step.window);
        view.time = *parse_time_window(step.window).value;
        view.camera.zoom = step.zoom;
        CHECK(bytes_differing(reusing, afresh, view, *target) == 0);
    }
    // Frames 2 (the same years shown), 4 and 7 copied the cache; the others drew it again.
    CHECK(reusing.long_markers_reused() == 3);
    CHECK(afresh.long_markers_reused() == 0);
}

TEST_CASE("A pinned camera's basemap, uploaded without a margin, draws the frames a free camera draws") {
    // Coasts, borders, rivers, lakes and regions reach past every edge of these views (the
    // Nile delta, the Levant at two zooms, the Gulf at high detail): a shape just outside the
    // pinned window that should reach into the frame would show as a difference.
    EventStore store = store_of({placed("a", "2017-01-01", 33, 31)});
    auto target = create_headless_target(400, 200);
    struct Camera {
        LonLat center;
        double zoom;
    };
    for (Camera camera : {Camera{{31.2, 30.8}, 6.5}, Camera{{36.5, 34}, 5}, Camera{{36.5, 34}, 7.5}, Camera{{50, 27}, 9}}) {
        CAPTURE(camera.zoom);
        MapRenderer pinned(store, geodata_dir()), roaming(store, geodata_dir());
        pinned.set_camera_pinned(true);
        CHECK(bytes_differing(pinned, roaming, events_only_view(camera.center, camera.zoom), *target) == 0);
    }
}

TEST_CASE("The legend's counts per window agree with the store, for events of every duration") {
    // Days, months, years and a decade-long span, so that every duration run is used; more
    // than 100 000 events so that large windows are counted on two cores.
    std::mt19937 random(7);
    std::vector<EventRecord> records;
    std::vector<std::string> ids;  // the records only view their ids
    ids.reserve(150'000);
    const UnixSeconds day = 86400, start = parse_time_stamp("2010-01-01").value->start;
    std::vector<Category> categories;
    for (int c = 0; c < 3; ++c) categories.push_back({"c" + std::to_string(c), "C" + std::to_string(c), {200, 50, 50, 255}});
    for (int i = 0; i < 150'000; ++i) {
        EventRecord r;
        r.id = ids.emplace_back("e" + std::to_string(i));
        UnixSeconds begin = start + static_cast<UnixSeconds>(random() % (3650 * day));
        UnixSeconds length = i % 50 == 0 ? static_cast<UnixSeconds>(random() % (4000 * day)) + day
                             : i % 7 == 0 ? static_cast<UnixSeconds>(random() % (60 * day)) + day
                                          : day;
        r.time = {begin, begin + length, TimePrecision::day, TimePrecision::day, length > day};
        r.lon = 35 + static_cast<double>(random() % 1000) / 100, r.lat = 30 + static_cast<double>(random() % 500) / 100;
        r.place_source = PlaceSource::coordinates;
        r.category = static_cast<std::uint16_t>(i % 3);
        records.push_back(std::move(r));
    }
    records.push_back(placed("decade", "2012-05-01", 36, 33));
    records.back().time = {start, start + 3650 * day, TimePrecision::year, TimePrecision::year, true};
    EventStore store = EventStore::build(std::move(records), std::move(categories), "test", nullptr);

    auto target = create_headless_target(300, 200);
    MapRenderer renderer(store, geodata_dir());
    ViewState view;
    view.width = 300, view.height = 200;
    view.camera = {CameraMode::center, {40, 32}, 4, {}};
    for (const char* window : {"2012-05-01/2012-05-02", "2013-02-01/2013-03-15", "2011-01-01/2013-12-31",
                               "2009-01-01/2009-06-01", "2019-12-01/2021-01-01"}) {
        for (TimeMode mode : {TimeMode::window, TimeMode::cumulative}) {
            CAPTURE(window);
            view.time = *parse_time_window(window).value;
            view.time_mode = mode;
            ViewState any = view;
            any.category_mask = ~std::uint64_t{0};
            FrameStats stats = render_frame(renderer, view, *target);
            CHECK(stats.counts_any_category == shown_counts_by_category(store, any));
        }
    }
    // The decade-long span is counted in a one-day window in its middle.
    view.time = *parse_time_window("2016-06-01/2016-06-02").value;
    view.time_mode = TimeMode::window;
    FrameStats stats = render_frame(renderer, view, *target);
    CHECK(stats.counts_any_category == shown_counts_by_category(store, view));
    CHECK(stats.counts_any_category[0] >= 1);
    // The same view again is answered from the last count; a change of category filter or
    // of window is counted again.
    view.time = *parse_time_window("2011-01-01/2013-12-31").value;
    FrameStats first = render_frame(renderer, view, *target);
    FrameStats again = render_frame(renderer, view, *target);
    CHECK(again.counts_any_category == first.counts_any_category);
    view.category_mask = ~std::uint64_t{0} ^ 1;  // category 0 hidden
    FrameStats hidden = render_frame(renderer, view, *target);
    CHECK(hidden.counts_any_category == first.counts_any_category);
    CHECK(hidden.shown_counts[0] == 0);
    CHECK(hidden.shown_counts[1] == first.shown_counts[1]);
    view.time = *parse_time_window("2012-01-01/2012-02-01").value;
    CHECK(render_frame(renderer, view, *target).counts_any_category == shown_counts_by_category(store, [&] {
              ViewState any = view;
              any.category_mask = ~std::uint64_t{0};
              return any;
          }()));
}

TEST_CASE("The legend counts what the map shows: in its extent and its window, earlier ones apart") {
    // Misrata and Sirte in view; Deir ez-Zor (Syria) off to the east; one event in March.
    EventStore store = store_of({placed("misrata", "2017-10-04", 15.09, 32.38), placed("syrte", "2017-10-05", 16.59, 31.21),
                                 placed("deir", "2017-10-06", 40.14, 35.33), placed("raid-mars", "2017-03-15", 15.5, 32.0)});
    auto target = create_headless_target(400, 300);
    MapRenderer renderer(store, geodata_dir());
    ViewState view;
    view.width = 400, view.height = 300;
    view.camera = {CameraMode::center, {16, 32}, 6, {}};
    view.time = *parse_time_window("2017-09-01/2017-11-30").value;
    FrameStats window = render_frame(renderer, view, *target);
    CHECK(window.shown_counts[0] == 3);    // the window, wherever the camera is
    CHECK(window.in_view_counts[0] == 2);  // what the legend says: Misrata and Sirte
    CHECK(window.earlier_in_view == 0);
    view.time_mode = TimeMode::cumulative;
    FrameStats cumulative = render_frame(renderer, view, *target);
    CHECK(cumulative.in_view_counts[0] == 2);  // March is not in the Sept-Nov count ...
    CHECK(cumulative.earlier_in_view == 1);    // ... but said apart, as drawn (faded)
}

TEST_CASE("Counts of millions are grouped by thousands, in the map's language") {
    CHECK(format_count(0, map_words(DateLanguage::en)) == "0");
    CHECK(format_count(999, map_words(DateLanguage::en)) == "999");
    CHECK(format_count(1000, map_words(DateLanguage::en)) == "1,000");
    CHECK(format_count(1430650, map_words(DateLanguage::en)) == "1,430,650");
    CHECK(format_count(10000000, map_words(DateLanguage::fr)) == "10\u00a0000\u00a0000");
    CHECK(event_count(1, map_words(DateLanguage::fr)) == "1 événement");
    CHECK(event_count(25000, map_words(DateLanguage::en)) == "25,000 events");
}

namespace {
// A square zone: the series' September state west, its October state east.
Geometry square(double west, double south, double size) {
    Geometry g;
    g.kind = GeometryKind::area;
    std::vector<LonLat> ring = {{west, south}, {west + size, south}, {west + size, south + size}, {west, south + size}, {west, south}};
    g.add_ring(ring);
    g.end_part();
    return g;
}
}  // namespace

TEST_CASE("A series of areas: the state current at the window's end is filled, the replaced one is not") {
    Geometry september = square(38, 34, 1.5), october = square(40.5, 34, 1.5);
    EventRecord sept = placed("zone-sept", "2017-09-10", NAN, NAN);
    sept.place_source = PlaceSource::none, sept.geometry = &september, sept.series = "zone-ei";
    EventRecord oct = placed("zone-oct", "2017-10-15", NAN, NAN);
    oct.place_source = PlaceSource::none, oct.geometry = &october, oct.series = "zone-ei";
    EventStore store = store_of({sept, oct});
    auto target = create_headless_target(400, 200);
    MapRenderer renderer(store, geodata_dir());
    ViewState view = events_only_view({40, 34.75}, 6);
    MapView map = renderer.map_view(view);
    auto frame_at = [&](const char* window, bool events) {
        view.time = *parse_time_window(window).value;
        view.layers.events = events;
        FrameStats stats = render_frame(renderer, view, *target);
        return std::pair{target->read_pixels(), stats};
    };
    auto [bare, unused] = frame_at("2017-09-20/2017-09-30", false);
    auto changed = [&](const Image& image, LonLat at) {
        WorldPoint p = map.lonlat_to_pixel(at);
        size_t k = (static_cast<size_t>(p.y) * 400 + static_cast<size_t>(p.x)) * 4;
        int d = 0;
        for (size_t c = 0; c < 3; ++c) d += std::abs(int(image.rgba[k + c]) - int(bare.rgba[k + c]));
        return d;
    };
    auto [in_september, september_stats] = frame_at("2017-09-20/2017-09-30", true);
    CHECK(changed(in_september, {38.75, 34.75}) > 10);  // inside the September zone: filled
    CHECK(changed(in_september, {41.25, 34.75}) == 0);  // the October zone: not begun
    CHECK(changed(in_september, {39.9, 34.75}) == 0);   // between them: outside both
    CHECK(september_stats.shown_counts.at(0) == 1);     // the legend counts the area
    auto [in_october, october_stats] = frame_at("2017-10-20/2017-10-30", true);
    CHECK(changed(in_october, {38.75, 34.75}) == 0);    // replaced: no longer drawn
    CHECK(changed(in_october, {41.25, 34.75}) > 10);
    CHECK(changed(in_october, {41.25, 34.0}) > 30);     // its outline is darker than its fill
    CHECK(october_stats.shown_counts.at(0) == 1);
    CHECK(glGetError() == GL_NO_ERROR);
}

namespace {
// The texts a French or English file's map draws at the Syria zoom, around Palmyra: with every
// event shown (labels), then with a window that leaves the Tadmor event out (basemap names).
struct DrawnNames {
    std::vector<std::string> labels_all, names_all, labels_later, names_later;
};
DrawnNames draw_names_around_palmyra(const char* lang) {
    char json[1024];
    std::snprintf(json, sizeof json, R"({"chronomap": 1, "lang": "%s", "events": [
        {"time": "2017-10-01", "place": {"name": "Tadmor", "country": "Syrie"}},
        {"time": "2017-10-02", "place": {"name": "Khan Shaykhoun", "country": "Syrie"}}]})", lang);
    auto loaded = parse_event_text(json, "palmyra.json");
    REQUIRE(loaded.store);
    Geocoder geocoder = Geocoder::open(geodata_dir());
    place_events(*loaded.store, geocoder);
    auto target = create_headless_target(1200, 800);
    MapRenderer renderer(*loaded.store, geodata_dir());
    ViewState view;
    view.width = 1200, view.height = 800;
    view.camera = {CameraMode::center, {38.27, 34.56}, 8, {}};
    FrameStats all = render_frame(renderer, view, *target);
    view.time = *parse_time_window("2017-10-02/2017-10-03").value;
    FrameStats later = render_frame(renderer, view, *target);
    return {all.label_texts, all.place_name_texts, later.label_texts, later.place_name_texts};
}
bool has(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}
}  // namespace

TEST_CASE("A French map names Palmyra \"Palmyre\" in its labels and its basemap, an English one \"Palmyra\"") {
    DrawnNames fr = draw_names_around_palmyra("fr");
    CAPTURE(fr.names_later);
    CHECK(has(fr.labels_all, "Palmyre"));   // the file says "Tadmor"
    CHECK(has(fr.names_later, "Palmyre"));  // the basemap, once the event is out of the window
    CHECK(has(fr.labels_all, "Khan Cheikhoun"));
    CHECK(has(fr.names_later, "Homs"));
    CHECK(has(fr.names_later, "SYRIE"));
    for (const auto* texts : {&fr.labels_all, &fr.names_all, &fr.labels_later, &fr.names_later})
        for (const std::string& text : *texts) {
            CAPTURE(text);
            CHECK(plain_name(text, "") == text);  // no "Khān Shaykhūn" beside "Alep"
            CHECK(text != "Tadmor");
            CHECK(text != "Tadmur");
        }
    DrawnNames en = draw_names_around_palmyra("en");
    CHECK(has(en.labels_all, "Palmyra"));
    CHECK(has(en.names_later, "Palmyra"));
    CHECK(has(en.labels_all, "Khan Shaykhun"));
    CHECK(has(en.names_later, "SYRIA"));
    CHECK_FALSE(has(en.names_later, "Palmyre"));
}

TEST_CASE("What the GPU draws is core's shown rule: window edges, cumulative fading, hidden categories") {
    // Along the Euphrates' latitude, one event every 3 degrees; the window is the week of the
    // Deir ez-Zor offensive, 28 September to 5 October 2017 (end excluded).
    std::vector<EventRecord> records = {
        placed("over-the-day-before", "2017-09-27", 10, 35),   // ends as the window starts
        placed("first-day", "2017-09-28", 13, 35),
        placed("last-day", "2017-10-04", 16, 35),
        placed("day-after", "2017-10-05", 19, 35),              // begins as the window ends
        placed("march", "2017-03-15", 22, 35),                  // long before
        placed("siege", "2017-09-05/2017-09-30", 25, 35),       // a span reaching into the window
        placed("air-strike", "2017-10-01", 28, 35),             // a category the view hides
    };
    records[6].category = 1;
    EventStore store = EventStore::build(
        records, {{"attack", "Attaque", {215, 48, 31, 255}}, {"airstrike", "Frappe", {40, 90, 200, 255}}}, "test", nullptr);
    auto target = create_headless_target(600, 160);
    MapRenderer renderer(store, geodata_dir());
    ViewState view;
    view.width = 600, view.height = 160;
    view.layers = {};
    view.layers.labels = view.layers.legend = view.layers.title = view.layers.scale_bar = false;
    view.layers.attribution = view.layers.place_names = view.layers.basemap = false;
    view.camera = {CameraMode::center, {19, 35}, 4, {}};
    view.category_mask = ~std::uint64_t{0} & ~std::uint64_t{2};  // "Frappe" hidden
    MapView map = renderer.map_view(view);

    auto background = [&] {
        view.layers.events = false;
        render_frame(renderer, view, *target);
        view.layers.events = true;
        return target->read_pixels();
    }();
    // How much the marker at event i's place changed the pixel (0: nothing drawn there).
    auto drawn_at = [&](const Image& image, size_t i) {
        WorldPoint p = map.lonlat_to_pixel({store.lon()[i], store.lat()[i]});
        size_t k = (static_cast<size_t>(p.y) * 600 + static_cast<size_t>(p.x)) * 4;
        int d = 0;
        for (size_t c = 0; c < 3; ++c) d += std::abs(int(image.rgba[k + c]) - int(background.rgba[k + c]));
        return d;
    };
    for (TimeMode mode : {TimeMode::window, TimeMode::cumulative}) {
        for (bool all : {false, true}) {
            view.time_mode = mode;
            view.time = all ? TimeWindow{} : *parse_time_window("2017-09-28/2017-10-04").value;
            render_frame(renderer, view, *target);
            Image image = target->read_pixels();
            ShownRule rule = shown_rule(view);
            std::vector<bool> listed(store.size(), false);
            for_each_shown_event(store, view, [&](size_t i) { listed[i] = true; });
            int full = 0;
            for (size_t i = 0; i < store.size(); ++i) {
                bool shown = rule.shows(store.start()[i], store.end()[i], store.category()[i], true);
                CAPTURE(store.id(i));
                CAPTURE(all);
                CAPTURE(static_cast<int>(mode));
                CHECK(listed[i] == shown);  // the legend and labels (window_summary) agree
                CHECK((drawn_at(image, i) > 20) == shown);
                if (shown && !rule.fades(store.end()[i])) full = std::max(full, drawn_at(image, i));
            }
            for (size_t i = 0; i < store.size(); ++i)
                if (rule.shows(store.start()[i], store.end()[i], store.category()[i], true) && rule.fades(store.end()[i]))
                    CHECK(drawn_at(image, i) < full * 2 / 3);  // faded: the story so far
        }
    }
    // The rule itself, at the edges: the day before and the day after are out of the week.
    view.time_mode = TimeMode::window;
    view.time = *parse_time_window("2017-09-28/2017-10-04").value;
    auto event = [&](std::string_view id) {
        for (size_t i = 0; i < store.size(); ++i)
            if (store.id(i) == id) return i;
        FAIL("no event " << id);
        return size_t{0};
    };
    ShownRule week = shown_rule(view);
    size_t before = event("over-the-day-before"), first = event("first-day"), after = event("day-after");
    CHECK_FALSE(week.shows_time(store.start()[before], store.end()[before]));
    CHECK(week.shows_time(store.start()[first], store.end()[first]));
    CHECK_FALSE(week.shows_time(store.start()[after], store.end()[after]));
    view.time_mode = TimeMode::cumulative;
    CHECK(shown_rule(view).shows_time(store.start()[before], store.end()[before]));
    CHECK(shown_rule(view).fades(store.end()[before]));
}
