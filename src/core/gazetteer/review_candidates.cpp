#include "core/gazetteer/review_candidates.h"

#include <algorithm>
#include <iterator>

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
    // Each candidate's distance to the file's places, measured once (a file may hold thousands).
    std::vector<bool> near_file(candidates.size());
    std::uint32_t largest = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const GeocodeCandidate& c = candidates[i];
        near_file[i] = context_distance_km(c.lat, c.lon, context) < kContextFarKm;
        if (bears_the_name(c)) largest = std::max(largest, c.population);
    }
    bool some_near = std::find(near_file.begin(), near_file.end(), true) != near_file.end();
    std::vector<GeocodeCandidate> near, far;
    for (size_t i = 0; i < candidates.size(); ++i) {
        GeocodeCandidate& c = candidates[i];
        bool dwarfed = c.population > 0 && static_cast<double>(c.population) * 100 < largest;
        bool far_look_alike = some_near && !bears_the_name(c);
        if (near_file[i]) near.push_back(std::move(c));
        else if (!dwarfed && !far_look_alike) far.push_back(std::move(c));
    }
    near.insert(near.end(), std::make_move_iterator(far.begin()), std::make_move_iterator(far.end()));
    candidates = std::move(near);
}

}  // namespace chronomap
