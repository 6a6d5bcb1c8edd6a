#include "core/gazetteer/country_reach.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/gazetteer/geocode_scoring.h"

namespace chronomap {
namespace {

struct UnitVector {
    float x, y, z;
};

UnitVector on_unit_sphere(double lat, double lon) {
    constexpr double kRadians = std::numbers::pi / 180;
    double cos_lat = std::cos(lat * kRadians);
    return {static_cast<float>(cos_lat * std::cos(lon * kRadians)),
            static_cast<float>(cos_lat * std::sin(lon * kRadians)), static_cast<float>(std::sin(lat * kRadians))};
}

// distance_km's haversine term (sin^2 of half the angle) of a distance in km.
double haversine_of_km(double km) {
    double half_angle = km / (2 * 6371.0);
    return half_angle >= std::numbers::pi / 2 ? 1.0 : std::sin(half_angle) * std::sin(half_angle);
}

// The same term from the unit vectors: a quarter of the squared chord. Stored as floats, the
// vectors err by under 1e-6 in it; a place is skipped only beyond that margin, so the
// nearest place and its distance_km are those a scan of every place finds.
constexpr double kChordMargin = 4e-6;

}  // namespace

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
        auto lat = static_cast<float>(p.lat), lon = static_cast<float>(p.lon);
        UnitVector v = on_unit_sphere(lat, lon);
        points_[next[slot_of[i]]++] = {lat, lon, v.x, v.y, v.z, i};
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
    UnitVector q = on_unit_sphere(lat, lon);
    // Farther than this (the nearest so far, or within_km) a place cannot change the answer.
    double skip_above = std::isfinite(within_km) ? haversine_of_km(within_km) + kChordMargin : INFINITY;
    for (auto it = from; it != end && it->lat <= lat + band; ++it) {
        float dx = it->x - q.x, dy = it->y - q.y, dz = it->z - q.z;
        if ((dx * dx + dy * dy + dz * dz) / 4.0 > skip_above) continue;
        double km = geocode_scoring::distance_km(lat, lon, it->lat, it->lon);
        if (km < best) {
            best = km;
            skip_above = std::min(skip_above, haversine_of_km(best) + kChordMargin);
        }
    }
    return best <= within_km ? best : INFINITY;
}

std::vector<std::uint32_t> CountryReach::places_within(const CountryCode& country, double lat, double lon,
                                                       double within_km) const {
    size_t s = slot(country);
    auto begin = points_.begin() + first_[s], end = points_.begin() + first_[s + 1];
    double band = within_km / 111.0 + 0.01;
    auto from = std::lower_bound(begin, end, lat - band, [](const Point& p, double v) { return p.lat < v; });
    std::vector<std::uint32_t> found;
    for (auto it = from; it != end && it->lat <= lat + band; ++it)
        if (geocode_scoring::distance_km(lat, lon, it->lat, it->lon) <= within_km) found.push_back(it->index);
    return found;
}

}  // namespace chronomap
