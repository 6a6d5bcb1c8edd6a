// Reviewing places the geocoder could not settle: the explorer lists the ambiguous and
// unresolved names of a file with their candidates; the user picks a candidate or clicks the
// map; the choices are written into the file's own "places" table (docs/event-format.md,
// "Places"), so `chronomap geocode` and every later load place those events the same way.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/event_store.h"
#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocoder.h"
#include "core/web_mercator.h"

namespace chronomap {

struct ReviewItem {
    PlaceQuery query;             // the name (and country) as the events write it
    GeocodeResult result;         // ambiguous or unresolved, with its candidates
    std::vector<size_t> events;   // store indices of the events naming it
};

// The names of unplaced events that the geocoder leaves ambiguous or unresolved, most
// events first. User coordinates in the file are used as context.
std::vector<ReviewItem> places_to_review(const EventStore& store, const Geocoder& geocoder);

// A user's decision for one name: a GeoNames place, or a position of their own.
struct PlaceChoice {
    std::string name;
    std::optional<std::uint32_t> geonameid;
    std::optional<LonLat> coordinates;  // when the user clicked the map (or no geonameid)
    std::string country;                // ISO code of the choice, when known
};

// The document with each choice added to its top-level "places" table (created if
// missing; an existing entry of the same name is replaced). Everything else is kept.
std::string add_place_choices(std::string_view original_text, const std::vector<PlaceChoice>& choices);
// The same, written atomically to `target`. Throws WriteError.
void write_place_choices(const std::filesystem::path& target, std::string_view original_text,
                         const std::vector<PlaceChoice>& choices);

}  // namespace chronomap
