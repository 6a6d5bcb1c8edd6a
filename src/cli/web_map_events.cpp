#include "cli/web_map_events.h"

#include <algorithm>
#include <cmath>

#include "core/events/event_picking.h"
#include "core/i18n/ui_words.h"
#include "core/story/slide_sources.h"

namespace chronomap::cli {
namespace {

// "1 oct. 2017" (day), "sept. 2017" (month), "28 sept. – 6 oct. 2017" for a span.
std::string event_date(const EventStore& store, size_t i, DateLanguage language) {
    TimeValue t = store.time(i);
    std::string start = format_date(t.start, t.start_precision, language);
    if (!t.is_span) return start;
    return start + " – " + format_date(t.end - 1, t.end_precision, language);
}

std::string event_place(const EventStore& store, size_t i) {
    std::string place(store.place_name(i));
    std::string_view country = store.place_country(i);
    if (!country.empty() && country != place) place += (place.empty() ? "" : ", ") + std::string(country);
    return place;
}

}  // namespace

WebMapEvents::WebMapEvents(const MapView& map, const AnimationPlan& plan, DateLanguage language, size_t budget)
    : map_(map), plan_(plan), language_(language), budget_(budget) {}

// The tooltips' repeated texts (dates, precision words, places, sources) once each: a year of
// 100 k events names a few hundred places and 366 dates, which written out per event were a
// third of the page. Each event's info holds its title and four indices into `texts`.
size_t WebMapEvents::text_index(std::string text) {
    auto [it, added] = text_index_.try_emplace(std::move(text), text_index_.size());
    if (added) texts_.push_back(it->first);
    return it->second;
}

bool WebMapEvents::add(const EventStore& store, const ViewState& view, const std::vector<std::uint8_t>* mask,
                       bool by_id) {
    UnixSeconds earliest = plan_.cumulative ? std::numeric_limits<UnixSeconds>::min() / 2
                                            : plan_.from - std::max(plan_.window, plan_.step);
    std::vector<size_t> chosen;
    std::vector<WorldPoint> points;
    for (size_t i : store.overlapping(earliest, plan_.to)) {
        if (!store.is_placed(i) || !view.category_shown(store.category()[i]) || (mask && !(*mask)[i])) continue;
        WorldPoint p = map_.lonlat_to_pixel({store.lon()[i], store.lat()[i]});
        if (p.x < 0 || p.y < 0 || p.x >= map_.width || p.y >= map_.height) continue;
        if (by_id && ids_.contains(std::string(store.id(i)))) continue;
        chosen.push_back(i);
        points.push_back(p);
    }
    if (chosen.size() > budget_ - size()) return false;
    for (size_t n = 0; n < chosen.size(); ++n) {
        size_t i = chosen[n];
        if (by_id) ids_.emplace(store.id(i));
        x_.push_back(std::round(points[n].x * 10) / 10);
        y_.push_back(std::round(points[n].y * 10) / 10);
        r_.push_back(store.is_area_or_line(i) ? 10.0 : std::round(event_marker_radius(store, i) * 10.0) / 10);
        start_.push_back(store.start()[i] - plan_.from);
        end_.push_back(store.end()[i] - plan_.from);
        std::string sources;
        for (const SourceRef& source : event_source_refs(store, {i}, language_))
            sources += (sources.empty() ? "" : " · ") + source.text;
        info_.push_back({std::string(store.title(i)), text_index(event_date(store, i, language_)),
                         text_index(precision_word(store.time(i).start_precision, language_)),
                         text_index(event_place(store, i)), text_index(std::move(sources))});
    }
    return true;
}

nlohmann::json WebMapEvents::take() {
    return {{"x", std::move(x_)},         {"y", std::move(y_)},         {"r", std::move(r_)},
            {"start", std::move(start_)}, {"end", std::move(end_)},     {"info", std::move(info_)},
            {"texts", std::move(texts_)}};
}

}  // namespace chronomap::cli
