#include "core/events/window_summary.h"

#include "core/geometry/series_timing.h"
#include "core/events/shown_rule.h"

namespace chronomap {

void for_each_shown_event(const EventStore& store, const ViewState& view, const std::function<void(size_t)>& visit,
                          const std::vector<std::uint8_t>* filter_mask) {
    const ShownRule rule = shown_rule(view);
    auto passes = [&](size_t i) {
        return store.is_placed(i) && rule.shows_category(store.category()[i]) && (!filter_mask || (*filter_mask)[i]);
    };
    auto consider = [&](size_t i) {
        if (!store.in_series(i) && passes(i)) visit(i);  // series states are chosen below
    };
    if (view.time.all) {
        for (size_t i = 0; i < store.size(); ++i) consider(i);
    } else if (view.time_mode == TimeMode::cumulative) {  // everything that has begun by the window's end
        auto [first, last] = store.starting_in(store.empty() ? 0 : store.start()[0], view.time.end);
        for (size_t i = first; i < last; ++i) consider(i);
    } else {
        for (size_t i : store.overlapping(view.time.start, view.time.end)) consider(i);
    }
    for (std::uint32_t i : store.series_events())
        if (shown_in_time(store, view, i) && passes(i)) visit(i);
}

bool shown_in_time(const EventStore& store, const ViewState& view, size_t i) {
    UnixSeconds start = store.start()[i], end = store.end()[i];
    if (store.in_series(i))
        return series_state_shown(view.time.all, view.time.start, view.time.end, start, end, store.time(i).is_span,
                                  store.replaced_at(i));
    return shown_rule(view).shows_time(start, end);
}

bool faded_in_time(const EventStore& store, const ViewState& view, size_t i) {
    return !store.in_series(i) && shown_rule(view).fades(store.end()[i]);
}

std::vector<size_t> shown_counts_by_category(const EventStore& store, const ViewState& view,
                                             const std::vector<std::uint8_t>* filter_mask) {
    std::vector<size_t> counts(store.categories().size(), 0);
    for_each_shown_event(
        store, view,
        [&](size_t i) {
            if (store.category()[i] < counts.size()) counts[store.category()[i]]++;
        },
        filter_mask);
    return counts;
}

}  // namespace chronomap
