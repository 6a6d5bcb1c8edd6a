// An RGBA8 image, rows top to bottom.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chronomap {

// The order of an image's rows in memory. Images are top_down; a GL read-back is bottom_up
// until flipped, and a video encoder can read it upwards instead (no 8 MB flip per frame).
enum class RowOrder { top_down, bottom_up };

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4

    const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
};

}  // namespace chronomap
