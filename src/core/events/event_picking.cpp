#include "core/events/event_picking.h"

#include <algorithm>
#include <cmath>

#include "core/events/window_summary.h"

namespace chronomap {

float marker_radius(std::int32_t fatalities) {
    if (fatalities < 0) return 4.5f;  // not stated
    return std::min(3.5f + 1.15f * std::sqrt(static_cast<float>(fatalities)), 42.f);
}

bool area_contains(const GeometryRef& area, WorldPoint world) {
    bool inside = false;
    for (size_t p = 0; p < area.part_count(); ++p)
        for (size_t r = 0; r < area.ring_count(p); ++r) {
            std::span<const LonLat> ring = area.ring(p, r);
            for (size_t k = 0, n = ring.size(), j = n - 1; k < n; j = k++) {
                WorldPoint a = lonlat_to_world(ring[k]), b = lonlat_to_world(ring[j]);
                if ((a.y > world.y) != (b.y > world.y) && world.x < (b.x - a.x) * (world.y - a.y) / (b.y - a.y) + a.x)
                    inside = !inside;
            }
        }
    return inside;
}

double distance_to_line(const GeometryRef& line, const MapView& map, double x, double y) {
    double best = INFINITY;
    for (size_t p = 0; p < line.part_count(); ++p)
        for (size_t r = 0; r < line.ring_count(p); ++r) {
            std::span<const LonLat> ring = line.ring(p, r);
            for (size_t k = 0; k + 1 < ring.size(); ++k) {
                WorldPoint a = map.lonlat_to_pixel(ring[k]), b = map.lonlat_to_pixel(ring[k + 1]);
                double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
                double t = length2 > 0 ? std::clamp(((x - a.x) * dx + (y - a.y) * dy) / length2, 0.0, 1.0) : 0;
                best = std::min(best, std::hypot(a.x + t * dx - x, a.y + t * dy - y));
            }
        }
    return best;
}

namespace {
// Whether the geometry's box, grown by `slop` pixels, holds the pixel: most shapes are
// ruled out here without projecting a vertex.
bool box_near(const GeometryRef& g, const MapView& map, double x, double y, double slop) {
    LonLatBox box = g.box();
    WorldPoint nw = map.lonlat_to_pixel({box.west, box.north}), se = map.lonlat_to_pixel({box.east, box.south});
    return x >= nw.x - slop && x <= se.x + slop && y >= nw.y - slop && y <= se.y + slop;
}
}  // namespace

float span_radius(UnixSeconds duration) {
    double days = static_cast<double>(duration) / 86400.0;
    return static_cast<float>(std::min(16.0, 4.0 + 2.5 * std::log2(1.0 + days / 14.0)));
}

float event_marker_radius(const EventStore& store, size_t i) {
    float radius = marker_radius(store.fatalities()[i]);
    if (!store.time(i).is_span) return radius;
    return std::max(radius, span_radius(store.end()[i] - store.start()[i]));
}

std::vector<size_t> events_at(const EventStore& store, const ViewState& view, const MapView& map, double x, double y,
                              double slop, const std::vector<std::uint8_t>* filter_mask) {
    std::vector<std::pair<double, size_t>> hits;
    for_each_shown_event(
        store, view,
        [&](size_t i) {
            if (store.has_geometry(i) && store.geometry(i).kind() != GeometryKind::point) {
                GeometryRef g = store.geometry(i);
                if (!box_near(g, map, x, y, slop + kLineHalfWidth)) return;
                double d = distance_to_line(g, map, x, y);
                if (d <= slop + kLineHalfWidth) {
                    hits.emplace_back(d, i);
                } else if (g.kind() == GeometryKind::area && area_contains(g, map.pixel_to_world({x, y}))) {
                    // Behind markers and lines; the smallest area first.
                    WorldPoint nw = map.lonlat_to_pixel({g.box().west, g.box().north});
                    WorldPoint se = map.lonlat_to_pixel({g.box().east, g.box().south});
                    hits.emplace_back(1e6 + (se.x - nw.x) * (se.y - nw.y), i);
                }
                return;
            }
            WorldPoint p = map.lonlat_to_pixel({store.lon()[i], store.lat()[i]});
            double d = std::hypot(p.x - x, p.y - y);
            if (d <= event_marker_radius(store, i) + slop) hits.emplace_back(d, i);
        },
        filter_mask);
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<size_t> out;
    out.reserve(hits.size());
    for (const auto& hit : hits) out.push_back(hit.second);
    return out;
}

std::vector<size_t> events_in_box(const EventStore& store, const ViewState& view, const MapView& map, double x0,
                                  double y0, double x1, double y1, const std::vector<std::uint8_t>* filter_mask) {
    if (x0 > x1) std::swap(x0, x1);
    if (y0 > y1) std::swap(y0, y1);
    std::vector<size_t> out;
    for_each_shown_event(
        store, view,
        [&](size_t i) {
            WorldPoint p = map.lonlat_to_pixel({store.lon()[i], store.lat()[i]});
            if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) out.push_back(i);
        },
        filter_mask);
    return out;
}

}  // namespace chronomap
