// How one class of a user layer is painted at a frame's zoom: its default look (OSM class or
// geometry type) with the layer's style over it. The GL drawing (user_layer_gpu.h) and the
// vector record (user_layer_record.h) both ask here, so the PNG and the SVG cannot disagree
// on a colour or a width.
#pragma once

#include "core/user_layers/user_layer_data.h"
#include "render/frame_context.h"
#include "render/palette.h"

namespace chronomap {

struct UserClassPaint {
    bool shown = false;  // false below the class's own min zoom
    // Widths in device pixels; a colour with alpha 0 is not drawn.
    Color casing{0, 0, 0, 0};
    float casing_width = 0;
    Color fill{0, 0, 0, 0};
    Color line{0, 0, 0, 0};
    float line_width = 0;
    // Points: a disc of `point_radius`, on an edge one logical pixel wider.
    Color point{0, 0, 0, 0}, point_edge{0, 0, 0, 0};
    float point_radius = 0, point_edge_radius = 0;
};

UserClassPaint user_class_paint(const UserFeatureGroup& group, const UserLayerStyle& style, const FrameContext& frame);

// Whether a layer is drawn at all at this frame's zoom (its minzoom and maxzoom).
bool user_layer_in_zoom(const UserLayerStyle& style, const FrameContext& frame);

}  // namespace chronomap
