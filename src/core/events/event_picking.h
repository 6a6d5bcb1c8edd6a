// Which shown events are under a point or inside a box of the map (hover, click, box
// select), nearest first. Works on what the view shows (window, mode, filters), so a hidden
// event is never picked.
#pragma once

#include <cstdint>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/view_state.h"
#include "core/map/web_mercator.h"

namespace chronomap {

// Shown events whose marker (radius_of(i) logical pixels, plus `slop`) covers the logical
// pixel (x, y) of `map`, lines passing within `slop` of it and areas containing it; markers
// and lines nearest first, then areas smallest first (the one inside another stays pickable),
// ties in time order.
std::vector<size_t> events_at(const EventStore& store, const ViewState& view, const MapView& map, double x, double y,
                              double slop = 3, const std::vector<std::uint8_t>* filter_mask = nullptr);

// Shown events inside the logical-pixel box [x0, x1] x [y0, y1] of `map`, in time order.
std::vector<size_t> events_in_box(const EventStore& store, const ViewState& view, const MapView& map, double x0,
                                  double y0, double x1, double y1, const std::vector<std::uint8_t>* filter_mask = nullptr);

// Whether the world point lies inside the area (holes excluded, even-odd rule as drawn).
bool area_contains(const GeometryRef& area, WorldPoint world);
// Logical-pixel distance from (x, y) to the nearest segment of the line (or outline).
double distance_to_line(const GeometryRef& line, const MapView& map, double x, double y);

// Half the width, in logical pixels, at which lines are drawn.
inline constexpr double kLineHalfWidth = 1.75;

// Logical radius of an event's marker (the renderer draws this size): its area grows with
// the fatalities.
float marker_radius(std::int32_t fatalities);
// A span's ring grows with its length too (a four-month battle is not a 5 px dot): from 6 px
// for two weeks to 16 px for a year or more; the larger of that and the toll's size.
float span_radius(UnixSeconds duration);
// The radius event i is drawn with: its toll, and its length when it is a span.
float event_marker_radius(const EventStore& store, size_t i);

}  // namespace chronomap
