// Renderer pieces that need a GL context (headless EGL, no display).
#include <doctest/doctest.h>

#include <epoxy/gl.h>

#include "core/geodata_paths.h"
#include "render/gl_check.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
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
