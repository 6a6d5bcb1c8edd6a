#include "core/event_placement.h"

namespace chronomap {

std::string PlacementReport::warning(const std::string& file) const {
    if (unplaced == 0) return {};
    return file + ": warning: " + std::to_string(unplaced) + " of " + std::to_string(placed + unplaced) +
           " events have no position and are not drawn\n  hint: run `chronomap geocode " + file +
           "` to place them by name, or give them \"coordinates\": [lon, lat]";
}

PlacementReport place_events(EventStore& store) {
    PlacementReport report;
    for (size_t i = 0; i < store.size(); ++i) (store.is_placed(i) ? report.placed : report.unplaced)++;
    return report;
}

}  // namespace chronomap
