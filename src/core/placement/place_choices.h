// A user's review choices written into an event file's own "places" table (docs/event-
// format.md, "Places"). Only the "places" member changes: every other byte of the file stays
// as the user wrote it (layout, key order, unknown fields), as `chronomap geocode` does.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/map/web_mercator.h"

namespace chronomap {

// A user's decision for one name: a GeoNames place, or a position of their own.
struct PlaceChoice {
    std::string name;
    std::optional<std::uint32_t> geonameid;
    std::optional<LonLat> coordinates;  // when the user clicked the map (or no geonameid)
    std::string country;                // ISO code of the choice, when known
};

// One entry of a "places" table for the choice, as one line of JSON:
// {"coordinates": [38.99, 35.95], "country": "SY", "note": "chosen in the explorer's review"}.
std::string place_choice_entry(const PlaceChoice& choice);

// The document with each choice added to its top-level "places" table (created if
// missing; an existing entry of the same name is replaced). Everything else is kept.
// Throws std::invalid_argument when the text is not one JSON object.
std::string add_place_choices(std::string_view original_text, const std::vector<PlaceChoice>& choices);
// The same, written atomically to `target`. Throws WriteError.
void write_place_choices(const std::filesystem::path& target, std::string_view original_text,
                         const std::vector<PlaceChoice>& choices);

}  // namespace chronomap
