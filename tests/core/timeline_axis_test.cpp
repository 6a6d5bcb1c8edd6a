// The timeline's mouse arithmetic (core/timeline/timeline_axis.h): what a wheel notch, a
// drag of the window or its edges, a brush and a click do to the window and the axis.
#include <doctest/doctest.h>

#include <cstdlib>

#include "time_at.h"
#include "core/timeline/timeline_axis.h"

using namespace chronomap;
using namespace chronomap::timeline;

namespace {


// September and October 2017 (61 days) over 610 pixels from x = 100: ten pixels a day.
Axis autumn_2017() { return {100, 610, at("2017-09-01"), at("2017-11-01")}; }
// The week of the Deir ez-Zor offensive, 28 September to 5 October.
TimeWindow offensive_week() { return {false, at("2017-09-28"), at("2017-10-05")}; }

}  // namespace

TEST_CASE("the axis maps a day to ten pixels and back") {
    Axis axis = autumn_2017();
    CHECK(axis.x_of(at("2017-09-28")) == doctest::Approx(100 + 27 * 10));
    CHECK(axis.t_of(370) == at("2017-09-28"));
    CHECK(axis.seconds_per_pixel() == doctest::Approx(8640));
}

TEST_CASE("a wheel notch in keeps the date under the cursor in place and shows 0.8 of the stretch") {
    Axis axis = autumn_2017();
    double x = axis.x_of(at("2017-10-01"));
    VisibleRange zoomed = zoom_at(axis, x, 1);
    CHECK(std::llabs(zoomed.end - zoomed.start - 61 * kDay * 4 / 5) <= 1);
    Axis after{axis.x0, axis.width, zoomed.start, zoomed.end};
    CHECK(std::llabs(after.t_of(x) - at("2017-10-01")) < 60);  // the same date under the cursor
    // Zooming in far stops at six hours; out, at three centuries.
    CHECK(zoom_at(axis, x, 40).end - zoom_at(axis, x, 40).start == kMinVisible);
    CHECK(zoom_at(axis, x, -80).end - zoom_at(axis, x, -80).start == kMaxVisible);
}

TEST_CASE("a press picks the drag by where it lands on the window") {
    Axis axis = autumn_2017();
    TimeWindow week = offensive_week();
    double start = axis.x_of(week.start), end = axis.x_of(week.end);
    CHECK(drag_pressed_at(axis, week, start + 4, false) == Drag::resize_start);
    CHECK(drag_pressed_at(axis, week, end - 5, false) == Drag::resize_end);
    CHECK(drag_pressed_at(axis, week, (start + end) / 2, false) == Drag::move_window);
    CHECK(drag_pressed_at(axis, week, start - 40, false) == Drag::pan);
    CHECK(drag_pressed_at(axis, week, (start + end) / 2, true) == Drag::brush);  // Shift
    CHECK(drag_pressed_at(axis, TimeWindow{}, start - 40, false) == Drag::brush);  // all dates shown
}

TEST_CASE("dragging the window thirty pixels moves it three days, the axis stays") {
    Axis axis = autumn_2017();
    TimeWindow week = offensive_week();
    double x = axis.x_of(at("2017-10-01"));
    DragStart start = start_drag(axis, week, x, false);
    REQUIRE(start.kind == Drag::move_window);
    DragResult moved = drag_to(start, axis, 30, x + 30, week);
    CHECK(moved.window == TimeWindow{false, at("2017-10-01"), at("2017-10-08")});
    CHECK(moved.visible == VisibleRange{axis.start, axis.end});
}

TEST_CASE("dragging the axis pans it the other way, the window stays") {
    Axis axis = autumn_2017();
    TimeWindow week = offensive_week();
    double x = axis.x_of(at("2017-09-10"));
    DragStart start = start_drag(axis, week, x, false);
    REQUIRE(start.kind == Drag::pan);
    DragResult moved = drag_to(start, axis, -20, x - 20, week);
    CHECK(moved.visible == VisibleRange{at("2017-09-03"), at("2017-11-03")});
    CHECK(moved.window == week);
}

TEST_CASE("an edge dragged past the other keeps the window an hour and four pixels long") {
    Axis axis = autumn_2017();
    TimeWindow week = offensive_week();
    double x = axis.x_of(week.start);
    DragStart start = start_drag(axis, week, x, false);
    REQUIRE(start.kind == Drag::resize_start);
    DragResult shrunk = drag_to(start, axis, 200, x + 200, week);
    CHECK(shrunk.window.end == week.end);
    CHECK(shrunk.window.start == week.end - static_cast<UnixSeconds>(4 * axis.seconds_per_pixel()));
    DragResult grown = drag_to(start, axis, -50, x - 50, week);
    CHECK(grown.window == TimeWindow{false, at("2017-09-23"), week.end});
}

TEST_CASE("a Shift-brush from right to left selects the days swept") {
    Axis axis = autumn_2017();
    double from = axis.x_of(at("2017-10-20"));
    DragStart start = start_drag(axis, offensive_week(), from, true);
    DragResult brushed = drag_to(start, axis, -100, from - 100, offensive_week());
    CHECK(brushed.window == TimeWindow{false, at("2017-10-10"), at("2017-10-20")});
}

TEST_CASE("a click off the window centres it on the date clicked, keeping its week") {
    Axis axis = autumn_2017();
    TimeWindow week = offensive_week();
    DragStart start = start_drag(axis, week, axis.x_of(at("2017-10-21T12:00:00Z")), false);
    CHECK(window_after_click(start, week) == TimeWindow{false, at("2017-10-18"), at("2017-10-25")});
    DragStart inside = start_drag(axis, week, axis.x_of(at("2017-10-01")), false);
    CHECK(window_after_click(inside, week) == week);  // a click inside the window moves nothing
}

TEST_CASE("while playing the axis scrolls once the window leaves it") {
    VisibleRange autumn{at("2017-09-01"), at("2017-11-01")};
    CHECK(follow_window(offensive_week(), autumn) == autumn);
    TimeWindow november{false, at("2017-11-02"), at("2017-11-09")};
    VisibleRange followed = follow_window(november, autumn);
    CHECK(followed.end - followed.start == autumn.end - autumn.start);
    CHECK(followed.start == november.start - (autumn.end - autumn.start) / 10);
}

TEST_CASE("going to a week shows it in the middle of at least three weeks") {
    VisibleRange two_days{at("2017-09-01"), at("2017-09-03")};
    VisibleRange shown = visible_around(offensive_week(), two_days);
    CHECK(shown == VisibleRange{at("2017-09-21"), at("2017-10-12")});
}
