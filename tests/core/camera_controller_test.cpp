#include <doctest/doctest.h>

#include <cmath>

#include "core/camera/camera_controller.h"

using namespace chronomap;

namespace {
MapView shown_at(LonLat center, double zoom, int width = 800, int height = 600) {
    MapView map;
    map.center = lonlat_to_world(center);
    map.zoom = zoom;
    map.width = width, map.height = height;
    return map;
}
const LonLat kDeirEzZor{40.14, 35.34}, kMisrata{15.09, 32.38};
}  // namespace

TEST_CASE("pan moves the content with the cursor") {
    ViewState view;  // fit mode: pinned to what is shown first
    MapView shown = shown_at(kDeirEzZor, 6);
    WorldPoint before = shown.lonlat_to_pixel(kDeirEzZor);
    ViewState moved = camera::pan(view, shown, 100, -40);
    CHECK(moved.camera.mode == CameraMode::center);
    MapView after = resolve_map_view(moved, std::nullopt);
    after.width = shown.width, after.height = shown.height;
    WorldPoint now = after.lonlat_to_pixel(kDeirEzZor);
    CHECK(now.x == doctest::Approx(before.x + 100).epsilon(1e-6));
    CHECK(now.y == doctest::Approx(before.y - 40).epsilon(1e-6));
}

TEST_CASE("zoom_at keeps the place under the cursor where it is") {
    ViewState view;
    view.width = 800, view.height = 600;
    MapView shown = shown_at({38, 34}, 5);
    WorldPoint cursor = shown.lonlat_to_pixel(kDeirEzZor);
    ViewState zoomed = camera::zoom_at(view, shown, cursor.x, cursor.y, 1.5);
    MapView after = resolve_map_view(zoomed, std::nullopt);
    CHECK(after.zoom == doctest::Approx(6.5));
    WorldPoint now = after.lonlat_to_pixel(kDeirEzZor);
    CHECK(now.x == doctest::Approx(cursor.x).epsilon(1e-6));
    CHECK(now.y == doctest::Approx(cursor.y).epsilon(1e-6));
    // Clamped to the zoom range.
    CHECK(camera::zoom_at(view, shown, 0, 0, 100).camera.zoom == kMaxZoom);
}

TEST_CASE("fit centers the box and shows all of it") {
    ViewState view;
    view.width = 1000, view.height = 700;
    GeoBox syria{35.7, 32.3, 42.4, 37.3};
    ViewState fitted = camera::fit(view, syria, 0.1);
    MapView map = resolve_map_view(fitted, std::nullopt);
    WorldPoint nw = map.lonlat_to_pixel({syria.west, syria.north}), se = map.lonlat_to_pixel({syria.east, syria.south});
    CHECK(nw.x >= 0);
    CHECK(nw.y >= 0);
    CHECK(se.x <= 1000);
    CHECK(se.y <= 700);
    // Tight on one axis: the margin is 10 % there.
    bool tight_x = std::abs(nw.x - 100) < 1, tight_y = std::abs(nw.y - 70) < 1;
    CHECK((tight_x || tight_y));
}

TEST_CASE("fly-to starts and ends on the cameras and zooms out on the way") {
    MapView from = shown_at(kMisrata, 8), to = shown_at(kDeirEzZor, 8);
    camera::FlyPath path(from, to);
    MapView start = path.at(0), end = path.at(1), middle = path.at(0.5);
    CHECK(start.center.x == doctest::Approx(from.center.x));
    CHECK(end.center.x == doctest::Approx(to.center.x));
    CHECK(end.zoom == doctest::Approx(8));
    // A long flight at the same zoom rises: the middle is zoomed out, and half-way there.
    CHECK(middle.zoom < 6);
    double k = (middle.center.x - from.center.x) / (to.center.x - from.center.x);
    CHECK(k == doctest::Approx(0.5).epsilon(0.05));
    // Monotonic progress along the way.
    double last = 0;
    for (int i = 1; i <= 20; ++i) {
        double ki = (path.at(i / 20.0).center.x - from.center.x) / (to.center.x - from.center.x);
        CHECK(ki >= last - 1e-9);
        last = ki;
    }
    CHECK(path.duration() > 0.8);
    CHECK(path.duration() <= 4.0);
}

TEST_CASE("fly-to without a pan is a pure zoom") {
    MapView from = shown_at(kDeirEzZor, 4), to = shown_at(kDeirEzZor, 9);
    camera::FlyPath path(from, to);
    CHECK(path.at(0.5).zoom > 4);
    CHECK(path.at(0.5).zoom < 9);
    CHECK(path.at(0.5).center.x == doctest::Approx(from.center.x));
    CHECK(path.at(1).zoom == doctest::Approx(9));
}

TEST_CASE("interpolate slides the time window with the camera") {
    ViewState a, b;
    a.time = *parse_time_window("2016-05/2016-06").value;
    b.time = *parse_time_window("2017-10-01/2017-10-05").value;
    MapView from = shown_at(kMisrata, 6), to = shown_at(kDeirEzZor, 7);
    camera::FlyPath path(from, to);
    ViewState half = camera::interpolate(a, b, path, 0.5);
    CHECK(half.time.start > a.time.start);
    CHECK(half.time.start < b.time.start);
    ViewState end = camera::interpolate(a, b, path, 1);
    CHECK(end.time == b.time);
    CHECK(end.camera == b.camera);
}
