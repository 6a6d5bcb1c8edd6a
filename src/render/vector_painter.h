// World-space meshes (land, lakes, rivers, borders) into a VectorRecord: projected to the
// frame's device pixels, cut a few pixels beyond its edges and thinned to a quarter pixel,
// so a world-scale mesh becomes paths of the size the picture needs.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/mesh_outline.h"
#include "render/frame_context.h"
#include "render/vector_record.h"

namespace chronomap {

class VectorPainter {
public:
    VectorPainter(const FrameContext& frame, VectorRecord& record);
    // Triangles (x, y per vertex, world coordinates) as one filled path of their outline.
    void fill(const std::string& group, const float* xy, size_t vertex_count, const Color& color);
    void fill(const std::string& group, const std::vector<float>& xy, const Color& color) {
        fill(group, xy.data(), xy.size() / 2, color);
    }
    // Polylines in world coordinates, `width` in logical pixels (as the line shader's).
    void lines(const std::string& group, const std::vector<Ring>& polylines, float width, const Color& color);
    // Rings (closed: one filled path, holes included) or polylines in world coordinates; the
    // style in device pixels.
    void paths(const std::string& group, const std::vector<Ring>& world, bool closed, const VectorStyle& style);
    Point2 to_device(const Point2& world) const;

private:
    const FrameContext& frame_;
    VectorRecord& record_;
    Box2 device_box_, world_box_;
};

}  // namespace chronomap
