// Press phrasing around a place name: "près de Deir ez-Zor", "au sud-est de Homs",
// "à 20 km de Raqqa", "à 240 km au sud-est de Syrte", "near Mayadin", "outskirts of Sirte".
// The event is near that place, or at a distance and bearing from it, not at it.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

struct NearPhrase {
    std::string place;         // "Syrte"
    double distance_km = NAN;  // "240 km": NAN when not said
    double bearing_deg = NAN;  // "au sud-est": 135 (clockwise from north); NAN when not said
    bool french = false;       // "de", "du", "d'": the phrase is French

    bool has_offset() const { return !std::isnan(distance_km) && !std::isnan(bearing_deg); }
};

// The phrase's parts, or nullopt when `text` is not such a phrase.
std::optional<NearPhrase> parse_near_phrase(std::string_view text);

// The place name inside such a phrase, or nullopt when `text` is not one.
std::optional<std::string> strip_near_phrase(std::string_view text);

// Farther than this with no direction ("à 240 km de Syrte"), the event could be anywhere on
// a circle around the town: it is not placed. Nearer, it is drawn as a zone around the town.
inline constexpr double kMaxUndirectedDistanceKm = 50;

// The point `distance_km` from (lat, lon) along `bearing_deg` (great circle).
void offset_position(double lat, double lon, double distance_km, double bearing_deg, double& out_lat,
                     double& out_lon);

// "SE", "NNE" ... for a bearing in degrees.
std::string compass_abbreviation(double bearing_deg);

// What a map label says for an event's place as written: the place, not the phrase
// ("Homs" for "près de Homs", "240 km SE de Syrte" for "à 240 km au sud-est de Syrte");
// the name itself when it is not a phrase.
std::string place_label(std::string_view name);

}  // namespace chronomap
