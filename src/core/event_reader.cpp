#include "core/event_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "core/duplicate_ids.h"
#include "core/event_array_scanner.h"
#include "core/geometry/geojson_geometry.h"
#include "core/json_syntax_check.h"
#include "core/source_location.h"
#include "core/sources/wild_date.h"

namespace chronomap {
namespace {

namespace od = simdjson::ondemand;

// [SECTION] small helpers

std::string json_pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string_view type_name(od::json_type type) {
    switch (type) {
        case od::json_type::array: return "an array";
        case od::json_type::object: return "an object";
        case od::json_type::number: return "a number";
        case od::json_type::string: return "a string";
        case od::json_type::boolean: return "true/false";
        case od::json_type::null: return "null";
    }
    return "something else";
}

// A JSON pointer spelled out only when a problem is reported: building one per field of a
// million good events would cost more than parsing them.
struct LazyPointer {
    std::string_view root{};                  // "events", "categories"
    size_t index = std::string_view::npos;    // array index under root
    std::string_view key{};                   // a field, unescaped
    std::string_view sub{};                   // deeper: "/start"
    LazyPointer field(std::string_view name) const { return {root, index, name, {}}; }
    LazyPointer below(std::string_view path) const { return {root, index, key, path}; }
    std::string str() const;
};

std::string shorten(std::string_view text) {
    constexpr size_t kMax = 60;
    if (text.size() <= kMax) return std::string(text);
    return std::string(text.substr(0, kMax)) + "...";
}

std::string LazyPointer::str() const {
    std::string out;
    if (!root.empty()) out += "/" + json_pointer_token(root);
    if (index != std::string_view::npos) out += "/" + std::to_string(index);
    if (!key.empty()) out += "/" + json_pointer_token(key);
    out += sub;
    return out;
}

// Finds where a syntax error is, with nlohmann's SAX parser (exact byte position, good
// messages, no DOM built); only called once simdjson has said the text is not valid JSON.
struct SyntaxErrorLocator : nlohmann::json_sax<nlohmann::json> {
    size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        position = pos > 0 ? pos - 1 : 0;  // the character where the parser gave up
        message = ex.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
        if (auto at = message.find(": syntax error"); at != std::string::npos)
            message = message.substr(at + 2);
        else if (auto colon = message.find("] "); colon != std::string::npos)
            message = message.substr(colon + 2);
        return false;
    }
};

// [SECTION] validation

// `depth` is the value's level from the top of the file (the top-level object is 1): deeper
// than kMaxJsonDepth containers is refused (docs/event-format.md, "Limits"), rather than recursed.
bool is_valid_value(od::value& value, size_t depth) {
    od::json_type type{};
    if (value.type().get(type)) return false;
    if ((type == od::json_type::array || type == od::json_type::object) && depth > kMaxJsonDepth) return false;
    switch (type) {
        case od::json_type::array: {
            od::array array;
            if (value.get_array().get(array)) return false;
            for (auto element_result : array) {
                od::value element;
                if (std::move(element_result).get(element) || !is_valid_value(element, depth + 1)) return false;
            }
            return true;
        }
        case od::json_type::object: {
            od::object object;
            if (value.get_object().get(object)) return false;
            for (auto field_result : object) {
                od::field field;
                std::string_view key;
                if (std::move(field_result).get(field) || field.unescaped_key().get(key) ||
                    !is_valid_value(field.value(), depth + 1))
                    return false;
            }
            return true;
        }
        case od::json_type::number: {
            od::number number;
            return !value.get_number().get(number);
        }
        case od::json_type::string: {
            std::string_view text;
            return !value.get_string().get(text);
        }
        case od::json_type::boolean: {
            bool flag = false;
            return !value.get_bool().get(flag);
        }
        case od::json_type::null: {
            bool is_null = false;
            return !value.is_null().get(is_null) && is_null;
        }
    }
    return false;
}

// [SECTION] the parser of one file

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

    // Returns false when the file cannot be used at all.
    std::string language;  // the file's "lang" (BCP 47: "fr", "en-GB"), if any
    std::string places;    // the file's "places" value as written (the geocoder's table), if any

