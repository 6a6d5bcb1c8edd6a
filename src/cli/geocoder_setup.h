// What `lookup` and `geocode` share: opening the geocoder with its data and the user's
// aliases, and turning answers into JSON and text.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "core/events/event_store.h"
#include "core/gazetteer/geocoder.h"
#include "core/text/diagnostic.h"

namespace chronomap::cli {

// Opens the gazetteer in `geodata_dir` (or the default place) and adds the aliases of
// `aliases_file` (may be empty). Prints problems to stderr; nullopt when it cannot be used.
std::optional<Geocoder> open_geocoder(const std::string& geodata_dir,
                                      const std::string& aliases_file);

// {geonameid, name, country, lat, lon, score}
nlohmann::ordered_json candidate_json(const GeocodeCandidate& candidate);

// The `lookup --json` object: query, status, geonameid, name, country, lat, lon,
// confidence, method, alternatives, note.
nlohmann::ordered_json result_json(std::string_view query, const GeocodeResult& result);

// Events whose "coordinates" lie far from the place they name (swapped latitude and
// longitude, most often): one warning each, located, saying where `render` and `view` draw
// them instead. The geocoder is opened from the default geodata folder; without it nothing
// is checked.
std::vector<Diagnostic> contradicting_coordinates(const EventStore& store,
                                                  const std::string& file);

// "Deir ez-Zor (SY) in Deir ez-Zor Governorate, \"coordinates\": [40.1408, 35.3359], geonameid 170794"
std::string describe_candidate(const GeocodeCandidate& candidate);

}  // namespace chronomap::cli
