// Reviewing places the geocoder could not settle: the explorer lists the ambiguous and
// unresolved names of a file with their candidates; the user picks a candidate or clicks the
// map; the choices are written into the file's own "places" table (place_choices.h), so
// `chronomap geocode` and every later load place those events the same way.
#pragma once

#include <vector>

#include "core/events/event_store.h"
#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocoder.h"
#include "core/placement/place_choices.h"
#include "core/sources/shared_workspace.h"

namespace chronomap {

struct ReviewItem {
    PlaceQuery query;             // the name (and country) as the events write it
    GeocodeResult result;         // ambiguous or unresolved, with its candidates
    std::vector<size_t> events;   // store indices of the events naming it
    // On a server's table the events stay there: how many name it, and a few titles.
    std::int64_t table_events = 0;
    std::vector<std::string> titles;
    size_t event_count() const { return events.empty() ? static_cast<size_t>(table_events) : events.size(); }
};

// The names of unplaced events (on load: those the geocoder left ambiguous or unresolved)
// with their answers and candidates, most events first. Context: see place_queries.h.
std::vector<ReviewItem> places_to_review(const EventStore& store, const Geocoder& geocoder);
// The same for a server's table: the names its unplaced rows write (SharedWorkspace).
std::vector<ReviewItem> places_to_review(const std::vector<UnplacedName>& names, const Geocoder& geocoder);

}  // namespace chronomap
