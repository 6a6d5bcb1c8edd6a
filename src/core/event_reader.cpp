#include "core/event_reader.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

#include "core/source_location.h"

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

std::string shorten(std::string_view text) {
    constexpr size_t kMax = 60;
    if (text.size() <= kMax) return std::string(text);
    return std::string(text.substr(0, kMax)) + "...";
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

// [SECTION] the parser of one file

class EventFileParser {
public:
    EventFileParser(const std::string& text, std::string file, std::vector<Diagnostic>& out)
        : text_(text), file_(std::move(file)), diagnostics_(out) {}

    // Returns false when the file cannot be used at all.
    bool parse(std::vector<EventRecord>& records, std::vector<Category>& categories,
               std::string& title, size_t& skipped);

private:
    struct PendingCategory {
        std::string key;
        size_t offset;
        std::string pointer;
    };

    void report(Severity severity, size_t offset, std::string pointer, std::string message,
                std::string hint = {}) {
        if (!lines_) lines_.emplace(text_);  // built on the first problem only
        LineColumn where = lines_->locate(offset);
        diagnostics_.push_back(Diagnostic{severity, file_, where.line, where.column,
                                          std::move(pointer), std::move(message), std::move(hint)});
    }
    size_t offset_of(od::value& value) {
        const char* location = nullptr;
        if (value.current_location().get(location) || location == nullptr) return 0;
        return static_cast<size_t>(location - text_.data());
    }
    bool locate_syntax_error();
    bool parse_categories(od::value& value, std::vector<Category>& categories);
    std::optional<EventRecord> parse_event(od::value& value, size_t index,
                                           std::vector<PendingCategory>& pending);
    std::optional<TimeStamp> parse_stamp(od::value& value, const std::string& pointer);
    std::optional<TimeValue> parse_time(od::value& value, const std::string& pointer);
    bool read_string(od::value& value, const std::string& pointer, std::string_view field,
                     std::string& out);
    bool read_count(od::value& value, const std::string& pointer, std::string_view field,
                    std::int32_t& out);

    const std::string& text_;
    std::string file_;
    std::vector<Diagnostic>& diagnostics_;
    std::optional<LineIndex> lines_;
};

bool EventFileParser::locate_syntax_error() {
    SyntaxErrorLocator locator;
    bool ok = nlohmann::json::sax_parse(text_, &locator);
    if (ok) return false;
    size_t offset = std::min(locator.position, text_.size());
    // An unexpected string is reported at its closing quote; point at its opening one.
    if (locator.message.find("unexpected string literal") != std::string::npos && offset > 0 &&
        offset < text_.size() && text_[offset] == '"') {
        size_t open = offset;
        while (open > 0 && !(text_[open - 1] == '"' && (open < 2 || text_[open - 2] != '\\'))) --open;
        if (open > 0) offset = open - 1;
    }
    report(Severity::error, offset, "", locator.message,
           "JSON needs double quotes around names and strings, a comma between items and none "
           "after the last one; fix the file at this point and load it again");
    return true;
}

bool EventFileParser::parse(std::vector<EventRecord>& records, std::vector<Category>& categories,
                            std::string& title, size_t& skipped) {
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        report(Severity::error, 0, "", "the file is empty",
               "an event file is a JSON object: {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }
    // Full validation first: On-Demand parsing below skips what it does not read, and a
    // broken unknown field must not slip through.
    {
        simdjson::dom::parser validator;
        auto error = validator.parse(text_.data(), text_.size(), false).error();
        if (error) {
            if (!locate_syntax_error())
                report(Severity::error, 0, "",
                       std::string("the file is not valid JSON: ") + simdjson::error_message(error));
            return false;
        }
    }

    od::parser parser;
    od::document document;
    auto padded = simdjson::padded_string_view(text_.data(), text_.size(), text_.capacity());
    if (auto error = parser.iterate(padded).get(document)) {
        report(Severity::error, 0, "", std::string("cannot read the file: ") + simdjson::error_message(error));
        return false;
    }
    od::object root;
    if (document.get_object().get(root)) {
        report(Severity::error, text_.find_first_not_of(" \t\r\n"), "",
               "the file must be a JSON object", "write {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }

    bool saw_events = false, saw_version = false;
    std::vector<PendingCategory> pending;
    for (auto field_result : root) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key_view;
        if (field.unescaped_key().get(key_view)) break;
        std::string key(key_view);
        od::value& value = field.value();
        std::string pointer = "/" + json_pointer_token(key);

        if (key == "chronomap") {
            saw_version = true;
            std::int64_t version = 0;
            if (value.get_int64().get(version) || version < 1) {
                report(Severity::error, offset_of(value), pointer,
                       "\"chronomap\" must be the format version number, 1",
                       "write \"chronomap\": 1");
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
            std::string file_title;
            if (read_string(value, pointer, "title", file_title)) title = file_title;
        } else if (key == "categories") {
            if (!parse_categories(value, categories)) return false;
        } else if (key == "events") {
            saw_events = true;
            size_t events_offset = offset_of(value);
            od::array events;
            if (value.get_array().get(events)) {
                report(Severity::error, events_offset, pointer, "\"events\" must be an array",
                       "write \"events\": [ {...}, {...} ]");
                return false;
            }
            size_t index = 0;
            for (auto element_result : events) {
                od::value element;
                if (std::move(element_result).get(element)) break;
                if (auto record = parse_event(element, index, pending)) {
                    records.push_back(std::move(*record));
                } else {
                    ++skipped;
                }
                ++index;
            }
        }
        // Any other field is kept as written (the writer works from the original text).
    }
    if (!saw_events) {
        report(Severity::error, text_.find_first_not_of(" \t\r\n"), "",
               "the file has no \"events\" array", "add \"events\": [ ... ] to the top-level object");
        return false;
    }
    if (!saw_version) {
        report(Severity::warning, text_.find_first_not_of(" \t\r\n"), "",
               "no \"chronomap\" format version; reading it as version 1",
               "add \"chronomap\": 1 to the top-level object");
    }

    // Categories may come after the events in the file, so keys are resolved at the end.
    std::unordered_map<std::string, std::uint16_t> category_index;
    for (size_t i = 0; i < categories.size(); ++i)
        category_index.emplace(categories[i].key, static_cast<std::uint16_t>(i));
    std::vector<EventRecord> kept;
    kept.reserve(records.size());
    for (size_t r = 0; r < records.size(); ++r) {
        const PendingCategory& p = pending[r];
        if (p.key.empty()) {
            auto [it, inserted] = category_index.emplace("", static_cast<std::uint16_t>(categories.size()));
            if (inserted) categories.push_back(Category{"", "Other", Rgba{130, 130, 130, 255}});
            records[r].category = it->second;
        } else if (auto it = category_index.find(p.key); it != category_index.end()) {
            records[r].category = it->second;
        } else {
            std::string known;
            for (const Category& c : categories)
                if (!c.key.empty()) known += (known.empty() ? "" : ", ") + c.key;
            report(Severity::error, p.offset, p.pointer,
                   "unknown category \"" + shorten(p.key) + "\"; event skipped",
                   known.empty() ? "declare it in \"categories\" at the top of the file"
                                 : "use one of: " + known + ", or declare it in \"categories\"");
            ++skipped;
            continue;
        }
        kept.push_back(std::move(records[r]));
    }
    records = std::move(kept);
    return true;
}

bool EventFileParser::parse_categories(od::value& value, std::vector<Category>& categories) {
    od::object object;
    if (value.get_object().get(object)) {
        report(Severity::error, offset_of(value), "/categories", "\"categories\" must be an object",
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
        std::string pointer = "/categories/" + json_pointer_token(category.key);
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
                if (name == "label") {
                    read_string(v, pointer + "/label", "label", category.label);
                } else if (name == "color") {
                    std::string text;
                    size_t at = offset_of(v);
                    if (read_string(v, pointer + "/color", "color", text)) {
                        if (auto color = parse_color(text)) {
                            category.color = *color;
                        } else {
                            report(Severity::error, at, pointer + "/color",
                                   "invalid colour \"" + shorten(text) + "\"; using a default colour",
                                   "write \"#rrggbb\", e.g. \"#d7301f\"");
                        }
                    }
                }
            }
        }
        categories.push_back(std::move(category));
    }
    return true;
}

bool EventFileParser::read_string(od::value& value, const std::string& pointer,
                                  std::string_view field, std::string& out) {
    size_t at = offset_of(value);
    std::string_view text;
    if (value.get_string().get(text)) {
        od::json_type type{};
        (void)value.type().get(type);
        report(Severity::error, at, pointer,
               "\"" + std::string(field) + "\" must be a string, got " + std::string(type_name(type)),
               "put the text in double quotes");
        return false;
    }
    out.assign(text);
    return true;
}

bool EventFileParser::read_count(od::value& value, const std::string& pointer,
                                 std::string_view field, std::int32_t& out) {
    size_t at = offset_of(value);
    std::string_view token = value.raw_json_token();
    std::int64_t number = 0;
    double real = 0;
    bool ok = !value.get_int64().get(number);
    if (!ok && !value.get_double().get(real) && real == static_cast<double>(static_cast<std::int64_t>(real))) {
        number = static_cast<std::int64_t>(real);
        ok = true;
    }
    if (!ok || number < 0 || number > 100'000'000) {
        report(Severity::error, at, pointer,
               "\"" + std::string(field) + "\" must be a whole number of people, got " +
                   shorten(token) + "; event skipped",
               "write a number such as 4, or leave the field out when it is not known");
        return false;
    }
    out = static_cast<std::int32_t>(number);
    return true;
}

std::optional<TimeStamp> EventFileParser::parse_stamp(od::value& value, const std::string& pointer) {
    size_t at = offset_of(value);
    std::string text;
    if (!read_string(value, pointer, "time", text)) return std::nullopt;
    auto stamp = parse_time_stamp(text);
    if (!stamp) {
        report(Severity::error, at, pointer, stamp.error + "; event skipped");
        return std::nullopt;
    }
    return stamp.value;
}

std::optional<TimeValue> EventFileParser::parse_time(od::value& value, const std::string& pointer) {
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
            start = parse_stamp(field.value(), pointer + "/start");
            if (!start) return std::nullopt;
        } else if (key == "end") {
            end = parse_stamp(field.value(), pointer + "/end");
            if (!end) return std::nullopt;
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

std::optional<EventRecord> EventFileParser::parse_event(od::value& value, size_t index,
                                                        std::vector<PendingCategory>& pending) {
    std::string pointer = "/events/" + std::to_string(index);
    size_t at = offset_of(value);
    od::object object;
    if (value.get_object().get(object)) {
        od::json_type type{};
        (void)value.type().get(type);
        report(Severity::error, at, pointer,
               "an event must be an object, got " + std::string(type_name(type)) + "; skipped",
               "write { \"time\": \"2017-10-04\", \"place\": \"Misrata\", ... }");
        return std::nullopt;
    }
    EventRecord record;
    record.file_index = static_cast<std::uint32_t>(index);
    std::string_view raw;
    if (!object.raw_json().get(raw)) {
        // raw_json() runs on to the next token; the event's text ends at its closing brace.
        while (!raw.empty() && raw.back() != '}') raw.remove_suffix(1);
        record.json_offset = static_cast<std::uint64_t>(raw.data() - text_.data());
        record.json_length = static_cast<std::uint32_t>(raw.size());
    }
    (void)object.reset();

    bool has_time = false, ok = true;
    PendingCategory category{"", at, pointer + "/category"};
    bool has_user_coordinates = false;
    double geocoded_lon = NAN, geocoded_lat = NAN;

    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key_view;
        if (field.unescaped_key().get(key_view)) break;
        std::string key(key_view);
        od::value& v = field.value();
        std::string field_pointer = pointer + "/" + json_pointer_token(key);
        size_t field_at = offset_of(v);

        if (key == "time") {
            auto time = parse_time(v, field_pointer);
            if (!time) return std::nullopt;
            record.time = *time;
            has_time = true;
        } else if (key == "id") {
            ok = read_string(v, field_pointer, "id", record.id) && ok;
        } else if (key == "title") {
            ok = read_string(v, field_pointer, "title", record.title) && ok;
        } else if (key == "category") {
            category.offset = field_at;
            ok = read_string(v, field_pointer, "category", category.key) && ok;
        } else if (key == "place") {
            od::json_type type{};
            (void)v.type().get(type);
            if (type == od::json_type::string) {
                read_string(v, field_pointer, "place", record.place_name);
            } else if (type == od::json_type::object) {
                od::object place;
                (void)v.get_object().get(place);
                for (auto place_field_result : place) {
                    od::field place_field;
                    if (std::move(place_field_result).get(place_field)) break;
                    std::string_view name;
                    if (place_field.unescaped_key().get(name)) break;
                    if (name == "name")
                        ok = read_string(place_field.value(), field_pointer + "/name", "name",
                                         record.place_name) && ok;
                    else if (name == "country")
                        ok = read_string(place_field.value(), field_pointer + "/country",
                                         "country", record.place_country) && ok;
                }
            } else {
                report(Severity::error, field_at, field_pointer,
                       "\"place\" must be a name or {\"name\": ..., \"country\": ...}, got " +
                           std::string(type_name(type)) + "; event skipped",
                       "write \"place\": \"Misrata\" or \"place\": {\"name\": \"Misrata\", \"country\": \"Libye\"}");
                ok = false;
            }
        } else if (key == "coordinates" || key == "geocoded") {
            bool is_user = key == "coordinates";
            double lon = NAN, lat = NAN;
            bool valid = false;
            if (is_user) {
                od::array pair;
                if (!v.get_array().get(pair)) {
                    std::vector<double> numbers;
                    for (auto n : pair) {
                        double d = 0;
                        if (n.get_double().get(d)) { numbers.clear(); break; }
                        numbers.push_back(d);
                    }
                    if (numbers.size() == 2) { lon = numbers[0]; lat = numbers[1]; valid = true; }
                }
            } else {
                od::object geocoded;
                if (!v.get_object().get(geocoded)) {
                    for (auto g_result : geocoded) {
                        od::field g;
                        if (std::move(g_result).get(g)) break;
                        std::string_view name;
                        if (g.unescaped_key().get(name)) break;
                        if (name == "lon") { if (g.value().get_double().get(lon)) lon = NAN; }
                        else if (name == "lat") { if (g.value().get_double().get(lat)) lat = NAN; }
                    }
                    valid = !std::isnan(lon) && !std::isnan(lat);
                }
            }
            if (valid && (lon < -180 || lon > 180 || lat < -90 || lat > 90)) {
                report(Severity::error, field_at, field_pointer,
                       "position out of range (longitude " + std::to_string(lon) + ", latitude " +
                           std::to_string(lat) + "); event skipped",
                       "coordinates are [longitude, latitude], longitude first as in GeoJSON: "
                       "Misrata is [15.09, 32.37]");
                ok = false;
            } else if (!valid) {
                report(Severity::error, field_at, field_pointer,
                       is_user ? "\"coordinates\" must be [longitude, latitude]; event skipped"
                               : "\"geocoded\" must have numeric \"lon\" and \"lat\"; event skipped",
                       is_user ? "write \"coordinates\": [15.09, 32.37] (longitude first)"
                               : "run `chronomap geocode` again to rewrite it, or remove it");
                ok = false;
            } else if (is_user) {
                record.lon = lon;
                record.lat = lat;
                has_user_coordinates = true;
            } else {
                geocoded_lon = lon;
                geocoded_lat = lat;
            }
        } else if (key == "fatalities") {
            ok = read_count(v, field_pointer, "fatalities", record.fatalities) && ok;
        } else if (key == "injured") {
            ok = read_count(v, field_pointer, "injured", record.injured) && ok;
        } else if (key == "actors") {
            od::array actors;
            bool actors_ok = !v.get_array().get(actors);
            if (actors_ok) {
                size_t k = 0;
                for (auto actor_result : actors) {
                    od::value actor;
                    if (std::move(actor_result).get(actor)) break;
                    std::string name;
                    if (!read_string(actor, field_pointer + "/" + std::to_string(k), "actor", name)) {
                        actors_ok = false;
                        break;
                    }
                    record.actors.push_back(std::move(name));
                    ++k;
                }
            } else {
                report(Severity::error, field_at, field_pointer,
                       "\"actors\" must be an array of names; event skipped",
                       "write \"actors\": [\"EI\", \"AAS\"]");
            }
            ok = actors_ok && ok;
        }
        // Other fields (sources, notes, anything a user adds) stay in the original text.
    }
    if (!has_time) {
        report(Severity::error, at, pointer, "the event has no \"time\"; skipped",
               "add \"time\": \"2017-10-04\" (or \"2017-10\", \"2017\", or a {\"start\", \"end\"} span)");
        return std::nullopt;
    }
    if (!ok) return std::nullopt;
    if (has_user_coordinates) {
        record.place_source = PlaceSource::coordinates;
    } else if (!std::isnan(geocoded_lon)) {
        record.lon = geocoded_lon;
        record.lat = geocoded_lat;
        record.place_source = PlaceSource::geocoded;
    }
    pending.push_back(std::move(category));
    return record;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot open " + path.string() + ": " + std::strerror(errno));
    }
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    std::string text;
    // Room for simdjson's padding, so the text is parsed where it lies, without a copy.
    if (!ec) {
        text.reserve(size + simdjson::SIMDJSON_PADDING);
        text.resize(size);
        in.read(text.data(), static_cast<std::streamsize>(size));
        text.resize(static_cast<size_t>(in.gcount()));
    } else {  // not a regular file (a pipe): read as it comes
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (in.bad()) throw std::runtime_error("cannot read " + path.string() + ": " + std::strerror(errno));
    return text;
}

LoadResult parse_event_text(std::string text, const std::string& display_name,
                            const LoadOptions& options) {
    if (text.capacity() < text.size() + simdjson::SIMDJSON_PADDING)
        text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
    auto source = std::make_shared<const std::string>(std::move(text));
    LoadResult result;
    std::vector<EventRecord> records;
    std::vector<Category> categories;
    std::string title;
    EventFileParser parser(*source, display_name, result.diagnostics);
    if (!parser.parse(records, categories, title, result.skipped_events)) return result;
    if (options.strict && has_errors(result.diagnostics)) {
        result.diagnostics.push_back(Diagnostic{Severity::error, display_name, 0, 0, "",
                                                "the file has problems and --strict refuses it",
                                                "fix the problems above, or load without --strict "
                                                "to skip the bad events"});
        return result;
    }
    result.store = EventStore::build(std::move(records), std::move(categories), std::move(title),
                                     std::move(source));
    return result;
}

LoadResult load_event_file(const std::filesystem::path& path, const LoadOptions& options) {
    std::string text;
    try {
        text = read_text_file(path);
    } catch (const std::exception& e) {
        LoadResult result;
        result.diagnostics.push_back(Diagnostic{Severity::error, path.string(), 0, 0, "", e.what(),
                                                "check the path and that the file is readable"});
        return result;
    }
    return parse_event_text(std::move(text), path.string(), options);
}

}  // namespace chronomap
