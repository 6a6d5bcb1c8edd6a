#include <doctest/doctest.h>

#include "core/map/web_mercator.h"

using namespace chronomap;

TEST_CASE("Web Mercator: known points and round trips") {
    WorldPoint origin = lonlat_to_world({0, 0});
    CHECK(origin.x == doctest::Approx(0.5));
    CHECK(origin.y == doctest::Approx(0.5));
    CHECK(lonlat_to_world({-180, kMaxMercatorLatitude}).x == doctest::Approx(0));
    CHECK(lonlat_to_world({-180, kMaxMercatorLatitude}).y == doctest::Approx(0).epsilon(1e-9));
    CHECK(lonlat_to_world({180, -kMaxMercatorLatitude}).y == doctest::Approx(1).epsilon(1e-9));
    // Beyond the limit latitudes are clamped, not infinite.
    CHECK(lonlat_to_world({0, 90}).y == doctest::Approx(0).epsilon(1e-9));
    LonLat misrata{15.09, 32.38};
    LonLat back = world_to_lonlat(lonlat_to_world(misrata));
    CHECK(back.lon == doctest::Approx(misrata.lon));
    CHECK(back.lat == doctest::Approx(misrata.lat));
    CHECK(world_x_to_meters(1) == doctest::Approx(20037508.342789244));
    CHECK(world_y_to_meters(lonlat_to_world({0, 45}).y) == doctest::Approx(5621521.486192066));
}

TEST_CASE("MapView: slippy-map convention, center in the middle, HiDPI keeps what is shown") {
    MapView view;
    view.center = lonlat_to_world({0, 0});
    view.zoom = 2;
    view.width = 1024, view.height = 1024;
    CHECK(view.world_size() == doctest::Approx(1024));
    WorldPoint middle = view.lonlat_to_pixel({0, 0});
    CHECK(middle.x == doctest::Approx(512));
    CHECK(middle.y == doctest::Approx(512));
    WorldPoint east = view.lonlat_to_pixel({90, 0});
    CHECK(east.x == doctest::Approx(768));
    LonLat corner = view.pixel_to_lonlat({0, 0});
    CHECK(corner.lon == doctest::Approx(-180));
    CHECK(corner.lat == doctest::Approx(kMaxMercatorLatitude));
    view.pixel_scale = 2;
    CHECK(view.device_width() == 2048);
    CHECK(view.lonlat_to_pixel({90, 0}).x == doctest::Approx(768));  // logical pixels unchanged
    CHECK(view.mercator_meters_per_device_pixel() == doctest::Approx(2 * 20037508.342789244 / 2048));
    // At the equator, zoom 0, one pixel is about 156 km.
    view.zoom = 0;
    CHECK(view.meters_per_pixel_at_center() == doctest::Approx(156543.03).epsilon(1e-6));
}
