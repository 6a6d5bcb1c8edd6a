#include "core/place_names/place_name_layout.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace chronomap {

namespace {
// A country's points in view, as alternatives for its one name: its main point when well
// inside the view, then the interior points well inside: nearest the main point first when it
// is in view (the name moves as little as it can), else nearest the middle of the view (a
// neighbour named within its land in view, not in a corner); at most a few, so that a name
// blocked by an event's label moves instead of vanishing.
void keep_country_alternatives(const PlaceNameIndex& index, const MapView& map, std::vector<size_t>& shown) {
    const std::vector<PlaceName>& names = index.names();
    constexpr double inset = 40;  // pixels: a name centred nearer the edge would not fit
    constexpr size_t most_interior = 3;
    auto well_inside = [&](const PlaceName& p) {
        WorldPoint at = map.lonlat_to_pixel({p.lon, p.lat});
        return at.x > inset && at.y > inset && at.x < map.width - inset && at.y < map.height - inset;
    };
    std::unordered_map<std::string_view, std::vector<size_t>> interior;  // by country name
    for (size_t i : shown)
        if (names[i].kind == PlaceNameKind::country_interior && well_inside(names[i]))
            interior[names[i].name].push_back(i);
    std::unordered_map<std::string_view, WorldPoint> nearest_to;  // by country name, in view pixels
    for (size_t i : index.countries()) {
        const PlaceName& p = names[i];
        if (interior.contains(p.name) && well_inside(p)) nearest_to[p.name] = map.lonlat_to_pixel({p.lon, p.lat});
    }
    auto from_anchor = [&](size_t i) {
        auto main = nearest_to.find(names[i].name);
        WorldPoint to = main != nearest_to.end() ? main->second : WorldPoint{map.width / 2.0, map.height / 2.0};
        WorldPoint at = map.lonlat_to_pixel({names[i].lon, names[i].lat});
        return std::hypot(at.x - to.x, at.y - to.y);
    };
    std::unordered_set<size_t> kept;
    for (auto& [name, points] : interior) {
        std::sort(points.begin(), points.end(),
                  [&](size_t a, size_t b) { return from_anchor(a) < from_anchor(b); });
        for (size_t k = 0; k < std::min(points.size(), most_interior); ++k) kept.insert(points[k]);
    }
    std::erase_if(shown, [&](size_t i) {
        const PlaceName& p = names[i];
        if (p.kind == PlaceNameKind::country) return !well_inside(p) && interior.contains(p.name);
        return p.kind == PlaceNameKind::country_interior && !kept.contains(i);
    });
    // Interior points in the order they are tried (the caller's sort by rank is stable).
    std::vector<size_t> slots, points;  // where the interior points are in `shown`, and which
    for (size_t k = 0; k < shown.size(); ++k)
        if (names[shown[k]].kind == PlaceNameKind::country_interior) slots.push_back(k), points.push_back(shown[k]);
    std::stable_sort(points.begin(), points.end(), [&](size_t a, size_t b) { return from_anchor(a) < from_anchor(b); });
    for (size_t k = 0; k < slots.size(); ++k) shown[slots[k]] = points[k];
}
}  // namespace

std::vector<size_t> visible_place_names(const std::vector<PlaceName>& names, const MapView& map,
                                        double margin) {
    return visible_place_names(PlaceNameIndex(names), map, margin);
}

