#include "core/gazetteer/geocode_scoring.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <string_view>

namespace chronomap::geocode_scoring {

double key_weight(bool skeleton, bool alternate) {
    if (skeleton) return alternate ? kFoldedAlternateWeight : kFoldedMainWeight;
    return alternate ? kAlternateWeight : kExactWeight;
}

double posting_score(double weight, std::uint32_t population, Feature feature, const CountryCode& country) {
    return weight + importance(population, press_rank(feature, country));
}

double feature_bonus(Feature feature) {
    switch (feature) {
        case Feature::capital:
            return 2.0;
        case Feature::seat1:
            return 1.5;
        case Feature::seat2:
            return 1.0;
        case Feature::seat3:
            return 0.5;
        case Feature::seat4:
            return 0.3;
        case Feature::populated:
            return 0.0;
        case Feature::section:
            return -0.7;
        case Feature::historical:
            return -1.5;
    }
    return 0;
}

Feature press_rank(Feature feature, const CountryCode& country) {
    if (feature != Feature::capital) return feature;
    // ISO 3166-1 codes of territories that are not sovereign states (GeoNames gives each a
    // PPLC): French, US, British, Dutch, Danish, Chinese, Norwegian, Finnish, Australian and
    // New Zealand dependencies.
    static constexpr std::string_view kDependencies =
        "RE GP MQ GF YT PM NC PF WF BL MF PR VI GU AS MP UM GI BM KY VG TC MS AI FK SH IO PN GS "
        "AW CW SX BQ GL FO HK MO IM JE GG AX SJ BV CX CC NF HM TK NU CK ";
    std::string code(to_string_view(country));
    for (size_t at = 0; at + 2 < kDependencies.size(); at += 3)
        if (kDependencies.substr(at, 2) == code) return Feature::seat1;
    return feature;
}

double importance(std::uint32_t population, Feature feature) {
    return std::log10(std::max<double>(population, 300)) + feature_bonus(feature);
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kRadians = std::numbers::pi / 180, kEarthKm = 6371;
    double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
    double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) *
                   std::sin(dlon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

double context_distance_km(double lat, double lon, const PlaceContext* context) {
    if (!context || context->points.empty()) return INFINITY;
    // Equirectangular distance: within 1 % at these few hundred km, and no trigonometry per
    // point (a file may hold thousands of places).
    constexpr double kKmPerDegree = 111.195;
    double x_scale = std::cos(lat * std::numbers::pi / 180);
    double nearest_squared = INFINITY;
    for (const auto& p : context->points) {
        double dx = (p.lon - lon) * x_scale, dy = p.lat - lat;
        nearest_squared = std::min(nearest_squared, dx * dx + dy * dy);
    }
    return std::sqrt(nearest_squared) * kKmPerDegree;
}

double proximity_bonus(double lat, double lon, const PlaceContext* context) {
    double nearest = context_distance_km(lat, lon, context);
    if (nearest < 50) return 2.5;
    if (nearest < 150) return 2.0;
    if (nearest < 400) return 1.0;
    return 0;
}

double method_confidence(MatchMethod method) {
    switch (method) {
        case MatchMethod::alias:
            return 0.98;
        case MatchMethod::exact:
            return 0.97;
        case MatchMethod::alternate:
            return 0.93;
        case MatchMethod::folded:
            return 0.85;
        case MatchMethod::fuzzy:
            return 0.6;
    }
    return 0;
}

}  // namespace chronomap::geocode_scoring
