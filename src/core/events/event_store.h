// EventStore: the events of one file, as columns sorted by start time.
//
// Columns (one entry per event, index i) rather than an array of structs: drawing,
// filtering and the timeline read one or two columns of a million events at a time.
// A time window is two binary searches on start(); spans that began before the window
// are found through max_duration(). Each event also keeps the exact text it had in the
// file (original_json), so details and unknown fields are never lost.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/events/category.h"
#include "core/events/column.h"
#include "core/geometry/event_geometry.h"
#include "core/native_json/source_buffer.h"
#include "core/events/string_pool.h"
#include "core/events/text_column.h"
#include "core/time/time_value.h"

namespace chronomap {

// Where an event's position came from.
enum class PlaceSource : std::uint8_t {
    none,         // not placed yet
    coordinates,  // the user wrote "coordinates": never overwritten
    geocoded,     // a "geocoded" object stored in the file by `chronomap geocode`
    geocoder,     // placed by the geocoder while loading
    corrected,    // the user's coordinates contradicted the place named: moved (coordinate_correction.h)
};
std::string_view place_source_name(PlaceSource source);

// What kind of location an event's position stands for (the map draws a region-level
// position differently from a town). Geocoded positions say it; user coordinates are exact.
enum class LocationPrecision : std::uint8_t {
    unknown,   // not placed, or a stored "geocoded" object without "precision"
    exact,     // the user's "coordinates"
    town,      // a town's centre
    district,  // a part of a town
    region,    // a point standing for a first-level region
    country,   // a point standing for a country
    near,      // near the named place ("près de Homs")
};
std::string_view location_precision_name(LocationPrecision precision);
// "town", "near" ... as `geocode` writes them; unknown for anything else.
LocationPrecision location_precision_from_name(std::string_view name);

// One event as the reader hands it to EventStoreBuilder::add. The views need only live
// until add() returns: the builder copies what it keeps.
struct EventRecord {
    std::string_view id{};
    std::string_view title{};
    TimeValue time{};
    std::string_view place_name{};
    std::string_view place_country{};  // as written: "Syrie", "SY", "Libya" ...
    std::string_view place_region{};   // first-level region as written: "Idleb", "Daraa"
    std::string_view place_district{};  // second-level, as written
    LocationPrecision location_precision = LocationPrecision::unknown;
    double lon = NAN, lat = NAN;
    PlaceSource place_source = PlaceSource::none;
    std::uint16_t category = 0;
    std::int32_t fatalities = -1;  // -1: not stated
    std::int32_t injured = -1;
    std::vector<std::string_view> actors{};
    // An area or line (nullptr: a point event). Without coordinates, the event is placed at
    // the geometry's representative point, as the user's own coordinates.
    const Geometry* geometry = nullptr;
    bool geometry_approximate = false;  // the zone is known roughly: drawn hatched and dashed
    bool line_arrow = false;            // a line's end drawn as an arrowhead
    // `"geometry": "region"`: the area is the outline of the first-level region the place
    // names, set on load (core/placement/region_areas.h).
    bool geometry_from_region = false;
    std::string_view series{};          // states of one series replace one another
    std::uint32_t file_index = 0;   // position in the file's "events" array
    std::uint64_t json_offset = 0;  // the event's text in the source
    std::uint32_t json_length = 0;
};

class EventStoreBuilder;

class EventStore {
public:
    size_t size() const { return start_.size(); }
    bool empty() const { return start_.empty(); }

    // [SECTION] columns, sorted by start time
    std::span<const UnixSeconds> start() const { return start_; }
    std::span<const UnixSeconds> end() const { return end_; }
    std::span<const double> lon() const { return lon_; }
    std::span<const double> lat() const { return lat_; }
    std::span<const std::uint16_t> category() const { return category_; }
    std::span<const std::int32_t> fatalities() const { return fatalities_; }
    std::span<const std::int32_t> injured() const { return injured_; }
    std::span<const std::uint32_t> file_index() const { return file_index_; }

    // [SECTION] one event
    TimeValue time(size_t i) const;
    bool is_placed(size_t i) const { return !std::isnan(lon_[i]); }
    PlaceSource place_source(size_t i) const { return place_source_[i]; }
    std::string_view id(size_t i) const { return id_[text_row(i)]; }
    std::string_view title(size_t i) const { return title_[text_row(i)]; }
    std::string_view place_name(size_t i) const { return strings_.get(place_name_[i]); }
    std::string_view place_country(size_t i) const { return strings_.get(place_country_[i]); }
    std::string_view place_region(size_t i) const { return strings_.get(place_region_[i]); }
    std::string_view place_district(size_t i) const { return strings_.get(place_district_[i]); }
    LocationPrecision location_precision(size_t i) const { return location_precision_[i]; }
    std::span<const LocationPrecision> location_precision() const { return location_precision_; }
    StringId place_name_id(size_t i) const { return place_name_[i]; }
    // (name, country, region, district) as interned ids: tells the places a file names apart
    // without building strings for each of millions of events.
    using PlaceKey = std::array<StringId, 4>;
    PlaceKey place_key(size_t i) const {
        return {place_name_[i], place_country_[i], place_region_[i], place_district_[i]};
    }
    struct PlaceKeyHash {
        size_t operator()(const PlaceKey& k) const {
            return std::hash<std::uint64_t>{}(((std::uint64_t{k[0]} << 32 | k[1]) * 0x9E3779B97F4A7C15ull ^ k[2]) *
                                                  0x9E3779B97F4A7C15ull ^
                                              k[3]);
        }
    };
    std::vector<std::string_view> actors(size_t i) const;
    // The event exactly as written in the file (unknown fields included).
    std::string_view original_json(size_t i) const;

