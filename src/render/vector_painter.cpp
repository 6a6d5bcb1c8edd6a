#include "render/vector_painter.h"

namespace chronomap {
namespace {
constexpr double kMargin = 8;        // device pixels beyond the frame: line widths, joins
constexpr double kTolerance = 0.25;  // device pixels: below what antialiasing shows
}  // namespace

VectorPainter::VectorPainter(const FrameContext& frame, VectorRecord& record) : frame_(frame), record_(record) {
    device_box_ = {-kMargin, -kMargin, frame.device_width + kMargin, frame.device_height + kMargin};
    double size = frame.world_size();
    world_box_ = {frame.map.center.x + (device_box_.x0 - frame.device_width / 2.0) / size,
                  frame.map.center.y + (device_box_.y0 - frame.device_height / 2.0) / size,
                  frame.map.center.x + (device_box_.x1 - frame.device_width / 2.0) / size,
                  frame.map.center.y + (device_box_.y1 - frame.device_height / 2.0) / size};
}

Point2 VectorPainter::to_device(const Point2& world) const {
    // As the world-space shaders place a vertex (u_center, u_world_size, u_viewport).
    double size = frame_.world_size();
    return {(world.x - frame_.map.center.x) * size + frame_.device_width / 2.0,
            (world.y - frame_.map.center.y) * size + frame_.device_height / 2.0};
}

void VectorPainter::fill(const std::string& group, const float* xy, size_t vertex_count, const Color& color) {
    std::vector<Ring> rings;
    for (Ring& ring : outline_of_triangles(xy, vertex_count, world_box_)) {
        for (Point2& p : ring) p = to_device(p);
        Ring cut = simplify(clip_ring(ring, device_box_), kTolerance);
        if (cut.size() >= 3) rings.push_back(std::move(cut));
    }
    record_.path(group, std::move(rings), true, {.fill = color});
}

void VectorPainter::lines(const std::string& group, const std::vector<Ring>& polylines, float width,
                          const Color& color) {
    paths(group, polylines, false, {.stroke = color, .stroke_width = width * frame_.scale});
}

void VectorPainter::paths(const std::string& group, const std::vector<Ring>& world, bool closed,
                          const VectorStyle& style) {
    std::vector<Ring> out;
    for (const Ring& line : world) {
        Ring device;
        device.reserve(line.size());
        for (const Point2& p : line) device.push_back(to_device(p));
        if (closed) {
            Ring thin = simplify(clip_ring(device, device_box_), kTolerance);
            if (thin.size() >= 3) out.push_back(std::move(thin));
            continue;
        }
        for (Ring& part : clip_polyline(device, device_box_)) {
            Ring thin = simplify(part, kTolerance);
            if (thin.size() >= 2) out.push_back(std::move(thin));
        }
    }
    record_.path(group, std::move(out), closed, style);
}

}  // namespace chronomap
