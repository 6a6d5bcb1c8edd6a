#include "core/gazetteer/batch_geocoding.h"

#include <algorithm>
#include <cmath>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {

using namespace geocode_scoring;

namespace {

// Placed without a country or region while a place of the name lies far away: the evidence
// that decided did not include the file's other places. (An alias is the user's or the
// curators' word: it stands.)
bool placed_over_a_far_namesake(const GeocodeResult& r, const PlaceQuery& q) {
    if (r.status != GeocodeStatus::resolved || !r.place || !q.country.empty() || !q.region.empty() ||
        r.place->method == MatchMethod::alias)
        return false;
    return std::any_of(r.alternatives.begin(), r.alternatives.end(), [&](const GeocodeCandidate& c) {
        return distance_km(r.place->lat, r.place->lon, c.lat, c.lon) > kSamePlaceKm;
    });
}

}  // namespace

std::vector<GeocodeResult> geocode_batch(const Geocoder& geocoder,
                                         const std::vector<PlaceQuery>& queries,
                                         const PlaceContext& known_points,
                                         size_t max_alternatives) {
    std::vector<GeocodeResult> results;
    results.reserve(queries.size());
    for (const PlaceQuery& q : queries)
        results.push_back(geocoder.lookup(q.name, PlaceHints{q.country, q.region, q.district}, nullptr, max_alternatives));
    // Names placed without a hint while a namesake lies elsewhere: the file's places may say
    // the other one is meant ("Hays" in a file about Yemen is Ḩays, not Hays, Kansas).
    std::vector<bool> doubtful(queries.size(), false);
    for (size_t i = 0; i < queries.size(); ++i)
        doubtful[i] = placed_over_a_far_namesake(results[i], queries[i]);
    // The context only helps ambiguous names and those: without them, a file of 10 M placed
    // events is not copied and sorted for nothing.
    if (std::none_of(results.begin(), results.end(),
                     [](const GeocodeResult& r) { return r.status == GeocodeStatus::ambiguous; }) &&
        std::none_of(doubtful.begin(), doubtful.end(), [](bool d) { return d; }))
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
    auto context_of = [&](bool with_doubtful) {
        cells.clear();
        for (const PlaceContext::Point& p : known_points.points) add(p);
        for (size_t i = 0; i < results.size(); ++i)
            if (results[i].place && (with_doubtful || !doubtful[i])) add({results[i].place->lat, results[i].place->lon});
        auto key = [](const CellPoint& c) { return std::pair{c.lat_cell, c.lon_cell}; };
        std::sort(cells.begin(), cells.end(), [&](const CellPoint& a, const CellPoint& b) { return key(a) < key(b); });
        cells.erase(std::unique(cells.begin(), cells.end(), [&](const CellPoint& a, const CellPoint& b) { return key(a) == key(b); }),
                    cells.end());
        PlaceContext context;
        context.points.reserve(cells.size());
        for (const CellPoint& c : cells) context.points.push_back(c.point);
        return context;
    };
    auto again = [&](size_t i, const PlaceContext& context) {
        return geocoder.lookup(queries[i].name, PlaceHints{queries[i].country, queries[i].region, queries[i].district},
                               &context, max_alternatives);
    };
    // A doubtful place is weighed against the others' places, not its own: asked again when it
    // lies far from them, or when a namesake it was placed over lies near them and it ten
    // times farther ("Ariha" in a file about Idlib went to Jericho, PS, 451 km away, over
    // Ariha, SY, among the file's places).
    if (std::any_of(doubtful.begin(), doubtful.end(), [](bool d) { return d; })) {
        PlaceContext others = context_of(false);
        auto far_from_others = [&](const GeocodeResult& r) {
            double km = context_distance_km(r.place->lat, r.place->lon, &others);
            if (km >= kContextFarKm) return true;
            return km >= kContextNearKm &&
                   std::any_of(r.alternatives.begin(), r.alternatives.end(), [&](const GeocodeCandidate& c) {
                       double theirs = context_distance_km(c.lat, c.lon, &others);
                       return theirs < kContextNearKm && theirs * kContextFarther <= km;
                   });
        };
        for (size_t i = 0; i < queries.size(); ++i)
            if (doubtful[i] && !others.points.empty() && far_from_others(results[i])) results[i] = again(i, others);
    }
    PlaceContext context = context_of(true);
    if (context.points.empty()) return results;
    for (size_t i = 0; i < queries.size(); ++i)
        if (results[i].status == GeocodeStatus::ambiguous) results[i] = again(i, context);
    return results;
}

}  // namespace chronomap
