// Coordinates that contradict the place the event names are not drawn where they point.
//
// "Misrata" with [32.4, 15.1] (latitude first) lands in Sudan: a published map must not show
// it there. The swap undone, or else the named place as the geocoder finds it, is drawn
// instead, and every command says so (exit 1). `--keep-coordinates` draws them as written.
#pragma once

#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"
#include "core/gazetteer/coordinate_check.h"

namespace chronomap {

struct CoordinateCorrection {
    size_t event = 0;                          // index in the store
    double written_lon = 0, written_lat = 0;   // as the file gives them
    double lon = 0, lat = 0;                   // where the event is drawn instead
    bool swap_undone = false;                  // else: at the named place
    std::string place;                         // "Misrata (LY)"
    CoordinateDoubt doubt;
};

// The events whose user coordinates lie far from the place they name (each distinct name
// looked up once with its country and region).
std::vector<CoordinateCorrection> find_contradicted_coordinates(const EventStore& store,
                                                                const Geocoder& geocoder);

// Moves each event to its corrected position (PlaceSource::corrected).
void apply_corrections(EventStore& store, const std::vector<CoordinateCorrection>& corrections);

// One located warning per correction: "file:12:5: warning: ... drawn at Misrata (LY) ...".
// A converted table (CSV, ACLED) is located by its own line ("source_row"). `applied` says
// whether the position was changed or kept as written (--keep-coordinates).
std::vector<Diagnostic> correction_diagnostics(const EventStore& store,
                                               const std::vector<CoordinateCorrection>& corrections,
                                               const std::string& file, bool applied);

// "[15.1, 32.4] lay 2140 km from Misrata (LY): latitude and longitude swapped, drawn at [32.4, 15.1]"
std::string correction_text(const CoordinateCorrection& correction);

}  // namespace chronomap
