#include "core/window_summary.h"

namespace chronomap {

void for_each_shown_event(const EventStore& store, const ViewState& view, const std::function<void(size_t)>& visit,
                          const std::vector<std::uint8_t>* filter_mask) {
    auto consider = [&](size_t i) {
        if (store.is_placed(i) && view.category_shown(store.category()[i]) && (!filter_mask || (*filter_mask)[i]))
            visit(i);
    };
    if (view.time.all) {
        for (size_t i = 0; i < store.size(); ++i) consider(i);
        return;
    }
    if (view.time_mode == TimeMode::cumulative) {  // everything that has begun by the window's end
        auto [first, last] = store.starting_in(store.empty() ? 0 : store.start()[0], view.time.end);
        for (size_t i = first; i < last; ++i) consider(i);
        return;
    }
    for (size_t i : store.overlapping(view.time.start, view.time.end)) consider(i);
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
