#include "core/story/slide_sources.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace chronomap {

std::vector<size_t> events_of_interest(const EventStore& store, const ViewState& view,
                                       size_t limit, const MapView* map,
                                       const std::vector<std::uint8_t>* filter_mask) {
    std::vector<size_t> out;
    if (!view.selection.empty()) {
        std::unordered_set<std::string_view> wanted(view.selection.begin(), view.selection.end());
        for (size_t i = 0; i < store.size() && out.size() < limit; ++i)
            if (wanted.count(store.id(i)) && store.is_placed(i)) out.push_back(i);
        return out;
    }
    auto shown = [&](size_t i) {
        if (!store.is_placed(i) || !view.category_shown(store.category()[i])) return false;
        if (filter_mask && !(*filter_mask)[i]) return false;
        if (!map) return true;
        WorldPoint p = map->lonlat_to_pixel({store.lon()[i], store.lat()[i]});
        return p.x >= 0 && p.y >= 0 && p.x < map->width && p.y < map->height;
    };
    if (view.time.all) {
        for (size_t i = 0; i < store.size() && out.size() < limit; ++i)
            if (shown(i)) out.push_back(i);
        return out;
    }
    for (size_t i : store.overlapping(view.time.start, view.time.end)) {
        if (out.size() >= limit) break;
        if (shown(i)) out.push_back(i);
    }
    return out;
}

std::vector<SourceRef> event_source_refs(const EventStore& store, const std::vector<size_t>& events,
                                         DateLanguage language) {
    std::vector<SourceRef> out;
    std::unordered_set<std::string> seen;
    for (size_t i : events) {
        nlohmann::json event =
            nlohmann::json::parse(store.original_json(i), nullptr, /*allow_exceptions=*/false);
        if (!event.is_object() || !event.contains("sources") || !event["sources"].is_array())
            continue;
        for (const auto& source : event["sources"]) {
            if (!source.is_object()) continue;
            auto text = [&](const char* key) {
                return source.contains(key) && source[key].is_string()
                           ? source[key].get<std::string>()
                           : std::string();
            };
            std::string who = text("publisher");
            if (who.empty()) who = text("author");
            if (who.empty()) who = text("title");
            if (who.empty()) continue;
            std::string when = text("published");
            if (Parsed<TimeStamp> stamp = parse_time_stamp(when); stamp && language != DateLanguage::iso)
                when = format_date(stamp.value->start, stamp.value->precision, language);
            std::string line = when.empty() ? who : who + ", " + when;
            std::string url = text("url");
            if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) url.clear();
            std::string headline = text("title");
            if (headline == who) headline.clear();
            if (seen.insert(line).second)
                out.push_back({std::move(line), std::move(url), std::move(headline)});
        }
    }
    return out;
}

std::vector<std::string> event_sources(const EventStore& store, const std::vector<size_t>& events,
                                       DateLanguage language) {
    std::vector<std::string> out;
    for (SourceRef& ref : event_source_refs(store, events, language)) out.push_back(std::move(ref.text));
    return out;
}

}  // namespace chronomap
