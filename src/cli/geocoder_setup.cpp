#include "cli/geocoder_setup.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "core/gazetteer/user_gazetteers.h"
#include "core/io/geodata_paths.h"
#include "core/placement/coordinate_correction.h"

namespace chronomap::cli {
namespace {

double rounded(double value, double scale) {
    return std::round(value * scale) / scale;
}

}  // namespace

std::optional<Geocoder> open_geocoder(const std::string& geodata_dir,
                                      const std::string& aliases_file) {
    std::vector<Diagnostic> problems;
    std::optional<Geocoder> geocoder;
    try {
        geocoder.emplace(Geocoder::open(chronomap::geodata_dir(geodata_dir), &problems));
    } catch (const std::exception& e) {
        std::cerr << "chronomap: error: " << e.what() << "\n";
        return std::nullopt;
    }
    // The user's own gazetteers (`chronomap gazetteer add`), after the built-in one.
    for (const UserGazetteerInfo& g : list_user_gazetteers(user_gazetteer_dir())) {
        if (!g.error.empty()) {
            std::cerr << "chronomap: warning: user gazetteer " << g.name << " skipped: " << g.error
                      << "; add it again with `chronomap gazetteer add`\n";
            continue;
        }
        try {
            geocoder->add_gazetteer(Gazetteer::open(g.file, Gazetteer::Verify::when_changed));
        } catch (const std::exception& e) {
            std::cerr << "chronomap: warning: " << e.what() << "\n";
        }
    }
    if (!aliases_file.empty()) {
        AliasTable user;
        auto user_problems = read_alias_file(aliases_file, user, true);
        problems.insert(problems.end(), user_problems.begin(), user_problems.end());
        geocoder->add_aliases(user);
    }
    print_diagnostics(problems, std::cerr);
    if (has_errors(problems) && !aliases_file.empty()) {
        bool unreadable = std::any_of(problems.begin(), problems.end(),
                                      [](const Diagnostic& d) { return d.line == 0; });
        if (unreadable) return std::nullopt;
    }
    return geocoder;
}

nlohmann::ordered_json candidate_json(const GeocodeCandidate& c) {
    nlohmann::ordered_json out;
    out["geonameid"] =
        c.geonameid ? nlohmann::ordered_json(c.geonameid) : nlohmann::ordered_json(nullptr);
    out["name"] = c.name;
    out["country"] = std::string(to_string_view(c.country));
    out["region"] = c.region.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.region);
    out["lat"] = rounded(c.lat, 1e5);
    out["lon"] = rounded(c.lon, 1e5);
    out["score"] = rounded(c.score, 100);
    return out;
}

nlohmann::ordered_json result_json(std::string_view query, const GeocodeResult& result) {
    nlohmann::ordered_json out;
    out["query"] = std::string(query);
    out["status"] = std::string(status_name(result.status));
    const GeocodeCandidate* place = result.place ? &*result.place : nullptr;
    out["geonameid"] =
        place && place->geonameid ? nlohmann::ordered_json(place->geonameid) : nullptr;
    out["name"] = place ? nlohmann::ordered_json(place->name) : nullptr;
    out["country"] =
        place ? nlohmann::ordered_json(std::string(to_string_view(place->country))) : nullptr;
    out["lat"] = place ? nlohmann::ordered_json(rounded(place->lat, 1e5)) : nullptr;
    out["lon"] = place ? nlohmann::ordered_json(rounded(place->lon, 1e5)) : nullptr;
    out["region"] = place && !place->region.empty() ? nlohmann::ordered_json(place->region) : nullptr;
    out["precision"] =
        place ? nlohmann::ordered_json(std::string(precision_name(place->precision))) : nullptr;
    out["confidence"] = result.confidence;
    const GeocodeCandidate* best =
        place ? place : (result.alternatives.empty() ? nullptr : &result.alternatives[0]);
    out["method"] = best ? nlohmann::ordered_json(std::string(method_name(best->method))) : nullptr;
    auto alternatives = nlohmann::ordered_json::array();
    for (const GeocodeCandidate& c : result.alternatives) alternatives.push_back(candidate_json(c));
    out["alternatives"] = alternatives;
    if (!result.evidence.empty()) out["evidence"] = result.evidence;
    if (!result.note.empty()) out["note"] = result.note;
    return out;
}

std::vector<Diagnostic> contradicting_coordinates(const EventStore& store,
                                                  const std::string& file) {
    bool any = false;
    for (size_t i = 0; i < store.size() && !any; ++i)
        any = store.place_source(i) == PlaceSource::coordinates && !store.place_name(i).empty();
    if (!any) return {};
    std::optional<Geocoder> geocoder;
    try {
        geocoder.emplace(Geocoder::open(chronomap::geodata_dir("")));
    } catch (const std::exception&) {
        return {};  // no gazetteer here: nothing to compare with
    }
    // Said as `render` and `view` draw them: corrected unless --keep-coordinates.
    return correction_diagnostics(store, find_contradicted_coordinates(store, *geocoder), file, true);
}

std::string describe_candidate(const GeocodeCandidate& c) {
    // As the event file writes them ([lon, lat]), so that a copy is right.
    char coordinates[96];
    std::snprintf(coordinates, sizeof coordinates, "\"coordinates\": [%.4f, %.4f]", c.lon, c.lat);
    std::string text = c.name + " (" + std::string(to_string_view(c.country)) + ")" +
                       (c.region.empty() ? "" : " in " + c.region) + ", " + coordinates;
    if (c.precision != PlacePrecision::town)
        text += ", precision " + std::string(precision_name(c.precision));
    if (c.geonameid) text += ", geonameid " + std::to_string(c.geonameid);
    return text;
}

}  // namespace chronomap::cli
