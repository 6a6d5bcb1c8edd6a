// What every layer needs to draw one frame.
#pragma once

#include "core/view_state.h"
#include "core/web_mercator.h"
#include "render/palette.h"

namespace chronomap {

struct FrameContext {
    const ViewState& view;
    const MapView& map;
    const Palette& palette;
    int device_width = 0, device_height = 0;
    float scale = 1;  // device pixels per logical pixel

    // Uniform values shared by the world-space shaders.
    float center_x() const { return static_cast<float>(map.center.x); }
    float center_y() const { return static_cast<float>(map.center.y); }
    float world_size() const { return static_cast<float>(map.world_size() * map.pixel_scale); }
};

}  // namespace chronomap
