// What every layer needs to draw one frame.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/map/view_state.h"
#include "core/map/web_mercator.h"
#include "render/palette.h"

namespace chronomap {

class VectorRecord;

struct FrameContext {
    const ViewState& view;
    const MapView& map;
    const Palette& palette;
    int device_width = 0, device_height = 0;
    float scale = 1;  // device pixels per logical pixel
    // Bottom-left corner of the map's viewport in the bound framebuffer (GL convention):
    // shaders that read gl_FragCoord subtract it.
    int origin_x = 0, origin_y = 0;
    // The view's content filter, one byte per store index (1: passes); nullptr: none.
    const std::vector<std::uint8_t>* filter_mask = nullptr;
    std::uint64_t filter_generation = 0;  // changes when the mask does
    // Set for an SVG or PDF export: layers also record what they draw there, as vectors.
    VectorRecord* vector = nullptr;

    // Uniform values shared by the world-space shaders.
    float center_x() const { return static_cast<float>(map.center.x); }
    float center_y() const { return static_cast<float>(map.center.y); }
    float world_size() const { return static_cast<float>(map.world_size() * map.pixel_scale); }
    // A length in logical pixels (a font size, a halo) in whole device pixels.
    int device_px(double logical) const { return static_cast<int>(std::lround(logical * scale)); }
};

}  // namespace chronomap
