// What a view's time window and category filter show of a store: counts per category (for
// the legend) and the visible events themselves (for labels). Spans that began before the
// window are included, through EventStore::overlapping().
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "core/event_store.h"
#include "core/view_state.h"

namespace chronomap {

// Calls `visit(i)` for each placed event that the window and the filter show.
void for_each_shown_event(const EventStore& store, const ViewState& view, const std::function<void(size_t)>& visit);

// Shown placed events per category index.
std::vector<size_t> shown_counts_by_category(const EventStore& store, const ViewState& view);

}  // namespace chronomap
