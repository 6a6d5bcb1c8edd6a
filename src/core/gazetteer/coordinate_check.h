// Coordinates that contradict their place: an event names "Boukamal" (Syria) and gives
// [34.45, 40.92], latitude first by mistake, which is drawn on Turkey's Black Sea coast.
// Used by `info`, `geocode` and the review panel.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/gazetteer/geocoder.h"

namespace chronomap {

struct CoordinateDoubt {
    std::string message;      // what is wrong: "[34.45, 40.92] is 610 km from Abu Kamal (SY)"
    std::string hint;         // what to do
    bool swap_fixes = false;  // [lat, lon] written for [lon, lat]: swapping puts it on the place
    double distance_km = 0;   // from the named place
};

// "[34.45, 40.92]": a pair as the messages quote it.
std::string coordinate_pair_text(double a, double b);

// Farther than this from the place named, coordinates are doubted.
inline constexpr double kCoordinateDoubtKm = 100;

// Checks [lon, lat] against the place the event names (resolved by `geocoder` with the
// hints); nullopt when they agree or the name does not resolve (nothing to compare with).
std::optional<CoordinateDoubt> check_coordinates(const Geocoder& geocoder, std::string_view name,
                                                 const PlaceHints& hints, double lon, double lat);
// The same, against the lookup of the name already made (a file names one place many times).
std::optional<CoordinateDoubt> check_coordinates(const GeocodeResult& named_place, double lon, double lat);

}  // namespace chronomap
