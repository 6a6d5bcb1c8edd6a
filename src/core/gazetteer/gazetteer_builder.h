// Compiles the gazetteer index (gazetteer_format.h) from GeoNames cities500 and the
// i18n-iso-countries country names. Run at build time by chronomap-gazetteer-build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace chronomap {

struct GazetteerSources {
    std::filesystem::path cities;     // GeoNames cities500.txt (tab-separated)
    std::filesystem::path countries;  // i18n-iso-countries package folder: codes.json, langs/*.json
    std::filesystem::path regions;    // iso3166-2-db's data/iso3166-2.json: admin1 names (optional)
    std::string note;                 // what and which versions, kept in the header
};

struct GazetteerBuildReport {
    size_t places = 0;
    size_t basic_keys = 0;
    size_t skeleton_keys = 0;
    size_t fuzzy_keys = 0;
    size_t country_names = 0;
    size_t regions = 0;
    size_t region_names = 0;
    std::uint64_t input_checksum = 0;
    std::uint64_t file_size = 0;
};

// Checksum of the source files' bytes: an index built from other inputs is stale.
std::uint64_t checksum_gazetteer_sources(const GazetteerSources& sources);

// Reads the sources and writes the index to `output` atomically. Throws std::runtime_error
// naming the file and line of any problem in the sources.
GazetteerBuildReport build_gazetteer_index(const GazetteerSources& sources,
                                           const std::filesystem::path& output);

}  // namespace chronomap
