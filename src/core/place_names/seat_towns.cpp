#include "core/place_names/seat_towns.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronomap {
namespace {

// Equirectangular: exact enough at 10 km.
double short_distance_km(const PlaceName& a, const PlaceName& b) {
    constexpr double kKmPerDegree = 111.195;
    double mean_lat = (a.lat + b.lat) / 2 * M_PI / 180;
    double dx = (a.lon - b.lon) * std::cos(mean_lat), dy = a.lat - b.lat;
    return std::hypot(dx, dy) * kKmPerDegree;
}

}  // namespace

void rank_seats_with_their_towns(std::span<PlaceName> names, const std::vector<TownFacts>& facts) {
    // Plain towns by latitude, so that each seat looks at a narrow band only.
    std::vector<size_t> towns;
    for (size_t i = 0; i < names.size(); ++i)
        if (facts[i].plain) towns.push_back(i);
    std::sort(towns.begin(), towns.end(), [&](size_t a, size_t b) { return names[a].lat < names[b].lat; });
    const double band = kSeatTownReachKm / 111.0;
    for (size_t s = 0; s < names.size(); ++s) {
        if (!facts[s].seat) continue;
        PlaceName& seat = names[s];
        const double ceiling = static_cast<double>(seat.population) * kSeatTownRatio;
        auto first = std::lower_bound(towns.begin(), towns.end(), seat.lat - band,
                                      [&](size_t i, double lat) { return names[i].lat < lat; });
        const PlaceName* outranked = nullptr;
        for (auto it = first; it != towns.end() && names[*it].lat <= seat.lat + band; ++it) {
            const PlaceName& town = names[*it];
            if (facts[*it].country != facts[s].country) continue;
            if (town.population <= seat.population || static_cast<double>(town.population) > ceiling) continue;
            if (short_distance_km(seat, town) > kSeatTownReachKm) continue;
            if (!outranked || town.population > outranked->population) outranked = &town;
        }
        if (!outranked) continue;
        seat.population = outranked->population + 1;
        seat.min_zoom = std::min(seat.min_zoom, outranked->min_zoom);
    }
}

}  // namespace chronomap
