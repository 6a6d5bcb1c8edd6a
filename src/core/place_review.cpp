#include "core/place_review.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"

namespace chronomap {

std::vector<ReviewItem> places_to_review(const EventStore& store, const Geocoder& geocoder) {
    std::map<PlaceQuery, size_t> item_of;
    std::vector<ReviewItem> items;
    PlaceContext known;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.place_source(i) == PlaceSource::coordinates) known.points.push_back({store.lat()[i], store.lon()[i]});
        if (store.is_placed(i) || store.place_name(i).empty()) continue;
        PlaceQuery query{std::string(store.place_name(i)), std::string(store.place_country(i)),
                         std::string(store.place_region(i))};
        auto [it, inserted] = item_of.emplace(query, items.size());
        if (inserted) items.push_back({query, {}, {}});
        items[it->second].events.push_back(i);
    }
    std::vector<PlaceQuery> queries;
    for (const ReviewItem& item : items) queries.push_back(item.query);
    std::vector<GeocodeResult> results = geocode_batch(geocoder, queries, known, 8);
    for (size_t k = 0; k < items.size(); ++k) items[k].result = std::move(results[k]);
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem& a, const ReviewItem& b) { return a.events.size() > b.events.size(); });
    return items;
}

std::string add_place_choices(std::string_view original_text, const std::vector<PlaceChoice>& choices) {
    auto document = nlohmann::ordered_json::parse(original_text);
    nlohmann::ordered_json& places = document["places"];
    if (!places.is_object()) places = nlohmann::ordered_json::object();
    for (const PlaceChoice& choice : choices) {
        nlohmann::ordered_json entry = nlohmann::ordered_json::object();
        if (choice.coordinates) {
            entry["coordinates"] = {std::round(choice.coordinates->lon * 1e5) / 1e5,
                                    std::round(choice.coordinates->lat * 1e5) / 1e5};
        } else if (choice.geonameid) {
            entry["geonameid"] = *choice.geonameid;
        }
        if (!choice.country.empty()) entry["country"] = choice.country;
        entry["note"] = "chosen in the explorer's review";
        places[choice.name] = std::move(entry);
    }
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void write_place_choices(const std::filesystem::path& target, std::string_view original_text,
                         const std::vector<PlaceChoice>& choices) {
    std::string text = add_place_choices(original_text, choices);
    write_file_atomically(target, text);
}

}  // namespace chronomap
