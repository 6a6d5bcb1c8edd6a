// Step 1 of placing a store's events: the distinct place queries to ask the geocoder, which
// event names which, and the context the answers are judged in. The one definition of these
// for every caller (load, review, `chronomap geocode`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/events/event_store.h"
#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocoder.h"

namespace chronomap {

// Which events ask the geocoder.
enum class EventsToPlace {
    unplaced,             // those without a position yet (on load, in the review)
    all_but_coordinates,  // every named event but the user's coordinates: stored "geocoded"
                          // objects are answered afresh (`chronomap geocode` rewrites them)
};

inline constexpr std::uint32_t kNoQuery = 0xFFFFFFFF;

struct PlaceQueries {
    std::vector<PlaceQuery> distinct;       // (name, country, region), in the order events first name them
    std::vector<std::uint32_t> of_event;    // per store row: index in `distinct`, or kNoQuery
    // The context: where the file's own coordinates put its events. When every named event
    // asks (`geocode`), only user coordinates count: a stored "geocoded" object is an earlier
    // answer of the geocoder itself, and using it would make a second run answer differently
    // from the first. When only the unplaced ask (the review), the places found for the
    // others count too, once per distinct place: they are what the batch's own answers would
    // add (geocode_batch), and they order the candidates of the names left.
    PlaceContext context;
    size_t with_coordinates = 0;  // events with user coordinates
    size_t already_placed = 0;    // events with a position that do not ask (coordinates, or
                                  // a stored "geocoded" object when only the unplaced ask)
    size_t without_place = 0;     // events with neither a position nor a place name
};

PlaceQueries collect_place_queries(const EventStore& store, EventsToPlace which);

// The store rows naming each distinct query, in store order.
std::vector<std::vector<size_t>> events_of_queries(const PlaceQueries& queries);

}  // namespace chronomap
