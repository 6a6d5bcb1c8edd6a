// Shared by the geocoder tests: the real index built by scripts/build, opened once.
#pragma once

#include <cmath>
#include <filesystem>
#include <memory>

#include "core/gazetteer/geocoder.h"

namespace chronomap::test {

inline const std::filesystem::path kGeodataDir = CHRONOMAP_GEODATA_DIR;
inline const std::filesystem::path kTestData = CHRONOMAP_TEST_DATA;

// The geocoder over build/geodata (gazetteer.idx, aliases.tsv); opened on first use.
inline const Geocoder& real_geocoder() {
    static const Geocoder geocoder = Geocoder::open(kGeodataDir);
    return geocoder;
}

inline double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kRadians = 3.14159265358979323846 / 180;
    double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
    double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) *
                   std::sin(dlon / 2);
    return 2 * 6371 * std::asin(std::sqrt(a));
}

// Placed, within `km` of the place meant.
inline bool resolved_near(const GeocodeResult& r, double lat, double lon, double km = 30) {
    return r.status == GeocodeStatus::resolved && distance_km(r.place->lat, r.place->lon, lat, lon) <= km;
}

}  // namespace chronomap::test
