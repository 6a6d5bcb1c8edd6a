#include "core/event_store.h"

#include <algorithm>
#include <numeric>

namespace chronomap {

std::string_view place_source_name(PlaceSource source) {
    switch (source) {
        case PlaceSource::none: return "none";
        case PlaceSource::coordinates: return "coordinates";
        case PlaceSource::geocoded: return "geocoded";
        case PlaceSource::geocoder: return "geocoder";
    }
    return "?";
}

EventStore EventStore::build(std::vector<EventRecord> records, std::vector<Category> categories,
                             std::string file_title,
                             std::shared_ptr<const std::string> source_text) {
    std::vector<size_t> order(records.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return records[a].time.start < records[b].time.start;
    });

    EventStore store;
    size_t n = records.size();
    store.start_.reserve(n);
    store.end_.reserve(n);
    store.precision_.reserve(n);
    store.is_span_.reserve(n);
    store.lon_.reserve(n);
    store.lat_.reserve(n);
    store.place_source_.reserve(n);
    store.category_.reserve(n);
    store.fatalities_.reserve(n);
    store.injured_.reserve(n);
    store.id_.reserve(n);
    store.title_.reserve(n);
    store.place_name_.reserve(n);
    store.place_country_.reserve(n);
    store.actor_offsets_.reserve(n + 1);
    store.file_index_.reserve(n);
    store.json_offset_.reserve(n);
    store.json_length_.reserve(n);
    store.actor_offsets_.push_back(0);

    for (size_t k : order) {
        EventRecord& r = records[k];
        store.start_.push_back(r.time.start);
        store.end_.push_back(r.time.end);
        store.max_duration_ = std::max(store.max_duration_, r.time.end - r.time.start);
        store.precision_.push_back(static_cast<std::uint8_t>(
            static_cast<unsigned>(r.time.start_precision) |
            (static_cast<unsigned>(r.time.end_precision) << 4)));
        store.is_span_.push_back(r.time.is_span ? 1 : 0);
        store.lon_.push_back(r.lon);
        store.lat_.push_back(r.lat);
        store.place_source_.push_back(r.place_source);
        store.category_.push_back(r.category);
        store.fatalities_.push_back(r.fatalities);
        store.injured_.push_back(r.injured);
        store.id_.push_back(store.strings_.intern(r.id));
        store.title_.push_back(store.strings_.intern(r.title));
        store.place_name_.push_back(store.strings_.intern(r.place_name));
        store.place_country_.push_back(store.strings_.intern(r.place_country));
        for (const std::string& actor : r.actors) store.actor_ids_.push_back(store.strings_.intern(actor));
        store.actor_offsets_.push_back(static_cast<std::uint32_t>(store.actor_ids_.size()));
        store.file_index_.push_back(r.file_index);
        store.json_offset_.push_back(r.json_offset);
        store.json_length_.push_back(r.json_length);
    }
    store.categories_ = std::move(categories);
    store.file_title_ = std::move(file_title);
    if (source_text) store.source_text_ = std::move(source_text);
    return store;
}

TimeValue EventStore::time(size_t i) const {
    return TimeValue{start_[i], end_[i], static_cast<TimePrecision>(precision_[i] & 0x0F),
                     static_cast<TimePrecision>(precision_[i] >> 4), is_span_[i] != 0};
}

std::vector<std::string_view> EventStore::actors(size_t i) const {
    std::vector<std::string_view> out;
    for (std::uint32_t k = actor_offsets_[i]; k < actor_offsets_[i + 1]; ++k)
        out.push_back(strings_.get(actor_ids_[k]));
    return out;
}

std::string_view EventStore::original_json(size_t i) const {
    return std::string_view(*source_text_).substr(json_offset_[i], json_length_[i]);
}

void EventStore::set_position(size_t i, double lon, double lat, PlaceSource source) {
    if (place_source_[i] == PlaceSource::coordinates && source != PlaceSource::coordinates) return;
    lon_[i] = lon;
    lat_[i] = lat;
    place_source_[i] = source;
}

std::pair<size_t, size_t> EventStore::starting_in(UnixSeconds t0, UnixSeconds t1) const {
    auto first = std::lower_bound(start_.begin(), start_.end(), t0);
    auto last = std::lower_bound(first, start_.end(), t1);
    return {static_cast<size_t>(first - start_.begin()), static_cast<size_t>(last - start_.begin())};
}

std::vector<size_t> EventStore::overlapping(UnixSeconds t0, UnixSeconds t1) const {
    // Only events starting after t0 - max_duration can still be running at t0.
    auto [first, last] = starting_in(t0 - max_duration_, t1);
    std::vector<size_t> out;
    for (size_t i = first; i < last; ++i)
        if (end_[i] > t0) out.push_back(i);
    return out;
}

std::pair<UnixSeconds, UnixSeconds> EventStore::time_extent() const {
    if (empty()) return {0, 0};
    return {start_.front(), *std::max_element(end_.begin(), end_.end())};
}

}  // namespace chronomap
