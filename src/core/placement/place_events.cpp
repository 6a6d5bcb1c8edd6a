#include "core/placement/place_events.h"

#include "core/placement/coordinate_correction.h"

#include <optional>
#include <string>
#include <vector>

#include "core/placement/file_places.h"
#include "core/placement/region_areas.h"

namespace chronomap {

LocationPrecision location_precision_of(PlacePrecision precision) {
    switch (precision) {
        case PlacePrecision::town: return LocationPrecision::town;
        case PlacePrecision::district: return LocationPrecision::district;
        case PlacePrecision::region: return LocationPrecision::region;
        case PlacePrecision::country: return LocationPrecision::country;
        case PlacePrecision::near: return LocationPrecision::near;
    }
    return LocationPrecision::unknown;
}

PlacementReport place_events(EventStore& store, const Geocoder& shared_geocoder, const std::string& display_name) {
    PlacementReport report;
    // The file's own places apply to this file only: a copy of the geocoder holds them.
    std::optional<Geocoder> with_file_places;
    const Geocoder& geocoder =
        geocoder_with_file_places(store, shared_geocoder, display_name, with_file_places, report.table_problems);
    PlaceQueries queries = collect_place_queries(store, EventsToPlace::unplaced);
    report.already_placed = queries.already_placed;
    report.without_place = queries.without_place;
    report.placed = queries.already_placed;
    report.distinct_names = queries.distinct.size();
    if (queries.distinct.empty()) return report;  // everything placed already, or nothing to look up
    std::vector<GeocodeResult> results = geocode_batch(geocoder, queries.distinct, queries.context, 0);
    place_answered_events(store, queries, results, report);
    return report;
}

void place_answered_events(EventStore& store, const PlaceQueries& queries, const std::vector<GeocodeResult>& results,
                           PlacementReport& report) {
    std::vector<bool> named(results.size(), false);
    for (size_t i = 0; i < store.size(); ++i) {
        if (queries.of_event[i] == kNoQuery) continue;
        const GeocodeResult& r = results[queries.of_event[i]];
        if (r.place) {
            store.set_position(i, r.place->lon, r.place->lat, PlaceSource::geocoder,
                               location_precision_of(r.place->precision));
            // Which GeoNames place the name stands for, once per name: labels and details name
            // it in the map's language (core/place_names/event_place_name.h).
            if (r.place->geonameid && !named[queries.of_event[i]]) {
                named[queries.of_event[i]] = true;
                store.set_known_place(store.place_key(i), {r.place->geonameid, r.place->name,
                                                           std::string(r.place->country.data(), 2)});
            }
            report.placed_now++;
            report.placed++;
        } else {
            (r.status == GeocodeStatus::ambiguous ? report.ambiguous : report.unresolved)++;
            report.to_geocode++;
        }
    }
}

namespace {
// `"geometry": "region"` events take their region's outline before the rest is geocoded.
void draw_region_areas(EventStore& store, const Geocoder& geocoder, const std::filesystem::path& geodata_dir,
                       const std::string& display_name, std::vector<Diagnostic>& problems) {
    try {
        RegionShapes shapes = read_region_shapes(geodata_dir / kRegionShapesFile);
        place_region_areas(store, geocoder, shapes, display_name, problems);
    } catch (const std::exception& e) {
        problems.push_back({Severity::warning, display_name, 0, 0, "",
                            std::string("areas named by their region (\"geometry\": \"region\") are not drawn: ") + e.what(), ""});
    }
}
}  // namespace

PlacementReport place_for_drawing(EventStore& store, const Geocoder& geocoder, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems,
                                  PlacementOptions options) {
    // Checked before geocoding: only the user's own coordinates are doubted.
    std::vector<CoordinateCorrection> corrections = find_contradicted_coordinates(store, geocoder);
    if (!options.keep_coordinates) apply_corrections(store, corrections);
    if (!store.region_area_events().empty()) draw_region_areas(store, geocoder, geodata_dir, display_name, geocoder_problems);
    PlacementReport report = place_events(store, geocoder, display_name);
    geocoder_problems.insert(geocoder_problems.end(), report.table_problems.begin(), report.table_problems.end());
    auto said = correction_diagnostics(store, corrections, display_name, !options.keep_coordinates);
    geocoder_problems.insert(geocoder_problems.end(), said.begin(), said.end());
    report.corrections = std::move(corrections);
    report.corrections_applied = !options.keep_coordinates;
    return report;
}

PlacementReport place_for_drawing(EventStore& store, const std::filesystem::path& geodata_dir,
                                  const std::string& display_name, std::vector<Diagnostic>& geocoder_problems,
                                  PlacementOptions options) {
    try {
        return place_for_drawing(store, Geocoder::open(geodata_dir), geodata_dir, display_name, geocoder_problems,
                                 options);
    } catch (const std::exception& e) {
        geocoder_problems.push_back(
            {Severity::warning, display_name, 0, 0, "", std::string("events are not geocoded: ") + e.what(), ""});
    }
    return count_placement(store);
}

}  // namespace chronomap