    bool parse(EventStoreBuilder& builder, std::vector<Category>& categories, std::string& title,
               size_t& skipped);

private:
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
    // Reports the exact place of a syntax error; false if the text is valid JSON after all.
    bool locate_syntax_error(bool replace_diagnostics = false);
    // Walks a value we keep but do not read; a broken one marks the file for the locator.
    // `depth`: the value's level (an event's field is 4, a field of its place or time 5).
    bool is_valid_unknown(od::value& value, size_t depth = 4) {
        if (is_valid_value(value, depth)) return true;
        broken_json_ = true;
        return false;
    }
    bool fail_with_syntax_error() {
        if (reads_part_) return false;  // the parser of the whole file locates it
        if (!locate_syntax_error(true)) report_at(Severity::error, 0, "", "the file is not valid JSON");
        return false;
    }
    // Ids select events and stories refer to them: a second use is worth a warning.
    void report_duplicate_ids(const EventStoreBuilder& builder) {
        auto duplicates = ids_.find([&](std::uint32_t row) { return builder.id(row); });
        if (duplicates.empty()) return;
        if (!lines_) lines_.emplace(text_);
        for (const auto& duplicate : duplicates) {
            int first_line = lines_->locate(builder.json_offset(duplicate.first)).line;
            report(Severity::warning, id_offset(builder, duplicate.row),
                   LazyPointer{"events", builder.file_index(duplicate.row), "id"},
                   "event id \"" + shorten(builder.id(duplicate.row)) + "\" is already used by the event at line " +
                       std::to_string(first_line),
                   "ids select events and stories refer to them: give each event its own id");
        }
    }
    // Where an event's "id" value is (found again for the few events that need it).
    size_t id_offset(const EventStoreBuilder& builder, size_t row) {
        size_t at = builder.json_offset(row);
        od::parser parser;
        od::document document;
        od::object object;
        od::value value;
        auto padded = simdjson::padded_string_view(text_.data() + at, builder.json_length(row), capacity_ - at);
        if (parser.iterate(padded).get(document) || document.get_object().get(object) ||
            object.find_field_unordered("id").get(value))
            return at;
        return offset_of(value);
    }
    // What only reading needed, given back before the store is sorted (the peak of a load).
    void release_reading_memory() {
        layout_.reset();
        root_copy_ = {};
        category_key_of_row_ = {};
        category_offset_of_row_ = {};
        unchecked_categories_ = {};
        ids_ = {};
    }
    void report_too_many_events(size_t offset) {
        report(Severity::error, offset, LazyPointer{"events", kMaxEvents},
               "more than " + std::to_string(kMaxEvents) + " events: chronomap reads no more from one file",
               "split the file by year or by region");
    }
    void report_not_an_event(size_t offset, size_t index, od::json_type type) {
        report(Severity::error, offset, LazyPointer{"events", index},
               "an event must be an object, got " + std::string(type_name(type)) + "; skipped",
               "write { \"time\": \"2017-10-04\", \"place\": \"Misrata\", ... }");
    }
    bool parse_categories(od::value& value, std::vector<Category>& categories);
    // Fills `record` (reused between events); false when the event must be skipped.
    bool parse_event(od::value& value, size_t index, EventRecord& record,
                     std::string_view& category_key, size_t& category_offset);
    bool parse_place(od::value& value, const LazyPointer& pointer, EventRecord& record);
    // Importers keep the source's precision code: {"level": "region", "field": ..., "code": ...}.
    bool parse_coordinates_precision(od::value& value, LocationPrecision& precision);
    bool parse_position(od::value& value, const LazyPointer& pointer, bool is_user, double& lon,
                        double& lat, LocationPrecision* precision = nullptr);
    bool parse_actors(od::value& value, const LazyPointer& pointer, EventRecord& record);
    // Areas and lines (docs/event-format.md "Areas and lines"): the geometry's problems are
    // reported at its pointer; one that cannot be drawn leaves the event to its place name.
    bool parse_geometry(od::value& value, const LazyPointer& pointer, EventRecord& record);
    bool parse_geometry_precision(od::value& value, const LazyPointer& pointer, EventRecord& record);
    Geometry geometry_;  // the current event's, handed to the builder by pointer
    std::optional<TimeStamp> parse_stamp(od::value& value, const LazyPointer& pointer);
    std::optional<TimeValue> parse_time(od::value& value, const LazyPointer& pointer);
    bool read_string(od::value& value, const LazyPointer& pointer, std::string_view& out);
    bool read_text_in_place(od::value& value, const LazyPointer& pointer, std::string_view& out);
    bool read_count(od::value& value, const LazyPointer& pointer, std::int32_t& out);

    // Events parsed one by one (see event_array_scanner.h): the spans of the elements, and
    // the file without them (the root object with "events": []) for the other fields.
    bool parse_scanned_events(EventStoreBuilder& builder, size_t& skipped);
    bool parse_elements(const EventArrayLayout& layout, size_t begin, size_t end, EventStoreBuilder& builder,
                        size_t& skipped);
    // Takes over what a parser of the following events read.
    void append(EventFileParser&& later, EventStoreBuilder& builder, EventStoreBuilder&& later_builder);
    bool parse_events_array(od::value& value, EventStoreBuilder& builder, size_t& skipped);
    // An event read: checked for a duplicate id and added (or counted as skipped).
    void keep_event(bool parsed, size_t index, EventStoreBuilder& builder, size_t& skipped);
    void reserve_rows(size_t rows) {
        ids_.reserve(rows);
        category_key_of_row_.reserve(rows);
        category_offset_of_row_.reserve(rows);
    }

