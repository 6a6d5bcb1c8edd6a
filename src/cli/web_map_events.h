// The events of a scrubbable web map's tooltips (`render --animate -o map.html`): each with its
// logical-pixel position in the pinned map, the radius it is drawn with, its times relative to
// the animation's start, and its tooltip texts (title, date, precision, place, sources, the
// repeated texts once each). A file gives all its events at once; a table gives each window's
// rows as they are fetched, up to a budget of events, so the page stays bounded whatever the
// table's size.
#pragma once

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/events/event_store.h"
#include "core/i18n/language.h"
#include "core/map/view_state.h"
#include "core/timeline/animation.h"

namespace chronomap::cli {

class WebMapEvents {
  public:
    // At most `budget` events in all (a window that would pass it adds none).
    WebMapEvents(const MapView& map, const AnimationPlan& plan, DateLanguage language,
                 size_t budget = std::numeric_limits<size_t>::max());

    // The events of `store` the animation's frames can show (placed, of a shown category,
    // passing `mask`, inside the map, overlapping the animation's time). `by_id`: an event
    // already added from an earlier window (the same id) is not added again. False, nothing
    // added, when the window's new events would pass the budget.
    bool add(const EventStore& store, const ViewState& view, const std::vector<std::uint8_t>* mask, bool by_id);

    size_t size() const { return info_.size(); }
    // {"x": [...], "y", "r", "start", "end", "info": [[title, date, precision, place, sources]],
    // "texts": [...]}: what src/web/map.js reads.
    nlohmann::json take();

  private:
    size_t text_index(std::string text);

    MapView map_;
    AnimationPlan plan_;
    DateLanguage language_;
    size_t budget_;
    std::unordered_set<std::string> ids_;
    nlohmann::json x_ = nlohmann::json::array(), y_ = x_, r_ = x_, start_ = x_, end_ = x_, info_ = x_, texts_ = x_;
    std::unordered_map<std::string, size_t> text_index_;
};

}  // namespace chronomap::cli
