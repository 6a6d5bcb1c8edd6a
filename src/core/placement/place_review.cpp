#include "core/placement/place_review.h"

#include <algorithm>

#include "core/placement/place_queries.h"

namespace chronomap {

std::vector<ReviewItem> places_to_review(const EventStore& store, const Geocoder& geocoder) {
    PlaceQueries queries = collect_place_queries(store, EventsToPlace::unplaced);
    std::vector<GeocodeResult> results = geocode_batch(geocoder, queries.distinct, queries.context, 8);
    std::vector<std::vector<size_t>> events = events_of_queries(queries);
    std::vector<ReviewItem> items(queries.distinct.size());
    for (size_t k = 0; k < items.size(); ++k)
        items[k] = {std::move(queries.distinct[k]), std::move(results[k]), std::move(events[k]), 0, {}};
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem& a, const ReviewItem& b) { return a.events.size() > b.events.size(); });
    return items;
}

std::vector<ReviewItem> places_to_review(const std::vector<UnplacedName>& names, const Geocoder& geocoder) {
    std::vector<PlaceQuery> queries;
    for (const UnplacedName& n : names) queries.push_back(n.query);
    std::vector<GeocodeResult> results = geocode_batch(geocoder, queries, PlaceContext{}, 8);
    std::vector<ReviewItem> items(names.size());
    for (size_t k = 0; k < items.size(); ++k) {
        items[k].query = names[k].query;
        items[k].result = std::move(results[k]);
        items[k].table_events = names[k].events;
        items[k].titles = names[k].titles;
    }
    return items;  // the server sorted them, most events first
}

}  // namespace chronomap
