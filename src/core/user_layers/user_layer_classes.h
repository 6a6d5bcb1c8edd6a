// Drawing classes of user layers: the OpenStreetMap tags that make a readable street map
// (roads by importance, railways, rivers, water, built-up areas, parks, buildings) and one
// class per geometry type for every other file. Each class has a default look per theme
// that a layer's style (colour, width, fill) overrides.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/user_layers/user_layer_data.h"

namespace chronomap {

// The OSM class of a feature of GDAL's OSM driver layer ("lines", "multipolygons"), from its
// tags (`tag` returns "" for a missing one); "" when the default map does not draw it.
std::string osm_class(std::string_view layer, const std::function<std::string(const char*)>& tag);
// Order in which OSM classes are drawn (areas first, small roads under big ones).
int osm_class_order(std::string_view class_name);
// Groups a user may name in `classes=`: roads, railways, waterways, water, builtup, parks,
// buildings, or any single class name.
bool osm_class_in(std::string_view class_name, std::string_view group);

struct ClassLook {
    std::uint32_t line = 0x3b6ea8;  // 0xRRGGBB
    float line_alpha = 1;
    float width = 1.5f;         // logical pixels at zoom 14 (roads), or fixed (others)
    bool width_scales = false;  // roads widen as one zooms in, like street maps
    std::uint32_t casing = 0;   // a darker edge under the line (0: none)
    std::uint32_t fill = 0x3b6ea8;
    float fill_alpha = 0.25f;
    double min_zoom = 0;  // hidden below this zoom
};
ClassLook default_look(std::string_view class_name, UserGeometry geometry, bool dark);
// Line width in logical pixels for a look at a zoom.
float look_width(const ClassLook& look, double zoom);

}  // namespace chronomap
