// Web Mercator (EPSG:3857) as slippy maps use it, and the camera that maps it onto an image.
//
// "World" coordinates are normalised: x in [0,1] from 180W to 180E, y in [0,1] from the
// northern limit (85.0511N) down to the southern one. At zoom Z the world is 256 * 2^Z
// logical pixels wide; a pixel scale S (HiDPI) multiplies device pixels, not what is shown.
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

namespace chronomap {

inline constexpr double kMaxMercatorLatitude = 85.0511287798066;
inline constexpr double kEarthRadiusMeters = 6378137.0;  // EPSG:3857 sphere
inline constexpr double kMercatorHalfExtentMeters = std::numbers::pi * kEarthRadiusMeters;
inline constexpr double kTileSize = 256.0;

struct WorldPoint {
    double x = 0, y = 0;
};
struct LonLat {
    double lon = 0, lat = 0;
    bool operator==(const LonLat&) const = default;
};

inline WorldPoint lonlat_to_world(LonLat p) {
    double lat = std::clamp(p.lat, -kMaxMercatorLatitude, kMaxMercatorLatitude) * std::numbers::pi / 180.0;
    return {(p.lon + 180.0) / 360.0, 0.5 - std::log(std::tan(std::numbers::pi / 4 + lat / 2)) / (2 * std::numbers::pi)};
}

inline LonLat world_to_lonlat(WorldPoint w) {
    double lat = std::atan(std::sinh(std::numbers::pi * (1 - 2 * w.y))) * 180.0 / std::numbers::pi;
    return {w.x * 360.0 - 180.0, lat};
}

// EPSG:3857 metres (what GeoTIFF and QGIS use) from world coordinates.
inline double world_x_to_meters(double x) { return (2 * x - 1) * kMercatorHalfExtentMeters; }
inline double world_y_to_meters(double y) { return (1 - 2 * y) * kMercatorHalfExtentMeters; }

// A resolved camera: what an image of a given size shows. Built from a ViewState by
// resolve_map_view() (view_state.h); everything that draws or probes pixels uses this.
struct MapView {
    WorldPoint center{0.5, 0.5};
    double zoom = 0;
    int width = 0, height = 0;  // logical pixels
    double pixel_scale = 1;     // device pixels per logical pixel

    int device_width() const { return static_cast<int>(std::lround(width * pixel_scale)); }
    int device_height() const { return static_cast<int>(std::lround(height * pixel_scale)); }
    // Logical pixels per world unit.
    double world_size() const { return kTileSize * std::exp2(zoom); }

    // Logical pixel position (origin top-left, y down) of a world point.
    WorldPoint world_to_pixel(WorldPoint w) const {
        return {(w.x - center.x) * world_size() + width / 2.0, (w.y - center.y) * world_size() + height / 2.0};
    }
    WorldPoint pixel_to_world(WorldPoint p) const {
        return {(p.x - width / 2.0) / world_size() + center.x, (p.y - height / 2.0) / world_size() + center.y};
    }
    WorldPoint lonlat_to_pixel(LonLat p) const { return world_to_pixel(lonlat_to_world(p)); }
    LonLat pixel_to_lonlat(WorldPoint p) const { return world_to_lonlat(pixel_to_world(p)); }

    // Ground metres per logical pixel at the center's latitude (for the scale bar).
    double meters_per_pixel_at_center() const {
        double lat = world_to_lonlat(center).lat * std::numbers::pi / 180.0;
        return 2 * kMercatorHalfExtentMeters * std::cos(lat) / world_size();
    }
    // EPSG:3857 metres per device pixel (for a GeoTIFF geotransform).
    double mercator_meters_per_device_pixel() const {
        return 2 * kMercatorHalfExtentMeters / (world_size() * pixel_scale);
    }
};

}  // namespace chronomap
