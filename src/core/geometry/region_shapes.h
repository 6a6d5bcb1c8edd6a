// Outlines of first-level regions (governorates, provinces, wilayas) for area events that
// name a region instead of drawing it (`"geometry": "region"`, docs/event-format.md). From
// Natural Earth's admin-1 polygons, simplified to about half a kilometre, keyed by GeoNames'
// admin1 code (Natural Earth's gn_a1_code "SY.07") so the geocoder's region names find them.
// Compiled by chronomap-build-geography into build/geodata/region-shapes.bin.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/event_geometry.h"

namespace chronomap {

struct RegionShape {
    std::string country;  // ISO 3166-1 alpha-2: "SY"
    std::string code;     // GeoNames admin1 code in that country: "07"
    Geometry outline;     // an area, lon/lat, rings closed
};

struct RegionShapes {
    std::vector<RegionShape> regions;  // sorted by (country, code) once read
    const Geometry* find(std::string_view country, std::string_view code) const;
};

inline constexpr const char* kRegionShapesFile = "region-shapes.bin";

// Atomic (core/io/atomic_file.h); sorts `shapes` first.
void write_region_shapes(const std::filesystem::path& path, RegionShapes& shapes);
// Throws std::runtime_error naming the file and saying how to rebuild it.
RegionShapes read_region_shapes(const std::filesystem::path& path);

}  // namespace chronomap
