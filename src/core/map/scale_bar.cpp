#include "core/map/scale_bar.h"

#include <cmath>

namespace chronomap {

ScaleBar choose_scale_bar(double meters_per_pixel, double max_pixels) {
    double max_meters = meters_per_pixel * max_pixels;
    double power = std::pow(10.0, std::floor(std::log10(max_meters)));
    double meters = power;
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= max_meters) {
            meters = step * power;
            break;
        }
    ScaleBar bar;
    bar.meters = meters;
    bar.pixels = meters / meters_per_pixel;
    bar.label = meters >= 1000 ? std::to_string(static_cast<long long>(std::lround(meters / 1000))) + " km"
                               : std::to_string(static_cast<long long>(std::lround(meters))) + " m";
    return bar;
}

}  // namespace chronomap
