#include "core/placement/placement_report.h"

#include <algorithm>

#include "core/text/counted.h"

namespace chronomap {

std::vector<Diagnostic> PlacementReport::problems(const std::string& file) const {
    std::vector<Diagnostic> out;
    size_t total = placed + unplaced();
    if (to_geocode > 0)
        out.push_back({Severity::warning, file, 0, 0, "",
                       std::to_string(to_geocode) + " of " + counted(total, "event", "events") +
                           (to_geocode == 1
                                ? " has a place name the geocoder could not place with confidence and is not drawn"
                                : " have a place name the geocoder could not place with confidence and are not drawn"),
                       "run `chronomap geocode " + file +
                           " -o OUT.json --review` to see the candidates, then add a country, an alias or "
                           "\"coordinates\": [lon, lat]"});
    // A statement or an audio message has no place by nature: said, but not a problem.
    if (without_place > 0)
        out.push_back({Severity::note, file, 0, 0, "",
                       counted(without_place, "event has", "events have") + " no place and " +
                           (without_place == 1 ? "is" : "are") + " not drawn",
                       ""});
    return out;
}

std::string PlacementReport::warning(const std::string& file) const {
    std::string out;
    for (const Diagnostic& d : problems(file)) out += (out.empty() ? "" : "\n") + d.format();
    return out;
}

const CoordinateCorrection* PlacementReport::correction_of(size_t i) const {
    auto at = std::lower_bound(corrections.begin(), corrections.end(), i,
                               [](const CoordinateCorrection& c, size_t event) { return c.event < event; });
    return at != corrections.end() && at->event == i ? &*at : nullptr;
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
