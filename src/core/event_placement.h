// The one step that gives events a position before they are drawn.
//
// Events with "coordinates" (or a stored geocoding result) are placed when read. The others
// need the geocoder, which lands in its own issue: wire it here as
// `place_events(EventStore&, const Geocoder&)` and every command that draws gets it.
#pragma once

#include <cstddef>
#include <string>

#include "core/event_store.h"

namespace chronomap {

struct PlacementReport {
    size_t placed = 0;
    size_t to_geocode = 0;     // a place name but no position yet: not drawn
    size_t without_place = 0;  // neither a place nor coordinates: not drawn

    size_t unplaced() const { return to_geocode + without_place; }
    // Empty when every event is placed; otherwise a warning a user can act on.
    std::string warning(const std::string& file) const;
};

// Today: counts what is placed. With the geocoder: also places what it can.
PlacementReport place_events(EventStore& store);

}  // namespace chronomap
