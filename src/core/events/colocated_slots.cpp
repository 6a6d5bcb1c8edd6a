#include "core/events/colocated_slots.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace chronomap {

std::vector<SpotSlot> colocated_slots(const EventStore& store, size_t max_events) {
    std::vector<SpotSlot> out(store.size());
    if (store.size() > max_events) return out;
    // Each placed event's spot and index, sorted: a spot's events are then one run, in the
    // store's order. (A hash map of spots cost ~0.1 s at 100 k events, cache misses mostly.)
    struct AtSpot {
        std::uint64_t spot;
        std::uint32_t index;
        bool operator<(const AtSpot& o) const { return spot != o.spot ? spot < o.spot : index < o.index; }
    };
    std::vector<AtSpot> placed;
    placed.reserve(store.size());
    for (size_t i = 0; i < store.size(); ++i) {
        if (!store.is_placed(i)) continue;
        // Positions equal to about a metre are one spot.
        auto lon = static_cast<std::int64_t>(std::llround(store.lon()[i] * 1e5));
        auto lat = static_cast<std::int64_t>(std::llround(store.lat()[i] * 1e5));
        placed.push_back({static_cast<std::uint64_t>(lon) * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(lat),
                          static_cast<std::uint32_t>(i)});
    }
    std::sort(placed.begin(), placed.end());
    for (size_t first = 0, last = 0; first < placed.size(); first = last) {
        while (last < placed.size() && placed[last].spot == placed[first].spot) ++last;
        auto count = static_cast<std::uint32_t>(last - first);
        if (count < 2) continue;
        for (size_t k = first; k < last; ++k) {
            out[placed[k].index].slot = static_cast<std::uint8_t>((k - first) % kMaxSpotSlots);
            out[placed[k].index].at_spot = static_cast<std::uint8_t>(std::min(count, kMaxSpotSlots));
        }
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
