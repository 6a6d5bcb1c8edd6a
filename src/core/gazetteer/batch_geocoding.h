// Geocoding all the places of one file: each distinct (name, country, region) is answered once, and
// those left ambiguous, or placed without a hint over a far namesake and far from the file's
// other places, are answered again with those places as context (events of one file
// cluster, so a nearby candidate is the likelier one).
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "core/gazetteer/geocoder.h"

namespace chronomap {

struct PlaceQuery {
    std::string name;
    std::string country;  // as written: "Syrie", "SY", "" ...
    std::string region;   // as written: "Idleb", "Dar'a", "" ...
    std::string district;  // as written: "Abu Kamal district", "" ...
    bool operator==(const PlaceQuery&) const = default;
    bool operator<(const PlaceQuery& o) const {
        return std::tie(name, country, region, district) < std::tie(o.name, o.country, o.region, o.district);
    }
};

// Answers, in the order of `queries` (which should be distinct). `known_points` are
// positions the file already has (user coordinates): they count as context too.
std::vector<GeocodeResult> geocode_batch(const Geocoder& geocoder,
                                         const std::vector<PlaceQuery>& queries,
                                         const PlaceContext& known_points,
                                         size_t max_alternatives = 5);

}  // namespace chronomap
