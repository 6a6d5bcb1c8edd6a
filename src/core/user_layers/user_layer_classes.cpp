#include "core/user_layers/user_layer_classes.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace chronomap {
namespace {

// Classes, bottom to top. Areas come first so that roads are drawn over them.
constexpr std::array<std::string_view, 17> kOrder = {
    "park",    "builtup",  "water",     "building", "stream", "river",     "path",  "service", "minor",
    "tertiary", "secondary", "primary", "trunk",    "motorway", "railway", "ferry", "coast"};

bool one_of(std::string_view value, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), value) != options.end();
}

std::string road_class(std::string_view highway) {
    std::string_view base = highway;
    if (base.ends_with("_link")) base.remove_suffix(5);
    if (one_of(base, {"motorway"})) return "motorway";
    if (one_of(base, {"trunk"})) return "trunk";
    if (one_of(base, {"primary"})) return "primary";
    if (one_of(base, {"secondary"})) return "secondary";
    if (one_of(base, {"tertiary"})) return "tertiary";
    if (one_of(base, {"residential", "unclassified", "living_street", "road", "pedestrian"})) return "minor";
    if (one_of(base, {"service", "track"})) return "service";
    if (one_of(base, {"footway", "path", "cycleway", "steps", "bridleway"})) return "path";
    return {};
}

}  // namespace

std::string osm_class(std::string_view layer, const std::function<std::string(const char*)>& tag) {
    if (layer == "lines") {
        if (std::string highway = tag("highway"); !highway.empty()) return road_class(highway);
        if (std::string railway = tag("railway"); one_of(railway, {"rail", "light_rail", "subway", "narrow_gauge"}))
            return "railway";
        std::string waterway = tag("waterway");
        if (one_of(waterway, {"river", "canal"})) return "river";
        if (one_of(waterway, {"stream", "drain", "ditch"})) return "stream";
        return {};
    }
    if (layer == "multipolygons") {
        std::string natural = tag("natural"), landuse = tag("landuse"), leisure = tag("leisure");
        if (natural == "water" || one_of(landuse, {"reservoir", "basin"}) || tag("waterway") == "riverbank")
            return "water";
        if (!tag("building").empty()) return "building";
        if (one_of(landuse, {"residential", "commercial", "industrial", "retail", "construction"}) ||
            tag("place") == "city" || tag("place") == "town")
            return "builtup";
        if (one_of(leisure, {"park", "garden", "pitch"}) || one_of(landuse, {"grass", "cemetery", "recreation_ground"}) ||
            natural == "wood" || landuse == "forest")
            return "park";
        return {};
    }
    return {};
}

int osm_class_order(std::string_view class_name) {
    auto it = std::find(kOrder.begin(), kOrder.end(), class_name);
    return it == kOrder.end() ? static_cast<int>(kOrder.size()) : static_cast<int>(it - kOrder.begin());
}

bool osm_class_in(std::string_view name, std::string_view group) {
    if (name == group) return true;
    if (group == "roads") return one_of(name, {"motorway", "trunk", "primary", "secondary", "tertiary", "minor", "service", "path"});
    if (group == "major_roads") return one_of(name, {"motorway", "trunk", "primary", "secondary"});
    if (group == "railways") return name == "railway";
    if (group == "waterways") return one_of(name, {"river", "stream"});
    if (group == "buildings") return name == "building";
    if (group == "parks") return name == "park";
    return false;
}

ClassLook default_look(std::string_view name, UserGeometry geometry, bool dark) {
    ClassLook look;
    auto pick = [dark](std::uint32_t on_dark, std::uint32_t on_light) { return dark ? on_dark : on_light; };
    // Roads: light casing and a coloured core on light maps (as printed street maps), plain
    // grey on dark ones. Widths are at zoom 14 and scale with the zoom.
    struct Road {
        std::string_view name;
        std::uint32_t light, dark;
        float width;
        double min_zoom;
    };
    static constexpr Road roads[] = {
        {"motorway", 0xe8927c, 0xb86a58, 4.0f, 5},  {"trunk", 0xf2b27a, 0xa67a55, 3.6f, 6},
        {"primary", 0xf6cf7d, 0x9a8760, 3.2f, 7},   {"secondary", 0xfbe7a5, 0x807764, 2.8f, 9},
        {"tertiary", 0xffffff, 0x6e6e6e, 2.4f, 11}, {"minor", 0xffffff, 0x5e5e5e, 1.8f, 12.5},
        {"service", 0xffffff, 0x555555, 1.1f, 14},  {"path", 0xb5a58c, 0x6a6258, 0.8f, 15},
    };
    for (const Road& road : roads)
        if (road.name == name) {
            look.line = dark ? road.dark : road.light;
            look.width = road.width;
            look.width_scales = true;
            look.casing = dark ? 0 : 0xb9ae9c;
            look.min_zoom = road.min_zoom;
            return look;
        }
    if (name == "railway") return {pick(0x8a8a8a, 0x8c8c8c), 1, 1.2f, true, 0, 0, 0, 9};
    if (name == "river") return {pick(0x3f6f94, 0x8fbbdc), 1, 1.8f, true, 0, 0, 0, 7};
    if (name == "stream") return {pick(0x3f6f94, 0x9fc5e2), 1, 0.9f, false, 0, 0, 0, 11};
    if (name == "water") return {pick(0x3f6f94, 0x8fbbdc), 0, 0, false, 0, pick(0x25405a, 0xa9cce8), 1, 6};
    if (name == "builtup") return {0, 0, 0, false, 0, pick(0x3a3a3e, 0xd9d2c8), 0.8f, 8};
    if (name == "park") return {0, 0, 0, false, 0, pick(0x2e3b2e, 0xcfe3bd), 0.7f, 11};
    if (name == "building") return {pick(0x505055, 0xb8aea2), 1, 0.5f, false, 0, pick(0x46464b, 0xd0c6ba), 1, 14};
    // Any other file: one colour per geometry, visible on both grounds.
    std::uint32_t blue = pick(0x7fb0e0, 0x2b6cb0);
    look.line = blue;
    look.fill = blue;
    look.width = geometry == UserGeometry::point ? 3.5f : 1.5f;
    look.fill_alpha = 0.2f;
    return look;
}

float look_width(const ClassLook& look, double zoom) {
    if (!look.width_scales) return look.width;
    // Doubles every two zoom levels past 14, thins out below, never under a hairline.
    float factor = static_cast<float>(std::exp2((zoom - 14) / 2));
    return std::clamp(look.width * factor, 0.6f, look.width * 4);
}

}  // namespace chronomap
