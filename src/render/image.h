// An RGBA8 image, rows top to bottom.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chronomap {

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4

    const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
};

}  // namespace chronomap
