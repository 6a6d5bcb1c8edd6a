// How the geocoder weighs a candidate place: the numbers behind "resolved" and "ambiguous".
// Scores are in log10 units, so one point is a factor of ten in population.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/gazetteer/geocoder.h"

namespace chronomap::geocode_scoring {

inline constexpr double kUserAliasWeight = 9.0;
inline constexpr double kCuratedAliasWeight = 6.0;
inline constexpr double kExactWeight = 4.0;      // the place's main name
inline constexpr double kAlternateWeight = 3.0;  // one of its other names
inline constexpr double kFoldedMainWeight = 2.5;
inline constexpr double kFoldedAlternateWeight = 2.0;
inline constexpr double kFuzzyWeight[] = {
    0, 1.2};  // by edit distance (the fuzzy stage finds one edit)
// When the name as written exists somewhere, a look-alike of it is less likely meant:
// "Syrte" is an alternate name of Sirte (LY); Siirt (TR) only shares its skeleton.
inline constexpr double kLookAlikePenalty = 1.0;
inline constexpr double kResolveMargin = 1.5;  // over the best contender more than 30 km away
inline constexpr double kSamePlaceKm = 30;
// A place of unknown region (a curated one, or GeoNames' without admin1 code) is in the regions
// of the places this near it.
inline constexpr double kCuratedPlaceRegionKm = 30;
inline constexpr std::uint32_t kSmallPlace = 2000;  // below: never resolved without a country
inline constexpr std::uint32_t kProminentPlace =
    15000;                                      // a look-alike of a smaller place needs a country
inline constexpr size_t kMaxFuzzyPlaces = 200;  // places taken from fuzzy keys, at most
// Without a country, an alternate name is taken over places that bear it as their own
// when the place outweighs them this much (ten times the people, or a higher rank).
inline constexpr double kDominance = 1.0;
// Without a country, a similar spelling goes to a city only when it outweighs every other
// place so spelled this much (a hundred times the people).
inline constexpr double kCityOverLookAlikes = 2.0;
// ... but never over another place of the name (its own or another of its names) that is a
// city of this size, a capital or the seat of a governorate: "Bethlehem" is not Belém (BR).
inline constexpr std::uint32_t kNamesakeCity = 50000;
// A four-letter alternate name ("Alep") is taken without a country only for a city.
inline constexpr std::uint32_t kCityPopulation = 500000;
// Without a country, the file's other places decide when one candidate lies within
// kContextNearKm of them and every rival farther than kContextFarKm from all of them (towns
// of one Libyan or Syrian story lie 100-300 km apart; namesakes abroad thousands of km).
// With a country, skeletons this short or longer are read one vowel off (shorter ones are
// a coincidence as often as not: "Hadar" and Al-Hadir).
inline constexpr size_t kMinShortNearSkeleton = 4;
inline constexpr double kContextNearKm = 300, kContextFarKm = 600;
// A look-alike rival beyond kContextNearKm and this many times farther from them than the
// candidate near them is far too (a file that reaches from Tripoli to Derna comes within 600 km of Greece).
inline constexpr double kContextFarther = 10;

// The weight of a key table match: a main or alternate name as written, or its skeleton.
double key_weight(bool skeleton, bool alternate);
// What a place found through a key table scores before the query's context counts: the
// weight of how it matched plus its importance. The index stores each key's places sorted by
// it (gazetteer_format.h), and lookup reads them in that order: both compute it here.
double posting_score(double weight, std::uint32_t population, Feature feature, const CountryCode& country);

// Capitals and administrative seats first.
double feature_bonus(Feature feature);
// The rank the press gives a place: GeoNames marks the seat of a dependent territory as a
// capital (PPLC: Saint-Denis, Réunion), which for a reader is the seat of a region, as a
// prefecture is (Saint-Denis near Paris is as likely meant).
Feature press_rank(Feature feature, const CountryCode& country);
// log10(population) plus the feature bonus.
double importance(std::uint32_t population, Feature feature);
// Great-circle distance.
double distance_km(double lat1, double lon1, double lat2, double lon2);
// Distance from a candidate to the nearest of the file's other places; infinity without any.
double context_distance_km(double lat, double lon, const PlaceContext* context);
// Up to 2.5 points for a candidate near the file's other places.
double proximity_bonus(double lat, double lon, const PlaceContext* context);
// The confidence of a clear winner found this way.
double method_confidence(MatchMethod method);

}  // namespace chronomap::geocode_scoring
