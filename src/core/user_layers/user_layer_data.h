// A user's layer as the renderer wants it, read once through GDAL and kept in a cache file:
// vector features grouped by drawing class (an OSM road class, or one class per geometry
// type for other files), already in normalised Web Mercator world coordinates
// (web_mercator.h), simplified at a few zoom levels; or a raster warped to Web Mercator as
// RGBA pixels (a DEM becomes shaded relief first).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/map/basemap_mesh.h"
#include "core/user_layers/user_layer_spec.h"

namespace chronomap {

enum class UserGeometry : std::uint8_t { point, line, area };

// Detail levels: coarse (drawn below zoom 8), medium (below 12), full. Each is simplified
// to stay within about a pixel at the zoom it serves.
inline constexpr int kUserLayerDetails = 3;
int user_layer_detail_for_zoom(double zoom);
double user_layer_tolerance(int detail);  // world units; 0 for full detail

struct UserLabel {
    float x = 0, y = 0;  // world
    std::string text;
};

struct UserFeatureGroup {
    std::string class_name;  // "motorway", "water", "building" ...; "line", "area", "point"
    UserGeometry geometry = UserGeometry::line;
    std::array<std::vector<float>, kUserLayerDetails> fill;  // areas: triangles, x y per vertex
    std::array<LineMesh, kUserLayerDetails> lines;  // lines, or the outlines of areas
    std::vector<float> points;                      // x y per point
    std::vector<UserLabel> labels;
    std::size_t features = 0;
};

struct UserVectorData {
    std::vector<UserFeatureGroup> groups;  // drawn in this order
};

struct UserRasterData {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // premultiplied by alpha; row 0 is the northern edge
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // world box: x0 west, y0 north
    bool hillshade = false;
};

struct UserLayerData {
    bool is_raster = false;
    UserVectorData vector;
    UserRasterData raster;
    std::string driver;  // GDAL's short name ("GPKG", "OSM", "GTiff")
    std::vector<std::string> warnings;  // what was skipped, for the user
    double west = 0, south = 0, east = 0, north = 0;  // lon/lat extent (for "fit")
};

// Reads the layer through GDAL. Throws std::runtime_error naming the file and quoting GDAL.
UserLayerData read_user_layer(const std::filesystem::path& path, const UserLayerStyle& style);

// The same through the cache: $XDG_CACHE_HOME/chronomap/overlays (else ~/.cache/...),
// keyed by the file's path, size and modification time and the style fields that change what
// is read (where, layer, classes, label, dem). A cache that cannot be written is only slower.
UserLayerData load_user_layer(const std::filesystem::path& path, const UserLayerStyle& style);
std::filesystem::path user_layer_cache_dir();
std::filesystem::path user_layer_cache_file(const std::filesystem::path& path, const UserLayerStyle& style);

void write_user_layer_cache(const std::filesystem::path& file, const UserLayerData& data);
// false if the file is missing, from another version or damaged.
bool read_user_layer_cache(const std::filesystem::path& file, UserLayerData& data);

}  // namespace chronomap
