#include "core/gazetteer/near_phrase.h"

#include "core/text/ascii_text.h"
#include <array>
#include <cctype>
#include <numbers>
#include <cstdio>
#include <cstdlib>
#include <regex>

namespace chronomap {
namespace {

// The compass direction a phrase's prefix names, longest words first ("sud-est" before "est").
double bearing_in(const std::string& prefix) {
    struct Direction {
        const char* word;
        double degrees;
    };
    static constexpr std::array<Direction, 24> kDirections{{
        {"nord-est", 45}, {"nord est", 45}, {"north-east", 45}, {"northeast", 45},
        {"nord-ouest", 315}, {"nord ouest", 315}, {"north-west", 315}, {"northwest", 315},
        {"sud-est", 135}, {"sud est", 135}, {"south-east", 135}, {"southeast", 135},
        {"sud-ouest", 225}, {"sud ouest", 225}, {"south-west", 225}, {"southwest", 225},
        {"nord", 0}, {"north", 0}, {"sud", 180}, {"south", 180},
        {"est", 90}, {"east", 90}, {"ouest", 270}, {"west", 270}}};
    for (const Direction& d : kDirections) {
        std::string w = d.word;
        for (size_t at = prefix.find(w); at != std::string::npos; at = prefix.find(w, at + 1)) {
            bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(prefix[at - 1]));
            size_t after = at + w.size();
            bool ends = after >= prefix.size() || !(std::isalpha(static_cast<unsigned char>(prefix[after])) || prefix[after] == '-');
            if (starts && ends) return d.degrees;
        }
    }
    return NAN;
}

double distance_in(const std::string& prefix) {
    static const std::regex number("(\\d+(?:[.,]\\d+)?) ?(km|kilom[a-z]*|miles?)");
    std::smatch m;
    if (!std::regex_search(prefix, m, number)) return NAN;
    std::string digits = m[1].str();
    for (char& c : digits) if (c == ',') c = '.';
    double value = std::strtod(digits.c_str(), nullptr);
    return m[2].str().starts_with("mile") ? value * 1.609344 : value;
}

}  // namespace

std::optional<NearPhrase> parse_near_phrase(std::string_view text) {
    // Every phrase has a space: most names skip the regex.
    if (text.size() > 200 || text.find(' ') == std::string_view::npos) return std::nullopt;
    // French, English and German ways to say "near", "N km from", "north of", "outskirts of".
    // Byte patterns: "près" is matched as UTF-8 or without its accent.
    static const std::regex pattern(
        "^\\s*(?:"
        "(?:tout |juste )?pr(?:\xC3\xA8|e)s d(?:e |e la |u |es |'|\xE2\x80\x99)|"
        "non loin d(?:e |e la |u |'|\xE2\x80\x99)|"
        "(?:dans les |aux )?(?:environs|abords|alentours|portes) d(?:e |e la |u |'|\xE2\x80\x99)|"
        "(?:(?:\xC3\xA0|a) )?(?:\\d+(?:[.,]\\d+)? ?km )?(?:(?:au|a l'|\xC3\xA0 l'|a "
        "l\xE2\x80\x99|\xC3\xA0 l\xE2\x80\x99) ?)?"
        "(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|nord est|sud est|nord "
        "ouest|sud ouest) d(?:e |e la |u |'|\xE2\x80\x99)|"
        "(?:\xC3\xA0|a) \\d+(?:[.,]\\d+)? ?km d(?:e |e la |u |'|\xE2\x80\x99)|"
        "(?:just |somewhere )?(?:near|outside|close to|around|nearby) (?:the )?(?:town of |city "
        "of |village of )?|"
        "(?:on |in )?(?:the )?(?:outskirts|edge|suburbs|vicinity) of (?:the )?(?:town of |city of "
        ")?|"
        "\\d+(?:[.,]\\d+)? ?(?:km|kilometres|kilometers|miles)(?: (?:north|south|east|west|"
        "north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest))?"
        " (?:of|from) |"
        "(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
        "northwest|southeast|southwest)(?:ern)? (?:of |outskirts of )|"
        "(?:in der )?n(?:\xC3\xA4|a)he (?:von )?|bei |unweit (?:von )?|vor den toren von "
        ")(.+?)\\s*$",
        std::regex::icase | std::regex::ECMAScript | std::regex::optimize);
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, pattern)) return std::nullopt;
    NearPhrase phrase;
    phrase.place = m[1].str();
    if (phrase.place.size() < 2) return std::nullopt;
    std::string prefix = ascii_lower(std::string_view(&*text.begin(), static_cast<size_t>(m.position(1))));
    phrase.distance_km = distance_in(prefix);
    phrase.bearing_deg = bearing_in(prefix);
    phrase.french = prefix.ends_with("de ") || prefix.ends_with("du ") || prefix.ends_with("des ") ||
                    prefix.ends_with("de la ") || prefix.ends_with("d'") || prefix.ends_with("d\xE2\x80\x99");
    return phrase;
}

std::optional<std::string> strip_near_phrase(std::string_view text) {
    auto phrase = parse_near_phrase(text);
    if (!phrase) return std::nullopt;
    return std::move(phrase->place);
}

void offset_position(double lat, double lon, double distance_km, double bearing_deg, double& out_lat,
                     double& out_lon) {
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double rad = std::numbers::pi / 180;
    double d = distance_km / kEarthRadiusKm, b = bearing_deg * rad, p1 = lat * rad, l1 = lon * rad;
    double p2 = std::asin(std::sin(p1) * std::cos(d) + std::cos(p1) * std::sin(d) * std::cos(b));
    double l2 = l1 + std::atan2(std::sin(b) * std::sin(d) * std::cos(p1), std::cos(d) - std::sin(p1) * std::sin(p2));
    out_lat = p2 / rad;
    out_lon = std::remainder(l2 / rad, 360.0);
}

std::string compass_abbreviation(double bearing_deg) {
    static constexpr std::array<const char*, 8> kPoints{"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    int k = static_cast<int>(std::lround(std::fmod(std::fmod(bearing_deg, 360) + 360, 360) / 45)) % 8;
    return kPoints[static_cast<size_t>(k)];
}

std::string place_label(std::string_view name) {
    auto phrase = parse_near_phrase(name);
    if (!phrase) return std::string(name);
    if (!phrase->has_offset()) return phrase->place;
    std::string compass = compass_abbreviation(phrase->bearing_deg);
    if (phrase->french) {
        // French compass letters: O for ouest.
        for (char& c : compass) if (c == 'W') c = 'O';
    }
    char km[32];
    std::snprintf(km, sizeof km, "%g km ", std::round(phrase->distance_km));
    return km + compass + (phrase->french ? " de " : " of ") + phrase->place;
}

}  // namespace chronomap
