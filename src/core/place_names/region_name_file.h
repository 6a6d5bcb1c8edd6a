// Names of first-level regions (governorates, provinces, wilayas) for the basemap, from
// Natural Earth's admin-1 polygons, compiled by chronomap-build-geography into
// build/geodata/region-names.tsv. The language is a plain field choice: French on a French
// map, English otherwise (the one-name-per-place table for towns is another file's job).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace chronomap {

struct RegionName {
    float min_zoom = 0;  // shown from this map zoom on
    double lon = 0, lat = 0;  // Natural Earth's label point
    std::string name_en;
    std::string name_fr;
};

inline constexpr const char* kRegionNamesFile = "region-names.tsv";

// Throws std::runtime_error naming the file and line on a malformed line.
std::vector<RegionName> read_region_names(const std::filesystem::path& path);
// Atomic (core/io/atomic_file.h).
void write_region_names(const std::filesystem::path& path, const std::vector<RegionName>& names,
                        const std::string& note);

// The name in the map's language, English when French is missing.
const std::string& region_name_in(const RegionName& region, bool french);

}  // namespace chronomap
