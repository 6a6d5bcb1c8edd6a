#include "core/timeline/timeline_axis.h"

#include <algorithm>
#include <cmath>

namespace chronomap::timeline {

double Axis::x_of(UnixSeconds t) const {
    return x0 + static_cast<double>(t - start) / static_cast<double>(end - start) * width;
}

UnixSeconds Axis::t_of(double x) const {
    return start + static_cast<UnixSeconds>(std::llround((x - x0) / width * static_cast<double>(end - start)));
}

double Axis::seconds_per_pixel() const { return static_cast<double>(end - start) / width; }

VisibleRange zoom_at(const Axis& axis, double x, double wheel) {
    UnixSeconds at = axis.t_of(x);
    double factor = std::pow(0.8, wheel);
    auto span = static_cast<UnixSeconds>(static_cast<double>(axis.end - axis.start) * factor);
    span = std::clamp(span, kMinVisible, kMaxVisible);
    double k = (x - axis.x0) / axis.width;
    UnixSeconds start = at - static_cast<UnixSeconds>(k * static_cast<double>(span));
    return {start, start + span};
}

Drag drag_pressed_at(const Axis& axis, const TimeWindow& window, double x, bool shift) {
    if (shift || window.all) return Drag::brush;
    double xs = axis.x_of(window.start), xe = axis.x_of(window.end);
    if (std::abs(x - xs) <= 6) return Drag::resize_start;
    if (std::abs(x - xe) <= 6) return Drag::resize_end;
    if (x > xs && x < xe) return Drag::move_window;
    return Drag::pan;
}

DragStart start_drag(const Axis& axis, const TimeWindow& window, double x, bool shift) {
    return {drag_pressed_at(axis, window, x, shift), axis.t_of(x), window, {axis.start, axis.end}};
}

DragResult drag_to(const DragStart& start, const Axis& axis, double dx, double x, const TimeWindow& window) {
    DragResult out{window, {axis.start, axis.end}};
    double seconds_per_pixel =
        static_cast<double>(start.visible.end - start.visible.start) / std::max(axis.width, 1.0);
    auto dt = static_cast<UnixSeconds>(std::llround(dx * seconds_per_pixel));
    const TimeWindow& w0 = start.window;
    UnixSeconds now = axis.t_of(x);
    UnixSeconds min_length = std::max<UnixSeconds>(kHour, static_cast<UnixSeconds>(seconds_per_pixel * 4));
    switch (start.kind) {
        case Drag::pan: out.visible = {start.visible.start - dt, start.visible.end - dt}; break;
        case Drag::move_window: out.window = {false, w0.start + dt, w0.end + dt}; break;
        case Drag::resize_start: out.window = {false, std::min(now, w0.end - min_length), w0.end}; break;
        case Drag::resize_end: out.window = {false, w0.start, std::max(now, w0.start + min_length)}; break;
        case Drag::brush: {
            UnixSeconds from = std::min(start.anchor, now);
            out.window = {false, from, std::max(std::max(start.anchor, now), from + min_length)};
            break;
        }
        case Drag::none: break;
    }
    return out;
}

TimeWindow window_after_click(const DragStart& start, const TimeWindow& window) {
    if ((start.kind != Drag::pan && start.kind != Drag::brush) || window.all) return window;
    UnixSeconds length = window.end - window.start;
    return {false, start.anchor - length / 2, start.anchor - length / 2 + length};
}

VisibleRange visible_around(const TimeWindow& window, const VisibleRange& visible) {
    UnixSeconds span = std::max<UnixSeconds>(visible.end - visible.start, (window.end - window.start) * 3);
    UnixSeconds middle = window.start + (window.end - window.start) / 2;
    return {middle - span / 2, middle + span / 2};
}

VisibleRange follow_window(const TimeWindow& window, const VisibleRange& visible) {
    if (window.all || (window.end <= visible.end && window.start >= visible.start)) return visible;
    UnixSeconds span = visible.end - visible.start;
    return {window.start - span / 10, window.start - span / 10 + span};
}

}  // namespace chronomap::timeline
