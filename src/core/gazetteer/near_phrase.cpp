#include "core/gazetteer/near_phrase.h"

#include <regex>

namespace chronomap {

std::optional<std::string> strip_near_phrase(std::string_view text) {
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
    std::string place = m[1].str();
    if (place.size() < 2) return std::nullopt;
    return place;
}

}  // namespace chronomap