    std::string_view text_;
    size_t capacity_;
    std::optional<EventArrayLayout> layout_;
    std::string root_copy_;
    // Per event row, filled while reading: the category key (resolved at the end, as
    // categories may come after the events) and where to report it.
    EventRecord record_;
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

bool EventFileParser::locate_syntax_error(bool replace_diagnostics) {
    // First the checker that names the usual mistakes (a missing comma at the end of the line
    // before, a trailing comma, single quotes, a truncated file ...); nlohmann's exact SAX
    // parser for anything it lets through.
    if (auto problem = check_json_syntax(text_.substr(bom_))) {
        if (replace_diagnostics) diagnostics_.clear();
        report_at(Severity::error, std::min(problem->offset + bom_, text_.size()), "",
                  std::move(problem->message), std::move(problem->hint));
        return true;
    }
    SyntaxErrorLocator locator;
    bool ok = nlohmann::json::sax_parse(text_.substr(bom_), &locator);
    if (ok) return false;
    if (replace_diagnostics) diagnostics_.clear();
    size_t offset = std::min(locator.position + bom_, text_.size());
    report_at(Severity::error, offset, "", locator.message,
              "JSON needs double quotes around names and strings, a comma between items and none "
              "after the last one; fix the file at this point and load it again");
    return true;
}

bool EventFileParser::parse(EventStoreBuilder& builder, std::vector<Category>& categories,
                            std::string& title, size_t& skipped) {
    if (text_.find_first_not_of(" \t\r\n", bom_) == std::string::npos) {
        report_at(Severity::error, 0, "", "the file is empty",
                  "an event file is a JSON object: {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }
    builder.refer_to(text_);  // the store is given this text: ids and titles are kept as places in it
    od::parser parser;
    od::document document;
    auto padded =
        simdjson::padded_string_view(text_.data() + bom_, text_.size() - bom_, capacity_ - bom_);
    // The events are parsed one by one when a quick scan finds them (the usual case); the
    // rest of the root object is then read from a copy of the file without them.
    layout_ = scan_event_array(text_, bom_);
    if (layout_) {
        root_copy_.append(text_.substr(bom_, layout_->open + 1 - bom_));
        root_copy_.append(text_.substr(layout_->close));
        size_t size = root_copy_.size();
        root_copy_.append(SourceBuffer::kPadding, '\0');
        padded = simdjson::padded_string_view(root_copy_.data(), size, root_copy_.size());
        root_copy_.resize(size);  // keeps the zeroed capacity behind it
    }
    // One pass reads and validates: known fields are checked by reading them, unknown ones
    // are walked where they stand (a broken unknown field must not slip through).
    if (parser.iterate(padded).get(document)) return fail_with_syntax_error();
    od::object root;
    if (document.get_object().get(root)) {
        if (!text_.empty() && text_[first_token()] == '{') return fail_with_syntax_error();
        report_at(Severity::error, first_token(), "", "the file must be a JSON object",
                  "write {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }

    bool saw_events = false, saw_version = false;
    for (auto field_result : root) {
        od::field field;
        std::string_view key_view;
        if (std::move(field_result).get(field) || field.unescaped_key().get(key_view))
            return fail_with_syntax_error();
        std::string key(key_view);
        od::value& value = field.value();
        LazyPointer pointer{key};

        if (key == "chronomap") {
            saw_version = true;
            std::int64_t version = 0;
            if (value.get_int64().get(version) || version < 1) {
                report(Severity::error, offset_of(value), pointer,
                       "\"chronomap\" must be the format version number, 1", "write \"chronomap\": 1");
                return false;
            }
            if (version > kEventFormatVersion) {
                report(Severity::error, offset_of(value), pointer,
                       "this file uses format version " + std::to_string(version) +
                           ", this chronomap reads version " + std::to_string(kEventFormatVersion),
                       "update chronomap to read it");
                return false;
            }
        } else if (key == "title") {
            std::string_view file_title;
            if (read_string(value, pointer, file_title)) title = file_title;
        } else if (key == "lang") {
            std::string_view lang;
            if (read_string(value, pointer, lang)) language = lang;
        } else if (key == "categories") {
            if (!parse_categories(value, categories)) return false;
        } else if (key == "events") {
            bool scanned = layout_ && !saw_events && offset_of(value) == layout_->open;
            saw_events = true;
            if (scanned ? !parse_scanned_events(builder, skipped)
                        : !parse_events_array(value, builder, skipped))
                return false;
        } else if (key == "places") {
            // Kept as text for the geocoder (core/gazetteer/places_table.h), which would
            // otherwise parse the whole file again to find it.
            const char* begin = nullptr;
            const char* end = nullptr;
            if (value.current_location().get(begin) || !is_valid_value(value, 2)) return fail_with_syntax_error();
            // Once read, the document stands at the token after the value (',' or '}').
            if (document.current_location().get(end) == simdjson::SUCCESS && end > begin) {
                places.assign(begin, static_cast<size_t>(end - begin));
                while (!places.empty() && std::isspace(static_cast<unsigned char>(places.back()))) places.pop_back();
            }
        } else if (!is_valid_value(value, 2)) {
            return fail_with_syntax_error();
        }
        // Any other field is kept as written (the writer works from the original text).
    }
    // Past the root object only the end may remain: "{...} {...}" is not one document.
    const char* trailing = nullptr;
    if (document.current_location().get(trailing) == simdjson::SUCCESS) return fail_with_syntax_error();
    // A value that could not be read as its field wants may be broken JSON rather than the
    // wrong type ("time": tru); the exact locator tells, and its answer wins.
    if (broken_json_) return fail_with_syntax_error();
    // (Events parsed one by one were each checked already: then only the rest of the file is.)
    if (has_errors(diagnostics_) && (!events_checked_ || check_json_syntax(root_copy_)) &&
        locate_syntax_error(/*replace_diagnostics=*/true))
        return false;
    if (!saw_events) {
        report_at(Severity::error, first_token(), "", "the file has no \"events\" array",
                  "add \"events\": [ ... ] to the top-level object");
        return false;
    }
    if (!saw_version) {
        report_at(Severity::warning, first_token(), "",
                  "no \"chronomap\" format version; reading it as version 1",
                  "add \"chronomap\": 1 to the top-level object");
    }

    report_duplicate_ids(builder);
    ids_ = {};
    // Category key id -> category index; kNone for keys no category declares.
    constexpr std::uint32_t kNone = 0xFFFFFFFF;
    std::vector<std::uint32_t> category_of_key(category_keys_.size(), kNone);
    for (size_t k = 0; k < category_keys_.size(); ++k) {
        std::string_view key = category_keys_.get(static_cast<StringId>(k));
        for (size_t c = 0; c < categories.size(); ++c)
            if (categories[c].key == key) category_of_key[k] = static_cast<std::uint32_t>(c);
        if (key.empty() && category_of_key[k] == kNone) {
            category_of_key[k] = static_cast<std::uint32_t>(categories.size());
            categories.push_back(Category{"", "Other", Rgba{130, 130, 130, 255}});
        }
    }
    std::string known;
    for (const Category& c : categories)
        if (!c.key.empty()) known += (known.empty() ? "" : ", ") + c.key;
    for (size_t row = 0; row < category_key_of_row_.size(); ++row) {
        std::uint32_t category = category_of_key[category_key_of_row_[row]];
        if (category != kNone) {
            builder.set_category(row, static_cast<std::uint16_t>(category));
            continue;
        }
        report(Severity::error, builder.json_offset(row) + category_offset_of_row_[row],
               LazyPointer{"events", builder.file_index(row), "category"},
               "unknown category \"" + shorten(category_keys_.get(category_key_of_row_[row])) +
                   "\"; event skipped",
               known.empty() ? "declare it in \"categories\" at the top of the file"
                             : "use one of: " + known + ", or declare it in \"categories\"");
        builder.drop(row);
        ++skipped;
    }
    // Every problem of an event is said, the unknown category of a skipped event too
    // (checked here, once the categories are known).
    for (const SkippedCategory& skipped_event : unchecked_categories_) {
        if (category_of_key[skipped_event.key] != kNone) continue;
        report(Severity::error, skipped_event.offset, LazyPointer{"events", skipped_event.index, "category"},
               "unknown category \"" + shorten(category_keys_.get(skipped_event.key)) + "\"; event skipped",
               known.empty() ? "declare it in \"categories\" at the top of the file"
                             : "use one of: " + known + ", or declare it in \"categories\"");
    }
    release_reading_memory();
    return true;
}

void EventFileParser::keep_event(bool parsed, size_t index, EventStoreBuilder& builder, size_t& skipped) {
    if (parsed) {
        ids_.add(record_.id);
        builder.add(record_);
        category_key_of_row_.push_back(category_keys_.intern(category_key_));
        category_offset_of_row_.push_back(static_cast<std::uint32_t>(category_offset_ - record_.json_offset));
    } else {
        ++skipped;
        if (!category_key_.empty())
            unchecked_categories_.push_back({category_keys_.intern(category_key_), category_offset_, index});
    }
    category_key_ = {};  // not carried over to an element that is not an event
}

bool EventFileParser::parse_events_array(od::value& value, EventStoreBuilder& builder, size_t& skipped) {
    od::array events;
    if (value.get_array().get(events)) {
        report(Severity::error, offset_of(value), LazyPointer{"events"}, "\"events\" must be an array",
               "write \"events\": [ {...}, {...} ]");
        return false;
    }
    builder.reserve(text_.size() / 256 + 16);  // a typical event is a few hundred bytes
    size_t index = 0;
    for (auto element_result : events) {
        od::value element;
        if (std::move(element_result).get(element)) return fail_with_syntax_error();
        if (index >= kMaxEvents) {
            report_too_many_events(offset_of(element));
            return false;
        }
        keep_event(parse_event(element, index, record_, category_key_, category_offset_), index, builder, skipped);
        ++index;
    }
    return true;
}

bool EventFileParser::parse_scanned_events(EventStoreBuilder& builder, size_t& skipped) {
    const EventArrayLayout& layout = *layout_;
    size_t count = layout.element_begin.size();
    if (count > kMaxEvents) {
        report_too_many_events(layout.element_begin[kMaxEvents]);
        return false;
    }
    builder.reserve(count);
    reserve_rows(count);
    // A large file's second half is read on another core, into the second half of the same
    // columns (a part of the builder), then joined: problems and rows stay in file order.
    constexpr size_t kParallelAbove = 50'000;
    if (count < kParallelAbove || std::thread::hardware_concurrency() < 2)
        return events_checked_ = parse_elements(layout, 0, count, builder, skipped);
    size_t middle = count / 2;
    std::vector<Diagnostic> later_diagnostics;
    EventFileParser later(*this, later_diagnostics);
    EventStoreBuilder later_builder(builder, middle);  // writes into builder's columns
    later_builder.refer_to(text_);
    later_builder.reserve(count - middle);
    later.reserve_rows(count - middle);  // not grown by doubling: each copy faults fresh pages
    size_t later_skipped = 0;
    bool later_ok = false;
    std::exception_ptr later_failure;
    std::thread thread([&] {
        try {
            later_ok = later.parse_elements(layout, middle, count, later_builder, later_skipped);
        } catch (...) {
            later_failure = std::current_exception();
        }
    });
    bool ok = false;
    try {
        ok = parse_elements(layout, 0, middle, builder, skipped);
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (later_failure) std::rethrow_exception(later_failure);
    if (!ok) return false;
    if (!later_ok) return fail_with_syntax_error();
    skipped += later_skipped;
    diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(later_diagnostics.begin()),
                        std::make_move_iterator(later_diagnostics.end()));
    append(std::move(later), builder, std::move(later_builder));
    events_checked_ = true;
    return true;
}

void EventFileParser::append(EventFileParser&& later, EventStoreBuilder& builder, EventStoreBuilder&& later_builder) {
    builder.append(std::move(later_builder));
    std::vector<StringId> renamed(later.category_keys_.size());
    for (size_t k = 0; k < renamed.size(); ++k)
        renamed[k] = category_keys_.intern(later.category_keys_.get(static_cast<StringId>(k)));
    for (StringId key : later.category_key_of_row_) category_key_of_row_.push_back(renamed[key]);
    category_offset_of_row_.insert(category_offset_of_row_.end(), later.category_offset_of_row_.begin(),
                                   later.category_offset_of_row_.end());
    ids_.append(std::move(later.ids_));
    for (SkippedCategory skipped_event : later.unchecked_categories_) {
        skipped_event.key = renamed[skipped_event.key];
        unchecked_categories_.push_back(skipped_event);
    }
    broken_json_ = broken_json_ || later.broken_json_;
}

bool EventFileParser::parse_elements(const EventArrayLayout& layout, size_t begin, size_t end,
                                     EventStoreBuilder& builder, size_t& skipped) {
    od::parser parser;  // its buffers grow to the largest event, not to the file
    for (size_t index = begin; index < end; ++index) {
        std::string_view element_text = layout.element_text(text_, index);
        size_t at = static_cast<size_t>(element_text.data() - text_.data());
        if (element_text.front() != '{') {  // not an object: said by parse_event's words
            od::json_type type = element_text.front() == '[' ? od::json_type::array
                                 : element_text.front() == '"' ? od::json_type::string
                                 : element_text.front() == 't' || element_text.front() == 'f'
                                     ? od::json_type::boolean
                                 : element_text.front() == 'n' ? od::json_type::null
                                                               : od::json_type::number;
            if (!nlohmann::json::accept(element_text)) return fail_with_syntax_error();
            report_not_an_event(at, index, type);
            keep_event(false, index, builder, skipped);
            continue;
        }
        od::document document;
        od::value element;
        auto padded = simdjson::padded_string_view(element_text.data(), element_text.size(), capacity_ - at);
        if (parser.iterate(padded).get(document) || document.get_value().get(element))
            return fail_with_syntax_error();
        size_t problems_before = diagnostics_.size();
        bool parsed = parse_event(element, index, record_, category_key_, category_offset_);
        // A parsed event was read to its end; anything left is broken JSON.
        const char* left = nullptr;
        if (parsed && document.current_location().get(left) == simdjson::SUCCESS) return fail_with_syntax_error();
        // A value that could not be read as its field wants may be broken JSON rather than
        // the wrong type ("time": tru): this event's text alone tells.
        if (diagnostics_.size() > problems_before && check_json_syntax(element_text)) broken_json_ = true;
        keep_event(parsed, index, builder, skipped);
    }
    return true;
}

bool EventFileParser::parse_categories(od::value& value, std::vector<Category>& categories) {
    od::object object;
    if (value.get_object().get(object)) {
        report(Severity::error, offset_of(value), LazyPointer{"categories"},
               "\"categories\" must be an object",
               "write \"categories\": { \"attack\": { \"label\": \"Attack\", \"color\": \"#d7301f\" } }");
        return false;
    }
    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key_view;
        if (field.unescaped_key().get(key_view)) break;
        Category category{std::string(key_view), std::string(key_view),
                          default_category_color(categories.size())};
        LazyPointer pointer{"categories", std::string_view::npos, category.key};
        od::value& spec = field.value();
        od::object spec_object;
        if (spec.get_object().get(spec_object)) {
            report(Severity::error, offset_of(spec), pointer, "a category must be an object",
                   "write { \"label\": \"Attack\", \"color\": \"#d7301f\" }");
        } else {
            for (auto spec_field_result : spec_object) {
                od::field spec_field;
                if (std::move(spec_field_result).get(spec_field)) break;
                std::string_view name;
                if (spec_field.unescaped_key().get(name)) break;
                od::value& v = spec_field.value();
                std::string_view text;
                if (name == "label") {
                    if (read_string(v, pointer.below("/label"), text)) category.label = text;
                } else if (name == "color") {
                    size_t at = offset_of(v);
                    if (read_string(v, pointer.below("/color"), text)) {
                        if (auto color = parse_color(text)) {
                            category.color = *color;
                        } else {
                            // The events still draw, in a colour of their own: a warning.
                            report(Severity::warning, at, pointer.below("/color"),
                                   "invalid colour \"" + shorten(text) + "\"; using the default colour " +
                                       format_color(category.color),
                                   "write \"#rrggbb\", e.g. \"#d7301f\"");
                        }
                    }
                } else if (!is_valid_value(v, 4)) {
                    return fail_with_syntax_error();
                }
            }
        }
        categories.push_back(std::move(category));
    }
    return true;
}

bool EventFileParser::parse_geometry(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    size_t at = offset_of(value);
    od::object object;
    std::string_view raw;
    nlohmann::json json;  // not an object: parse_geojson_geometry says what to write
    if (!value.get_object().get(object) && !object.raw_json().get(raw)) json = nlohmann::json::parse(raw, nullptr, false);
    ParsedGeometry parsed = parse_geojson_geometry(json);
    for (const GeometryProblem& problem : parsed.problems)
        report_at(problem.severity, at, pointer.str() + problem.pointer, problem.message, problem.hint);
    if (parsed.geometry) {
        geometry_ = std::move(*parsed.geometry);
        record.geometry = &geometry_;
    }
    return true;
}

bool EventFileParser::parse_geometry_precision(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    std::string_view text;
    if (!read_string(value, pointer, text)) return false;
    if (text == "approximate") record.geometry_approximate = true;
    else if (text != "exact")
        report(Severity::warning, offset_of(value), pointer, "\"" + shorten(text) + "\" is not a geometry precision; read as exact",
               "write \"approximate\" (a zone known roughly: drawn hatched) or \"exact\"");
    return true;
}

bool EventFileParser::read_string(od::value& value, const LazyPointer& pointer, std::string_view& out) {
    size_t at = offset_of(value);
    if (value.get_string().get(out)) {
        od::json_type type{};
        (void)value.type().get(type);
        std::string_view name = pointer.sub.empty() ? pointer.key : pointer.sub.substr(1);
        report(Severity::error, at, pointer,
               "\"" + std::string(name.empty() ? pointer.root : name) + "\" must be a string, got " +
                   std::string(type_name(type)) + "; event skipped",
               "put the text in double quotes");
        return false;
    }
    if (out.size() > kMaxStringBytes) {
        std::string_view name = pointer.sub.empty() ? pointer.key : pointer.sub.substr(1);
        report(Severity::error, at, pointer,
               "\"" + std::string(name.empty() ? pointer.root : name) + "\" is " + std::to_string(out.size()) +
                   " bytes long; chronomap reads strings of at most 1 MiB (1048576 bytes); event skipped",
               "shorten it, or keep long text in a field chronomap does not read (\"notes\")");
        out = {};
        return false;
    }
    return true;
}

// A string without escapes is the file's own text between the quotes: given as a view of
// it, the store keeps its place rather than a copy (ids and titles of millions of events).
bool EventFileParser::read_text_in_place(od::value& value, const LazyPointer& pointer, std::string_view& out) {
    std::string_view token = value.raw_json_token();  // the string and any space after it
    if (token.size() >= 2 && token.front() == '"') {
        size_t last = token.find_last_not_of(" \t\r\n");
        if (last != std::string_view::npos && last >= 1 && token[last] == '"') {
            std::string_view text = token.substr(1, last - 1);
            if (text.size() <= kMaxStringBytes && text.find('\\') == std::string_view::npos) {
                out = text;
                return true;
            }
        }
    }
    return read_string(value, pointer, out);
}

bool EventFileParser::read_count(od::value& value, const LazyPointer& pointer, std::int32_t& out) {
    size_t at = offset_of(value);
    std::string_view token = value.raw_json_token();
    std::int64_t number = 0;
    double real = 0;
    bool ok = !value.get_int64().get(number);
    // "4.0" is a whole number; the range is checked before converting (1e99 does not fit an
    // integer: converting it was undefined, found by fuzzing).
    if (!ok && !value.get_double().get(real) && real >= 0 && real <= 100'000'000 && real == std::floor(real)) {
        number = static_cast<std::int64_t>(real);
        ok = true;
    }
    if (!ok || number < 0 || number > 100'000'000) {
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' ||
                                  token.back() == '\t'))
            token.remove_suffix(1);
        report(Severity::error, at, pointer,
               "\"" + std::string(pointer.key) + "\" must be a whole number of people, got " +
                   shorten(token) + "; event skipped",
               "write a number such as 4, or leave the field out when it is not known");
        return false;
    }
    out = static_cast<std::int32_t>(number);
    return true;
}

std::optional<TimeStamp> EventFileParser::parse_stamp(od::value& value, const LazyPointer& pointer) {
    size_t at = offset_of(value);
    std::string_view text;
    if (!read_string(value, pointer, text)) return std::nullopt;
    auto stamp = parse_time_stamp(text);
    if (!stamp) {
        // "4 octobre 2017", "24/09/2017", "October 4, 2017": propose the ISO form when the
        // reader of dates in the wild finds one, and only one.
        std::string hint;
        WildDate wild = parse_wild_date(text);
        if (wild.stamp && !wild.ambiguous)
            hint = "write \"" + format_time(wild.stamp.value->start, wild.stamp.value->precision) +
                   "\"";
        report(Severity::error, at, pointer, stamp.error + "; event skipped", std::move(hint));
        return std::nullopt;
    }
    return stamp.value;
}

std::optional<TimeValue> EventFileParser::parse_time(od::value& value, const LazyPointer& pointer) {
    size_t at = offset_of(value);
    od::json_type type{};
    (void)value.type().get(type);
    if (type == od::json_type::string) {
        auto stamp = parse_stamp(value, pointer);
        if (!stamp) return std::nullopt;
        return TimeValue::from_stamp(*stamp);
    }
    if (type != od::json_type::object) {
        report(Severity::error, at, pointer,
               "\"time\" must be a date string or {\"start\": ..., \"end\": ...}, got " +
                   std::string(type_name(type)) + "; event skipped",
               "write \"2017-10-04\", or {\"start\": \"2015-08\", \"end\": \"2016-04\"} for a span");
        return std::nullopt;
    }
    od::object object;
    (void)value.get_object().get(object);
    std::optional<TimeStamp> start, end;
    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key;
        if (field.unescaped_key().get(key)) break;
        if (key == "start") {
            start = parse_stamp(field.value(), pointer.below("/start"));
            if (!start) return std::nullopt;
        } else if (key == "end") {
            end = parse_stamp(field.value(), pointer.below("/end"));
            if (!end) return std::nullopt;
        } else if (!is_valid_unknown(field.value(), 5)) {
            return std::nullopt;
        }
    }
    if (!start) {
        report(Severity::error, at, pointer, "the time span has no \"start\"; event skipped",
               "write {\"start\": \"2015-08\", \"end\": \"2016-04\"}");
        return std::nullopt;
    }
    if (!end) return TimeValue::from_stamp(*start);  // an open span reads as its start
    auto span = make_time_span(*start, *end);
    if (!span) {
        report(Severity::error, at, pointer, span.error + "; event skipped");
        return std::nullopt;
    }
    return span.value;
}

bool EventFileParser::parse_place(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    od::json_type type{};
    (void)value.type().get(type);
    if (type == od::json_type::string) return read_string(value, pointer, record.place_name);
    if (type != od::json_type::object) {
        report(Severity::error, offset_of(value), pointer,
               "\"place\" must be a name or {\"name\": ..., \"country\": ...}, got " +
                   std::string(type_name(type)) + "; event skipped",
               "write \"place\": \"Misrata\" or \"place\": {\"name\": \"Misrata\", \"country\": \"Libye\"}");
        return false;
    }
    od::object place;
    (void)value.get_object().get(place);
    for (auto field_result : place) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view name;
        if (field.unescaped_key().get(name)) break;
        if (name == "name") {
            if (!read_string(field.value(), pointer.below("/name"), record.place_name)) return false;
        } else if (name == "country") {
            if (!read_string(field.value(), pointer.below("/country"), record.place_country)) return false;
        } else if (name == "region") {  // a hint for the geocoder: "Idleb", "Daraa"
            if (!read_string(field.value(), pointer.below("/region"), record.place_region)) return false;
        } else if (name == "district") {
            if (!read_string(field.value(), pointer.below("/district"), record.place_district)) return false;
        } else if (!is_valid_unknown(field.value(), 5)) {
            return false;
        }
    }
    return true;
}

