#include "core/event_store.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <numeric>
#include <thread>
#include <type_traits>

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

std::string_view location_precision_name(LocationPrecision precision) {
    switch (precision) {
        case LocationPrecision::unknown: return "unknown";
        case LocationPrecision::exact: return "exact";
        case LocationPrecision::town: return "town";
        case LocationPrecision::district: return "district";
        case LocationPrecision::region: return "region";
        case LocationPrecision::country: return "country";
        case LocationPrecision::near: return "near";
    }
    return "unknown";
}

LocationPrecision location_precision_from_name(std::string_view name) {
    for (auto p : {LocationPrecision::exact, LocationPrecision::town, LocationPrecision::district,
                   LocationPrecision::region, LocationPrecision::country, LocationPrecision::near})
        if (location_precision_name(p) == name) return p;
    return LocationPrecision::unknown;
}

namespace {

// Puts rows in a new order through one scratch buffer, reused for every column: a new vector
// per column would fault in fresh pages each time, and on this class of virtual machine
// zeroing pages costs more than the copying.
class RowReorder {
public:
    explicit RowReorder(const std::vector<std::uint32_t>& order) : order_(order) {}

    template <class... Columns>
    void apply(Columns&... columns) {
        (apply_one(columns), ...);
    }

private:
    template <class T>
    void apply_one(std::vector<T>& column) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (order_.empty()) {  // every row dropped (and memcpy may not be given null, even for 0 bytes)
            column.clear();
            return;
        }
        size_t bytes = order_.size() * sizeof(T);
        if (scratch_.size() * sizeof(std::uint64_t) < bytes) scratch_.resize(bytes / sizeof(std::uint64_t) + 1);
        auto* out = reinterpret_cast<unsigned char*>(scratch_.data());
        for (size_t k = 0; k < order_.size(); ++k) std::memcpy(out + k * sizeof(T), &column[order_[k]], sizeof(T));
        column.resize(order_.size());
        std::memcpy(column.data(), out, bytes);
    }

    const std::vector<std::uint32_t>& order_;
    std::vector<std::uint64_t> scratch_;
};

}  // namespace

void EventStoreBuilder::reserve(size_t events) {
    EventStore& s = store_;
    s.start_.reserve(events);
    s.end_.reserve(events);
    s.precision_.reserve(events);
    s.is_span_.reserve(events);
    s.lon_.reserve(events);
    s.lat_.reserve(events);
    s.place_source_.reserve(events);
    s.category_.reserve(events);
    s.fatalities_.reserve(events);
    s.injured_.reserve(events);
    s.id_.reserve(events, events * 8);
    s.title_.reserve(events, events * 48);
    s.place_name_.reserve(events);
    s.place_country_.reserve(events);
    s.place_region_.reserve(events);
    s.place_district_.reserve(events);
    s.location_precision_.reserve(events);
    s.actor_offsets_.reserve(events + 1);
    s.actor_ids_.reserve(events);
    s.file_index_.reserve(events);
    s.json_offset_.reserve(events);
    s.json_length_.reserve(events);
    dropped_.reserve(events);
}

size_t EventStoreBuilder::add(const EventRecord& r) {
    EventStore& s = store_;
    if (s.actor_offsets_.empty()) s.actor_offsets_.push_back(0);
    s.start_.push_back(r.time.start);
    s.end_.push_back(r.time.end);
    s.precision_.push_back(static_cast<std::uint8_t>(static_cast<unsigned>(r.time.start_precision) |
                                                     (static_cast<unsigned>(r.time.end_precision) << 4)));
    s.is_span_.push_back(r.time.is_span ? 1 : 0);
    s.lon_.push_back(r.lon);
    s.lat_.push_back(r.lat);
    s.place_source_.push_back(r.place_source);
    s.category_.push_back(r.category);
    s.fatalities_.push_back(r.fatalities);
    s.injured_.push_back(r.injured);
    s.id_.push_back(r.id);
    s.title_.push_back(r.title);
    s.place_name_.push_back(s.strings_.intern(r.place_name));
    s.place_country_.push_back(s.strings_.intern(r.place_country));
    s.place_region_.push_back(s.strings_.intern(r.place_region));
    s.place_district_.push_back(s.strings_.intern(r.place_district));
    // User coordinates are exact unless the file says how precise they are (an importer keeps
    // the source's precision code: ACLED geo_precision, UCDP where_prec ...).
    s.location_precision_.push_back(
        r.place_source == PlaceSource::coordinates && r.location_precision == LocationPrecision::unknown
            ? LocationPrecision::exact
            : r.location_precision);
    for (std::string_view actor : r.actors) s.actor_ids_.push_back(s.strings_.intern(actor));
    s.actor_offsets_.push_back(static_cast<std::uint32_t>(s.actor_ids_.size()));
    s.file_index_.push_back(r.file_index);
    s.json_offset_.push_back(r.json_offset);
    s.json_length_.push_back(r.json_length);
    dropped_.push_back(0);
    return s.start_.size() - 1;
}

