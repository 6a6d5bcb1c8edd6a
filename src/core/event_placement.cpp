#include "core/event_placement.h"

#include "core/counted.h"
#include "core/place_events.h"

namespace chronomap {

std::string PlacementReport::warning(const std::string& file) const {
    std::string out;
    size_t total = placed + unplaced();
    if (to_geocode > 0)
        out += file + ": warning: " + std::to_string(to_geocode) + " of " + counted(total, "event", "events") +
               (to_geocode == 1 ? " has a place name the geocoder could not place with confidence and is not drawn"
                                : " have a place name the geocoder could not place with confidence and are not drawn") +
               "\n  hint: run `chronomap geocode " + file +
               " -o OUT.json --review` to see the candidates, then add a country, an alias or \"coordinates\": [lon, lat]";
    // A statement or an audio message has no place by nature: said, but not a problem.
    if (without_place > 0)
        out += (out.empty() ? "" : "\n") + file + ": note: " + counted(without_place, "event has", "events have") +
               " no place and " + (without_place == 1 ? "is" : "are") + " not drawn";
    return out;
}

PlacementReport place_for_drawing(EventStore& store, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::string& geocoder_warning) {
    try {
        Geocoder geocoder = Geocoder::open(geodata_dir);
        PlacementSummary summary = place_events(store, geocoder, display_name);
        for (const Diagnostic& problem : summary.problems) geocoder_warning += problem.format() + "\n";
    } catch (const std::exception& e) {
        geocoder_warning += std::string("warning: events are not geocoded: ") + e.what() + "\n";
    }
    return count_placement(store);
}

PlacementReport count_placement(const EventStore& store) {
    PlacementReport report;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.is_placed(i)) report.placed++;
        else if (store.place_name(i).empty()) report.without_place++;
        else report.to_geocode++;
    }
    return report;
}

}  // namespace chronomap
