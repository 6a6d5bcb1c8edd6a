#include "core/window_summary.h"

namespace chronomap {

void for_each_shown_event(const EventStore& store, const ViewState& view, const std::function<void(size_t)>& visit) {
    auto consider = [&](size_t i) {
        if (store.is_placed(i) && view.category_shown(store.category()[i])) visit(i);
    };
    if (view.time.all) {
        for (size_t i = 0; i < store.size(); ++i) consider(i);
        return;
    }
    for (size_t i : store.overlapping(view.time.start, view.time.end)) consider(i);
}

std::vector<size_t> shown_counts_by_category(const EventStore& store, const ViewState& view) {
    std::vector<size_t> counts(store.categories().size(), 0);
    for_each_shown_event(store, view, [&](size_t i) {
        if (store.category()[i] < counts.size()) counts[store.category()[i]]++;
    });
    return counts;
}

}  // namespace chronomap
