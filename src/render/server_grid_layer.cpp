#include "render/server_grid_layer.h"

#include <algorithm>
#include <cmath>

namespace chronomap {

void ServerGridLayer::prepare(const FrameContext&, FrameShared& shared) {
    if (!grid_) return;
    std::int64_t total = 0;
    for (const DensityGrid::Cell& c : grid_->cells) total += c.events;
    shared.aggregated_events = static_cast<size_t>(total);
    shared.dense = true;
}

void ServerGridLayer::draw(const FrameContext& frame, FrameShared&) {
    if (!grid_ || grid_->cells.empty() || !frame.view.layers.events) return;
    if (!shapes_) shapes_.emplace();
    const DensityGrid& g = *grid_;
    double east = g.box.east < g.box.west ? g.box.east + 360 : g.box.east;
    double cell_width = (east - g.box.west) / g.columns, cell_height = (g.box.north - g.box.south) / g.rows;
    // The strongest colour for a cell holding six times the occupied cells' mean (as the
    // events layer's own density map), so that single events stay visible.
    double total = 0;
    for (const DensityGrid::Cell& c : g.cells) total += static_cast<double>(c.events);
    double log_reference = std::log1p(std::max(8.0, total / static_cast<double>(g.cells.size()) * 6));
    const Color* ramp = frame.palette.density;
    auto scale = static_cast<double>(frame.scale);
    shapes_->set_group("density");
    for (const DensityGrid::Cell& c : g.cells) {
        double west = g.box.west + c.column * cell_width, south = g.box.south + c.row * cell_height;
        // Web Mercator stops short of the poles.
        double north = std::min(south + cell_height, 85.0);
        south = std::max(south, -85.0);
        if (north <= south) continue;
        WorldPoint a = frame.map.lonlat_to_pixel({west, north});
        WorldPoint b = frame.map.lonlat_to_pixel({west + cell_width, south});
        double t = std::min(1.0, std::log1p(static_cast<double>(c.events)) / log_reference) * 3;
        int i = std::min(2, static_cast<int>(t));
        auto f = static_cast<float>(t - i);
        const Color &lo = ramp[i], &hi = ramp[i + 1];
        Color color{lo.r + (hi.r - lo.r) * f, lo.g + (hi.g - lo.g) * f, lo.b + (hi.b - lo.b) * f, lo.a + (hi.a - lo.a) * f};
        shapes_->rect(static_cast<float>(a.x * scale), static_cast<float>(a.y * scale),
                      static_cast<float>(std::max(b.x, a.x + 1) * scale), static_cast<float>(std::max(b.y, a.y + 1) * scale),
                      color);
    }
    shapes_->draw(frame.device_width, frame.device_height, frame.vector);
}

}  // namespace chronomap
