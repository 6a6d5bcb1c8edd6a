#include "core/gazetteer/district_hints.h"

#include <vector>

#include "core/gazetteer/geocoder.h"
#include "core/gazetteer/region_names.h"

namespace chronomap {

DistrictFound find_district_seat(const Geocoder& geocoder, std::string_view district,
                                 const std::optional<CountryCode>& country) {
    DistrictFound out;
    std::string quoted = "\"" + std::string(district) + "\"";
    // "district d'Al-Mayadin", "Abu Kamal District": the generic words of region names go.
    std::vector<std::string> keys = region_name_keys(district);
    if (keys.empty()) {
        out.problem = "district " + quoted + " ignored: no name in it";
        return out;
    }
    std::string country_code = country ? std::string(to_string_view(*country)) : std::string();
    GeocodeResult town = geocoder.lookup(keys.front(), PlaceHints{country_code, {}, {}});
    if (town.status != GeocodeStatus::resolved || !town.place) {
        out.problem = "district " + quoted + " ignored: no town of that name" +
                      (country ? " in " + country_code : std::string()) + " is known as its seat" +
                      (town.alternatives.empty() ? std::string() : " (it may be " + town.alternatives[0].name + ")") +
                      "; write the district as named after its seat town (Abu Kamal, Al-Mayadin)";
        return out;
    }
    const GeocodeCandidate& seat = *town.place;
    // A district is named after its seat: a village of the name is not one.
    auto index = seat.geonameid ? geocoder.gazetteer().find_geonameid(seat.geonameid) : std::nullopt;
    if (index && geocoder.gazetteer().place(*index).feature > Feature::seat2) {
        out.problem = "district " + quoted + " ignored: " + seat.name + " (" + std::string(to_string_view(seat.country)) +
                      ") is not the seat of a district";
        return out;
    }
    out.seat = DistrictSeat{seat.name, seat.country, seat.lat, seat.lon};
    return out;
}

}  // namespace chronomap
