#include "core/gazetteer/district_hints.h"

#include <vector>

#include "core/gazetteer/geocoder.h"
#include "core/gazetteer/region_names.h"

namespace chronomap {

DistrictFound find_district_seat(const Geocoder& geocoder, std::string_view district,
                                 const std::optional<CountryCode>& country) {
    DistrictFound out;
    std::string quoted(district);
    // "district d'Al-Mayadin", "Abu Kamal District": the generic words of region names go.
    std::vector<std::string> keys = region_name_keys(district);
    if (keys.empty()) {
        out.problem = NoteText(GeocodeNote::district_no_name, {quoted});
        return out;
    }
    std::string country_code = country ? std::string(to_string_view(*country)) : std::string();
    GeocodeResult town = geocoder.lookup(keys.front(), PlaceHints{country_code, {}, {}});
    if (town.status != GeocodeStatus::resolved || !town.place) {
        NoteText in_country = country ? NoteText(GeocodeNote::in_country, {in_named_country(country_code)}) : NoteText(GeocodeNote::nothing);
        NoteText may_be = town.alternatives.empty() ? NoteText(GeocodeNote::nothing)
                                                    : NoteText(GeocodeNote::it_may_be, {town.alternatives[0].name});
        out.problem = NoteText(GeocodeNote::district_no_seat, {quoted, in_country, may_be});
        return out;
    }
    const GeocodeCandidate& seat = *town.place;
    // A district is named after its seat: a village of the name is not one.
    auto index = seat.geonameid ? geocoder.gazetteer().find_geonameid(seat.geonameid) : std::nullopt;
    if (index && geocoder.gazetteer().place(*index).feature > Feature::seat2) {
        out.problem = NoteText(GeocodeNote::district_not_seat,
                               {quoted, seat.name + " (" + std::string(to_string_view(seat.country)) + ")"});
        return out;
    }
    out.seat = DistrictSeat{seat.name, seat.country, seat.lat, seat.lon};
    return out;
}

}  // namespace chronomap
