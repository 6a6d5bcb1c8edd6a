#include "core/event_placement.h"

namespace chronomap {

std::string PlacementReport::warning(const std::string& file) const {
    std::string out;
    size_t total = placed + unplaced();
    if (to_geocode > 0)
        out += file + ": warning: " + std::to_string(to_geocode) + " of " + std::to_string(total) +
               " events have a place name but no position yet and are not drawn\n  hint: run `chronomap geocode " +
               file + "` to place them, or give them \"coordinates\": [lon, lat]";
    if (without_place > 0)
        out += (out.empty() ? "" : "\n") + file + ": warning: " + std::to_string(without_place) + " of " +
               std::to_string(total) + " events have neither a place nor coordinates and are not drawn";
    return out;
}

PlacementReport place_events(EventStore& store) {
    PlacementReport report;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.is_placed(i)) report.placed++;
        else if (store.place_name(i).empty()) report.without_place++;
        else report.to_geocode++;
    }
    return report;
}

}  // namespace chronomap
