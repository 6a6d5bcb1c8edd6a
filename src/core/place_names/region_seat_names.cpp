#include "core/place_names/region_seat_names.h"

#include <optional>
#include <string>
#include <unordered_map>

#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/name_folding.h"

namespace chronomap {
namespace {
std::string skeleton_of(const std::string& name) {
    std::optional<std::string> basic = fold_basic(name);
    return basic ? fold_skeleton(*basic) : std::string();
}
}  // namespace

void name_regions_like_their_seats(std::vector<RegionName>& regions, const std::vector<PlaceName>& places) {
    std::unordered_multimap<std::string, const PlaceName*> towns;  // by skeleton
    for (const PlaceName& p : places)
        if (!names_a_country(p.kind) && !p.name_fr.empty()) towns.emplace(skeleton_of(p.name), &p);
    for (RegionName& region : regions) {
        std::string key = skeleton_of(region.name_en);
        if (key.empty()) continue;
        const PlaceName* seat = nullptr;
        auto [first, last] = towns.equal_range(key);
        for (auto it = first; it != last; ++it) {
            const PlaceName& town = *it->second;
            if (geocode_scoring::distance_km(region.lat, region.lon, town.lat, town.lon) > kSeatReachKm) continue;
            if (!seat || town.population > seat->population) seat = &town;
        }
        if (seat) region.name_fr = seat->name_fr;
    }
}

}  // namespace chronomap
