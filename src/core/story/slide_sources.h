// The sources a slide cites: the "sources" of the events it talks about (its selection,
// else the events its time window shows), each publisher or author once, as
// "AFP, 2017-10-01". Read from the events' original JSON: the store keeps no sources column.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "core/timeline/time_labels.h"
#include "core/map/view_state.h"
#include "core/map/web_mercator.h"

namespace chronomap {

// Store indices of the events the view talks about: the selected ones when there is a
// selection, else the placed events it shows (at most `limit`): in its time window (in
// cumulative mode too: the faded earlier events are context, not the slide's subject), its
// categories and content filter, and inside `map`'s extent when given.
std::vector<size_t> events_of_interest(const EventStore& store, const ViewState& view,
                                       size_t limit = 200, const MapView* map = nullptr,
                                       const std::vector<std::uint8_t>* filter_mask = nullptr);

// One cited source: "publisher (or author), date" and its "url" (empty when it has none or
// the url is not http(s): a web page links only to what a reader can open).
struct SourceRef {
    std::string text, url;
    std::string headline;  // the source's "title" when `text` names its publisher or author
    bool operator==(const SourceRef&) const = default;
};

// The distinct sources of these events with their links, in order of appearance (a text seen
// again keeps the first url it had).
std::vector<SourceRef> event_source_refs(const EventStore& store, const std::vector<size_t>& events,
                                         DateLanguage language = DateLanguage::iso);

// Distinct "publisher (or author), date" of these events' sources, in order of appearance;
// dates as the reader says them ("Le Monde, 5 avr. 2017"; as written for iso).
std::vector<std::string> event_sources(const EventStore& store, const std::vector<size_t>& events,
                                       DateLanguage language = DateLanguage::iso);

}  // namespace chronomap
