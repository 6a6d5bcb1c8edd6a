#include "core/gazetteer/country_reach.h"

#include <algorithm>
#include <cmath>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {

size_t CountryReach::slot(const CountryCode& country) {
    auto letter = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<size_t>(c - 'A') : size_t{26}; };
    return letter(country[0]) * 27 + letter(country[1]);  // an odd code ("X1") shares slot 26
}

CountryReach::CountryReach(const Gazetteer& gazetteer) {
    constexpr size_t kSlots = 27 * 27;
    std::vector<std::uint32_t> count(kSlots, 0);
    std::vector<std::uint16_t> slot_of(gazetteer.size());
    for (std::uint32_t i = 0; i < gazetteer.size(); ++i) {
        slot_of[i] = static_cast<std::uint16_t>(slot(gazetteer.place(i).country));
        ++count[slot_of[i]];
    }
    first_.assign(kSlots + 1, 0);
    for (size_t s = 0; s < kSlots; ++s) first_[s + 1] = first_[s] + count[s];
    points_.resize(gazetteer.size());
    std::vector<std::uint32_t> next(first_.begin(), first_.end() - 1);
    for (std::uint32_t i = 0; i < gazetteer.size(); ++i) {
        PlaceView p = gazetteer.place(i);
        points_[next[slot_of[i]]++] = {static_cast<float>(p.lat), static_cast<float>(p.lon)};
    }
    for (size_t s = 0; s < kSlots; ++s)
        std::sort(points_.begin() + first_[s], points_.begin() + first_[s + 1],
                  [](const Point& a, const Point& b) { return a.lat < b.lat; });
}

double CountryReach::km_to(const CountryCode& country, double lat, double lon, double within_km) const {
    size_t s = slot(country);
    auto begin = points_.begin() + first_[s], end = points_.begin() + first_[s + 1];
    // A degree of latitude is 111 km everywhere: only that band can hold a place within reach.
    double band = within_km / 111.0 + 0.01;
    auto from = std::lower_bound(begin, end, lat - band, [](const Point& p, double v) { return p.lat < v; });
    double best = INFINITY;
    for (auto it = from; it != end && it->lat <= lat + band; ++it)
        best = std::min(best, geocode_scoring::distance_km(lat, lon, it->lat, it->lon));
    return best <= within_km ? best : INFINITY;
}

}  // namespace chronomap
