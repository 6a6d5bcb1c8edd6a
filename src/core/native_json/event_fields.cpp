// One event's fields. parse_event() is the one place that knows an event's members: a new
// field gets a branch there and, when it has structure, a parser of its own below.
#include <algorithm>
#include <cmath>

#include "core/native_json/event_file_parser.h"
#include "core/time/wild_date.h"

namespace chronomap::native_json {

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
            ok = parse_arrow(v, here, record);
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
    if (has_user_coordinates && record.geometry) check_swapped_axes(record, geometry_offset, pointer.field("geometry"));
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

void EventFileParser::report_not_an_event(size_t offset, size_t index, od::json_type type) {
    report(Severity::error, offset, LazyPointer{"events", index},
           "an event must be an object, got " + std::string(type_name(type)) + "; skipped",
           "write { \"time\": \"2017-10-04\", \"place\": \"Misrata\", ... }");
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
    // "fatalities": "4", as spreadsheets export it: read as the number, with a warning (the CSV
    // reader keeps such a row too).
    std::string_view text;
    if (!ok && !value.get_string().get(text)) {
        std::string_view digits = text;
        while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
        while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
        bool all_digits = !digits.empty() && digits.size() <= 9 &&
                          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (all_digits) {
            number = std::stoll(std::string(digits));
            report(Severity::warning, at, pointer,
                   "\"" + std::string(pointer.key) + "\" is the text \"" + std::string(text) + "\"; read as the number " +
                       std::to_string(number),
                   "write it without quotes: \"" + std::string(pointer.key) + "\": " + std::to_string(number));
            ok = true;
        }
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

}  // namespace chronomap::native_json
