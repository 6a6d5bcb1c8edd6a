// GeoNames sometimes files a city's population on one of its quarters, coded as a plain town
// (PPL) a few kilometres from the city: "Kahrīz", 766,706 people, 8 km from Kermanshah
// (621,100); "Pasragad Branch", 787,878, 5 km from Hamadān (528,256). Ranked by population,
// the quarter took the city's label and the map of western Iran named neither city.
// A first-level seat or a capital therefore ranks as the largest plain town of its country
// within kSeatTownReachKm whose population is at most kSeatTownRatio times its own: it is
// placed before it and from the same zoom. The quarter keeps its own rank, and shows where
// there is room. A real neighbour city much larger than the seat (Osasco, Salé's twice) is
// out of reach of the ratio or is not a plain town, and keeps its rank.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/place_names/place_name_file.h"

namespace chronomap {

inline constexpr double kSeatTownReachKm = 10;
inline constexpr double kSeatTownRatio = 2;

// What GeoNames says of a city beside its name, one per PlaceName.
struct TownFacts {
    bool seat = false;    // PPLA or PPLC: a first-level seat or the capital
    bool plain = false;   // PPL: a town with no administrative role
    std::string country;  // ISO 3166-1 alpha-2
};

// Raises each seat's population (the rank a name is placed by) and zoom to those of the town
// it outranks. `facts` is parallel to `names`.
void rank_seats_with_their_towns(std::span<PlaceName> names, const std::vector<TownFacts>& facts);

}  // namespace chronomap
