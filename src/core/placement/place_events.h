// Places the unplaced events of a loaded store with the geocoder (PlaceSource::geocoder),
// as the explorer and renderer do on load. User coordinates and stored "geocoded" objects
// are left alone. Only `resolved` answers place an event: an ambiguous name stays unplaced
// (and is counted) rather than drawn in a place that may be wrong.
//
// The steps, each a seam of its own:
//   1. collect_place_queries (place_queries.h): the distinct names to ask, and the context
//   2. geocode_batch (gazetteer/batch_geocoding.h): one answer per distinct name
//   3. place_answered_events (here): the answers mapped back to the events that name them
//   4. PlacementReport (placement_report.h): what that came to
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"
#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocoder.h"
#include "core/placement/place_queries.h"
#include "core/placement/placement_report.h"

namespace chronomap {

// The store's column for a geocoder answer's precision.
LocationPrecision location_precision_of(PlacePrecision precision);

// An event's place.region is a hint, as its country is.
// The file's own "places" table (docs/event-format.md, "Places") is read from the store's
// source text and used for this file only. `display_name` names the file in problems.
PlacementReport place_events(EventStore& store, const Geocoder& geocoder, const std::string& display_name = "");

// Step 3: places each event that asked `queries` by its query's answer in `results` (when
// resolved), and counts into `report` what was placed, ambiguous or unresolved.
void place_answered_events(EventStore& store, const PlaceQueries& queries, const std::vector<GeocodeResult>& results,
                           PlacementReport& report);

// Opens the geocoder (data in `geodata_dir`), places what it resolves confidently, and
// reports what is placed. The geocoder's problems are added to `geocoder_problems`; without
// usable gazetteer data that is one warning, and it only counts.
struct PlacementOptions {
    bool keep_coordinates = false;  // draw contradicted coordinates as written (still reported)
};

// Also corrects coordinates that contradict their place (coordinate_correction.h) unless
// asked to keep them, with one located warning each in `geocoder_problems`.
PlacementReport place_for_drawing(EventStore& store, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems,
                                  PlacementOptions options = {});
// The same with a geocoder already open (one per export of many windows, not one per window).
// Throws what the geocoder throws.
PlacementReport place_for_drawing(EventStore& store, const Geocoder& geocoder, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems,
                                  PlacementOptions options = {});

}  // namespace chronomap
