#include "core/placement/place_queries.h"

#include <unordered_map>
#include <unordered_set>

namespace chronomap {

PlaceQueries collect_place_queries(const EventStore& store, EventsToPlace which) {
    PlaceQueries out;
    out.of_event.assign(store.size(), kNoQuery);
    // Keyed by the store's string ids: no string is built per event, only per distinct place.
    std::unordered_map<EventStore::PlaceKey, std::uint32_t, EventStore::PlaceKeyHash> query_of;
    std::unordered_set<EventStore::PlaceKey, EventStore::PlaceKeyHash> placed_context;
    for (size_t i = 0; i < store.size(); ++i) {
        bool has_coordinates = store.place_source(i) == PlaceSource::coordinates;
        if (has_coordinates) {
            out.with_coordinates++;
            out.context.points.push_back({store.lat()[i], store.lon()[i]});
        }
        bool asks = which == EventsToPlace::unplaced ? !store.is_placed(i) : !has_coordinates;
        if (!asks) {
            out.already_placed++;
            // A place the geocoder found at load is context too ("Tripoli" in a file whose
            // other events are in Syria): once per distinct place, not per event.
            if (!has_coordinates && placed_context.insert(store.place_key(i)).second)
                out.context.points.push_back({store.lat()[i], store.lon()[i]});
            continue;
        }
        if (store.place_name(i).empty()) {
            out.without_place++;
            continue;
        }
        auto [at, added] = query_of.try_emplace(store.place_key(i), static_cast<std::uint32_t>(out.distinct.size()));
        if (added)
            out.distinct.push_back({std::string(store.place_name(i)), std::string(store.place_country(i)),
                                    std::string(store.place_region(i)), std::string(store.place_district(i))});
        out.of_event[i] = at->second;
    }
    return out;
}

std::vector<std::vector<size_t>> events_of_queries(const PlaceQueries& queries) {
    std::vector<std::vector<size_t>> events(queries.distinct.size());
    for (size_t i = 0; i < queries.of_event.size(); ++i)
        if (queries.of_event[i] != kNoQuery) events[queries.of_event[i]].push_back(i);
    return events;
}

}  // namespace chronomap
