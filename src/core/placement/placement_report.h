// What placing a store's events came to, for every command that draws and for the explorer:
// place_events() (core/placement/place_events.h) fills it, count_placement() counts a store
// placed by other means.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/placement/coordinate_correction.h"
#include "core/text/diagnostic.h"
#include "core/events/event_store.h"

namespace chronomap {

struct PlacementReport {
    // The store after placing.
    size_t placed = 0;         // events with a position, drawn
    size_t to_geocode = 0;     // a place name but no position yet: not drawn
    size_t without_place = 0;  // neither a place nor coordinates: not drawn
    // What the geocoder did now (zero when only counted).
    size_t placed_now = 0;      // events it placed
    size_t already_placed = 0;  // by coordinates or a stored "geocoded" object
    size_t ambiguous = 0;       // events whose place name is ambiguous
    size_t unresolved = 0;      // events whose place name was not found (or is not a point)
    size_t distinct_names = 0;  // distinct (name, country, region) queries looked up
    std::vector<Diagnostic> table_problems;  // bad entries in the file's "places" table
    // Coordinates that contradict the place named: moved, or kept as written when asked.
    std::vector<CoordinateCorrection> corrections;
    bool corrections_applied = true;

    size_t unplaced() const { return to_geocode + without_place; }
    // Places named but not found, or coordinates that contradict their place: a problem
    // (exit 1). Events with no place at all are not.
    bool has_problems() const { return to_geocode > 0 || !corrections.empty(); }
    // The correction of event i, if its coordinates were doubted.
    const CoordinateCorrection* correction_of(size_t i) const;
    // None when every event is placed; otherwise a warning a user can act on (places named
    // but not found) and a note (events with no place at all, which is not a problem).
    std::vector<Diagnostic> problems(const std::string& file) const;
    // The same as terminal text, one formatted diagnostic a line; empty when all is placed.
    std::string warning(const std::string& file) const;
};

// Counts what is placed.
PlacementReport count_placement(const EventStore& store);

}  // namespace chronomap
