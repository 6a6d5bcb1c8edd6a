// Area events that name their region instead of drawing it: `"geometry": "region"` with a
// place such as "province d'Idleb", "gouvernorat de Deir ez-Zor" or {"name": "...",
// "region": "Raqqa"} (docs/event-format.md, "Areas and lines"). The region is found by the
// gazetteer's first-level region names (with the event's country as a hint) and drawn with
// its shipped outline (core/geometry/region_shapes.h), always approximate: a governorate's
// border is not the zone's.
//
// Only first-level regions have outlines. A name that is not one ("la Ghouta orientale" is a
// part of Rif Dimashq, not a governorate) gets a located warning and no outline: drawing the
// whole governorate instead would show a zone several times too large. The event is then
// placed like any other (its coordinates, or its place name when that is a point).
#pragma once

#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"
#include "core/gazetteer/geocoder.h"
#include "core/geometry/region_shapes.h"

namespace chronomap {

// Returns how many events got their region's outline. Problems name the event's file:line.
size_t place_region_areas(EventStore& store, const Geocoder& geocoder, const RegionShapes& shapes,
                          const std::string& display_name, std::vector<Diagnostic>& problems);

}  // namespace chronomap
