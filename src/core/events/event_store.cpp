#include "core/events/event_store.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <utility>

#include "core/geometry/series_timing.h"

namespace chronomap {

std::string_view place_source_name(PlaceSource source) {
    switch (source) {
        case PlaceSource::none: return "none";
        case PlaceSource::coordinates: return "coordinates";
        case PlaceSource::geocoded: return "geocoded";
        case PlaceSource::geocoder: return "geocoder";
        case PlaceSource::corrected: return "corrected";
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
    template <class Vector>
    void apply_one(Vector& column) {
        using T = typename Vector::value_type;
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

// Every fixed-size column with one entry per row (actor offsets and texts aside).
template <class F>
void EventStoreBuilder::for_each_row_column(F&& f) {
    EventStore& s = store_;
    f(s.start_), f(s.end_), f(s.precision_), f(s.is_span_), f(s.lon_), f(s.lat_), f(s.place_source_);
    f(s.category_), f(s.fatalities_), f(s.injured_), f(s.place_name_), f(s.place_country_);
    f(s.place_region_), f(s.place_district_), f(s.location_precision_), f(s.file_index_);
    f(s.json_offset_), f(s.json_length_), f(dropped_);
}

// Every column resized together; none of it is written here (the first actor offset aside).
void EventStoreBuilder::resize_columns(size_t rows) {
    EventStore& s = store_;
    for_each_row_column([&](auto& column) { column.resize(rows); });
    s.id_.resize(rows);
    s.title_.resize(rows);
    bool first = s.actor_offsets_.empty();
    s.actor_offsets_.resize(rows + 1);
    if (first) s.actor_offsets_[0] = 0;
}

void EventStoreBuilder::reserve(size_t events) {
    EventStore& s = store_;
    if (!whole_ && events > s.start_.size()) resize_columns(events);
    s.actor_ids_.reserve(events);
}

size_t EventStoreBuilder::add(const EventRecord& r) {
    EventStore& s = store_;  // this builder's own strings, texts and actors
    size_t row = first_row_ + rows_;
    if (!whole_ && row >= s.start_.size()) resize_columns(std::max<size_t>(1024, 2 * row));
    if (whole_ && row >= whole_->store_.start_.size())
        throw std::logic_error("a part of an event file has more events than room was made for");
    EventStore& c = whole_ ? whole_->store_ : store_;  // the columns written
    c.start_[row] = r.time.start;
    c.end_[row] = r.time.end;
    c.precision_[row] = static_cast<std::uint8_t>(static_cast<unsigned>(r.time.start_precision) |
                                                  (static_cast<unsigned>(r.time.end_precision) << 4));
    c.is_span_[row] = r.time.is_span ? 1 : 0;
    c.lon_[row] = r.lon;
    c.lat_[row] = r.lat;
    c.place_source_[row] = r.place_source;
    c.category_[row] = r.category;
    c.fatalities_[row] = r.fatalities;
    c.injured_[row] = r.injured;
    c.id_.set(row, s.id_.keep(r.id));  // a place in the source when it is there
    c.title_.set(row, s.title_.keep(r.title));
    c.place_name_[row] = s.strings_.intern(r.place_name);
    c.place_country_[row] = s.strings_.intern(r.place_country);
    c.place_region_[row] = s.strings_.intern(r.place_region);
    c.place_district_[row] = s.strings_.intern(r.place_district);
    // User coordinates are exact unless the file says how precise they are (an importer keeps
    // the source's precision code: ACLED geo_precision, UCDP where_prec ...).
    c.location_precision_[row] = r.place_source == PlaceSource::coordinates && r.location_precision == LocationPrecision::unknown
                                     ? LocationPrecision::exact
                                     : r.location_precision;
    for (std::string_view actor : r.actors) s.actor_ids_.push_back(s.strings_.intern(actor));
    // A part counts its actors from 0: append() shifts them after the whole's.
    c.actor_offsets_[row + 1] = static_cast<std::uint32_t>(s.actor_ids_.size());
    if (r.geometry) {
        geometry_rows_.emplace_back(static_cast<std::uint32_t>(row), s.geometries_.add(*r.geometry, r.geometry_approximate, r.line_arrow));
        if (std::isnan(r.lon) || std::isnan(r.lat)) {
            LonLat at = representative_point(*r.geometry);
            c.lon_[row] = at.lon, c.lat_[row] = at.lat;
            c.place_source_[row] = PlaceSource::coordinates;
            c.location_precision_[row] = r.geometry_approximate ? LocationPrecision::region : LocationPrecision::exact;
        }
    }
    if (r.geometry_from_region && !r.geometry) region_area_rows_.push_back(static_cast<std::uint32_t>(row));
    if (!r.series.empty()) series_rows_.emplace_back(static_cast<std::uint32_t>(row), s.strings_.intern(r.series));
    c.file_index_[row] = r.file_index;
    c.json_offset_[row] = r.json_offset;
    c.json_length_[row] = r.json_length;
    (whole_ ? whole_->dropped_ : dropped_)[row] = 0;
    return rows_++;
}

void EventStoreBuilder::drop(size_t row) { dropped_[row] = 1; }

void EventStoreBuilder::refer_to(std::string_view source) {
    store_.id_.refer_to(source);
    store_.title_.refer_to(source);
}

// Moves `count` rows of every column from row `from` down to row `to` (to < from).
void EventStoreBuilder::move_rows(size_t from, size_t to, size_t count) {
    EventStore& s = store_;
    auto shift_down = [&](auto& column, size_t skip = 0) {
        std::memmove(column.data() + to + skip, column.data() + from + skip, count * sizeof(column[0]));
    };
    for_each_row_column([&](auto& column) { shift_down(column); });
    shift_down(s.actor_offsets_, 1);  // each row's end offset
    s.id_.move_rows(from, to, count);
    s.title_.move_rows(from, to, count);
}

void EventStoreBuilder::append(EventStoreBuilder&& part) {
    if (part.whole_ != this) throw std::logic_error("append() takes a part made for this builder");
    EventStore& s = store_;
    EventStore& p = part.store_;
    size_t first = part.first_row_, count = part.rows_;
    if (count == 0) return;
    // Its interned strings renamed into this pool, its actors counted after these.
    std::vector<StringId> renamed(p.strings_.size());
    for (size_t id = 0; id < renamed.size(); ++id)
        renamed[id] = s.strings_.intern(p.strings_.get(static_cast<StringId>(id)));
    auto actors_before = static_cast<std::uint32_t>(s.actor_ids_.size());
    for (size_t row = first; row < first + count; ++row) {
        for (auto* column : {&s.place_name_, &s.place_country_, &s.place_region_, &s.place_district_})
            (*column)[row] = renamed[(*column)[row]];
        s.actor_offsets_[row + 1] += actors_before;
    }
    s.id_.take_own_texts(p.id_, first, count);
    s.title_.take_own_texts(p.title_, first, count);
    std::uint32_t shape_shift = s.geometries_.append(p.geometries_);
    auto row_shift = static_cast<std::uint32_t>(first - rows_);
    for (auto [row, shape] : part.geometry_rows_) geometry_rows_.emplace_back(row - row_shift, shape + shape_shift);
    for (auto [row, series] : part.series_rows_) series_rows_.emplace_back(row - row_shift, renamed[series]);
    for (std::uint32_t row : part.region_area_rows_) region_area_rows_.push_back(row - row_shift);
    if (rows_ < first) move_rows(first, rows_, count);  // events skipped before the part's rows
    rows_ += count;
    s.actor_ids_.reserve(s.actor_ids_.size() + p.actor_ids_.size());
    for (StringId id : p.actor_ids_) s.actor_ids_.push_back(renamed[id]);
    part = EventStoreBuilder{};
}

namespace {

// Sorts packed (start offset << row_bits | row) values by their start offset, keeping the
// order of equal ones (rows are packed in file order): a least-significant-digit radix sort,
// 11 bits a pass, so a few passes over the rows (3 for events over 30 years) instead of
// N log N comparisons.
void radix_sort_by_start(std::vector<std::uint64_t>& packed, int row_bits, int start_bits) {
    constexpr int kDigitBits = 11;
    constexpr size_t kBuckets = size_t{1} << kDigitBits;
    std::vector<std::uint64_t> other(packed.size());
    for (int shift = row_bits; shift < row_bits + start_bits; shift += kDigitBits) {
        std::vector<size_t> next(kBuckets, 0);
        for (std::uint64_t v : packed) ++next[v >> shift & (kBuckets - 1)];
        size_t at = 0;
        for (size_t& bucket : next) at += std::exchange(bucket, at);
        for (std::uint64_t v : packed) other[next[v >> shift & (kBuckets - 1)]++] = v;
        packed.swap(other);
    }
}

int bits_for(std::uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

}  // namespace

std::vector<std::uint32_t> EventStoreBuilder::sorted_order() const {
    const EventStore& s = store_;
    std::vector<std::uint32_t> order;
    order.reserve(size());
    bool sorted = true;
    UnixSeconds earliest = 0, latest = 0;
    for (size_t row = 0; row < size(); ++row) {
        if (dropped_[row]) continue;
        UnixSeconds start = s.start_[row];
        if (order.empty()) earliest = latest = start;
        else if (start < s.start_[order.back()]) sorted = false;
        earliest = std::min(earliest, start);
        latest = std::max(latest, start);
        order.push_back(static_cast<std::uint32_t>(row));
    }
    if (sorted) return order;
    int row_bits = bits_for(size());
    int start_bits = bits_for(static_cast<std::uint64_t>(latest) - static_cast<std::uint64_t>(earliest));
    if (row_bits + start_bits <= 64) {
        std::vector<std::uint64_t> packed;
        packed.reserve(order.size());
        for (std::uint32_t row : order)
            packed.push_back((static_cast<std::uint64_t>(s.start_[row]) - static_cast<std::uint64_t>(earliest))
                                 << row_bits |
                             row);
        radix_sort_by_start(packed, row_bits, start_bits);
        std::uint64_t row_mask = (std::uint64_t{1} << row_bits) - 1;
        for (size_t k = 0; k < packed.size(); ++k) order[k] = static_cast<std::uint32_t>(packed[k] & row_mask);
        return order;
    }
    // Starts too far apart to pack with the row (over 30 000 years at 10 M events).
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return s.start_[a] < s.start_[b]; });
    return order;
}

void EventStoreBuilder::set_sparse_columns() {
    EventStore& s = store_;
    if (!geometry_rows_.empty()) {
        s.geometry_.assign(rows_, GeometryPool::kNone);
        for (auto [row, shape] : geometry_rows_) s.geometry_[row] = shape;
    }
    if (!series_rows_.empty()) {
        s.series_.assign(rows_, kEmptyString);
        for (auto [row, series] : series_rows_) s.series_[row] = series;
    }
    if (!region_area_rows_.empty()) {
        s.region_area_.assign(rows_, 0);
        for (std::uint32_t row : region_area_rows_) s.region_area_[row] = 1;
    }
}

EventStore EventStoreBuilder::finish(std::vector<Category> categories, std::string file_title,
                                     std::shared_ptr<const SourceBuffer> source_text) && {
    EventStore& s = store_;
    resize_columns(rows_);  // the room made ahead, given back
    set_sparse_columns();
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
            Column<std::uint32_t> actor_offsets{0};
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
    if (!s.geometry_.empty()) RowReorder(order).apply(s.geometry_);
    if (!s.series_.empty()) RowReorder(order).apply(s.series_);
    if (!s.region_area_.empty()) RowReorder(order).apply(s.region_area_);
    other_half.join();
    if (other_failure) std::rethrow_exception(other_failure);
    s.text_row_ = std::move(order);
    return finish_in_place(std::move(categories), std::move(file_title), std::move(source_text));
}

EventStore EventStoreBuilder::finish_in_place(std::vector<Category> categories, std::string file_title,
                                              std::shared_ptr<const SourceBuffer> source_text) {
    EventStore& s = store_;
    s.max_duration_ = 0;
    for (size_t i = 0; i < s.start_.size(); ++i)
        s.max_duration_ = std::max(s.max_duration_, s.end_[i] - s.start_[i]);
    s.geometry_events_.clear(), s.series_events_.clear();
    for (size_t i = 0; i < s.geometry_.size(); ++i)
        if (s.geometry_[i] != GeometryPool::kNone) s.geometry_events_.push_back(static_cast<std::uint32_t>(i));
    for (size_t i = 0; i < s.series_.size(); ++i)
        if (s.series_[i] != kEmptyString) s.series_events_.push_back(static_cast<std::uint32_t>(i));
    if (!s.series_.empty()) {
        std::vector<UnixSeconds> replaced = series_replaced_at(s.start_, s.series_);
        s.replaced_at_.clear();
        for (std::uint32_t i : s.series_events_) s.replaced_at_.push_back(replaced[i]);
    }
    s.region_area_events_.clear();
    for (size_t i = 0; i < s.region_area_.size(); ++i)
        if (s.region_area_[i]) s.region_area_events_.push_back(static_cast<std::uint32_t>(i));
    geometry_rows_.clear(), series_rows_.clear(), region_area_rows_.clear();
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

UnixSeconds EventStore::replaced_at(size_t i) const {
    if (!in_series(i)) return kNeverReplaced;
    auto at = std::lower_bound(series_events_.begin(), series_events_.end(), static_cast<std::uint32_t>(i));
    return replaced_at_[static_cast<size_t>(at - series_events_.begin())];
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

void EventStore::correct_position(size_t i, double lon, double lat, LocationPrecision precision) {
    lon_[i] = lon;
    lat_[i] = lat;
    place_source_[i] = PlaceSource::corrected;
    location_precision_[i] = precision;
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

void EventStore::set_region_area(size_t i, const Geometry& outline) {
    if (geometry_.empty()) geometry_.assign(size(), GeometryPool::kNone);
    bool had_shape = geometry_[i] != GeometryPool::kNone;
    geometry_[i] = geometries_.add(outline, true);
    if (!had_shape) {
        auto at = std::lower_bound(geometry_events_.begin(), geometry_events_.end(), static_cast<std::uint32_t>(i));
        geometry_events_.insert(at, static_cast<std::uint32_t>(i));
    }
    LonLat centre = representative_point(outline);
    set_position(i, centre.lon, centre.lat, PlaceSource::geocoder, LocationPrecision::region);
}

}  // namespace chronomap
