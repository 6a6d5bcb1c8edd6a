#include "core/gazetteer/coordinate_check.h"

#include <cmath>
#include <cstdio>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {
std::string coordinate_pair_text(double a, double b) {
    char text[64];
    std::snprintf(text, sizeof text, "[%.4g, %.4g]", a, b);
    return text;
}

std::optional<CoordinateDoubt> check_coordinates(const Geocoder& geocoder, std::string_view name,
                                                 const PlaceHints& hints, double lon, double lat) {
    if (name.empty() || std::isnan(lon) || std::isnan(lat)) return std::nullopt;
    return check_coordinates(geocoder.lookup(name, hints, nullptr, 0), lon, lat);
}

std::optional<CoordinateDoubt> check_coordinates(const GeocodeResult& r, double lon, double lat) {
    if (!r.place || std::isnan(lon) || std::isnan(lat)) return std::nullopt;
    const GeocodeCandidate& p = *r.place;
    double km = geocode_scoring::distance_km(lat, lon, p.lat, p.lon);
    if (km <= kCoordinateDoubtKm) return std::nullopt;
    CoordinateDoubt doubt;
    doubt.distance_km = std::round(km);
    std::string place = p.name + " (" + std::string(to_string_view(p.country)) + ")";
    doubt.message = "\"coordinates\" " + coordinate_pair_text(lon, lat) + " lie " +
                    std::to_string(static_cast<long>(doubt.distance_km)) + " km from " + place +
                    ", the place the event names";
    bool swappable = std::abs(lon) <= 90;
    double swapped_km = swappable ? geocode_scoring::distance_km(lon, lat, p.lat, p.lon) : INFINITY;
    if (swapped_km <= kCoordinateDoubtKm) {
        doubt.swap_fixes = true;
        doubt.hint =
            "latitude and longitude look swapped: write \"coordinates\": " + coordinate_pair_text(lat, lon) +
            " (longitude first, as in GeoJSON)";
    } else {
        doubt.hint = "check the coordinates ([longitude, latitude]; " + place + " is at " +
                     coordinate_pair_text(std::round(p.lon * 100) / 100, std::round(p.lat * 100) / 100) +
                     ") or the place name";
    }
    return doubt;
}

}  // namespace chronomap