bool EventFileParser::parse_coordinates_precision(od::value& value, LocationPrecision& precision) {
    od::object object;
    if (value.get_object().get(object)) return is_valid_unknown(value);  // not ours: kept as written
    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) return false;
        std::string_view name, level;
        if (field.unescaped_key().get(name)) return false;
        if (name == "level" && !field.value().get_string().get(level))
            precision = level == "place" ? LocationPrecision::exact : location_precision_from_name(level);
        else if (!is_valid_unknown(field.value(), 5))
            return false;
    }
    return true;
}

bool EventFileParser::parse_position(od::value& value, const LazyPointer& pointer, bool is_user,
                                     double& lon, double& lat, LocationPrecision* precision) {
    size_t at = offset_of(value);
    bool valid = false;
    if (is_user) {
        od::array pair;
        if (!value.get_array().get(pair)) {
            double numbers[2];
            size_t count = 0;
            bool all_numbers = true;
            for (auto n : pair) {
                double d = 0;
                if (n.get_double().get(d)) all_numbers = false;
                if (count < 2) numbers[count] = d;
                ++count;
            }
            if (all_numbers && count == 2) {
                lon = numbers[0];
                lat = numbers[1];
                valid = true;
            }
        }
    } else {
        od::object geocoded;
        if (!value.get_object().get(geocoded)) {
            for (auto field_result : geocoded) {
                od::field field;
                if (std::move(field_result).get(field)) break;
                std::string_view name;
                if (field.unescaped_key().get(name)) break;
                if (name == "lon") {
                    if (field.value().get_double().get(lon)) lon = NAN;
                } else if (name == "lat") {
                    if (field.value().get_double().get(lat)) lat = NAN;
                } else if (name == "precision" && precision) {
                    std::string_view text;
                    if (!field.value().get_string().get(text)) *precision = location_precision_from_name(text);
                } else if (!is_valid_unknown(field.value(), 5)) {
                    return false;
                }
            }
            valid = !std::isnan(lon) && !std::isnan(lat);
        }
    }
    if (!valid) {
        report(Severity::error, at, pointer,
               is_user ? "\"coordinates\" must be [longitude, latitude]; event skipped"
                       : "\"geocoded\" must have numeric \"lon\" and \"lat\"; event skipped",
               is_user ? "write \"coordinates\": [15.09, 32.37] (longitude first)"
                       : "run `chronomap geocode` again to rewrite it, or remove it");
        return false;
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
        report(Severity::error, at, pointer,
               "position out of range (longitude " + std::to_string(lon) + ", latitude " +
                   std::to_string(lat) + "); event skipped",
               "coordinates are [longitude, latitude], longitude first as in GeoJSON: "
               "Misrata is [15.09, 32.37]");
        return false;
    }
    return true;
}

