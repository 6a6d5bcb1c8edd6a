#include "core/place_events.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/places_table.h"

namespace chronomap {

LocationPrecision location_precision_of(PlacePrecision precision) {
    switch (precision) {
        case PlacePrecision::town: return LocationPrecision::town;
        case PlacePrecision::district: return LocationPrecision::district;
        case PlacePrecision::region: return LocationPrecision::region;
        case PlacePrecision::country: return LocationPrecision::country;
        case PlacePrecision::near: return LocationPrecision::near;
    }
    return LocationPrecision::unknown;
}

PlacementSummary place_events(EventStore& store, const Geocoder& shared_geocoder,
                              const std::string& display_name) {
    PlacementSummary summary;
    // The file's own places apply to this file only: a copy of the geocoder holds them.
    AliasTable file_places;
    summary.problems = read_places_table(store.places_json(), display_name, file_places);
    std::optional<Geocoder> with_file_places;
    if (!file_places.empty()) {
        with_file_places.emplace(shared_geocoder);
        with_file_places->add_aliases(file_places);
    }
    const Geocoder& geocoder = with_file_places ? *with_file_places : shared_geocoder;
    std::unordered_map<EventStore::PlaceKey, size_t, EventStore::PlaceKeyHash> query_of;
    std::vector<PlaceQuery> queries;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.is_placed(i)) {
            summary.already_placed++;
        } else if (store.place_name(i).empty()) {
            summary.without_place++;
        } else if (auto [at, added] = query_of.try_emplace(store.place_key(i), queries.size()); added) {
            queries.push_back({std::string(store.place_name(i)), std::string(store.place_country(i)),
                               std::string(store.place_region(i))});
        }
    }
    summary.distinct_names = queries.size();
    if (queries.empty()) return summary;  // everything placed already, or nothing to look up
    // The events placed already tell in which part of the world the file is.
    PlaceContext known;
    for (size_t i = 0; i < store.size(); ++i)
        if (store.is_placed(i)) known.points.push_back({store.lat()[i], store.lon()[i]});
    std::vector<GeocodeResult> results = geocode_batch(geocoder, queries, known, 0);

    for (size_t i = 0; i < store.size(); ++i) {
        if (store.is_placed(i) || store.place_name(i).empty()) continue;
        const GeocodeResult& r = results[query_of.at(store.place_key(i))];
        if (r.place) {
            store.set_position(i, r.place->lon, r.place->lat, PlaceSource::geocoder,
                               location_precision_of(r.place->precision));
            summary.placed++;
        } else if (r.status == GeocodeStatus::ambiguous) {
            summary.ambiguous++;
        } else {
            summary.unresolved++;
        }
    }
    // Which GeoNames place each name stands for: labels and details name it in the map's
    // language (core/place_names/exonyms.h).
    for (const auto& [key, query] : query_of)
        if (const auto& place = results[query].place; place && place->geonameid)
            store.set_known_place(key, {place->geonameid, place->name,
                                        std::string(place->country.data(), 2)});
    return summary;
}

}  // namespace chronomap
