// The one step that gives events a position before they are drawn.
//
// Events with "coordinates" (or a stored geocoding result) are placed when read; the others
// are placed here by the offline geocoder, so every command that draws places the same way.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/event_store.h"

namespace chronomap {

struct PlacementReport {
    size_t placed = 0;
    size_t to_geocode = 0;     // a place name but no position yet: not drawn
    size_t without_place = 0;  // neither a place nor coordinates: not drawn

    size_t unplaced() const { return to_geocode + without_place; }
    // Places named but not found: a problem (exit 1). Events with no place at all are not.
    bool has_unresolved() const { return to_geocode > 0; }
    // None when every event is placed; otherwise a warning a user can act on (places named
    // but not found) and a note (events with no place at all, which is not a problem).
    std::vector<Diagnostic> problems(const std::string& file) const;
    // The same as terminal text, one formatted diagnostic a line; empty when all is placed.
    std::string warning(const std::string& file) const;
};

// Places what the geocoder resolves confidently (data in `geodata_dir`), then counts what is
// placed. The geocoder's problems are added to `geocoder_problems`; without usable gazetteer
// data that is one warning, and it only counts.
PlacementReport place_for_drawing(EventStore& store, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems);

// Counts what is placed.
PlacementReport count_placement(const EventStore& store);

}  // namespace chronomap