bool EventFileParser::parse_actors(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    od::array actors;
    if (value.get_array().get(actors)) {
        report(Severity::error, offset_of(value), pointer,
               "\"actors\" must be an array of names; event skipped", "write \"actors\": [\"EI\", \"AAS\"]");
        return false;
    }
    for (auto actor_result : actors) {
        od::value actor;
        if (std::move(actor_result).get(actor)) break;
        std::string_view name;
        if (!read_string(actor, pointer, name)) return false;
        record.actors.push_back(name);
    }
    return true;
}

bool EventFileParser::parse_event(od::value& value, size_t index, EventRecord& record,
                                  std::string_view& category_key, size_t& category_offset) {
    LazyPointer pointer{"events", index};
    size_t at = offset_of(value);
    od::object object;
    if (value.get_object().get(object)) {
        od::json_type type{};
        (void)value.type().get(type);
        report_not_an_event(at, index, type);
        return false;
    }
    record.actors.clear();  // keeps its capacity: no allocation per event
    record = EventRecord{.actors = std::move(record.actors)};
    record.file_index = static_cast<std::uint32_t>(index);
    std::string_view raw;
    if (!object.raw_json().get(raw)) {
        // raw_json() runs on to the next token; the event's text ends at its closing brace.
        while (!raw.empty() && raw.back() != '}') raw.remove_suffix(1);
        record.json_offset = static_cast<std::uint64_t>(raw.data() - text_.data());
        record.json_length = static_cast<std::uint32_t>(raw.size());
    }
    (void)object.reset();

    bool has_time = false, saw_time = false, bad = false, has_user_coordinates = false;
    size_t geometry_offset = at;
    double geocoded_lon = NAN, geocoded_lat = NAN;
    LocationPrecision coordinates_precision = LocationPrecision::unknown;
    category_key = {};
    category_offset = at;

    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key;
        if (field.unescaped_key().get(key)) break;
        od::value& v = field.value();
        LazyPointer here = pointer.field(key);
        bool ok = true;
        if (key == "time") {
            auto time = parse_time(v, here);
            ok = time.has_value();
            if (ok) record.time = *time;
            has_time = ok;
        } else if (key == "id") {
            ok = read_text_in_place(v, here, record.id);
        } else if (key == "title") {
            ok = read_text_in_place(v, here, record.title);
        } else if (key == "category") {
            category_offset = offset_of(v);
            ok = read_string(v, here, category_key);
        } else if (key == "place") {
            ok = parse_place(v, here, record);
        } else if (key == "coordinates") {
            ok = parse_position(v, here, true, record.lon, record.lat);
            has_user_coordinates = ok;
        } else if (key == "geocoded") {
            ok = parse_position(v, here, false, geocoded_lon, geocoded_lat, &record.location_precision);
        } else if (key == "coordinates_precision") {
            ok = parse_coordinates_precision(v, coordinates_precision);
        } else if (key == "fatalities") {
            ok = read_count(v, here, record.fatalities);
        } else if (key == "injured") {
            ok = read_count(v, here, record.injured);
        } else if (key == "actors") {
            ok = parse_actors(v, here, record);
        } else if (key == "geometry") {
            geometry_offset = offset_of(v);
            ok = parse_geometry(v, here, record);
        } else if (key == "geometry_precision") {
            ok = parse_geometry_precision(v, here, record);
        } else if (key == "arrow") {
            bool arrow = false;
            ok = !v.get_bool().get(arrow);
            if (!ok) report(Severity::error, offset_of(v), here, "\"arrow\" must be true or false; event skipped", "write \"arrow\": true to draw the line's end as an arrowhead");
            record.line_arrow = arrow;
        } else if (key == "series") {
            ok = read_string(v, here, record.series);
        }
        else ok = is_valid_unknown(v);  // sources, notes, anything a user adds: kept as written
        if (!ok) bad = true;  // read on: every problem of the event is said, in file order
        if (key == "time") saw_time = true;
    }
    if (!saw_time) {
        report(Severity::error, at, pointer, "the event has no \"time\"; skipped",
               "add \"time\": \"2017-10-04\" (or \"2017-10\", \"2017\", or a {\"start\", \"end\"} span)");
        return false;
    }
    if (bad || !has_time) return false;
    if (has_user_coordinates && record.geometry)
        if (auto swapped = swapped_axes_suspicion(*record.geometry, {record.lon, record.lat}))
            report_at(Severity::warning, geometry_offset, pointer.field("geometry").str() + swapped->pointer,
                      swapped->message, swapped->hint);
    if (has_user_coordinates) {
        record.place_source = PlaceSource::coordinates;
        if (coordinates_precision != LocationPrecision::unknown) record.location_precision = coordinates_precision;
    } else if (!std::isnan(geocoded_lon)) {
        record.lon = geocoded_lon;
        record.lat = geocoded_lat;
        record.place_source = PlaceSource::geocoded;
    }
    return true;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
    return std::string(SourceBuffer::read_file(path)->text());
}

