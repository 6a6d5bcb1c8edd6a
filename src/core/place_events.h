// Places the unplaced events of a loaded store with the geocoder (PlaceSource::geocoder),
// as the explorer and renderer do on load. User coordinates and stored "geocoded" objects
// are left alone. Only `resolved` answers place an event: an ambiguous name stays unplaced
// (and is counted) rather than drawn in a place that may be wrong.
#pragma once

#include <cstddef>
#include <vector>

#include "core/diagnostic.h"
#include "core/event_store.h"
#include "core/gazetteer/geocoder.h"

namespace chronomap {

struct PlacementSummary {
    size_t placed = 0;                 // events placed now
    size_t already_placed = 0;         // by coordinates or a stored "geocoded" object
    size_t ambiguous = 0;              // events whose place name is ambiguous
    size_t unresolved = 0;             // events whose place name was not found (or is not a point)
    size_t without_place = 0;          // events with no place name at all
    size_t distinct_names = 0;         // distinct (name, country) pairs looked up
    std::vector<Diagnostic> problems;  // bad entries in the file's "places" table
};

// The store's column for a geocoder answer's precision.
LocationPrecision location_precision_of(PlacePrecision precision);

// An event's place.region is a hint, as its country is.
// The file's own "places" table (docs/event-format.md, "Places") is read from the store's
// source text and used for this file only. `display_name` names the file in problems.
PlacementSummary place_events(EventStore& store, const Geocoder& geocoder,
                              const std::string& display_name = "");

}  // namespace chronomap
