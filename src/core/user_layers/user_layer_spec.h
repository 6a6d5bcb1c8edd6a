// A user's own map layer (an OpenStreetMap extract, a GeoTIFF, a DEM, a GeoPackage of
// districts) and how to draw it: what `--overlay FILE:key=value,...` says, what a session
// file or a story deck stores under "overlays" (docs/overlays.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/time/time_value.h"

namespace chronomap {

// Every field is optional: unset means the default for the geometry type or the OSM class.
struct UserLayerStyle {
    std::optional<std::uint32_t> color;  // 0xRRGGBB: lines, outlines, points
    std::optional<std::uint32_t> fill;   // 0xRRGGBB: areas
    std::optional<double> width;         // logical pixels
    double opacity = 1;                  // the whole layer, 0 to 1
    std::string where;                   // OGR SQL attribute filter ("highway = 'primary'")
    std::string layer;                   // one layer (table) of the file; empty: all
    std::vector<std::string> classes;    // OSM classes to keep (roads, water ...); empty: all
    std::string label;                   // attribute shown as a label
    double min_zoom = 0, max_zoom = 24;  // drawn only at zooms in [min_zoom, max_zoom]
    std::optional<bool> dem;             // a raster of heights, drawn as shaded relief
    bool operator==(const UserLayerStyle&) const = default;
};

struct UserLayerSpec {
    std::string path;  // as given (relative to the working folder or the story's folder)
    UserLayerStyle style;
    bool visible = true;
    bool operator==(const UserLayerSpec&) const = default;
};

// "roads.gpkg", "roads.gpkg:color=#888,width=1.5", "syria.osm.pbf:classes=roads+water".
// A path that exists as a whole wins over a split at ':' (C:\ or odd names).
Parsed<UserLayerSpec> parse_user_layer_argument(std::string_view text);
// Applies "key=value" to a style; returns an error text naming the key, or "".
std::string apply_style_setting(std::string_view key, std::string_view value, UserLayerStyle& style);

// {"file": "roads.gpkg", "color": "#888888", "width": 1.5, ...}; a plain string is read as
// the command-line form. Throws std::runtime_error naming the field.
UserLayerSpec user_layer_from_json(const nlohmann::json& json);
nlohmann::ordered_json to_json(const UserLayerSpec& spec);

std::string format_rgb(std::uint32_t rgb);  // "#rrggbb"

}  // namespace chronomap