void EventStoreBuilder::drop(size_t row) { dropped_[row] = 1; }

namespace {

// Each column of the other builder is freed as soon as it is copied: appending half a
// file's events then costs one column of memory at a time, not half the store.
template <class T>
void append_column(std::vector<T>& to, std::vector<T>& from) {
    to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
}

// Appends string ids of another pool, renamed into this builder's pool.
void append_strings(std::vector<StringId>& to, std::vector<StringId>& from, const std::vector<StringId>& renamed) {
    to.reserve(to.size() + from.size());
    for (StringId id : from) to.push_back(renamed[id]);
    std::vector<StringId>().swap(from);
}

}  // namespace

void EventStoreBuilder::append(EventStoreBuilder&& other) {
    EventStore& s = store_;
    EventStore& o = other.store_;
    if (o.start_.empty()) return;
    std::vector<StringId> renamed(o.strings_.size());
    for (size_t id = 0; id < renamed.size(); ++id)
        renamed[id] = s.strings_.intern(o.strings_.get(static_cast<StringId>(id)));
    append_column(s.start_, o.start_);
    append_column(s.end_, o.end_);
    append_column(s.precision_, o.precision_);
    append_column(s.is_span_, o.is_span_);
    append_column(s.lon_, o.lon_);
    append_column(s.lat_, o.lat_);
    append_column(s.place_source_, o.place_source_);
    append_column(s.category_, o.category_);
    append_column(s.fatalities_, o.fatalities_);
    append_column(s.injured_, o.injured_);
    append_column(s.location_precision_, o.location_precision_);
    append_column(s.file_index_, o.file_index_);
    append_column(s.json_offset_, o.json_offset_);
    append_column(s.json_length_, o.json_length_);
    append_column(dropped_, other.dropped_);
    append_strings(s.place_name_, o.place_name_, renamed);
    append_strings(s.place_country_, o.place_country_, renamed);
    append_strings(s.place_region_, o.place_region_, renamed);
    append_strings(s.place_district_, o.place_district_, renamed);
    if (s.actor_offsets_.empty()) s.actor_offsets_.push_back(0);
    auto actors_before = static_cast<std::uint32_t>(s.actor_ids_.size());
    for (size_t k = 1; k < o.actor_offsets_.size(); ++k) s.actor_offsets_.push_back(actors_before + o.actor_offsets_[k]);
    append_strings(s.actor_ids_, o.actor_ids_, renamed);
    std::vector<std::uint32_t>().swap(o.actor_offsets_);
    s.id_.append(o.id_);
    o.id_ = {};
    s.title_.append(o.title_);
    other = EventStoreBuilder{};
}

std::vector<std::uint32_t> EventStoreBuilder::sorted_order() const {
    const EventStore& s = store_;
    // (start, row) pairs sort without chasing an index into start_ at every comparison, and
    // the row breaks ties: events with the same start keep their file order.
    std::vector<std::pair<UnixSeconds, std::uint32_t>> keys;
    keys.reserve(size());
    bool sorted = true;
    for (size_t row = 0; row < size(); ++row) {
        if (dropped_[row]) continue;
        if (!keys.empty() && s.start_[row] < keys.back().first) sorted = false;
        keys.emplace_back(s.start_[row], static_cast<std::uint32_t>(row));
    }
    if (!sorted) {  // each half on its own core, then merged
        auto middle = keys.begin() + static_cast<std::ptrdiff_t>(keys.size() / 2);
        {
            std::jthread first_half([&] { std::sort(keys.begin(), middle); });
            std::sort(middle, keys.end());
        }
        std::inplace_merge(keys.begin(), middle, keys.end());
    }
    std::vector<std::uint32_t> order;
    order.reserve(keys.size());
    for (const auto& key : keys) order.push_back(key.second);
    return order;
}

