// An event's area or line: "geometry", "geometry_precision", "arrow" (the "series" key is a
// plain string, read in event_fields.cpp). The GeoJSON itself is read by geojson_geometry.h;
// geometries are few, so the object's text is handed to nlohmann::json.
#include <nlohmann/json.hpp>

#include "core/geometry/geojson_geometry.h"
#include "core/native_json/event_file_parser.h"

namespace chronomap::native_json {

bool EventFileParser::parse_geometry(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    size_t at = offset_of(value);
    std::string_view word;
    if (!value.get_string().get(word)) {
        // "region": the outline of the first-level region the place names, found on load.
        if (word == "region") {
            record.geometry_from_region = true;
            return true;
        }
        report(Severity::error, at, pointer,
               "\"" + shorten(word) + "\" is not a geometry; the event is drawn as a point",
               "write \"region\" to use the outline of the governorate or province the place names, or a GeoJSON "
               "geometry object: {\"type\": \"Polygon\", \"coordinates\": [[[lon, lat], ...]]}");
        return true;
    }
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
        report(Severity::warning, offset_of(value), pointer,
               "\"" + shorten(text) + "\" is not a geometry precision; read as exact",
               "write \"approximate\" (a zone known roughly: drawn hatched) or \"exact\"");
    return true;
}

bool EventFileParser::parse_arrow(od::value& value, const LazyPointer& pointer, EventRecord& record) {
    size_t at = offset_of(value);
    bool arrow = false;
    if (value.get_bool().get(arrow)) {
        report(Severity::error, at, pointer, "\"arrow\" must be true or false; event skipped",
               "write \"arrow\": true to draw the line's end as an arrowhead");
        return false;
    }
    record.line_arrow = arrow;
    return true;
}

void EventFileParser::check_swapped_axes(const EventRecord& record, size_t offset, const LazyPointer& pointer) {
    if (auto swapped = swapped_axes_suspicion(*record.geometry, {record.lon, record.lat}))
        report_at(Severity::warning, offset, pointer.str() + swapped->pointer, swapped->message, swapped->hint);
}

}  // namespace chronomap::native_json
