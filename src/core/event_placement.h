// The one step that gives events a position before they are drawn.
//
// Events with "coordinates" (or a stored geocoding result) are placed when read; the others
// are placed here by the offline geocoder, so every command that draws places the same way.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/coordinate_correction.h"
#include "core/diagnostic.h"
#include "core/event_store.h"

namespace chronomap {

struct PlacementReport {
    size_t placed = 0;
    size_t to_geocode = 0;     // a place name but no position yet: not drawn
    size_t without_place = 0;  // neither a place nor coordinates: not drawn
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

struct PlacementOptions {
    bool keep_coordinates = false;  // draw contradicted coordinates as written (still reported)
};

// Places what the geocoder resolves confidently (data in `geodata_dir`), corrects coordinates
// that contradict their place, then counts what is placed. The geocoder's problems and one
// located warning per doubted coordinates are added to `geocoder_problems`; without usable
// gazetteer data that is one warning, and it only counts.
PlacementReport place_for_drawing(EventStore& store, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems,
                                  PlacementOptions options = {});

// Counts what is placed.
PlacementReport count_placement(const EventStore& store);

}  // namespace chronomap
