// Renderer pieces that need a GL context (headless EGL, no display).
#include <doctest/doctest.h>

#include <epoxy/gl.h>

#include <algorithm>
#include <random>

#include "core/event_reader.h"
#include "core/gazetteer/geocoder.h"
#include "core/geodata_paths.h"
#include "core/placement/place_events.h"
#include "core/window_summary.h"
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
    for (int day = 1; day <= 28; ++day) {
        char time[16];
        std::snprintf(time, sizeof time, "2017-09-%02d", day);
        records.push_back(placed(time, time, 10 + day * 0.5, 30));
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
    ViewState view;
    view.width = 400, view.height = 200;
    view.layers = {};  // the basemap and the events only
    view.layers.labels = view.layers.legend = view.layers.title = view.layers.scale_bar = false;
    view.layers.attribution = view.layers.place_names = false;
    view.camera = {CameraMode::center, {15, 30}, 4, {}};
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

TEST_CASE("The legend's counts per window agree with the store, for events of every duration") {
    // Days, months, years and a decade-long span, so that every duration run is used; more
    // than 100 000 events so that large windows are counted on two cores.
    std::mt19937 random(7);
    std::vector<EventRecord> records;
    const UnixSeconds day = 86400, start = parse_time_stamp("2010-01-01").value->start;
    std::vector<Category> categories;
    for (int c = 0; c < 3; ++c) categories.push_back({"c" + std::to_string(c), "C" + std::to_string(c), {200, 50, 50, 255}});
    for (int i = 0; i < 150'000; ++i) {
        EventRecord r;
        r.id = "e" + std::to_string(i);
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
