#include "core/story/deck_view.h"

#include <algorithm>
#include <cmath>

#include "core/camera/camera_controller.h"
#include "core/time/time_value.h"

namespace chronomap {
namespace {

double rounded(double value, int decimals) {
    double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Decimals of a degree that still move the map by a pixel where one pixel spans `degrees`.
int decimals_for(double degrees_per_pixel) {
    if (!(degrees_per_pixel > 0)) return 6;
    return std::clamp(static_cast<int>(std::ceil(-std::log10(degrees_per_pixel))), 0, 7);
}

UnixSeconds round_to(UnixSeconds t, UnixSeconds step) {
    UnixSeconds floor = (t >= 0 ? t : t - step + 1) / step * step;
    return t - floor >= step / 2 ? floor + step : floor;
}

}  // namespace

std::pair<int, int> deck_output_size(const Story& story) {
    if (!story.slides.empty()) return {story.slides.front().view.width, story.slides.front().view.height};
    ViewState defaults;
    return {defaults.width, defaults.height};
}

ViewState deck_view(ViewState view, const MapView& shown, const Story& story) {
    auto [width, height] = deck_output_size(story);
    double pixel_scale = story.slides.empty() ? ViewState{}.pixel_scale : story.slides.front().view.pixel_scale;
    // What the panel shows must fit the deck's frame: zoom by the smaller of the two ratios.
    double ratio = std::min(static_cast<double>(width) / std::max(shown.width, 1),
                            static_cast<double>(height) / std::max(shown.height, 1));
    MapView at_deck_size = shown;
    at_deck_size.zoom = shown.zoom + std::log2(ratio);
    view = camera::pinned(std::move(view), at_deck_size);
    view.width = width, view.height = height, view.pixel_scale = pixel_scale;
    return tidy_view(std::move(view));
}

ViewState tidy_view(ViewState view) {
    Camera& camera = view.camera;
    camera.zoom = rounded(camera.zoom, 2);
    int center_decimals = decimals_for(360.0 / (256.0 * std::exp2(camera.zoom)));
    camera.center = {rounded(camera.center.lon, center_decimals), rounded(camera.center.lat, center_decimals)};
    GeoBox& box = camera.bbox;
    int box_decimals = decimals_for((box.east - box.west) / std::max(view.width, 1));
    box = {rounded(box.west, box_decimals), rounded(box.south, box_decimals), rounded(box.east, box_decimals),
           rounded(box.north, box_decimals)};
    TimeWindow& time = view.time;
    if (!time.all) {
        UnixSeconds length = time.end - time.start;
        UnixSeconds step = length >= 2 * kDay ? kDay : length >= 2 * kHour ? kHour : kMinute;
        UnixSeconds start = round_to(time.start, step), end = round_to(time.end, step);
        if (end <= start) end = start + step;
        time.start = start, time.end = end;
    }
    return view;
}

std::string short_time_stamp(UnixSeconds instant) {
    if (instant % kDay == 0) return format_time(instant, TimePrecision::day);
    if (instant % kMinute == 0) return format_time(instant, TimePrecision::minute);
    return format_time(instant, TimePrecision::second);
}

}  // namespace chronomap
