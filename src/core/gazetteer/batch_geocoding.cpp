#include "core/gazetteer/batch_geocoding.h"

#include <algorithm>
#include <cmath>

namespace chronomap {

std::vector<GeocodeResult> geocode_batch(const Geocoder& geocoder,
                                         const std::vector<PlaceQuery>& queries,
                                         const PlaceContext& known_points,
                                         size_t max_alternatives) {
    std::vector<GeocodeResult> results;
    results.reserve(queries.size());
    PlaceContext context = known_points;
    for (const PlaceQuery& q : queries) {
        results.push_back(geocoder.lookup(q.name, PlaceHints{q.country, q.region, {}}, nullptr, max_alternatives));
        if (results.back().place)
            context.points.push_back({results.back().place->lat, results.back().place->lon});
    }
    if (context.points.empty()) return results;
    // Many events share a place: one point per ~1 km cell is context enough.
    auto cell = [](const PlaceContext::Point& p) {
        return std::pair{std::lround(p.lat * 100), std::lround(p.lon * 100)};
    };
    std::sort(context.points.begin(), context.points.end(),
              [&](const auto& a, const auto& b) { return cell(a) < cell(b); });
    context.points.erase(
        std::unique(context.points.begin(), context.points.end(),
                    [&](const auto& a, const auto& b) { return cell(a) == cell(b); }),
        context.points.end());
    for (size_t i = 0; i < queries.size(); ++i)
        if (results[i].status == GeocodeStatus::ambiguous)
            results[i] =
                geocoder.lookup(queries[i].name,
                                PlaceHints{queries[i].country, queries[i].region, {}}, &context,
                                max_alternatives);
    return results;
}

}  // namespace chronomap
