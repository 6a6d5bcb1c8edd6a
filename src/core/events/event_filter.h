// Which events pass a view's content filter (text, actors, fatalities), as one byte per
// store index. Recomputed only when the filter changes (typing in the search box), never
// per frame: the renderer uploads it once, the timeline and legend read it.
#pragma once

#include <cstdint>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/view_state.h"

namespace chronomap {

// Whether event i passes `filter`; `folded_text` is fold_search_text(filter.text).
bool event_passes_filter(const EventStore& store, size_t i, const EventFilter& filter, const std::string& folded_text);

// Lower case, no accents, punctuation as spaces: "Deir ez-Zor" and "deir ez zor" match.
std::string fold_search_text(std::string_view text);

class FilterMask {
public:
    // The mask for `filter` (1: passes), or nullptr when the filter is empty (all pass).
    const std::vector<std::uint8_t>* update(const EventStore& store, const EventFilter& filter);
    // Changes whenever the mask is recomputed, so users of it know to refresh.
    std::uint64_t generation() const { return generation_; }
    // The store changed (even at the same address): the next update() computes again.
    void forget_store() {
        if (store_) store_ = nullptr, ++generation_;
    }

private:
    const EventStore* store_ = nullptr;
    EventFilter filter_;
    std::vector<std::uint8_t> mask_;
    std::uint64_t generation_ = 0;
};

}  // namespace chronomap
