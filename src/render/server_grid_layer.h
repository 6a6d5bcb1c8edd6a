// A density grid counted by a database server (DensityGrid, core/sources/event_source.h):
// the explorer draws it instead of markers when a window of a server-backed source holds too
// many events to fetch. Each occupied cell is a rectangle of the map, coloured on the same
// log ramp as the events layer's own density map.
#pragma once

#include <optional>

#include "core/sources/event_source.h"
#include "render/layer.h"
#include "render/shape_batch.h"

namespace chronomap {

class ServerGridLayer final : public Layer {
public:
    std::string_view name() const override { return "server_grid"; }
    void set_grid(std::optional<DensityGrid> grid) { grid_ = std::move(grid); }
    const std::optional<DensityGrid>& grid() const { return grid_; }
    // Publishes the grid's total (the legend's count) and that the map is dense.
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    std::optional<DensityGrid> grid_;
    std::optional<ShapeBatch> shapes_;  // made on first draw (it compiles a shader)
};

}  // namespace chronomap
