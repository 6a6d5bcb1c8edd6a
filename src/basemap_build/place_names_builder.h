// Compiles the basemap's place names (build/geodata/place-names.tsv) from pinned sources:
// countries from Natural Earth (world-atlas TopoJSON, a label point per country: the centre
// of the largest circle inside its largest polygon, in Web Mercator), their French names
// from i18n-iso-countries, and cities from GeoNames cities500 picked by population and
// feature code (core/place_names/place_name_file.h says from which zoom each is shown), named
// by core/place_names/exonyms.h's rule in English and French.
#pragma once

#include <filesystem>
#include <vector>

#include "core/place_names/place_name_file.h"

namespace chronomap {

struct PlaceNameSources {
    std::filesystem::path countries_topojson;  // world-atlas countries-50m.json
    std::filesystem::path iso_countries;       // i18n-iso-countries package folder
    std::filesystem::path cities500;           // GeoNames cities500.txt
    std::filesystem::path exonyms;             // curated names (geodata/exonyms.tsv)
};

// Countries first, then cities by population; throws std::runtime_error naming the file.
std::vector<PlaceName> build_place_names(const PlaceNameSources& sources);

}  // namespace chronomap