    // [SECTION] areas, lines and series (columns empty when the file has none)
    bool has_geometry(size_t i) const { return !geometry_.empty() && geometry_[i] != GeometryPool::kNone; }
    GeometryRef geometry(size_t i) const { return geometries_.get(geometry_[i]); }
    // Drawn as an area or a line rather than a marker (render/area_layer.h).
    bool is_area_or_line(size_t i) const { return has_geometry(i) && geometry(i).kind() != GeometryKind::point; }
    const GeometryPool& geometries() const { return geometries_; }
    // Events that have a geometry, and events in a series, in time order.
    std::span<const std::uint32_t> geometry_events() const { return geometry_events_; }
    std::span<const std::uint32_t> series_events() const { return series_events_; }
    // Events whose area is their region's outline (`"geometry": "region"`), in time order;
    // set_region_area() gives each its shape once the region is known.
    std::span<const std::uint32_t> region_area_events() const { return region_area_events_; }
    // Event i becomes the area `outline` (approximate: a region stands for a zone known
    // roughly), placed at its representative point as region-wide.
    void set_region_area(size_t i, const Geometry& outline);
    bool in_series(size_t i) const { return !series_.empty() && series_[i] != kEmptyString; }
    std::string_view series(size_t i) const { return series_.empty() ? std::string_view{} : strings_.get(series_[i]); }
    // When the next state of i's series begins (kNeverReplaced: never, or no series).
    UnixSeconds replaced_at(size_t i) const;
    // The GeoNames place the geocoder found for an event's (name, country, region): labels and
    // the details panel name it by core/place_names/exonyms.h's rule ("Tadmor" -> "Palmyre").
    struct KnownPlace {
        std::uint32_t geonameid = 0;
        std::string name;     // GeoNames' name ("Tadmur")
        std::string country;  // ISO alpha-2 ("SY")
    };
    // nullptr when the event was not placed by the geocoder (user coordinates, no name).
    const KnownPlace* known_place(size_t i) const {
        if (known_places_.empty() || place_source_[i] != PlaceSource::geocoder) return nullptr;
        auto at = known_places_.find(place_key(i));
        return at == known_places_.end() ? nullptr : &at->second;
    }
    void set_known_place(const PlaceKey& key, KnownPlace place) { known_places_[key] = std::move(place); }

    // Geocoding fills positions after loading; user coordinates are never replaced.
    void set_position(size_t i, double lon, double lat, PlaceSource source,
                      LocationPrecision precision = LocationPrecision::unknown);

    // Coordinates that contradict their place, replaced (core/placement/coordinate_correction.h).
    void correct_position(size_t i, double lon, double lat, LocationPrecision precision);

    // [SECTION] time queries
    // Events whose start lies in [t0, t1): a contiguous index range.
    std::pair<size_t, size_t> starting_in(UnixSeconds t0, UnixSeconds t1) const;
    // Indices of all events overlapping [t0, t1), including spans begun earlier.
    std::vector<size_t> overlapping(UnixSeconds t0, UnixSeconds t1) const;
    UnixSeconds max_duration() const { return max_duration_; }
    // Earliest start and latest end over all events; {0,0} when empty.
    std::pair<UnixSeconds, UnixSeconds> time_extent() const;

    // [SECTION] file-level data
    const std::vector<Category>& categories() const { return categories_; }
    const std::string& title_of_file() const { return file_title_; }
    // The file's "lang" as written ("fr", "en"); empty when the file does not say.
    const std::string& language() const { return language_; }
    void set_language(std::string language) { language_ = std::move(language); }
    // The file's "places" table as written (a JSON object), empty when it has none.
    const std::string& places_json() const { return places_json_; }
    void set_places_json(std::string places) { places_json_ = std::move(places); }
    std::string_view source_text() const { return source_text_ ? source_text_->text() : std::string_view{}; }
    const StringPool& strings() const { return strings_; }

