// District (second-level) hints: "Al-Mayadin, Deir ez-Zor district", "Abu Kamal district".
//
// GeoNames cities500 gives an admin2 code to few places of the countries the press follows
// here (15 of Syria's 290 places, none of Libya's 55) and ships no admin2 names, so a district
// cannot be matched by its code. But the districts of Syria, Iraq and Yemen (and most
// districts elsewhere) are named after their seat: the hint names a seat (a capital or the
// seat of a first- or second-level division), and places within kDistrictKm of it are taken
// as in the district. Used like a region hint: it rules out namesakes farther away and
// corroborates a look-alike spelling near the seat (docs/geocoding.md, rule 12).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/gazetteer/gazetteer.h"
#include "core/i18n/geocode_notes.h"

namespace chronomap {

class Geocoder;

// Syria's districts reach about 50 km from their seat (Abu Kamal's to the Iraqi border and up
// the Euphrates to Hajin); a little more keeps their edges.
inline constexpr double kDistrictKm = 60;

struct DistrictSeat {
    std::string name;  // the seat's GeoNames name: "Ālbū Kamāl"
    CountryCode country{};
    double lat = 0, lon = 0;
};

struct DistrictFound {
    std::optional<DistrictSeat> seat;
    NoteText problem;  // why not, when no seat: said in the lookup's note
};

// The seat a district hint names ("Abu Kamal", "district d'Al-Mayadin"), found as the
// geocoder finds a town (aliases and exonyms too), within `country` when given.
DistrictFound find_district_seat(const Geocoder& geocoder, std::string_view district,
                                 const std::optional<CountryCode>& country);

}  // namespace chronomap
