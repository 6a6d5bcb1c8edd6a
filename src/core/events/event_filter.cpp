#include "core/events/event_filter.h"

#include <algorithm>

#include "core/gazetteer/name_folding.h"

namespace chronomap {

std::string fold_search_text(std::string_view text) {
    if (std::optional<std::string> folded = fold_basic(text)) return *folded;
    std::string lower(text);  // not UTF-8: compare bytes, ASCII letters in lower case
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower;
}

bool event_passes_filter(const EventStore& store, size_t i, const EventFilter& filter, const std::string& folded_text) {
    if (filter.min_fatalities > 0 && store.fatalities()[i] < filter.min_fatalities) return false;
    if (!filter.actors.empty()) {
        std::vector<std::string_view> actors = store.actors(i);
        bool any = std::any_of(actors.begin(), actors.end(), [&](std::string_view actor) {
            return std::find(filter.actors.begin(), filter.actors.end(), actor) != filter.actors.end();
        });
        if (!any) return false;
    }
    if (folded_text.empty()) return true;
    auto contains = [&](std::string_view field) {
        return !field.empty() && fold_search_text(field).find(folded_text) != std::string::npos;
    };
    if (contains(store.title(i)) || contains(store.place_name(i)) || contains(store.id(i))) return true;
    for (std::string_view actor : store.actors(i))
        if (contains(actor)) return true;
    return false;
}

const std::vector<std::uint8_t>* FilterMask::update(const EventStore& store, const EventFilter& filter) {
    if (filter.empty()) {
        if (store_ || !mask_.empty()) ++generation_;
        store_ = nullptr, filter_ = {}, mask_.clear();
        return nullptr;
    }
    if (store_ == &store && filter == filter_) return &mask_;
    store_ = &store, filter_ = filter, ++generation_;
    std::string folded = fold_search_text(filter.text);
    mask_.resize(store.size());
    for (size_t i = 0; i < store.size(); ++i) mask_[i] = event_passes_filter(store, i, filter, folded) ? 1 : 0;
    return &mask_;
}

}  // namespace chronomap
