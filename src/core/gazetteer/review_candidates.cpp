#include "core/gazetteer/review_candidates.h"

#include <algorithm>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {

using geocode_scoring::context_distance_km;
using geocode_scoring::kContextFarKm;

namespace {
bool bears_the_name(const GeocodeCandidate& c) {
    return c.method == MatchMethod::exact || c.method == MatchMethod::alternate || c.method == MatchMethod::alias;
}
}  // namespace

void keep_plausible_review_candidates(std::vector<GeocodeCandidate>& candidates, const PlaceContext* context) {
    auto near_file = [&](const GeocodeCandidate& c) {
        return context_distance_km(c.lat, c.lon, context) < kContextFarKm;
    };
    std::uint32_t largest = 0;
    for (const GeocodeCandidate& c : candidates)
        if (bears_the_name(c)) largest = std::max(largest, c.population);
    bool some_near = std::any_of(candidates.begin(), candidates.end(), near_file);
    std::erase_if(candidates, [&](const GeocodeCandidate& c) {
        if (near_file(c)) return false;
        bool dwarfed = c.population > 0 && static_cast<double>(c.population) * 100 < largest;
        bool far_look_alike = some_near && !bears_the_name(c);
        return dwarfed || far_look_alike;
    });
    if (some_near) std::stable_partition(candidates.begin(), candidates.end(), near_file);
}

}  // namespace chronomap
