#include "core/events/colocated_slots.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace chronomap {

std::vector<SpotSlot> colocated_slots(const EventStore& store, size_t max_events) {
    std::vector<SpotSlot> out(store.size());
    if (store.size() > max_events) return out;
    struct Spot {
        std::uint32_t count = 0, next = 0;
    };
    auto key = [&](size_t i) {
        // Positions equal to about a metre are one spot.
        auto lon = static_cast<std::int64_t>(std::llround(store.lon()[i] * 1e5));
        auto lat = static_cast<std::int64_t>(std::llround(store.lat()[i] * 1e5));
        return static_cast<std::uint64_t>(lon) * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(lat);
    };
    std::unordered_map<std::uint64_t, Spot> spots;
    for (size_t i = 0; i < store.size(); ++i)
        if (store.is_placed(i)) spots[key(i)].count++;
    for (size_t i = 0; i < store.size(); ++i) {
        if (!store.is_placed(i)) continue;
        Spot& spot = spots[key(i)];
        if (spot.count < 2) continue;
        out[i].slot = static_cast<std::uint8_t>(spot.next++ % kMaxSpotSlots);
        out[i].at_spot = static_cast<std::uint8_t>(std::min(spot.count, kMaxSpotSlots));
    }
    return out;
}

WorldPoint offset_of_slot(SpotSlot s) {
    if (s.at_spot < 2) return {0, 0};
    std::uint32_t ring = s.slot / 12u, on_ring = std::min<std::uint32_t>(s.at_spot - ring * 12u, 12u);
    double angle = 2 * std::numbers::pi * (s.slot % 12u) / on_ring + ring * 0.5 - std::numbers::pi / 2;
    double distance = 5.0 + 5.0 * ring;
    return {std::cos(angle) * distance, std::sin(angle) * distance};
}

}  // namespace chronomap
