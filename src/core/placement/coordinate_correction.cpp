#include "core/placement/coordinate_correction.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "core/text/source_location.h"

namespace chronomap {
namespace {


// The line a converted table's row came from ("source_row"), 0 for a native event.
int source_row_of(std::string_view event_json) {
    if (event_json.find("\"source_row\"") == std::string_view::npos) return 0;
    auto event = nlohmann::json::parse(event_json, nullptr, false);
    if (!event.is_object() || !event.contains("source_row") || !event["source_row"].is_number_integer()) return 0;
    return event["source_row"].get<int>();
}

}  // namespace

std::vector<CoordinateCorrection> find_contradicted_coordinates(const EventStore& store,
                                                                const Geocoder& geocoder) {
    std::vector<CoordinateCorrection> out;
    // A file of millions of events names a few thousand places: each is looked up once.
    std::unordered_map<EventStore::PlaceKey, GeocodeResult, EventStore::PlaceKeyHash> looked_up;
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.place_source(i) != PlaceSource::coordinates || store.place_name(i).empty()) continue;
        auto found = looked_up.find(store.place_key(i));
        if (found == looked_up.end())
            found = looked_up
                        .emplace(store.place_key(i),
                                 geocoder.lookup(store.place_name(i),
                                                 PlaceHints{store.place_country(i), store.place_region(i), {}},
                                                 nullptr, 0))
                        .first;
        double lon = store.lon()[i], lat = store.lat()[i];
        auto doubt = check_coordinates(found->second, lon, lat);
        if (!doubt) continue;
        const GeocodeCandidate& named = *found->second.place;
        CoordinateCorrection c;
        c.event = i;
        c.written_lon = lon;
        c.written_lat = lat;
        c.swap_undone = doubt->swap_fixes;
        c.lon = c.swap_undone ? lat : named.lon;
        c.lat = c.swap_undone ? lon : named.lat;
        c.place = named.name + " (" + std::string(to_string_view(named.country)) + ")";
        c.doubt = std::move(*doubt);
        out.push_back(std::move(c));
    }
    return out;
}

void apply_corrections(EventStore& store, const std::vector<CoordinateCorrection>& corrections) {
    for (const CoordinateCorrection& c : corrections)
        store.correct_position(c.event, c.lon, c.lat, c.swap_undone ? LocationPrecision::exact : LocationPrecision::town);
}

std::string correction_text(const CoordinateCorrection& c) {
    std::string out = coordinate_pair_text(c.written_lon, c.written_lat) + " lie " +
                      std::to_string(static_cast<long>(c.doubt.distance_km)) + " km from " + c.place +
                      ", the place the event names";
    if (c.swap_undone)
        out += ": latitude and longitude look swapped; drawn at " + coordinate_pair_text(c.lon, c.lat) + " (the swap undone)";
    else
        out += "; drawn at " + c.place + " " + coordinate_pair_text(c.lon, c.lat);
    return out;
}

std::vector<Diagnostic> correction_diagnostics(const EventStore& store,
                                               const std::vector<CoordinateCorrection>& corrections,
                                               const std::string& file, bool applied) {
    std::vector<Diagnostic> out;
    std::optional<LineIndex> lines;  // built only when there is something to locate
    const std::string kept = "drawn as written (--keep-coordinates)";
    for (const CoordinateCorrection& c : corrections) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.file = file;
        std::string_view text = store.original_json(c.event), source = store.source_text();
        std::string what;
        if (int row = source_row_of(text); row > 0) {
            // A table's user gets the table's words: its line and columns, not JSON.
            d.line = row;
            d.column = 1;
            what = "longitude and latitude ";
            d.hint = c.swap_undone ? "swap the two values on line " + std::to_string(row) +
                                         " (or, if every row is so, say which column is which: --map lat=COLUMN,lon=COLUMN)"
                                   : "check the longitude and latitude on line " + std::to_string(row) + " or the place name";
        } else {
            if (!lines) lines.emplace(source);
            LineColumn at = lines->locate(text.empty() ? 0 : static_cast<size_t>(text.data() - source.data()));
            d.line = at.line;
            d.column = at.column;
            d.pointer = "/events/" + std::to_string(store.file_index()[c.event]) + "/coordinates";
            what = "\"coordinates\" ";
            d.hint = c.doubt.hint;
        }
        if (applied) {
            d.message = what + correction_text(c);
            d.hint += "; --keep-coordinates draws them as written";
        } else {
            d.message = what + coordinate_pair_text(c.written_lon, c.written_lat) + " lie " +
                        std::to_string(static_cast<long>(c.doubt.distance_km)) + " km from " + c.place +
                        ", the place the event names; " + kept;
        }
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace chronomap
