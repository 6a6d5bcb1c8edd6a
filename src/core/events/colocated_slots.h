// Events at one spot (the same town geocoded, the same ACLED coordinates) hide each other's
// colours. Each gets a slot on small rings around the spot: the marker shader offsets it
// there, a few pixels whatever the zoom.
#pragma once

#include <cstdint>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/web_mercator.h"

namespace chronomap {

// Up to this many around one spot (three rings of twelve); more share slots.
inline constexpr std::uint32_t kMaxSpotSlots = 36;

struct SpotSlot {
    std::uint8_t slot = 0;     // 0 .. kMaxSpotSlots-1
    std::uint8_t at_spot = 1;  // events at this spot, capped at kMaxSpotSlots
};

// One per store index (unplaced events: {0, 1}). Past `max_events` events nothing is spread
// (the map is a density picture then, and the count would slow the launch): all {0, 1}.
std::vector<SpotSlot> colocated_slots(const EventStore& store, size_t max_events = 1'000'000);

// The offset in logical pixels of a slot (as marker.vert.glsl computes it).
WorldPoint offset_of_slot(SpotSlot slot);

}  // namespace chronomap
