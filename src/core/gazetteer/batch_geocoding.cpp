#include "core/gazetteer/batch_geocoding.h"

namespace chronomap {

std::vector<GeocodeResult> geocode_batch(const Geocoder& geocoder, const std::vector<PlaceQuery>& queries,
                                         const PlaceContext& known_points, size_t max_alternatives) {
    std::vector<GeocodeResult> results;
    results.reserve(queries.size());
    PlaceContext context = known_points;
    for (const PlaceQuery& q : queries) {
        results.push_back(geocoder.lookup(q.name, q.country, nullptr, max_alternatives));
        if (results.back().place) context.points.push_back({results.back().place->lat, results.back().place->lon});
    }
    if (context.points.empty()) return results;
    for (size_t i = 0; i < queries.size(); ++i)
        if (results[i].status == GeocodeStatus::ambiguous)
            results[i] = geocoder.lookup(queries[i].name, queries[i].country, &context, max_alternatives);
    return results;
}

}  // namespace chronomap
