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
        items[k] = {std::move(queries.distinct[k]), std::move(results[k]), std::move(events[k])};
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem& a, const ReviewItem& b) { return a.events.size() > b.events.size(); });
    return items;
}

}  // namespace chronomap
