#include "core/gazetteer/places_table.h"

#include <nlohmann/json.hpp>

namespace chronomap {

std::vector<Diagnostic> read_places_table(std::string_view places_json, const std::string& display_name,
                                          AliasTable& table) {
    std::vector<Diagnostic> problems;
    if (places_json.empty()) return problems;
    const auto places = nlohmann::json::parse(places_json, nullptr, false);
    if (places.is_discarded()) return problems;  // the reader reports syntax
    auto problem = [&](const std::string& pointer, const std::string& message,
                       const std::string& hint) {
        problems.push_back(
            {Severity::error, display_name, 0, 0, pointer, message + "; entry ignored", hint});
    };
    if (!places.is_object()) {
        problem("/places", "\"places\" must be an object of name: place",
                "write \"places\": { \"Camp Bucca\": { \"coordinates\": [47.75, 30.21] } }");
        return problems;
    }
    for (const auto& [name, spec] : places.items()) {
        std::string pointer = "/places/" + name;
        AliasEntry entry;
        entry.user = true;
        entry.name = name;
        entry.origin = display_name + " " + pointer;
        if (!spec.is_object()) {
            problem(pointer, "a place must be an object",
                    "write { \"coordinates\": [lon, lat] } or { \"geonameid\": N }");
            continue;
        }
        if (spec.contains("country")) {
            if (!spec["country"].is_string() ||
                !parse_country_code(spec["country"].get<std::string>(), entry.country)) {
                problem(pointer + "/country", "\"country\" must be an ISO 3166-1 alpha-2 code",
                        "write e.g. \"SY\"");
                continue;
            }
        }
        if (spec.contains("note") && spec["note"].is_string()) entry.note = spec["note"];
        if (spec.value("area", false)) {
            entry.kind = AliasKind::area;
        } else if (spec.contains("coordinates")) {
            const auto& c = spec["coordinates"];
            if (!c.is_array() || c.size() != 2 || !c[0].is_number() || !c[1].is_number() ||
                c[0].get<double>() < -180 || c[0].get<double>() > 180 || c[1].get<double>() < -90 ||
                c[1].get<double>() > 90) {
                problem(pointer + "/coordinates", "\"coordinates\" must be [longitude, latitude]",
                        "write e.g. [47.75, 30.21] (longitude first, as in GeoJSON)");
                continue;
            }
            entry.kind = AliasKind::place;
            entry.lon = c[0];
            entry.lat = c[1];
        } else if (spec.contains("geonameid") && spec["geonameid"].is_number_unsigned()) {
            entry.kind = AliasKind::alias;
            entry.geonameid = spec["geonameid"];
        } else {
            problem(pointer, "a place needs \"coordinates\", \"geonameid\" or \"area\": true",
                    "write { \"coordinates\": [lon, lat] }");
            continue;
        }
        if (!table.add(std::move(entry)))
            problem(pointer, "the place name is empty", "give the place a name");
    }
    return problems;
}

}  // namespace chronomap
