// What a view shows of a store: counts per category (for the legend) and the visible
// events themselves (for labels, hover and selection). The time window (spans that began
// before it included, through EventStore::overlapping()), the time mode, the category
// filter and the content filter mask (core/events/event_filter.h) all apply.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/view_state.h"

namespace chronomap {

// Calls `visit(i)` for each placed event that the view shows. `filter_mask` (one byte per
// store index, 1: passes) is the view's content filter; nullptr when it has none.
void for_each_shown_event(const EventStore& store, const ViewState& view, const std::function<void(size_t)>& visit,
                          const std::vector<std::uint8_t>* filter_mask = nullptr);

// Whether the view's time (window, mode) shows event i: a series state when it is the one
// current at the window's end (geometry/series_timing.h), other events as they overlap the
// window (cumulative: begun by its end). Category and content filters are not looked at.
bool shown_in_time(const EventStore& store, const ViewState& view, size_t i);
// In cumulative mode, an event over before the window starts is drawn faded.
bool faded_in_time(const EventStore& store, const ViewState& view, size_t i);

// Shown placed events per category index.
std::vector<size_t> shown_counts_by_category(const EventStore& store, const ViewState& view,
                                             const std::vector<std::uint8_t>* filter_mask = nullptr);

}  // namespace chronomap
