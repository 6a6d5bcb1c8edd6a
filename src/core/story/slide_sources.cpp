#include "core/story/slide_sources.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace chronomap {

std::vector<size_t> events_of_interest(const EventStore& store, const ViewState& view,
                                       size_t limit) {
    std::vector<size_t> out;
    if (!view.selection.empty()) {
        std::unordered_set<std::string_view> wanted(view.selection.begin(), view.selection.end());
        for (size_t i = 0; i < store.size() && out.size() < limit; ++i)
            if (wanted.count(store.id(i)) && store.is_placed(i)) out.push_back(i);
        return out;
    }
    std::vector<size_t> candidates;
    if (view.time.all) {
        candidates.resize(std::min(store.size(), limit * 4));
        for (size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
    } else {
        UnixSeconds from = view.time_mode == TimeMode::cumulative
                               ? std::numeric_limits<UnixSeconds>::min() / 2
                               : view.time.start;
        candidates = store.overlapping(from, view.time.end);
    }
    for (size_t i : candidates) {
        if (out.size() >= limit) break;
        if (store.is_placed(i) && view.category_shown(store.category()[i])) out.push_back(i);
    }
    return out;
}

std::vector<std::string> event_sources(const EventStore& store, const std::vector<size_t>& events,
                                       DateLanguage language) {
    std::vector<std::string> out;
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
            if (seen.insert(line).second) out.push_back(line);
        }
    }
    return out;
}

}  // namespace chronomap
