#include "core/event_picking.h"

#include <algorithm>
#include <cmath>

#include "core/window_summary.h"

namespace chronomap {

float marker_radius(std::int32_t fatalities) {
    if (fatalities < 0) return 4.5f;  // not stated
    return std::min(3.5f + 1.15f * std::sqrt(static_cast<float>(fatalities)), 42.f);
}

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
