// The optional "places" table of an event file: the user's own places and names.
//
//   "places": {
//     "Camp Bucca":    { "coordinates": [47.75, 30.21], "country": "IQ" },
//     "Deir ez-Zhor":  { "geonameid": 170794 },
//     "Eastern Ghouta": { "area": true, "note": "a region, not a point" }
//   }
//
// Each entry becomes a user alias (AliasTable), which wins over everything else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/gazetteer/alias_table.h"

namespace chronomap {

// Adds the file's places to `table` from the "places" value as the reader kept it
// (EventStore::places_json()); a bad entry is reported (with its JSON pointer) and skipped.
// Empty text (a file without "places") adds nothing.
std::vector<Diagnostic> read_places_table(std::string_view places_json, const std::string& display_name,
                                          AliasTable& table);

}  // namespace chronomap
