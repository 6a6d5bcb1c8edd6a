// A region named after its seat town takes the town's French name, so that the map names
// one place one way: Natural Earth's French region names are Wikidata's, often another
// transliteration than the curated town names (geodata/exonyms.tsv), and the map showed
// "AZ ZAOUIYAH" around "Zaouïa", "AS-SULAYMANIYA" around "Souleimaniye", "MISRATAH" around
// "Misrata". Only a curated French name is taken: a town without one keeps the region's
// own French name (Natural Earth's "Novossibirsk" is better than GeoNames' "Novosibirsk").
#pragma once

#include <vector>

#include "core/place_names/place_name_file.h"
#include "core/place_names/region_name_file.h"

namespace chronomap {

// The seat: the largest city or capital within kSeatReachKm of the region's label point
// whose name has the region's English name's transliteration skeleton ("As-Sulaymaniyah"
// and "Sulaymaniyah", core/gazetteer/name_folding.h).
inline constexpr double kSeatReachKm = 150;

void name_regions_like_their_seats(std::vector<RegionName>& regions, const std::vector<PlaceName>& places);

}  // namespace chronomap
