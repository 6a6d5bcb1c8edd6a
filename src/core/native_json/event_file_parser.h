// The native reader's parser of one file (internal to core/native_json). Its work is split
// by job, one file each:
//   root_and_tables.cpp  the root object, "chronomap", "title", "lang", "categories",
//                        "places", and what is checked once every event is read (categories,
//                        duplicate ids)
//   event_fields.cpp     one event's fields: a new event field is parsed there, in one place
//   parallel_load.cpp    the "events" array: one by one from the scanner's spans, the second
//                        half of a large file on another core
//   syntax_errors.cpp    where a file that is not valid JSON is broken, and why
#pragma once

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"
#include "core/io/input_limits.h"
#include "core/native_json/duplicate_ids.h"
#include "core/native_json/event_array_scanner.h"
#include "core/native_json/json_reading.h"
#include "core/native_json/source_buffer.h"
#include "core/text/source_location.h"

namespace chronomap::native_json {

class EventFileParser {
public:
    EventFileParser(const SourceBuffer& source, std::string file, std::vector<Diagnostic>& out)
        : text_(source.text()), capacity_(source.capacity()), file_(std::move(file)), diagnostics_(out) {
        // Windows editors and Excel start UTF-8 with a byte-order mark: read past it. Offsets
        // stay those of the whole text (events keep views into it).
        if (text_.starts_with("\xEF\xBB\xBF")) bom_ = 3;
    }
    // A parser for part of the same file's events, reporting into its own list.
    EventFileParser(const EventFileParser& main, std::vector<Diagnostic>& out)
        : text_(main.text_), capacity_(main.capacity_), file_(main.file_), diagnostics_(out), bom_(main.bom_),
          reads_part_(true) {}

    std::string language;  // the file's "lang" (BCP 47: "fr", "en-GB"), if any
    std::string places;    // the file's "places" value as written (the geocoder's table), if any

    // Returns false when the file cannot be used at all.
    bool parse(EventStoreBuilder& builder, std::vector<Category>& categories, std::string& title,
               size_t& skipped);

private:
    // [SECTION] reporting (here: every part reports)
    void report(Severity severity, size_t offset, const LazyPointer& pointer, std::string message,
                std::string hint = {}) {
        report_at(severity, offset, pointer.str(), std::move(message), std::move(hint));
    }
    void report_at(Severity severity, size_t offset, std::string pointer, std::string message,
                   std::string hint = {}) {
        if (!lines_) lines_.emplace(text_);  // built on the first problem only
        LineColumn where = lines_->locate(offset);
        if (bom_ && where.line == 1 && where.column > 1) --where.column;  // editors do not show it
        diagnostics_.push_back(Diagnostic{severity, file_, where.line, where.column,
                                          std::move(pointer), std::move(message), std::move(hint)});
    }
    size_t offset_of(od::value& value) {
        const char* location = nullptr;
        if (value.current_location().get(location) || location == nullptr) return 0;
        return offset_in_file(location);
    }
    // Offsets in the file of a pointer into the text or into the root copy (see parse()).
    size_t offset_in_file(const char* location) const {
        if (!root_copy_.empty() && location >= root_copy_.data() &&
            location <= root_copy_.data() + root_copy_.size()) {
            size_t at = bom_ + static_cast<size_t>(location - root_copy_.data());
            return at > layout_->open ? at + (layout_->close - layout_->open - 1) : at;
        }
        return static_cast<size_t>(location - text_.data());
    }
    size_t first_token() const {
        size_t at = text_.find_first_not_of(" \t\r\n", bom_);
        return at == std::string::npos ? bom_ : at;
    }

    // [SECTION] syntax errors (syntax_errors.cpp)
    // Reports the exact place of a syntax error; false if the text is valid JSON after all.
    bool locate_syntax_error(bool replace_diagnostics = false);
    // Says where the file is broken (the parser of the whole file only); returns false.
    bool fail_with_syntax_error();
    // Walks a value we keep but do not read; a broken one marks the file for the locator.
    // `depth`: the value's level (an event's field is 4, a field of its place or time 5).
    bool is_valid_unknown(od::value& value, size_t depth = 4) {
        if (is_valid_value(value, depth)) return true;
        broken_json_ = true;
        return false;
    }

    // [SECTION] root and tables (root_and_tables.cpp)
    bool parse_categories(od::value& value, std::vector<Category>& categories);
    // Gives each event its category, once all are declared (they may come after the events);
    // events of an unknown category are dropped and said.
    void resolve_categories(EventStoreBuilder& builder, std::vector<Category>& categories, size_t& skipped);
    // Ids select events and stories refer to them: a second use is worth a warning.
    void report_duplicate_ids(const EventStoreBuilder& builder);
    // Where an event's "id" value is (found again for the few events that need it).
    size_t id_offset(const EventStoreBuilder& builder, size_t row);
    // What only reading needed, given back before the store is sorted (the peak of a load).
    void release_reading_memory();

