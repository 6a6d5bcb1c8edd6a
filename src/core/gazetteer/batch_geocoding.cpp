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
    for (const PlaceQuery& q : queries)
        results.push_back(geocoder.lookup(q.name, PlaceHints{q.country, q.region, q.district}, nullptr, max_alternatives));
    // The context only helps ambiguous names: without one, a file of 10 M placed events
    // is not copied and sorted for nothing.
    if (std::none_of(results.begin(), results.end(),
                     [](const GeocodeResult& r) { return r.status == GeocodeStatus::ambiguous; }))
        return results;
    // Many events share a place: one point per ~1 km cell is context enough. The cell is
    // computed once per point, not at every comparison.
    struct CellPoint {
        long lat_cell, lon_cell;
        PlaceContext::Point point;
    };
    std::vector<CellPoint> cells;
    cells.reserve(known_points.points.size() + results.size());
    auto add = [&](const PlaceContext::Point& p) { cells.push_back({std::lround(p.lat * 100), std::lround(p.lon * 100), p}); };
    for (const PlaceContext::Point& p : known_points.points) add(p);
    for (const GeocodeResult& r : results)
        if (r.place) add({r.place->lat, r.place->lon});
    if (cells.empty()) return results;
    auto key = [](const CellPoint& c) { return std::pair{c.lat_cell, c.lon_cell}; };
    std::sort(cells.begin(), cells.end(), [&](const CellPoint& a, const CellPoint& b) { return key(a) < key(b); });
    cells.erase(std::unique(cells.begin(), cells.end(), [&](const CellPoint& a, const CellPoint& b) { return key(a) == key(b); }),
                cells.end());
    PlaceContext context;
    context.points.reserve(cells.size());
    for (const CellPoint& c : cells) context.points.push_back(c.point);
    for (size_t i = 0; i < queries.size(); ++i)
        if (results[i].status == GeocodeStatus::ambiguous)
            results[i] =
                geocoder.lookup(queries[i].name,
                                PlaceHints{queries[i].country, queries[i].region, queries[i].district}, &context,
                                max_alternatives);
    return results;
}

}  // namespace chronomap
