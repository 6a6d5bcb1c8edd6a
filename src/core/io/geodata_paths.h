// Where chronomap finds its geodata (gazetteer index, basemaps) at run time.
#pragma once

#include <filesystem>
#include <string>

namespace chronomap {

// The first that exists of: `explicit_dir` (a --geodata flag), $CHRONOMAP_GEODATA,
// <folder of the executable>/geodata (the build tree), <exe>/../share/chronomap/geodata.
// Throws std::runtime_error naming the places it looked and how to build the data.
std::filesystem::path geodata_dir(const std::string& explicit_dir = {});

}  // namespace chronomap
