// Which basemap names are drawn and where, as pure geometry (tested without a GPU): the
// names a camera shows at its zoom, then a greedy placement that never covers an obstacle
// (event markers and labels, panels) nor another name. Countries sit centred on their label
// point; a city's name sits beside its dot (right, left, above, below).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/map/label_placement.h"
#include "core/place_names/place_name_file.h"
#include "core/place_names/place_name_index.h"
#include "core/map/web_mercator.h"

namespace chronomap {

// Indexes of the names shown at this camera's zoom whose point is inside the view (plus
// `margin` logical pixels), in the order they should be placed: countries (largest first),
// then cities (capitals, then by population). A country may come with a few of its interior
// points as alternatives (its main point first when well inside the view, then the interior
// points nearest the middle): the layout names it at the first that fits.
std::vector<size_t> visible_place_names(const PlaceNameIndex& index, const MapView& map, double margin = 40);
// The same, indexing `names` first (for a one-off call; a layer keeps its index).
std::vector<size_t> visible_place_names(const std::vector<PlaceName>& names, const MapView& map,
                                        double margin = 40);

struct NameCandidate {
    double x = 0, y = 0;           // label point (country) or dot centre (city), device pixels
    double width = 0, height = 0;  // text extent, device pixels
    double dot_radius = 0;         // 0 for a country
    long alternative_group = -1;   // >= 0: only the first candidate of the group that fits is placed
};

struct PlacedName {
    size_t candidate = 0;
    ScreenBox text;  // top-left origin, device pixels
};

// Candidates in priority order; `bounds` keeps names inside the map; `spacing` (pixels) is
// kept free around each name, so names never crowd each other.
std::vector<PlacedName> place_names(const std::vector<NameCandidate>& candidates,
                                    const std::vector<ScreenBox>& obstacles,
                                    const ScreenBox& bounds, double spacing = 0);

// "Syrie" -> "SYRIE" (Unicode-aware: "Égypte" -> "ÉGYPTE").
std::string uppercase_utf8(const std::string& text);

}  // namespace chronomap