EventStore EventStoreBuilder::finish(std::vector<Category> categories, std::string file_title,
                                     std::shared_ptr<const SourceBuffer> source_text) && {
    EventStore& s = store_;
    std::vector<std::uint32_t> order = sorted_order();
    if (order.size() == size() && std::is_sorted(order.begin(), order.end())) {
        // Already in time order with nothing dropped (files are often written sorted).
        dropped_.clear();
        return finish_in_place(std::move(categories), std::move(file_title), std::move(source_text));
    }

    // Two halves of the columns, one on each core (jthread: joined even if this half throws).
    std::exception_ptr other_failure;
    std::jthread other_half([&] {
        try {
            // Actors are variable-length: rebuild their offsets in the new order.
            std::vector<std::uint32_t> actor_offsets{0};
            std::vector<StringId> actor_ids;
            actor_offsets.reserve(order.size() + 1);
            actor_ids.reserve(s.actor_ids_.size());
            for (std::uint32_t row : order) {  // add() gave every row an offset pair
                for (std::uint32_t k = s.actor_offsets_[row]; k < s.actor_offsets_[row + 1]; ++k)
                    actor_ids.push_back(s.actor_ids_[k]);
                actor_offsets.push_back(static_cast<std::uint32_t>(actor_ids.size()));
            }
            s.actor_offsets_ = std::move(actor_offsets);
            s.actor_ids_ = std::move(actor_ids);
            RowReorder(order).apply(s.start_, s.end_, s.lon_, s.lat_, s.json_offset_, s.precision_, s.is_span_,
                                    s.place_source_, s.location_precision_);
        } catch (...) {
            other_failure = std::current_exception();
        }
    });
    RowReorder(order).apply(s.category_, s.fatalities_, s.injured_, s.place_name_, s.place_country_, s.place_region_,
                            s.place_district_, s.file_index_, s.json_length_);
    other_half.join();
    if (other_failure) std::rethrow_exception(other_failure);
    s.text_row_ = std::move(order);
    return finish_in_place(std::move(categories), std::move(file_title), std::move(source_text));
}

EventStore EventStoreBuilder::finish_in_place(std::vector<Category> categories, std::string file_title,
                                              std::shared_ptr<const SourceBuffer> source_text) {
    EventStore& s = store_;
    if (s.actor_offsets_.empty()) s.actor_offsets_.push_back(0);
    s.max_duration_ = 0;
    for (size_t i = 0; i < s.start_.size(); ++i)
        s.max_duration_ = std::max(s.max_duration_, s.end_[i] - s.start_[i]);
    s.categories_ = std::move(categories);
    s.file_title_ = std::move(file_title);
    if (source_text) s.source_text_ = std::move(source_text);
    dropped_.clear();
    return std::move(store_);
}

EventStore EventStore::build(const std::vector<EventRecord>& records, std::vector<Category> categories,
                             std::string file_title, std::shared_ptr<const SourceBuffer> source_text) {
    EventStoreBuilder builder;
    builder.reserve(records.size());
    for (const EventRecord& record : records) builder.add(record);
    return std::move(builder).finish(std::move(categories), std::move(file_title), std::move(source_text));
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
    return source_text().substr(json_offset_[i], json_length_[i]);
}

void EventStore::set_position(size_t i, double lon, double lat, PlaceSource source,
                              LocationPrecision precision) {
    if (place_source_[i] == PlaceSource::coordinates && source != PlaceSource::coordinates) return;
    lon_[i] = lon;
    lat_[i] = lat;
    place_source_[i] = source;
    location_precision_[i] = source == PlaceSource::coordinates ? LocationPrecision::exact : precision;
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
