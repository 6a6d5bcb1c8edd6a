#include "core/gazetteer/review_candidates.h"

#include <algorithm>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {

using geocode_scoring::context_distance_km;
using geocode_scoring::kContextFarKm;

bool dwarfed_for_review(std::uint32_t population, std::uint32_t largest) {
    return population > 0 && static_cast<double>(population) * 100 < largest;
}

ReviewOrder plausible_review_order(const std::vector<ReviewFacts>& ranked, const PlaceContext* context) {
    ReviewOrder out;
    // Each candidate's distance to the file's places, measured once (a file may hold thousands).
    std::vector<bool> near_file(ranked.size());
    for (size_t i = 0; i < ranked.size(); ++i) {
        const ReviewFacts& c = ranked[i];
        near_file[i] = context_distance_km(c.lat, c.lon, context) < kContextFarKm;
        if (c.bears_the_name) out.largest = std::max(out.largest, c.population);
    }
    bool some_near = std::find(near_file.begin(), near_file.end(), true) != near_file.end();
    std::vector<size_t> far;
    for (size_t i = 0; i < ranked.size(); ++i) {
        bool far_look_alike = some_near && !ranked[i].bears_the_name;
        if (near_file[i]) out.positions.push_back(i);
        else if (!dwarfed_for_review(ranked[i].population, out.largest) && !far_look_alike) far.push_back(i);
    }
    out.positions.insert(out.positions.end(), far.begin(), far.end());
    return out;
}

}  // namespace chronomap
