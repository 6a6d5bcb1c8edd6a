// The basemap's place names (countries and cities), compiled at build time by
// chronomap-build-place-names into build/geodata/place-names.tsv (geodata/README.md) and
// read once when a map is drawn. A plain TSV: small (a few hundred kB), diffable, and read
// in a few milliseconds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace chronomap {

// country_interior: another point inside a country, named only when the country's main
// point is out of view (a neighbour seen at story zoom).
enum class PlaceNameKind : std::uint8_t { country, capital, city, country_interior };

inline bool names_a_country(PlaceNameKind kind) {
    return kind == PlaceNameKind::country || kind == PlaceNameKind::country_interior;
}
// From this zoom on, a country whose main point is out of view is named at an interior point.
inline constexpr float kCountryInteriorMinZoom = 5;

struct PlaceName {
    PlaceNameKind kind = PlaceNameKind::city;
    float min_zoom = 0;  // shown from this map zoom on
    double lon = 0, lat = 0;
    std::int64_t population = 0;
    std::string name;     // English or local (GeoNames' main name, Natural Earth's short name)
    std::string name_fr;  // French, when the sources have it; empty otherwise
};

inline constexpr const char* kPlaceNamesFile = "place-names.tsv";

// Throws std::runtime_error naming the file and line on a malformed line.
std::vector<PlaceName> read_place_names(const std::filesystem::path& path);
// Atomic (core/io/atomic_file.h); throws WriteError.
void write_place_names(const std::filesystem::path& path, const std::vector<PlaceName>& names,
                       const std::string& note);

// The name in a language ("fr"), or the main name when that one is missing.
const std::string& place_name_in(const PlaceName& place, bool french);

// When a city of this population is named: capitals and large cities at low zoom, towns as
// the map zooms in, every place of cities500 (500 people or more) from zoom 11, where a
// story's villages are. Negative: never (a population of 0, unknown: see below).
float city_min_zoom(std::int64_t population, bool capital);
// When an administrative seat whose population GeoNames does not know is named, by its
// level (1 for PPLA, 2 for PPLA2...): Ma'arrat al-Nu'man, Ariha and Al-Atarib are district
// seats of 0 people in cities500 and were never named.
float unknown_size_seat_min_zoom(int admin_level);
// When a country's name is shown, from the radius of the largest circle inside its largest
// polygon (Web Mercator world units): when that circle is about 18 pixels across or more.
float country_min_zoom(double inscribed_radius_world);

}  // namespace chronomap
