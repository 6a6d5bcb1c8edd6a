// The timeline's axis and what the mouse does to it: zoom around the cursor, pan, move and
// resize the time window, brush a new one, click to centre it. Pure functions on times and
// pixels (no ImGui), as camera_controller.h is for the map: the explorer's timeline panel
// turns mouse input into these calls, tests check the arithmetic.
#pragma once

#include <cstdint>

#include "core/map/view_state.h"  // TimeWindow

namespace chronomap::timeline {

// The visible stretch of the axis: from six hours to three centuries.
constexpr UnixSeconds kMinVisible = 6 * kHour, kMaxVisible = 300LL * 365 * kDay;

// A stretch of time drawn over `width` pixels from x0 (ImGui's logical pixels).
struct Axis {
    double x0 = 0, width = 1;
    UnixSeconds start = 0, end = 1;
    double x_of(UnixSeconds t) const;
    UnixSeconds t_of(double x) const;
    double seconds_per_pixel() const;
};

struct VisibleRange {
    UnixSeconds start = 0, end = 1;
    bool operator==(const VisibleRange&) const = default;
};

// The wheel turned by `wheel` notches (positive: in) over x: the time under x stays under x,
// and the visible stretch stays within [kMinVisible, kMaxVisible].
VisibleRange zoom_at(const Axis& axis, double x, double wheel);

enum class Drag : std::uint8_t { none, pan, move_window, resize_start, resize_end, brush };

// What a press at x starts: a brush with Shift (or when all dates are shown), a resize
// within 6 pixels of an edge, a move inside the window, a pan elsewhere.
Drag drag_pressed_at(const Axis& axis, const TimeWindow& window, double x, bool shift);

// What was true when the press began; every later mouse position is measured from it, so
// a drag never accumulates rounding.
struct DragStart {
    Drag kind = Drag::none;
    UnixSeconds anchor = 0;  // the time under the cursor at the press
    TimeWindow window;
    VisibleRange visible;
};
DragStart start_drag(const Axis& axis, const TimeWindow& window, double x, bool shift);

struct DragResult {
    TimeWindow window;
    VisibleRange visible;
};
// The mouse has moved `dx` pixels since the press and is now at x over `axis` (the visible
// stretch now); `window` is the time window now. A pan moves the visible stretch only, the
// others the window only. Resizing and brushing keep the window at least an hour and four
// pixels long.
DragResult drag_to(const DragStart& start, const Axis& axis, double dx, double x, const TimeWindow& window);

// The press ended without moving (a click): a pan or a brush centres the window on the time
// clicked, keeping its length. Anything else leaves `window` as it is.
TimeWindow window_after_click(const DragStart& start, const TimeWindow& window);

// The visible stretch that shows `window` in its middle, at least three window lengths wide
// and never narrower than `visible` was ("go to" a date).
VisibleRange visible_around(const TimeWindow& window, const VisibleRange& visible);

// While playing: when the window leaves the visible stretch, the stretch scrolls so the
// window starts a tenth of the way in.
VisibleRange follow_window(const TimeWindow& window, const VisibleRange& visible);

}  // namespace chronomap::timeline
