// A scale bar of a round length (1, 2 or 5 times a power of ten) no longer than a maximum.
#pragma once

#include <string>

namespace chronomap {

struct ScaleBar {
    double meters = 0;
    double pixels = 0;  // logical
    std::string label;  // "200 km", "500 m"
};

ScaleBar choose_scale_bar(double meters_per_pixel, double max_pixels);

}  // namespace chronomap