    // [SECTION] the events array (parallel_load.cpp)
    // Events parsed one by one (see event_array_scanner.h): the spans of the elements, and
    // the file without them (the root object with "events": []) for the other fields.
    bool parse_scanned_events(EventStoreBuilder& builder, size_t& skipped);
    bool parse_elements(const EventArrayLayout& layout, size_t begin, size_t end, EventStoreBuilder& builder,
                        size_t& skipped);
    // Takes over what a parser of the following events read.
    void append(EventFileParser&& later, EventStoreBuilder& builder, EventStoreBuilder&& later_builder);
    // The events array read in place, when the scanner did not find it (an unusual file).
    bool parse_events_array(od::value& value, EventStoreBuilder& builder, size_t& skipped);
    // An event read: checked for a duplicate id and added (or counted as skipped).
    void keep_event(bool parsed, size_t index, EventStoreBuilder& builder, size_t& skipped);
    void reserve_rows(size_t rows) {
        ids_.reserve(rows);
        category_key_of_row_.reserve(rows);
        category_offset_of_row_.reserve(rows);
    }
    void report_too_many_events(size_t offset);

    // [SECTION] event fields (event_fields.cpp)
    // Fills `record` (reused between events); false when the event must be skipped.
    bool parse_event(od::value& value, size_t index, EventRecord& record,
                     std::string_view& category_key, size_t& category_offset);
    void report_not_an_event(size_t offset, size_t index, od::json_type type);
    bool parse_place(od::value& value, const LazyPointer& pointer, EventRecord& record);
    // Importers keep the source's precision code: {"level": "region", "field": ..., "code": ...}.
    bool parse_coordinates_precision(od::value& value, LocationPrecision& precision);
    bool parse_position(od::value& value, const LazyPointer& pointer, bool is_user, double& lon,
                        double& lat, LocationPrecision* precision = nullptr);
    bool parse_actors(od::value& value, const LazyPointer& pointer, EventRecord& record);
    std::optional<TimeStamp> parse_stamp(od::value& value, const LazyPointer& pointer);
    std::optional<TimeValue> parse_time(od::value& value, const LazyPointer& pointer);
    bool read_string(od::value& value, const LazyPointer& pointer, std::string_view& out);
    bool read_text_in_place(od::value& value, const LazyPointer& pointer, std::string_view& out);
    bool read_count(od::value& value, const LazyPointer& pointer, std::int32_t& out);

    // [SECTION] areas, lines and series (geometry_fields.cpp; docs/event-format.md "Areas and
    // lines"). A geometry's problems are reported at its pointer; one that cannot be drawn
    // leaves the event to its place name.
    bool parse_geometry(od::value& value, const LazyPointer& pointer, EventRecord& record);
    bool parse_geometry_precision(od::value& value, const LazyPointer& pointer, EventRecord& record);
    bool parse_arrow(od::value& value, const LazyPointer& pointer, EventRecord& record);
    // A geometry far from the event's own coordinates but on them with lon/lat swapped.
    void check_swapped_axes(const EventRecord& record, size_t offset, const LazyPointer& pointer);

    std::string_view text_;
    size_t capacity_;
    std::optional<EventArrayLayout> layout_;
    std::string root_copy_;
    // Per event row, filled while reading: the category key (resolved at the end, as
    // categories may come after the events) and where to report it.
    EventRecord record_;
    Geometry geometry_;  // the current event's, handed to the builder by pointer
    std::string_view category_key_;
    size_t category_offset_ = 0;
    StringPool category_keys_;
    std::vector<StringId> category_key_of_row_;
    std::vector<std::uint32_t> category_offset_of_row_;  // from the event's start
    struct SkippedCategory {
        StringId key;
        size_t offset, index;
    };
    std::vector<SkippedCategory> unchecked_categories_;  // of events skipped for other problems
    DuplicateIdFinder ids_;
    std::string file_;
    std::vector<Diagnostic>& diagnostics_;
    std::optional<LineIndex> lines_;
    bool broken_json_ = false;
    size_t bom_ = 0;        // bytes of a UTF-8 byte-order mark at the start, read past
    bool reads_part_ = false;  // a helper reading some of the events on another thread
    bool events_checked_ = false;  // each event with a problem was checked for broken JSON
};

}  // namespace chronomap::native_json