    // Builds a store from records (any order); a convenience over EventStoreBuilder.
    static EventStore build(const std::vector<EventRecord>& records, std::vector<Category> categories,
                            std::string file_title, std::shared_ptr<const SourceBuffer> source_text);

private:
    Column<UnixSeconds> start_, end_;
    Column<std::uint8_t> precision_;  // start precision in the low nibble, end in the high
    Column<std::uint8_t> is_span_;
    Column<double> lon_, lat_;
    Column<PlaceSource> place_source_;
    Column<std::uint16_t> category_;
    Column<std::int32_t> fatalities_, injured_;
    // Ids and titles stay in file order (mostly distinct: not worth interning); moving
    // 10 M texts into time order cost more than the whole parse of one half of the file.
    TextColumn id_, title_;
    std::vector<std::uint32_t> text_row_;  // event i's row in id_ and title_; empty: i itself
    size_t text_row(size_t i) const { return text_row_.empty() ? i : text_row_[i]; }
    Column<StringId> place_name_, place_country_;  // few distinct: interned
    Column<StringId> place_region_, place_district_;
    Column<LocationPrecision> location_precision_;
    Column<std::uint32_t> actor_offsets_;  // actors of i: actor_ids_[offsets[i]..offsets[i+1])
    std::vector<StringId> actor_ids_;
    Column<std::uint32_t> file_index_;
    Column<std::uint64_t> json_offset_;
    Column<std::uint32_t> json_length_;
    UnixSeconds max_duration_ = 0;
    Column<std::uint32_t> geometry_;  // shape in geometries_ or kNone; empty: no event has one
    Column<StringId> series_;         // empty: no event is in a series
    Column<std::uint8_t> region_area_;  // 1: "geometry": "region"; empty: no event says so
    GeometryPool geometries_;
    std::vector<std::uint32_t> geometry_events_, series_events_, region_area_events_;
    std::vector<UnixSeconds> replaced_at_;  // by series_events_ position

    StringPool strings_;
    std::vector<Category> categories_;
    std::string file_title_;
    std::string language_;
    std::string places_json_;
    std::shared_ptr<const SourceBuffer> source_text_;
    std::unordered_map<PlaceKey, KnownPlace, PlaceKeyHash> known_places_;  // few: one per place

    friend class EventStoreBuilder;
};

// Collects events in file order, then sorts them by start time into an EventStore.
class EventStoreBuilder {
public:
    EventStoreBuilder() = default;
    // A builder for a later part of the same file, read on another thread: its rows are
    // written straight into `whole`'s columns from `first_row` on (room made by
    // whole.reserve()), and whole.append() then takes them without copying those columns.
    EventStoreBuilder(EventStoreBuilder& whole, size_t first_row) : whole_(&whole), first_row_(first_row) {}
    EventStoreBuilder(EventStoreBuilder&&) = default;
    EventStoreBuilder& operator=(EventStoreBuilder&&) = default;

    void reserve(size_t events);
    // Ids and titles that lie in `source` are kept as places in it rather than copied: the
    // store finish() makes must then be given that source.
    void refer_to(std::string_view source);
    // Returns the row of the added event.
    size_t add(const EventRecord& record);
    size_t size() const { return rows_; }
    std::string_view id(size_t row) const { return store_.id_[row]; }
    std::uint64_t json_offset(size_t row) const { return store_.json_offset_[row]; }
    std::uint32_t json_length(size_t row) const { return store_.json_length_[row]; }
    std::uint32_t file_index(size_t row) const { return store_.file_index_[row]; }
    void set_category(size_t row, std::uint16_t category) { store_.category_[row] = category; }
    void drop(size_t row);  // leave this event out of the store
    // Adds the rows of a part built for this builder after these (two halves of a file
    // read in parallel); the part's first row may leave a gap (events skipped), closed here.
    void append(EventStoreBuilder&& part);
    // Sorting is stable: events with the same start keep their file order.
    EventStore finish(std::vector<Category> categories, std::string file_title,
                      std::shared_ptr<const SourceBuffer> source_text) &&;

private:
    std::vector<std::uint32_t> sorted_order() const;  // rows kept, by start time
    EventStore finish_in_place(std::vector<Category> categories, std::string file_title,
                               std::shared_ptr<const SourceBuffer> source_text);

    template <class F>
    void for_each_row_column(F&& f);
    void resize_columns(size_t rows);
    void move_rows(size_t from, size_t to, size_t count);

    void set_sparse_columns();  // geometry_ and series_ from the lists below, file order

    EventStore store_;  // columns in file order until finish(); sized ahead of rows_
    // Few events have a geometry or a series: kept as (row, value) until finish(), so a file of
    // points pays nothing for them. A part's rows count in the whole's numbering.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> geometry_rows_;  // row, shape
    std::vector<std::pair<std::uint32_t, StringId>> series_rows_;
    std::vector<std::uint32_t> region_area_rows_;
    Column<std::uint8_t> dropped_;
    size_t rows_ = 0;
    EventStoreBuilder* whole_ = nullptr;  // a part: the builder whose columns it writes
    size_t first_row_ = 0;                // a part: where its rows start in those columns
};

}  // namespace chronomap