LoadResult parse_event_buffer(std::shared_ptr<const SourceBuffer> source, const std::string& display_name,
                              const LoadOptions& options) {
    LoadResult result;
    EventStoreBuilder builder;
    std::vector<Category> categories;
    std::string title;
    EventFileParser parser(*source, display_name, result.diagnostics);
    bool usable = parser.parse(builder, categories, title, result.skipped_events);
    // Problems in file order: some are only known once every event is read (duplicate ids,
    // categories declared after the events).
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (!usable) return result;
    if (options.strict && has_errors(result.diagnostics)) {
        result.diagnostics.push_back(Diagnostic{Severity::error, display_name, 0, 0, "",
                                                "the file has problems and --strict refuses it",
                                                "fix the problems above, or load without --strict "
                                                "to skip the bad events"});
        return result;
    }
    result.store = std::move(builder).finish(std::move(categories), std::move(title), std::move(source));
    result.store->set_language(parser.language);
    result.store->set_places_json(std::move(parser.places));
    return result;
}

LoadResult parse_event_text(std::string_view text, const std::string& display_name,
                            const LoadOptions& options) {
    return parse_event_buffer(SourceBuffer::copy_of(text), display_name, options);
}

LoadResult load_event_file(const std::filesystem::path& path, const LoadOptions& options) {
    std::shared_ptr<const SourceBuffer> source;
    try {
        source = SourceBuffer::read_file(path);
    } catch (const std::exception& e) {
        LoadResult result;
        result.diagnostics.push_back(Diagnostic{Severity::error, path.string(), 0, 0, "", e.what(),
                                                "check the path and that the file is readable"});
        return result;
    }
    return parse_event_buffer(std::move(source), path.string(), options);
}

}  // namespace chronomap
