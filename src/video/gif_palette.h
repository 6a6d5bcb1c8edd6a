// 256-colour palettes for GIF frames: median cut over the frame's colours (quantised to
// 5 bits per channel), then each pixel mapped to the nearest palette entry. Maps are flat
// colours with antialiased edges, which median cut keeps without dithering noise.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "render/image.h"

namespace chronomap {

struct PalettedFrame {
    std::array<std::uint32_t, 256> palette{};  // 0xAARRGGBB
    std::vector<std::uint8_t> indices;         // width * height
};

PalettedFrame quantize_frame(const Image& frame, int max_colors = 256);

}  // namespace chronomap