std::vector<size_t> visible_place_names(const PlaceNameIndex& index, const MapView& map, double margin) {
    const std::vector<PlaceName>& names = index.names();
    // The view's box in degrees, a pixel wider: pixels grow with longitude and fall with
    // latitude, so it holds every point the exact test below keeps.
    LonLat top_left = map.pixel_to_lonlat({-margin - 1, -margin - 1});
    LonLat bottom_right = map.pixel_to_lonlat({map.width + margin + 1, map.height + margin + 1});
    std::vector<size_t> shown;
    for (size_t i : index.shown_in(map.zoom, top_left.lon, bottom_right.lat, bottom_right.lon, top_left.lat)) {
        const PlaceName& p = names[i];
        WorldPoint at = map.lonlat_to_pixel({p.lon, p.lat});
        if (at.x < -margin || at.y < -margin || at.x > map.width + margin ||
            at.y > map.height + margin)
            continue;
        shown.push_back(i);
    }
    keep_country_alternatives(index, map, shown);
    auto rank = [&](size_t i) {
        const PlaceName& p = names[i];
        // Countries first, the largest (shown from the lowest zoom) first; then capitals, then
        // cities by population.
        if (p.kind == PlaceNameKind::country) return 1e15 - p.min_zoom;
        if (p.kind == PlaceNameKind::country_interior) return 1e14;  // after every main point
        return static_cast<double>(p.population) * (p.kind == PlaceNameKind::capital ? 4 : 1);
    };
    std::stable_sort(shown.begin(), shown.end(),
                     [&](size_t a, size_t b) { return rank(a) > rank(b); });
    return shown;
}

std::vector<PlacedName> place_names(const std::vector<NameCandidate>& candidates,
                                    const std::vector<ScreenBox>& obstacles,
                                    const ScreenBox& bounds, double spacing) {
    std::vector<ScreenBox> taken = obstacles;
    std::vector<PlacedName> placed;
    auto padded = [&](const ScreenBox& b) {
        return ScreenBox{b.x0 - spacing, b.y0 - spacing, b.x1 + spacing, b.y1 + spacing};
    };
    auto fits = [&](const ScreenBox& box) {
        return box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 &&
               box.y1 <= bounds.y1 &&
               std::none_of(taken.begin(), taken.end(),
                            [&](const ScreenBox& t) { return t.intersects(box); });
    };
    std::unordered_set<long> groups_placed;
    for (size_t index = 0; index < candidates.size(); ++index) {
        const NameCandidate& c = candidates[index];
        if (c.alternative_group >= 0 && groups_placed.contains(c.alternative_group)) continue;
        size_t placed_before = placed.size();
        double w = c.width, h = c.height;
        if (c.dot_radius <= 0) {
            // A country name: on its point, or nudged up or down a line.
            for (double dy : {0.0, -1.3 * h, 1.3 * h}) {
                ScreenBox box{c.x - w / 2, c.y + dy - h / 2, c.x + w / 2, c.y + dy + h / 2};
                if (!fits(box)) continue;
                taken.push_back(padded(box));
                placed.push_back({index, box});
                break;
            }
            if (placed.size() > placed_before && c.alternative_group >= 0)
                groups_placed.insert(c.alternative_group);
            continue;
        }
        double r = c.dot_radius, gap = r + 2;
        ScreenBox dot{c.x - r - 1, c.y - r - 1, c.x + r + 1, c.y + r + 1};
        if (!fits(dot)) continue;
        const ScreenBox tries[] = {
            {c.x + gap, c.y - h / 2, c.x + gap + w, c.y + h / 2},
            {c.x - gap - w, c.y - h / 2, c.x - gap, c.y + h / 2},
            {c.x - w / 2, c.y - gap - h, c.x + w / 2, c.y - gap},
            {c.x - w / 2, c.y + gap, c.x + w / 2, c.y + gap + h},
        };
        for (const ScreenBox& box : tries) {
            if (!fits(box)) continue;
            taken.push_back(padded(box));
            taken.push_back(padded(dot));
            placed.push_back({index, box});
            break;
        }
    }
    return placed;
}

std::string uppercase_utf8(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t at = 0, size = static_cast<utf8proc_ssize_t>(text.size());
    while (at < size) {
        utf8proc_int32_t code = 0;
        utf8proc_ssize_t used = utf8proc_iterate(bytes + at, size - at, &code);
        if (used <= 0) {  // not UTF-8: keep the byte
            out += text[static_cast<size_t>(at++)];
            continue;
        }
        utf8proc_uint8_t encoded[4];
        utf8proc_ssize_t length = utf8proc_encode_char(utf8proc_toupper(code), encoded);
        out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(length));
        at += used;
    }
    return out;
}

}  // namespace chronomap
